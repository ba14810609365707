"""English that reads as English writes, not as German translated word for word.

The English texts are the catalogue's sources; each test here guards one place where
a look at the English screenshots found German word order or a German word."""

from __future__ import annotations

from pathlib import Path

from netzjournal.store.errors import JournalKeyError, JournalUnavailable
from netzjournal.ui import startup_dialogs as boxes

PLACE = Path("/home/jürgen/Öffentlich/journal.sqlite3")


def test_start_up_boxes_read_as_english_writes(qtbot):
    """The file's line said "Place:" (German "Ort:" word for word) and two boxes kept
    German word order ("Where the journal file should be there is a folder")."""
    for kind in boxes.KNOWN_KINDS:
        box = boxes.unavailable_box(JournalUnavailable(PLACE, kind))
        qtbot.addWidget(box)
        assert box.informativeText().endswith(f"\n\nLocation: {PLACE}"), kind
        assert not box.text().startswith("Where "), kind
    for kind in ("wrong-key", "no-key"):
        box = boxes.key_problem_box(JournalKeyError(PLACE, kind))
        qtbot.addWidget(box)
        assert box.informativeText().endswith(f"\n\nLocation: {PLACE}"), kind
    folder = boxes.unavailable_box(JournalUnavailable(PLACE, "is-a-directory"))
    qtbot.addWidget(folder)
    assert folder.text().startswith("There is a folder where the journal file should be.")
    # "may not open" read as "might not": the box means it is not allowed to.
    denied = boxes.unavailable_box(JournalUnavailable(PLACE, "permission-denied"))
    qtbot.addWidget(denied)
    assert "may not" not in denied.text() + denied.informativeText()
    assert "netzjournal is not allowed to open the journal" in (
        denied.text() + denied.informativeText()
    )


def test_the_recovery_dialog_offers_no_choice_it_does_not_have(qtbot, tmp_path):
    """With no backup the only button is Quit: "kept whatever you choose" promised a choice."""
    from PySide6.QtWidgets import QLabel

    from netzjournal.store.errors import JournalDamaged
    from netzjournal.ui.recovery_dialog import RecoveryDialog

    dialog = RecoveryDialog(JournalDamaged(tmp_path / "journal.sqlite3", "not a database"), [])
    qtbot.addWidget(dialog)
    head = dialog.findChild(QLabel, "recoveryHead").text()
    assert head.endswith("The file has not been changed, and it is kept.")
    assert "choose" not in head


def _form_labels(widget) -> list[str]:
    from PySide6.QtWidgets import QFormLayout, QLabel
    from uihelpers import shown

    from netzjournal.ui.layout_entries import form_rows

    labels = []
    for form in widget.findChildren(QFormLayout):
        for roles in form_rows(form).values():
            label = roles.get(QFormLayout.ItemRole.LabelRole)
            if isinstance(label, QLabel):
                labels.append(shown(label.text()))
    return labels


def test_labels_the_english_look_found_translated(qtbot, journal):
    """ "This evening differently…" (German "Nur dieser Termin …") and "Where exactly"
    ("Wo genau") read as German word for word."""
    import datetime as dt

    from netzjournal.ui.contacts.editor import ContactEditor
    from netzjournal.ui.events_tab.page import EventPage

    page = EventPage(journal, lambda: dt.date(2026, 11, 22))
    qtbot.addWidget(page)
    assert page.differ.text() == "Change this occurrence only…"
    editor = ContactEditor(journal, new=True)
    qtbot.addWidget(editor)
    labels = _form_labels(editor)
    assert "Where exactly" not in labels and "Details" in labels


def test_the_english_event_name_example_is_english(qtbot, journal):
    """The English event editor offered "e.g. Stammtisch Süd, …" — a German word as the
    first example; and the demo and the fair itself write "dmexco" in lower case."""
    import datetime as dt

    from netzjournal.ui.events_tab.editor import EventEditor

    dialog = EventEditor(journal, None, dt.date(2026, 11, 22))
    qtbot.addWidget(dialog)
    example = dialog.name.placeholderText()
    assert "Stammtisch" not in example and "ü" not in example and "dmexco" in example


