"""Every unsaved-changes question asks alike, and a crash's quick note is offered at start.

- the quick note's draft left by a crash is offered once the window has painted,
  not only when the quick note is opened again; Continue shows it, Discard drops
  it, Later (Esc) keeps it and opens nothing;
- every "save the changes?" question (the quick note's too) has Save (the
  default), Discard and Cancel (Esc), each with a keyboard mnemonic, in English
  and German;
- the English question names an untitled note by the day it is "from".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from conftest import person
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QMessageBox,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QWidget,
)
from uihelpers import answer, in_language, type_text, when_modal

from netzjournal import paths
from netzjournal.drafts import DraftStore
from netzjournal.store.contacts import create_contact
from netzjournal.store.interactions import create_interaction, interaction_count
from netzjournal.store.journal import Journal
from netzjournal.store.records import InteractionRecord
from netzjournal.ui import unsaved

YES, DISCARD, CANCEL, SAVE = (
    QMessageBox.StandardButton.Yes,
    QMessageBox.StandardButton.Discard,
    QMessageBox.StandardButton.Cancel,
    QMessageBox.StandardButton.Save,
)


def with_draft(where, body: str = "Über den Umzug nach Lissabon") -> Journal:
    """The journal (opened: an encrypted run seals the draft with its key) and a draft
    a crash left in the data folder."""
    journal = Journal.open(where.journal, backup_dir=where.backups)
    DraftStore(where.drafts).save({"who": "", "body": body, "kind": "call"})
    return journal


def quick_note_shown() -> bool:
    return any(w.objectName() == "quickNoteDialog" and w.isVisible()
               for w in QApplication.topLevelWidgets())  # fmt: skip


def test_a_crash_draft_is_offered_at_start_and_continued(make_window, where, qtbot):
    journal = with_draft(where)
    asked = when_modal(answer(YES))
    window = make_window(journal)
    qtbot.waitUntil(lambda: bool(asked), timeout=30_000)  # nobody pressed Ctrl+N
    (box,) = asked
    assert box.objectName() == "quickDraftQuestion"
    assert box.defaultButton() is box.button(YES)  # keeping the text is the default
    assert box.escapeButton() is box.button(CANCEL)  # Esc: later, nothing lost
    qtbot.waitUntil(quick_note_shown)
    dialog = window.quick_note_dialog()
    assert dialog.body.toPlainText() == "Über den Umzug nach Lissabon"
    assert dialog.kind.currentData() == "call"


def test_a_crash_draft_discarded_at_start_opens_nothing(make_window, where, qtbot):
    journal = with_draft(where)
    asked = when_modal(answer(DISCARD))
    window = make_window(journal)
    qtbot.waitUntil(lambda: bool(asked), timeout=30_000)
    QApplication.processEvents()
    assert not quick_note_shown()
    assert DraftStore(where.drafts).load() is None
    window.open_quick_note()  # and the next quick note asks nothing
    assert quick_note_shown() and window.quick_note_dialog().body.toPlainText() == ""


def test_a_crash_draft_put_off_at_start_stays_for_the_quick_note(make_window, where, qtbot):
    journal = with_draft(where)
    asked = when_modal(lambda box: QTest.keyClick(box, Qt.Key.Key_Escape))
    window = make_window(journal)
    qtbot.waitUntil(lambda: bool(asked), timeout=30_000)
    QApplication.processEvents()
    assert not quick_note_shown()
    assert DraftStore(where.drafts).load() is not None  # kept
    when_modal(answer(YES))  # Ctrl+N later: offered again
    window.open_quick_note()
    assert window.quick_note_dialog().body.toPlainText() == "Über den Umzug nach Lissabon"


def test_a_start_without_a_draft_asks_nothing(make_window, qtbot):
    asked = when_modal(lambda box: box.reject() if hasattr(box, "reject") else None)
    make_window()
    for _ in range(10):
        QApplication.processEvents()
    assert asked == [] and not quick_note_shown()


def _is_question(widget: QWidget) -> bool:
    return isinstance(widget, QMessageBox)


def check_question(box: QWidget, language: str) -> None:
    assert isinstance(box, QMessageBox)
    assert box.objectName() == "unsavedQuestion"
    assert box.defaultButton() is box.button(SAVE)
    assert box.escapeButton() is box.button(CANCEL)
    texts = [box.button(b).text() for b in (SAVE, DISCARD, CANCEL)]
    expected = {
        "en": ["&Save", "&Discard", "&Cancel"],
        "de": ["&Speichern", "&Verwerfen", "&Abbrechen"],
    }[language]
    assert texts == expected


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_quick_notes_question_is_save_discard_cancel(make_window, qtbot, language):
    window = make_window()
    anna = create_contact(window.journal, person("Anna", "Weber")).value.id
    with in_language(language):
        QApplication.processEvents()  # (Qt's LanguageChange, as at a start)
        window.open_quick_note()
        dialog = window.quick_note_dialog()
        dialog.who.load_draft({"tokens": [{"id": anna}], "typed": ""})
        type_text(dialog.body, "Kaffee am Hafen")

        def check_and_save(box: QWidget) -> None:
            check_question(box, language)
            assert "quick note" in box.text() or "Schnellnotiz" in box.text()
            box.button(SAVE).click()

        asked = when_modal(check_and_save, _is_question)
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
        assert asked and not dialog.isVisible()
    assert interaction_count(window.journal) == 1  # Save saved it


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_quick_note_with_only_people_picked_asks_before_it_closes(make_window, qtbot,
                                                                    language):  # fmt: skip
    """Esc with people picked and nothing typed closed without a word (the walks of
    sessions 33 and 34): picking people is input, and the draft keeps them. It asks
    Discard / Cancel (no Save: nothing about the meeting yet), Cancel the default;
    Cancel goes back with the people still picked, Discard closes and drops the draft.
    (It once asked Save?, and Save could not save: that is why Save is not offered.)"""
    window = make_window()
    anna = create_contact(window.journal, person("Anna", "Weber")).value.id
    with in_language(language):
        QApplication.processEvents()
        window.open_quick_note()
        dialog = window.quick_note_dialog()
        dialog.who.load_draft({"tokens": [{"id": anna}], "typed": ""})
        assert dialog.save_draft() and dialog.drafts.load() is not None  # the draft keeps them
        seen: list[tuple[object, ...]] = []

        def look_and_cancel(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            seen.append((box.button(SAVE), box.defaultButton() is box.button(CANCEL),
                         box.informativeText()))  # fmt: skip
            box.button(CANCEL).click()

        when_modal(look_and_cancel, _is_question)
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
        assert dialog.isVisible() and dialog.who.has_people()  # Cancel: back, still picked
        ((save, cancel_default, why),) = seen
        assert save is None and cancel_default
        assert ("says nothing about the meeting" in why) if language == "en" else (
            "über das Treffen" in why)  # fmt: skip
        when_modal(lambda box: box.button(DISCARD).click(), _is_question)
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
        assert not dialog.isVisible()
    assert interaction_count(window.journal) == 0
    assert dialog.drafts.load() is None


@pytest.mark.parametrize(("language", "typed_who"), [("en", False), ("de", True)])
def test_a_quick_note_that_cannot_be_saved_offers_no_save(make_window, qtbot, language,
                                                          typed_who):  # fmt: skip
    """Text but nobody named (or a name typed but nothing about the meeting): Save
    would not save. Discard / Cancel, Cancel the default and Esc, and why."""
    window = make_window()
    with in_language(language):
        QApplication.processEvents()
        window.open_quick_note()
        dialog = window.quick_note_dialog()
        if typed_who:
            type_text(dialog.who.edit, "Anna Weber")
        else:
            type_text(dialog.body, "Kaffee am Hafen")
        seen: list[tuple[object, ...]] = []

        def look_and_cancel(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            seen.append((box.button(SAVE), box.defaultButton() is box.button(CANCEL),
                         box.escapeButton() is box.button(CANCEL), box.text(),
                         box.informativeText()))  # fmt: skip
            box.button(CANCEL).click()

        when_modal(look_and_cancel, _is_question)
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
        assert dialog.isVisible()  # Cancel: back to the text
        assert len(seen) == 1
        save, cancel_default, cancel_esc, question, why = seen[0]
        assert save is None and cancel_default and cancel_esc
        assert question == {"en": "Discard the quick note?",
                            "de": "Die Schnellnotiz verwerfen?"}[language]  # fmt: skip
        assert ("nobody is named" in why) if not typed_who else ("über das Treffen" in why)
        when_modal(lambda box: box.button(DISCARD).click(), _is_question)
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
        assert not dialog.isVisible()
    assert interaction_count(window.journal) == 0


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_unsaved_question_has_mnemonics(qtbot, language):
    with in_language(language):
        QApplication.processEvents()
        asked = when_modal(lambda box: (check_question(box, language),
                                        box.button(CANCEL).click()))  # fmt: skip
        assert unsaved.ask(None, "x") == CANCEL
        assert asked


@pytest.mark.parametrize(
    ("language", "question"),
    [
        ("en", "Save the changes to the note from 30/11/2026?"),
        ("de", "Änderungen an der Notiz vom 30.11.2026 speichern?"),
    ],
)
def test_an_untitled_note_is_named_by_its_day(make_window, qtbot, language, question):
    window = make_window()
    anna = create_contact(window.journal, person("Anna", "Weber")).value.id
    record = InteractionRecord(occurred_at=dt.datetime(2026, 11, 30, 9), kind="call",
                               participants=[anna])  # fmt: skip
    note = create_interaction(window.journal, record).value
    with in_language(language):
        window.open_note(note.id)
        editor = window.notes.editor
        type_text(editor.body, "neu")
        seen: list[str] = []
        when_modal(lambda box: (seen.append(box.text()), box.button(DISCARD).click()),
                   _is_question)  # fmt: skip
        assert window.notes.settle()
        assert seen == [question]


def test_the_event_editors_and_the_debriefs_questions_read_right_in_german(qtbot, journal):
    """ "Änderungen an %1 speichern?" wants the dative: it read "an diese Veranstaltung"."""
    from PySide6.QtGui import QUndoStack

    from netzjournal.store.events import create_event, occurrences
    from netzjournal.store.records import EventRecord
    from netzjournal.ui.events_tab.debrief import DebriefDialog
    from netzjournal.ui.events_tab.editor import EventEditor

    anna = create_contact(journal, person("Anna", "Weber")).value.id
    day = dt.date(2026, 11, 10)
    create_event(journal, EventRecord(name="Stammtisch", starts_on=day))
    seen: list[str] = []

    def note_and_discard(box: QWidget) -> None:
        seen.append(box.text())
        box.button(DISCARD).click()

    with in_language("de"):
        QApplication.processEvents()
        editor = EventEditor(journal, None, day)
        qtbot.addWidget(editor)
        editor.show()
        type_text(editor.name, "Barcamp")
        when_modal(note_and_discard, _is_question)
        editor.reject()
        debrief = DebriefDialog(journal, occurrences(journal, day, day)[0], QUndoStack())
        qtbot.addWidget(debrief)
        debrief.show()
        debrief.picker.picked.emit(anna)
        when_modal(note_and_discard, _is_question)
        debrief.reject()
    assert seen == [
        "Änderungen an dieser Veranstaltung speichern?",
        "Änderungen an dieser Nachbereitung speichern?",
    ]


def test_a_draft_s_person_merged_or_deleted_since_is_picked_again_not_created(make_window, qtbot):
    """A quick-note draft named a person by id who was deleted (or merged away) since:
    the chip became a "new person", and saving offered to create "Jürgen Weiß" — while
    a namesake may be the one meant (the fresh-eyes walk). Now it says the person is gone
    and asks to pick again; nothing is created or saved."""
    from netzjournal.store.contacts import contact_count, delete_contacts

    window = make_window()
    gone = create_contact(window.journal, person("Jürgen", "Weiß", organisation="A")).value.id
    create_contact(window.journal, person("Jürgen", "Weiß", organisation="B"))
    delete_contacts(window.journal, [gone])
    with in_language("en"):
        window.open_quick_note()
        dialog = window.quick_note_dialog()
        dialog.who.load_draft({"tokens": [{"id": gone, "name": "Jürgen Weiß"}], "typed": ""})
        assert (
            "no longer in your contacts"
            in dialog.who.findChildren(QWidget, "participantToken")[0].label.text()
        )
        said: list[str] = []

        def read(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            said.append(box.text())
            box.accept()

        when_modal(read, _is_question)
        assert dialog.who.resolve() is None
    assert said and "merged or deleted" in said[0] and "Create" not in said[0]
    assert contact_count(window.journal) == 1 and interaction_count(window.journal) == 0
    assert dialog.who.draft()["tokens"] == [{"name": "Jürgen Weiß", "gone": True}]
    dialog.who.clear()


def test_the_draft_offered_at_start_says_whom_and_when_it_is_about(make_window, where, qtbot):
    """ "There is a quick note you did not save" — which one, after a day of meetings?
    The question names the people picked and the time, as this locale writes it."""
    import datetime as dt

    from netzjournal.ui import texts

    journal = Journal.open(where.journal, backup_dir=where.backups)
    when = dt.datetime(2026, 12, 1, 0, 46)
    DraftStore(where.drafts).save({
        "who": {"tokens": [{"id": 1, "name": "Lars Petersen"}], "typed": "Priya N"},
        "when": when.isoformat(), "body": "Flottenumstellung", "kind": "coffee",
    })  # fmt: skip
    asked = when_modal(answer(CANCEL))
    make_window(journal)
    qtbot.waitUntil(lambda: bool(asked), timeout=30_000)
    (box,) = asked
    said = f"Lars Petersen, Priya N\u00a0· {texts.format_datetime(when)}"
    assert said in box.text()


def test_the_draft_offered_at_start_names_namesakes_apart(make_window, where, qtbot):
    """Jonas's draft with both Lena Schuberts and Tim, left by a crash: the question
    read „(Lena Schubert, Lena Schubert, Tim · …)“. People picked are named as the
    pickers name them, each namesake with their organisation."""
    journal = Journal.open(where.journal, backup_dir=where.backups)
    shirt = create_contact(journal, person("Lena", "Schubert", organisation="Spreadshirt"))
    agency = create_contact(
        journal, person("Lena", "Schubert", organisation="Agentur Fröhlich & Partner")
    )
    tim = create_contact(journal, person("Tim", "", organisation="Spreadshirt"))
    tokens = [
        {"id": c.value.id, "name": c.value.name} for c in (shirt, agency, tim)
    ]  # (as a draft stores them: the id and the plain name)
    DraftStore(where.drafts).save({
        "who": {"tokens": tokens, "typed": ""},
        "when": dt.datetime(2026, 12, 1, 6, 45).isoformat(), "body": "Workshop", "kind": "call",
    })  # fmt: skip
    asked = when_modal(answer(CANCEL))
    make_window(journal)
    qtbot.waitUntil(lambda: bool(asked), timeout=30_000)
    (box,) = asked
    assert (
        "Lena Schubert · Spreadshirt, Lena Schubert · Agentur Fröhlich & Partner, Tim\u00a0· "
        in box.text()
    ), box.text()


def _icon_says(button: QAbstractButton, standard: QStyle.StandardPixmap) -> bool:
    """The button carries the style's icon for ``standard`` (Fusion's red ✕ of Cancel)."""
    if button.icon().isNull():
        return False
    theirs = button.style().standardIcon(standard, None, button)
    size = button.iconSize()
    return button.icon().pixmap(size).toImage() == theirs.pixmap(size).toImage()


@pytest.fixture
def buttons_with_icons(qapp: object) -> Iterator[None]:
    """Fusion as on X11 (Xvfb, a desktop without a theme): dialog buttons with their
    standard icons. Offscreen Qt shows none, which hid the ✕ on „Später“."""
    from netzjournal.ui.dark_fusion import DarkFusion

    class WithIcons(QProxyStyle):
        def styleHint(self, hint, option=None, widget=None, returnData=None):
            if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
                return 1
            return super().styleHint(hint, option, widget, returnData)

    before = QApplication.style()
    dark = isinstance(before, DarkFusion)
    name = before.name()
    QApplication.setStyle(WithIcons(QStyleFactory.create("Fusion")))
    yield
    QApplication.setStyle(DarkFusion() if dark else QStyleFactory.create(name))


@pytest.mark.parametrize("which", ["quick note", "note editor"])
def test_later_in_the_draft_questions_does_not_look_like_cancel(
    which, buttons_with_icons, qtbot, tmp_path
):
    """„Später“ keeps the draft, but it carried Cancel's red ✕ beside „Verwerfen“'s bin
    (Jonas after a crash): its icon said "close/discard". Later shows no icon; the
    other two keep theirs (Continue/Restore the tick, Discard the bin)."""
    from netzjournal.ui import record_drafts
    from netzjournal.ui.quick_note import QuickNoteDialog

    asked = when_modal(answer(CANCEL))
    if which == "quick note":
        where = paths.resolve(tmp_path / "data").ensure()
        journal = Journal.open(where.journal, backup_dir=where.backups)
        drafts = DraftStore(where.drafts)
        drafts.save({"body": "Workshop", "who": ""})
        dialog = QuickNoteDialog(journal, drafts)
        qtbot.addWidget(dialog)
        assert dialog.reset() is False  # "Later": nothing opens
        journal.close()
    else:
        assert record_drafts.ask(None, "Restore?") == CANCEL
    (box,) = asked
    later = box.button(CANCEL)
    assert later.text().replace("&", "") == "Later"
    assert later.icon().isNull(), "Later carries an icon"
    cancel_icon = QStyle.StandardPixmap.SP_DialogCancelButton
    assert not any(_icon_says(b, cancel_icon) for b in box.buttons())
    # (the check can fail: the style gives buttons icons here, Discard has the bin)
    assert _icon_says(box.button(QMessageBox.StandardButton.Discard),
                      QStyle.StandardPixmap.SP_DialogDiscardButton)  # fmt: skip
