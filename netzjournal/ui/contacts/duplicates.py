"""Edit → Find duplicates: the people likely to be one person
(``store/duplicates.py``), in groups, each person told apart, to merge or to set apart.

One table: a row per person, the people of a group together (a person with three
records is one group of three: the pairs joined wherever they share a person), why
they are offered on a group's first row. Each row reads in two lines, so that the
list fits 800 pixels in German without scrolling sideways: name over organisation ·
city, e-mail over phone, notes over last contact, source over the day added; the
tooltip says it all in sentences. "Merge…" asks the merge question for the chosen
person and their partner in the group (``ContactsPane.merge_pair``): merging is two
at a time, each its own undo step, so that each time the person sees the two side by
side and chooses which stays; the group, one smaller, stays chosen. "Not the same
person" is remembered (``SayNotDuplicates``). Both are undone with Ctrl+Z here as in
the window, and the list is read again after each.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import (
    QGuiApplication,
    QKeySequence,
    QPalette,
    QShortcut,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from netzjournal.store.changes import ChangeSet
from netzjournal.store.contacts import existing
from netzjournal.store.duplicates import (
    REASONS,
    SAME_EMAIL,
    SAME_NAME,
    SAME_NAME_AND_ORGANISATION,
    SAME_PHONE,
    DuplicatePair,
    PersonFacts,
    people_facts,
    possible_duplicates,
)
from netzjournal.store.journal import Journal
from netzjournal.ui import style, texts
from netzjournal.ui.contacts.merge import facts_text
from netzjournal.ui.events import AppEvents

Index = QModelIndex | QPersistentModelIndex
_BLOCK = 200  # rows whose facts are read together


def groups_of(pairs: list[DuplicatePair]) -> list[list[int]]:
    """The pairs joined wherever they share a person (ids, each in one group), in the
    order of each group's first pair; within a group, in the order its people appear."""
    parent: dict[int, int] = {}

    def root(i: int) -> int:
        while parent.setdefault(i, i) != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for p in pairs:
        parent[root(p.low)] = root(p.high)
    groups: dict[int, list[int]] = {}
    for p in pairs:
        for i in (p.low, p.high):
            members = groups.setdefault(root(i), [])
            if i not in members:
                members.append(i)
    return list(groups.values())


