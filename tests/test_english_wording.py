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

    labels = []
    for form in widget.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and isinstance(item.widget(), QLabel):
                labels.append(item.widget().text())
    return labels


def test_labels_the_english_look_found_translated(qtbot, journal):
    """ "This evening differently…" (German "Nur dieser Termin …") and "Where exactly"
    ("Wo genau") read as German word for word."""
    import datetime as dt

    from netzjournal.ui.contacts.editor import ContactEditor
    from netzjournal.ui.events_tab.page import EventPage

    page = EventPage(journal, lambda: dt.date(2026, 11, 22))
    qtbot.addWidget(page)
    assert page.differ.text() == "Change this evening only…"
    editor = ContactEditor(journal, new=True)
    qtbot.addWidget(editor)
    labels = _form_labels(editor)
    assert "Where exactly" not in labels and "Details" in labels


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
