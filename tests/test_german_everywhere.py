"""Every window and dialog in German shows no English word.

The English words are the app's own: every word of its English source texts
(the catalogue's ``<source>``) that no German translation uses. The windows are
built after the German translators are installed, filled with German data, and
every text a person can see is read: titles, labels, buttons, tool tips,
placeholders, tab and combo texts, menus, headers and the display data of
every view's model.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from conftest import REPO, person
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from uihelpers import when_modal

from netzjournal.store import cipher
from netzjournal.store.backups import checked_backups, create_backup
from netzjournal.store.contact_list import contact_rows
from netzjournal.store.contacts import create_contact, get_contact
from netzjournal.store.errors import JournalDamaged
from netzjournal.store.events import create_event, get_event, occurrences
from netzjournal.store.interactions import add_follow_up, create_interaction
from netzjournal.store.journal import Journal
from netzjournal.store.records import (
    Birthday,
    Channel,
    EventRecord,
    FollowUpRecord,
    InteractionRecord,
)

TS = REPO / "resources" / "i18n" / "netzjournal_de.ts"
TODAY = dt.date(2026, 3, 14)
WORD = re.compile(r"[A-Za-zÄÖÜäöüß]+(?:'[a-z]+)?")
# English words that are German too, or names, where the catalogue cannot tell.
ALSO_GERMAN = {
    "name",
    "status",
    "import",
    "export",
    "demo",
    "journal",
    "coach",
    "online",
    "team",
    "event",
    "start",
    "details",
    "markdown",
    "linkedin",
    "xing",
    "still",
}
# Stored codes that must never show as they are stored (vCard types, kinds, directions).
RAW_CODES = {"cell", "pref", "home", "work", "coffee", "meal", "together", "outbound",
             "inbound", "executive", "specialist"}  # fmt: skip
# A language is named in its own language in the chooser ("English", not "Englisch").
OWN_NAMES = {("languageChoice", "english")}  # fmt: skip


def _words(text: str) -> set[str]:
    text = re.sub(r"<[^>]+>", " ", html.unescape(text or ""))
    text = re.sub(r"%\d|\{\w+\}", " ", text)  # placeholders
    text = re.sub(r"\S*[/@\\]\S*", " ", text)  # paths, addresses, web links: not words
    return {w.casefold() for w in WORD.findall(text)}


def english_words() -> set[str]:
    """Words of the English source texts that no German translation uses."""
    sources: set[str] = set()
    german: set[str] = set()
    for message in ET.parse(TS).iter("message"):
        sources |= _words(message.findtext("source") or "")
        german |= _words(message.findtext("translation") or "")
    return {w for w in sources - german - ALSO_GERMAN if len(w) >= 4} | RAW_CODES


def _count(model: QAbstractItemModel, what: str, parent: QModelIndex) -> int:
    try:
        return getattr(model, what)(parent)
    except TypeError:  # a list model's columnCount (private in PySide); a tree's rowCount
        return 1 if what == "columnCount" else 0


def _model_texts(model: QAbstractItemModel, parent: QModelIndex, depth: int = 0) -> Iterator[str]:
    columns = _count(model, "columnCount", parent)
    for section in range(columns):
        yield str(model.headerData(section, Qt.Orientation.Horizontal) or "")
    for row in range(min(_count(model, "rowCount", parent), 60)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield value
            if depth < 2 and column == 0 and index.isValid() and _count(model, "rowCount", index):
                yield from _model_texts(model, index, depth + 1)


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for everything in ``root`` a person can read."""
    for w in [root, *root.findChildren(QWidget)]:
        if w is not root and not w.isVisibleTo(root):
            continue  # hidden: "Technical details" until asked for, another tab's page
        name = f"{type(w).__name__} {w.objectName()}".strip()
        if w.isWindow():
            yield name, w.windowTitle()
        yield name, w.toolTip()
        if isinstance(w, QLabel | QAbstractButton):
            yield name, w.text()
        elif isinstance(w, QLineEdit):
            yield name, w.placeholderText()
        elif isinstance(w, QPlainTextEdit | QTextEdit):
            yield name, w.placeholderText()
            if w.isReadOnly():
                yield name, w.toPlainText()
        elif isinstance(w, QComboBox):
            yield from ((name, w.itemText(i)) for i in range(w.count()))
        elif isinstance(w, QTabBar):
            yield from ((name, w.tabText(i)) for i in range(w.count()))
        elif isinstance(w, QGroupBox):
            yield name, w.title()
        elif isinstance(w, QAbstractSpinBox):
            yield name, w.specialValueText()
            yield name, getattr(w, "suffix", lambda: "")()
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            yield from ((name, t) for t in _model_texts(w.model(), QModelIndex()))
        if isinstance(w, QMenu):
            yield name, w.title()
        for action in QWidget.actions(w):  # (a pane may shadow actions())
            yield name, action.text()
            yield name, action.toolTip()