class DuplicatesModel(QAbstractTableModel):
    """A row per person (by id), the people of a group together, why on the group's
    first row; flat, so that thousands of groups cost no expanding and no spans (a
    tree took 2 s on XL)."""

    PERSON, REACH, NOTES, SOURCE, REASON = range(5)

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.pairs: list[DuplicatePair] = []
        self.groups: list[list[int]] = []
        self.reasons: list[str] = []  # each group's strongest
        self.partners: dict[int, list[int]] = {}  # id → the others it is paired with
        self.rows: list[tuple[int, int]] = []  # (group, contact id)
        self._row: dict[int, int] = {}  # contact id → row
        self.facts: dict[int, PersonFacts] = {}
        self.reload()

    def reload(self) -> None:
        """Read the groups again (after a merge, a pair set apart, an undo)."""
        self._build(possible_duplicates(self.journal))

    def drop(self, gone: set[int]) -> None:
        """People deleted or merged away elsewhere (a sync, another window) out of the
        list, with the pairs they were in, without reading every group again (0.8 s on
        XL): a group left with one person goes, a group of three left with a pair
        stays."""
        self._build([p for p in self.pairs if p.low not in gone and p.high not in gone])

    def forget(self, ids: set[int]) -> None:
        """These people changed elsewhere: their cells read again when next shown."""
        for i in ids:
            self.facts.pop(i, None)
        if self.rows:
            last = self.index(len(self.rows) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def _build(self, pairs: list[DuplicatePair]) -> None:
        self.beginResetModel()
        self.pairs = pairs
        self.facts = {}  # (read for the rows in sight, a block at a time: 0.25 s on XL)
        self.partners = {}
        reason: dict[int, str] = {}
        for p in pairs:  # (strongest first: a person's first partner is the likeliest)
            self.partners.setdefault(p.low, []).append(p.high)
            self.partners.setdefault(p.high, []).append(p.low)
            for i in (p.low, p.high):
                reason.setdefault(i, p.reason)
        self.groups = groups_of(pairs)
        self.reasons = [min((reason[i] for i in g), key=REASONS.index) for g in self.groups]
        self.rows = [(n, i) for n, g in enumerate(self.groups) for i in g]
        self._row = {i: r for r, (_n, i) in enumerate(self.rows)}
        self.endResetModel()

    def first_row(self, group: int) -> int:
        """The row of a group's first person."""
        return sum(len(g) for g in self.groups[:group])

    def group_at(self, index: Index) -> int | None:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        return self.rows[index.row()][0]

    def pair_at(self, index: Index) -> tuple[int, int] | None:
        """The two a row stands for: its person and their likeliest partner."""
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        me = self.rows[index.row()][1]
        return me, self.partners[me][0]

    def row_of(self, contact_id: int) -> int:
        return self._row[contact_id]

    def people(self) -> set[int]:
        """Everyone listed (ids)."""
        return set(self._row)

    def headers(self) -> list[str]:
        # (short, for 800 pixels in German: the header's tooltip says what each line is)
        return [
            self.tr("Name"), self.tr("E-mail, phone"), self.tr("Notes"), self.tr("Source"),
            self.tr("Why"),
        ]  # fmt: skip

    def header_tips(self) -> list[str]:
        return [
            self.tr("Name; below, organisation and city, after the role where it tells them apart"),
            self.tr("E-mail address; below, phone number"),
            self.tr("Number of meeting notes; below, the day of the last contact"),
            self.tr("Where the contact came from; below, the day it was added"),
            self.tr("Why they may be one person"),
        ]

    def reason_text(self, reason: str) -> str:
        return {
            SAME_EMAIL: self.tr("Same e-mail address"),
            SAME_PHONE: self.tr("Same phone number"),
            SAME_NAME_AND_ORGANISATION: self.tr("Same name and organisation"),
            SAME_NAME: self.tr("Same name, one without organisation"),
        }.get(reason, reason)

    def _role_tells_apart(self, row: int) -> bool:
        """Whether another in the group has the same organisation and city but another
        Funktion: two „Jürgen Bäcker · Fjordwerk UX · Kiel“ are then told apart in the
        list itself (Karriereberater, Leiter Vertrieb), not only in the merge question."""
        group, me = self.rows[row]
        f = self._facts(row)
        for i in self.groups[group]:
            other = self._facts(self._row[i])
            same_place = (other.organisation, other.city) == (f.organisation, f.city)
            if i != me and same_place and other.role != f.role:
                return True
        return False

    def _cell(self, f: PersonFacts, col: int, row: int) -> str:
        """Two lines: what is read first over what tells apart further."""
        if col == self.PERSON:
            # The role first where it tells apart: at 800 pixels the line's end is cut.
            role = f.role if self._role_tells_apart(row) else ""
            lines = (f.name, " · ".join(p for p in (role, f.organisation, f.city) if p))
        elif col == self.REACH:
            lines = (f.email, f.phone.replace(" ", "\u00a0"))
        elif col == self.NOTES:
            last = texts.format_date(f.last_contact.date()) if f.last_contact else ""
            lines = (QLocale().toString(f.notes), last)
        else:
            source = texts.source_label(f.source) if f.source else ""
            lines = (source, texts.format_date(f.added) if f.added else "")
        return "\n".join(lines).strip("\n")

    # -- QAbstractTableModel -------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tips()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        group = self.rows[index.row()][0]
        if role == Qt.ItemDataRole.BackgroundRole:
            # Every other group shaded: where one group ends and the next begins.
            return QGuiApplication.palette().alternateBase() if group % 2 else None
        first = index.row() == 0 or self.rows[index.row() - 1][0] != group
        if role == Qt.ItemDataRole.ToolTipRole:  # all of it, whatever the widths
            f = self._facts(index.row())
            return "\n".join((f.name, facts_text(f), self.reason_text(self.reasons[group])))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.column() == self.REASON:
            return self.reason_text(self.reasons[group]) if first else ""
        return self._cell(self._facts(index.row()), index.column(), index.row())

    def name_of(self, contact_id: int) -> str:
        """The name as the list read it ('' if it did not: gone before it was shown)."""
        facts = self.facts.get(contact_id)
        return facts.name if facts is not None else ""

    def _facts(self, row: int) -> PersonFacts:
        """The facts of the person in ``row``, read with those of the rows around it
        (one query for a block) the first time one of them is shown."""
        me = self.rows[row][1]
        if me not in self.facts:
            start = row - row % _BLOCK
            block = [i for _g, i in self.rows[start : start + _BLOCK]]
            self.facts.update(people_facts(self.journal, block))
            for i in block:  # (gone meanwhile — a sync — : shown empty; merging it says so)
                self.facts.setdefault(i, PersonFacts(i, "", "", "", "", "", "", 0, None, None))
        return self.facts[me]


class DuplicatesDialog(QDialog):
    """The list, "Merge…" and "Not the same person" for the two chosen, Close."""

    def __init__(
        self,
        journal: Journal,
        undo_stack: QUndoStack,
        merge: Callable[[list[int], Callable[[], bool]], bool],
        parent: QWidget | None = None,
        events: AppEvents | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesDialog")
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.journal, self.undo_stack, self._merge = journal, undo_stack, merge
        self._acting = False  # a step of our own: the list is read again after it
        self._heard: list[ChangeSet] = []  # changes made elsewhere during a step of ours
        self.model = DuplicatesModel(journal, self)
        self.count = QLabel()
        self.count.setWordWrap(True)
        self.table = QTableView()
        self.table.setObjectName("duplicatesList")
        self.table.setAccessibleName(self.windowTitle())  # (a screen reader names the list)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # The view selects nothing itself (a key or click would select the one row after
        # _select_pair chose two): the selection is the two the buttons act on.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setShowGrid(False)
        self.table.setTabKeyNavigation(False)  # (Tab goes on to the buttons, not cell by cell)
        self.table.setWordWrap(True)  # (the reason in two lines where it is narrow)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.verticalHeader().hide()
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # (thousands of rows)
        rows.setDefaultSectionSize(2 * self.fontMetrics().lineSpacing() + style.SPACE.S)
        columns = self.table.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._select_pair)
        self.table.doubleClicked.connect(self.merge_current)  # (asks first, Cancel default)
        self.table.viewport().installEventFilter(self)
        # In place of an empty table: a sentence (the count line says "none found").
        self.empty = QLabel(
            self.tr(
                "Contacts with the same e-mail address or phone number, or the same name"
                " at the same organisation, would be listed here."
            )
        )
        self.empty.setObjectName("duplicatesEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.merge_button = QPushButton(self.tr("&Merge…"))
        self.apart_button = QPushButton(self.tr("&Not the same person"))
        for button in (self.merge_button, self.apart_button):
            button.setAutoDefault(False)  # (Enter does neither: both change the journal)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.apart_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.merge_button.clicked.connect(self.merge_current)
        self.apart_button.clicked.connect(self.set_apart_current)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count)
        layout.addWidget(self.stack, 1)
        layout.addWidget(buttons)
        # Edit → Undo cannot be reached from a dialog: Ctrl+Z here takes back the last
        # merge or "not the same person" as the window's would.
        undo = QShortcut(QKeySequence.StandardKey.Undo, self)
        undo.activated.connect(self.undo)
        if events is not None:  # (a sync, another window, an import: while it is open)
            events.changed.connect(self._journal_changed)
        style.finish_dialog(self, (100, 24))
        window = parent.window() if parent is not None else None
        if window is not None:  # (room for every column: the window's size, a little less)
            self.resize(max(self.width(), window.width() * 9 // 10),
                        max(self.height(), window.height() * 8 // 10))  # fmt: skip
        self._shown()
        self.table.setFocus()

    def _shown(self, group: int = 0) -> None:
        """After a reload: widths, the count, and the group at place ``group`` chosen
        (the next one after a group merged or set apart; the same, one smaller, when
        it had more than two); the focus stays in the list."""
        n = len(self.model.groups)
        self._fit_columns()
        self.stack.setCurrentWidget(self.table if n else self.empty)
        if n:
            people = len(self.model.rows)
            self.count.setText(
                self.tr("%n group(s) of contacts may be one person each.", "", n)
                if people > 2 * n
                else self.tr("%n pair(s) of contacts may be one person each.", "", n)
            )
            row = self.model.first_row(min(group, n - 1))
            self.table.setCurrentIndex(self.model.index(row, self.model.PERSON))
            self.table.scrollTo(self.table.currentIndex())
            self.table.setFocus()
        else:
            self.count.setText(self.tr("No possible duplicates found."))
        self.merge_button.setEnabled(bool(n))
        self.apart_button.setEnabled(bool(n))

    def _fit_columns(self) -> None:
        """Each column as wide as the rows in sight need; where together they are wider
        than the list, the widest cut down to one width, so that all five fit without
        a sideways scroll (800 pixels in German): a cut text is elided, the tooltip
        has all of it, and the reason wraps to its second line."""
        self.table.resizeColumnsToContents()  # (Qt measures the rows in sight, not all)
        room = self.table.viewport().width()
        widths = [self.table.columnWidth(c) for c in range(self.model.columnCount())]
        if sum(widths) <= room:
            return
        reason = self.model.REASON  # (it wraps: half its one line is enough)
        widths[reason] = max(
            widths[reason] * 11 // 20, self.table.horizontalHeader().minimumSectionSize()
        )
        cap = max(widths)  # the largest cap under which they fit (water-filling)
        for width in [*sorted(widths, reverse=True)[1:], 0]:
            if sum(widths) <= room:
                break
            narrower = [w for w in widths if w <= width]
            wider = len(widths) - len(narrower)
            cap = (room - sum(narrower)) // wider
            if cap >= width:
                break
        for col, width in enumerate(widths):
            self.table.setColumnWidth(col, min(width, max(cap, 40)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()  # (the list's own width, once laid out: not the dialog's)
        return super().eventFilter(watched, event)

    def _select_pair(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """The row's person and their partner selected: the two the buttons act on
        (in a group of two, the group)."""
        pair = self.model.pair_at(current)
        if pair is None:
            return
        last = self.model.columnCount() - 1
        both = QItemSelection()
        for i in pair:
            row = self.model.row_of(i)
            both.select(self.model.index(row, 0), self.model.index(row, last))
        self.table.selectionModel().select(both, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        group = self.model.group_at(current)
        more = group is not None and len(self.model.groups[group]) > 2
        # In a group of three or more, only the two chosen are set apart (as merging is
        # two at a time): the others may still be one of them, and stay offered.
        self.apart_button.setToolTip(
            self.tr("Only the two selected are set apart; the others in the group stay listed.")
            if more
            else ""
        )

    def _current(self) -> tuple[tuple[int, int] | None, int]:
        """The two chosen and their group's place in the list."""
        index = self.table.currentIndex()
        group = self.model.group_at(index)
        return self.model.pair_at(index), group if group is not None else 0

    def merge_current(self) -> None:
        pair, group = self._current()
        if pair is None or self._gone(pair):
            return
        asked = people_facts(self.journal, list(pair))  # (as the question shows them)
        with self._own_step() as heard:
            merged = self._merge(list(pair), lambda: self._still_as_asked(pair, heard, asked))
        if merged:
            self._reload(group)
        else:
            self._hear(heard)

    def set_apart_current(self) -> None:
        from netzjournal.commands.duplicates import SayNotDuplicates
        from netzjournal.ui import undo

        pair, group = self._current()
        if pair is None or self._gone(pair):
            return
        with self._own_step() as heard:
            done = undo.perform(self.undo_stack, SayNotDuplicates(self.journal, *pair), self)
        if done:
            self._reload(group)
        else:
            self._hear(heard)

    @contextmanager
    def _own_step(self) -> Iterator[list[ChangeSet]]:
        """While a step of the dialog's own runs: the change it reports is not read as
        one made elsewhere (the list is read again after it, the next group chosen).
        What is heard meanwhile is kept (a sync while the merge question is open): a
        step that did nothing hands it to :meth:`_hear`."""
        self._acting = True
        heard: list[ChangeSet] = []
        self._heard = heard
        try:
            yield heard
        finally:
            self._acting = False

    def _hear(self, heard: list[ChangeSet]) -> None:
        for changes in heard:
            self._journal_changed(changes)
        heard.clear()

    def _still_as_asked(
        self, pair: tuple[int, int], heard: list[ChangeSet], asked: dict[int, PersonFacts]
    ) -> bool:
        """After the merge question, before the merge: False (and said why) if the two
        were archived, deleted, merged or changed elsewhere while it was open — the
        question showed them as they were (``asked``). Everything heard so far was made
        elsewhere (the merge's own change comes after this)."""
        touched: set[int] = set()
        for changes in heard:
            touched |= set(pair) if changes.everything else changes.contacts & set(pair)
        heard.clear()
        if not touched:
            return True
        if self._gone(pair):
            return False
        now = people_facts(self.journal, sorted(touched))
        changed = sorted(i for i in touched if now.get(i) != asked.get(i))
        if not changed:
            return True
        names = [self.model.name_of(i) for i in changed]
        who = " / ".join(names) if all(names) else self.tr("One of the two contacts")
        QMessageBox.information(self, self.windowTitle(), self.tr(
            "%1 was changed elsewhere (by a sync or in another window) while you chose"
            " whom to keep. Nothing was merged: look at the pair as it is now, then merge"
            " again."
        ).replace("%1", who))  # fmt: skip
        self.model.forget(set(changed))
        return False

    def _gone(self, pair: tuple[int, int]) -> bool:
        """Whether one of the two was deleted, merged away or archived elsewhere before
        this list heard of it (another window's change is noticed within seconds): if
        so, it says so and takes them out of the list, in place of a merge or a pair
        said apart that would fail or be about nobody."""
        gone = set(pair) - existing(self.journal, pair, include_archived=False)
        if not gone:
            return False
        archived = gone & existing(self.journal, gone)
        if len(gone) == 1:  # (named as the list showed them, if it read them in time)
            who = self.model.name_of(next(iter(gone))) or self.tr("One of the two contacts")
        if len(gone) == 1 and archived:
            text = self.tr(
                "%1 was archived elsewhere (by a sync or in another window) while this"
                " list was open. Nothing was changed; the list no longer offers the pair."
            ).replace("%1", who)
        elif len(gone) == 1:
            text = self.tr(
                "%1 is no longer in the journal: deleted or merged elsewhere (by a sync or"
                " in another window) while this list was open. Nothing was changed; the"
                " list no longer offers the pair."
            ).replace("%1", who)
        else:
            text = self.tr(
                "These contacts are no longer in the journal: deleted or merged elsewhere"
                " (by a sync or in another window) while this list was open. Nothing was"
                " changed; the list no longer offers them."
            )
        QMessageBox.information(self, self.windowTitle(), text)
        self._drop(gone)
        return True

    def _journal_changed(self, changes: ChangeSet) -> None:
        """A change made while the list is open, not by its own buttons (a sync, another
        window, ``netzjournal import``): people deleted or merged away leave the list
        with their pairs; people changed are read again. Until then their cells were
        empty."""
        if self._acting:
            self._heard.append(changes)
            return
        listed = self.model.people()
        touched = listed if changes.everything else changes.contacts & listed
        if not touched:
            return
        # (archived too: the list offers no archived people, possible_duplicates)
        gone = touched - existing(self.journal, touched, include_archived=False)
        if gone:
            self._drop(gone)
        else:
            self.model.forget(touched)

    def _drop(self, gone: set[int]) -> None:
        """``gone`` out of the list; the group chosen stays chosen if it is still there
        (else the one now at its place)."""
        pair, group = self._current()
        self.model.drop(gone)
        here = next((i for i in pair or () if i in self.model.people()), None)
        if here is not None:
            found = self.model.group_at(self.model.index(self.model.row_of(here), 0))
            group = found if found is not None else group
        self._shown(group)

    def undo(self) -> None:
        """Ctrl+Z: the window's last step undone (as Edit → Undo), the status bar saying
        which, the list read again."""
        from netzjournal.ui import undo

        if self.undo_stack.canUndo():
            _pair, group = self._current()
            before = {frozenset(g) for g in self.model.groups}
            with self._own_step():
                undo.undo_and_say(self.undo_stack, self)
            self.model.reload()
            # The group that came back (a merge or "not the same person" undone) chosen,
            # not the one at the old place.
            back = [n for n, g in enumerate(self.model.groups) if frozenset(g) not in before]
            self._shown(back[0] if back else group)

    def _reload(self, group: int) -> None:
        self.model.reload()
        self._shown(group)
