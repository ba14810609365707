"""Global search: a field in the tool bar and grouped results beneath it.

The results list is a child widget laid over the window (not a popup
window), so typing stays in the field and it works the same everywhere.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from netzjournal.localized import search_field
from netzjournal.store.events import search_events
from netzjournal.store.folding import match_spans, query_terms
from netzjournal.store.fulltext import SearchHit, search
from netzjournal.store.journal import Journal
from netzjournal.ui import texts

if TYPE_CHECKING:
    from netzjournal.ui.search_rows import ResultsList

KIND_ROLE = Qt.ItemDataRole.UserRole + 1

ID_ROLE = Qt.ItemDataRole.UserRole + 2
# A hit's SearchRow (what the list draws); a header's title; None for "Nothing found".
ROW_ROLE = Qt.ItemDataRole.UserRole + 3
Index = QModelIndex | QPersistentModelIndex
REOPEN_REASONS = (
    Qt.FocusReason.MouseFocusReason,
    Qt.FocusReason.TabFocusReason,
    Qt.FocusReason.BacktabFocusReason,
    Qt.FocusReason.ShortcutFocusReason,
)


_NO_DATE = dt.datetime.min
# Hits shown of each kind: the best ones; the list is for getting somewhere quickly.
SHOWN = {"contact": 8, "interaction": 12, "event": 5}


class SearchRow(NamedTuple):
    """A hit as the list draws it (ui/search_rows.py); spans are ``(start, end)`` of
    the matched words in their text."""

    date: str  # a note's or an event's day, else ""
    title: str
    title_spans: list[tuple[int, int]]
    where: str  # the field's name ("Themen"), or "" where it goes without saying
    snippet: str
    snippet_spans: list[tuple[int, int]]


class SearchResultsModel(QAbstractListModel):
    """Header rows ("Contacts (3)") followed by their hits. A hit is drawn as two
    lines (:class:`SearchRow`): its name or title, then where it matched — "Themen:
    … Barrierefreiheit …" — with the words that matched emphasised in both."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, object]] = []
        self._terms: list[str] = []
        self._drawn: dict[int, SearchRow] = {}  # made when a row is first drawn

    def field_name(self, field: str) -> str:
        """What the list calls the text a snippet is from ("" where it goes without saying);
        the command line's search says the same (one table, without Qt)."""
        return search_field(field, texts.ui_language())

    def set_hits(
        self,
        contacts: list[SearchHit],
        notes: list[SearchHit],
        events: list[SearchHit] | None = None,
        terms: list[str] | None = None,
        more: Collection[str] = (),
    ) -> None:
        """``terms``: the typed words, folded (:func:`query_terms`), to emphasise;
        ``more``: the kinds ("contact", "interaction", "event") of which more match
        than are shown — their header says so rather than count only the ones shown
        ("Contacts (8)" for a name that 40 people share read as "8 of them")."""
        self.beginResetModel()
        self._rows = []
        self._terms = list(terms or [])
        self._drawn = {}
        # The best notes (search ranks them), shown newest first: each line starts
        # with its date, and a list of dates in no order read as a mistake.
        notes = sorted(notes, key=lambda h: h.when or _NO_DATE, reverse=True)
        for hits, kind, best, header in (
            (contacts, "contact", self.tr("Contacts (the best %1 of more – keep typing to narrow)"),
             self.tr("Contacts (%1)")),
            (notes, "interaction",
             self.tr("Meeting notes (the best %1 of more – keep typing to narrow)"),
             self.tr("Meeting notes (%1)")),
            (events, "event", self.tr("Events (the best %1 of more – keep typing to narrow)"),
             self.tr("Events (%1)")),
        ):  # fmt: skip
            if hits:
                text = (best if kind in more else header).replace("%1", str(len(hits)))
                self._rows.append(("header", text))
                self._rows += [("hit", h) for h in hits]
        if not self._rows:
            self._rows.append(("empty", self.tr("Nothing found")))
        self.endResetModel()

    def first_hit(self) -> QModelIndex:
        for n, (kind, _) in enumerate(self._rows):
            if kind == "hit":
                return self.index(n, 0)
        return QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()][0] == "hit":
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.ItemIsEnabled

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        kind, value = self._rows[index.row()]
        if kind != "hit":
            if role == Qt.ItemDataRole.DisplayRole:
                return value
            if role == ROW_ROLE:  # a header is drawn bold, "Nothing found" plain
                return value if kind == "header" else None
            if role == Qt.ItemDataRole.FontRole:
                from PySide6.QtGui import QFont  # (not needed to start)

                font = QFont()
                font.setBold(True)
                return font
            return None
        hit = value
        assert isinstance(hit, SearchHit)
        if role == KIND_ROLE:
            return hit.kind
        if role == ID_ROLE:
            return hit.id
        if role == ROW_ROLE:
            return self._row(index.row(), hit)
        if role == Qt.ItemDataRole.DisplayRole:  # (what a screen reader says)
            row = self._row(index.row(), hit)
            title = f"{row.date}  {row.title}" if row.date else row.title
            where = f"{row.where}: {row.snippet}" if row.where else row.snippet
            return f"{title} – {where}" if where else title
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.snippet
        return None

    def _row(self, n: int, hit: SearchHit) -> SearchRow:
        row = self._drawn.get(n)
        if row is None:
            when = texts.format_date(hit.when.date()) if hit.when else ""
            row = SearchRow(
                when,
                hit.label,
                match_spans(hit.label, self._terms),
                self.field_name(hit.field),
                hit.snippet,
                match_spans(hit.snippet, self._terms),
            )
            self._drawn[n] = row
        return row


