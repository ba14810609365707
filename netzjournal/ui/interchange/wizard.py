"""The import wizard: choose files → check the plan row by row → import at once.

Nothing touches the journal before the last step; then one transaction,
after a backup, and the whole import is one step on the undo stack.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QObject,
    QRect,
    QSize,
    QStringListModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QResizeEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from netzjournal.commands.imports import ImportContacts
from netzjournal.interchange.importer import (
    MAILING_LIST,
    NAMESAKE_IN_FILES,
    SAME_CARD_TWICE,
    SAME_NAME,
    SAME_NAME_ORGANISATION_IN_FILES,
    SAME_ORGANISATION_IN_FILES,
    SEVERAL_SAME_NAME,
    SIMILAR_NAME,
    ImportOutcome,
    ImportPlan,
    PlanRow,
    journal_namesakes,
    plan_import,
    read_paths,
)
from netzjournal.interchange.namesakes import label
from netzjournal.progress import Cancelled
from netzjournal.store.journal import Journal
from netzjournal.store.people import list_people
from netzjournal.ui import style, undo
from netzjournal.ui.content_columns import (
    MOST_LINES,
    WRAPPED_ROWS,
    ContentColumns,
    fit_wrapped_rows,
)
from netzjournal.ui.interchange.import_result import ImportResultPage
from netzjournal.ui.progress_dialog import ProgressDialog
from netzjournal.ui.table_model import Index, RowsModel
from netzjournal.ui.texts import import_format_label, problem_text, ui_language


def action_label(action: str) -> str:
    return {
        "create": QCoreApplication.translate("ImportWizard", "Create new"),
        "merge": QCoreApplication.translate("ImportWizard", "Merge"),
        "skip": QCoreApplication.translate("ImportWizard", "Skip"),
    }[action]


def reason_label(reason: str, one_file: bool = False) -> str:
    """Why a card goes where it goes, in words; ``one_file``: the cards came from one
    file („in der Datei“, not „in den Dateien“)."""
    if one_file and (said := _in_one_file(reason)):
        return said
    return {
        "same e-mail address": QCoreApplication.translate("ImportWizard", "same e-mail address"),
        "same name and organisation": QCoreApplication.translate(
            "ImportWizard", "same name and organisation"
        ),
        # (neither has an organisation: the name alone)
        SAME_NAME: QCoreApplication.translate("ImportWizard", "same name"),
        SEVERAL_SAME_NAME: QCoreApplication.translate(
            "ImportWizard", "already there more than once: choose whom to merge into"
        ),
        SIMILAR_NAME: QCoreApplication.translate("ImportWizard", "a similar name"),
        "several with this name and organisation": QCoreApplication.translate(
            "ImportWizard", "already there more than once: choose whom to merge into"
        ),
        "several people have this name": QCoreApplication.translate(
            "ImportWizard", "several people have this name: choose whom to merge into"
        ),
        "the same card": QCoreApplication.translate("ImportWizard", "the same card (UID)"),
        "the same card twice in the files": QCoreApplication.translate(
            "ImportWizard", "the same card twice in the files"
        ),
        "same e-mail as another card in the files": QCoreApplication.translate(
            "ImportWizard", "check: same e-mail as another card in the files"
        ),
        NAMESAKE_IN_FILES: QCoreApplication.translate(
            "ImportWizard", "check: a namesake in the files"
        ),
        SAME_NAME_ORGANISATION_IN_FILES: QCoreApplication.translate(
            "ImportWizard", "check: same name and organisation as another card"
        ),
        "the same person in another file": QCoreApplication.translate(
            "ImportWizard", "also in another file (same e-mail): one contact"
        ),
        SAME_ORGANISATION_IN_FILES: QCoreApplication.translate(
            "ImportWizard", "also in another file (same organisation): one contact"
        ),
        MAILING_LIST: QCoreApplication.translate(
            "ImportWizard", "a mailing list's address, no person's name"
        ),
    }.get(reason, reason)


def _in_one_file(reason: str) -> str:
    """The words of a reason about "the files" where the cards came from one ("" for
    any other reason)."""
    return {
        SAME_CARD_TWICE: QCoreApplication.translate(
            "ImportWizard", "the same card twice in the file"
        ),
        "same e-mail as another card in the files": QCoreApplication.translate(
            "ImportWizard", "check: same e-mail as another card in the file"
        ),
        NAMESAKE_IN_FILES: QCoreApplication.translate(
            "ImportWizard", "check: a namesake in the file"
        ),
    }.get(reason, "")


def lost_note(words: list[str]) -> str:
    """ "check: characters lost (“Ay?e”, “Y?lmaz”)": names written with "?" for a letter."""
    quoted = ", ".join(
        QCoreApplication.translate("ImportWizard", "“%1”").replace("%1", w) for w in words
    )
    return QCoreApplication.translate("ImportWizard", "check: characters lost (%1)").replace(
        "%1", quoted
    )


def namesakes_note(namesakes: list[tuple[str, str]], one_file: bool = False) -> str:
    """ "check: a namesake in the files: Hans Müller · München; Hans Müller · Hamburg
    (2)": the others, as the pickers tell namesakes apart (``one_file``: "in the
    file")."""
    text = (
        QCoreApplication.translate("ImportWizard", "check: a namesake in the file: %1")
        if one_file
        else QCoreApplication.translate("ImportWizard", "check: a namesake in the files: %1")
    )
    return text.replace("%1", "; ".join(label(name, detail) for name, detail in namesakes))


