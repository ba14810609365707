"""The contacts view: filter bar, sortable table, detail pane."""

from __future__ import annotations

import datetime as dt
import itertools
import logging
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QDesktopServices, QResizeEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from netzjournal.store.changes import ChangeSet
from netzjournal.store.contact_list import tag_names
from netzjournal.store.errors import StoreError
from netzjournal.store.journal import Journal
from netzjournal.ui import style, texts
from netzjournal.ui.actions import Actions
from netzjournal.ui.columns import ColumnFitter
from netzjournal.ui.contacts.archived_hint import ArchivedHint, archived_matching
from netzjournal.ui.contacts.detail import ContactDetail
from netzjournal.ui.contacts.model import ID_ROLE, ContactsTableModel
from netzjournal.ui.contacts.selection_menu import SelectionMenus
from netzjournal.ui.divider import Divider
from netzjournal.ui.events import AppEvents
from netzjournal.ui.grid_table import GridTable
from netzjournal.ui.refresh import DeferredRefresh
from netzjournal.ui.wrapping_bar import WrappingBar

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from PySide6.QtCore import QPoint, QUrl  # (fetched, PySide builds its type: 4.5 M)

    from netzjournal.store.stale import StaleWrite

# The editor, the undo commands, the message boxes and the store's records and
# writes are imported by the commands that use them: none is needed for the
# first paint of the window.


DETAIL_MIN_CHARS = 50  # average characters: "Kennengelernt über" beside an address
DETAIL_READING_CHARS = 70  # the page's labels beside a line of a note, unwrapped
NARROW_SHARE = (700, 340)  # table : page, where the window has no room for more
LIST_TEXT_CHARS = 45  # a column wants no more than this for its longest text
# What a column's text needs is measured on this many rows (the first screens), not on
# Qt's default of 1,000: through the Python model that was ~0.2 s at a wide window's start.
LIST_MEASURED_ROWS = 100