def test_the_person_page_names_the_field_as_the_editors_do(qtbot, qapp, journal, tmp_path):
    """The person's page headed the note's "Pick up next time" as "Hooks for next time":
    one field, one name (in both languages: the heading is the editors' label)."""
    import datetime as dt

    from conftest import note, person
    from PySide6.QtCore import QCoreApplication, QLocale

    from netzjournal.drafts import DraftStore
    from netzjournal.store.contacts import create_contact, get_contact
    from netzjournal.store.interactions import create_interaction
    from netzjournal.ui.contacts.detail import ContactDetail
    from netzjournal.ui.i18n import install_translators
    from netzjournal.ui.notes.editor import NoteEditor
    from netzjournal.ui.quick_note import QuickNoteDialog

    c = create_contact(journal, person("Mia", "Klein")).value
    create_interaction(journal, note(dt.datetime(2026, 11, 2, 18), [c.id], say_next="Halbmarathon"))
    detail = ContactDetail(journal, lambda: dt.date(2026, 11, 22))
    qtbot.addWidget(detail)
    html = detail.contact_html(get_contact(journal, c.id))
    assert "<h3>Pick up next time</h3><p>Halbmarathon</p>" in html
    editor = NoteEditor(journal)
    qtbot.addWidget(editor)
    quick = QuickNoteDialog(journal, DraftStore(tmp_path))
    qtbot.addWidget(quick)
    for form in (editor, quick):
        assert "Pick up next time" in _form_labels(form)
    installed = install_translators(qapp, "de")
    before = QLocale()
    try:
        names = {QCoreApplication.translate(context, "Pick up next time")
                 for context in ("ContactDetail", "NoteEditor", "QuickNoteDialog")}  # fmt: skip
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)
    assert names == {"Beim nächsten Mal aufgreifen"}
    # "everything stored" and the Markdown export (one code path) name it so too
    from netzjournal.interchange.person_markdown import markdown_person

    for language, name in (("en", "Pick up next time"), ("de", "Beim nächsten Mal aufgreifen")):
        assert f"{name}: Halbmarathon" in markdown_person(journal, c.id, language)


def _address_and_language(qtbot, journal, contact_id: int) -> tuple[dict[str, str], dict[str, str]]:
    """The detail pane's and the contact editor's "Address form" and "Language" values."""
    import datetime as dt
    import re

    from PySide6.QtCore import QCoreApplication

    from netzjournal.store.contacts import get_contact
    from netzjournal.ui.contacts.detail import ContactDetail
    from netzjournal.ui.contacts.editor import ContactEditor

    record = get_contact(journal, contact_id)
    detail = ContactDetail(journal, lambda: dt.date(2026, 11, 22))
    qtbot.addWidget(detail)
    html = detail.contact_html(record)
    rows = dict(re.findall(r"<tr><td[^>]*>([^<]*)</td><td>([^<]*)</td></tr>", html))
    editor = ContactEditor(journal, record)
    qtbot.addWidget(editor)
    assert editor.address_form.isEnabled() == (record.language == "de")
    keys = [QCoreApplication.translate("ContactEditor", k) for k in ("Address form", "Language")]
    assert keys == [QCoreApplication.translate("ContactDetail", k)
                    for k in ("Address form", "Language")]  # fmt: skip
    shown = {keys[0]: rows.get(keys[0], ""), keys[1]: rows.get(keys[1], "")}
    chosen = {keys[0]: editor.address_form.currentText(), keys[1]: editor.language.currentText()}
    return shown, chosen