class PlanModel(RowsModel[PlanRow]):
    # The city tells namesakes apart where they have no organisation or e-mail.
    ACTION, NAME, ORGANISATION, CITY, EMAIL, MATCH, WHERE = range(7)

    def __init__(self, names: dict[int, str], parent: QObject | None = None) -> None:
        super().__init__(parent=parent)
        self.plan = ImportPlan([], [])
        self.names = names
        self.one_file = True  # the cards came from one file: "in the file", not "files"

    def set_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.one_file = plan.files() <= 1
        self.set_rows(plan.rows)

    def several_files(self) -> bool:
        """Whether the rows come from more than one file (else "From" says nothing)."""
        return len({r.contact.source_file for r in self.rows}) > 1

    def empty(self, column: int) -> bool:
        """Whether ``column`` is empty in every row (a LinkedIn file has no city)."""
        return not any(self.data(self.index(r, column)) for r in range(len(self.rows)))

    def any_known(self) -> bool:
        """Whether any row is (or may be) someone in the journal already (else "Already
        in the journal" is empty in every row, and the summary says so instead)."""
        return any(r.match_id or (r.reason and r.reason != MAILING_LIST) for r in self.rows)

    def any_notes(self) -> bool:
        """Whether any row says something in the match column (a match, a reason to
        check it, letters lost): else the column is hidden."""
        return self.any_known() or any(r.lost for r in self.rows)

    def headers(self) -> list[str]:
        return [self.tr("Action"), self.tr("Name"), self.tr("Organisation"), self.tr("City"),
                self.tr("E-mail"), self.tr("Already in the journal"), self.tr("From")]  # fmt: skip

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == self.ACTION:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def choices(self, row: int) -> list[str]:
        return self.rows[row].choices()

    def choice_label(self, choice: str) -> str:
        """A choice as the action column names it: a namesake by the label the
        pickers give it ("Merge into Frank Meyer · Hildesheim")."""
        action, _, target = choice.partition(":")
        if not target:
            return action_label(action)
        return self.tr("Merge into %1").replace("%1", self.names.get(int(target), ""))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.EditRole and col == self.ACTION:
            return r.choice
        if role == Qt.ItemDataRole.ToolTipRole and col == self.WHERE:
            return (
                self.tr("%1, line %2")
                .replace("%1", r.contact.source_file)
                .replace("%2", QLocale().toString(r.contact.line))
            )
        if role == Qt.ItemDataRole.ToolTipRole and col == self.MATCH:
            return self._match_text(r, whole=True) or None
        if role == Qt.ItemDataRole.ToolTipRole and col != self.ACTION:
            return self.data(index, Qt.ItemDataRole.DisplayRole) or None  # the whole text
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        c = r.contact
        if col == self.ACTION:
            return self.choice_label(r.choice)
        if col == self.NAME:  # a card with only an address: named as the result page names it
            return c.name or c.organisation or (c.emails[0].value if c.emails else "")
        if col == self.ORGANISATION:
            return c.organisation
        if col == self.CITY:
            return c.city
        if col == self.EMAIL:
            return ", ".join(e.value for e in c.emails)
        if col == self.MATCH:
            return self._match_text(r)
        return Path(c.source_file).name  # the line is in the tooltip

    def _match_text(self, r: PlanRow, whole: bool = False) -> str:
        """Who in the journal it is or may be, and why; letters lost. A namesake among
        the new people says so (each of them: its own organisation and city tell it
        apart in the row); ``whole`` (the tooltip) names the others too."""
        notes = []
        if whole and r.reason == NAMESAKE_IN_FILES and r.namesakes:
            notes.append(namesakes_note(r.namesakes, self.one_file))
        elif r.match_id or r.reason:
            if r.candidates:  # namesakes, each shown with what tells them apart
                who = "; ".join(self.names.get(i, "") for i in r.candidates)
            else:
                who = self.names.get(r.match_id or 0, "")
            reason = reason_label(r.reason, self.one_file)
            if r.reason == SIMILAR_NAME and r.action == "create":  # (not merged: two people)
                reason = self.tr("check: a namesake in the journal")
            notes.append(f"{who} ({reason})" if who else reason)
        if r.lost:
            notes.append(lost_note(r.lost))
        return "; ".join(notes)

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.ACTION or role != Qt.ItemDataRole.EditRole:
            return False
        if not isinstance(value, str) or not self.rows[index.row()].choose(value):
            return False
        # (the match column's words follow the choice: a namesake merged is none)
        self.dataChanged.emit(index, index.siblingAtColumn(self.MATCH))
        return True


class ActionDelegate(QStyledItemDelegate):
    """A combo box for the action column."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        model = index.model()
        assert isinstance(model, PlanModel)
        for choice in model.choices(index.row()):
            combo.addItem(model.choice_label(choice), choice)
        return combo

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        """While choosing, the combo box is as wide as its longest choice and its arrow,
        over the next column if need be: the column itself needs only the label's width
        (at 800 px its room for the arrow was taken from the names)."""
        rect = QRect(option.rect)
        rect.setWidth(max(rect.width(), editor.sizeHint().width()))
        editor.setGeometry(rect)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: object, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)  # type: ignore[attr-defined]


class FileNames(QStyledItemDelegate):
    """A file's name on one line, cut at its end: files are told apart by how their
    names begin ("Connec…", "contac…"; cut in the middle, at 800 px "na…cf" and
    "an…cf" were alike). The tooltip names it whole, with the line."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideRight
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText  # one line


