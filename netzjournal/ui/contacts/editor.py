"""The dialog to add or edit a contact, with validation before it closes."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from netzjournal import validation
from netzjournal.coach import settings as coach_settings
from netzjournal.drafts import DraftStore
from netzjournal.store.codes import UNKNOWN_LANGUAGE
from netzjournal.store.events import MetAtChoice, met_at_choices
from netzjournal.store.journal import Journal
from netzjournal.store.people import person_label
from netzjournal.store.records import Birthday, Channel, ContactRecord
from netzjournal.ui import style, texts, unsaved
from netzjournal.ui.address_form import UNKNOWN, language_and_form
from netzjournal.ui.contacts.channels import ChannelError, ChannelList
from netzjournal.ui.draft_autosave import RecordDraft, problem_line
from netzjournal.ui.events_tab.words import format_day
from netzjournal.ui.person_picker import PersonPicker

# The salutation combo's value for the neutral whole-name greeting, chosen (0062).
NEUTRAL = "neutral"


class ContactEditor(QDialog):
    """Edits a copy of a :class:`ContactRecord`; :meth:`record` gives it back."""

    def __init__(
        self,
        journal: Journal,
        record: ContactRecord | None = None,
        new: bool = False,
        parent: QWidget | None = None,
        today: dt.date | None = None,
        draft: DraftStore | None = None,
    ) -> None:
        """``draft``: where what is typed is kept until it is saved or discarded
        (drafts/contact-<id>: a SIGTERM or a logout loses nothing)."""
        super().__init__(parent)
        self.setObjectName("contactEditor")
        self._journal = journal
        self._today = today or dt.date.today()
        # A new contact gets the journal's defaults (language, address form).
        self._record = record or coach_settings.new_contact(journal, texts.ui_language())
        is_new = new or record is None
        self.setWindowTitle(self.tr("New contact") if is_new else self.tr("Edit contact"))
        self._build()
        # Room for an address or a profile link, and for two name fields side by side.
        style.finish_dialog(self, minimum=(110, 0))
        for label in self._inner_labels:  # aligned as the form's own labels are
            label.setAlignment(self._name_form.labelAlignment())
        self._load(self._record)
        self._loaded = unsaved.form_state(self)
        self._saved = False
        # Ctrl+Enter saves from any field (as in the quick note). An event filter,
        # not a QShortcut: text fields would take the key first.
        for child in self.findChildren(QWidget):
            child.installEventFilter(self)
        # The edits as a draft; none when nothing differs from the contact as loaded.
        self._autosave = RecordDraft(
            self,
            self.has_unsaved_changes,
            lambda: {"id": self._record.id, "fields": self.draft_fields()},
        )
        self._autosave.store = draft
        self.draft_status = problem_line(self._autosave, "editorDraftStatus")
        self._bottom.insertWidget(self._bottom.indexOf(self.error) + 1, self.draft_status)
        if draft is not None:
            self._watch_edits()
        self.given_name.setFocus()  # typing starts with the name, not the salutation

    def focus_field(self, field: str) -> None:
        """Open on one of the name's fields ("given_name", "family_name", "salutation"),
        or on the address form ("address_form", on the Network page)."""
        if field == "address_form":
            for i in range(self.tabs.count()):
                page = self.tabs.widget(i)
                if page is not None and page.isAncestorOf(self.address_form):
                    self.tabs.setCurrentIndex(i)
            self.address_form.setFocus()
            return
        widget = {"given_name": self.given_name, "family_name": self.family_name,
                  "salutation": self.salutation}.get(field)  # fmt: skip
        if widget is not None:
            self.tabs.setCurrentIndex(0)  # (the name is on the first page)
            widget.setFocus()

    # -- layout ---------------------------------------------------------------------

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        return edit

    def _build(self) -> None:
        tabs = QTabWidget()
        person, reach, network = QWidget(), QWidget(), QWidget()
        tabs.addTab(person, self.tr("Person"))
        tabs.addTab(reach, self.tr("Ways to reach"))
        tabs.addTab(network, self.tr("Network"))

        self.salutation = QComboBox()
        self.salutation.setObjectName("salutation")
        for value, label in (
            ("", texts.not_chosen()),
            ("Frau", self.tr("Ms")),
            ("Herr", self.tr("Mr")),
            # chosen: a German Sie message greets by the whole name, the coach asks no more
            (NEUTRAL, self.tr("Neutral (whole name)")),
        ):
            self.salutation.addItem(label, value)
        greets = self.tr(
            "How a message in the Sie form greets: “Guten Tag Frau Schubert,” or, "
            "neutral, “Guten Tag Lena Schubert,”"
        )
        self.salutation.setToolTip(greets)
        # Created in reading order (the tab order): title, given name, middle
        # names, family name, suffix, shown as, nickname.
        self.title_prefix = self._line("titlePrefix")
        self.title_prefix.setPlaceholderText(self.tr("e.g. Dr."))
        self.given_name = self._line("givenName")
        self.additional_names = self._line("additionalNames")
        self.additional_names.setToolTip(self.tr("Further given names, e.g. Maria Luise"))
        self.family_name = self._line("familyName")
        self.honorific_suffix = self._line("honorificSuffix")
        self.honorific_suffix.setPlaceholderText(self.tr("e.g. Jr., MBA"))
        self.display_name = self._line("displayName")
        self.display_name.setPlaceholderText(self.tr("optional"))
        self.display_name.setToolTip(self.tr("Shown in lists instead of given and family name"))
        self.nickname = self._line("nickname")
        self.organisation = self._line("organisation")
        self.department = self._line("department")
        self.role = self._line("role")
        self.hierarchy = QComboBox()
        for level in texts.HIERARCHY:
            self.hierarchy.addItem(
                texts.hierarchy_label(level) if level else texts.not_chosen(), level
            )
        self.city = self._line("city")
        self.birthday = self._line("birthday")
        self.birthday.setPlaceholderText(self._birthday_hint())
        form = QFormLayout(person)
        # The name in two columns: each row's second field has its label in a
        # column of its own, as wide as the longest, so those fields line up too.
        salutation = QWidget()
        salutation_box = QHBoxLayout(salutation)
        salutation_box.setContentsMargins(0, 0, 0, 0)
        salutation_box.addWidget(self.salutation)
        salutation_box.addStretch(1)
        pairs = [
            (self.tr("Salutation"), salutation, self.tr("Title"), self.title_prefix),
            (self.tr("Given name"), self.given_name, self.tr("Middle names"),
             self.additional_names),
            (self.tr("Family name"), self.family_name, self.tr("Suffix"),
             self.honorific_suffix),
            (self.tr("Shown as"), self.display_name, self.tr("Nickname"), self.nickname),
        ]  # fmt: skip
        inner = [QLabel(label) for _l, _f, label, _s in pairs]
        width = max(label.sizeHint().width() for label in inner)
        for (label, first, _inner, second), second_label in zip(pairs, inner, strict=True):
            second_label.setBuddy(second)
            second_label.setMinimumWidth(width)
            row = QHBoxLayout()
            row.setSpacing(style.SPACE.S)
            row.addWidget(first, 1)
            row.addSpacing(style.SPACE.S)
            row.addWidget(second_label)
            row.addWidget(second, 1)
            form.addRow(label, row)
        self._inner_labels, self._name_form = inner, form
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("Department"), self.department)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Hierarchy level"), self.hierarchy)
        form.addRow(self.tr("City"), self.city)
        form.addRow(self.tr("Birthday"), self.birthday)

        self.emails = ChannelList("email")
        self.emails.setObjectName("emails")
        self.phones = ChannelList("phone")
        self.phones.setObjectName("phones")
        self.urls = ChannelList("url")
        self.urls.setObjectName("urls")
        self.messengers = ChannelList("messenger")
        self.messengers.setObjectName("messengers")
        form = QFormLayout(reach)
        form.addRow(self.tr("E-mail addresses"), self.emails)
        form.addRow(self.tr("Phone numbers"), self.phones)
        form.addRow(self.tr("Profiles and web"), self.urls)
        form.addRow(self.tr("Messengers"), self.messengers)

        self.source = QComboBox()
        self.source.setObjectName("source")
        for source in texts.SOURCES:
            self.source.addItem(
                texts.source_label(source) if source else texts.not_chosen(), source
            )
        self.source_detail = self._line("sourceDetail")
        # An edition names its year: the clock's, so the example never names a past one.
        self.source_detail.setPlaceholderText(
            self.tr("e.g. Barcamp Cologne %1").replace("%1", str(self._today.year))
        )
        self.met_on = self._line("metOn")
        # Typed and shown as every other date of the language ("28/04/2026", "28.04.2026").
        self.met_on.setPlaceholderText(texts.date_hint())
        # Where we met, by id: an event or one evening of a series (of the last two years).
        self.met_at = QComboBox()
        self.met_at.setObjectName("metAtEvent")
        self.met_at.setToolTip(self.tr("The event or occurrence where you met"))
        self.met_at.addItem(texts.not_chosen(), None)
        self._met_at_choices = met_at_choices(
            self._journal, self._today, self._record.met_at_event_id
        )
        for index, choice in enumerate(self._met_at_choices):
            self.met_at.addItem(f"{choice.name} · {format_day(choice.day)}", index)
        self.met_at.activated.connect(self._met_at_chosen)
        # By id: a namesake is shown apart and never taken for the other.
        self.introduced_by = PersonPicker(self._journal)
        self.introduced_by.setObjectName("introducedBy")
        self.introduced_by.setPlaceholderText(self.tr("Type a name, pick with Enter"))
        self.introduced_by.setClearButtonEnabled(True)
        if self._record.id is not None:
            self.introduced_by.set_exclude({self._record.id})
        self.language, self.address_form = language_and_form(unknown=True)
        self.address_form.setObjectName("addressForm")
        self.closeness = QSpinBox()
        self.closeness.setObjectName("closeness")
        self.closeness.setRange(1, 5)
        scale = self.tr("1 = acquaintance, 5 = very close")
        self.closeness.setToolTip(scale)
        self.closeness.setSuffix(self.tr(" of 5"))  # "4" alone hid the scale
        # One digit in a spin box as wide as the form looked unfinished: the box
        # as wide as it needs, the scale said beside it in the freed room.
        closeness_row = QHBoxLayout()
        closeness_row.setSpacing(style.SPACE.S)
        closeness_row.addWidget(self.closeness)
        closeness_hint = style.hint(scale)
        closeness_hint.setObjectName("closenessScale")
        closeness_hint.setWordWrap(False)
        closeness_row.addWidget(closeness_hint, 1)
        self.cadence_mode = QComboBox()
        self.cadence_mode.setObjectName("cadenceMode")
        self.cadence_mode.addItem(self.tr("as closeness suggests"), "auto")
        self.cadence_mode.addItem(self.tr("every … days"), "days")
        self.cadence_mode.addItem(self.tr("never remind me"), "never")
        self.cadence_days = QSpinBox()
        self.cadence_days.setObjectName("cadenceDays")
        self.cadence_days.setAccessibleName(self.tr("Days between contacts"))
        self.cadence_days.setRange(1, 3650)
        self.cadence_days.setValue(90)
        # "90" alone says nothing; "1 days" says it wrong
        texts.count_suffix(self.cadence_days, self.tr(" day"), self.tr(" days"))
        self.cadence_mode.currentIndexChanged.connect(self._cadence_changed)
        cadence_row = QHBoxLayout()
        cadence_row.addWidget(self.cadence_mode, 1)
        cadence_row.addWidget(self.cadence_days)
        self.tags = self._line("tags")
        self.tags.setPlaceholderText(self.tr("comma-separated, e.g. Media, Meetups"))
        self.topics = self._line("topics")
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("Markdown"))
        form = QFormLayout(network)
        form.addRow(self.tr("How we met"), self.source)
        form.addRow(self.tr("Details"), self.source_detail)
        form.addRow(self.tr("Met on"), self.met_on)
        form.addRow(self.tr("Met at the event"), self.met_at)
        form.addRow(self.tr("Introduced by"), self.introduced_by)
        form.addRow(self.tr("Address form"), self.address_form)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Closeness"), closeness_row)
        form.addRow(self.tr("Keep in touch"), cadence_row)
        form.addRow(self.tr("Tags"), self.tags)
        form.addRow(self.tr("Topics"), self.topics)
        form.addRow(self.tr("Notes"), self.notes)

        self.error = style.warning_label("editorError")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.tabs, self._bottom = tabs, layout

    def _cadence_changed(self) -> None:
        self.cadence_days.setEnabled(self.cadence_mode.currentData() == "days")

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def _load(self, r: ContactRecord) -> None:
        self._select(self.salutation, NEUTRAL if r.salutation_neutral and not r.salutation
                     else r.salutation)  # fmt: skip
        self.title_prefix.setText(r.title_prefix)
        self.given_name.setText(r.given_name)
        self.family_name.setText(r.family_name)
        self.display_name.setText(r.display_name)
        self.additional_names.setText(r.additional_names)
        self.honorific_suffix.setText(r.honorific_suffix)
        self.nickname.setText(r.nickname)
        self.organisation.setText(r.organisation)
        self.department.setText(r.department)
        self.role.setText(r.role)
        self._select(self.hierarchy, r.hierarchy)
        self.city.setText(r.city)
        b = r.birthday
        self.birthday.setText(texts.format_day_month(b.day, b.month, b.year) if b else "")
        for channel_list in (self.emails, self.phones, self.urls, self.messengers):
            channel_list.set_channels(r.channels)
        self._select(self.source, r.source)
        self.source_detail.setText(r.source_detail)
        self.met_on.setText(texts.format_date(r.met_on))
        self.met_at.setCurrentIndex(0)
        for index, choice in enumerate(self._met_at_choices):
            if r.met_at_event_id is not None and choice.event_id == r.met_at_event_id:
                self.met_at.setCurrentIndex(index + 1)
                break
        self.introduced_by.set_person(r.introduced_by)
        self._select(self.address_form, r.address_form)
        self._select(self.language, r.language or UNKNOWN)  # du or Sie follows (greyed for English)
        self.closeness.setValue(r.closeness)
        mode = "never" if r.cadence_never else ("days" if r.cadence_days else "auto")
        self._select(self.cadence_mode, mode)
        if r.cadence_days:
            self.cadence_days.setValue(r.cadence_days)
        self._cadence_changed()
        self.tags.setText(", ".join(r.tags))
        self.topics.setText(r.topics)
        self.notes.setPlainText(r.notes)

    # -- result ---------------------------------------------------------------------

    def _fail(self, message: str, widget: QWidget, tab: int) -> None:
        self.error.setText(message)
        self.error.show()
        self.tabs.setCurrentIndex(tab)
        widget.setFocus()

    def record(self) -> ContactRecord | None:
        """The edited record, or None (with the problem shown) if a field is wrong."""
        r = dataclasses.replace(self._record)
        salutation = self.salutation.currentData()
        r.salutation_neutral = salutation == NEUTRAL
        r.salutation = "" if salutation == NEUTRAL else salutation
        r.title_prefix = self.title_prefix.text().strip()
        r.given_name = self.given_name.text().strip()
        r.family_name = self.family_name.text().strip()
        r.display_name = self.display_name.text().strip()
        r.additional_names = self.additional_names.text().strip()
        r.honorific_suffix = self.honorific_suffix.text().strip()
        r.nickname = self.nickname.text().strip()
        r.organisation = self.organisation.text().strip()
        r.department = self.department.text().strip()
        r.role = self.role.text().strip()
        r.hierarchy = self.hierarchy.currentData()
        r.city = self.city.text().strip()
        if not (r.name or r.organisation):
            self._fail(self.tr("Please enter a name or an organisation."), self.given_name, 0)
            return None
        try:
            typed = texts.parse_typed_date(self.birthday.text())
        except ValueError:
            message = self.tr("The birthday is not a date: use %1.")
            self._fail(message.replace("%1", self._birthday_hint()), self.birthday, 0)
            return None
        r.birthday = Birthday(typed[1], typed[0], typed[2]) if typed else None
        channels = []
        for channel_list, message in (
            (self.emails, self.tr("This is not an e-mail address: %1")),
            (self.phones, self.tr("This is not a phone number: %1")),
            (self.urls, self.tr("This is not a web address: %1")),
            (self.messengers, self.tr("This is not a messenger address: %1")),
        ):
            try:
                channels += channel_list.channels()
            except ChannelError as exc:
                self._fail(message.replace("%1", str(exc)), exc.field, 1)
                return None
        r.channels = channels
        r.source = self.source.currentData()
        r.source_detail = self.source_detail.text().strip()
        try:
            typed = texts.parse_typed_date(self.met_on.text())
            if typed and typed[2] is None:
                raise ValueError("a year is needed")
            r.met_on = dt.date(typed[2], typed[1], typed[0]) if typed and typed[2] else None
        except ValueError:
            message = self.tr('"Met on" is not a date: use %1.')
            self._fail(message.replace("%1", texts.date_hint()), self.met_on, 2)
            return None
        if self.introduced_by.unresolved_text():
            self._fail(
                self.tr('"Introduced by": pick the person from the list (Enter takes a name).'),
                self.introduced_by,
                2,
            )
            return None
        r.introduced_by = self.introduced_by.person_id
        choice = self._met_at_choice()
        r.met_at_event_id = choice.event_id if choice is not None else None
        form = self.address_form.currentData()
        # Changed here: chosen (an import's default stays "not chosen": migration 0054).
        r.address_form_chosen = r.address_form_chosen or form != r.address_form
        r.address_form = form
        language = self.language.currentData()
        r.language = UNKNOWN_LANGUAGE if language == UNKNOWN else language
        r.closeness = self.closeness.value()
        mode = self.cadence_mode.currentData()
        r.cadence_never = mode == "never"
        r.cadence_days = self.cadence_days.value() if mode == "days" else None
        r.tags = validation.parse_tags(self.tags.text())
        r.topics = self.topics.text().strip()
        r.notes = self.notes.toPlainText().strip()
        return r

    def _met_at_choice(self) -> MetAtChoice | None:
        index = self.met_at.currentData()
        return self._met_at_choices[index] if isinstance(index, int) else None

    def met_at_evening(self) -> tuple[int, dt.date] | None:
        """The evening of a series chosen as "where we met" that has no row yet
        (the save makes it), else None."""
        choice = self._met_at_choice()
        if choice is None or choice.event_id is not None or choice.series_id is None:
            return None
        return choice.series_id, choice.occurrence_on

    def _birthday_hint(self) -> str:
        return (
            self.tr("%1 or %2")
            .replace("%1", texts.date_hint(with_year=False))
            .replace("%2", texts.date_hint())
        )

    def _met_at_chosen(self) -> None:
        """An event chosen: "met on" and "how we met" follow it where they are blank."""
        choice = self._met_at_choice()
        if choice is None:
            return
        if not self.met_on.text().strip():
            self.met_on.setText(texts.format_date(choice.day))
        if not self.source.currentData():
            self._select(self.source, "event")

    # -- the draft (drafts/contact-<id>, see netzjournal/drafts.py) ----------------------

    _LINES = ("title_prefix", "given_name", "additional_names", "family_name",
              "honorific_suffix", "display_name", "nickname", "organisation", "department",
              "role", "city", "birthday", "source_detail", "met_on", "tags", "topics")  # fmt: skip
    _COMBOS = ("salutation", "hierarchy", "source", "address_form", "language", "cadence_mode")

    def _watch_edits(self) -> None:
        changed = self._autosave.changed
        for line in self.findChildren(QLineEdit):
            line.textChanged.connect(changed)
        for text in self.findChildren(QPlainTextEdit):
            text.textChanged.connect(changed)
        for combo in self.findChildren(QComboBox):
            combo.currentIndexChanged.connect(changed)
        for spin in self.findChildren(QSpinBox):
            spin.valueChanged.connect(changed)
        for channel_list in (self.emails, self.phones, self.urls, self.messengers):
            channel_list.edited.connect(changed)  # (rows added later too)

    def forget_draft(self) -> None:
        """The edits were saved or discarded: the draft goes."""
        self._autosave.forget()

    def draft_fields(self) -> dict[str, object]:
        """Every field as typed (not checked: a draft keeps a half-typed date too)."""
        fields: dict[str, object] = {n: getattr(self, n).text() for n in self._LINES}
        fields |= {n: getattr(self, n).currentData() for n in self._COMBOS}
        fields |= {
            "met_at": self.met_at.currentIndex(),
            "introduced_by": self.introduced_by.person_id,
            "closeness": self.closeness.value(),
            "cadence_days": self.cadence_days.value(),
            "notes": self.notes.toPlainText(),
            "channels": {c.kind: c.unsaved_state()
                         for c in (self.emails, self.phones, self.urls, self.messengers)},
        }  # fmt: skip
        return fields

    def load_draft(self, fields: dict[str, object]) -> None:
        """Put a draft's fields over the contact loaded (the one with the draft's id)."""
        for name in self._LINES:
            if isinstance(value := fields.get(name), str):
                getattr(self, name).setText(value)
        for name in self._COMBOS:
            if name in fields:
                self._select(getattr(self, name), fields[name])
        channels = fields.get("channels")
        for channel_list in (self.emails, self.phones, self.urls, self.messengers):
            saved = channels.get(channel_list.kind) if isinstance(channels, dict) else None
            if isinstance(saved, list):
                channel_list.set_channels([Channel(channel_list.kind, str(v), str(label))
                                           for label, v in saved])  # fmt: skip
        if isinstance(index := fields.get("met_at"), int) and 0 <= index < self.met_at.count():
            self.met_at.setCurrentIndex(index)
        introduced = fields.get("introduced_by")
        self.introduced_by.set_person(introduced if isinstance(introduced, int) else None)
        for spin, key in ((self.closeness, "closeness"), (self.cadence_days, "cadence_days")):
            if isinstance(value := fields.get(key), int):
                spin.setValue(value)
        self._cadence_changed()
        if isinstance(notes := fields.get("notes"), str):
            self.notes.setPlainText(notes)

    # -- closing: saved, or asked (ui/unsaved.py) ------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if unsaved.is_ctrl_enter(event):
            self.accept()
            return True
        return super().eventFilter(watched, event)

    def has_unsaved_changes(self) -> bool:
        return not self._saved and unsaved.form_state(self) != self._loaded

    def save(self) -> bool:
        if self.record() is None:
            return False  # the problem is shown; the dialog stays open
        self._saved = True
        super().accept()
        return True

    def discard(self) -> None:
        """Nothing to undo: the record is only read when the dialog was accepted."""

    def accept(self) -> None:
        self.save()

    def reject(self) -> None:
        """Esc, Cancel or the window's ✕: asks first when something was changed."""
        # Named as the pickers name them: of eight Anna Müllers, which one.
        name = person_label(self._journal, self._record.id) if self._record.id else ""
        name = name or self._record.name
        question = (self.tr("Save the new contact?") if self._record.id is None
                    else self.tr("Save the changes to the contact “%1”?").replace("%1", name)
                    if name else self.tr("Save the changes to this contact?"))  # fmt: skip
        if unsaved.settle(self, self, question) and not self._saved:
            self.forget_draft()  # discarded (or nothing was changed)
            super().reject()


def new_until_saved(
    make: Callable[[], ContactEditor], save: Callable[[ContactEditor], bool]
) -> ContactEditor | None:
    """A new contact's editor (``make``) until ``save`` takes what it holds (the editor
    saved), or it is closed (None). A new contact has no draft: a save refused — a
    full disk, another program writing; ``save`` says why — opens the editor again
    with what was typed (closing it then asks first), never lets the text go."""
    typed: dict[str, object] | None = None
    while True:
        editor = make()
        if typed is not None:
            editor.load_draft(typed)
        if not editor.exec():
            return None
        if save(editor):
            return editor
        typed = editor.draft_fields()
