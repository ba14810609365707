"""The Events view's list: today's occurrences, upcoming ones (soonest first), then
past ones (newest first).

One table model. Section rows ("Today", "Upcoming", "Past") are part of it and not
selectable. Series are expanded by the store; the first page covers the
next year and the last one, older years come with canFetchMore/fetchMore.
A search text limits the list to matching events and series (all years).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QIcon,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
)

from netzjournal.store.collation import name_key
from netzjournal.store.events import (
    attendance,
    first_event_day,
    get_event,
    matching_event_ids,
    occurrence_counts,
    occurrences,
    people_met,
    series_rules,
)
from netzjournal.store.invitees import contacts_coming_to, guests_coming
from netzjournal.store.journal import Journal
from netzjournal.store.people import NamesakeCache, join_names, person_choices
from netzjournal.store.records import Invitee, Occurrence
from netzjournal.ui import style
from netzjournal.ui.events_tab import words
from netzjournal.ui.table_model import RowsModel

OCCURRENCE_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
AHEAD_DAYS = 365
BACK_DAYS = 365


class EventsModel(RowsModel[tuple[str, object]]):  # ("header", text) or ("event", Occurrence)
    DATE, NAME, PLACE, PEOPLE = range(4)

    def __init__(
        self, journal: Journal, today: Callable[[], dt.date], parent: QObject | None = None
    ) -> None:
        super().__init__((), parent)
        self._journal, self._today = journal, today
        self._counts: dict[int, tuple[int, int]] = {}
        # Guests who said yes and are not contacts, per evening (its key): counted
        # with the contacts who said yes (an evening whose one „hat zugesagt“ was such
        # a guest showed an empty cell).
        self._guests: dict[tuple[int, dt.date | None], list[Invitee]] = {}
        # Contacts the invitation says accepted (a series' for each of its evenings,
        # as for a guest) and not recorded at that evening: counted as coming too —
        # the import records them at the series' next evening only, so the later
        # evenings counted its guests but not its contacts.
        self._invited: dict[tuple[int, dt.date | None], set[int]] = {}
        self._text = ""
        # „Demnächst“ shows each series' next evening only (see :meth:`_fold`): the
        # later ones, and per shown evening how many follow and the series' rule.
        self._folded: list[Occurrence] = []
        self._further: dict[tuple[int, dt.date | None], tuple[int, str]] = {}
        # An evening the list would fold that is shown all the same: the one on the
        # page (selected by a link, a search or the series' table; the pane sets it).
        self.keep: tuple[int, dt.date | None] | None = None
        self._oldest: dt.date | None = None  # the past is loaded back to here
        self._first_day: dt.date | None = None
        self._bold = QFont()
        self._bold.setBold(True)
        # A narrow list (800×600 with the coach) has room for the date column only:
        # then each row says the event's name under its date (two lines), never a
        # list of bare dates (see :meth:`set_names_under_dates`).
        self.names_under_dates = False
        # Room for the date, the name and the place but not „Personen“ (800 px without
        # the coach): the count goes under the name, as the series' further line does
        # — it was nowhere to be seen.
        self.people_under_names = False

    # -- loading ----------------------------------------------------------------------

    def set_text(self, text: str) -> None:
        if text.strip() != self._text:
            self._text = text.strip()
            self.reload()

    def reload(self) -> None:
        today = self._today()
        self._first_day = first_event_day(self._journal)
        matching = matching_event_ids(self._journal, self._text) if self._text else None
        if matching is not None:  # a search covers every year
            start = self._first_day or today
        else:
            start = today - dt.timedelta(days=BACK_DAYS)
        occ = occurrences(self._journal, start, today + dt.timedelta(days=AHEAD_DAYS))
        if matching is not None:
            occ = [o for o in occ if o.series_id in matching or o.event_id in matching]
        # Today's: what starts today or runs through it (a fair's second day) — its
        # page speaks of today too (words.has_begun), not of an evening ahead. Each
        # by the day it starts here (a New York evening is tomorrow in Berlin), as
        # the store orders them by the moment they start here.
        now = [o for o in occ if words.is_today(o, today)]
        upcoming = [o for o in occ if words.day_here(o) > today]
        past = [o for o in occ if words.day_here(o) <= today and not words.is_today(o, today)]
        past.reverse()
        self._folded, self._further = [], {}
        if matching is None:  # (a search lists every evening that matches)
            upcoming = self._fold(upcoming)
        rows: list[tuple[str, object]] = []
        if now:
            rows.append(("header", self.tr("Today")))
            rows += [("event", o) for o in now]
        if upcoming:
            rows.append(("header", self.tr("Upcoming")))
            rows += [("event", o) for o in upcoming]
        # (Under "Past" the list grows by scrolling, while older events exist.)
        if past or (self._first_day is not None and self._first_day < start):
            rows.append(("header", self.tr("Past")))
        rows += [("event", o) for o in past]
        if not now and not upcoming and not past:
            rows = [("header", self.tr("No events yet") if not self._text
                     else self.tr("No event matches"))]  # fmt: skip
        self.beginResetModel()
        self.rows = rows
        self._oldest = start
        self._counts = occurrence_counts(
            self._journal, [o.event_id for o in occ if o.event_id is not None]
        )
        self._guests = guests_coming(self._journal, occ)
        self._invited = self._invited_contacts(occ)
        self.endResetModel()

    def _invited_contacts(
        self, occ: list[Occurrence]
    ) -> dict[tuple[int, dt.date | None], set[int]]:
        """Per evening: the contacts its invitation says accepted who are not already
        recorded there (coming or met): counted once each."""
        invited = contacts_coming_to(self._journal, occ)
        rows = [o.event_id for o in occ if o.key in invited and o.event_id is not None]
        there = {eid: {a.contact_id for a in found}
                 for eid, found in attendance(self._journal, rows).items()}  # fmt: skip
        met = people_met(self._journal, rows) if rows else {}
        out = {}
        for o in occ:
            ids = invited.get(o.key, set())
            if o.event_id is not None:
                ids = ids - there.get(o.event_id, set()) - met.get(o.event_id, set())
            if ids:
                out[o.key] = ids
        return out

    def _fold(self, upcoming: list[Occurrence]) -> list[Occurrence]:
        """The upcoming evenings the list shows: a weekly Stammtisch for a year filled
        „Demnächst“ with 52 rows and buried the barcamp and the Christmas party. Each
        series shows its next evening (and any cancelled ones before it, which the
        user should see) and each later one that has something of its own (an
        evening row); the plain later ones are in the table on the series' page, and the
        next evening says how many follow and how often ("51 more occurrences ·
        weekly"). The past is listed whole, as the evenings one debriefs."""
        by_series: dict[int, list[Occurrence]] = {}
        for o in upcoming:
            if o.series_id is not None:
                by_series.setdefault(o.series_id, []).append(o)
        shown: set[tuple[int, dt.date | None]] = set()
        more: dict[tuple[int, dt.date | None], tuple[int, int]] = {}  # head → (series, n)
        for series, evenings in by_series.items():
            # Up to its first evening not cancelled (a series called off: its first).
            head = next((n for n, o in enumerate(evenings) if not o.cancelled), 0)
            # A later evening with something of its own (an evening row: my answer,
            # a moved time, its note or invitation, cancelled on its own, people
            # linked to it) is its own row: folded, it was seen only once opened.
            later = evenings[head + 1 :]
            shown.update(o.key for o in evenings[: head + 1])
            shown.update(o.key for o in later if o.event_id is not None)
            self._folded += [o for o in later if o.event_id is None]
            # Those folded only: a later evening listed as a row of its own is not
            # one of "n more" (it was counted twice: under the name and as a row).
            folded = [o for o in later if o.event_id is None and o.key != self.keep]
            if n := sum(not o.cancelled for o in folded):
                more[evenings[head].key] = (series, n)
        if more:
            rules = series_rules(self._journal, [s for s, _n in more.values()])
            self._further = {key: (n, rules.get(s, "")) for key, (s, n) in more.items()}
        self._folded = [o for o in self._folded if o.key != self.keep]
        return [o for o in upcoming
                if o.series_id is None or o.key in shown or o.key == self.keep]  # fmt: skip

    def reveal(self, wanted: Callable[[Occurrence], bool]) -> int | None:
        """Show the first folded evening ``wanted`` takes (a later evening of a series
        asked for by a link or the series' table) in its place; its row (None: none
        folded is wanted)."""
        o = next((o for o in self._folded if wanted(o)), None)
        if o is None:
            return None
        self.keep = o.key
        self.reload()
        return self.row_of(o.key)

    def further_line(self, o: Occurrence) -> str:
        """ "51 more occurrences · weekly" under a series' next evening ("" for others)."""
        if o.key not in self._further:
            return ""
        n, rule = self._further[o.key]
        how, more = words.how_often(rule), self.tr("%n more occurrence(s)", "", n)
        # The count first: where the column cuts the line (800 px) it is what stays.
        return f"{more} · {how}" if how else more

    def further_rows(self) -> list[int]:
        """The rows with :meth:`further_line` (a line more under the name)."""
        return [
            i for i, (kind, o) in enumerate(self.rows)
            if kind == "event" and isinstance(o, Occurrence) and o.key in self._further
        ]  # fmt: skip

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or self._oldest is None or self._first_day is None or self._text:
            return False
        return self._first_day < self._oldest

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        assert self._oldest is not None
        end = self._oldest - dt.timedelta(days=1)
        start = end - dt.timedelta(days=BACK_DAYS)
        self._oldest = start
        older = occurrences(self._journal, start, end)
        older.reverse()
        if not older:
            return
        self._counts.update(
            occurrence_counts(self._journal, [o.event_id for o in older if o.event_id is not None])
        )
        self._guests.update(guests_coming(self._journal, older))
        self._invited.update(self._invited_contacts(older))
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(older) - 1)
        self.rows += [("event", o) for o in older]
        self.endInsertRows()

    def set_people_under_names(self, on: bool) -> None:
        if on != self.people_under_names:
            self.people_under_names = on
            if self.rows:
                last = self.index(len(self.rows) - 1, self.NAME)
                self.dataChanged.emit(self.index(0, self.NAME), last)

    def set_names_under_dates(self, on: bool) -> None:
        if on != self.names_under_dates:
            self.names_under_dates = on
            if self.rows:
                last = self.index(len(self.rows) - 1, self.DATE)
                self.dataChanged.emit(self.index(0, self.DATE), last)
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, self.DATE, self.DATE)

    # -- access ----------------------------------------------------------------------

    def occurrence(self, row: int) -> Occurrence | None:
        if 0 <= row < len(self.rows) and self.rows[row][0] == "event":
            value = self.rows[row][1]
            assert isinstance(value, Occurrence)
            return value
        return None

    def zoned_rows(self) -> list[int]:
        """The rows of evenings planned in another zone whose clock differs from this
        computer's: their date says when it is here on a line of its own."""
        return [
            i for i, (kind, o) in enumerate(self.rows)
            if kind == "event" and isinstance(o, Occurrence) and o.zone and words.here_line(o)
            and not (o.ends_on and o.ends_on != o.starts_on)
        ]  # fmt: skip

    def header_rows(self) -> list[int]:
        return [n for n, (kind, _) in enumerate(self.rows) if kind == "header"]

    def row_of(self, key: tuple[int, dt.date | None]) -> int | None:
        for n, (kind, value) in enumerate(self.rows):
            if kind == "event" and isinstance(value, Occurrence) and value.key == key:
                return n
        return None

    def first_upcoming_row(self) -> int | None:
        for n in range(len(self.rows)):
            if self.occurrence(n) is not None:
                return n
        return None

    # -- the model -------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.rows[index.row()][0] == "header":
            # Not enabled: the view never makes a heading ("Upcoming", "No events
            # yet") its current row, drawn highlighted; its colour is the text's.
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headers(self) -> list[str]:
        date = self.tr("Event") if self.names_under_dates else self.tr("Date")
        return [date, self.tr("Event"), self.tr("Place"), self.tr("People")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        kind, value = self.rows[index.row()]
        col = index.column()
        if kind == "header":
            if role == Qt.ItemDataRole.DisplayRole and col == 0:
                return value
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            if role == Qt.ItemDataRole.ForegroundRole:  # (not the greyed, disabled one)
                return QGuiApplication.palette().brush(QPalette.ColorGroup.Active,
                                                       QPalette.ColorRole.Text)  # fmt: skip
            return None
        assert isinstance(value, Occurrence)
        o = value
        if role == OCCURRENCE_ROLE:
            return o
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.DATE:
                # Several days: the days (the time is on the event's page); the
                # column stays as narrow as one evening with its time.
                several = o.ends_on is not None and o.ends_on != o.starts_on
                lines = [words.span(o.starts_on, o.ends_on, None if several else o.start_time)]
                # An evening planned in another zone says when it is here, on a line
                # of its own (its row is higher: EventsPane._spans).
                if not several and (here := words.here_line(o)):
                    lines.append(here)
                if self.names_under_dates:  # (the name, and its further line)
                    lines.append(str(self.data(index.siblingAtColumn(self.NAME), role)))
                    # The „Personen“ column has no room there: its count on a line
                    # of its own, for the rows that have people (EventsPane._spans).
                    if people := self._people_text(o):
                        lines.append(people)
                return "\n".join(lines)
            if col == self.NAME:
                name = o.name
                if o.cancelled:
                    name = self.tr("%1 (cancelled)").replace("%1", name)
                elif o.moved:
                    name = self.tr("%1 (moved)").replace("%1", name)
                # A series' next evening: how many follow, on a line of its own; and
                # who is coming where the „Personen“ column has no room.
                people = self._people_text(o) if self.people_under_names else ""
                return "\n".join(filter(None, (name, self.further_line(o), people)))
            if col == self.PLACE:
                return o.place
            return self._people_text(o)
        named_here = col == (self.DATE if self.names_under_dates else self.NAME)
        if role == Qt.ItemDataRole.DecorationRole and named_here and o.my_status:
            return answer_mark(o.my_status, self._plan_past(o) or o.cancelled)
        if role == Qt.ItemDataRole.FontRole and o.cancelled:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and col == self.DATE:
            # The name whole, if cut; "16:00 (London) · 17:00 bei Ihnen" whole.
            tips = [str(self.data(index.siblingAtColumn(self.NAME)))] * self.names_under_dates
            tips += [words.span_here(o)] * bool(words.here_line(o))
            tips += [self._my_answer(o)] * bool(self.names_under_dates and o.my_status)
            if self.names_under_dates and self._people_text(o):
                tips.append(self._who_else(o) or "")  # (the column's tooltip)
            return "\n".join(tips) or None
        if role == Qt.ItemDataRole.ToolTipRole and col == self.NAME:
            tips = [self.tr("Part of a series")] * (o.series_id is not None)
            if further := self.further_line(o):
                tips.append(self.tr("%1; every occurrence is in the table on its page")
                            .replace("%1", further))  # fmt: skip
            tips += [self._my_answer(o)] * bool(o.my_status)
            return "\n".join(tips) or None
        if role == Qt.ItemDataRole.ToolTipRole and col == self.PEOPLE:
            return self._who_else(o)
        if role == Qt.ItemDataRole.AccessibleTextRole and col == self.NAME:
            said = f", {self._my_answer(o)}" if o.my_status else ""
            more = f", {self.further_line(o)}" if o.key in self._further else ""
            return f"{o.name}, {words.span_here(o)}{more}{said}"
        return None

    def _people_text(self, o: Occurrence) -> str:
        """Who else: the people of the journal met there or coming (the user's own
        answer is no person of the column: it is marked at the name)."""
        met, going = self._counts.get(o.event_id or -1, (0, 0))
        going += len(self._guests.get(o.key, ())) + len(self._invited.get(o.key, ()))
        if o.cancelled:  # called off: nobody is coming (the invitation's yes was before)
            going = 0
        parts = []
        if met:
            parts.append(self.tr("Met: %1").replace("%1", str(met)))
        if going:
            parts.append(self._going_words(o).replace("%1", str(going)))
        return " · ".join(parts)

    def counted_rows(self) -> list[int]:
        """The rows of evenings with people met or coming (their count is a line under
        the name where the list has room for its dates only)."""
        return [
            i for i, (kind, o) in enumerate(self.rows)
            if kind == "event" and isinstance(o, Occurrence) and self._people_text(o)
        ]  # fmt: skip

    def _plan_past(self, o: Occurrence) -> bool:
        """A plan ("I'm going") for an evening that is over: said as one, marked quieter."""
        return o.my_status in ("going", "maybe", "declined") and (
            (o.ends_on or o.starts_on) < self._today()
        )

    def _my_answer(self, o: Occurrence) -> str:
        label = words.my_status_label(o.my_status, (o.ends_on or o.starts_on) < self._today())
        return self.tr("My answer: %1").replace("%1", label)

    def _going_words(self, o: Occurrence) -> str:
        """Those who said yes, in the words the page, the series' table and the
        invitation's guests use for that answer ("Coming: %1" read wrong for an evening
        that is over: a promise for a day gone by)."""
        return self.tr("Said yes: %1")

    def _who_else(self, o: Occurrence) -> str | None:
        """The people counted in the column, by name (read when asked: a tooltip)."""
        event_id = o.event_id or -1
        rows = attendance(self._journal, [event_id]).get(event_id, []) if o.event_id else []
        choices = person_choices(self._journal, [a.contact_id for a in rows])
        invited = sorted(self._invited.get(o.key, set()))
        choices = {**choices, **person_choices(self._journal, invited)} if invited else choices
        going = [choices[a.contact_id].label for a in rows if a.status == "going"]
        going += [choices[c].label for c in invited if c in choices]
        going += [guest_label(p) for p in self._guests.get(o.key, ())]
        if o.cancelled:  # (as the count: nobody is coming to an evening called off)
            going = []
        met = [choices[a.contact_id].label for a in rows if a.status != "going"]
        lines = [self.tr("Met: %1").replace("%1", join_names(met))] * bool(met)
        lines += [self._going_words(o).replace("%1", join_names(going))] * bool(going)
        return "\n".join(lines) or None


def guest_label(p: Invitee) -> str:
    """A guest who is not a contact, as the invitation names them: by name, else
    by address."""
    return p.name or p.address


@functools.cache
def _mark_pixmap(status: str, rgba: int, size: int, ratio: float) -> QPixmap:
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    ink = QColor.fromRgba(rgba)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(ink, size / 8)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    u = size / 16
    if status in ("going", "attended"):  # a tick
        painter.drawPolyline([QPointF(3 * u, 8.5 * u), QPointF(6.5 * u, 12 * u),
                              QPointF(13 * u, 4 * u)])  # fmt: skip
    elif status in ("declined", "missed"):  # a cross
        painter.drawLine(QPointF(4 * u, 4 * u), QPointF(12 * u, 12 * u))
        painter.drawLine(QPointF(12 * u, 4 * u), QPointF(4 * u, 12 * u))
    else:  # maybe: a question mark
        font = QFont()
        font.setPixelSize(round(14 * u))
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, "?")
    painter.end()
    return pixmap