class LongWords(QStyledItemDelegate):
    """Wrapped cells whose one word is wider than the cell (an address as a name,
    "newsletter@messe-karlsruhe.example"; "Donaudampfschifffahrtsgesellschaft") break
    it after "@", ".", "_", "/" or "-", else where the line is full, rather than cut it:
    Qt wraps at word boundaries only. The tooltip has the text as written."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        if option.features & QStyleOptionViewItem.ViewItemFeature.WrapText and option.text:
            look = option.widget.style() if option.widget else QApplication.style()
            margin = 2 * (look.pixelMetric(look.PixelMetric.PM_FocusFrameHMargin) + 1)
            room = option.rect.width() - margin - style.SPACE.XS
            text = _LOST_LETTER.sub("?" + _WORD_JOINER, option.text)
            option.text = breakable(text, option.fontMetrics.horizontalAdvance, room)


# A "?" for a lost letter ("Ay?e Y?lmaz"): Qt breaks a line after a question mark,
# which split the name ("Ay?e Y?" over "lmaz"); a word joiner keeps the word whole.
_LOST_LETTER = re.compile(r"\?(?=\w)")
_WORD_JOINER = "\u2060"


_BREAK_AFTER = re.compile(r"(?<=[@._/-])(?=.)")
_ZERO_WIDTH_SPACE = "\u200b"  # a place Qt may break a line, drawn as nothing


def breakable(text: str, advance: Callable[[str], int], room: int) -> str:
    """``text`` with places to break each word wider than ``room`` pixels: after
    "@", ".", "_", "/", "-", and inside a piece still too wide where the line is full."""
    if room <= 0 or advance(text) <= room:
        return text
    words = text.split(" ")
    for n, word in enumerate(words):
        if len(word) < 2 or len(word) > 200 or advance(word) <= room:
            continue
        pieces: list[str] = []
        for piece in _BREAK_AFTER.split(word):
            while len(piece) > 1 and advance(piece) > room:
                fit = len(piece) - 1
                while fit > 1 and advance(piece[:fit]) > room:
                    fit -= 1
                pieces.append(piece[:fit])
                piece = piece[fit:]
            pieces.append(piece)
        words[n] = _ZERO_WIDTH_SPACE.join(pieces)
    return " ".join(words)


class AddressCells(QStyledItemDelegate):
    """E-mail addresses one under another, each whole where it fits, else cut before
    its "@" ("anna.…@smp-steuer.example": whose, and the whole where), else in its
    middle ("joerg.mu…rheinenergie.example"). The tooltip has them whole."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        option.text = option.text.replace(", ", "\u2028")  # (a line separator)
        option.textElideMode = Qt.TextElideMode.ElideMiddle  # (where still too wide)
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        # Cut here, for the cell's width: the size hint measures the addresses whole.
        shown = QStyleOptionViewItem(option)
        self.initStyleOption(shown, index)
        look = shown.widget.style() if shown.widget else QApplication.style()
        margin = 2 * (look.pixelMetric(look.PixelMetric.PM_FocusFrameHMargin) + 1)
        room = shown.rect.width() - margin  # (Qt's own text margins in a cell)
        if shown.text and room > 0:
            shown.text = "\u2028".join(
                elided_address(a, shown.fontMetrics, room) for a in shown.text.split("\u2028")
            )
        look.drawControl(QStyle.ControlElement.CE_ItemViewItem, shown, painter, shown.widget)


def elided_address(address: str, metrics: QFontMetrics, room: int) -> str:
    """``address`` in ``room`` pixels: whole, else its name cut before the "@" with the
    domain whole, if two letters of the name still fit, else cut in its middle."""
    if metrics.horizontalAdvance(address) <= room:
        return address
    name, at, domain = address.rpartition("@")
    if at and name:
        left = room - metrics.horizontalAdvance(at + domain)
        if left >= metrics.horizontalAdvance(name[:2] + "…"):
            return metrics.elidedText(name, Qt.TextElideMode.ElideRight, left) + at + domain
    return metrics.elidedText(address, Qt.TextElideMode.ElideMiddle, room)


