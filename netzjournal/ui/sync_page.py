"""Settings → Sync: the user's own CardDAV/CalDAV server.

Off by default; nothing goes over the network until the user ticks it on.
The password goes to the system keyring; without one it is kept for this
session only (in memory), and the page says so.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from netzjournal.store.journal import Journal
from netzjournal.sync import settings as sync_settings
from netzjournal.sync.dav import SyncError
from netzjournal.sync.run import server_collections
from netzjournal.ui import style


class SyncPage(QWidget):
    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncPage")
        self._journal = journal
        current = sync_settings.load(journal)
        self._was = current
        form = QFormLayout(self)
        intro = QLabel(
            self.tr("Sync contacts, follow-ups and events with your own server (Nextcloud, "
                    "Radicale, mailbox.org …) so that your phone has them too. Nothing leaves "
                    "this computer until you switch it on."),
            wordWrap=True,
        )  # fmt: skip
        form.addRow(intro)
        self.enabled = QCheckBox(self.tr("Sync with my server"))
        self.enabled.setObjectName("syncEnabled")
        self.enabled.setChecked(current.enabled)
        form.addRow(self.enabled)
        self.url = QLineEdit(
            current.url, placeholderText="https://cloud.example.org/remote.php/dav"
        )
        self.url.setObjectName("syncUrl")
        form.addRow(self.tr("Server address"), self.url)
        self.user = QLineEdit(current.user)
        self.user.setObjectName("syncUser")
        form.addRow(self.tr("User name"), self.user)
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.password.setObjectName("syncPassword")
        self.keyring = sync_settings.keyring_available()
        if self.keyring:
            self.password.setPlaceholderText(self.tr("kept in the system keyring"))
        form.addRow(self.tr("Password or app password"), self.password)
        if not self.keyring:
            note = style.hint(
                self.tr("No keyring is available on this system, so the password is not "
                        "stored: it is kept only until netzjournal closes.")
            )  # fmt: skip
            note.setObjectName("noKeyring")
            form.addRow("", note)  # under the password field
        self.addressbook = self._name_box("syncAddressbook", current.addressbook_name)
        form.addRow(self.tr("Address book"), self.addressbook)
        self.calendar = self._name_box("syncCalendar", current.calendar_name)
        form.addRow(self.tr("Calendar (follow-ups, events, notes)"), self.calendar)
        self.look = QPushButton(self.tr("Show the server's address books and calendars"))
        self.look.setObjectName("syncLook")
        self.look.clicked.connect(self.look_on_server)
        self.look.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        form.addRow("", self.look)
        self.found = style.hint(
            self.tr("A name the server does not have yet is made there on the first sync.")
        )
        self.found.setObjectName("syncFound")
        form.addRow("", self.found)
        self._lookup: Future[tuple[list[str], list[str]]] | None = None
        self._poll = QTimer(self, interval=50)
        self._poll.timeout.connect(self._lookup_done)
        self.archived = QCheckBox(self.tr("Also put archived contacts on the server"))
        self.archived.setObjectName("syncArchived")
        self.archived.setChecked(current.include_archived)
        form.addRow(self.archived)
        self.interval = QSpinBox(minimum=5, maximum=24 * 60, suffix=self.tr(" minutes"))
        self.interval.setObjectName("syncInterval")
        self.interval.setValue(current.interval_minutes)
        self.interval.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        form.addRow(self.tr("Sync every"), self.interval)
        #: The password typed, when there is no keyring to keep it (session only).
        self.session_password: str | None = None

    def _name_box(self, name: str, current: str) -> QComboBox:
        box = QComboBox(editable=True, insertPolicy=QComboBox.InsertPolicy.NoInsert)
        box.setObjectName(name)
        box.addItem(current)
        box.setCurrentText(current)
        return box

    def _password_for_lookup(self) -> str | None:
        typed = self.password.text()
        if typed:
            return typed
        if self.session_password:
            return self.session_password
        was = sync_settings.SyncSettings(url=self.url.text().strip(), user=self.user.text().strip())
        return sync_settings.stored_password(was)

    def look_on_server(self) -> None:
        """List the server's collections in a worker thread: the window stays live
        however long the server takes (or the connection's timeout)."""
        if self._lookup is not None:
            return
        settings = sync_settings.SyncSettings(
            url=self.url.text().strip(), user=self.user.text().strip()
        )
        password = self._password_for_lookup()
        if not (settings.url and settings.user and password):
            self.found.setText(self.tr("Enter the server address, user name and password first."))
            return
        self.look.setEnabled(False)
        self.found.setText(self.tr("Asking the server…"))
        pool = ThreadPoolExecutor(max_workers=1)
        self._lookup = pool.submit(server_collections, settings, password)
        pool.shutdown(wait=False)
        self._poll.start()

    def _lookup_done(self) -> None:
        if self._lookup is None or not self._lookup.done():
            return
        self._poll.stop()
        lookup, self._lookup = self._lookup, None
        self.look.setEnabled(True)
        try:
            books, calendars = lookup.result()
        except SyncError as exc:
            self.found.setText(self._error_words(exc.code))
            return
        for box, names in ((self.addressbook, books), (self.calendar, calendars)):
            chosen = box.currentText()
            box.clear()
            box.addItems(names)
            if chosen not in names:
                box.addItem(chosen)
            box.setCurrentText(chosen)
        # By name, not a count: "Kontakte" on the server, "netzjournal" chosen, read as
        # "1 · 0" and an OK made a second, empty address book beside the phone's.
        found = (
            self.tr("Address books on the server: %1 · Calendars: %2.")
            .replace("%1", ", ".join(books) or self.tr("none"))
            .replace("%2", ", ".join(calendars) or self.tr("none"))
        )  # fmt: skip
        chosen = self.addressbook.currentText()
        if books and chosen not in books:
            found += " " + self.tr(
                "“%1” is not among them: the first sync makes it as a new address book "
                "beside them. To sync with the contacts on your phone, choose the address "
                "book they are in."
            ).replace("%1", chosen)
        else:
            found += " " + self.tr("A name it does not have yet is made there on the first sync.")
        self.found.setText(found)
        style.grow_tab_for(self)

    def _error_words(self, code: str) -> str:
        words = {
            "auth": self.tr("The server refused the user name or password."),
            "certificate": self.tr("The server's certificate could not be verified."),
            "unreachable": self.tr("The server cannot be reached."),
            "not_found": self.tr("No address books or calendars at this address."),
        }
        return words.get(code, self.tr("The server refused the request."))

    def save(self) -> None:
        url, user = self.url.text().strip(), self.user.text().strip()
        settings = sync_settings.SyncSettings(
            enabled=self.enabled.isChecked() and bool(url and user),
            url=url,
            user=user,
            include_archived=self.archived.isChecked(),
            interval_minutes=self.interval.value(),
            addressbook_name=self.addressbook.currentText().strip() or sync_settings.DEFAULT_NAME,
            calendar_name=self.calendar.currentText().strip() or sync_settings.DEFAULT_NAME,
        )
        settings = sync_settings.change(self._journal, self._was, settings)
        sync_settings.save(self._journal, settings)
        password = self.password.text()
        if password and url and user:
            try:
                sync_settings.store_password(settings, password)
            except sync_settings.NoKeyring:
                self.session_password = password