def english_in(root: QWidget, english: set[str]) -> list[tuple[str, str, str]]:
    """English words on ``root`` as shown, and on every page of each of its tab widgets."""
    texts = list(visible_texts(root))
    for tabs in root.findChildren(QTabWidget):
        if tabs.isVisibleTo(root):
            shown = tabs.currentIndex()
            for page in range(tabs.count()):
                tabs.setCurrentIndex(page)
                texts += visible_texts(tabs.widget(page))
            tabs.setCurrentIndex(shown)
    found = []
    for where, text in texts:
        for word in sorted(_words(text) & english):
            if (where.split()[-1], word) in OWN_NAMES:
                continue
            if (where, word, text[:90]) not in found:
                found.append((where, word, text[:90]))
    return found


@pytest.fixture
def filled(where) -> Iterator[Journal]:
    """German data only: a namesake, channels with vCard types, a note, an event."""
    j = Journal.open(where.journal, backup_dir=where.backups)
    juergen = create_contact(j, person(
        "Jürgen", "Weiß", organisation="Nordlicht Medien", city="Köln",
        birthday=Birthday(4, 22, 1956), source="barcamp",
        channels=[Channel("email", "juergen@example.org", "work"),
                  Channel("phone", "+49 170 5550123", "cell,pref")],
    )).value  # fmt: skip
    anna = create_contact(j, person("Anna", "Schmidt", organisation="Stadtwerke")).value
    create_contact(j, person("Anna", "Schmidt", organisation="Hafenamt"))
    fair = create_event(j, EventRecord("Stammtisch Süd", TODAY)).value
    create_interaction(j, InteractionRecord(
        occurred_at=dt.datetime(2026, 3, 2, 10), participants=[juergen.id, anna.id],
        kind="coffee", title="Kaffee am Hafen", body="Über Radwege gesprochen.",
        say_next="deinen Halbmarathon im Mai", event_id=fair.id,
    ))  # fmt: skip
    add_follow_up(j, FollowUpRecord("Artikel schicken", juergen.id,
                                                due_on=dt.date(2026, 3, 20)))  # fmt: skip
    yield j
    j.close()


