"""The quick note after a meeting: seconds from a keystroke, never lost.

Ctrl+Enter saves and closes; Esc asks before throwing text away. While
typing, the draft is written to ``drafts/quick-note.json`` — after a short
pause, and at most ``draft_autosave.MAX_WAIT_MS`` after the first unsaved change
even while typing goes on — and offered back the next time the dialog opens,
after a crash or a kill too (and at the window's start, see
``MainWindow.offer_quick_note_draft``). A draft or a note that cannot be written (a
full disk, a journal locked by another program) is said so in the dialog;
the text stays.

Each note begun gets a UID, kept in its draft and saved with the note: a draft
that outlived its note's save (a drafts folder gone read-only, a kill between
the save and the draft's removal) is recognised as saved and never offered
again, so it cannot be saved twice.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import itertools
import logging
import uuid
from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netzjournal.commands.notes import QuickNote, SaveNote
from netzjournal.drafts import DraftStore
from netzjournal.store.errors import JournalLocked, StoreError
from netzjournal.store.interactions import note_id_by_uid
from netzjournal.store.journal import DiskFull, Journal
from netzjournal.ui import confirm, not_saved, style, texts, undo, unsaved
from netzjournal.ui.date_fields import DateField, DateTimeField
from netzjournal.ui.draft_autosave import DraftAutosave
from netzjournal.ui.due_from_text import DueFromText
from netzjournal.ui.notes.editor import from_qdatetime, to_qdatetime
from netzjournal.ui.participants import ParticipantsField
from netzjournal.ui.person_hooks import PersonHooks
from netzjournal.ui.step_owner import StepOwner

log = logging.getLogger(__name__)

# The time "Yesterday" gives a note: a past day's meeting, noted afterwards.
PAST_DAY_TIME = dt.time(19, 0)


class QuickNoteDialog(QDialog):
    saved = Signal(int)  # the new note's id

    def __init__(
        self,
        journal: Journal,
        drafts: DraftStore,
        now: Callable[[], dt.datetime] = dt.datetime.now,
        parent: QWidget | None = None,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack  # the window's: a saved note is undone there
        self.setObjectName("quickNoteDialog")
        self.setAccessibleName(self.tr("Quick note"))
        self.setWindowTitle(self.tr("Quick note"))
        self.journal, self.drafts, self._now = journal, drafts, now
        self._uid = str(uuid.uuid4())  # the note's UID (see the module's docstring)
        # The contact and note editors' timing (ui/draft_autosave.py); a signal or a
        # logout writes the draft at once (flush_all).
        self._autosave = DraftAutosave(self, self.save_draft)
        self._build()
        # Every example whole: 72 characters of width cut the longer German ones.
        style.room_for_example(self.who, self.who.edit)
        for field in (self.say_next, self.hooks, self.next_step):
            style.room_for_example(field)
        style.finish_dialog(self, minimum=(72, 0))
        self._connect()

    def _build(self) -> None:
        self.who = ParticipantsField(self.journal)
        self.who.setObjectName("quickWho")
        self.who.setPlaceholderText(self.tr("Whom did you meet? Type a name, pick with Enter"))
        self.when = DateTimeField()
        self.when.setObjectName("quickWhen")
        now_button = QPushButton(self.tr("Now"))
        now_button.setObjectName("quickNow")
        now_button.clicked.connect(lambda: self.when.setDateTime(to_qdatetime(self._now())))
        yesterday = QPushButton(self.tr("Yesterday"))
        yesterday.setObjectName("quickYesterday")
        yesterday.clicked.connect(self._yesterday)
        when_row = QHBoxLayout()
        when_row.addWidget(self.when, 1)
        when_row.addWidget(now_button)
        when_row.addWidget(yesterday)
        self.kind = QComboBox()
        self.kind.setObjectName("quickKind")
        for code, label in texts.kinds():
            self.kind.addItem(texts.kind_icon(code), label, code)
        self.body = QPlainTextEdit(
            tabChangesFocus=True, placeholderText=self.tr("What did you talk about?")
        )
        self.body.setObjectName("quickBody")
        # Room to write, whatever else the note holds: with three people's own fields
        # the dialog grew by what they lacked and took the rest from this field, down
        # to its own minimum (70 px, four lines at 800×600).
        lines = self.body.fontMetrics().lineSpacing() * 6
        self.body.setMinimumHeight(lines + 2 * self.body.frameWidth() + 8)
        self.say_next = QLineEdit(
            placeholderText=self.tr("as you'd say it to them: your half marathon in May")
        )
        self.say_next.setObjectName("quickSayNext")
        self.say_next.setToolTip(self.tr("The coach may quote this in a message to them"))
        # With several people: a field for each under it, said to that person only.
        self.person_hooks = PersonHooks(self.who, self.say_next)
        self.hooks = QLineEdit(placeholderText=self.tr("only for you – never quoted to them"))
        self.hooks.setObjectName("quickHooks")
        self.next_step = QLineEdit(placeholderText=self.tr("e.g. send the article"))
        self.next_step.setObjectName("quickNextStep")
        # Whose the step is, with several people (the first named, unless chosen).
        self.step_for = StepOwner(self.who)
        self.has_due = QCheckBox(self.tr("due"))
        self.due = DateField()
        self.due.setEnabled(False)
        self.has_due.toggled.connect(self.due.setEnabled)
        # "bis Freitag" in the step ticks the box with that day (until set by hand).
        self.due_from_step = DueFromText(
            self.next_step, self.has_due, self.due, lambda: self._now().date()
        )
        # The date on a line of its own: beside it the step had a third of the field's
        # width ("Lebenslauf schicken bis Freitag" did not show whole in German).
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due)
        due_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Who"), self.who)
        form.addRow(self.tr("When"), when_row)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Talked about"), self.body)
        form.addRow(self.tr("Pick up next time"), self.say_next)
        self.person_hooks.add_to(form)
        form.addRow(self.tr("Private remarks"), self.hooks)
        form.addRow(self.tr("Follow-up"), self.next_step)
        form.addRow(self.tr("For whom"), self.step_for)
        form.addRow("", due_row)
        self._form = form
        self.draft_status = style.warning_label("quickDraftStatus")
        self.hint = hint = style.hint(self.tr("Ctrl+Enter saves · Esc closes"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("quickSave")
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(hint, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.draft_status)
        layout.addLayout(bottom)
        # From "Who" straight to what was said: the date is "now" or a button away.
        chain = (self.who.edit, self.body, self.say_next, self.hooks, self.next_step,
                 self.step_for, self.has_due, self.due, self.when, now_button, yesterday,
                 self.kind)  # fmt: skip
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        # Ctrl+Enter is caught on every field (an event filter, not a QShortcut):
        # text editors would otherwise take the key before a shortcut sees it.
        for widget in (self.who.edit, self.when, self.kind, self.body, self.hooks,
                       self.next_step, self.due, self.has_due, self.say_next,
                       self.step_for):  # fmt: skip
            widget.installEventFilter(self)
        self._show_step_for()

    def _connect(self) -> None:
        self.who.changed.connect(self._changed)
        self.who.changed.connect(self._show_step_for)
        self.step_for.activated.connect(lambda _row: self._changed())
        # (a turn later: the people's names rewrap first)
        self.who.changed.connect(lambda: QTimer.singleShot(0, self, self._fit_height))
        for edit in (self.hooks, self.next_step, self.say_next):
            edit.textChanged.connect(self._changed)
        self.body.textChanged.connect(self._changed)
        self.person_hooks.changed.connect(self._changed)
        self.person_hooks.changed.connect(self._update_save)
        self.kind.currentIndexChanged.connect(self._changed)
        self.when.dateTimeChanged.connect(self._changed)
        # Save waits for a person and some text (an empty note is not a note).
        self.who.changed.connect(self._update_save)
        for edit in (self.hooks, self.next_step, self.say_next):
            edit.textChanged.connect(self._update_save)
        self.body.textChanged.connect(self._update_save)

    def _fit_height(self) -> None:
        """Grown by what "Who" takes beyond one line of people: the dialog's minimum
        counts one (a wrapped field's height is not in a window's minimum), and with
        "Talked about" kept at its six lines the rows under it overlapped."""
        layout = self.layout()
        if layout is None or not self.isVisible():
            return
        layout.activate()
        wrapped = self.who.heightForWidth(self.who.width()) - self.who.minimumSizeHint().height()
        need = layout.totalMinimumSize().height() + max(0, wrapped)
        if self.height() < need:
            self.resize(self.width(), need)
            PersonHooks._keep_on_screen(self)

    def _show_step_for(self) -> None:
        """The choice of whose the next step is, only while two people or more are named."""
        self._form.setRowVisible(self.step_for, self.step_for.wanted())

    def _changed(self) -> None:
        """Debounce with a maximum wait: a pause saves, and so does steady typing."""
        self._autosave.changed()

    def _stop_autosave(self) -> None:
        self._autosave.stop()

    def _forget_draft(self) -> None:
        """Saved or discarded: the draft goes. A drafts folder that went read-only
        keeps it, and the dialog closes all the same (left open after a save, a
        second Ctrl+Enter would save the note twice)."""
        self._stop_autosave()
        with contextlib.suppress(OSError):
            self.drafts.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if unsaved.is_ctrl_enter(event):
            self.save()
            return True
        return super().eventFilter(watched, event)

    def has_content(self) -> bool:
        """Some text about the meeting (what was said, a hook or a next step)."""
        return self.person_hooks.has_text() or any(
            t.strip() for t in (self.body.toPlainText(), self.hooks.text(),
                                self.next_step.text(), self.say_next.text())
        )  # fmt: skip

    def can_save(self) -> bool:
        return self.who.has_people() and self.has_content()

    def _update_save(self) -> None:
        ready = self.can_save()
        self.save_button.setEnabled(ready)
        if ready:
            self.hint.setText(self.tr("Ctrl+Enter saves · Esc closes"))
        elif not self.who.has_people():
            self.hint.setText(self.tr("Whom did you meet? · Esc closes"))
        else:
            self.hint.setText(self.tr("What did you talk about? · Esc closes"))

    def _yesterday(self) -> None:
        # A note for yesterday is about something that happened then, not at this
        # minute: now's time (08:12 the morning after a dinner) read as a wrong
        # record in the timeline. The evening is the usual time of what is noted late.
        day = self._now().date() - dt.timedelta(days=1)
        self.when.setDateTime(to_qdatetime(dt.datetime.combine(day, PAST_DAY_TIME)))

    # -- state ---------------------------------------------------------------------------

    def reset(self) -> bool:
        """Empty fields; "now" and coffee; offer a draft left behind.

        False when the person chose "Later" for the draft: it stays on disk
        and the dialog is not shown (typing would write over it).
        """
        self.who.clear()
        for edit in (self.hooks, self.next_step, self.say_next):
            edit.clear()
        self.person_hooks.clear()
        self.step_for.select("")  # (the last note's choice is not this one's)
        self.body.clear()
        self.kind.setCurrentIndex(max(self.kind.findData("coffee"), 0))
        self.when.setDateTime(to_qdatetime(self._now()))
        due = self._now().date() + dt.timedelta(days=7)
        self.due.setDate(QDate(due.year, due.month, due.day))
        self.has_due.setChecked(False)
        self.due_from_step.start_over()
        self.who.refresh_names()
        self._stop_autosave()
        self._show_draft_problem(None)
        self._uid = str(uuid.uuid4())
        draft = self.waiting_draft()
        if draft is not None:
            answer = self._ask_about_draft(_draft_said(draft, self.who.labels_of))
            if answer == QMessageBox.StandardButton.Cancel:
                return False
            if answer == QMessageBox.StandardButton.Yes:
                self.load_fields(draft)
                self._uid = str(draft.get("uid") or self._uid)
            else:
                with contextlib.suppress(OSError):  # (as _forget_draft)
                    self.drafts.clear()
        self._update_save()
        self.who.setFocus()
        return True

    def waiting_draft(self) -> dict[str, object] | None:
        """The draft a crash (or a "Later") left, if it holds anything and its note
        was not saved (such a draft is removed where the folder allows)."""
        draft = self.drafts.load()
        uid = draft.get("uid") if draft else None
        if isinstance(uid, str) and uid and note_id_by_uid(self.journal, uid) is not None:
            log.info("the quick note's draft was saved already: not offered")
            with contextlib.suppress(OSError):  # read-only: recognised again next time
                self.drafts.clear()
            return None
        if draft and (
            any(str(draft.get(k, "")).strip() for k in ("body", "hooks", "next", "say_next"))
            or _draft_names_someone(draft.get("who"))
            or bool(draft.get("say_next_to"))
        ):
            return draft
        return None

    def _ask_about_draft(self, said: str) -> QMessageBox.StandardButton:
        """Continue (the default) / Discard / Later (Esc: the draft stays for next time).
        ``said``: whom and when the draft is about, so that it is known which one."""
        # Asked before the dialog shows: centred on the window, not on a
        # dialog that has no place on screen yet (it would sit in a corner).
        anchor = self if self.isVisible() else (self.parentWidget() or self)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved quick note"),
            self.tr("There is a quick note you did not save (%1). Continue with it?").replace(
                "%1", said
            )
            if said
            else self.tr("There is a quick note you did not save. Continue with it?"),
            QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            anchor,
        )
        box.setObjectName("quickDraftQuestion")
        box.setInformativeText(self.tr("“Later” keeps it until you open the quick note again."))
        # The question's own verbs, not a bare "Yes"; keeping the text is the default.
        answers = QMessageBox.StandardButton
        confirm.name_buttons(box, {answers.Yes: self.tr("&Continue"),
                                   answers.Discard: self.tr("&Discard"),
                                   answers.Cancel: self.tr("&Later")})  # fmt: skip
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        return box.standardButton(clicked) if clicked else QMessageBox.StandardButton.Cancel

    def fields(self) -> dict[str, object]:
        return {
            "uid": self._uid,
            "who": self.who.draft(),
            "when": from_qdatetime(self.when.dateTime()).isoformat(),
            "kind": self.kind.currentData(),
            "body": self.body.toPlainText(),
            "hooks": self.hooks.text(),
            "say_next": self.say_next.text(),
            "say_next_to": self.person_hooks.texts(),  # by "id:5" / "name:Katrin"
            "next": self.next_step.text(),
            "next_for": self.step_for.key(),  # "id:5" / "name:Katrin", "" with one person
            "due": self.due.date().toString(Qt.DateFormat.ISODate)
            if self.has_due.isChecked()
            else "",
        }

    def load_fields(self, data: dict[str, object]) -> None:
        self.who.load_draft(data.get("who", ""))
        with contextlib.suppress(ValueError):
            self.when.setDateTime(to_qdatetime(dt.datetime.fromisoformat(str(data.get("when")))))
        self.kind.setCurrentIndex(max(self.kind.findData(data.get("kind")), 0))
        self.body.setPlainText(str(data.get("body", "")))
        self.hooks.setText(str(data.get("hooks", "")))
        self.say_next.setText(str(data.get("say_next", "")))
        said = data.get("say_next_to")
        self.person_hooks.set_texts(said if isinstance(said, dict) else {})
        self.next_step.setText(str(data.get("next", "")))
        self.step_for.select(str(data.get("next_for", "")))
        due = str(data.get("due", ""))
        self.has_due.setChecked(bool(due))
        if due:
            self.due.setDate(QDate.fromString(due, Qt.DateFormat.ISODate))
        self.due_from_step.start_over(by_hand=bool(due))

    def has_text(self) -> bool:
        return self.who.has_people() or self.has_content()

    def save_draft(self) -> bool:
        """Write the draft now; False (and a calm line in the dialog) if it failed."""
        self._stop_autosave()
        if not self.has_text():
            return True
        try:
            self.drafts.save(self.fields())
        except OSError as exc:
            self._show_draft_problem(exc)
            return False
        self._show_draft_problem(None)
        return True

    def _show_draft_problem(self, exc: OSError | None) -> None:
        if exc is None:
            self.draft_status.hide()
            return
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            text = self.tr(
                "The draft cannot be saved: the disk is full. Your text stays here – "
                "save the note, or free some space."
            )
        elif exc.errno == errno.ENOENT:  # the data folder taken away (drafts.DraftStore.save)
            text = self.tr(
                "The draft cannot be saved: the journal's folder is gone. Your text stays "
                "here – save the note."
            )
        else:
            text = self.tr(
                "The draft cannot be saved (%1). Your text stays here – save the note."
            ).replace("%1", exc.strerror or str(exc))
        self.draft_status.setText(text)
        self.draft_status.show()

    def _not_saved(self, exc: StoreError) -> None:
        # The text stays in the dialog and, where the disk allows, in the
        # draft; a draft that cannot be written shows its own line, so this
        # is the only message box.
        self.save_draft()
        not_saved.warn(self, self.tr("Not saved"), self._not_saved_message(exc), exc)

    def _not_saved_message(self, exc: StoreError) -> str:
        if isinstance(exc, DiskFull):
            return self.tr(
                "The disk is full, so the note was not saved. Your text stays here; "
                "free some space and press Save again."
            )
        if isinstance(exc, JournalLocked):
            return self.tr(
                "Another program is writing to the journal right now, so the note was "
                "not saved. Your text stays here; press Save again in a moment."
            )
        return texts.store_error_text(exc)

    # -- closing -------------------------------------------------------------------------

    def save(self) -> None:
        if not self.can_save():  # Ctrl+Enter while Save is disabled
            (self.body if self.who.has_people() else self.who).setFocus()
            return
        ids = self.who.resolve(self)  # new people: created with the note (SaveNote)
        if ids is None:
            return
        if not ids:
            QMessageBox.information(self, self.tr("Quick note"), self.tr("Whom did you meet?"))
            self.who.setFocus()
            return
        d = self.due.date()
        note = QuickNote(
            occurred_at=from_qdatetime(self.when.dateTime()),
            kind=self.kind.currentData(),
            participants=ids,
            body=self.body.toPlainText(),
            hooks=self.hooks.text(),
            say_next=self.say_next.text(),
            say_next_to=self.person_hooks.by_id(),
            next_step=self.next_step.text(),
            next_step_for=self.step_for.owner(),
            due_on=dt.date(d.year(), d.month(), d.day()) if self.has_due.isChecked() else None,
            uid=self._uid,
        )
        command = SaveNote(self.journal, note, new_people=self.who.new_people())
        try:
            outcome = command.do()
        except StoreError as exc:
            self._not_saved(exc)
            return
        if self.undo_stack is not None:  # Edit → Undo takes it back, with the people it made
            undo.push_done(self.undo_stack, command, self.parentWidget())
        self._forget_draft()
        self.saved.emit(outcome.value or 0)
        super().accept()

    def reject(self) -> None:
        """Esc, Cancel or ✕: Save / Discard / Cancel as every editor asks (ui/unsaved.py).

        Something that cannot be saved yet (nobody named, or people picked or typed
        but no word about the meeting): Discard / Cancel, Cancel the default, and why
        Save is not offered. People picked are input too: a pick of three namesakes
        is work, and the draft keeps them (they closed without a word before)."""
        typed = (self.has_content() or bool(self.who.edit.text().strip())
                 or self.who.has_people())  # fmt: skip
        if self.can_save():
            question, unsavable = self.tr("Save the quick note?"), ""
        else:
            question = self.tr("Discard the quick note?")
            unsavable = (
                self.tr("It cannot be saved yet: it says nothing about the meeting. "
                        "“Cancel” goes back to it.")
                if self.who.has_people()
                else self.tr("It cannot be saved yet: nobody is named. "
                             "“Cancel” goes back to add whom you met.")
            )  # fmt: skip
        if not unsaved.may_close(self, typed, question, self.save, unsavable=unsavable):
            return
        self._forget_draft()
        super().reject()


def _draft_said(
    draft: dict[str, object], labels_of: Callable[[list[int]], dict[int, str]] | None = None
) -> str:
    """Whom and when a draft left behind is about: "Lars Petersen · 01/12/2026 00:46"
    (the names as they were picked or typed, the time as this locale writes it). A
    person picked is named as the pickers name them (``labels_of``, by id): a draft
    with both Lena Schuberts read „Lena Schubert, Lena Schubert“."""
    who, names = draft.get("who"), []
    if isinstance(who, dict):
        tokens = who.get("tokens")
        tokens = [t for t in tokens if isinstance(t, dict)] if isinstance(tokens, list) else []
        ids = [t["id"] for t in tokens if isinstance(t.get("id"), int)]
        labels = labels_of(ids) if labels_of is not None and ids else {}
        for token in tokens:
            picked = token.get("id")
            if isinstance(picked, int) and labels.get(picked):
                names.append(labels[picked])
            elif str(token.get("name", "")).strip():
                names.append(str(token["name"]).strip())
        if str(who.get("typed", "")).strip():
            names.append(str(who["typed"]).strip())
    elif str(who or "").strip():
        names.append(str(who).strip())
    parts = [", ".join(names)] if names else []
    with contextlib.suppress(TypeError, ValueError):  # (an older draft may have no time)
        parts.append(texts.format_datetime(dt.datetime.fromisoformat(str(draft.get("when")))))
    return "\u00a0· ".join(parts)  # (a no-break space: a line never starts with the dot)


def _draft_names_someone(who: object) -> bool:
    if isinstance(who, dict):
        return bool(who.get("tokens")) or bool(str(who.get("typed", "")).strip())
    return bool(str(who or "").strip())
