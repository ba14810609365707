"""Settings → Sync: the user's own CardDAV/CalDAV server.

Off by default; nothing goes over the network until the user ticks it on.
The password goes to the system keyring; without one it is kept for this
session only (in memory), and the page says so.

A server whose certificate no authority signed (a home server's own) is shown
with its fingerprint, who it is issued to and until when, and the user is
asked whether to trust it — the default is not to. Trusted, its SHA-256
fingerprint is kept with the settings for that host:port (sync/tls.py).
"""

from __future__ import annotations

import datetime as dt
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from netzjournal.store.journal import Journal
from netzjournal.sync import settings as sync_settings
from netzjournal.sync import tls
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
        # host:port → the fingerprint trusted there; kept on OK (see save).
        self._certificates = dict(current.certificates)
        self._valid_until = dict(current.certificates_valid_until)
        self._offered: tuple[str, tls.Certificate] | None = None  # (its host:port, it)
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
        self.certificate = self._certificate_box()
        form.addRow(self.certificate)  # the whole width: two lines of fingerprint
        self.trusted = self._trusted_box()
        form.addRow(self.trusted)
        self.url.textChanged.connect(self._forget_offer)
        self.url.textChanged.connect(self._show_trusted)
        self._show_trusted()
        self._lookup: Future[tuple[list[str], list[str]]] | None = None
        self._asked = ""  # the address the lookup asked
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
        self._saved: sync_settings.SyncSettings | None = None  # (what save() wrote)

    def _certificate_box(self) -> QWidget:
        """The server's certificate and the question whether to trust it (hidden
        until a server presents one this computer does not trust)."""
        box = QWidget()
        box.setObjectName("syncCertificate")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.certificate_warning = style.warning_label("syncCertificateChanged")
        self.certificate_warning.setText(
            self.tr("The server's certificate has changed since you trusted it. If you "
                    "did not set up the server anew yourself, someone may be between you "
                    "and it: do not trust the new one. Nothing is synced until you "
                    "decide.")
        )  # fmt: skip
        layout.addWidget(self.certificate_warning)
        self.certificate_intro = QLabel(
            self.tr("The server's certificate is not signed by an authority this computer "
                    "trusts; home servers often make their own. Compare its fingerprint "
                    "with the one your server shows before you trust it."),
            wordWrap=True,
        )  # fmt: skip
        self.certificate_intro.setObjectName("syncCertificateIntro")
        layout.addWidget(self.certificate_intro)
        # A grid, not a form: its labels name values to read, not fields to go to
        # (a form's labels get Alt+letters, mnemonics.py).
        self.certificate_rows = rows = QGridLayout()
        rows.setColumnStretch(1, 1)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.pinned_label = QLabel(self.tr("Trusted until now (SHA-256)"))
        self.fingerprint_label = QLabel(self.tr("Fingerprint (SHA-256)"))
        shown = [
            (self.pinned_label, "syncPinnedFingerprint", mono),
            (self.fingerprint_label, "syncFingerprint", mono),
            (QLabel(self.tr("Issued to")), "syncIssuedTo", None),
            (QLabel(self.tr("Valid until")), "syncValidUntil", None),
        ]
        values = []
        for line, (label, name, font) in enumerate(shown):
            value = QLabel()
            value.setObjectName(name)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if font is not None:
                value.setFont(font)
            rows.addWidget(label, line, 0, Qt.AlignmentFlag.AlignTop)
            rows.addWidget(value, line, 1)
            values.append(value)
        self.pinned_fingerprint, self.fingerprint, self.issued_to, self.valid_until = values
        layout.addLayout(rows)
        #: Asked under the certificate shown; the buttons "Trust" / "Do not trust" answer.
        question = QLabel(self.tr("Trust this certificate?"))
        question.setObjectName("syncTrustQuestion")
        bold = question.font()
        bold.setBold(True)
        question.setFont(bold)
        layout.addWidget(question)
        row = QHBoxLayout()
        self.trust = QPushButton(self.tr("Trust"))
        self.trust.setObjectName("syncTrust")
        self.distrust = QPushButton(self.tr("Do not trust"))
        self.distrust.setObjectName("syncDistrust")
        for button in (self.trust, self.distrust):
            # Enter in the dialog is its OK, never a trust given by accident.
            button.setAutoDefault(False)
            button.setDefault(False)
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.trust.clicked.connect(self._trust_offered)
        self.distrust.clicked.connect(self._distrust_offered)
        box.hide()
        return box

    def _trusted_box(self) -> QWidget:
        """The certificate trusted for the server's host:port, if the user trusted
        one, and the way to take that trust back (asked first)."""
        box = QWidget()
        box.setObjectName("syncTrusted")
        rows = QGridLayout(box)  # (a grid, not a form: values to read, see above)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setColumnStretch(1, 1)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.trusted_fingerprint = QLabel()
        self.trusted_fingerprint.setObjectName("syncTrustedFingerprint")
        self.trusted_fingerprint.setFont(mono)
        self.trusted_until = QLabel()
        self.trusted_until.setObjectName("syncTrustedUntil")
        shown = (
            (self.tr("Trusted certificate (SHA-256)"), self.trusted_fingerprint),
            (self.tr("Valid until"), self.trusted_until),
        )
        for line, (text, value) in enumerate(shown):
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            rows.addWidget(QLabel(text), line, 0, Qt.AlignmentFlag.AlignTop)
            rows.addWidget(value, line, 1)
        self.withdraw = QPushButton(self.tr("Withdraw trust…"))
        self.withdraw.setObjectName("syncWithdrawTrust")
        self.withdraw.setAutoDefault(False)  # Enter is the dialog's OK, never this
        self.withdraw.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.withdraw.clicked.connect(self._withdraw_trust)
        rows.addWidget(self.withdraw, len(shown), 1, Qt.AlignmentFlag.AlignLeft)
        return box

    def _pinned_here(self) -> sync_settings.SyncSettings:
        return sync_settings.SyncSettings(
            url=self.url.text().strip(), certificates=self._certificates,
            certificates_valid_until=self._valid_until,
        )  # fmt: skip

    def _show_trusted(self) -> None:
        from netzjournal.ui.texts import format_date

        pinned = self._pinned_here().pinned()
        self.trusted.setVisible(pinned is not None)
        if pinned is None:
            return
        fingerprint, until = pinned
        grouped = tls.grouped(fingerprint)
        self.trusted_fingerprint.setText(f"{grouped[:47]}\n{grouped[48:]}")
        try:
            self.trusted_until.setText(format_date(dt.datetime.fromisoformat(until).date()))
        except ValueError:
            # Trusted by --trust-fingerprint: the next sync reads it (sync.command).
            self.trusted_until.setText(self.tr("not known yet; read at the next connection"))

    def _withdraw_trust(self) -> None:
        """Asked first (Cancel the default); kept, as a trust is, on OK."""
        from netzjournal.ui.confirm import confirm

        where = tls.origin(self.url.text().strip())
        if not confirm(
            self,
            self.tr("Withdraw trust"),
            self.tr("Stop trusting the certificate of %1?").replace("%1", where),
            self.tr("Withdraw trust"),
            self.tr("netzjournal then syncs with this server only once you trust its "
                    "certificate again (Show the server's address books and calendars). "
                    "This takes effect with OK."),
        ):  # fmt: skip
            return
        self._pinned_here().forget_certificate()
        self._show_trusted()
        self.found.setText(self.tr("The certificate is no longer trusted (from OK on)."))

    def _offer(self, url: str, exc: SyncError) -> None:
        """Show the certificate ``url`` presented and ask whether to trust it."""
        from netzjournal.ui.texts import format_date

        shown = exc.certificate
        assert shown is not None
        self._offered = (tls.origin(url), shown)

        def fingerprint(value: str) -> str:
            # In two lines of 16 bytes: unbroken, its 95 characters widen the dialog.
            grouped = tls.grouped(value)
            return f"{grouped[:47]}\n{grouped[48:]}"

        changed = exc.code == "certificate_changed" and bool(exc.pinned)
        self.certificate_warning.setVisible(changed)
        self.certificate_intro.setVisible(not changed)
        self.pinned_label.setVisible(changed)
        self.pinned_fingerprint.setVisible(changed)
        self.pinned_fingerprint.setText(fingerprint(exc.pinned or ""))
        self.fingerprint_label.setText(
            self.tr("Now (SHA-256)") if changed else self.tr("Fingerprint (SHA-256)")
        )
        self.fingerprint.setText(fingerprint(shown.fingerprint))
        self.issued_to.setText(shown.issued_to)
        self.valid_until.setText(format_date(shown.valid_until.date()))
        self.certificate.show()
        style.grow_tab_for(self)

    def _forget_offer(self) -> None:
        self._offered = None
        self.certificate.hide()

    def _trust_offered(self) -> None:
        if self._offered is None:
            return
        where, shown = self._offered
        self._certificates[where] = shown.fingerprint
        self._valid_until[where] = shown.valid_until.isoformat()
        self._forget_offer()
        self._show_trusted()
        self.look_on_server()  # now with the certificate trusted

    def _distrust_offered(self) -> None:
        self._forget_offer()
        self.found.setText(
            self.tr("Not trusted: netzjournal does not sync with this server. To trust a "
                    "certificate later, show the server's address books again.")
        )  # fmt: skip

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
            url=self.url.text().strip(), user=self.user.text().strip(),
            certificates=dict(self._certificates),
        )  # fmt: skip
        password = self._password_for_lookup()
        if not (settings.url and settings.user and password):
            self.found.setText(self.tr("Enter the server address, user name and password first."))
            return
        self.look.setEnabled(False)
        self._forget_offer()
        self.found.setText(self.tr("Asking the server…"))
        self._asked = settings.url
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
            if exc.certificate is not None and exc.code in ("certificate", "certificate_changed"):
                self._offer(self._asked, exc)
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
            "auth": self.tr("The server did not accept the user name or password."),
            "certificate": self.tr("The server's certificate could not be verified."),
            "certificate_changed": self.tr("The server's certificate is not the one you trusted."),
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
            certificates=dict(self._certificates),
            certificates_valid_until=dict(self._valid_until),
        )
        settings = sync_settings.change(self._journal, self._was, settings)
        sync_settings.save(self._journal, settings)
        self._saved = settings

    def store_password(self) -> None:
        """The typed password into the keyring (else for this session), once :meth:`save`
        has committed: the keyring may ask to be unlocked, and the journal's write lock
        is not held meanwhile."""
        settings, password = self._saved, self.password.text()
        if settings is not None and password and settings.url and settings.user:
            try:
                sync_settings.store_password(settings, password)
            except sync_settings.NoKeyring:
                self.session_password = password