def test_the_detail_pane_words_the_address_form_as_the_editor_does(qtbot, qapp, journal):
    """The pane said "Address form: Sie · German" where the editor says "Sie (formal)"
    (and "Language: German" on its own row): one value, one wording, in both languages."""
    from conftest import person
    from PySide6.QtCore import QLocale

    from netzjournal.store.contacts import create_contact
    from netzjournal.ui.i18n import install_translators

    sie = create_contact(journal, person("Mia", "Klein")).value.id
    du = create_contact(journal, person("Ole", "Berg", address_form="du", language="en")).value.id
    shown, chosen = _address_and_language(qtbot, journal, sie)
    assert shown == chosen == {"Address form": "Sie (formal)", "Language": "German"}
    # English has one form of address: the editor greys the choice, the pane leaves it out.
    shown, chosen = _address_and_language(qtbot, journal, du)
    assert shown == {"Address form": "", "Language": "English"}
    assert chosen == {"Address form": "du (informal)", "Language": "English"}
    installed = install_translators(qapp, "de")
    before = QLocale()
    try:
        shown, chosen = _address_and_language(qtbot, journal, sie)
        assert shown == chosen == {"Ansprache": "Sie (förmlich)", "Sprache": "Deutsch"}
        shown, chosen = _address_and_language(qtbot, journal, du)
        assert shown == {"Ansprache": "", "Sprache": "Englisch"}
        assert chosen == {"Ansprache": "du (vertraut)", "Sprache": "Englisch"}
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)


def test_the_private_remarks_have_one_name_everywhere(qtbot, qapp, journal, tmp_path):
    """The notes' "Private remarks" were "Hooks" in a stale-write message and "Most
    frequent hooks" in the review; "Pick up next time" was "Next time" in "everything
    stored". One field, one name: the editors' label, in English and in German."""
    import datetime as dt

    from conftest import note, person
    from PySide6.QtCore import QCoreApplication, QLocale

    from netzjournal.drafts import DraftStore
    from netzjournal.interchange.person_markdown import markdown_person, words
    from netzjournal.review.render import labels
    from netzjournal.store.contacts import create_contact
    from netzjournal.store.interactions import create_interaction
    from netzjournal.ui import texts
    from netzjournal.ui.i18n import install_translators
    from netzjournal.ui.notes.editor import NoteEditor
    from netzjournal.ui.quick_note import QuickNoteDialog

    c = create_contact(journal, person("Mia", "Klein")).value
    create_interaction(journal, note(dt.datetime(2026, 11, 2, 18), [c.id], hooks="Jazz",
                                     say_next="Halbmarathon"))  # fmt: skip
    editor = NoteEditor(journal)
    qtbot.addWidget(editor)
    quick = QuickNoteDialog(journal, DraftStore(tmp_path))
    qtbot.addWidget(quick)
    for form in (editor, quick):
        assert {"Private remarks", "Pick up next time"} <= set(_form_labels(form))
    assert texts.field_label("hooks") == "Private remarks"
    assert texts.field_label("say_next") == "Pick up next time"
    md = markdown_person(journal, c.id, "en")
    assert "Private remarks: Jazz" in md and "Pick up next time: Halbmarathon" in md
    assert labels("en")["hooks"] == "Most frequent private remarks"
    assert "hook" not in texts.opener_category_label("follow_up").lower()
    installed = install_translators(qapp, "de")
    before = QLocale()
    try:
        private = {QCoreApplication.translate(context, "Private remarks")
                   for context in ("NoteEditor", "QuickNoteDialog")}  # fmt: skip
        pick_up = {QCoreApplication.translate(context, "Pick up next time")
                   for context in ("NoteEditor", "QuickNoteDialog")}  # fmt: skip
        private.add(texts.field_label("hooks"))
        pick_up.add(texts.field_label("say_next"))
        category = texts.opener_category_label("follow_up")
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)
    assert private == {"Private Notizen"} and pick_up == {"Beim nächsten Mal aufgreifen"}
    assert words("de")["hooks"] == "Private Notizen"
    assert words("de")["say_next"] == "Beim nächsten Mal aufgreifen"
    assert labels("de")["hooks"] == "Häufigste private Notizen"
    assert "Anknüpfungspunkt" not in category
    md = markdown_person(journal, c.id, "de")
    assert "Private Notizen: Jazz" in md and "Beim nächsten Mal aufgreifen: Halbmarathon" in md


