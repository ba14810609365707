"""Help → Keyboard shortcuts: every shortcut of the window, read from its menus
(so the list cannot fall behind), and the keys that work inside the editors,
lists and pickers — in the interface language ("Strg+N" in German)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMenuBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from netzjournal.ui import mnemonics, style
from netzjournal.ui.padded_rows import PaddedRows


def _plain(text: str) -> str:
    """A menu text without its mnemonic and ellipsis ("&Quick note…" → "Quick note")."""
    return mnemonics.plain(text).rstrip("…").strip()


_PLAIN_KEYS = {f"F{n}" for n in range(1, 13)} | {"Del", "Backspace", "Esc", "Return"}


def _typable(key: QKeySequence) -> bool:
    """A key on every keyboard: with a modifier, F1–F12, Delete, Esc… — not the
    "Undo", "Find" or F14 keys a platform's standard bindings add for rare keyboards."""
    text = key.toString(QKeySequence.SequenceFormat.PortableText)
    return "+" in text or text in _PLAIN_KEYS


def _keys(action: QAction) -> str:
    return ", ".join(
        k.toString(QKeySequence.SequenceFormat.NativeText)
        for k in action.shortcuts()
        if not k.isEmpty() and _typable(k)
    )


def _key(text: str) -> str:
    """A key written portably ("Ctrl+Return") in the interface language ("Strg+Eingabe")."""
    native = QKeySequence(text).toString(QKeySequence.SequenceFormat.NativeText)
    # Qt calls the key "Return" ("Strg+Return" in German too); the hints in the quick
    # note and the debrief, and most keyboards, say Enter / Eingabe: one name for one key.
    return native.replace("Return", QCoreApplication.translate("ShortcutsDialog", "Enter"))


def editor_keys() -> list[tuple[str, list[tuple[str, str]]]]:
    """The keys that work inside windows and fields (no menu shows them)."""
    return [
        (
            QCoreApplication.translate(
                "ShortcutsDialog", "Quick note, contact, event and note editors"
            ),
            [
                (
                    QCoreApplication.translate("ShortcutsDialog", "Save and close"),
                    _key("Ctrl+Return"),
                ),
                (
                    QCoreApplication.translate(
                        "ShortcutsDialog", "Close (asks first if something was changed)"
                    ),
                    _key("Esc"),
                ),
                (
                    QCoreApplication.translate("ShortcutsDialog", "Next field / previous field"),
                    f"{_key('Tab')} / {_key('Shift+Tab')}",
                ),
            ],
        ),
        (
            QCoreApplication.translate("ShortcutsDialog", "Picking people"),
            [
                (
                    QCoreApplication.translate("ShortcutsDialog", "Take the highlighted name"),
                    _key("Return"),
                ),
                (
                    QCoreApplication.translate("ShortcutsDialog", "Move through the suggestions"),
                    f"{_key('Up')} / {_key('Down')}",
                ),
                (
                    QCoreApplication.translate("ShortcutsDialog", "Remove the last person"),
                    _key("Backspace"),
                ),
            ],
        ),
        (
            QCoreApplication.translate("ShortcutsDialog", "Lists and search"),
            [
                (
                    QCoreApplication.translate(
                        "ShortcutsDialog", "Open the selected search result or timeline entry"
                    ),
                    _key("Return"),
                ),
                (
                    QCoreApplication.translate("ShortcutsDialog", "Close the search results"),
                    _key("Esc"),
                ),
                (
                    QCoreApplication.translate("ShortcutsDialog", "Select several entries"),
                    QCoreApplication.translate("ShortcutsDialog", "Ctrl+click, Shift+click"),
                ),
                (
                    QCoreApplication.translate("ShortcutsDialog", "Menu of the selected contacts"),
                    f"{_key('Shift+F10')} / {_key('Menu')}",
                ),
            ],
        ),
    ]


class ShortcutsModel(QStandardItemModel):
    """Sections (a menu, an editor) with their rows: what it does, which keys."""

    def __init__(self, menu_bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ShortcutsDialog", "Action"),
                QCoreApplication.translate("ShortcutsDialog", "Keys"),
            ]
        )
        for menu_action in menu_bar.actions():
            menu = menu_action.menu()
            if not isinstance(menu, QMenu):
                continue
            rows = [(_plain(str(a.property("overview_text") or a.text())), _keys(a))
                    for a in menu.actions()
                    if not a.isSeparator() and _keys(a)]  # fmt: skip
            if rows:
                self._section(_plain(menu_action.text()), rows)
        for title, rows in editor_keys():
            self._section(title, rows)

    def _section(self, title: str, rows: list[tuple[str, str]]) -> None:
        head = QStandardItem(title)
        head.setEditable(False)
        font = head.font()
        font.setBold(True)
        head.setFont(font)
        blank = QStandardItem("")
        blank.setEditable(False)
        for what, keys in rows:
            left, right = QStandardItem(what), QStandardItem(keys)
            left.setEditable(False)
            right.setEditable(False)
            head.appendRow([left, right])
        self.appendRow([head, blank])


class ShortcutsDialog(QDialog):
    def __init__(self, menu_bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(QCoreApplication.translate("ShortcutsDialog", "Keyboard shortcuts"))
        self.model = ShortcutsModel(menu_bar, self)
        self.view = QTreeView()
        self.view.setObjectName("shortcutsView")
        self.view.setAccessibleName(self.windowTitle())
        self.view.setModel(self.model)
        self.view.setItemDelegate(PaddedRows(self.view))
        self.view.setRootIsDecorated(False)
        self.view.setItemsExpandable(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.expandAll()
        for row in range(self.model.rowCount()):  # a section's title spans both columns
            self.view.setFirstColumnSpanned(row, QModelIndex(), True)
        self.view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.view.header().setStretchLastSection(True)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        # Both columns whole (German keys run long: "Strg+Umschalt+N"), no sideways scrolling.
        needed = sum(self.view.sizeHintForColumn(c) for c in (0, 1)) + 2 * style.SPACE.XL
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        style.finish_dialog(self, minimum=(64, 20))
        # Never wider than the window it is over (else the screen): in German at 800×600
        # it was 827 px, its Close button off the screen.
        across = parent.window().width() if parent is not None else 0
        if across <= 0 and self.screen() is not None:
            across = self.screen().availableGeometry().width()
        room = across * 95 // 100 if across > 0 else 10_000
        self.setMinimumWidth(min(max(self.minimumWidth(), needed + 2 * style.SPACE.M), room))
        # As tall as its rows (every one shown, no scrolling) while the window it is
        # over (else the screen) holds them: 85 % of it, so it stays a dialog on it.
        rows = sum(
            1 + self.model.rowCount(self.model.index(r, 0)) for r in range(self.model.rowCount())
        )
        row_height = self.view.sizeHintForRow(0) if rows else 0
        chrome = self.sizeHint().height() - self.view.sizeHint().height()
        view = (
            self.view.header().sizeHint().height() + rows * row_height + 2 * self.view.frameWidth()
        )
        height = chrome + view + style.SPACE.S
        over = parent.window().height() if parent is not None else 0
        if over <= 0:
            over = self.screen().availableGeometry().height() if self.screen() else height
        self.resize(
            min(self.minimumWidth() + 2 * style.SPACE.XL, room), min(height, over * 85 // 100)
        )