def _dialogs(window, journal: Journal, where) -> Iterator[QWidget]:
    from netzjournal import keys
    from netzjournal.ui.backups_dialog import BackupsDialog
    from netzjournal.ui.coach.templates_dialog import TemplatesDialog
    from netzjournal.ui.contacts.editor import ContactEditor
    from netzjournal.ui.events_tab.debrief import DebriefDialog
    from netzjournal.ui.events_tab.editor import EventEditor, OccurrenceDialog
    from netzjournal.ui.interchange.export_dialog import ExportDialog
    from netzjournal.ui.interchange.wizard import ImportWizard
    from netzjournal.ui.privacy import EncryptDialog, RecoveryKeyDialog, UnlockDialog
    from netzjournal.ui.recovery_dialog import RecoveryDialog
    from netzjournal.ui.settings_dialog import SettingsDialog
    from netzjournal.ui.shortcuts_dialog import ShortcutsDialog
    from netzjournal.ui.sync_pairs import SyncPairsDialog
    from netzjournal.ui.sync_review import SyncReviewDialog

    ids = [r.id for r in contact_rows(journal)]
    juergen = next(i for i in ids if get_contact(journal, i).given_name == "Jürgen")
    occurrence = occurrences(journal, TODAY, TODAY)[0]
    yield ContactEditor(journal, None, new=True, parent=window)
    yield ContactEditor(journal, get_contact(journal, juergen), parent=window)
    yield window.quick_note_dialog()
    yield SettingsDialog(where, journal, window)
    yield BackupsDialog(lambda: journal, lambda _b: None, where, window)
    yield ExportDialog(journal, [juergen], window)
    yield ImportWizard(journal, window.undo_stack, window)
    yield ShortcutsDialog(window.menuBar(), window)
    yield TemplatesDialog(journal, window)
    yield SyncReviewDialog(journal, window)
    yield SyncPairsDialog(journal, [get_contact(journal, i).uid for i in ids[:5]], window)
    yield EventEditor(journal, None, TODAY, window)
    yield EventEditor(journal, get_event(journal, occurrence.event_id), TODAY, window)
    yield OccurrenceDialog(occurrence, window)
    yield DebriefDialog(journal, occurrence, window.undo_stack, window)
    create_backup(journal, where.backups, reason="manual")
    damaged = JournalDamaged(where.journal, "file is not a database")
    yield RecoveryDialog(damaged, checked_backups(where.backups), window)
    yield EncryptDialog(where, window)
    yield UnlockDialog(where, keys.Lock("passphrase"), window)
    yield UnlockDialog(where, keys.Lock("keyring"), window)
    yield RecoveryKeyDialog("ABCD-EFGH-IJKL-MNOP", window)
    yield RecoveryKeyDialog("ABCD-EFGH-IJKL-MNOP", window, new=True)
    chosen = cipher.new_marker(cipher.Key(passphrase="Messe-Kontakte-2027"), "")
    yield UnlockDialog(where, keys.Lock("passphrase"), window, expected=chosen, changing=True)
    from netzjournal.ui.rekey import ChangeKeyDialog

    yield ChangeKeyDialog(where, window)
    from netzjournal.ui.contacts.merge import MergeDialog

    yield MergeDialog(["Jürgen Weiß · Nordlicht Medien", "Jürgen Weiß · Köln"], window)
    from netzjournal.store.duplicates import people_facts
    from netzjournal.ui.contacts.merge import facts_text

    facts = people_facts(journal, ids[:2])
    details = [facts_text(facts[i]) for i in ids[:2]]
    yield MergeDialog(["Jürgen Weiß · Nordlicht Medien", "Jürgen Weiß · Köln"], window, details)
    from netzjournal.ui.contacts.duplicates import DuplicatesDialog

    yield DuplicatesDialog(journal, window.undo_stack, window.contacts.merge_pair, window)
    from netzjournal.ui.contacts.merge import MergePartnerDialog

    yield MergePartnerDialog(
        "Frank Meyer · Hildesheim",
        ["Frank Meyer · Continental AG", "Frank Meyer · Meyer Controlling Beratung"],
        window,
    )
    from netzjournal.ui.new_person import NewPersonDialog

    yield NewPersonDialog("Kai von Figma", "Kai", "Figma", window)


#: Every dialog class of the interface: a new one must be added to _dialogs().
DIALOGS = {"ContactEditor", "QuickNoteDialog", "SettingsDialog", "BackupsDialog",
           "ExportDialog", "ImportWizard", "ShortcutsDialog", "TemplatesDialog",
           "SyncReviewDialog", "SyncPairsDialog", "EventEditor", "OccurrenceDialog",
           "DebriefDialog",
           "RecoveryDialog", "EncryptDialog", "UnlockDialog", "RecoveryKeyDialog",
           "MergeDialog", "MergePartnerDialog", "ChangeKeyDialog", "NewPersonDialog",
           "DuplicatesDialog"}  # fmt: skip


