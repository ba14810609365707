"""The main window. It only composes panes, actions and menus."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QScreen, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QWidget,
)

from netzjournal import __version__
from netzjournal.demo.folder import MARKER as DEMO_MARKER
from netzjournal.paths import DataPaths
from netzjournal.store.changes import ChangeSet
from netzjournal.store.contact_list import archived_count, journal_counts, journal_empty
from netzjournal.store.errors import NotFound, StoreError
from netzjournal.store.journal import Journal
from netzjournal.ui import style
from netzjournal.ui.actions import Actions
from netzjournal.ui.contacts.pane import ContactsPane
from netzjournal.ui.events import AppEvents
from netzjournal.ui.preferences import ui_settings
from netzjournal.ui.sort_menu import sort_menu
from netzjournal.ui.undo_menu import edit_actions
from netzjournal.ui.window_geometry import restore_geometry

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QMessageBox

    from netzjournal.store.backups import BackupInfo
    from netzjournal.store.cipher import Key
    from netzjournal.ui.coach.pane import CoachPane
    from netzjournal.ui.events_tab.pane import EventsPane
    from netzjournal.ui.notes.pane import NotesPane
    from netzjournal.ui.quick_note import QuickNoteDialog
    from netzjournal.ui.review.view import ReviewPane
    from netzjournal.ui.search import GlobalSearch
    from netzjournal.ui.timeline.pane import TimelinePane
    from netzjournal.ui.unsaved import UnsavedGuard
    from netzjournal.ui.welcome import WelcomePage

CONTACTS, NOTES, TIMELINE, REVIEW, EVENTS = range(5)
FIRST_SIZE = QSize(1280, 800)  # the window's size the first time, where the screen has room
# Narrower than this, the coach starts folded until the person opens it: beside it, the
# contacts list showed only names (four "Christoph Bäcker" rows, not told apart).
COACH_FOLDED_BELOW = 1000
# A sync's failures the status bar answers with "(Settings → Sync)" (ui/sync_runner.py).
SETTINGS_SYNC_ERRORS = ("no_password", "certificate", "certificate_changed")


class MainWindow(QMainWindow):
    # Once, after the first picture is on screen (contacts listed, or the
    # welcome page): work that the first paint need not wait for starts here.
    first_painted = Signal()
    _search: GlobalSearch | None

    def __init__(
        self,
        journal: Journal,
        paths: DataPaths,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal, self.paths, self.today = journal, paths, today
        if self.remembers_layout:  # the file dialogs' last folders, kept in window.ini
            from netzjournal.ui import file_places

            # (over the data folder, not the window: nothing keeps a closed window alive)
            file_places.keep_in(lambda: ui_settings(paths))
        self.setObjectName("mainWindow")
        self._set_title()
        self.actions_ = Actions(self)
        self.undo_stack = QUndoStack(self)
        self.events = AppEvents(journal, self)
        self._quick_note: QuickNoteDialog | None = None

        self.contacts = ContactsPane(journal, self.events, self.actions_, self.undo_stack, today)
        self.contacts.drafts_dir = paths.drafts
        # The notes and timeline panes are built when first shown: the start
        # only needs the contacts (see the `notes` and `timeline` properties).
        self._notes: NotesPane | None = None
        self._timeline: TimelinePane | None = None
        self.tabs = QTabWidget()
        self.tabs.setObjectName("viewTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.contacts, self.tr("Contacts"))
        self.tabs.addTab(QWidget(), self.tr("Meeting notes"))
        self.tabs.addTab(QWidget(), self.tr("Timeline"))
        self.tabs.addTab(QWidget(), self.tr("Yearly review"))
        self.tabs.addTab(QWidget(), self.tr("Events"))
        self._review: ReviewPane | None = None
        self._events_pane: EventsPane | None = None
        self.tabs.currentChanged.connect(self._tab_changed)
        self._tab = CONTACTS
        self._unsaved: UnsavedGuard | None = None
        self._welcome: WelcomePage | None = None  # built only for an empty journal
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tabs)
        self.setCentralWidget(self.stack)

        self._build_toolbar()
        self._build_coach()
        self._build_menus()
        self.read_only_banner: QLabel | None = None
        self._counts_label: QLabel | None = None
        self.backup_notice: QLabel | None = None  # the day's backup failed (say_backup_failed)
        if journal.read_only:
            from netzjournal.ui.read_only_banner import add_banner

            self.read_only_banner = add_banner(self, journal, self.actions_)
        self._connect()
        self._refresh_state()
        self._restore_settings()

    # -- building -------------------------------------------------------------------------

    @property
    def search(self) -> GlobalSearch:
        """The global search behind the tool bar's field (attached after the first paint)."""
        if self._search is None:
            from netzjournal.ui import search as global_search

            self._search = global_search.GlobalSearch(self.journal, self.search_field, self)
            self._search.open_note.connect(self.open_note)
            self._search.open_contact.connect(self.open_contact)
            self._search.open_event.connect(self.open_event)
            # Another view (or the welcome page) closes the results list.
            self.tabs.currentChanged.connect(self._search.hide_results)
            self.stack.currentChanged.connect(self._search.hide_results)
            if self.search_field.text():  # typed before it was attached
                self._search.update_results(self.search_field.text())
        return self._search

    @property
    def unsaved(self) -> UnsavedGuard:
        """Every editor with unsaved text, settled before the window closes
        (made on first use: the start has no editor yet)."""
        if self._unsaved is None:
            from netzjournal.ui.unsaved import UnsavedGuard

            self._unsaved = UnsavedGuard(self)
        return self._unsaved

    @property
    def welcome(self) -> WelcomePage:
        if self._welcome is None:
            from netzjournal.ui import welcome as page

            self._welcome = page.WelcomePage(self.paths, self.actions_)
            self.stack.addWidget(self._welcome)
        return self._welcome

    def _set_title(self) -> None:
        # Qt appends the application's display name (" — netzjournal") to a title
        # that does not end with it: the name is not written here a second time.
        parts = []
        if (self.paths.root / DEMO_MARKER).exists():
            parts.append(self.tr("DEMO journal (temporary, not your data)"))
        if self.journal.read_only:
            parts.append(self.tr("read-only"))
        self.setWindowTitle(" · ".join(parts) or "netzjournal")

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main"))
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.addAction(self.actions_.quick_note)
        bar.addAction(self.actions_.new_contact)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.search_field = QLineEdit()
        self.search_field.setObjectName("searchField")
        self.search_field.setAccessibleName(self.tr("Search everything"))
        # (its key is named once the shortcuts are bound: see bind_shortcuts)
        self.search_field.setPlaceholderText(self.tr("Search people and notes"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMinimumWidth(self.fontMetrics().averageCharWidth() * 28)
        bar.addWidget(self.search_field)
        self.addToolBar(bar)
        self._search = None  # attached after the first paint

    def _build_coach(self) -> None:
        from netzjournal.ui.coach.dock import EXPANDED_MIN, CoachDock
        from netzjournal.ui.coach.share import COACH_WIDTH, CoachShare

        dock = CoachDock(self.tr("Reconnect coach"), self)
        # The pane itself is built after the first paint (see `coach`): it
        # reads every note, and the contacts come first.
        waiting = QLabel(self.tr("Loading suggestions…"))
        waiting.setMargin(style.SPACE.M)
        waiting.setWordWrap(True)
        waiting.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        dock.set_content(waiting)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self.resizeDocks([dock], [max(EXPANDED_MIN, COACH_WIDTH)], Qt.Orientation.Horizontal)
        self.coach_dock = dock
        self.coach_share = CoachShare(self, dock, COACH_WIDTH)
        self._coach: CoachPane | None = None
        self.actions_.toggle_coach.setChecked(True)
        self.actions_.toggle_coach.triggered.connect(self._coach_action)
        dock.visibilityChanged.connect(self.actions_.toggle_coach.setChecked)
        dock.collapsed_changed.connect(self._remember_fold)
        self.contacts.first_painted.connect(self._after_first_paint)

    @property
    def coach(self) -> CoachPane:
        if self._coach is None:
            from netzjournal.ui.coach.pane import CoachPane

            self._coach = CoachPane(
                self.journal, self.events, self.today, undo_stack=self.undo_stack
            )
            self.coach_dock.set_content(self._coach)
        return self._coach

    _painted = False
    _lettered = False  # the menus' and the views' Alt+letters given (after the first paint)
    _counts = (0, 0, 0)  # contacts (with archived), archived, notes

    def _after_first_paint(self) -> None:
        if self._painted:
            return
        self._painted = True
        # One step per turn of the event loop: together they kept the window from
        # reacting for ~80 ms (the coach's and sync's modules, the search list);
        # a key pressed meanwhile is handled between them.
        self._steps: list[Callable[[], object]] = [
            self._refresh_state,  # the status bar's counts
            self.bind_shortcuts,
            lambda: self.search,
            self._start_reminders,
            self._start_sync,
            lambda: self.coach,
            self.first_painted.emit,
            self._restore_selection,
            self.offer_quick_note_draft,
            self.offer_record_drafts,
            # Last: its worker competes for the interpreter with what runs here.
            lambda: self.coach.start(),
        ]
        self._next_step()

    def _next_step(self) -> None:
        step = self._steps.pop(0)
        if self._steps:  # first: a step that fails must not stop the others
            QTimer.singleShot(0, self, self._next_step)
        step()

    def _start_reminders(self) -> None:
        from netzjournal.ui.external_changes import ExternalChanges
        from netzjournal.ui.reminder_timer import DailyReminder

        self.reminder = DailyReminder(self.journal, self.paths, parent=self)
        self.external_changes = ExternalChanges(self.journal, self)

    def _start_sync(self) -> None:
        from netzjournal.ui.sync_runner import SyncRunner, SyncStatus

        self.sync = SyncRunner(
            self.journal, self.paths, parent=self, external=self.external_changes
        )
        status = SyncStatus(self.sync, self)
        self.statusBar().addPermanentWidget(status)
        self.actions_.sync_now.triggered.connect(self.sync.sync_now)
        self.actions_.sync_last.triggered.connect(status.show_last)
        self.sync.configure(first=True)

    def _build_menus(self) -> None:
        a = self.actions_
        undo, redo = edit_actions(self.undo_stack, self)  # „Rückgängig: …“, and what it did
        # Their texts name the step ("Undo Edit Anna"); the shortcut overview lists the verb.
        undo.setProperty("overview_text", self.tr("&Undo"))
        redo.setProperty("overview_text", self.tr("&Redo"))
        self.undo_action, self.redo_action = undo, redo
        # The contacts' order from the keyboard (a header takes no focus).
        self.sort_menu = sort_menu(self.tr("&Sort contacts by"), self.contacts.table, self)
        menus = (
            (self.tr("&File"), (a.quick_note, a.new_contact, a.import_contacts,
                                a.import_calendar, a.export,
                                a.restore_json, None, a.backups, a.sync_now, a.sync_last,
                                a.sync_review,
                                a.settings, None,
                                a.demo, a.open_data_folder, None, a.quit)),
            (self.tr("&Edit"), (undo, redo, None, a.find, None, a.edit_contact,
                                self.contacts.selection.closeness, a.add_tag,
                                self.contacts.selection.remove_tag, None,
                                a.archive_contact, a.restore_contacts, a.merge_contacts,
                                a.find_duplicates,
                                a.delete_contact, None,
                                a.show_all_data, a.delete_everywhere, None,
                                a.save_note, a.delete_note)),
            (self.tr("&View"), (a.view_contacts, a.view_notes, a.view_timeline, a.view_review,
                                a.view_events, None, self.sort_menu, None, a.toggle_coach)),
            (self.tr("&Help"), (a.shortcuts, a.data_location, a.about)),
        )  # fmt: skip
        for title, items in menus:
            menu = self.menuBar().addMenu(title)
            if a.archive_contact in items:  # named for the contacts selected as it opens
                menu.aboutToShow.connect(self.contacts.selection.name_actions)
            for item in items:
                if item is None:
                    menu.addSeparator()
                elif isinstance(item, QMenu):
                    menu.addMenu(item)
                else:
                    menu.addAction(item)
        for action in a.all():
            if action not in (a.delete_contact, a.delete_note, a.context_menu):
                self.addAction(action)
        self._menus_for(self.tabs.currentIndex())

    def _menus_for(self, view: int) -> None:
        """The Edit menu lists what applies to the view shown: the note's entries only
        beside the notes (hidden, as Qt apps hide another view's entries, not greyed:
        nothing on the contacts tab would ever enable them; their keys go with them,
        and the separator before them collapses)."""
        a = self.actions_
        for action in (a.save_note, a.delete_note):
            action.setVisible(view == NOTES)

    def bind_shortcuts(self) -> None:
        """Every shortcut of the window (done once, right after the first paint)."""
        from PySide6.QtGui import QKeySequence

        from netzjournal.ui import mnemonics

        self.actions_.bind_shortcuts()
        # The field names the key its menu item shows (the action's first), in the
        # interface language ("Strg+F"): the two cannot tell different keys.
        key = self.actions_.find.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if key:
            hint = self.tr("Search people and notes (%1)").replace("%1", key)
            self.search_field.setPlaceholderText(hint)
        for title in self.menuBar().actions():  # a letter for every entry, none twice
            menu = title.menu()
            if isinstance(menu, QMenu):
                mnemonics.assign_menu(menu)
        self._lettered = True
        for pane in (self.contacts, self._notes, self._timeline, self._review, self._events_pane):
            if pane is not None:  # (the others get theirs when they are built)
                self._letters(pane)
        if not self.undo_action.shortcuts():
            self.undo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
            self.redo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))

    def _connect(self) -> None:
        a = self.actions_
        a.quit.triggered.connect(self.close)
        a.about.triggered.connect(self.show_about)
        a.shortcuts.triggered.connect(self.show_shortcuts)
        a.data_location.triggered.connect(self.show_data_location)
        a.open_data_folder.triggered.connect(self._open_data_folder)
        a.quick_note.triggered.connect(self.open_quick_note)
        a.find.triggered.connect(self.focus_search)
        a.backups.triggered.connect(self.show_backups)
        a.import_contacts.triggered.connect(self.import_contacts)
        a.import_calendar.triggered.connect(self.import_calendar)
        a.export.triggered.connect(self.export)
        a.restore_json.triggered.connect(self.restore_json)
        a.settings.triggered.connect(lambda: self.show_settings())
        a.sync_review.triggered.connect(self.show_sync_review)
        a.demo.triggered.connect(self.open_demo)
        a.view_contacts.triggered.connect(lambda: self.show_view(CONTACTS))
        a.view_notes.triggered.connect(lambda: self.show_view(NOTES))
        a.view_timeline.triggered.connect(lambda: self.show_view(TIMELINE))
        a.view_review.triggered.connect(lambda: self.show_view(REVIEW))
        a.view_events.triggered.connect(lambda: self.show_view(EVENTS))
        a.new_contact.triggered.connect(self._after_new_contact)
        self.events.changed.connect(self._on_changed)
        model = self.contacts.model  # a filter changes how many are listed
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self._show_counts)
        self.events.open_note.connect(self.open_note)
        self.events.open_contact.connect(self.open_contact)
        self.events.edit_contact.connect(self.edit_contact)
        self.events.open_settings.connect(self.show_settings)
        self.events.open_event.connect(self.open_event)

    # -- state ----------------------------------------------------------------------------

    def _on_changed(self, changes: ChangeSet) -> None:
        self._refresh_state()

    def _refresh_state(self) -> None:
        if not self._painted:
            # Before the first picture only what it needs: counting every note
            # takes a while on a large journal (the status bar follows the paint).
            empty = journal_empty(self.journal)
            self.stack.setCurrentWidget(self.welcome if empty else self.tabs)
            return
        contacts, notes = journal_counts(self.journal)
        self._counts = (contacts, archived_count(self.journal), notes)
        empty = contacts == 0 and notes == 0 and journal_empty(self.journal)  # (events)
        self.stack.setCurrentWidget(self.welcome if empty else self.tabs)
        self._show_counts()

    def _show_counts(self) -> None:
        """The status bar's figures; with a filter, how many of how many are listed."""
        if not self._painted:
            return
        contacts, archived, notes = self._counts
        pane = self.contacts
        if not pane.archived.isChecked():
            contacts -= archived
        shown = pane.model.rowCount()
        loc = self.locale()
        if pane.filter.text().strip() or pane.tag.currentData():
            count = self.tr("%1 of %2").replace("%1", loc.toString(shown))
            count = count.replace("%2", loc.toString(contacts))
        else:
            count = loc.toString(contacts)
        self.counts_label.setText(
            self.tr("Contacts: %1 · Meeting notes: %2")
            .replace("%1", count)
            .replace("%2", loc.toString(notes))
        )

    @property
    def counts_label(self) -> QLabel:
        """The status bar's figures: a widget of its own, which a passing message
        ("Quick note saved.", a menu entry's tip) covers and then leaves in view. As
        the bar's message, the first menu opened or button hovered emptied it until
        the next change."""
        if self._counts_label is None:
            self._counts_label = QLabel()
            self._counts_label.setObjectName("statusCounts")
            self.statusBar().addWidget(self._counts_label, 1)
        return self._counts_label

    @property
    def notes(self) -> NotesPane:
        if self._notes is None:
            from netzjournal.ui.notes.pane import NotesPane

            self._notes = NotesPane(self.journal, self.events, self.actions_, self.undo_stack)
            self._notes.editor.drafts_dir = self.paths.drafts  # (no note is shown yet)
            self.unsaved.register(self._notes, self, self._notes.editor.unsaved_question)
            self._place(NOTES, self._notes, self.tr("Meeting notes"))
            s = self._settings()
            value = s.value("splitters/notes")
            if isinstance(value, QByteArray):
                self._notes.divider.restore(value)
            value = s.value("columns/notes")  # the sort order (the widths are the fitter's)
            if isinstance(value, QByteArray):
                with self._notes.columns.quiet():
                    self._notes.list.horizontalHeader().restoreState(value)
            self._notes.columns.attach_settings(self._settings, "columns/notes-choice")
        return self._notes

    @property
    def timeline(self) -> TimelinePane:
        if self._timeline is None:
            from netzjournal.ui.timeline.pane import TimelinePane

            self._timeline = TimelinePane(self.journal, self.events, self.today)
            self._place(TIMELINE, self._timeline, self.tr("Timeline"))
        return self._timeline

    @property
    def review(self) -> ReviewPane:
        if self._review is None:
            from netzjournal.ui.review.view import ReviewPane

            self._review = ReviewPane(self.journal, self.events, self.today)
            self._place(REVIEW, self._review, self.tr("Yearly review"))
        return self._review

    @property
    def events_pane(self) -> EventsPane:
        if self._events_pane is None:
            from netzjournal.ui.events_tab.pane import EventsPane

            self._events_pane = EventsPane(self.journal, self.events, self.undo_stack, self.today)
            self._place(EVENTS, self._events_pane, self.tr("Events"))
        return self._events_pane

    def _place(self, index: int, pane: QWidget, title: str) -> None:
        current = self.tabs.currentIndex()
        self.tabs.blockSignals(True)
        placeholder = self.tabs.widget(index)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, pane, title)
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        placeholder.deleteLater()
        if self._lettered:  # built after the first paint (the menus have their letters)
            self._letters(pane)

    def _letters(self, pane: QWidget) -> None:
        """Alt+letters for a view's buttons and labelled fields, in the language shown,
        none a menu's (Alt+F / Alt+D opens the File menu): panes show one at a time,
        each has its own letters. The coach beside them has none: its cards repeat
        "Reached out" and "Later"."""
        from netzjournal.ui import mnemonics

        menus = "".join(mnemonics.marked(a.text()) or "" for a in self.menuBar().actions())
        mnemonics.assign(pane, reserved=menus)

    def _tab_changed(self, index: int) -> None:
        previous, self._tab = self._tab, index
        if previous == NOTES and index != NOTES and self._notes is not None:
            # Leaving the notes: their unsaved edit is saved, dropped or kept on screen.
            self.tabs.blockSignals(True)
            self.tabs.setCurrentIndex(NOTES)  # ask with the note in view
            self.tabs.blockSignals(False)
            if not self._notes.settle():
                self._tab = NOTES
                return
            self.tabs.blockSignals(True)
            self.tabs.setCurrentIndex(index)
            self.tabs.blockSignals(False)
        self._menus_for(index)
        self._build_tab(index)
        # A tab clicked: the focus was in the view just hidden and Qt passed it on
        # to the next widget in the chain (often the search field). Into the view.
        page = self.tabs.currentWidget()
        focused = QApplication.focusWidget()
        if self.isVisible() and page is not None and not (focused and page.isAncestorOf(focused)):
            self._view_focus(index).setFocus()

    def _build_tab(self, index: int) -> None:
        if index == NOTES:
            _ = self.notes
        elif index == TIMELINE:
            _ = self.timeline
        elif index == REVIEW:
            _ = self.review
        elif index == EVENTS:
            _ = self.events_pane

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stack.currentWidget() is not self.tabs or self.tabs.currentIndex() != CONTACTS:
            QTimer.singleShot(0, self._after_first_paint)  # no contacts' paint to wait for

    def show_view(self, view: int) -> None:
        self.stack.setCurrentWidget(self.tabs)
        self.tabs.setCurrentIndex(view)
        if self.tabs.currentIndex() != view:
            return  # the person kept editing (an unsaved note: Cancel)
        self._view_focus(view).setFocus()

    def _view_focus(self, view: int) -> QWidget:
        """Where typing goes in a view. Only that view is built (a pane built while
        hidden would start stale)."""
        focus: dict[int, Callable[[], QWidget]] = {
            CONTACTS: lambda: self.contacts.table,
            NOTES: lambda: self.notes.list,
            TIMELINE: lambda: self.timeline.view,
            REVIEW: lambda: self.review.year,
            EVENTS: lambda: self.events_pane.table,
        }
        return focus[view]()

    def _after_new_contact(self) -> None:
        # The contacts pane's dialog has closed (it is connected first): show the
        # new person, or — cancelled in an empty journal — the welcome page again.
        self._refresh_state()
        if self.stack.currentWidget() is self.tabs:
            self.show_view(CONTACTS)

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def open_note(self, note_id: int) -> None:
        self.show_view(NOTES)
        self.notes.select(note_id)

    def open_event(self, event_id: int) -> None:
        """Show an event row: a single event, or the occurrence of a series it stands for."""
        # Loaded here, not at the start: events bring dateutil's rrule (~30 ms of imports).
        from netzjournal.store.events import get_event, occurrences

        try:
            rec = get_event(self.journal, event_id)
        except NotFound:
            return
        self.show_view(EVENTS)
        if rec.series_id is not None and rec.occurrence_on is not None:
            key: tuple[int, dt.date | None] = (rec.series_id, rec.occurrence_on)
        elif rec.rrule:  # a series: its next evening (or its first)
            today = self.today()
            ahead = occurrences(self.journal, today, today + dt.timedelta(days=400),
                                series_ids=[event_id])  # fmt: skip
            key = (event_id, ahead[0].occurrence_on if ahead else rec.starts_on)
        else:
            key = (event_id, None)
        self.events_pane.select_key(key)

    def open_contact(self, contact_id: int) -> None:
        self.show_view(CONTACTS)
        self.contacts.select(contact_id)

    def edit_contact(self, contact_id: int, field: str) -> None:
        """The person shown, and their editor opened on ``field``."""
        self.open_contact(contact_id)
        self.contacts.edit(contact_id, field)

    # -- dialogs --------------------------------------------------------------------------

    def show_settings(self, field: str = "") -> None:
        """The settings dialog; ``field`` ("user_name") is the one it opens on."""
        from netzjournal.sync import settings as sync_settings
        from netzjournal.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.paths, None if self.journal.read_only else self.journal, self)
        sync = getattr(self, "sync", None)
        if not field and sync is not None and sync.last_error in SETTINGS_SYNC_ERRORS:
            field = "sync"  # the status bar said "… (Settings → Sync)": opened there
        if field:
            dialog.open_on(field)
        before = sync_settings.load(self.journal)
        if dialog.exec() and dialog.sync_page is not None and hasattr(self, "sync"):
            password = dialog.sync_page.session_password
            if password:
                self.sync.session_password = password
            # Set up, changed or given a password: a sync soon, not in 30 minutes.
            changed = sync_settings.load(self.journal) != before or bool(password)
            self.sync.configure(first=changed)

    def show_sync_review(self) -> None:
        from netzjournal.ui.sync_review import SyncReviewDialog

        SyncReviewDialog(self.journal, self).exec()

    def quick_note_dialog(self) -> QuickNoteDialog:
        # Imported on first use: a fast start matters more than this dialog.
        from netzjournal.drafts import DraftStore
        from netzjournal.ui.quick_note import QuickNoteDialog

        if self._quick_note is None:
            self._quick_note = QuickNoteDialog(self.journal, DraftStore(self.paths.drafts),
                                               parent=self, undo_stack=self.undo_stack)  # fmt: skip
            # Ctrl+Q while the quick note has focus quits as from the window.
            self._quick_note.addAction(self.actions_.quit)
            self._quick_note.saved.connect(
                lambda _id: self.statusBar().showMessage(self.tr("Quick note saved."), 4000)
            )
        return self._quick_note

    def open_quick_note(self) -> None:
        dialog = self.quick_note_dialog()
        if dialog.isVisible():
            dialog.raise_()
            dialog.activateWindow()
            return
        if not dialog.reset():  # "Later" for a draft left behind
            return
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def offer_quick_note_draft(self) -> None:
        """At start: a quick note left unsaved by a crash is offered at once, not only
        when the quick note is next opened (Discard or Later: no dialog opens)."""
        if self._quick_note is not None or self.journal.read_only:
            return  # opened already (--quick-note asked about the draft itself)
        from netzjournal.drafts import DraftStore

        if DraftStore(self.paths.drafts).load() is None:  # (the usual start: one stat)
            return
        dialog = self.quick_note_dialog()
        if dialog.waiting_draft() is not None and dialog.reset() and dialog.has_text():
            dialog.show()
            dialog.raise_()
            dialog.activateWindow()

    def import_contacts(self) -> None:
        from netzjournal.ui.interchange.wizard import ImportWizard

        ImportWizard(self.journal, self.undo_stack, self).exec()

    def import_calendar(self) -> None:
        """The events view, and its import's file choice (what it imported is shown)."""
        self.show_view(EVENTS)
        self.events_pane.import_calendar()

    def export(self) -> None:
        from netzjournal.ui.interchange.export_dialog import ExportDialog

        ExportDialog(self.journal, self.contacts.selected_ids(), self).exec()

    def restore_json(self) -> None:
        from netzjournal.ui.interchange.restore import restore_json

        if restore_json(self, self.journal):
            self.undo_stack.clear()  # nothing before the restore can be undone into it

    def show_backups(self) -> None:
        from netzjournal.ui.backups_dialog import BackupsDialog

        dialog = BackupsDialog(lambda: self.journal, self.restore_backup, self.paths, self)
        dialog.backed_up.connect(self.say_backup_made)
        dialog.exec()

    def restore_backup(self, backup: BackupInfo | Path, backup_key: Key | None = None) -> None:
        """Restore one of the backups, or a backup file from elsewhere (``backup_key``: an
        encrypted file's own key, where it is not the journal's)."""

        # The restore replaces every note: an edit in progress is settled first.
        if not self.unsaved.settle_all():
            return
        from netzjournal.store.backups import BackupInfo, restore_backup

        path = backup.path if isinstance(backup, BackupInfo) else backup
        try:
            restore_backup(self.journal, path, self.paths.backups, backup_key=backup_key)
        except StoreError as exc:
            from netzjournal.ui.backups_dialog import restore_failed_box

            restore_failed_box(self, exc, self.paths).exec()
            return
        self.undo_stack.clear()  # the commands refer to rows that may no longer exist
        self.say_backup_made()  # (the state it replaced was backed up first)
        self.statusBar().showMessage(self.tr("Backup restored."), 5000)

    def say_backup_failed(self, problem: Exception) -> None:
        """The day's backup could not be made (a full disk, a folder that cannot be
        written): said above the views, for this session; it was only logged, and the
        person trusted a backup that was not there."""
        from netzjournal.ui.read_only_banner import add_notice
        from netzjournal.ui.texts import backup_problem_text

        if self.backup_notice is None:
            self.backup_notice = add_notice(self, backup_problem_text(problem))

    def say_backup_made(self) -> None:
        """A backup was made after all ("Back up now", or before a restore): the notice
        that the day's backup failed is no longer true, and goes."""
        if self.backup_notice is not None:
            self.backup_notice.hide()
            self.backup_notice.deleteLater()
            self.backup_notice = None

    def open_demo(self) -> None:
        from netzjournal.ui import demo_launcher, texts

        root = demo_launcher.launch_demo(texts.ui_language())
        self.statusBar().showMessage(
            self.tr("The demo journal opens in its own window (%1).").replace("%1", str(root)),
            8000,
        )

    def show_shortcuts(self) -> None:
        from netzjournal.ui.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.menuBar(), self).exec()

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About netzjournal"),
            self.tr(
                "netzjournal %1\n\nA private journal for professional networking. "
                "Everything stays on this computer."
            ).replace("%1", __version__),
        )

    def _open_data_folder(self) -> None:
        from netzjournal.ui import show_folder

        show_folder.show(self.paths.root)

    def show_data_location(self) -> None:
        self.data_location_box().exec()

    def data_location_box(self) -> QMessageBox:
        """Help → Where my data lives: the journal, its backups, and a way to the folder
        (to copy it to a new computer or a backup disk, the usual reason to ask)."""
        from PySide6.QtWidgets import QMessageBox

        from netzjournal.ui import show_folder

        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Where my data lives"),
            self.tr(
                "Everything netzjournal keeps is in one folder on this computer. To take it "
                "along or keep a copy, copy this folder while netzjournal is closed."
            ),
            QMessageBox.StandardButton.Close,
            self,
        )
        box.setObjectName("dataLocationBox")
        box.setInformativeText(
            self.tr("Data folder: %1\nJournal: %2\nBackups: %3\n\nTo use another folder, "
                    "start netzjournal with --data-dir FOLDER.")
            .replace("%1", str(self.paths.root))
            .replace("%2", str(self.paths.journal))
            .replace("%3", str(self.paths.backups))
        )  # fmt: skip
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        show_folder.add_button(box, self.paths.root, self.tr("Open the data folder"))
        box.setDefaultButton(QMessageBox.StandardButton.Close)
        return box

    # -- another launch -------------------------------------------------------------------

    def raise_window(self) -> None:
        """Bring the window to the front (a second launch asked for it)."""
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()

    def handle_message(self, text: str) -> None:
        """A message from a second launch (``raise``, ``quick-note``, ``coach``) or from
        the command line after it wrote the journal (``changed``: every pane catches up,
        unsaved edits stay where they are)."""
        if text == "changed":
            self.events.changed.emit(ChangeSet(everything=True))
            return
        self.raise_window()
        if text == "quick-note":
            self.open_quick_note()
        elif text == "coach":
            self.show_coach()

    def show_coach(self) -> None:
        """Show the coach, the keyboard on its first card (a click on the day's
        reminder or the coach's key asked for it)."""
        self.coach_dock.show()
        self.coach_dock.set_collapsed(False)
        self.coach_dock.raise_()
        self.coach.focus_first()

    def _coach_action(self, checked: bool) -> None:
        """View → Reconnect coach shows or hides the coach. Its key (Ctrl+Shift+C)
        also takes the keyboard there: it shows the coach and focuses its first card,
        and hides it only when the focus is already inside (else a coach in view but
        out of reach took a dozen Tabs from the contacts)."""
        dock, action = self.coach_dock, self.actions_.toggle_coach
        watch = self.actions_.coach_key
        if watch is None or not watch.by_key:
            dock.setVisible(checked)
            return
        focus = QApplication.focusWidget()
        inside = focus is not None and dock.isAncestorOf(focus)
        if dock.isVisible() and not dock.collapsed and inside:
            dock.hide()
            if self.stack.currentWidget() is self.tabs:  # back to where the person was
                self._view_focus(self.tabs.currentIndex()).setFocus()
        else:
            self.show_coach()
        action.setChecked(dock.isVisible())

    # -- settings -------------------------------------------------------------------------

    # ``--screenshot`` neither follows nor changes the person's saved layout.
    remembers_layout = True

    _folding_for_room = False

    def _remember_fold(self, folded: bool) -> None:
        if self.remembers_layout and not self._folding_for_room:
            self._settings().setValue("coach/collapsed", folded)

    def _settings(self) -> QSettings:
        return ui_settings(self.paths)

    def _first_size(self, screen: QScreen | None = None) -> None:
        """1280×800 the first time; on a screen with less room (1024×768, or 1366×768
        at 125 %: 1093×614) the window fills it, maximised — at 1280×800 it reached
        past the screen's edge, the coach and the status bar out of sight. (Also a
        saved size that no longer fits ``screen``: ui/window_geometry.py.)"""
        room = (screen or self.screen()).availableGeometry()
        if room.width() >= FIRST_SIZE.width() and room.height() >= FIRST_SIZE.height():
            self.resize(FIRST_SIZE)
            if screen is not None:  # (on that screen, in its middle)
                self.move(room.center() - self.rect().center())
        else:
            self._fill_screen()

    def _fill_screen(self) -> None:
        # The geometry too: the frame's size is unknown before the window shows.
        self.setGeometry(self.screen().availableGeometry())
        self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def _restore_settings(self) -> None:
        s = self._settings()
        geometry = s.value("mainWindow/geometry")
        if isinstance(geometry, QByteArray):
            restore_geometry(self, geometry, self._first_size)  # fitted to its screen
        else:
            self._first_size()
        state = s.value("mainWindow/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
            # A coach width dragged in an earlier session stays the person's.
            self.coach_share.restore(s.value("coach/share"), s.value("coach/placedByHand"))
        value = s.value("splitters/contacts")
        if isinstance(value, QByteArray):
            self.contacts.divider.restore(value)
        value = s.value("columns/contacts")  # the sort order (the widths are the fitter's)
        if isinstance(value, QByteArray):
            with self.contacts.columns.quiet():
                self.contacts.table.horizontalHeader().restoreState(value)
        # Which columns the person chose to see (fitted to the width, ui/columns.py).
        self.contacts.columns.attach_settings(self._settings, "columns/contacts-choice")
        folded = s.value("coach/collapsed")
        if folded is None and self.width() < COACH_FOLDED_BELOW:
            # (Not remembered: the person's own choice is what is kept.)
            self._folding_for_room = True
            self.coach_dock.set_collapsed(True)
            self._folding_for_room = False
        elif str(folded).lower() == "true":
            self.coach_dock.set_collapsed(True)
        view = s.value("mainWindow/view")
        if view is not None and str(view).isdigit():
            self.tabs.setCurrentIndex(int(view))

    def _restore_selection(self) -> None:
        """The contact selected when the window last closed, selected again (by id; a
        contact since deleted or archived is not). Not over a click made meanwhile, and
        not by a window closed before this step came (its journal may be closed: the
        look-up would open it again)."""
        if not self.isVisible():
            return
        value = self._settings().value("contacts/selected")
        if value is None or not str(value).isdigit() or self.contacts.selected_ids():
            return
        self.contacts.select(int(str(value)))

    def save_settings(self) -> None:
        if self.journal.read_only_reason in ("read-only-folder", "read-only-mount"):
            return  # the user's write-protected folder gets no new file from us
        s = self._settings()
        s.setValue("mainWindow/geometry", self.saveGeometry())
        s.setValue("mainWindow/state", self.saveState())
        if self.coach_share.share is not None:
            s.setValue("coach/share", self.coach_share.share)
        else:
            s.remove("coach/share")
        s.remove("coach/placedByHand")  # (before the share was kept: a dragged width)
        s.setValue("mainWindow/view", self.tabs.currentIndex())
        if self.contacts.divider.placed_by_hand:  # else each window shares by its width
            s.setValue("splitters/contacts", self.contacts.splitter.saveState())
        else:
            s.remove("splitters/contacts")
        s.setValue("columns/contacts", self.contacts.table.horizontalHeader().saveState())
        selected = self.contacts.selected_ids()
        if len(selected) == 1:
            s.setValue("contacts/selected", selected[0])
        else:
            s.remove("contacts/selected")
        if self._notes is not None:  # a pane never shown keeps its saved layout
            if self._notes.divider.placed_by_hand:  # else each window shares by its width
                s.setValue("splitters/notes", self._notes.splitter.saveState())
            else:
                s.remove("splitters/notes")
            s.setValue("columns/notes", self._notes.list.horizontalHeader().saveState())
        s.sync()

    def flush_drafts(self) -> None:
        """Every editor's unsaved text written to its draft now (a logout, a signal)."""
        from netzjournal.ui.draft_autosave import flush_all

        flush_all()
        if self._quick_note is not None and self._quick_note.isVisible():
            self._quick_note.save_draft()

    def shut_down(self) -> None:
        """SIGTERM, SIGINT or SIGHUP: no question (nobody may be there to answer),
        drafts written, the layout saved, every event loop ended (a modal editor's
        too); app.run_gui then closes the journal."""
        self.flush_drafts()
        if self._review is not None:
            self._review.stop()
        self.save_settings()
        QApplication.exit(0)

    def offer_record_drafts(self) -> None:
        """At start: a contact's or note's edits left unsaved by a signal, a logout or
        a crash are offered back (the usual start: one listing of the drafts folder)."""
        from netzjournal.drafts import record_drafts

        if self.journal.read_only or next(record_drafts(self.paths.drafts), None) is None:
            return
        from netzjournal.ui import record_drafts as offer

        offer.offer_at_start(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing or quitting (Ctrl+Q): unsaved edits are saved or dropped on the
        # person's word first; Cancel keeps the window open.
        if not self.unsaved.settle_all() or (
            self._coach is not None and not self._coach.may_close()
        ):
            event.ignore()
            return
        if self._quick_note is not None and self._quick_note.isVisible():
            self._quick_note.save_draft()
        if self._review is not None:
            self._review.stop()
        sync = getattr(self, "sync", None)
        if sync is not None:
            sync.stop()  # at an item's boundary; the next sync goes on from there
        self.save_settings()
        super().closeEvent(event)
