"""Alt+letter for every labelled control of a dialog, in the language it shows.

Qt underlines a mnemonic only where a text holds an "&". Off KDE (whose
KAcceleratorManager adds them to every window) our dialogs had none: the
contact editor, settings, the event editor, the merge question — a keyboard
user tabbed through every field to reach one. Rather than an "&" in each of
some hundred translated strings, checked by hand for clashes in two languages,
the letters are chosen when a dialog is built, from the texts it shows: a
word's first letter where it is free, else another of its letters. Letters a
text already marks ("&Save") are kept and never given twice.

Tab pages (and a wizard's pages) are shown one at a time, so each page's controls
share letters only with the controls around them, not with the other pages'.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QLayout, QMenu, QWidget

# (The widget classes are imported where used: the menus take their letters right after
# the first paint, and each class PySide builds costs the start time.)


@dataclass
class _Text:
    get: Callable[[], str]
    put: Callable[[str], None]


def literal(text: str) -> str:
    """The user's own words (a name, "Kanzlei Meyer & Söhne") for a text that takes a
    mnemonic — a button, radio button, check box or action: each "&" doubled, so that it
    is shown rather than marking the letter after it."""
    return text.replace("&", "&&")


def plain(text: str) -> str:
    """``text`` without its mnemonic: each "&" gone, each "&&" one literal "&"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def marked(text: str) -> str | None:
    """The letter ``text`` already marks with "&" (lower case), None if none ("&&" is a
    literal ampersand)."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].lower()
            i += 1
        i += 1
    return None


def relabel(action: QAction, text: str) -> None:
    """A new text for a menu entry whose words follow what it acts on ("&Archive 3
    contacts"), keeping the Alt letter the menu gave it (:func:`assign_menu`) where the
    new text holds that letter; else the text's own."""
    letter = marked(action.text())
    if letter is not None and marked(text) != letter:
        words = plain(text)
        others = {ch.lower() for ch in words if _usable(ch)} - {letter}
        text = with_mnemonic(words, others) or text
    action.setText(text)


def _usable(ch: str) -> bool:
    # ASCII only: Alt+Ä or Alt+ß is not on every keyboard.
    return ch.isascii() and ch.isalnum()


def _preferred(text: str) -> list[int]:
    """Where ``text`` may take its mnemonic, best first: word starts, then any letter."""
    starts = [
        i for i, ch in enumerate(text) if _usable(ch) and (i == 0 or not text[i - 1].isalnum())
    ]
    return starts + [i for i, ch in enumerate(text) if _usable(ch) and i not in starts]


def _marked_at(text: str, i: int) -> str:
    """``text`` with "&" before its ``i``-th character, literal ampersands doubled."""
    escaped = text.replace("&", "&&")
    at = i + text[:i].count("&")  # where the letter stands after the doubling
    return escaped[:at] + "&" + escaped[at:]


def with_mnemonic(text: str, taken: set[str]) -> str | None:
    """``text`` with "&" before its first free letter (word starts first); None if every
    letter is taken. Literal ampersands are doubled."""
    for i in _preferred(text):
        letter = text[i].lower()
        if letter not in taken:
            taken.add(letter)
            return _marked_at(text, i)
    return None


def _texts_of(widget: QWidget) -> Iterable[_Text]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QCheckBox,
        QGroupBox,
        QLabel,
        QPushButton,
        QRadioButton,
        QTabWidget,
    )

    if isinstance(widget, (QPushButton, QCheckBox, QRadioButton)):
        yield _Text(widget.text, widget.setText)
    elif isinstance(widget, QLabel):
        # A label's mnemonic moves the focus to its buddy; without one "&" shows as is.
        # A wrapped sentence that names its field for a screen reader (the unlock
        # dialog's) is no field label: no letter underlined in a sentence.
        text_only = widget.textFormat() != Qt.TextFormat.RichText and "<" not in widget.text()
        if widget.buddy() is not None and text_only and not widget.wordWrap():
            yield _Text(widget.text, widget.setText)
    elif isinstance(widget, QGroupBox):
        yield _Text(widget.title, widget.setTitle)
    elif isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            yield _Text(partial(widget.tabText, i), partial(widget.setTabText, i))


def _page_of(widget: QWidget, root: QWidget, pages: set[QWidget]) -> QWidget | None:
    """The tab page ``widget`` is on (the innermost), None if on none below ``root``."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if parent in pages:
            return parent
        parent = parent.parentWidget()
    return None


def _buddies_for_rows(root: QWidget) -> None:
    """A form's label whose field is a row of widgets (given name beside middle names)
    gets the row's first field as its buddy, as a label beside one field has from Qt."""
    from PySide6.QtWidgets import QFormLayout, QLabel, QLayout

    from netzjournal.ui.layout_entries import form_rows

    for form in root.findChildren(QFormLayout):
        for roles in form_rows(form).values():
            widget = roles.get(QFormLayout.ItemRole.LabelRole)
            inner = roles.get(QFormLayout.ItemRole.FieldRole)
            if isinstance(widget, QLabel) and widget.buddy() is None and isinstance(inner, QLayout):
                first = _first_field(inner)
                if first is not None:
                    widget.setBuddy(first)


