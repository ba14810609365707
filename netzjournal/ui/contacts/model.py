"""The contacts table model: the ordered ids of the view, rows fetched a page at a time.

As in Anki's browser table, SQLite filters and sorts (``store.summary.contact_ids``
over the maintained summary, its collation keys and their indexes) and the
model holds only the ordered ids; a keystroke in the filter keeps, from that
ordered list, the ids the full-text search matches. A row is read when the
view first asks for it, together with the rest of its page, into a cache; a
change set drops the changed ids from the cache and the model tells the view
exactly what happened — rows changed (``dataChanged``), rows moved (a layout
change that keeps persistent indexes), rows removed or inserted — and resets
only when the id list changed shape otherwise (a new filter, say).

The first load reads only the first screen's ids and how many rows there are
(an index count), so the start does not grow with the journal; :meth:`complete`
reads the whole ordered list right after the first paint (the scrollbar is
right from the start, the rows already shown stay where they are).
"""

from __future__ import annotations

import datetime as dt
import itertools
import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)

from netzjournal.store.contact_list import ContactRow, contact_rows
from netzjournal.store.folding import match_expression
from netzjournal.store.journal import Journal
from netzjournal.store.summary import contact_count, contact_ids
from netzjournal.ui import texts

if TYPE_CHECKING:
    from PySide6.QtGui import QFont

    from netzjournal.store.people import PersonChoice

ID_ROLE = Qt.ItemDataRole.UserRole + 2
# Plain ints: data() runs for every role of every painted cell, and reading a
# Qt enum member costs more than the rest of a cell's answer.
_DISPLAY, _TOOLTIP, _FONT, _SPOKEN = (
    int(r)
    for r in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.FontRole,
              Qt.ItemDataRole.AccessibleTextRole)
)  # fmt: skip
_HORIZONTAL = Qt.Orientation.Horizontal
Index = QModelIndex | QPersistentModelIndex

PAGE = 50  # rows read at once: a screen and then some
FIRST_SCREEN = 4 * PAGE  # ids read before the first paint (a tall screen shows ~80 rows)
CACHE_LIMIT = 20 * PAGE  # rows kept; more and the cache starts again (scrolling an XL list)
KEPT_FILTERS = 8  # filters whose ids are kept (50,000 contacts: ~0.4 MB each at most)
# Lists shorter than this are filtered in full at once (on 5,000 contacts that
# costs ~1 ms, less than telling the rest apart; on 50,000, ~8 ms).
FIRST_SCREENS_FROM = 10_000
REST_AFTER_MS = 250  # a filter's ids past its first screen, once typing pauses
MAX_RUNS = 16  # removals in more places than this: a reset is cheaper for the view
_ORDER = ("name", "organisation", "role", "city", "last_contact", "closeness", "tags")


