"""Every dialog can be worked by Alt+letter, in German and English.

The keyboard walk (a consultant with 5,000 contacts, no mouse): the contact editor,
settings, the event editor and the merge question had no mnemonic at all (Alt+M did
not merge; reaching "City" took eleven Tabs). Now every button, check box, radio
button, tab and labelled field of each dialog has a letter, none twice where both can
be seen, chosen from the text shown in the interface's language.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from netzjournal.ui import mnemonics
from netzjournal.ui.contacts.merge import MergeDialog
from netzjournal.ui.dialog_shots import _built


def test_a_word_start_first_then_any_free_letter():
    taken: set[str] = set()
    assert mnemonics.with_mnemonic("Save note", taken) == "&Save note"
    assert mnemonics.with_mnemonic("Show archived", taken) == "Show &archived"
    assert mnemonics.with_mnemonic("Sa", taken) is None  # s and a are taken
    assert mnemonics.with_mnemonic("Tom & Jerry", taken) == "&Tom && Jerry"
    assert mnemonics.with_mnemonic("Ähnliche Übersicht", taken) == "Ä&hnliche Übersicht"
    assert mnemonics.marked("Tom && &Jerry") == "j"
    assert mnemonics.marked("Tom && Jerry") is None


def _shown_texts(dialog: QWidget) -> dict[QWidget | None, list[str]]:
    """The texts that take a mnemonic, by the tab page they stand on (None: around)."""
    pages = {  # tab pages and wizard pages: one shown at a time
        stack.widget(i)
        for stack in dialog.findChildren(QStackedWidget)
        for i in range(stack.count())
    }
    found: dict[QWidget | None, list[str]] = {}
    for w in dialog.findChildren(QWidget):
        if w.window() is not dialog.window():
            continue  # a window of its own
        if isinstance(w, (QPushButton, QCheckBox, QRadioButton)) or (
            isinstance(w, QLabel)
            and w.buddy() is not None
            and "<" not in w.text()
            and not w.wordWrap()  # (a sentence naming its field gets no letter)
        ):
            text = w.text()
        elif isinstance(w, QGroupBox):
            text = w.title()
        elif isinstance(w, QTabWidget):
            found.setdefault(None, []).extend(w.tabText(i) for i in range(w.count()))
            continue
        else:
            continue
        if not any(ch.isascii() and ch.isalnum() for ch in text):
            continue  # "✕", "…": nothing to underline
        page, parent = None, w.parentWidget()
        while parent is not None and parent is not dialog:
            if parent in pages:
                page = parent
                break
            parent = parent.parentWidget()
        found.setdefault(page, []).append(text)
    return found


def test_every_dialog_has_a_letter_for_each_control_none_twice(language, demo_window, qtbot):
    demo_window.contacts.table.selectRow(0)
    seen = 0
    for name, dialog in _built(demo_window):
        scopes = _shown_texts(dialog)
        around = [mnemonics.marked(t) for t in scopes.get(None, [])]
        for page, texts in scopes.items():
            letters = [m for t in texts if (m := mnemonics.marked(t)) is not None]
            if page is not None:
                letters += [m for m in around if m is not None]
            assert len(set(letters)) == len(letters), (name, sorted(texts))
            # Without one only where each of its letters went to another ("Nähe ●●○○○"
            # five times over has three letters for five closeness labels).
            unmarked = [t for t in texts if mnemonics.marked(t) is None]
            for text in unmarked:
                own = {ch.lower() for ch in text if ch.isascii() and ch.isalnum()}
                assert own <= set(letters), (name, text, sorted(own - set(letters)))
            seen += len(texts) - len(unmarked)
        dialog.deleteLater()
    assert seen > 100


def test_the_merge_question_has_alt_letters_and_enter_still_cancels(qtbot, language):
    """Alt+M did not merge (the keyboard walk); the letter is now Qt's own mnemonic."""
    dialog = MergeDialog(["Anna Müller · Isar Health", "Anna Müller · Elbtal Energie"])
    qtbot.addWidget(dialog)
    merge = dialog.merge_button
    letter = mnemonics.marked(merge.text())
    assert letter is not None and letter in merge.text().replace("&", "").lower()
    assert QKeySequence.mnemonic(merge.text()) == QKeySequence(f"Alt+{letter.upper()}")
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    with qtbot.waitSignal(dialog.rejected, timeout=2000):
        QTest.keyClick(dialog, Qt.Key.Key_Return)  # merging takes someone away: Enter cancels


def test_a_label_takes_a_free_letter_for_its_field(qtbot):
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    label, field = QLabel("City"), QLineEdit()
    label.setBuddy(field)
    row_label, row = QLabel("Given name"), QHBoxLayout()
    first, second = QLineEdit(), QLineEdit()
    row.addWidget(first)
    row.addWidget(second)
    form = QFormLayout()
    form.addRow(row_label, row)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    layout.addWidget(label)
    layout.addWidget(field)
    layout.addLayout(form)
    layout.addWidget(box)
    mnemonics.assign(root, reserved="c")  # "c" is the menu bar's
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert isinstance(cancel, QAbstractButton) and cancel.text() == "C&ancel"
    assert label.text() == "C&ity"
    assert row_label.buddy() is first and row_label.text() == "&Given name"


