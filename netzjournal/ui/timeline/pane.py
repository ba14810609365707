"""The timeline view: filters on top, the paged list below."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QSize
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from netzjournal.store.catalog import list_tags
from netzjournal.store.changes import ChangeSet
from netzjournal.store.journal import Journal
from netzjournal.store.listings import NoteFilter, TimelineEntry, years_with_entries
from netzjournal.ui import style, texts
from netzjournal.ui.events import AppEvents
from netzjournal.ui.person_picker import PersonPicker
from netzjournal.ui.refresh import DeferredRefresh
from netzjournal.ui.timeline.delegate import TimelineDelegate
from netzjournal.ui.timeline.model import ENTRY_ROLE, TimelineModel
from netzjournal.ui.wrapping_bar import WrappingBar


class TimelinePane(QWidget):
    def __init__(
        self,
        journal: Journal,
        events: AppEvents,
        today: Callable[[], dt.date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("timelinePane")
        self.journal, self.events = journal, events
        self.model = TimelineModel(journal, today, self)
        # A line with completion, not a combo box of 5,000 names; it filters by id,
        # so a namesake's notes never show up for the other.
        self.person = PersonPicker(journal)
        self.person.setObjectName("timelinePerson")
        self.person.setPlaceholderText(self.tr("All people"))
        self.person.setClearButtonEnabled(True)
        self.person.setMinimumWidth(self.fontMetrics().averageCharWidth() * 14)
        self.tag = QComboBox()
        self.tag.setObjectName("timelineTag")
        self.kind = QComboBox()
        self.kind.setObjectName("timelineKind")
        self.kind.addItem(self.tr("All kinds"), None)
        for code, label in texts.kinds():
            self.kind.addItem(texts.kind_icon(code), label, code)
        self.year = QComboBox()
        self.year.setObjectName("timelineYear")
        self.jump = QComboBox()
        self.jump.setObjectName("timelineJump")
        self.view = QListView()
        self.view.setObjectName("timelineView")
        self.view.setAccessibleName(self.tr("Timeline"))
        self.view.setModel(self.model)
        self.view.setItemDelegate(TimelineDelegate(self.view))
        self.view.setUniformItemSizes(False)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # No captions: each filter says what it is ("All people", "All tags", …),
        # and the bar fits beside the coach in a 1024 px window (narrower, it wraps).
        for label, widget in (
            (self.tr("Person"), self.person),
            (self.tr("Tag"), self.tag),
            (self.tr("Kind"), self.kind),
            (self.tr("Year"), self.year),
        ):
            widget.setAccessibleName(label)
            widget.setToolTip(label)
        bar = WrappingBar()
        bar.add_group(self.person, self.tag)
        bar.add_group(self.kind, self.year)
        bar.add_group(QLabel(self.tr("Jump to")), self.jump, right=True)
        # Narrow combo boxes: the bar must fit beside the coach in a 1024 px window.
        for combo in (self.tag, self.kind, self.year, self.jump):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10 if combo is not self.year else 5)
        # "All tags" in full (German "Alle Schlagwörter" was cut); the person field,
        # "All kinds" and "Newest" or a year need less room, so the bar (and with it
        # the coach beside it at 1024) stays about as wide as before.
        self.tag.setIconSize(QSize(0, 0))  # tags have no icon: no room kept for one
        metrics = self.tag.fontMetrics()
        chars = -(-metrics.horizontalAdvance(self.tr("All tags")) // metrics.averageCharWidth())
        self.tag.setMinimumContentsLength(max(10, chars))
        self.jump.setMinimumContentsLength(7)
        self.kind.setMinimumContentsLength(9)
        layout = QVBoxLayout(self)
        style.pane_margins(layout)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self._fill_choices()
        for combo in (self.tag, self.kind, self.year):
            combo.currentIndexChanged.connect(self._filter_changed)
        self.person.person_changed.connect(self._filter_changed)
        self.jump.activated.connect(self._jump)
        self.view.doubleClicked.connect(self._open)
        self.view.activated.connect(self._open)
        self.refresher = DeferredRefresh(self, self._on_changed)
        events.changed.connect(self.refresher.changed)
        self.model.reload()

    def _fill_choices(self) -> None:
        self.person.refresh_names()
        combos = (self.tag, self.year, self.jump)
        keep = [c.currentData() for c in combos]
        for combo in combos:
            combo.blockSignals(True)
            combo.clear()
        self.tag.addItem(self.tr("All tags"), None)
        for t in list_tags(self.journal):
            self.tag.addItem(t.name, t.name)
        self.year.addItem(self.tr("All years"), None)
        self.jump.addItem(self.tr("Newest"), None)
        for y in years_with_entries(self.journal):
            self.year.addItem(str(y), y)
            self.jump.addItem(str(y), y)
        for combo, value in zip(combos, keep, strict=True):
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)

    def current_filter(self) -> NoteFilter:
        return NoteFilter(
            contact_id=self.person.person_id,
            tag=self.tag.currentData(),
            kind=self.kind.currentData(),
            year=self.year.currentData(),
        )

    def _filter_changed(self) -> None:
        flt = self.current_filter()
        if flt != self.model.current_filter:
            self.model.set_filter(flt)
            self.jump.setCurrentIndex(0)

    def _jump(self) -> None:
        self.model.start_at_year(self.jump.currentData())
        self.view.scrollToTop()

    def _open(self, index: QModelIndex) -> None:
        entry = index.data(ENTRY_ROLE)
        if isinstance(entry, TimelineEntry) and entry.source == "interaction":
            self.events.open_note.emit(entry.id)
        elif isinstance(entry, TimelineEntry) and entry.source == "event":
            self.events.open_event.emit(entry.id)

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.everything or changes.interactions or changes.events or changes.contacts:
            if changes.everything or changes.contacts or changes.tags:
                self._fill_choices()
            self.model.reload()