def test_the_detail_pane_words_keep_in_touch_as_the_editor_does(qtbot, qapp, journal):
    """The pane said "Keep in touch: by closeness" where the editor's choice reads "as
    closeness suggests" (German "nach Nähe" / "wie die Nähe es nahelegt"): one wording."""
    import datetime as dt
    import re

    from conftest import person

    from netzjournal.store.contacts import create_contact, get_contact
    from netzjournal.ui.contacts.detail import ContactDetail
    from netzjournal.ui.contacts.editor import ContactEditor
    from netzjournal.ui.i18n import install_translators

    record = get_contact(journal, create_contact(journal, person("Mia", "Klein")).value.id)

    def shown_and_chosen() -> tuple[str, str]:
        detail = ContactDetail(journal, lambda: dt.date(2026, 11, 22))
        qtbot.addWidget(detail)
        rows = dict(re.findall(r"<tr><td[^>]*>([^<]*)</td><td>([^<]*)</td></tr>",
                               detail.contact_html(record)))  # fmt: skip
        editor = ContactEditor(journal, record)
        qtbot.addWidget(editor)
        key = editor.tr("Keep in touch")
        return rows[key], editor.cadence_mode.currentText()

    shown, chosen = shown_and_chosen()
    assert shown == chosen == "as closeness suggests"
    installed = install_translators(qapp, "de")
    try:
        shown, chosen = shown_and_chosen()
        assert shown == chosen == "wie die Nähe es nahelegt"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_the_english_interface_uses_one_dash_between_clauses():
    """The English texts set clauses apart with a spaced en dash ("Bar: warmth – mostly
    the closeness"), but six messages used an em dash ("checked — or now"). Only a
    window title keeps the em dash Qt itself puts before the app's name."""
    import xml.etree.ElementTree as ET

    ts = Path(__file__).resolve().parents[1] / "resources" / "i18n" / "netzjournal_de.ts"
    sources = [s.text or "" for s in ET.parse(ts).getroot().iter("source")]
    assert sum(" – " in s for s in sources) >= 10
    em = [s for s in sources if " — " in s and not s.startswith("netzjournal — ")]
    assert em == [], em


def test_one_occurrence_of_a_series_is_not_called_an_evening(qtbot, journal):
    """„Nur diesen Termin ändern …“ said "Change this evening only…" in English, also
    for a weekly Teams call at 10:00; the undo texts and the series table said
    "evening" too. One word for any occurrence, in every place that names one."""
    import datetime as dt

    from uihelpers import in_language

    from netzjournal.commands.base import Outcome
    from netzjournal.ui import texts
    from netzjournal.ui.events_tab.page import EventPage

    def said() -> list[str]:
        page = EventPage(journal, lambda: dt.date(2026, 11, 22))
        qtbot.addWidget(page)
        steps = [Outcome(what, "Teams-Call")
                 for what in ("occurrence_differ", "occurrence_cancel")]  # fmt: skip
        return [page.differ.text(), page.series_table.accessibleName(),
                *(texts.outcome_text(o) for o in steps)]  # fmt: skip

    english = said()
    assert english[:2] == ["Change this occurrence only…", "Occurrences of this series"]
    assert not [t for t in english if "evening" in t.lower()], english
    with in_language("de"):
        german = said()
    assert german[:2] == ["Nur diesen Termin ändern …", "Termine dieser Reihe"]
    assert all("Termin" in t for t in german) and not [t for t in german if "Abend" in t]
