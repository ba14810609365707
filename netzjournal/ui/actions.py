"""Every window-level action, declared in one place with its shortcut.

Panes and menus fetch actions from :class:`Actions`; nothing else creates
window-level QActions, so shortcuts cannot collide unnoticed.

The shortcuts are declared here but bound by :meth:`Actions.bind_shortcuts`,
which the main window calls right after its first paint: QKeySequence and
its 70-odd standard keys cost the start ~2 ms, and no key press is handled
before that paint anyway.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent


class Key(str):
    """A ``QKeySequence.StandardKey`` by name, e.g. ``Key("New")``: the platform's own keys."""


class KeyWatch(QObject):
    """Tells, while an action is triggered, whether its shortcut did it (``by_key``)
    or a click in a menu: the coach's key does more than its menu item.

    An event filter made when the shortcuts are bound, after the first paint: the
    first instance of a Python subclass costs ~6 M instructions (callgrind), which a
    QAction subclass made with the other actions put before the first paint."""

    by_key = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        from PySide6.QtCore import QEvent

        if event.type() != QEvent.Type.Shortcut:
            return False
        self.by_key = True
        try:
            watched.event(event)  # handled here: the action is triggered
        finally:
            self.by_key = False
        return True


class Actions(QObject):
    """The main window's actions; texts are translated when created."""

    coach_key: KeyWatch | None = None  # whether Ctrl+Shift+C triggers toggle_coach

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        # File
        self._shortcuts: list[tuple[QAction, tuple[str, ...]]] = []
        self.quick_note = self._make(self.tr("&Quick note…"), Key("New"))
        self.new_contact = self._make(self.tr("New &contact…"), "Ctrl+Shift+N")
        self.backups = self._make(self.tr("&Backups…"), "Ctrl+Shift+B")
        self.import_contacts = self._make(self.tr("&Import contacts…"), "Ctrl+I")
        # A Google or Outlook calendar export is looked for where contacts are imported:
        # only the events view's button took it (Jonas looked in the File menu).
        self.import_calendar = self._make(self.tr("Import c&alendar (.ics)…"))
        self.export = self._make(self.tr("E&xport…"), "Ctrl+Shift+E")
        self.restore_json = self._make(self.tr("&Restore from JSON export…"))
        self.show_all_data = self._make(self.tr("Show everything stored about this person…"))
        self.delete_everywhere = self._make(self.tr("Delete this person everywhere…"))
        self.sync_now = self._make(self.tr("S&ync now"), "F5")
        self.sync_review = self._make(self.tr("Sync: conflicts and inbox…"))
        self.sync_last = self._make(self.tr("&Last sync…"))
        self.settings = self._make(self.tr("&Settings…"), Key("Preferences"), "Ctrl+,")
        self.demo = self._make(self.tr("Explore a &demo journal"))
        self.open_data_folder = self._make(self.tr("Open the data &folder"))
        self.quit = self._make(self.tr("&Quit"), Key("Quit"), "Ctrl+Q")
        # Edit
        self.find = self._make(self.tr("&Search everything"), Key("Find"), "Ctrl+K")
        self.edit_contact = self._make(self.tr("&Edit contact…"), "Ctrl+E")
        self.archive_contact = self._make(self.tr("&Archive or restore contact"), "Ctrl+Shift+A")
        # Shown only beside the archive entry for a mixed selection (name_for_selection);
        # its Alt letter is the menu's choice (mnemonics.assign_menu), not the toggle's.
        restore = self.tr("Restore %Ln contact(s) from the &archive", "", 1)
        self.restore_contacts = self._make(restore.replace("&", ""))
        self.restore_contacts.setVisible(False)
        self.delete_contact = self._make(self.tr("&Delete contact…"), Key("Delete"))
        # (the shortcuts overview names them so; the menus as the selection has it)
        for action in (self.archive_contact, self.delete_contact):
            action.setProperty("overview_text", action.text())
        self.merge_contacts = self._make(self.tr("&Merge two contacts…"), "Ctrl+M")
        self.find_duplicates = self._make(self.tr("Find d&uplicates…"))
        self.add_tag = self._make(self.tr("Add ta&g…"), "Ctrl+T")
        # The list's context menu from the keyboard (the Menu key opens it natively).
        self.context_menu = self._make(self.tr("Menu of the selected contacts"), "Shift+F10")
        self.save_note = self._make(self.tr("Save &note"), Key("Save"))
        self.delete_note = self._make(self.tr("Delete n&ote…"), Key("Delete"))
        # View
        self.view_contacts = self._make(self.tr("&Contacts"), "Ctrl+1")
        self.view_notes = self._make(self.tr("Meeting &notes"), "Ctrl+2")
        self.view_timeline = self._make(self.tr("&Timeline"), "Ctrl+3")
        self.view_review = self._make(self.tr("&Yearly review"), "Ctrl+4")
        self.view_events = self._make(self.tr("&Events"), "Ctrl+5")
        self.toggle_coach = self._make(self.tr("Reconnect &coach"), "Ctrl+Shift+C")
        self.toggle_coach.setCheckable(True)
        # Help
        self.shortcuts = self._make(self.tr("&Keyboard shortcuts…"), Key("HelpContents"))
        self.about = self._make(self.tr("&About netzjournal"))
        self.data_location = self._make(self.tr("Where my &data lives…"))
        # Delete acts on the focused list only; the panes add these to their views.
        for action in (self.delete_contact, self.delete_note, self.context_menu):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def name_for_selection(self, count: int, archived: int) -> None:
        """Archive and delete say what they act on: "&Archive 3 contacts", "&Delete
        contact…"; "Restore …" when all selected are archived. ``archived``: how many
        of the ``count`` selected are. A mixed selection gets two entries, each naming
        its part: "Archive the 2 contacts not archived" (the toggle's key does that) and
        "Restore the archived contact from the archive" (restore_contacts, shown only
        then). ``count`` 0: the general names. Plural forms are the translations'
        (English ones too: netzjournal_en.ts). Each keeps the Alt letter the menu gave
        it (mnemonics.assign_menu)."""
        from netzjournal.ui.mnemonics import relabel

        mixed = 0 < archived < count
        # Archiving more than one asks first (ContactsPane.archive_selected): the plural
        # forms of the archive entries end in "…" in the catalogues, the singular not.
        if not count:
            archive, delete = self.tr("&Archive or restore contact"), self.tr("&Delete contact…")
        else:
            delete = self.tr("&Delete %Ln contact(s)…", "", count)
            if archived == count:
                archive = self.tr("Restore %Ln contact(s) from the &archive", "", count)
            elif mixed:  # (which ones: "Kontakt archivieren" beside two selected read as both)
                archive = self.tr("&Archive the %Ln contact(s) not archived", "", count - archived)
            else:
                archive = self.tr("&Archive %Ln contact(s)", "", count)
        relabel(self.archive_contact, archive)
        relabel(self.delete_contact, delete)
        if mixed:
            relabel(
                self.restore_contacts,
                self.tr("Restore the %Ln archived contact(s) from the &archive", "", archived),
            )
        self.restore_contacts.setVisible(mixed)

    def _make(self, text: str, *shortcuts: str) -> QAction:
        # Not QAction(text, parent): PySide then weighs the QAction(QIcon, text) overload and
        # builds its QIcon type (3 enums, 157 members): ~11 M instructions at the start.
        action = QAction(self.parent())
        action.setText(text)
        if shortcuts:
            self._shortcuts.append((action, shortcuts))
        return action

    def bind_shortcuts(self) -> None:
        """Give every action its shortcuts (once; the first paint does not need them)."""
        from PySide6.QtGui import QKeySequence

        pending, self._shortcuts = self._shortcuts, []
        if pending:
            self.coach_key = KeyWatch(self)
            self.toggle_coach.installEventFilter(self.coach_key)
        for action, shortcuts in pending:
            keys: list[QKeySequence] = []
            for shortcut in shortcuts:
                if isinstance(shortcut, Key):
                    keys += QKeySequence.keyBindings(getattr(QKeySequence.StandardKey, shortcut))
                else:
                    keys.append(QKeySequence(shortcut))
            unique = list(dict.fromkeys(k.toString() for k in keys if not k.isEmpty()))
            action.setShortcuts([QKeySequence(k) for k in unique])

    def all(self) -> list[QAction]:
        return [a for a in vars(self).values() if isinstance(a, QAction)]
