"""The meeting-notes view: a filterable list on the left, the editor on the right."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QResizeEvent, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from netzjournal.commands.notes import DeleteNotes, EditNote
from netzjournal.store.changes import ChangeSet
from netzjournal.store.journal import Journal
from netzjournal.store.listings import NoteFilter
from netzjournal.store.records import InteractionRecord
from netzjournal.store.stale import StaleWrite
from netzjournal.ui import style, texts, undo, unsaved
from netzjournal.ui.actions import Actions
from netzjournal.ui.columns import ColumnFitter
from netzjournal.ui.confirm import confirm
from netzjournal.ui.divider import Divider
from netzjournal.ui.events import AppEvents
from netzjournal.ui.notes.editor import NoteEditor
from netzjournal.ui.notes.model import ID_ROLE, NotesListModel
from netzjournal.ui.refresh import DeferredRefresh
from netzjournal.ui.table_model import row_table

# Room to spare in the list goes to a column's text up to this many characters (the
# people of an evening: "Olaf Schäfer; Wolfgang Sauer; Chloe Hughes; …").
LIST_TEXT_CHARS = 60
# The divider gives the list up to this many characters of a column's text: beyond the
# editor's reading width, room is worth more to an evening's people than to the editor
# (coach folded at 1920 the editor took ~1010 px of empty text box while "Mit" of
# evenings with four or more people was cut).
LIST_WHOLE_CHARS = 120


class NotesPane(QWidget):
    def __init__(
        self,
        journal: Journal,
        events: AppEvents,
        actions: Actions,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("notesPane")
        self.journal, self.events, self.app_actions, self.undo_stack = (
            journal,
            events,
            actions,
            undo_stack,
        )
        self.model = NotesListModel(journal, self)
        self.model.reload()  # what the journal holds now, whenever this pane is built
        self.open_only = QCheckBox(self.tr("Only notes with open follow-ups"))
        self.open_only.setObjectName("openFollowUps")
        self.list = row_table(self.model, "notesView")
        self.list.setAccessibleName(self.tr("Meeting notes"))
        style.table_rows(self.list)
        self.list.setWordWrap(False)
        self.list.setAlternatingRowColors(True)
        # No horizontal scrollbar: columns fitted to the width by priority (ui/columns.py).
        m, em = NotesListModel, self.fontMetrics().averageCharWidth()
        # The date column as wide as the longest date in this language, with room.
        sample = texts.format_datetime(dt.datetime(2026, 12, 31, 23, 59))
        date_width = self.fontMetrics().horizontalAdvance(sample) + 3 * em
        # The kind as wide as its longest label in this language with its badge
        # ("Veranstalt…" was cut at 15 characters while the date had room).
        badge = self.list.iconSize().width() if self.list.iconSize().isValid() else 0
        kind_width = (
            max(self.fontMetrics().horizontalAdvance(label) for _, label in texts.kinds())
            + max(badge, 18)
            + 3 * em
        )
        self.columns = ColumnFitter(
            self.list,
            priority=(m.DATE, m.PEOPLE, m.TITLE, m.KIND),
            widths={m.DATE: date_width, m.KIND: kind_width, m.PEOPLE: 18 * em, m.TITLE: 20 * em},
            always=m.DATE,
            # Date and kind are whole at their width: room to spare goes to the people
            # and the title (at 1920 the kind grew to ~240 px while "Mit" was cut).
            fixed=(m.DATE, m.KIND),
            content_cap=(LIST_TEXT_CHARS * em, LIST_WHOLE_CHARS * em),
        )
        self.list.addAction(actions.delete_note)
        self.editor = NoteEditor(journal)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("notesSplitter")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(self.open_only)
        bar.addStretch(1)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.list, 1)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([470, 610])
        # Until the person drags the divider (or a dragged one is restored), a wide
        # window gives the list what its columns need (people and titles whole) and
        # the editor keeps a reading width; narrow, the 2:3 share stands.
        self._list_wanted: int | None = None  # found from the rows loaded, on demand
        self.model.modelReset.connect(self._forget_wanted)
        self.editor_reading = 100 * em  # its form: labels beside ~70 characters of text
        self.divider = Divider(
            self.splitter,
            lambda: self.list_wanted,
            lambda: max(
                self.editor.minimumSizeHint().width(),
                self.editor_reading,
                self.editor.roomy_width(),
            ),
            lambda total: total * 2 // 5,  # the narrow window's 2:3
        )
        layout = QVBoxLayout(self)
        style.pane_margins(layout)
        layout.addWidget(self.splitter)
        self.open_only.toggled.connect(self._filter_changed)
        self.list.selectionModel().currentRowChanged.connect(self._current_changed)
        self.editor.save_requested.connect(self.save)
        self.editor.delete_requested.connect(self.delete_current)
        actions.save_note.triggered.connect(self._save_if_visible)
        actions.delete_note.triggered.connect(self.delete_current)
        self.refresher = DeferredRefresh(self, self._on_changed)
        events.changed.connect(self.refresher.changed)
        self._selecting = False

    def _forget_wanted(self) -> None:
        self._list_wanted = None

    @property
    def list_wanted(self) -> int:
        """The list's width at which every shown column holds its text (up to
        LIST_WHOLE_CHARS characters): the fitter gives room to spare to cut text first,
        so the list needs each column's text or asked width, whichever is more."""
        if self._list_wanted is None:
            em = self.fontMetrics().averageCharWidth()
            count = self.model.columnCount()
            shown = [c for c in range(count) if c not in self.columns.user_hidden]
            wants = {c: self.columns._width(c) for c in shown}
            for c in shown:
                if c not in self.columns.fixed:  # room to spare goes to cut text first
                    need = min(self.list.sizeHintForColumn(c), LIST_WHOLE_CHARS * em)
                    wants[c] = max(wants[c], need)
            frame = self.list.width() - self.list.viewport().width()
            self._list_wanted = sum(wants.values()) + frame
        return self._list_wanted

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.divider.follow()

    # -- unsaved changes: the pane is the note editor's Editor (ui/unsaved.py) ----------

    def has_unsaved_changes(self) -> bool:
        return self.editor.has_unsaved_changes()

    def discard(self) -> None:
        record = self.editor.record
        self.editor.show_note(record.id if record else None)

    def settle(self) -> bool:
        """True when the note shown may be left (saved, discarded or unchanged)."""
        return unsaved.settle(self, self, self.editor.unsaved_question())

    def _filter_changed(self) -> None:
        if not self.settle():
            self.open_only.blockSignals(True)
            self.open_only.setChecked(not self.open_only.isChecked())
            self.open_only.blockSignals(False)
            return
        self.model.set_filter(NoteFilter(open_follow_ups=self.open_only.isChecked()))
        self.editor.show_note(None)

    def _current_changed(self) -> None:
        if self._selecting:
            return  # select() loads the note itself
        index = self.list.currentIndex()
        target = index.data(ID_ROLE) if index.isValid() else None
        shown = self.editor.record.id if self.editor.record else None
        if target == shown:
            return
        if not self.settle():
            if shown is not None:  # back to the note being edited, its text untouched
                self.select(shown, load=False)
                # A click makes its row current first and selects it after this returns.
                QTimer.singleShot(0, self, lambda: self.select(shown, load=False))
            return
        if target is None:
            self.editor.show_note(None)
        else:
            self.select(target)

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.everything or changes.interactions or changes.follow_ups or changes.contacts:
            current = self.editor.record.id if self.editor.record else None
            self.model.reload()
            if current is not None and not self.select(current, load=False):
                if not self.editor.edited:
                    self.editor.show_note(None)
            elif (
                current is not None
                and not self.editor.edited
                and (changes.everything or current in changes.interactions)
            ):
                # Nothing typed here: show the note as it is now (an undo, or a
                # change made by another process). Typed text is never replaced;
                # its save is checked against the newer version instead.
                self.editor.show_note(current)

    def select(self, note_id: int, load: bool = True) -> bool:
        """Select a note, fetching further pages until it is loaded.

        Loading another note first settles unsaved changes to the one shown
        (False if the person chose to keep editing it); the note being
        edited is not loaded again over its changes.
        """
        self.refresher.flush()
        shown = self.editor.record.id if self.editor.record else None
        if load and shown == note_id and self.editor.has_unsaved_changes():
            load = False
        if load and shown != note_id and not self.settle():
            return False
        row = self.model.row_of(note_id)
        while row is None and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.row_of(note_id)
        if row is None and self.open_only.isChecked():
            self.open_only.setChecked(False)
            return self.select(note_id, load)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self._selecting = True
        try:
            self.list.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            self._selecting = False
        self.list.scrollTo(index)
        if load:
            self.editor.show_note(note_id)
        return True

    def _save_if_visible(self) -> None:
        if self.isVisible() and self.editor.isEnabled():
            self.save()

    def save(self) -> bool:
        before = self.editor.record
        if before is None:
            return False
        value = self.editor.value()
        if value is None:
            return False
        after, follow, gone = value
        command = EditNote(self.journal, after, follow, removed=gone, base=before,
                           new_people=self.editor.participants.new_people())  # fmt: skip
        step = undo.perform(self.undo_stack, command, self, on_stale=self._conflict)
        if step is None:
            return False
        # Loaded again: new follow-ups now have their ids (a second save must not
        # add them twice).
        self.editor.show_note(after.id)
        self.select(after.id or 0, load=False)
        if step.combined:
            QMessageBox.information(
                self,
                self.tr("Saved"),
                self.tr(
                    "This note was changed elsewhere (in another window or by an import) "
                    "while you edited it. Both changes are kept."
                ),
            )
        return True

    def _conflict(self, exc: StaleWrite) -> None:
        """Same fields changed elsewhere: keep this text, take the rest in, say so."""

        if isinstance(exc.merged, InteractionRecord) and isinstance(exc.current, InteractionRecord):
            # New people named in it were not created (nothing was saved): shown as new again.
            new = self.editor.participants.new_people()
            self.editor.show_record(exc.merged, base=exc.current, new_people=new)
        QMessageBox.warning(
            self,
            self.tr("Changed elsewhere"),
            texts.store_error_text(exc)
            + "\n\n"
            + self.tr(
                "Nothing was saved yet. The editor shows the other changes taken in and "
                "your text in those fields: save again to keep yours."
            ),
        )

    def delete_current(self) -> None:
        record = self.editor.record
        if record is None or record.id is None:
            return
        if not confirm(
            self,
            self.tr("Delete note"),
            self.tr("Delete this note? You can undo this with Ctrl+Z."),
            self.tr("Delete"),
        ):
            return
        undo.perform(self.undo_stack, DeleteNotes(self.journal, [record.id]), self)