def test_every_dialog_class_is_looked_at():
    classes = []  # (name, base) of every class of one base
    for path in (REPO / "netzjournal" / "ui").rglob("*.py"):
        classes += re.findall(r"^class (\w+)\((\w+)\)", path.read_text(), re.M)
    dialogs = {"QDialog"}  # and a dialog's subclasses, to any depth
    while grown := {name for name, base in classes if base in dialogs} - dialogs:
        dialogs |= grown
    # A private base (merge's _ChoiceDialog) is looked at through its subclasses.
    assert {d for d in dialogs - {"QDialog"} if not d.startswith("_")} == DIALOGS


def test_the_english_word_list_is_the_apps_own():
    english = english_words()
    assert {"delete", "contact", "save", "birthday", "quick"} <= english
    assert "kontakt" not in english and "name" not in english


def test_the_check_sees_english_where_there_is_english(filled, where, qtbot):
    """The same look at the English interface finds the words: the check can fail."""
    from netzjournal.ui.main_window import MainWindow

    window = MainWindow(filled, where, today=lambda: TODAY)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_painted, timeout=30_000):
        window.show()
    words = {word for _w, word, _t in english_in(window, english_words())}
    assert {"contacts", "search", "quick"} <= words, words


def test_german_windows_show_no_english_word(german, filled, where, qtbot):
    from netzjournal.ui.main_window import REVIEW, MainWindow

    english = english_words()
    window = MainWindow(filled, where, today=lambda: TODAY)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_painted, timeout=30_000):
        window.show()
    qtbot.waitUntil(lambda: window.findChild(QWidget, "coachPane") is not None, timeout=30_000)
    found = []
    for view in range(5):
        window.show_view(view)
        qtbot.wait(50)
        found += english_in(window, english)
        if view == REVIEW:  # the review as it is made ("Rückblick wird erstellt …"), then made
            qtbot.waitUntil(lambda: not window.review.busy, timeout=30_000)
            found += english_in(window, english)
    window.contacts.select(contact_rows(filled)[0].id)
    found += english_in(window, english)

    # The privacy view ("everything stored about this person"), opened as a person does.
    def look(dialog: QWidget) -> None:
        found.extend(english_in(dialog, english))
        dialog.reject()

    when_modal(look, lambda w: w.objectName() == "allDataDialog")
    window.contacts.show_all_data()

    looked_at = set()
    for dialog in _dialogs(window, filled, where):
        looked_at.add(type(dialog).__name__)
        dialog.show()
        qtbot.wait(20)
        found += [(type(dialog).__name__, *f[1:]) for f in english_in(dialog, english)]
        dialog.hide()
        if isinstance(dialog, QDialog) and dialog is not window.quick_note_dialog():
            dialog.deleteLater()
    assert looked_at == DIALOGS
    # The first screen of an empty journal.
    from netzjournal.ui.welcome import WelcomePage

    welcome = WelcomePage(where, window.actions_)
    qtbot.addWidget(welcome)
    welcome.show()
    found += [("WelcomePage", *f[1:]) for f in english_in(welcome, english)]
    found = list(dict.fromkeys(found))
    assert not found, "\n".join(f"{w}: {word!r} in {text!r}" for w, word, text in found)
    QApplication.processEvents()


def test_the_system_language_is_named_in_german_in_the_settings(german, where, qtbot, monkeypatch):
    from netzjournal.ui import i18n
    from netzjournal.ui.settings_dialog import SettingsDialog

    for system, named in (("en", "Englisch"), ("de", "Deutsch")):
        monkeypatch.setattr(i18n, "choose_language", lambda _override, s=system: s)
        journal = Journal.open(where.journal)
        try:
            dialog = SettingsDialog(where, journal)
            qtbot.addWidget(dialog)
            # "Wie das System (Englisch)", not "(English)" inside a German sentence;
            # the choices themselves keep their own names (Deutsch, English).
            assert dialog.language.itemText(0) == f"Wie das System ({named})"
            assert [dialog.language.itemText(i) for i in (1, 2)] == ["Deutsch", "English"]
        finally:
            journal.close()