def _first_field(layout: QLayout) -> QWidget | None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLayout

    from netzjournal.ui.layout_entries import entries

    for entry in entries(layout):
        if isinstance(entry, QLayout):
            if (found := _first_field(entry)) is not None:
                return found
        elif entry.focusPolicy() & Qt.FocusPolicy.TabFocus:
            return entry
    return None


def assign(root: QWidget, reserved: str = "") -> None:
    """Give every button, check box, radio button, group box, tab and buddied label
    under ``root`` an Alt+letter it lacks, none twice where both can show; letters in
    ``reserved`` are left to others (a menu bar's)."""
    from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QStackedWidget, QWidget

    _buddies_for_rows(root)
    pages: set[QWidget] = set()  # a tab widget's pages and a wizard's stand in a stack
    for stack in root.findChildren(QStackedWidget):
        pages.update(w for w in (stack.widget(i) for i in range(stack.count())) if w is not None)
    scopes: dict[QWidget | None, list[_Text]] = {None: []}
    boxed: list[_Text] = []  # a button box's buttons choose first: Save, Cancel, …
    window = root.window()
    for widget in root.findChildren(QWidget):
        if widget.window() is not window:
            continue  # a dialog of its own (a progress dialog the wizard keeps)
        if isinstance(widget, QAbstractButton) and isinstance(
            widget.parentWidget(), QDialogButtonBox
        ):
            texts = boxed if _page_of(widget, root, pages) is None else None
            if texts is not None:
                texts.extend(_texts_of(widget))
                continue
        scopes.setdefault(_page_of(widget, root, pages), []).extend(_texts_of(widget))
    scopes[None][:0] = boxed
    outer = set(reserved.lower())
    for texts in scopes.values():  # a letter marked anywhere is kept from the outer scope
        outer.update(m for t in texts if (m := marked(t.get())) is not None)
    around = scopes.pop(None)
    _give(around, outer, first=len(boxed))
    # A page shares its letters only with what is around it, not with the other pages
    # (none shown with it): when a page gains fields after the first letters (the
    # import's column mapping), the other pages' letters are free for them — kept from
    # them, „Spitzname“, „Organisation“ and „Notizen“ were left without one.
    beside = set(reserved.lower())
    beside.update(m for t in around if (m := marked(t.get())) is not None)
    for texts in scopes.values():
        taken = set(beside)
        taken.update(m for t in texts if (m := marked(t.get())) is not None)
        _give(texts, taken)


def _choices(text: str) -> int:
    return len({ch.lower() for ch in text if _usable(ch)})


def _give(texts: list[_Text], taken: set[str], first: int = 0) -> None:
    """Letters for ``texts``: the first ``first`` as they stand (a button box's), then
    those with the fewest letters to choose from ("Ort" before "Organisation"), each
    its best free letter; one left without is given one by moving others to another
    of theirs (fifteen column names and five buttons on one page: greedily, German
    „Organisation“ found each of its letters taken)."""
    for t in texts[:first]:
        text = t.get()
        if text and marked(text) is None:
            # Unmarked, so every "&" in it is a doubled, literal one ("Meyer && Söhne").
            changed = with_mnemonic(text.replace("&&", "&"), taken)
            if changed is not None:
                t.put(changed)
    rest = [t for t in texts[first:] if t.get() and marked(t.get()) is None]
    rest.sort(key=lambda t: _choices(t.get()))
    words = [t.get().replace("&&", "&") for t in rest]
    chosen: dict[int, int] = {}  # text → the index of its letter
    owner: dict[str, int] = {}  # letter → the text it went to
    for n, text in enumerate(words):
        i = next((i for i in _preferred(text) if text[i].lower() not in taken | owner.keys()), -1)
        if i >= 0:
            chosen[n], owner[text[i].lower()] = i, n

    def move(n: int, seen: set[str]) -> bool:
        # (an augmenting path: this text takes a letter whose owner can move on)
        for i in _preferred(words[n]):
            letter = words[n][i].lower()
            if letter in taken or letter in seen:
                continue
            seen.add(letter)
            other = owner.get(letter)
            if other is None or move(other, seen):
                chosen[n], owner[letter] = i, n
                return True
        return False

    for n in range(len(words)):
        if n not in chosen:
            move(n, set())
    for n, i in chosen.items():
        rest[n].put(_marked_at(words[n], i))
    taken.update(owner)


def assign_menu(menu: QMenu) -> None:
    """Every entry of ``menu`` reached by a letter: one without ("Delete this person
    everywhere…") gets a free one, and of two marked alike ("&Contacts", "Reconnect
    &coach") the later gets another. Entries whose text changes later (undo's) keep
    the letter their own text marks."""
    taken: set[str] = set()
    for action in menu.actions():
        text = action.text()
        if action.isSeparator() or not text:
            continue
        letter = marked(text)
        if letter is not None and letter not in taken:
            taken.add(letter)
            continue
        changed = with_mnemonic(plain(text), taken)
        if changed is not None:
            action.setText(changed)
