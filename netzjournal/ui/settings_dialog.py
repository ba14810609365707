"""Settings: language, name and e-mail addresses, the coach's rules, reminders, sync."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from netzjournal import reminders
from netzjournal.coach import settings as coach_settings
from netzjournal.paths import DataPaths
from netzjournal.store.catalog import set_setting
from netzjournal.store.errors import StoreError
from netzjournal.store.invitees import take_own_answers
from netzjournal.store.journal import Journal
from netzjournal.store.reading import OWN_ADDRESSES, get_setting, own_addresses
from netzjournal.ui import style, texts, unsaved
from netzjournal.ui.address_form import language_and_form
from netzjournal.ui.preferences import LANGUAGE_KEY, saved_language, ui_settings
from netzjournal.validation import parse_addresses


class SettingsDialog(QDialog):
    """Interface language (per data folder) and the coach's rules (per journal)."""

    def __init__(
        self, paths: DataPaths, journal: Journal | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._paths = paths
        self._journal = journal
        self.language = QComboBox()
        self.language.setObjectName("languageChoice")
        self.language.addItem(self.tr("As the system (%1)").replace("%1", self._system()), None)
        self.language.addItem("Deutsch", "de")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(saved_language(paths)), 0))
        note = style.hint(self.tr("A new language applies the next time netzjournal starts."))
        general = QWidget()
        form = QFormLayout(general)
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", note)  # under its field, not under the labels
        self.user_name = QLineEdit()
        self.user_name.setObjectName("userName")
        if journal is not None:
            name = get_setting(journal, "user.name", "")
            self.user_name.setText(name if isinstance(name, str) else "")
            form.addRow(self.tr("Your name"), self.user_name)
            # Under the field, not as a placeholder: in German that was cut at any width.
            signs = self.tr("Signs your openers and appears on the yearly review's title page.")
            form.addRow("", style.hint(signs))
        self.own_addresses = QLineEdit()
        self.own_addresses.setObjectName("ownAddresses")
        if journal is not None:
            self.own_addresses.setText(", ".join(sorted(own_addresses(journal))))
            form.addRow(self.tr("Your e-mail addresses"), self.own_addresses)
            said = self.tr("Where an imported invitation names one of these, your answer in it "
                           "(yes, no, maybe) becomes your answer here.")  # fmt: skip
            form.addRow("", style.hint(said))
        tabs = QTabWidget()
        tabs.addTab(general, self.tr("General"))
        if journal is not None:
            tabs.addTab(self._coach_tab(journal), self.tr("Reconnect coach"))
            tabs.addTab(self._reminders_tab(journal), self.tr("Reminders"))
        self.sync_page = None
        if journal is not None:
            from netzjournal.ui.sync_page import SyncPage

            self.sync_page = SyncPage(journal)
            # It scrolls: a certificate's details can make it taller than the screen.
            self._sync_tab = tabs.addTab(style.scrolling_page(self.sync_page), self.tr("Sync"))
        from netzjournal.ui.privacy import PrivacyPage

        self.privacy_page = PrivacyPage(paths)
        tabs.addTab(self.privacy_page, self.tr("Privacy"))
        # Every tab in sight: behind scroll arrows the Privacy tab went unnoticed.
        tabs.setUsesScrollButtons(False)
        self.tabs = tabs
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        style.finish_dialog(self, minimum=(72, 24))
        self._loaded = unsaved.form_state(self)
        self._saved = False

    def open_on(self, field: str) -> None:
        """Show the tab with this field and put the cursor in it: "user_name",
        "own_addresses", or "sync" (the Sync tab, at the password)."""
        if field == "sync":
            if self.sync_page is not None:
                self.tabs.setCurrentIndex(self._sync_tab)
                self.sync_page.password.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        widget = {"user_name": self.user_name, "own_addresses": self.own_addresses}.get(field)
        if widget is None or widget.parent() is None:
            return  # (no journal: the field is not on the dialog)
        self.tabs.setCurrentIndex(0)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- unsaved changes (ui/unsaved.py): Esc and Cancel ask when something changed ----

    def has_unsaved_changes(self) -> bool:
        return not self._saved and unsaved.form_state(self) != self._loaded

    def save(self) -> bool:
        self.accept()
        return self._saved  # (False: something typed cannot be saved as it stands)

    def discard(self) -> None:
        """Nothing is stored before OK."""

    def reject(self) -> None:
        question = self.tr("Save the changes to the settings?")
        if unsaved.settle(self, self, question) and not self._saved:
            super().reject()

    def _coach_tab(self, journal: Journal) -> QWidget:
        current = coach_settings.load(journal)
        tab = QWidget()
        form = QFormLayout(tab)
        intro = QLabel(
            self.tr("How often to keep in touch, by closeness (a contact's own setting wins):"),
            wordWrap=True,
        )
        form.addRow(intro)
        self.cadence: dict[int, QSpinBox] = {}
        for closeness in (5, 4, 3, 2, 1):
            box = QSpinBox(minimum=1, maximum=3650)
            box.setObjectName(f"cadence{closeness}")
            box.setValue(current.cadence(closeness))
            texts.count_suffix(box, self.tr(" day"), self.tr(" days"))
            box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            self.cadence[closeness] = box
            # The dots as the contacts' table draws them (●●●○○): filled ones alone
            # changed the label's width from row to row.
            dots = texts.closeness_dots(closeness)
            form.addRow(self.tr("Closeness %1").replace("%1", dots), box)
            # (the label's dots are read out as "black circle, black circle, …")
            box.setAccessibleName(self.tr("Closeness %1 of 5").replace("%1", str(closeness)))
        self.limit = QSpinBox(minimum=1, maximum=50, value=current.limit)
        self.limit.setObjectName("coachLimit")
        self.limit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        form.addRow(self.tr("Suggestions shown"), self.limit)
        # What a new contact gets today: chosen, else the interface's language. Only a
        # change is stored; left alone, it keeps following the interface.
        self._new_defaults = current.new_contact_defaults(texts.ui_language())
        self.new_language, self.new_form = language_and_form(*self._new_defaults)
        self.new_language.setObjectName("newContactLanguage")
        self.new_form.setObjectName("newContactAddressForm")
        form.addRow(self.tr("New contacts: language"), self.new_language)
        form.addRow(self.tr("New contacts: address form"), self.new_form)
        templates = QPushButton(self.tr("Your opener templates…"))
        templates.setObjectName("editTemplates")
        templates.clicked.connect(lambda: self._templates(journal))
        templates.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        form.addRow("", templates)  # in the field column, as wide as its words
        return tab

    def _reminders_tab(self, journal: Journal) -> QWidget:
        current = reminders.load_settings(journal)
        tab = QWidget()
        form = QFormLayout(tab)
        intro = QLabel(
            self.tr("A short notification with birthdays, follow-ups due and whom you could "
                    "get back in touch with. At most one a day, and none when nothing is due."),
            wordWrap=True,
        )  # fmt: skip
        form.addRow(intro)
        self.remind_login = QCheckBox(self.tr("When I log in to this computer"))
        self.remind_login.setObjectName("remindAtLogin")
        self._login_was = reminders.autostart_installed()
        self.remind_login.setChecked(self._login_was)
        self.remind_login.setToolTip(
            self.tr("Adds netzjournal to the programs started at log-in; it shows the "
                    "reminder and quits.")
        )  # fmt: skip
        form.addRow(self.remind_login)
        self.remind_daily = QCheckBox(self.tr("While netzjournal is open, once a day at"))
        self.remind_daily.setObjectName("remindDaily")
        self.remind_daily.setChecked(current.daily)
        self.remind_time = QTimeEdit(QTime(current.at.hour, current.at.minute))
        self.remind_time.setObjectName("remindTime")
        self.remind_time.setDisplayFormat("HH:mm")
        self.remind_time.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.remind_time.setEnabled(current.daily)
        self.remind_daily.toggled.connect(self.remind_time.setEnabled)
        form.addRow(self.remind_daily, self.remind_time)
        return tab

    def _save_to_journal(self, journal: Journal, addresses: list[str]) -> None:
        """What the dialog keeps in the journal (inside the caller's one transaction)."""
        set_setting(journal, "user.name", self.user_name.text().strip())
        added = {a.lower() for a in addresses} - own_addresses(journal)
        set_setting(journal, OWN_ADDRESSES, addresses)
        # Invitations imported before: the answer under a new address is the user's
        # (the hint under the field promises it for every imported invitation).
        take_own_answers(journal, added)
        if hasattr(self, "limit"):
            current = coach_settings.load(journal)
            for closeness, box in self.cadence.items():
                current.cadence_by_closeness[closeness] = box.value()
            current.limit = self.limit.value()
            language, form = self.new_language.currentData(), self.new_form.currentData()
            if current.new_contact_language or language != self._new_defaults[0]:
                current.new_contact_language = language
            if current.new_contact_address_form or form != self._new_defaults[1]:
                current.new_contact_address_form = form
            coach_settings.save(journal, current)
        if hasattr(self, "remind_login"):
            self._save_reminders(journal)
        if self.sync_page is not None:
            self.sync_page.save()

    def _save_autostart(self) -> None:
        want = self.remind_login.isChecked()
        if want != self._login_was:  # touch the log-in entry only when asked to
            if want:
                reminders.install_autostart(reminders.remind_command(self._paths.root))
            else:
                reminders.remove_autostart()

    def _save_reminders(self, journal: Journal) -> None:
        t = self.remind_time.time()
        reminders.save_settings(
            journal,
            reminders.ReminderSettings(self.remind_daily.isChecked(),
                                       f"{t.hour():02d}:{t.minute():02d}"),
        )  # fmt: skip

    def _templates(self, journal: Journal) -> None:
        from netzjournal.ui.coach.templates_dialog import TemplatesDialog

        TemplatesDialog(journal, self).exec()

    @staticmethod
    def _system() -> str:
        """The system's language named in the interface's ("Wie das System (Englisch)")."""
        from netzjournal.ui.i18n import choose_language

        if choose_language(None) == "de":
            return QCoreApplication.translate("SettingsDialog", "German")
        return QCoreApplication.translate("SettingsDialog", "English")

    def accept(self) -> None:
        try:
            addresses = parse_addresses(self.own_addresses.text())
        except ValueError as exc:  # (nothing is saved: what was typed stays to be corrected)
            from PySide6.QtWidgets import QMessageBox

            self.tabs.setCurrentIndex(0)
            self.own_addresses.setFocus()
            text = self.tr("This is not an e-mail address: %1").replace("%1", str(exc))
            QMessageBox.warning(self, self.tr("Settings"), text)
            return
        if self._journal is not None:
            try:
                with self._journal.write():  # every setting in the journal: one transaction
                    self._save_to_journal(self._journal, addresses)
            except StoreError as exc:  # (the dialog stays open with what was chosen)
                from netzjournal.ui import not_saved

                not_saved.warn(self, self.tr("Not saved"), texts.store_error_text(exc), exc)
                return
        settings = ui_settings(self._paths)
        value = self.language.currentData()
        if value:
            settings.setValue(LANGUAGE_KEY, value)
        else:
            settings.remove(LANGUAGE_KEY)
        settings.sync()
        if settings.status() == settings.Status.AccessError:  # (a read-only or foreign file)
            from PySide6.QtWidgets import QMessageBox

            text = self.tr(
                "The interface language could not be saved: %1 cannot be written. "
                "Everything else is saved."
            ).replace("%1", settings.fileName())
            QMessageBox.warning(self, self.tr("Settings"), text)
        if self._journal is not None and hasattr(self, "remind_login"):
            try:
                self._save_autostart()
            except OSError as exc:  # a read-only ~/.config must not lose the other settings
                from PySide6.QtWidgets import QMessageBox

                QMessageBox.warning(self, self.tr("Reminders"), str(exc))
        if self.sync_page is not None:
            self.sync_page.store_password()  # (after the commit: a keyring may ask first)
        self._saved = True
        super().accept()
