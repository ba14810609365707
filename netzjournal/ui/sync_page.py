"""Settings → Sync: the user's own CardDAV/CalDAV server.

Off by default; nothing goes over the network until the user ticks it on.
The password goes to the system keyring; without one it is kept for this
session only (in memory), and the page says so.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QWidget

from netzjournal.store.journal import Journal
from netzjournal.sync import settings as sync_settings


class SyncPage(QWidget):
    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncPage")
        self._journal = journal
        current = sync_settings.load(journal)
        self._was = current
        form = QFormLayout(self)
        intro = QLabel(
            self.tr("Sync contacts and follow-ups with your own server (Nextcloud, Radicale, "
                    "mailbox.org …) so that your phone has them too. Nothing leaves this "
                    "computer until you switch it on.")
        )  # fmt: skip
        intro.setWordWrap(True)
        form.addRow(intro)
        self.enabled = QCheckBox(self.tr("Sync with my server"))
        self.enabled.setObjectName("syncEnabled")
        self.enabled.setChecked(current.enabled)
        form.addRow(self.enabled)
        self.url = QLineEdit(current.url)
        self.url.setObjectName("syncUrl")
        self.url.setPlaceholderText("https://cloud.example.org/remote.php/dav")
        form.addRow(self.tr("Server address"), self.url)
        self.user = QLineEdit(current.user)
        self.user.setObjectName("syncUser")
        form.addRow(self.tr("User name"), self.user)
        self.password = QLineEdit()
        self.password.setObjectName("syncPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.keyring = sync_settings.keyring_available()
        if self.keyring:
            self.password.setPlaceholderText(self.tr("kept in the system keyring"))
        form.addRow(self.tr("Password or app password"), self.password)
        if not self.keyring:
            note = QLabel(
                self.tr("No keyring is available on this system, so the password is not "
                        "stored: it is kept only until netzjournal closes.")
            )  # fmt: skip
            note.setObjectName("noKeyring")
            note.setWordWrap(True)
            form.addRow(note)
        self.archived = QCheckBox(self.tr("Also put archived contacts on the server"))
        self.archived.setObjectName("syncArchived")
        self.archived.setChecked(current.include_archived)
        form.addRow(self.archived)
        self.interval = QSpinBox()
        self.interval.setObjectName("syncInterval")
        self.interval.setRange(5, 24 * 60)
        self.interval.setSuffix(self.tr(" minutes"))
        self.interval.setValue(current.interval_minutes)
        form.addRow(self.tr("Sync every"), self.interval)
        #: The password typed, when there is no keyring to keep it (session only).
        self.session_password: str | None = None

    def save(self) -> None:
        url, user = self.url.text().strip(), self.user.text().strip()
        settings = sync_settings.SyncSettings(
            enabled=self.enabled.isChecked() and bool(url and user),
            url=url,
            user=user,
            include_archived=self.archived.isChecked(),
            interval_minutes=self.interval.value(),
        )
        if (url, user) == (self._was.url, self._was.user):
            # The same server: keep the collections found there.
            settings.addressbook, settings.calendar = self._was.addressbook, self._was.calendar
        sync_settings.save(self._journal, settings)
        password = self.password.text()
        if password and url and user:
            try:
                sync_settings.store_password(settings, password)
            except sync_settings.NoKeyring:
                self.session_password = password