def test_every_menu_entry_has_a_letter_of_its_own(make_window, language):
    """ "Show everything stored about this person…", "Delete this person everywhere…"
    and "Sync: conflicts and inbox…" had none; in English "&Contacts" and "Reconnect
    &coach" shared Alt+C in the View menu (the keyboard walk)."""
    w = make_window()
    titles = [a for a in w.menuBar().actions() if a.menu() is not None]
    assert len({mnemonics.marked(a.text()) for a in titles}) == len(titles)
    for title in titles:
        texts = [a.text() for a in title.menu().actions() if not a.isSeparator()]
        letters = [mnemonics.marked(t) for t in texts]
        assert None not in letters, texts
        assert len(set(letters)) == len(letters), texts


def test_every_view_has_letters_for_its_buttons_and_fields_none_a_menus(
    demo_window, qtbot, language
):
    """The views' buttons and labelled fields had no Alt+letter (the note editor's
    fields, "Show archived", "Save as PDF…", the events' "Debrief…"); now each view
    has its own, none a menu title's (those open the menus)."""
    w = demo_window
    for view in range(5):
        w.show_view(view)
    qtbot.waitUntil(lambda: w._lettered)
    menus = {mnemonics.marked(a.text()) for a in w.menuBar().actions()}
    seen = 0
    for index in range(w.tabs.count()):
        pane = w.tabs.widget(index)
        for texts in _shown_texts(pane).values():
            letters = [m for t in texts if (m := mnemonics.marked(t)) is not None]
            assert len(set(letters)) == len(letters), (index, sorted(texts))
            assert not set(letters) & menus, (index, sorted(texts))
            for text in texts:
                if mnemonics.marked(text) is None:  # only where its letters all went
                    own = {ch.lower() for ch in text if ch.isascii() and ch.isalnum()}
                    assert own <= set(letters) | menus, (index, text)
            seen += len(letters)
    assert seen > 20
    coach = w.coach_dock
    assert not [b.text() for b in coach.findChildren(QAbstractButton)
                if mnemonics.marked(b.text())]  # fmt: skip


def test_a_letter_moves_on_so_that_the_last_text_has_one_too(qtbot):
    """Each text took its best free letter in turn: "Ba" took b, "Bc" c, and "Cb" found
    both of its letters taken, though "Ba" could have taken a."""
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    buttons = [QPushButton(text) for text in ("Ba", "Bc", "Cb")]
    for button in buttons:
        layout.addWidget(button)
    mnemonics.assign(root)
    letters = [mnemonics.marked(b.text()) for b in buttons]
    assert None not in letters and len(set(letters)) == 3, [b.text() for b in buttons]
    assert buttons[1].text() == "&Bc"  # (the others keep their best where they can)


def test_a_page_s_later_fields_may_take_the_other_pages_letters(qtbot):
    """Letters are given again when a page gains fields (the import's column mapping):
    the other pages' letters, never shown with it, were kept from the new fields."""
    root = QWidget()
    qtbot.addWidget(root)
    stack = QStackedWidget(root)
    first, second = QWidget(), QWidget()
    stack.addWidget(first)
    stack.addWidget(second)
    QVBoxLayout(first).addWidget(QPushButton("Go"))
    others = QVBoxLayout(second)
    for text in ("Ort", "Rad"):
        others.addWidget(QPushButton(text))
    mnemonics.assign(root)
    label, field = QLabel("Or", first), QLineEdit(first)
    label.setBuddy(field)
    first.layout().addWidget(label)
    first.layout().addWidget(field)
    mnemonics.assign(root)
    assert label.text() == "&Or"  # ("o" and "r" are the other page's "&Ort" and "&Rad")


def test_every_field_of_the_column_mapping_has_a_letter_of_its_own(
    make_window, qtbot, tmp_path, language
):
    """The import's column mapping (a CSV of no known layout): in German „Spitzname“,
    „Organisation“ and „Notizen“ had no Alt+letter, in English "Salutation" and
    "Organisation". Now every field's label and every button of the page has its own,
    the label's for its field."""
    from netzjournal.interchange.csv_in import MAPPABLE
    from netzjournal.ui.interchange.wizard import ImportWizard

    window = make_window()
    odd = tmp_path / "crm.csv"
    odd.write_text("Kunde;Mail;Telefon\nAda Lovelace;ada@example.org;0151 1234567\n")
    wizard = ImportWizard(window.journal, window.undo_stack, window)
    qtbot.addWidget(wizard)
    wizard.set_paths([odd])
    wizard.build_plan()  # (asks for the columns first)
    assert wizard.pages.currentIndex() == 0 and not wizard.mapping_box.isHidden()
    page = wizard.pages.widget(0)
    labels = [w for w in wizard.mapping_box.findChildren(QLabel) if w.buddy() is not None]
    assert len(labels) == len(MAPPABLE)
    buttons = [b for b in page.findChildren(QPushButton) if b.text()]
    texts = [w.text() for w in (*labels, *buttons)]
    letters = [mnemonics.marked(t) for t in texts]
    assert None not in letters, texts
    assert len(set(letters)) == len(letters), texts
    combos = set(wizard.mapping_combos.values())
    for label in labels:
        letter = mnemonics.marked(label.text())
        assert letter is not None and label.buddy() in combos
        assert QKeySequence.mnemonic(label.text()) == QKeySequence(f"Alt+{letter.upper()}")