class ContactsPane(QWidget):
    first_painted = Signal()  # once, after the table first showed rows

    def __init__(
        self,
        journal: Journal,
        events: AppEvents,
        actions: Actions,
        undo_stack: QUndoStack,
        today: Callable[[], dt.date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.drafts_dir: Path | None = None  # set by the window: "delete everywhere" cleans drafts
        self.setObjectName("contactsPane")
        self.journal, self.events, self.app_actions, self.undo_stack = (
            journal,
            events,
            actions,
            undo_stack,
        )
        self._today = today
        self._bring_back: list[int] = []  # restored by an undo: selected at the refresh
        self._took_row: list[int] = []  # selected in place of people a write took away
        self.model = ContactsTableModel(journal, today, self)
        self._build(today)
        self.table.sortByColumn(ContactsTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self._connect()
        self.reload()
        self._enable_for(len(self.selected_ids()))  # (nobody yet: the one-person actions off)

    def _build(self, today: Callable[[], dt.date]) -> None:
        self.filter = QLineEdit()
        self.filter.setObjectName("contactFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(self.tr("Filter by name, company, tag or note text…"))
        self.filter.setAccessibleName(self.tr("Filter contacts"))
        # Whole here: the German example names less (at 800 px with the coach folded the
        # field is ~190 px, beside longer buttons).
        self.filter.setToolTip(self.tr("Filters by name, organisation, tag and note text"))
        self.tag = QComboBox()
        self.tag.setObjectName("tagFilter")
        self.tag.setAccessibleName(self.tr("Filter by tag"))
        self.tag.setMinimumContentsLength(10)
        self.archived = QCheckBox(self.tr("Show archived"))
        self.archived.setObjectName("showArchived")
        # Room to read what one types, also in a narrow window with German labels.
        # (16 characters: the bar must fit beside the coach in a 1024 px window.)
        self.filter.setMinimumWidth(self.fontMetrics().averageCharWidth() * 16)
        # (New contact is in the tool bar right above.)
        buttons = []
        # Short labels on the bar (the menus keep the full wording).
        self.app_actions.edit_contact.setIconText(self.tr("Edit…"))
        self.app_actions.merge_contacts.setIconText(self.tr("Merge…"))
        for action in (self.app_actions.edit_contact, self.app_actions.merge_contacts):
            action.setToolTip(action.text().replace("&", ""))
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            buttons.append(button)
        # One line while it fits; narrower (German labels, a window of 800 px), the
        # check box and buttons go on a line of their own.
        bar = WrappingBar()
        bar.add_group(self.filter, self.tag)
        bar.add_group(self.archived, *buttons)

        self.table = GridTable()  # (Qt's grid lines, filled instead of stroked)
        # Rows, not cells: Tab leaves the list (arrows move within it).
        self.table.setTabKeyNavigation(False)
        self.table.setObjectName("contactsView")
        self.table.setAccessibleName(self.tr("Contacts"))
        self.table.setModel(self.model)
        # Qt's own delegate paints the first screen (the same pixels as ours:
        # tests/test_ui_contacts_paint.py); ours, which keeps the laid-out texts
        # from one keystroke to the next, is set right after it (see _after_first_paint):
        # its module builds PySide's QStyle type (11 enums, 566 members; ~10 ms).
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        style.table_rows(self.table)
        # No horizontal scrollbar: what does not fit is hidden by priority, and
        # the header's context menu lets the person choose (ui/columns.py).
        m = ContactsTableModel
        em = self.fontMetrics().averageCharWidth()
        # "vor 10 Monaten" needs more than 15 average characters: the longest phrase
        # and a cell's margins (Qt's delegate leaves ~3 px a side; em is more than that).
        phrases = texts.relative_samples()
        last_contact = max(self.fontMetrics().horizontalAdvance(p) for p in phrases) + em
        self.columns = ColumnFitter(
            self.table,
            priority=(m.NAME, m.ORGANISATION, m.LAST_CONTACT, m.CLOSENESS, m.CITY, m.ROLE, m.TAGS),
            widths={
                m.NAME: 22 * em,
                m.ORGANISATION: 20 * em,
                m.ROLE: 18 * em,
                m.CITY: 13 * em,
                m.LAST_CONTACT: max(15 * em, last_contact),
                m.CLOSENESS: 10 * em,
                m.TAGS: 16 * em,
            },
            always=m.NAME,
            fixed=(m.CLOSENESS,),  # five dots: no wider with room to spare
        )
        self.columns.fitted.connect(
            lambda: self.model.set_hidden_columns(
                self.columns.auto_hidden | self.columns.user_hidden
            )
        )
        self.table.addAction(self.app_actions.delete_contact)
        # Right click and the Menu key: customContextMenuRequested; Shift+F10: the action.
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.addAction(self.app_actions.context_menu)
        self.selection = SelectionMenus(
            self.journal, self.app_actions, self.undo_stack, self.selected_ids, self
        )
        self.archived_hint: ArchivedHint | None = None  # made when the list first needs it
        self.table.first_painted.connect(self._after_first_paint)

        self.detail = ContactDetail(self.journal, today)
        self.detail.anchorClicked.connect(self._link)
        # The page keeps room for a label and an e-mail address on a line or two: cut
        # by the splitter's first guess it was ~210 px beside the coach at 1024 (an
        # address over four lines), while the list hides columns by priority.
        self.detail.setMinimumWidth(DETAIL_MIN_CHARS * em)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("contactsSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes(list(NARROW_SHARE))
        # Until the person drags the divider (or a dragged one is restored), a wide
        # window gives the list what its columns' text needs (cities, roles whole) and
        # the page beside it keeps a reading width; narrow, the share it always had stands.
        self._list_wanted: int | None = None  # found from the rows loaded, on demand
        self.model.modelReset.connect(self._forget_wanted)
        self.detail_reading = DETAIL_READING_CHARS * em
        self.divider = Divider(
            self.splitter,
            lambda: self.list_wanted,
            lambda: max(self.detail.minimumSizeHint().width(), self.detail_reading),
            lambda total: round(total * NARROW_SHARE[0] / sum(NARROW_SHARE)),
        )
        layout = QVBoxLayout(self)
        style.pane_margins(layout)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        # Tab follows the layout: the filter bar left to right, then the list
        # and the person's page.
        chain = [self.filter, self.tag, self.archived, *buttons, self.table, self.detail]
        for before, after in itertools.pairwise(chain):
            self.setTabOrder(before, after)

    # -- the divider ----------------------------------------------------------------------

    def _forget_wanted(self) -> None:
        self._list_wanted = None

    @property
    def list_wanted(self) -> int:
        """The table's width at which every column the person did not hide holds its
        text (up to LIST_TEXT_CHARS). The fitter shares spare room in proportion to what
        each column asks, so the table needs its asked sum times the largest
        need-to-ask ratio."""
        if self._list_wanted is None:
            em = self.fontMetrics().averageCharWidth()
            shown = [
                c for c in range(self.model.columnCount()) if c not in self.columns.user_hidden
            ]
            asked = {c: self.columns._width(c) for c in shown}
            ratio = 1.0
            # Set here: a restored header state brings back the precision it was saved with.
            self.table.horizontalHeader().setResizeContentsPrecision(LIST_MEASURED_ROWS)
            for c in shown:
                if c in self.columns.fixed:
                    continue  # the dots: no wider with room to spare
                need = min(self.table.sizeHintForColumn(c), LIST_TEXT_CHARS * em)
                ratio = max(ratio, need / max(asked[c], 1))
            # The frame and a scroll bar's room (the viewport is not laid out yet on
            # the first resize, so not measured from it).
            bar = self.table.style().pixelMetric(self.table.style().PixelMetric.PM_ScrollBarExtent)
            frame = 2 * self.table.frameWidth() + bar
            self._list_wanted = int(sum(asked.values()) * ratio) + frame
        return self._list_wanted

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.divider.follow()

    def _connect(self) -> None:
        self.filter.textChanged.connect(self._apply_filter)
        self.tag.currentIndexChanged.connect(self._apply_filter)
        self.archived.toggled.connect(self.reload)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.refresher = DeferredRefresh(self, self._on_changed)
        self.events.changed.connect(self.refresher.changed)
        a = self.app_actions
        a.new_contact.triggered.connect(self.new_contact)
        a.edit_contact.triggered.connect(self.edit_selected)
        a.archive_contact.triggered.connect(self.archive_selected)
        a.restore_contacts.triggered.connect(self.restore_selected)
        a.delete_contact.triggered.connect(self.delete_selected)
        a.merge_contacts.triggered.connect(self.merge_selected)
        a.find_duplicates.triggered.connect(self.find_duplicates)
        a.context_menu.triggered.connect(lambda: self._context_menu(None))
        a.show_all_data.triggered.connect(self.show_all_data)
        a.delete_everywhere.triggered.connect(self.delete_everywhere)

    # -- data -------------------------------------------------------------------------

    def reload(self) -> None:
        """Tags and rows read again (a new journal state: an import, a restore)."""
        self._reload_tags()
        self._show(changed=None)

    def _reselect(self, ids: list[int]) -> None:
        """Select again what was selected before a model reset (if still shown)."""
        selection = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        current = True
        for cid in ids:
            row = self.model.row_for(cid)
            if row is None:
                continue
            index = self.model.index(row, 0)
            if current:
                selection.setCurrentIndex(index, flags)
                current = False
            else:
                selection.select(index, flags)

    def _after_first_paint(self) -> None:
        QTimer.singleShot(0, self.model, self.model.complete)  # every id, after the paint
        QTimer.singleShot(0, self, self._use_cell_delegate)
        QTimer.singleShot(0, self.first_painted.emit)

    def _use_cell_delegate(self) -> None:
        from netzjournal.ui.contacts.delegate import ContactCellDelegate

        self.table.setItemDelegate(ContactCellDelegate(self.model, self.table))
        self.table.fill_grid()  # (its lines need PySide's QStyle type too)

    def _reload_tags(self) -> None:
        current = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(self.tr("All tags"), None)
        for name in tag_names(self.journal):
            self.tag.addItem(name, name)
        index = self.tag.findData(current)
        self.tag.setCurrentIndex(max(index, 0))
        self.tag.blockSignals(False)

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.everything or changes.tags:
            self.reload()
        elif changes.contacts or changes.interactions:
            # A note's text can make its people match the filter, or no longer.
            self.model.written()
            self._show(changed=changes.contacts)
        if self.detail.contact_id is not None and (
            changes.everything or changes.contacts or changes.interactions or changes.follow_ups
        ):
            self.detail.show_contact(self.detail.contact_id)

    def _apply_filter(self) -> None:
        self._show(changed=())

    def _show(self, changed: Iterable[int] | None) -> None:
        """The view as the filter bar says; ``changed``: rows a write changed (None: all)."""
        had = bool(self.selected_ids())
        self._show_rows(changed)
        if had and not self.selected_ids():
            # A model reset (a filter that took rows from all over the list) clears the
            # selection without a signal: the hidden person's page stayed, and "Edit…"
            # beside it did nothing.
            self.detail.show_nothing()
            self._enable_for(0)

    def _show_rows(self, changed: Iterable[int] | None) -> None:
        selected = self.selected_ids()
        # The row after the last selected one (by id: rows above it may leave too), and
        # where it will be once the selected rows left: a write that takes them all
        # selects it, for one person as for several. (Not for a filter's keystroke:
        # that selects nobody, and the row after may not be read yet.)
        chosen = [] if changed == () else self.table.selectionModel().selectedRows()
        rows = [index.row() for index in chosen]
        row, after = -1, None
        if rows:
            last = max(rows)
            row = last + 1 - len(rows)
            if last + 1 < self.model.rowCount():
                after = self.model.id_at(last + 1)
        self.model.set_view(
            self.archived.isChecked(), None, changed, self.filter.text(), self.tag.currentData()
        )
        self._reselect(selected)
        self._say_archived()
        if self._bring_back and changed != ():
            # An undone archive: the people it restored are selected again, in place of
            # the one who took their row (or of nothing: with a filter typed, the list
            # was empty) — not when the person has moved on to someone else since.
            back, self._bring_back = self._bring_back, []
            now = self.selected_ids()
            if not now or now == self._took_row:
                self.table.selectionModel().clearSelection()
                self._reselect(back)
                if self.selected_ids():
                    self.table.scrollTo(self.table.currentIndex())
                return
        if selected and changed != () and row >= 0 and not self.selected_ids():
            # A write took the selected people out of the view (archived, deleted): the
            # one who took the row is selected, as in a mail program, so the keyboard
            # keeps its place. (A filter that hides them selects nobody: typing must
            # not pick someone.)
            took = self.model.row_for(after) if after is not None else None
            self._select_row(min(row, self.model.rowCount() - 1) if took is None else took)
            self._took_row = self.selected_ids()

    def _say_archived(self) -> None:
        """The empty list says how many archived contacts match, with a link to them."""
        count = archived_matching(self.journal, self.model.rowCount(), self.archived.isChecked(),
                                  self.filter.text(), self.tag.currentData())  # fmt: skip
        if count and self.archived_hint is None:
            self.archived_hint = ArchivedHint(self.table, lambda: self.archived.setChecked(True))
        if self.archived_hint is not None:
            self.archived_hint.say(count)

    def _select_row(self, row: int) -> None:
        if row < 0:
            return
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.table.selectionModel().setCurrentIndex(
            index, flags | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)

    # -- selection ----------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        selection = self.table.selectionModel()
        rows = selection.selectedRows()
        if rows and max(index.row() for index in rows) >= self.model.rows_read():
            self.model.complete()  # (a row past a filter's first screen: read the rest)
            rows = selection.selectedRows()
        return [index.data(ID_ROLE) for index in rows]

    def select(self, contact_id: int) -> bool:
        """Select this person (the filter cleared if it hides them); a contact merged
        away since the card, hit or link was drawn: the one it went into."""
        self.refresher.flush()
        if self.model.row_for(contact_id) is None:
            if not self.model.cached(contact_id):
                from netzjournal.store.merges import merged_into

                contact_id = merged_into(self.journal, contact_id) or contact_id
            if self.model.cached(contact_id):
                self.filter.clear()
                self.tag.setCurrentIndex(0)
        row = self.model.row_for(contact_id)
        if row is None:
            return False
        self._select_row(row)
        return True

    def _enable_for(self, count: int) -> None:
        """The actions on one person (edit, everything stored, delete everywhere) are
        on while exactly one is selected: with nobody or several they did nothing; archive
        and delete while anyone is; merge unless more than two are. Set at
        each selection change, not when a menu opens, so Ctrl+E works as soon as one is.
        (Their bar button, disabled, leaves the Tab chain as a disabled widget does.)"""
        a = self.app_actions
        one = count == 1
        a.show_all_data.setEnabled(one)
        writes = one and not self.journal.read_only  # (the read-only banner's rule)
        a.edit_contact.setEnabled(writes)
        a.delete_everywhere.setEnabled(writes)
        # Archive and delete act on one or several; with nobody selected they did nothing.
        anyone = count > 0 and not self.journal.read_only
        a.archive_contact.setEnabled(anyone)
        a.delete_contact.setEnabled(anyone)
        # Merging takes two: three were on and only explained on a click. (None or one:
        # the duplicates list, or with whom.)
        a.merge_contacts.setEnabled(count <= 2 and not self.journal.read_only)

    def _selection_changed(self) -> None:
        ids = self.selected_ids()
        self._enable_for(len(ids))
        # (The same contact selected again — a filter keystroke keeps it — needs no
        # new page: writes that change it reach the page through _on_changed.)
        if len(ids) == 1 and ids[0] != self.detail.contact_id:
            self.detail.show_contact(ids[0])
        elif not ids:
            self.detail.show_nothing()
        elif len(ids) > 1:
            from netzjournal.store.contact_batch import archived_among

            # (As the menus: archive the ones that are not, restore the archived.)
            self.detail.show_selection(len(ids), len(archived_among(self.journal, ids)))

    def _context_menu(self, pos: QPoint | None) -> None:
        """The selection's menu at the pointer (``pos``, in the viewport) or, from the
        keyboard, below the current row's name."""
        if not self.selected_ids():
            return
        viewport = self.table.viewport()
        if pos is None or not self.table.indexAt(pos).isValid():
            rect = self.table.visualRect(self.table.currentIndex())
            if not rect.isValid() or not viewport.rect().contains(rect.center()):
                rect = viewport.rect()
            pos = rect.center() if rect == viewport.rect() else rect.bottomLeft()
        self.selection.popup(self.selection.context_menu(), viewport.mapToGlobal(pos))

    def _link(self, url: QUrl) -> None:
        if url.scheme() == "selection":  # the page of several selected: their actions
            self._selection_link(url.path())
        elif url.scheme() == "note":
            self.events.open_note.emit(int(url.path()))
        elif url.scheme() == "event":
            self.events.open_event.emit(int(url.path()))
        else:
            QDesktopServices.openUrl(url)

    def _selection_link(self, what: str) -> None:
        from PySide6.QtGui import QCursor

        a = self.app_actions
        actions = {"add_tag": a.add_tag, "archive": a.archive_contact,
                   "merge": a.merge_contacts, "delete": a.delete_contact}  # fmt: skip
        if what == "closeness":
            self.selection.popup(self.selection.closeness, QCursor.pos())
        elif what == "remove_tag":
            self.selection.popup(self.selection.remove_tag, QCursor.pos())
        elif what == "restore":  # (the archived ones among them; all, or a mixed part)
            self.restore_selected()
        elif what in actions:
            actions[what].trigger()

    # -- commands -----------------------------------------------------------------------

    def new_contact(self) -> int | None:
        from netzjournal.coach import settings as coach_settings
        from netzjournal.commands.contacts import CreateContact
        from netzjournal.ui.contacts.editor import ContactEditor, new_until_saved
        from netzjournal.ui.texts import ui_language

        blank = coach_settings.new_contact(self.journal, ui_language())
        made: list[int | None] = []  # the new contact's id, once saved

        def save(editor: ContactEditor) -> bool:
            record = editor.record()
            assert record is not None
            try:
                outcome = CreateContact(
                    self.journal, record, editor.met_at_evening(), self._today()
                ).do()
            except StoreError as exc:
                from netzjournal.ui import not_saved, texts

                not_saved.warn(self, self.tr("Not saved"), texts.store_error_text(exc), exc)
                return False
            made.append(outcome.value)
            return True

        def make() -> ContactEditor:
            return ContactEditor(self.journal, blank, new=True, parent=self, today=self._today())

        if new_until_saved(make, save) is None:
            return None
        self.filter.clear()
        self.select(made[0] or 0)
        return made[0]

    def edit_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self.edit(ids[0])

    def edit(
        self, contact_id: int, focus: str = "", restore: dict[str, object] | None = None
    ) -> None:
        """The contact editor on this person; ``focus``: the field it opens on
        ("family_name": the coach's card asks for what its greeting lacks);
        ``restore``: a draft's fields put over the contact (offered at the start).

        What is typed is kept in the person's draft (drafts/contact-<id>) until it is
        saved or discarded."""
        from PySide6.QtWidgets import QMessageBox

        from netzjournal.commands.contacts import EditContact
        from netzjournal.store.contacts import get_contact
        from netzjournal.store.errors import NotFound
        from netzjournal.store.people import person_label
        from netzjournal.ui import undo
        from netzjournal.ui.contacts.editor import ContactEditor

        try:
            before = get_contact(self.journal, contact_id)  # the base the edit is made from
        except NotFound:  # (deleted since the card or row that asked was drawn)
            return
        shown = before
        draft = None
        if self.drafts_dir is not None and not self.journal.read_only:
            from netzjournal.drafts import DraftStore
            from netzjournal.ui import record_drafts

            draft = DraftStore.of_record(self.drafts_dir, "contact", contact_id)
            waiting = record_drafts.waiting_fields(draft) if restore is None else None
            if waiting is not None and record_drafts.saved_already(
                self.journal, "contact", contact_id, waiting
            ):
                record_drafts.forget_saved(draft)
            elif waiting is not None:
                label = person_label(self.journal, contact_id) or before.name
                answer = record_drafts.ask(self, record_drafts.contact_question(label))
                if answer == QMessageBox.StandardButton.Cancel:
                    return  # "Later": the editor stays closed, the draft kept
                if answer == QMessageBox.StandardButton.Yes:
                    restore = waiting
                else:
                    draft.clear()
        while True:
            editor = ContactEditor(self.journal, shown, parent=self, today=self._today(),
                                   draft=draft)  # fmt: skip
            if restore is not None:
                editor.load_draft(restore)
                restore = None
            if focus:
                editor.focus_field(focus)
            # Not accepted: discarded (the editor removed the draft) or the app is
            # quitting on a signal or a logout (the draft stays for the next start).
            if not editor.exec():
                return
            after = editor.record()
            assert after is not None
            command = EditContact(
                self.journal, before, after, editor.met_at_evening(), self._today()
            )
            conflict: list[StaleWrite] = []
            if step := undo.perform(self.undo_stack, command, self, on_stale=conflict.append):
                editor.forget_draft()
                if step.combined:
                    self._say_combined()
                return
            if not conflict:
                return
            # Changed elsewhere in the same fields: the editor opens again with
            # the other changes taken in and this edit's values where both
            # changed; saving then keeps those.
            self._say_conflict(conflict[0])
            assert conflict[0].current is not None and conflict[0].merged is not None
            before, shown = conflict[0].current, conflict[0].merged  # type: ignore[assignment]

    def _say_combined(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(
            self,
            self.tr("Saved"),
            self.tr(
                "This contact was changed elsewhere (in another window or by an import) "
                "while you edited it. Both changes are kept."
            ),
        )

    def _say_conflict(self, exc: StaleWrite) -> None:
        from PySide6.QtWidgets import QMessageBox

        from netzjournal.ui import texts

        QMessageBox.warning(
            self,
            self.tr("Changed elsewhere"),
            texts.store_error_text(exc)
            + "\n\n"
            + self.tr(
                "Nothing was saved yet. The editor opens again with the other changes "
                "taken in and your values in those fields: Save keeps yours, Cancel "
                "keeps the other version."
            ),
        )

    def restore_selected(self) -> None:
        """The archived ones of a mixed selection restored (its second entry); the
        others stay as they are. One undo step; undone, the selection is as it was."""
        from netzjournal.commands.contacts import ArchiveContacts
        from netzjournal.store.contact_batch import archived_among
        from netzjournal.ui import undo

        ids = self.selected_ids()
        archived = archived_among(self.journal, ids)
        if not archived:
            return
        part = [i for i in ids if i in archived]
        step = undo.perform(self.undo_stack, ArchiveContacts(self.journal, part, False), self)
        if step is not None:
            step.undone = lambda: setattr(self, "_bring_back", ids)

    def archive_selected(self) -> None:
        from PySide6.QtCore import QLocale

        from netzjournal.commands.contacts import ArchiveContacts
        from netzjournal.store.contact_batch import archived_among
        from netzjournal.ui import undo
        from netzjournal.ui.confirm import confirm

        selected = self.selected_ids()
        if not selected:
            return
        # All archived: restored. Otherwise the ones not archived are archived (a mixed
        # selection's archived part is its other entry's); several: asked first.
        archived = archived_among(self.journal, selected)
        ids = [i for i in selected if i not in archived] or selected
        restoring = len(archived) == len(selected)
        if len(ids) > 1 and not restoring:
            count = QLocale().toString(len(ids))
            question = self.tr(
                "Archive %1 contacts? They leave the list and the reconnect coach; "
                "“Show archived” brings them back. You can undo this with Ctrl+Z."
            )
            if self.archived.isChecked():  # (they stay in the list: said so)
                question = self.tr(
                    "Archive %1 contacts? They leave the reconnect coach and stay in the "
                    "list in italics while “Show archived” is ticked. You can undo this "
                    "with Ctrl+Z."
                )
            if not confirm(
                self,
                self.tr("Archive contacts"),
                question.replace("%1", count),
                self.tr("Archive"),
            ):
                return
        command = ArchiveContacts(self.journal, ids, not restoring)
        step = undo.perform(self.undo_stack, command, self)
        if step is not None:
            step.undone = lambda: setattr(self, "_bring_back", selected)

    def delete_selected(self) -> None:
        from netzjournal.commands.contacts import DeleteContacts
        from netzjournal.store.people import join_names, person_choices
        from netzjournal.ui import undo
        from netzjournal.ui.confirm import confirm

        ids = self.selected_ids()
        if not ids:
            return
        # Namesakes told apart ("Anna Schmidt · Stadtwerke"), as the pickers show them.
        choices = person_choices(self.journal, ids[:5])
        names = [choices[i].label for i in ids[:5] if i in choices]
        more = len(ids) - len(names)
        listing = join_names(names) + (f" (+{more})" if more > 0 else "")
        one = len(ids) == 1
        if not confirm(
            self,
            self.tr("Delete contact") if one else self.tr("Delete contacts"),
            (
                self.tr(
                    "Delete %1? The meeting notes stay in the journal without this person. "
                    "You can undo this with Ctrl+Z."
                )
                if one
                else self.tr(
                    "Delete %1? Their meeting notes stay in the journal without them. "
                    "You can undo this with Ctrl+Z."
                )
            ).replace("%1", listing),
            self.tr("Delete"),
        ):
            return
        undo.perform(self.undo_stack, DeleteContacts(self.journal, ids), self)

    def show_all_data(self) -> None:
        """Privacy: everything the journal holds about one person, on screen."""
        from PySide6.QtGui import QGuiApplication
        from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser

        from netzjournal.interchange.writers import markdown_person
        from netzjournal.ui import texts

        ids = self.selected_ids()
        if len(ids) != 1:
            return
        dialog = QDialog(self)
        dialog.setObjectName("allDataDialog")
        dialog.setWindowTitle(self.tr("Everything stored about this person"))
        view = QTextBrowser(dialog)
        view.setObjectName("allDataView")
        view.setMarkdown(markdown_person(self.journal, ids[0], texts.ui_language()))
        style.space_headings(view.document())
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(view)
        layout.addWidget(close)
        style.finish_dialog(dialog, minimum=(60, 16))
        metrics = dialog.fontMetrics()
        chrome = dialog.sizeHint() - view.sizeHint()  # margins, the button row

        def height_at(width: int) -> int:
            document = view.document().clone()
            document.setTextWidth(width - chrome.width() - 2 * view.frameWidth() - 24)
            return int(document.size().height()) + chrome.height() + 2 * view.frameWidth()

        screen = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        dialog.resize(
            style.reading_size(
                metrics.averageCharWidth(), metrics.lineSpacing(), height_at, screen.size()
            )
        )
        dialog.exec()

    def delete_everywhere(self) -> None:
        """Privacy: erase a person from the journal, its backups and drafts, for good."""
        from netzjournal.ui.contacts.erase import erase_everywhere

        ids = self.selected_ids()
        if len(ids) != 1:
            return
        erase_everywhere(self, self.journal, ids[0], self.drafts_dir, self.undo_stack)

    def _with_a_namesake(self, contact_id: int) -> list[int] | None:
        """One contact selected: it and the namesake or possible duplicate the person
        picks to merge it with (by id); just it when there is none; None if they
        cancelled."""
        from PySide6.QtWidgets import QDialog

        from netzjournal.store.duplicates import duplicates_of, people_facts
        from netzjournal.store.people import find_people_by_name, person_by_id, person_choices
        from netzjournal.ui.contacts.merge import MergePartnerDialog, facts_text

        me = person_by_id(self.journal, contact_id)
        if me is None:
            return [contact_id]
        namesakes = [c for c in find_people_by_name(self.journal, me.name) if c.id != contact_id]
        named = {c.id: c for c in namesakes}
        # The likeliest first: possible duplicates (the same address, or name and
        # organisation; also under another spelling: "Mueller, Hans"), then the other
        # namesakes, who may be someone else of that name.
        likely = duplicates_of(self.journal, contact_id)
        found = person_choices(self.journal, [i for i in likely if i not in named])
        others = [named.get(i) or found[i] for i in likely if i in named or i in found]
        others += [c for c in namesakes if c.id not in set(likely)]
        if not others:
            return [contact_id]
        # Under each, what tells them apart (e-mail, phone, city, notes, source), as in
        # the merge question that follows: a name alone ("Mueller, Hans") says little.
        # (Among many namesakes, for the possible duplicates only: three lines each
        # would make the question taller than the screen; the label tells namesakes apart.)
        shown = [c.id for c in others if len(others) <= 4 or c.id in set(likely)]
        facts = people_facts(self.journal, shown)
        details = [facts_text(facts[c.id]) if c.id in facts else "" for c in others]
        ask = MergePartnerDialog(me.label, [c.label for c in others], self, details)
        if ask.exec() != QDialog.DialogCode.Accepted:
            return None
        return [contact_id, others[ask.chosen()].id]

    def merge_selected(self) -> None:
        """Edit → Merge: two selected; one, with the namesake or possible duplicate
        the person picks; none (or one without any), the list of possible duplicates."""
        ids = self.selected_ids()
        if len(ids) == 1:
            partnered = self._with_a_namesake(ids[0])
            if partnered is None:  # the person cancelled
                return
            ids = partnered
        if len(ids) == 2:
            self.merge_pair(ids)
        elif len(ids) < 2:
            self.find_duplicates()
        else:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(
                self,
                self.tr("Merge contacts"),
                self.tr("Select exactly two contacts (Ctrl+click) to merge them."),
            )

    def find_duplicates(self) -> None:
        """Edit → Find duplicates: the pairs likely to be one person, to merge or set apart."""
        from netzjournal.ui.contacts.duplicates import DuplicatesDialog

        DuplicatesDialog(self.journal, self.undo_stack, self.merge_pair, self, self.events).exec()

    def merge_pair(self, ids: list[int], still: Callable[[], bool] | None = None) -> bool:
        """Ask which of the two stays (with what tells them apart), then merge; True
        when merged. The draft of the one merged away is carried over to the one kept.
        ``still()``, after the question, False: the two changed elsewhere meanwhile (the
        question showed them as they were): nothing is merged."""
        from PySide6.QtWidgets import QDialog

        from netzjournal.commands.contacts import MergeContacts
        from netzjournal.store.contacts import get_contact
        from netzjournal.store.duplicates import people_facts
        from netzjournal.store.people import person_choices
        from netzjournal.ui import undo
        from netzjournal.ui.contacts.merge import MergeDialog, facts_text

        # Chosen by id: namesakes are listed with what tells them apart
        # ("Chloe Baker · Weserbogen Logistik"), and the labels are unique.
        choices = person_choices(self.journal, ids)
        if any(i not in choices for i in ids):
            return False  # (gone meanwhile)
        labels = [choices[i].label for i in ids]
        facts = people_facts(self.journal, ids)
        ask = MergeDialog(labels, self, [facts_text(facts[i]) for i in ids])
        if ask.exec() != QDialog.DialogCode.Accepted or (still is not None and not still()):
            return False
        kept = ask.kept()
        keep_id, other_id = ids[kept], ids[1 - kept]
        other = get_contact(self.journal, other_id)  # (its draft's edits are found by it)
        from netzjournal.drafts import DraftStore

        drafts = self.drafts_dir
        # A draft of the one merged away: kept with the merge, carried just after it.
        waits = drafts is not None and DraftStore.of_record(drafts, "contact", other_id).exists()
        merge = MergeContacts(self.journal, keep_id, other_id, self._today(), keep_was=waits)
        step = undo.perform(self.undo_stack, merge, self)
        if step is None:
            return False
        if drafts is not None:
            from netzjournal.ui import record_drafts

            def carry() -> None:
                """What was typed for the one merged away is offered on the one
                kept; an undone merge gives it back, a redone one carries it again."""
                assert step is not None and drafts is not None
                step.undone = record_drafts.carry_over_or_keep(self.journal, drafts, other, keep_id)

            carry()
            step.redone = carry
        self.select(keep_id)
        return True