class PreviewColumns(ContentColumns):
    """The preview's columns: short of room, a name, an organisation, a city or a match
    wraps onto two lines before it is cut, so it wants only the width of its longest
    word or of half its text, whichever is more; e-mail addresses stand one under
    another, so the column wants the widest one."""

    WRAPPING = (PlanModel.NAME, PlanModel.ORGANISATION, PlanModel.CITY, PlanModel.EMAIL,
                PlanModel.MATCH)  # fmt: skip

    known: dict[int, int] | None = None  # column → what it wants wrapped (this plan)
    # "From": its floor where the cells fit (the file's name whole, up to 20 characters)
    # and where they do not (10: at 800 px it kept 20 while names and addresses were cut)
    where: tuple[int, int] = (0, 0)

    def forget(self) -> None:
        """A new plan: its cells are measured again (once: a resize only shares)."""
        self.known = {}

    def fit(self) -> None:
        # Who it is comes first: a name's longest word (up to 14 characters) is never
        # cut, however short the room ("Müller-Lüdenschei…" at 800 px in German).
        model = self.view.model()
        if model is not None and model.rowCount() <= ImportWizard.WRAPPED_ROWS:
            if self.known is None:
                self.known = {}
            if -1 not in self.known:
                self.known[-1] = self._longest_word(PlanModel.NAME)
            self.minimum[PlanModel.NAME] = self.known[-1]
        else:  # (one line each: no floor but the title's)
            self.minimum.pop(PlanModel.NAME, None)
        roomy, short = self.where
        if roomy:
            self.minimum[PlanModel.WHERE] = roomy
            self.short_minimum[PlanModel.WHERE] = short
        else:
            self.minimum.pop(PlanModel.WHERE, None)
            self.short_minimum.pop(PlanModel.WHERE, None)
        super().fit()

    def _longest_word(self, column: int) -> int:
        metrics = self.view.fontMetrics()
        cap = metrics.averageCharWidth() * 14  # ("Lüdenscheidt"; not "newsletter@messe-…")
        model = self.view.model()
        texts = (str(model.index(r, column).data() or "") for r in range(model.rowCount()))
        words = (w for text in texts for w in text.replace("-", "- ").split())
        longest = max((min(metrics.horizontalAdvance(w), cap) for w in words), default=0)
        margin = self.view.style().pixelMetric(self.view.style().PixelMetric.PM_FocusFrameHMargin)
        return longest + 2 * (margin + 1) + style.SPACE.XS if longest else 0

    def narrower(self, column: int, wanted: int) -> int:
        model = self.view.model()
        if column == PlanModel.WHERE and self.where[1]:  # short of room: the last to grow
            return min(wanted, self.where[1])
        if column not in self.WRAPPING or model.rowCount() > ImportWizard.WRAPPED_ROWS:
            return wanted
        if self.known is None:
            self.known = {}
        if column not in self.known:
            self.known[column] = self._wrapped(column, wanted)
        return self.known[column]

    def _wrapped(self, column: int, wanted: int) -> int:
        model = self.view.model()
        metrics = self.view.fontMetrics()
        advance = metrics.horizontalAdvance
        longest = metrics.averageCharWidth() * 12  # a longer word is cut ("newsletter@…")
        widest = need = 0
        # A match ("Bärbel Groß-Schäfer · Göppingen; … (schon mehrfach vorhanden …)")
        # may take its three lines: on two it kept 435 px at 1366 while the e-mail
        # addresses beside it were cut. The others wrap onto two.
        lines = MOST_LINES if column == PlanModel.MATCH else 2
        for row in range(model.rowCount()):
            text = str(model.index(row, column).data() or "")
            if not text:
                continue
            whole = advance(text)
            if column == PlanModel.EMAIL:  # one under another, each on one line: whole
                whole = max(advance(w) for w in text.split(", "))
                widest = need = max(need, whole)
                continue
            else:
                words = text.replace("-", "- ").split()
            widest = max(widest, whole)
            need = max(need, min(max(advance(w) for w in words), longest), -(-whole // lines))
        # (the cell's own margins, and a little more: wrapped text is laid out a few
        # pixels narrower than one line is measured)
        return min(wanted, need + max(wanted - widest, 0) + style.SPACE.XS)


class ImportWizard(QDialog):
    def __init__(
        self, journal: Journal, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import contacts"))
        self.journal, self.undo_stack = journal, undo_stack
        self.paths: list[Path] = []
        self.command: undo.Step | None = None
        # How long work reports its progress (replaceable in tests).
        self.make_progress: Callable[[str], ProgressDialog] = lambda title: ProgressDialog(
            self, title
        )
        self.pages = QStackedWidget()
        self._choose_page()
        self._preview_page()
        self._done_page()
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        for index in range(self.pages.count()):  # the pages sit on the dialog's margins
            inner = self.pages.widget(index).layout()
            if inner is not None:
                inner.setContentsMargins(0, 0, 0, 0)
                inner.setSpacing(style.SPACE.S)
        style.finish_dialog(self, minimum=self.MINIMUM)
        self.resize(self._opening_size())

    MINIMUM = (90, 24)  # characters × lines of the body font: nothing cut
    OPENS = (100, 28)  # the first page's sentence, file list and buttons with room

    def _room(self) -> QSize:
        """What the wizard may take: its window's size (or the screen's, alone), less a
        margin so that it still reads as a dialog over the window."""
        parent = self.parentWidget()
        screen = self.screen()
        if parent is not None:
            size = parent.window().size()
        elif screen is not None:
            size = screen.availableGeometry().size()
        else:
            size = QSize(1024, 700)
        margin = 2 * style.SPACE.XL
        return QSize(size.width() - margin, size.height() - margin)

    def _opening_size(self) -> QSize:
        """The size the first page needs, in characters and lines (one sentence, the
        files, two buttons): not a share of the screen (three quarters of a 1920 px
        window was ~1400×810 for one sentence). The preview grows it to what its columns
        need (:meth:`_fit_preview`)."""
        metrics, room = self.fontMetrics(), self._room()
        columns, lines = self.OPENS
        width = max(metrics.averageCharWidth() * columns, self.minimumWidth())
        height = max(metrics.lineSpacing() * lines, self.minimumHeight())
        return QSize(min(width, room.width()), min(height, room.height()))

    def _fit_preview(self) -> None:
        """Grow (never shrink: the person may have resized) to what the preview's
        columns and rows want, within the window: every name and address whole where the
        window has the room, rows without scrolling where it has the height."""
        table, header = self.table, self.table.horizontalHeader()
        count = self.model.columnCount()
        columns = sum(  # what ContentColumns gives each column when the room is there
            max(table.sizeHintForColumn(c), header.sectionSizeHint(c),
                self.columns.minimum.get(c, 0))
            for c in range(count)
            if not header.isSectionHidden(c)
        )  # fmt: skip
        outer = self.layout().contentsMargins()
        bar = table.style().pixelMetric(table.style().PixelMetric.PM_ScrollBarExtent)
        edges = 2 * table.frameWidth()
        width = columns + edges + bar + outer.left() + outer.right()
        page = self.pages.widget(1).layout()
        others = page.sizeHint().height() - table.sizeHint().height()
        rows = header.sizeHint().height() + table.verticalHeader().length() + edges
        height = rows + others + outer.top() + outer.bottom()
        room = self._room()
        want = QSize(
            min(max(self.width(), width), room.width()),
            min(max(self.height(), height), room.height()),
        )
        if want == self.size():
            return
        # Grown about its centre (it opened centred on the window) and kept on the window;
        # move() places the frame, so the frame's rectangle is what is moved.
        frame = self.frameGeometry()
        border = frame.size() - self.size()
        self.resize(want)
        if not self.isVisible():
            return  # Qt centres it on the window when it is shown
        moved = QRect(frame.topLeft(), want + border)
        moved.moveCenter(frame.center())
        parent = self.parentWidget()
        if parent is not None:
            bounds = parent.window().frameGeometry()
            moved.moveLeft(
                max(bounds.left(), min(moved.left(), bounds.right() - moved.width() + 1))
            )
            moved.moveTop(max(bounds.top(), min(moved.top(), bounds.bottom() - moved.height() + 1)))
        self.move(moved.topLeft())

    # -- page 1 ------------------------------------------------------------------------

    def _choose_page(self) -> None:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "Choose vCard files (.vcf: phones, Outlook, Apple, Google, XING) or CSV exports "
                "(LinkedIn Connections.csv, Google Contacts, Outlook, XING) or a list kept in "
                "Excel (.xlsx). Nothing is changed before you have checked the preview."
            ),
            wordWrap=True,
        )
        files = QPushButton(self.tr("Choose files…"))
        folder = QPushButton(self.tr("Choose a folder…"))
        files.clicked.connect(self.choose_files)
        folder.clicked.connect(self.choose_folder)
        self.chosen = QStringListModel(self)
        chosen_view = QListView()
        chosen_view.setObjectName("importChosen")
        chosen_view.setModel(self.chosen)
        chosen_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        chosen_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # A long folder cut in the middle, the file's own name (what tells two files
        # apart) kept in view: it was cut at the end behind a sideways scroll bar.
        chosen_view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        chosen_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chosen_view = chosen_view
        # A file chosen by mistake comes off the list (the button or Delete), without
        # choosing all the others again.
        self.remove_button = QPushButton(self.tr("Remove"), autoDefault=False)
        self.remove_button.setObjectName("importRemoveFile")
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove_selected)
        chosen_view.selectionModel().selectionChanged.connect(self._chosen_selection)
        chosen_view.installEventFilter(self)  # Delete on the list (eventFilter)
        self.chosen_box = QWidget()
        beside = QHBoxLayout(self.chosen_box)
        beside.setContentsMargins(0, 0, 0, 0)
        beside.addWidget(chosen_view, 1)
        column = QVBoxLayout()
        column.addWidget(self.remove_button)
        column.addStretch(1)
        beside.addLayout(column)
        # Nothing chosen yet: a sentence saying how, not an empty white box.
        self.none_chosen = style.empty_state(
            self.tr("No file chosen yet. Choose files or a whole folder with the buttons below."),
            "importNoneChosen",
        )
        self.chosen_box.hide()
        # The mapping step, for CSV files of no known layout.
        self.mapping_box = QWidget()
        self.mapping_box.setObjectName("importMapping")
        # Two columns of fields: thirteen rows one under another did not fit 800×600
        # (German) beside the sentence, the chosen files and the buttons.
        self.mapping_form = QGridLayout(self.mapping_box)
        self.mapping_form.setContentsMargins(0, 0, 0, 0)
        self.mapping_form.setColumnStretch(1, 1)
        self.mapping_form.setColumnStretch(3, 1)
        self.mapping_form.setColumnMinimumWidth(2, style.SPACE.L)
        self.mapping_combos: dict[str, QComboBox] = {}
        self.mapped: list[str] = []  # the headers the combos are for
        self.mapping_box.hide()
        self.next_button = QPushButton(self.tr("Check"))
        self.next_button.setObjectName("importCheck")
        self.next_button.setEnabled(False)
        self.next_button.clicked.connect(self.build_plan)
        row = QHBoxLayout()
        row.addWidget(files)
        row.addWidget(folder)
        row.addStretch(1)
        row.addWidget(self.next_button)
        row.addWidget(self._cancel_button("importCancelFiles"))
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.chosen_box, 1)
        layout.addWidget(self.none_chosen, 1)
        layout.addWidget(self.mapping_box)
        layout.addLayout(row)
        self.pages.addWidget(page)

    def _field_label(self, name: str) -> str:
        return {
            "given": self.tr("Given name"), "family": self.tr("Family name"),
            "middle": self.tr("Middle names"), "suffix": self.tr("Suffix"),
            "nickname": self.tr("Nickname"), "display": self.tr("Whole name"),
            "salutation": self.tr("Salutation"),
            "organisation": self.tr("Organisation"), "title": self.tr("Role"),
            "email": self.tr("E-mail"), "phone": self.tr("Phone"), "city": self.tr("City"),
            "birthday": self.tr("Birthday"), "notes": self.tr("Notes"), "labels": self.tr("Tags"),
        }[name]  # fmt: skip

    def _needs_mapping(self, paths: list[Path] | None = None) -> list[str]:
        """Headers of the first CSV or Excel workbook of no known layout (empty: no
        mapping needed)."""
        from netzjournal.interchange import workbook
        from netzjournal.interchange.csv_in import csv_headers
        from netzjournal.interchange.files import FileRefused, expand, read_file

        for path in expand(self.paths if paths is None else paths, (".csv", ".xlsx")):
            suffix = path.suffix.lower()
            if suffix not in (".csv", ".xlsx"):
                continue
            try:
                if suffix == ".xlsx":  # (a zip: its sheet is read whole)
                    headers, layout = workbook.headers(read_file(path))
                else:
                    headers, layout = csv_headers(read_file(path, 65536, head=True))
            except FileRefused:
                continue  # reported when the files are read
            if layout == "generic" and headers:
                return headers
        return []

    def _show_mapping(self, headers: list[str]) -> None:
        from netzjournal.interchange.csv_in import MAPPABLE, guess_mapping

        intro = QLabel(self.tr("This CSV file has no layout netzjournal knows. Which column "
                               "holds what?"), wordWrap=True)  # fmt: skip
        self.mapped = headers
        form = self.mapping_form
        form.addWidget(intro, 0, 0, 1, 5)
        lowered = {h.lower(): h for h in headers}
        known = guess_mapping(headers)  # a header lists use for the field, first
        half = (len(MAPPABLE) + 1) // 2  # down the first column, then the second
        for n, name in enumerate(MAPPABLE):
            combo = QComboBox()
            combo.addItem(self.tr("(not in the file)"), "")
            for header in headers:
                combo.addItem(header, header)
            guess = known.get(name) or next(
                (h for low, h in lowered.items() if h not in known.values()
                 and (name in low or self._field_label(name).lower() in low)),
                "",
            )  # fmt: skip
            combo.setCurrentIndex(max(combo.findData(guess), 0))
            self.mapping_combos[name] = combo
            # (a header may be long: the combo box shrinks, its list shows it whole)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
            label = QLabel(self._field_label(name))
            label.setBuddy(combo)
            row, column = 1 + n % half, 3 * (n // half)
            form.addWidget(label, row, column)
            form.addWidget(combo, row, column + 1)
        self.mapping_box.show()
        from netzjournal.ui import mnemonics

        mnemonics.assign(self)  # (the fields came after the dialog's letters: Alt+letter too)

    def _forget_mapping(self) -> None:
        """The mapping was for a file no longer chosen: asked again if another needs one."""
        while (item := self.mapping_form.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        self.mapping_combos.clear()
        self.mapped = []
        self.mapping_box.hide()

    def mapping(self) -> dict[str, str] | None:
        if not self.mapping_combos:
            return None
        return {k: c.currentData() for k, c in self.mapping_combos.items() if c.currentData()}

    def set_paths(self, paths: list[Path]) -> None:
        if self.mapping_combos and self._needs_mapping(paths) != self.mapped:
            self._forget_mapping()
        self.paths = paths
        self.chosen.setStringList([str(p) for p in paths])
        self.chosen_box.setVisible(bool(paths))
        self.none_chosen.setVisible(not paths)
        self.next_button.setEnabled(bool(paths))
        if paths:
            # The next step is checking what was chosen: Enter does that, and does not
            # open the file picker again (the button that had focus).
            self.next_button.setDefault(True)
            self.next_button.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.chosen_view
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.matches(QKeySequence.StandardKey.Delete)
        ):
            self.remove_selected()
            return True
        return super().eventFilter(watched, event)

    def _chosen_selection(self) -> None:
        self.remove_button.setEnabled(self.chosen_view.selectionModel().hasSelection())

    def remove_selected(self) -> None:
        """The selected files off the list; the row after them is selected next."""
        rows = sorted({i.row() for i in self.chosen_view.selectionModel().selectedRows()})
        if not rows:
            return
        kept = [p for i, p in enumerate(self.paths) if i not in rows]
        had_focus = self.chosen_view.hasFocus()
        self.set_paths(kept)
        if kept:
            row = min(rows[0], len(kept) - 1)
            self.chosen_view.setCurrentIndex(self.chosen.index(row))
            if had_focus:
                self.chosen_view.setFocus()

    def choose_files(self) -> None:
        from netzjournal.ui import file_places

        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose files"),
            file_places.start_at("import"),
            # Workbooks too: .xlsx is read; .xls and .ods are told how to become one
            # (hidden, a list kept in Excel was not to be found).
            self.tr("Contacts (*.vcf *.csv *.xlsx *.xls *.ods);;All files (*)"),
        )
        if names:
            file_places.chosen("import", names[0])
            self.set_paths([Path(n) for n in names])

    def choose_folder(self) -> None:
        from netzjournal.ui import file_places

        name = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a folder"), file_places.start_at("import")
        )
        if name:
            file_places.chosen("import", Path(name).parent)
            self.set_paths([Path(name)])

    # -- page 2 ------------------------------------------------------------------------

    def _preview_page(self) -> None:
        page = QWidget()
        self.summary = QLabel(wordWrap=True)
        self.model = PlanModel({}, self)
        self.table = QTableView()
        self.table.setObjectName("importPreview")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(PlanModel.ACTION, ActionDelegate(self.table))
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.verticalHeader().hide()
        # Every column fits the width the dialog has, sized by its content: names and
        # addresses get the room before an empty "already in the journal" gets more than
        # its title. Where the room is short (800 px, German), a cell wraps onto a second
        # and third line rather than being cut, addresses stand one under another
        # elided in their middle; a file's name
        # is cut at its end (its beginning tells the files apart); cut text is whole
        # in its tooltip.
        self.table.setItemDelegateForColumn(PlanModel.WHERE, FileNames(self.table))
        self.table.setItemDelegateForColumn(PlanModel.EMAIL, AddressCells(self.table))
        long_words = LongWords(self.table)
        for column in (PlanModel.NAME, PlanModel.ORGANISATION, PlanModel.CITY, PlanModel.MATCH):
            self.table.setItemDelegateForColumn(column, long_words)
        metrics = self.table.fontMetrics()
        look = self.table.style()
        # The action's label whole (its combo box, while choosing, may reach over the
        # next column: ActionDelegate.updateEditorGeometry).
        choosing = (
            2 * (look.pixelMetric(look.PixelMetric.PM_FocusFrameHMargin) + 1)
            + max(metrics.horizontalAdvance(action_label(a)) for a in ("create", "merge", "skip"))
            + style.SPACE.XS
        )
        P = PlanModel
        self.columns = PreviewColumns(
            self.table,
            # Who it is before how to write to them: the organisation and the city tell
            # namesakes apart (at 1024 they were cut while the address was whole).
            priority=(P.ACTION, P.NAME, P.ORGANISATION, P.CITY, P.EMAIL, P.MATCH, P.WHERE),
            stretch=(P.NAME, P.ORGANISATION, P.EMAIL),
            minimum={P.ACTION: choosing},
            fair=True,  # short of room, the columns are wrapped and cut alike
        )
        self.table.setWordWrap(True)  # (after ContentColumns, which sets one line)
        self.table.verticalHeader().setMinimumSectionSize(1)
        self._rows_later = QTimer(self, singleShot=True, interval=0)
        self._rows_later.timeout.connect(self._fit_rows)
        self._problems_later = QTimer(self, singleShot=True, interval=0)
        self._problems_later.timeout.connect(self._fit_problems)
        self.table.horizontalHeader().sectionResized.connect(self._rows_later.start)
        self.problems = QStringListModel(self)
        problems_view = QListView()
        problems_view.setObjectName("importProblems")
        problems_view.setModel(self.problems)
        problems_view.setMaximumHeight(self.PROBLEMS_HEIGHT)  # (then as its lines: _fit_problems)
        # A problem is a sentence: wrapped, never cut off at the right edge.
        problems_view.setWordWrap(True)
        problems_view.setResizeMode(QListView.ResizeMode.Adjust)
        problems_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        back = QPushButton(self.tr("Back"))
        back.clicked.connect(self.back)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("importRun")
        self.import_button.clicked.connect(self.run_import)
        row = QHBoxLayout()
        row.addWidget(back)
        row.addStretch(1)
        row.addWidget(self.import_button)
        row.addWidget(self._cancel_button("importCancelPreview"))
        # Mailing-list cards (newsletter@, noreply@ … and no person's name) are left out
        # of the import and the table; the line says how many, the box takes them in.
        self.lists_box = QWidget()
        self.lists_box.setObjectName("importMailingLists")
        self.lists_label = QLabel(wordWrap=True)
        self.lists_check = QCheckBox(self.tr("Import them too"))
        self.lists_check.setObjectName("importTakeLists")
        self.lists_check.toggled.connect(self.take_lists)
        lists_row = QHBoxLayout(self.lists_box)
        lists_row.setContentsMargins(0, 0, 0, 0)
        lists_row.addWidget(self.lists_label, 1)
        lists_row.addWidget(self.lists_check)
        self.lists_box.hide()
        self.lost_label = QLabel(wordWrap=True)
        self.lost_label.setObjectName("importLostLetters")
        self.lost_label.hide()
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary)
        layout.addWidget(self.lost_label)
        layout.addWidget(self.lists_box)
        layout.addWidget(self.table, 1)
        self.problems_label = QLabel(self.tr("Problems found"))
        self.problems_view = problems_view
        layout.addWidget(self.problems_label)
        layout.addWidget(problems_view)
        layout.addLayout(row)
        self.pages.addWidget(page)

    # Rows are sized to their wrapped text up to this many (a file of thousands is
    # looked at in samples, not read row by row: one line each, elided, as before).
    WRAPPED_ROWS = WRAPPED_ROWS

    def _fit_rows(self) -> None:
        """Each row as high as its wrapped cells, at most three lines."""
        fit_wrapped_rows(self.table)

    PROBLEMS_HEIGHT = 110  # the problems list's height before the page is laid out

    def _fit_problems(self) -> None:
        """The problems list as high as its wrapped lines, up to half the height it
        shares with the table (at 800×600 it scrolled after three lines while most of
        the table's rows were empty); longer, it scrolls."""
        view = self.problems_view
        texts = self.problems.stringList()
        if not texts or not view.isVisibleTo(self):
            return
        width = view.viewport().width() - 2 * style.SPACE.XS
        metrics = view.fontMetrics()
        flags = int(Qt.TextFlag.TextWordWrap)
        lines = sum(  # (the first 60: more fill any height)
            metrics.boundingRect(QRect(0, 0, max(width, 1), 10_000), flags, text).height()
            for text in texts[:60]
        )
        spacing = view.spacing() * 2 * min(len(texts), 60)
        content = lines + spacing + 2 * view.frameWidth() + style.SPACE.XS
        shared = view.height() + self.table.height()
        height = min(content, max(self.PROBLEMS_HEIGHT, shared // 2))
        view.setMinimumHeight(height)
        view.setMaximumHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._problems_later.start()  # (once the page is laid out at its new size)

    def back(self) -> None:
        """To the chosen files; Enter checks them again (the preview's Import, the
        default there, is hidden here)."""
        self.pages.setCurrentIndex(0)
        self.next_button.setDefault(True)
        self.next_button.setFocus()

    def _cancel_button(self, name: str) -> QPushButton:
        """A way out on every page before anything is saved (after the main button,
        the platform's order as in the other dialogs)."""
        cancel = QPushButton(self.tr("Cancel"), autoDefault=False)
        cancel.setObjectName(name)
        cancel.clicked.connect(self.reject)
        return cancel

    def build_plan(self) -> None:
        if not self.mapping_combos:
            headers = self._needs_mapping()
            if headers:
                self._show_mapping(headers)
                return  # the person answers the mapping, then presses "Check" again
        progress = self.make_progress(self.tr("Import contacts"))
        try:
            read = read_paths(self.paths, self.mapping(), progress, ui_language())
            plan = plan_import(self.journal, read, progress)
        except Cancelled:
            return  # nothing was read into the journal; the choice stays as it was
        finally:
            progress.close()
        choices = {c.id: c for c in list_people(self.journal, include_archived=True)}
        self.model.names = {i: c.label for i, c in choices.items()}
        # (a contact a new person is named like: told apart from that person)
        self.model.names.update(journal_namesakes(plan, choices))
        self.model.set_plan(plan)
        lists = len(plan.mailing_lists())
        self.lists_label.setText(
            self.tr(
                "Left out: %n card(s) with only a mailing list's address (newsletter@, "
                "noreply@, info@ …) and no person's name.",
                "",
                lists,
            )
        )
        self.lists_box.setVisible(bool(lists))
        self.lists_check.blockSignals(True)  # (a new plan leaves them out again)
        self.lists_check.setChecked(False)
        self.lists_check.blockSignals(False)
        self._show_lists(False)
        self.columns.forget()
        # From one file, every row said "kontakte.vcf:2", "kontakte.vcf:11" (elided to
        # "kon…f:2"): noise beside the names. The column shows only for several files.
        header = self.table.horizontalHeader()
        several = self.model.several_files()
        header.setSectionHidden(PlanModel.WHERE, not several)
        self.columns.where = (0, 0)
        if several:  # the file's name tells the rows apart: whole ("Co…sv" for two files)
            char = self.table.fontMetrics().averageCharWidth()
            wanted = self.table.sizeHintForColumn(PlanModel.WHERE)
            self.columns.where = (min(wanted, char * 20), min(wanted, char * 10))
        # Nobody in the journal yet: an empty "Already in the journal" kept its title's
        # width while the e-mail beside it was cut. The summary says it instead.
        known = self.model.any_known()
        header.setSectionHidden(PlanModel.MATCH, not self.model.any_notes())
        # Likewise a city, organisation or address no row has (LinkedIn writes no city):
        # its empty column shrank to a cut title.
        for column in (PlanModel.ORGANISATION, PlanModel.CITY, PlanModel.EMAIL):
            header.setSectionHidden(column, bool(plan.rows) and self.model.empty(column))
        self.columns.fit()
        self._fit_rows()
        self.problems.setStringList([problem_text(p) for p in plan.problems])
        for w in (self.problems_label, self.problems_view):  # no empty box when all went well
            w.setVisible(bool(plan.problems))
        self._problems_later.start()
        formats = ", ".join(import_format_label(f) for f in read.format.split(", ") if f)
        people = len(plan.rows) - lists
        if not plan.rows:
            # "People found: 0 (–). Choose per row …" over an empty table (an Excel
            # workbook, a file with nobody in it): nothing to choose; the problems say why.
            found = self.tr("No people found in the chosen files, so there is nothing to import.")
        elif known:
            found = self.tr(
                "People found: %1 (%2). Choose per row what happens; nothing is saved yet."
            )
        else:
            found = self.tr(
                "People found: %1 (%2). None of them is in the journal yet. Choose per row "
                "what happens; nothing is saved yet."
            )
        self.summary.setText(found.replace("%1", str(people)).replace("%2", formats or "–"))
        # Letters lost before the file reached us ("Ay?e"): said once here, per row in
        # the table, and how to export again so that every letter is kept.
        lost = len(plan.lost_letters())
        self.lost_label.setText(
            self.tr(
                "%n name(s) have a “?” where a letter was lost: the file was written in an "
                "old code page, without that letter (Outlook for Windows writes its CSV "
                "export so). They are imported as they are; correct them afterwards, or "
                "export again in Unicode (UTF-8), which keeps every letter: in Outlook on "
                "the web (outlook.com or Microsoft 365 in the browser) open People, then "
                "Manage contacts > Export contacts, and import that file instead.",
                "",
                lost,
            )
        )
        self.lost_label.setVisible(bool(lost))
        self.import_button.setEnabled(bool(plan.rows))
        self.pages.setCurrentIndex(1)
        # Enter imports (one step on the undo stack; the result page says what was done)
        # while the focus stays in the rows, where arrows and F2 check and change them.
        self.import_button.setDefault(True)
        self.table.setFocus()
        self._fit_preview()

    def take_lists(self, take: bool) -> None:
        """The mailing-list cards imported too (``take``) or left out again."""
        self.model.plan.take_lists(take)
        rows = self.model.rowCount()
        if rows:
            self.model.dataChanged.emit(
                self.model.index(0, PlanModel.ACTION), self.model.index(rows - 1, PlanModel.ACTION)
            )
        self._show_lists(take)
        self.columns.fit()
        self._fit_rows()

    def _show_lists(self, shown: bool) -> None:
        """The mailing-list cards' rows in the table while they are taken in."""
        for n, r in enumerate(self.model.rows):
            if r.reason == MAILING_LIST:
                self.table.setRowHidden(n, not shown)

    # -- page 3 ------------------------------------------------------------------------

    def _done_page(self) -> None:
        page = QWidget()
        self.result_page = ImportResultPage()
        undo_button = QPushButton(self.tr("Undo this import…"), autoDefault=False)
        undo_button.setObjectName("importUndo")
        # Never the default: Enter on this page closes; taking back asks first.
        undo_button.clicked.connect(self.ask_undo)
        self.undo_button = undo_button
        close = QPushButton(self.tr("Close"), default=True)
        close.setObjectName("importClose")
        close.clicked.connect(self.accept)
        self.close_button = close
        row = QHBoxLayout()
        row.addWidget(undo_button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(page)
        layout.addWidget(self.result_page, 1)
        layout.addLayout(row)
        self.pages.addWidget(page)

    def run_import(self) -> None:
        plan = self.model.plan
        progress = self.make_progress(self.tr("Import contacts"))
        command = ImportContacts(self.journal, plan, progress, ui_language())
        try:
            self.command = undo.perform(self.undo_stack, command, self)
            if self.command is None:
                return
        except Cancelled:
            # The transaction was rolled back: the journal is as it was.
            self.command = None
            self.summary.setText(self.tr("The import was stopped; nothing was changed."))
            return
        finally:
            progress.close()
        outcome = command.result
        assert outcome is not None
        self.show_result(plan, outcome)

    def show_result(self, plan: ImportPlan, outcome: ImportOutcome) -> None:
        """The summary page; Enter closes it (the undo asks first and is never the default)."""
        self.result_page.show_outcome(plan, outcome, self.model.names)
        self.pages.setCurrentIndex(2)
        self.close_button.setDefault(True)
        self.close_button.setFocus()

    def ask_undo(self) -> None:
        from netzjournal.ui.confirm import confirm

        if confirm(
            self,
            self.tr("Undo this import"),
            self.tr("Take the whole import back? The people it created are removed again."),
            self.tr("Undo the import"),
        ):
            self.undo()

    def undo(self) -> None:
        if (
            self.command is not None
            and self.undo_stack.command(self.undo_stack.index() - 1) is self.command
        ):
            self.undo_stack.undo()
            self.result_page.show_taken_back()
            self.undo_button.setEnabled(False)