def _said_once(hit: SearchHit, detail: str) -> str:
    """The hit's "organisation · role · city" line without what the label's namesake
    detail already says: "Anna Müller · Isar Health" over "Isar Health · Produktleiterin ·
    München" named the organisation twice; the line now reads "Produktleiterin · München"."""
    if hit.field or not detail or detail.startswith("("):
        return hit.snippet  # (a snippet from other text, or a twin's "(2)")
    said = set(detail.split(" · "))
    return " · ".join(p for p in hit.snippet.split(" · ") if p not in said)


class GlobalSearch(QObject):
    """Wires the search field to the results list; emits what was chosen."""

    open_contact = Signal(int)
    open_note = Signal(int)
    open_event = Signal(int)

    def __init__(self, journal: Journal, field: QLineEdit, host: QWidget) -> None:
        super().__init__(host)
        self.journal, self.field, self.host = journal, field, host
        self.model = SearchResultsModel(self)
        self._results: ResultsList | None = None  # built on the first search
        self._watching = False
        field.textChanged.connect(self.update_results)
        field.returnPressed.connect(self._open_first)
        field.installEventFilter(self)
        # The list closes when the focus leaves the search for anything but the list.
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    @property
    def results(self) -> ResultsList:
        """The list laid over the window; built when first needed, not at start."""
        if self._results is None:
            from PySide6.QtWidgets import QAbstractItemView, QListView

            from netzjournal.ui.search_rows import ResultsList

            results = ResultsList(self.host)
            results.setObjectName("searchResults")
            results.setAccessibleName(self.tr("Search results"))
            results.setModel(self.model)
            results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            results.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            results.setFrameShape(QListView.Shape.Box)
            results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            results.setSpacing(1)
            # (Two lines a hit, the match emphasised, the views' row padding: ResultsList.)
            results.setStyleSheet(
                "QListView#searchResults {"
                " border: 1px solid palette(dark); background: palette(base); }"
            )
            results.hide()
            results.installEventFilter(self)
            results.activated.connect(self._open)
            results.clicked.connect(self._open)
            self._results = results
        return self._results

    def _results_shown(self) -> bool:
        return self._results is not None and self._results.isVisible()

    def hide_results(self) -> None:
        """Close the list (Enter, Esc, focus or a click elsewhere, another view)."""
        if self._results is not None and self._results.isVisible():
            self._results.hide()
        self._watch_clicks(False)

    def _watch_clicks(self, on: bool) -> None:
        # An application-wide filter only while the list shows: any click outside
        # it (a label, the status bar, a tab) closes it, focus moving or not.
        app = QApplication.instance()
        if app is None or on == self._watching:
            return
        self._watching = on
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)

    def _inside(self, widget: QObject | None) -> bool:
        """Whether ``widget`` is the field, the list, or part of them."""
        while widget is not None:
            if widget is self.field or widget is self._results:
                return True
            widget = widget.parent()
        return False

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._results_shown() and not self._inside(new):
            self.hide_results()

    def update_results(self, text: str) -> None:
        if not text.strip():
            self.hide_results()
            return
        from dataclasses import replace

        from netzjournal.store.people import person_choices

        # One more than shown of each kind: whether more match (the header says so).
        contacts = search(self.journal, text, limit=SHOWN["contact"] + 1, kind="contact")
        notes = search(self.journal, text, limit=SHOWN["interaction"] + 1, kind="interaction")
        events = search_events(self.journal, text, limit=SHOWN["event"] + 1)
        found = {"contact": contacts, "interaction": notes, "event": events}
        more = {kind for kind, hits in found.items() if len(hits) > SHOWN[kind]}
        contacts, notes = contacts[: SHOWN["contact"]], notes[: SHOWN["interaction"]]
        events = events[: SHOWN["event"]]
        # Namesakes apart: "Chloe Baker · Weserbogen Logistik", whatever the snippet shows.
        choices = person_choices(self.journal, [h.id for h in contacts])
        contacts = [
            replace(h, label=choices[h.id].label, snippet=_said_once(h, choices[h.id].detail))
            if h.id in choices else h
            for h in contacts
        ]  # fmt: skip
        self.model.set_hits(contacts, notes, events, query_terms(text), more)
        self._place()
        self.results.show()
        self.results.raise_()
        self._watch_clicks(True)

    def _place(self) -> None:
        top_left = self.field.mapTo(self.host, QPoint(0, self.field.height() + 2))
        # Room for a snippet beside its label: 60 % of the window, 560 to 720 px.
        width = max(self.field.width(), min(720, max(560, int(self.host.width() * 0.6))))
        width = min(width, self.host.width() - 16)
        x = min(top_left.x(), max(0, self.host.width() - width - 8))
        delegate = self.results.rows
        spacing = 2 * self.results.spacing()
        content = 8 + sum(
            delegate.height_of(self.model.data(self.model.index(r, 0), KIND_ROLE) is not None)
            + spacing
            for r in range(self.model.rowCount())
        )
        # As tall as its rows, down to the window's bottom edge at most (it scrolls);
        # while it shows it does not shrink as the typed word narrows the hits: a list
        # jumping in height under each key is restless, and every shrink repaints the
        # views beneath it (the keystroke's cost).
        room = max(delegate.height_of(True) * 2, self.host.height() - top_left.y() - 8)
        height = min(content, room)
        if self._results_shown() and self.results.x() == x and self.results.width() == width:
            height = max(height, min(self.results.height(), room))
        self.results.setGeometry(x, top_left.y(), width, height)

    def _open_first(self) -> None:
        index = self.model.first_hit() if self._results_shown() else QModelIndex()
        if index.isValid():
            self._open(index)
        else:
            self.hide_results()  # Enter with nothing found closes the list too

    def _open(self, index: QModelIndex) -> None:
        kind, item_id = index.data(KIND_ROLE), index.data(ID_ROLE)
        if kind is None:
            return
        self.hide_results()
        if kind == "contact":
            self.open_contact.emit(item_id)
        elif kind == "event":
            self.open_event.emit(item_id)
        else:
            self.open_note.emit(item_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and watched is self.field:
            if not self._results_shown() and self.field.text():
                self.update_results(self.field.text())  # a click into the field: again
            return False
        if kind == QEvent.Type.MouseButtonPress:
            # Widgets only: the press reaches the window (a QWindow) first.
            if isinstance(watched, QWidget) and self._results_shown() and not self._inside(watched):
                self.hide_results()
            return False
        if watched is not self.field and watched is not self._results:
            return False  # the application-wide filter only looks at clicks
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key == Qt.Key.Key_Escape and self._results_shown():
                self.hide_results()
                self.field.setFocus()
                return True
            if watched is self.field and key == Qt.Key.Key_Down and self._results_shown():
                self.results.setFocus()
                self.results.setCurrentIndex(self.model.first_hit())
                return True
        if (
            watched is self.field
            and kind == QEvent.Type.FocusIn
            and isinstance(event, QFocusEvent)
            and event.reason() in REOPEN_REASONS
            and self.field.text()
        ):
            # Back in the field by a click, Tab or Ctrl+K: the results again. Not
            # when the focus merely falls back to it (a view built, a dialog closed).
            self.update_results(self.field.text())
        return False