class ContactsTableModel(QAbstractTableModel):
    """The contacts of one view (filter, archived or not, sort order), by id."""

    NAME, ORGANISATION, ROLE, CITY, LAST_CONTACT, CLOSENESS, TAGS = range(7)
    COLUMNS = 7

    def __init__(
        self, journal: Journal, today: Callable[[], dt.date], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._today = today
        self._ids: list[int] = []
        self._row_of: dict[int, int] | None = None  # made when asked often enough
        self._asked = 0  # lookups since the ids changed
        self._cache: dict[int, ContactRow] = {}
        # What each cached row shows, made once per row (a paint asks ~7 roles of
        # every visible cell); the last-contact texts are relative to the day.
        self._texts: dict[int, tuple[str, ...]] = {}
        self._day: dt.date | None = None
        self._day_checked = 0.0
        self._sort = (self.NAME, Qt.SortOrder.AscendingOrder)
        # (archived shown, only these ids, the filter's words as searched, its tag)
        self._view: tuple[bool, set[int] | None, str | None, str | None] = (
            False,
            None,
            None,
            None,
        )
        self._text = ""
        self._ordered: list[int] | None = None  # the view's ids without the filter's words
        # The last few filters' ids, for that ordered list (a backspace back to a
        # word typed before, or the same first letter again, reads nothing):
        self._kept: dict[str, list[int]] = {}
        self._loaded = False
        self._first_load = True
        # While only the first screen's ids are read: how many rows the view has
        # (None once every id is read); _beyond: a row past them was asked for.
        self._count: int | None = None
        self._beyond = False
        # A new filter over a long list shows its first screen and how many match;
        # the rest is kept from these matches when something needs it (a keystroke
        # typed right after needs none of it: it resets the view again).
        self._deferred: set[int] | None = None
        self._ordered_set: tuple[list[int], set[int]] | None = None  # (of which list, set)
        self._just_matched: tuple[str, set[int]] | None = None
        self._rest = QTimer(self)  # ... or when typing pauses
        self._rest.setSingleShot(True)
        self._rest.setInterval(REST_AFTER_MS)
        self._rest.timeout.connect(self.complete)
        self._italic: QFont | None = None  # for archived rows; made when first shown
        self._titles: list[str] | None = None
        # The organisation, city and role columns hidden: a namesake's name cell then
        # says which one it is ("Julia Schneider · Spreadshirt"), as the pickers would.
        self._apart = (False, False, False)
        self._told: dict[int, PersonChoice] = {}  # namesakes as the pickers tell them

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Organisation"),
            self.tr("Role"),
            self.tr("City"),
            self.tr("Last contact"),
            self.tr("Closeness"),
            self.tr("Tags"),
        ]

    def set_hidden_columns(self, hidden: Iterable[int]) -> None:
        """Which columns the view hides (after each fit): without the organisation
        (city, role) column, namesakes' name cells carry what tells them apart, so
        that two rows of „Julia Schneider“ no longer look the same."""
        hidden = set(hidden)
        apart = (self.ORGANISATION in hidden, self.CITY in hidden, self.ROLE in hidden)
        if apart == self._apart:
            return
        self._apart = apart
        self._texts.clear()
        self._told.clear()
        self._names_changed()

    def _names_changed(self) -> None:
        if self._ids:
            last = len(self._ids) - 1
            self.dataChanged.emit(self.index(0, self.NAME), self.index(last, self.NAME))

    # -- the view's ids -------------------------------------------------------------------

    def set_view(
        self,
        include_archived: bool,
        only: set[int] | None,
        changed: Iterable[int] | None = (),
        text: str = "",
        tag: str | None = None,
    ) -> None:
        """As :meth:`_set_view`; while namesakes are told apart in the name cell, a
        change of anyone's name can make or end a namesake in another row: every row
        is read again (a page at a time, as painted)."""
        if changed is not None:
            changed = list(changed)
        again = bool(changed) and any(self._apart)
        if again:
            self._forget()
        self._set_view(include_archived, only, changed, text, tag)
        if again:
            self._names_changed()

    def _set_view(
        self,
        include_archived: bool,
        only: set[int] | None,
        changed: Iterable[int] | None = (),
        text: str = "",
        tag: str | None = None,
    ) -> None:
        """Show the contacts (archived ones too, or not) among ``only`` (None: everyone)
        that match the filter bar's ``text`` and have the ``tag``.

        ``changed``: contacts whose rows a write changed (their cached rows go;
        None: any row may have changed). With nothing changed and the same view
        — text that searches the same words counts as the same ("Anna " and
        "Anna") — nothing is read.
        """
        view = (include_archived, only, match_expression(text), tag)
        restart = (
            self._deferred is not None
            and self._loaded
            and changed is not None
            and not changed
            and view[:2] + view[3:] == self._view[:2] + self._view[3:]
        )
        if not restart:
            self.complete()  # the view's changes are worked out against every id
        self._text = text
        if view == self._view and self._loaded and changed is not None and not changed:
            return
        if restart:  # another filter over the first screen of one: a reset either way
            self.beginResetModel()
            self._view, self._deferred, self._count, self._beyond = view, None, None, False
            self._ids, self._row_of, self._asked = self._filter_or_head(), None, 0
            self.endResetModel()
            return
        base = (view[0], view[1], view[3])
        if (
            not self._loaded
            or changed is None
            or changed
            or base != self._view[:2] + self._view[3:]
        ):
            self._ordered = None  # a write or another base: SQLite orders again
        self._view, self._loaded = view, True
        if changed is None:
            self._forget()
            changed = list(self._ids)
        else:
            changed = list(changed)
            for cid in changed:
                self._cache.pop(cid, None)
                self._texts.pop(cid, None)
                self._told.pop(cid, None)
        first, self._first_load = self._first_load, False
        if first and only is None and view[2] is None and tag is None:
            self._show_first_screen()
            return
        head = self._head(changed)
        if head is not None and _removed_runs(self._ids, head[0], MAX_RUNS, whole=False) is None:
            self.beginResetModel()  # (rows go all over the list: no removals to tell)
            self._ids, self._count, self._deferred = head
            self._row_of, self._asked = None, 0
            self.endResetModel()
            self._rest.start()
        else:
            self._adopt(self._query(head[2] if head else None), changed)

    def _head(self, changed: list[int]) -> tuple[list[int], int, set[int]] | None:
        """For a new filter over a long list (no write): its first screen, how many
        match, and the matches; None to keep every id at once.

        (On 50,000 contacts one letter matches ~35,000: keeping them from the
        ordered list is the keystroke's largest cost, and the view shows 30.
        Counting them is a set intersection in C.)"""
        words = self._view[2]
        if changed or words is None or words in self._kept:
            return None
        ordered = self._base()
        if len(ordered) <= max(4 * FIRST_SCREEN, FIRST_SCREENS_FROM):
            return None
        matches = self._matches()
        head = list(itertools.islice(filter(matches.__contains__, ordered), FIRST_SCREEN))
        if len(head) < FIRST_SCREEN:  # every match: kept as if filtered in full
            self._kept[words] = head
            return None
        if self._ordered_set is None or self._ordered_set[0] is not ordered:
            self._ordered_set = (ordered, set(ordered))
        count = len(matches) - len(matches.difference(self._ordered_set[1]))  # (few not shown)
        if count <= FIRST_SCREEN or 0 < count - len(self._ids) <= PAGE:
            self._just_matched = (self._text, matches)  # (for _query, right after)
            return None  # (all shown, or perhaps a few rows inserted: told as such)
        return head, count, matches

    def _filter_or_head(self) -> list[int]:
        """The view's ids, or (for a new filter over a long list) its first screen."""
        head = self._head([])
        if head is None:
            return self._query()
        ids, self._count, self._deferred = head
        self._rest.start()
        return ids

    def _show_first_screen(self) -> None:
        """The first screen's ids and the row count: all the first paint needs (on
        50,000 contacts reading every id costs ~20 ms; the count reads an index)."""
        column, order = self._sort
        archived = self._view[0]
        conn = self._journal.connection()
        self.beginResetModel()
        self._ids = contact_ids(conn, archived, None, _ORDER[column],
                                order == Qt.SortOrder.DescendingOrder,
                                limit=FIRST_SCREEN)  # fmt: skip
        self._row_of, self._asked, self._ordered, self._count = None, 0, None, None
        self._deferred = None
        if len(self._ids) == FIRST_SCREEN:
            count = contact_count(conn, archived)
            if count > FIRST_SCREEN:
                self._count = count
        self.endResetModel()

    def complete(self) -> None:
        """Read every id of the view after a first load that read the first screen's.

        The rows shown stay put: the whole list begins with them (unless another
        program wrote in between: then the view is reset)."""
        if self._count is None:
            return
        count, known, beyond = self._count, self._ids, self._beyond
        matches, self._deferred = self._deferred, None
        self._count, self._beyond = None, False
        ids = self._query(matches)
        if len(ids) == count and ids[: len(known)] == known:
            self._ids, self._row_of, self._asked = ids, None, 0
            if beyond:  # rows past the first screen were painted empty meanwhile
                self.dataChanged.emit(
                    self.index(len(known), 0), self.index(count - 1, self.COLUMNS - 1)
                )
        else:
            self.beginResetModel()
            self._ids, self._row_of, self._asked = ids, None, 0
            self.endResetModel()

    def refresh(self, changed: Iterable[int] | None = None) -> None:
        """Read the ids again after a write (see :meth:`set_view`)."""
        self.written()
        archived, only, _words, tag = self._view
        self.set_view(archived, only, changed, self._text, tag)

    def written(self) -> None:
        """The journal changed: the next :meth:`set_view` reads the ids again, even
        with no row changed (a note: whom the filter finds, the last contacts' order)."""
        self._loaded = False

    def _base(self) -> list[int]:
        """The view's ids without the filter's words, ordered (read once per base)."""
        if self._ordered is None:
            column, order = self._sort
            archived, only, _words, tag = self._view
            self._kept.clear()
            self._ordered = contact_ids(self._journal.connection(), archived, only,
                                        _ORDER[column], order == Qt.SortOrder.DescendingOrder,
                                        tag=tag)  # fmt: skip
        return self._ordered

    def _matches(self) -> set[int]:
        just, self._just_matched = self._just_matched, None
        if just is not None and just[0] == self._text:
            return just[1]
        from netzjournal.store.fulltext import matching_contact_ids  # (the first keystroke)

        matches = matching_contact_ids(self._journal, self._text)
        assert matches is not None
        return matches

    def _query(self, matches: set[int] | None = None) -> list[int]:
        """The view's ids: SQLite filters (archived, tag, ``only``) and orders once per
        base; a keystroke then keeps those its words match, in that order.

        (For a one-letter filter on 50,000 contacts, SQLite ordering 34,000 matches
        costs ~60 ms — a temporary B-tree or a probe per row — while this keeps
        them from the ordered list in ~5 ms, and reads no row.)
        """
        ordered = self._base()
        words = self._view[2]
        if words is None:
            return list(ordered)
        kept = self._kept.pop(words, None)
        if kept is None:
            if matches is None:
                matches = self._matches()
            kept = list(filter(matches.__contains__, ordered))
        self._kept[words] = kept  # (last used last: the oldest goes first)
        if len(self._kept) > KEPT_FILTERS:
            del self._kept[next(iter(self._kept))]
        return list(kept)  # (the model edits its own list in place)

    def _adopt(self, new: list[int], changed: Iterable[int]) -> None:
        """Take ``new`` as the id list, telling the view as precisely as possible.

        (Each test is made only where it can succeed, and membership is tested in
        C: a keystroke on 50,000 contacts should not build sets it never needs.)
        """
        old = self._ids
        if new == old:
            self._rows_changed(changed)
            return
        changed = list(changed)
        if changed:  # (new rows are new: only rows that were there changed)
            before = set(old)
            changed = [c for c in changed if c in before]
        if len(new) == len(old) and set(new) == set(old):
            self._move_to(new)
        elif len(new) < len(old) and (runs := _removed_runs(old, new, MAX_RUNS)) is not None:
            self._remove(runs)
        elif (
            0 < len(new) - len(old) <= PAGE
            and (old_set := set(old)) < set(new)
            and list(filter(old_set.__contains__, new)) == old
        ):
            self._insert(new, set(new) - old_set)
        else:
            self.beginResetModel()
            self._ids, self._row_of, self._asked = new, None, 0
            if len(self._cache) > CACHE_LIMIT:
                self._forget()
            self.endResetModel()
            return
        self._rows_changed(changed)

    def _rows_changed(self, changed: Iterable[int]) -> None:
        last = self.COLUMNS - 1
        for cid in changed:
            row = self.row_for(cid)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def _move_to(self, new: list[int]) -> None:
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        ids = [self._ids[i.row()] for i in old]
        self._ids, self._row_of, self._asked = new, None, 0
        self.changePersistentIndexList(
            old,
            [
                self.index(self.row_for(cid) or 0, i.column())
                for cid, i in zip(ids, old, strict=True)
            ],
        )
        self.layoutChanged.emit()

    def _remove(self, runs: list[tuple[int, int]]) -> None:
        """Remove the rows of ``runs`` (first, last; ascending), from the end."""
        for first, last in reversed(runs):
            self.beginRemoveRows(QModelIndex(), first, last)
            gone = self._ids[first : last + 1]
            del self._ids[first : last + 1]
            self._row_of, self._asked = None, 0
            self.endRemoveRows()
            for cid in gone:
                self._cache.pop(cid, None)
                self._texts.pop(cid, None)

    def _insert(self, new: list[int], added: set[int]) -> None:
        for n, cid in enumerate(new):
            if cid in added:
                self.beginInsertRows(QModelIndex(), n, n)
                self._ids.insert(n, cid)
                self._row_of, self._asked = None, 0
                self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.COLUMNS or (column, order) == self._sort:
            return
        if self._deferred is not None:
            self.complete()  # (a filter's rest is kept in the order it was read in)
        self._sort, self._ordered = (column, order), None
        if self._count is not None:  # a saved sort order restored before the first paint
            self._show_first_screen()
        elif self._ids:
            self._move_to(self._query())

    # -- rows -----------------------------------------------------------------------------

    def row_for(self, contact_id: int) -> int | None:
        if self._count is not None and contact_id not in self._ids:
            if self._deferred is not None and contact_id not in self._deferred:
                return None  # (not matched: not in the view, whatever its rest)
            self.complete()
        if self._row_of is None:
            # A few lookups (the selection kept through a keystroke) search the
            # list in C; more make the map (50,000 ids: a few ms in Python).
            self._asked += 1
            if self._asked <= 8:
                try:
                    return self._ids.index(contact_id)
                except ValueError:
                    return None
            self._row_of = {cid: n for n, cid in enumerate(self._ids)}
        return self._row_of.get(contact_id)

    def rows_read(self) -> int:
        """How many of the view's ids are read (fewer than ``rowCount()`` while only a
        first screen is)."""
        return len(self._ids)

    def id_at(self, row: int) -> int:
        if row >= len(self._ids):
            self.complete()
        return self._ids[row]

    def contact_at(self, row: int) -> ContactRow:
        row_ = self._row(row)
        assert row_ is not None, "a contact in the view was deleted without a refresh"
        return row_

    def cached(self, contact_id: int) -> ContactRow | None:
        """The contact's row (read if not in the cache); None if there is no such contact."""
        if contact_id not in self._cache:
            for r in contact_rows(self._journal, True, [contact_id]):
                self._cache[r.id] = r
        return self._cache.get(contact_id)

    def _row(self, row: int) -> ContactRow | None:
        if row >= len(self._ids):
            self.complete()
        cid = self._ids[row]
        hit = self._cache.get(cid)
        if hit is None:
            self._fetch_page(row)
            hit = self._cache.get(cid)
        return hit

    def _forget(self) -> None:
        self._cache.clear()
        self._texts.clear()
        self._told.clear()

    def _fetch_page(self, row: int) -> None:
        if len(self._cache) > CACHE_LIMIT:
            self._forget()
        start = row - row % PAGE
        wanted = [i for i in self._ids[start : start + PAGE] if i not in self._cache]
        for r in contact_rows(self._journal, True, wanted):
            self._cache[r.id] = r

    # -- Qt model interface ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._ids) if self._count is None else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        # (Asked ~50 times per keystroke — the header's paint, the column fitter —
        # mostly for roles it has not: the titles are made once, the language
        # being chosen at start.)
        if role == _DISPLAY and orientation == _HORIZONTAL and 0 <= section < self.COLUMNS:
            if self._titles is None:
                self._titles = self.headers()
            return self._titles[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role not in _ROLES:  # most of what a paint asks (alignment, colours, icons)
            return None
        row = index.row()  # (-1 for an invalid index)
        if not 0 <= row < len(self._ids):
            self._past_known(row)
            return None
        if role == ID_ROLE:
            return self._ids[row]
        if role == _DISPLAY:
            shown = self._shown(row)
            return None if shown is None else shown[index.column()]
        r, col = self._row(row), index.column()
        if r is None:  # deleted by another program since the last refresh
            return None
        if role == _TOOLTIP:
            if col == self.LAST_CONTACT and r.last_contact:
                return texts.format_datetime(r.last_contact)
            if col == self.CLOSENESS:
                return self.tr("Closeness %1 of 5").replace("%1", str(r.closeness))
        if role == _SPOKEN and col == self.CLOSENESS:  # a screen reader said "black circle"
            return self.tr("Closeness %1 of 5").replace("%1", str(r.closeness))
        if role == _FONT and r.archived:
            if self._italic is None:
                from PySide6.QtGui import QFont

                self._italic = QFont()
                self._italic.setItalic(True)
            return self._italic
        return None

    def _past_known(self, row: int) -> None:
        if self._count is not None and 0 <= row < self._count and not self._beyond:
            # Past the first screen before the rest is read: empty for a moment
            # (no signal may be sent from here), read on the next turn.
            self._beyond = True
            QTimer.singleShot(0, self, self.complete)

    def cell_texts(self, row: int) -> tuple[tuple[str, ...] | None, bool]:
        """What the row's cells show, by column (None: gone), and whether in italics
        (archived) — for the delegate, which asks once per cell instead of per role."""
        if not 0 <= row < len(self._ids):
            self._past_known(row)
            return None, False
        shown = self._shown(row)
        if shown is None:
            return None, False
        r = self._cache.get(self._ids[row])
        return shown, bool(r is not None and r.archived)

    def _shown(self, row: int) -> tuple[str, ...] | None:
        """The row's texts by column (None: the contact is gone)."""
        now = time.monotonic()
        if now - self._day_checked > 1.0:  # "3 days ago" turns into "4 days ago" at midnight
            self._day_checked = now
            if (today := self._today()) != self._day:
                self._day = today
                self._texts.clear()
        cid = self._ids[row]
        shown = self._texts.get(cid)
        if shown is None:
            r = self._row(row)
            if r is None:
                return None
            assert self._day is not None
            shown = self._texts[cid] = (
                self._name(r),
                r.organisation,
                r.role,
                r.city,
                texts.relative(r.last_contact, self._day),
                texts.closeness_dots(r.closeness),
                ", ".join(r.tags),
            )
        return shown

    def _name(self, r: ContactRow) -> str:
        """The name cell: the name, and for a namesake what the view hides of what
        tells them apart, in the pickers' order (:func:`store.people.person_choices`):
        the organisation, else the city, else both; twins alike in both by the review's
        distinguisher (the role, an e-mail domain, the year met …). A column shown
        says its part itself (not the city of two Julias told apart by the
        organisation column)."""
        if not (r.namesake and any(self._apart)):
            return r.name
        told = self._told_apart(r.id)
        if told is None or not told.detail:  # (gone, or no namesake by the pickers' rule)
            return r.name
        organisation_hidden, city_hidden, role_hidden = self._apart
        organisation, city = r.organisation.strip(), r.city.strip()
        if told.extra:  # a twin: organisation and city tell nothing
            role_shown = not role_hidden and told.extra == r.role.strip()
            parts = [] if role_shown else [told.extra]
        elif told.detail == organisation:
            parts = [organisation] if organisation_hidden else []
        elif told.detail == city:
            parts = [city] if city_hidden else []
        else:
            parts = [p for p, hidden in ((organisation, organisation_hidden),
                                         (city, city_hidden)) if p and hidden]  # fmt: skip
        apart = ", ".join(parts)
        if apart and apart != r.name:  # (a firm filed under its own name)
            return f"{r.name} · {apart}"
        return r.name

    def _told_apart(self, contact_id: int) -> PersonChoice | None:
        """The person as the pickers tell them apart; read for every namesake the
        cache holds at once (a page), not a row at a time."""
        told = self._told.get(contact_id)
        if told is None:
            from netzjournal.store.people import person_choices

            wanted = {i for i, row in self._cache.items() if row.namesake} - set(self._told)
            wanted.add(contact_id)
            self._told.update(person_choices(self._journal, wanted, printed=True))
            told = self._told.get(contact_id)
        return told


def _removed_runs(
    old: list[int], new: list[int], limit: int, whole: bool = True
) -> list[tuple[int, int]] | None:
    """The runs of rows (first, last) that leave ``new`` when removed from ``old``, or
    None if ``new`` is not ``old`` less at most ``limit`` runs.

    Ids are unique, so ``new`` is ``old`` less some rows exactly when each id of
    ``new`` comes up further along ``old``. Each id is looked up in C from where
    the last stretch ended, and each stretch both lists share is measured by
    comparing slices of doubling length: a keystroke on 50,000 contacts builds no
    set, and stops after ``limit`` + 1 runs when rows go all over the list.
    ``whole=False``: ``new`` is the beginning of the new list (None: more runs go
    already, or it is not ``old`` less rows).
    """
    runs: list[tuple[int, int]] = []
    row, n, wanted, total = 0, 0, len(new), len(old)
    while n < wanted:
        try:
            at = old.index(new[n], row)
        except ValueError:
            return None
        if at > row:
            runs.append((row, at - 1))
            if len(runs) > limit:
                return None
        room = min(wanted - n, total - at)
        same, step = 1, 1  # old[at : at + same] == new[n : n + same]
        while same < room:
            step = min(step, room - same)
            if old[at + same : at + same + step] == new[n + same : n + same + step]:
                same, step = same + step, step * 2
            elif step == 1:
                break
            else:
                step = 1
        row, n = at + same, n + same
    if whole and row < total:
        runs.append((row, total - 1))
    return runs if len(runs) <= limit else None


_ROLES = frozenset((_DISPLAY, _TOOLTIP, _FONT, _SPOKEN, int(ID_ROLE)))