def answer_mark(status: str, quiet: bool = False) -> QIcon:
    """The user's own answer as a mark before an event's name, as calendars show it:
    a tick (going, was there), a cross (not going, wasn't there), a question mark
    (maybe); ``quiet`` (a plan for an evening that is over, or a cancelled one) in
    the quieter colour of secondary text."""
    screen = QGuiApplication.primaryScreen()
    ratio = screen.devicePixelRatio() if screen is not None else 1.0
    size = QFontMetrics(QFont()).height()
    palette = QGuiApplication.palette()  # (the colours of the palette now: light or dark)
    ink = style.secondary_text(palette) if quiet else palette.color(QPalette.ColorRole.Text)
    return QIcon(_mark_pixmap(status, ink.rgba(), size, ratio))


class OccurrencesModel(RowsModel[tuple[Occurrence, str]]):
    """A series' occurrences with who came to each (who said yes, for an evening
    ahead): the series page's table. In the
    events list's order: the coming evenings soonest first, then the past ones newest
    first (it ran newest first throughout, next month's evening above this one's)."""

    DATE, PLACE, PEOPLE = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__((), parent)
        self.coming = 0

    def load(
        self,
        journal: Journal,
        series_id: int | None,
        until: dt.date,
        today: dt.date,
        cache: NamesakeCache | None = None,
    ) -> None:
        rows: list[tuple[Occurrence, str]] = []
        coming = 0
        if series_id is not None:
            first = get_event(journal, series_id).starts_on
            occ = occurrences(journal, first, until, series_ids=[series_id])
            past = [o for o in occ if o.starts_on < today]
            past.reverse()
            occ = [o for o in occ if o.starts_on >= today] + past
            coming = len(occ) - len(past)
            ids = [o.event_id for o in occ if o.event_id is not None]
            people = attendance(journal, ids)
            guests = guests_coming(journal, occ)
            invited = contacts_coming_to(journal, occ)  # (the list's rule, :class:`EventsModel`)
            met = people_met(journal, ids)
            listed = {(a.event_id, a.contact_id) for v in people.values() for a in v}
            only_noted = {cid for eid, cids in met.items() for cid in cids
                          if (eid, cid) not in listed}  # fmt: skip
            # Namesakes apart, as the pickers show them ("Ute Groß (2)").
            choices = person_choices(
                journal,
                {a.contact_id for v in people.values() for a in v}
                | only_noted
                | {c for ids in invited.values() for c in ids},
                cache,
            )
            labels = {i: c.label for i, c in choices.items()}
            for o in occ:
                eid = o.event_id or -1
                here = people.get(eid, [])
                who = [labels.get(a.contact_id, a.name) for a in here if a.status == "attended"]
                # Noted there only: after those recorded, in the contacts table's order.
                extra = [labels[cid] for cid in sorted(
                    (cid for cid in met.get(eid, set()) if (eid, cid) not in listed
                     and cid in choices),
                    key=lambda cid: (name_key(choices[cid].family_name, choices[cid].name), cid),
                )]  # fmt: skip
                parts = [join_names([*who, *extra])] if who or extra else []
                going = [labels.get(a.contact_id, a.name) for a in here if a.status == "going"]
                recorded = {a.contact_id for a in here} | met.get(eid, set())
                going += [labels[c] for c in sorted(invited.get(o.key, set()) - recorded)
                          if c in labels]  # fmt: skip
                going += [guest_label(p) for p in guests.get(o.key, ())]
                if o.cancelled:  # (nobody is coming to an evening called off)
                    going = []
                if going and o.starts_on >= today:
                    # An evening ahead has nobody who came yet, but may have people who
                    # said yes: an empty cell read as "nobody" (the events list says
                    # "Said yes: 2"; here by name, worded as a promise, not a fact).
                    parts.append(self.tr("Said yes: %1").replace("%1", join_names(going)))
                elif going:
                    # Over, and not marked as there: they had said yes, as the evening's
                    # page lists them („hat zugesagt“) and the events list counts them.
                    parts.append(self.tr("Said yes: %1").replace("%1", join_names(going)))
                # How many first, when several: a busy evening's names are cut at the
                # column's edge (the whole text is the tooltip), the count stays in sight.
                count = len(who) + len(extra) + len(going)
                rows.append((o, " · ".join([str(count)] * (count > 1) + parts)))
        self.coming = coming  # rows of coming evenings; the past ones follow
        self.set_rows(rows)

    def occurrence(self, row: int) -> Occurrence | None:
        return self.rows[row][0] if 0 <= row < len(self.rows) else None

    def headers(self) -> list[str]:
        # "People" as in the events list: the column holds who came and, for an
        # evening ahead, who is coming ("Who came" above "Coming: …" contradicted).
        return [self.tr("Date"), self.tr("Place"), self.tr("People")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        o, who = self.rows[index.row()]
        if role == OCCURRENCE_ROLE:
            return o
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == self.DATE:
                # The series' time is on the page above; a moved evening says its own.
                # Cancelled and moved show in the font (struck out, italic) and the
                # tooltip: spelt out, they made the column too wide for a narrow pane.
                return words.span(o.starts_on, o.ends_on, o.start_time if o.moved else None)
            if index.column() == self.PLACE:
                return o.place
            return who
        if role == Qt.ItemDataRole.FontRole and (o.cancelled or o.moved):
            font = QFont()
            font.setStrikeOut(o.cancelled)
            font.setItalic(o.moved and not o.cancelled)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == self.DATE:
                text = words.span_here(o)
                if o.cancelled:
                    return self.tr("%1 (cancelled)").replace("%1", text)
                if o.moved:
                    return self.tr("%1 (moved)").replace("%1", text)
                return None
            if index.column() == self.PEOPLE:  # the whole text, a line for each part
                return "\n".join(p for p in who.split(" · ") if not p.isdigit()) or None
            return o.place or None
        return None
