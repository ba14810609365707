"""Sync in the background: on start, every N minutes, and on demand (F5).

The sync runs as ``netzjournal sync --json`` in a child process: the window
never waits for the network, and the journal's one write path in this
process is never shared with a second thread. SQLite's WAL lets both
processes use the file; when the child has changed the journal, the panes
re-read what it changed, by ids (its own settings aside: see
``SYNC_OWN_SETTINGS``). Errors are shown in the status bar in plain
words — never a dialog on every retry.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import logging
import sys

from PySide6.QtCore import QDate, QLocale, QObject, QProcess, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from netzjournal.paths import DataPaths
from netzjournal.store.changes import ChangeSet
from netzjournal.store.journal import Journal
from netzjournal.sync import settings as sync_settings
from netzjournal.sync import summary
from netzjournal.ui.external_changes import ExternalChanges

START_DELAY_MS = 3000  # after the first paint: the start stays fast
# The sync's own bookkeeping among the settings (the collections it found, the
# Inbox): the window reads them only when a sync dialog opens. Passed on, they
# would make the coach recompute its whole list on the main thread (it refreshes
# on any setting) — 150-300 ms at the end of a first sync of an L journal.
SYNC_OWN_SETTINGS = frozenset((sync_settings.KEY, "sync.inbox", "sync.stopped", summary.LAST))
REFUSED_WIDTH = 40  # of "x": the status bar's room for the names of refused items
STOP_WAIT_MS = 5000  # quitting: how long the child may take to reach an item's boundary
log = logging.getLogger(__name__)


class SyncRunner(QObject):
    started = Signal()
    succeeded = Signal(dict)  # the outcome: {"contacts": report, "tasks": report}
    failed = Signal(str)  # an error code (see netzjournal.sync.dav.SyncError)
    # ("receive" or "send", items done, items in all): the child's progress lines
    progressed = Signal(str, int, int)

    def __init__(
        self,
        journal: Journal,
        paths: DataPaths,
        parent: QObject | None = None,
        external: ExternalChanges | None = None,
    ):
        super().__init__(parent)
        self._external = external
        self._journal = journal
        self._paths = paths
        self._process: QProcess | None = None
        self._output = b""  # the child's standard output not yet read as lines
        self._lines: list[bytes] = []  # its lines other than progress
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.sync_now)
        self.session_password: str | None = None
        self.last_success: dt.datetime | None = None
        self.last_error: str | None = None
        self.last_failure: dict = {}  # the child's whole answer (a certificate's details)

    @property
    def journal(self) -> Journal:
        return self._journal

    @property
    def running(self) -> bool:
        return self._process is not None

    def configure(self, first: bool = False) -> None:
        """Follow the settings: the interval timer, and a first sync soon after start."""
        settings = sync_settings.load(self._journal)
        self._timer.stop()
        if not settings.enabled:
            return
        self._timer.start(settings.interval_minutes * 60_000)
        if first:
            QTimer.singleShot(START_DELAY_MS, self.sync_now)

    def sync_now(self) -> bool:
        """Start a sync unless one runs or sync is off; True if started."""
        if self._process is not None or self._journal.read_only:
            return False
        settings = sync_settings.load(self._journal)
        if not settings.enabled:
            self.last_failure = {"error": "not_set_up"}  # (not a run's: nothing was done)
            self.failed.emit("not_set_up")
            return False
        # --journal-checked: this window checks the file (ui.integrity); the child need not.
        args = ["sync", "--json", "--journal-checked", "--data-dir", str(self._paths.root)]
        # The language this window speaks (perhaps chosen with --lang, not stored): new
        # people from the server get the journal's defaults for it, as in the window.
        from netzjournal.ui.texts import ui_language

        args += ["--lang", ui_language()]
        if not getattr(sys, "frozen", False):  # a bundle's executable is netzjournal itself
            args = ["-m", "netzjournal", *args]
        if self.session_password:
            args.append("--password-stdin")
        # An encrypted journal: the child gets the key the window holds on its
        # standard input (first line; the sync password follows), never on disk.
        secret = _journal_secret()
        if secret is not None:
            args.append("--passphrase-stdin")
        process = QProcess(self)
        process.finished.connect(self._finished)
        process.readyReadStandardOutput.connect(self._read)
        self._process = process
        self._output = b""
        if self._external is not None:
            self._external.hold()
        self.started.emit()
        process.start(sys.executable, args)
        if secret is not None:
            process.write((secret + "\n").encode("utf-8"))
        if self.session_password:
            process.write((self.session_password + "\n").encode("utf-8"))
        process.closeWriteChannel()
        return True

    def stop(self, msecs: int = STOP_WAIT_MS) -> None:
        """Stop a running sync at the next item's boundary (the window quits): the
        child is asked (SIGTERM, see ``sync.command._Stop``; a wait for the server
        ends at once), notes that it stopped part-way, and exits; one that does not
        within ``msecs`` is killed. Either way every batch so far is committed, and
        the next sync goes on from there without sending anything twice."""
        process = self._process
        if process is None:
            return
        process.terminate()
        if not process.waitForFinished(msecs):
            process.kill()
            process.waitForFinished(msecs)

    def wait(self, msecs: int = 60_000) -> None:
        if self._process is not None:
            self._process.waitForFinished(msecs)

    def _read(self) -> None:
        """The child's lines as they come: progress goes to the status bar at once."""
        if self._process is None:
            return
        self._output += bytes(self._process.readAllStandardOutput().data())
        *lines, self._output = self._output.split(b"\n")
        for line in lines:
            try:
                step = json.loads(line) if line.startswith(b'{"progress"') else None
            except ValueError:
                step = None
            if step is None:
                self._lines.append(line)
            else:
                phase, done, total = step["progress"]
                self.progressed.emit(str(phase), int(done), int(total))

    def _finished(self, _code: int, _status: QProcess.ExitStatus) -> None:
        self._read()
        process, self._process = self._process, None
        if process is None:
            return
        lines_read, self._lines = self._lines, []
        out = b"\n".join([*lines_read, self._output]).decode("utf-8", errors="replace")
        self._output = b""
        process.deleteLater()
        lines = [line for line in out.splitlines() if line.startswith("{")]
        try:
            result = json.loads(lines[-1]) if lines else {"error": "crashed"}
        except ValueError:
            result = {"error": "crashed"}
        if self._external is not None:
            # A failed run may have written some batches before it stopped.
            self._external.resume(seen="error" not in result)
        if "error" in result:
            if result["error"] in ("journal", "crashed"):
                err = bytes(process.readAllStandardError().data()).decode("utf-8", "replace")
                log.warning("The sync stopped: %s", err.strip()[-4000:] or result)
            self.last_error = str(result["error"])
            self.last_failure = result
            self.failed.emit(self.last_error)
            return
        self.last_error = None
        self.last_failure = {}
        self.last_success = dt.datetime.now()
        changes = _change_set(result.get("changes"))
        if changes:
            # The child wrote: the panes re-read what it changed (by ids).
            self._journal.notify(changes)
        self.succeeded.emit(result)


def _change_set(raw: object) -> ChangeSet:
    """The child's change set from its JSON; everything if it sent none (an older
    child, or one cut off before it said)."""
    if not isinstance(raw, dict):
        return ChangeSet(everything=True)
    changes = ChangeSet(everything=bool(raw.get("everything")))
    for name in ("contacts", "interactions", "follow_ups", "events", "tags", "openers"):
        getattr(changes, name).update(int(i) for i in raw.get(name) or [])
    changes.settings.update(
        str(s) for s in raw.get("settings") or [] if str(s) not in SYNC_OWN_SETTINGS
    )
    return changes


class SyncStatus(QLabel):
    """The status bar's sync field: running, the last successful sync, or what went wrong."""

    def __init__(self, runner: SyncRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self._runner = runner
        runner.started.connect(self._started)
        runner.progressed.connect(self._progressed)
        runner.succeeded.connect(self._succeeded)
        runner.failed.connect(self._failed)
        self._pairs: list[str] = []  # the journal's UIDs of a first sync's pairs
        self._resumed = False  # this sync goes on from one stopped part-way
        self.linkActivated.connect(self._show_pairs)

    def _when(self) -> str:
        last = self._runner.last_success
        if last is None:
            return ""
        return self.locale().toString(QTime(last.hour, last.minute), QLocale.FormatType.ShortFormat)

    def _started(self) -> None:
        self._resumed = False
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(self.tr("Syncing…"))

    def _progressed(self, phase: str, done: int, total: int) -> None:
        """Which stage and how far: "Syncing the calendar: 1,200 of 7,605 sent"
        (the child says it at most four times a second)."""
        number = self.locale().toString
        texts = {
            "contacts.receive": self.tr("Syncing contacts: %1 of %2 received"),
            "contacts.send": self.tr("Syncing contacts: %1 of %2 sent"),
            "contacts.upload": self.tr("Syncing contacts: sending all %2 in one go…"),
            "calendar.receive": self.tr("Syncing the calendar: %1 of %2 received"),
            "calendar.send": self.tr("Syncing the calendar: %1 of %2 sent"),
            "calendar.upload": self.tr("Syncing the calendar: sending all %2 items in one go…"),
            # The server refused one request for all as too large (413): they go in parts.
            "contacts.parts": self.tr("Syncing contacts: sending in parts, %1 of %2 sent…"),
            "calendar.parts": self.tr("Syncing the calendar: sending in parts, %1 of %2 sent…"),
        }
        if phase == "resumed":  # the last sync was stopped part-way (the window quit)
            self._resumed = True
        text = texts.get(phase, self.tr("Syncing…"))
        text = text.replace("%1", number(done)).replace("%2", number(total))
        if self._resumed:
            text += " · " + self.tr("continued after quitting")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)

    def _succeeded(self, result: dict) -> None:
        """What the sync did in words: "Synced at 14:02 · 3 new from the server,
        2 sent", or that nothing changed; a first sync's pairs as a link to see them.
        (The child keeps the same summary in the journal for File → Last sync….)"""
        when = self._runner.last_success or dt.datetime.now()
        done = summary.record(result, when, self._resumed)
        self._pairs = done.pairs
        _plain, text, tip = self._describe(done)
        self.setToolTip(tip)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setText(text)

    def _describe(self, done: summary.Record) -> tuple[str, str, str]:
        """A sync's summary as (plain text, the status bar's rich text with the pairs
        as a link, the refused items each with why)."""
        counts = done.counts
        number = self.locale().toString
        parts = self._parts(counts)
        said = ", ".join(parts) if parts else self.tr("no changes")
        plain = self._synced_at(done.at)
        if done.resumed:  # the window had quit during the last one
            plain += " · " + self.tr("went on where the last sync stopped")
        plain += " · " + said
        text = html.escape(plain)
        if counts.paired and done.pairs:
            link = self.tr("%1 already on both sides").replace("%1", number(counts.paired))
            text += f' · <a href="pairs">{html.escape(link)}</a>'
            plain += " · " + link
        more = []
        if counts.conflicts:
            more.append(self.tr("Conflicts to look at: %1").replace("%1", number(counts.conflicts)))
        tip = ""
        if done.refused:
            # By name: a count alone leaves the user to guess which item never reaches
            # the server. Cut to a width (a permanent status-bar field widens the
            # window); each one with why in the tooltip.
            names = self.fontMetrics().elidedText(
                ", ".join(r.name for r in done.refused),
                Qt.TextElideMode.ElideRight,
                self.fontMetrics().horizontalAdvance("x") * REFUSED_WIDTH,
            )
            more.append(self.tr("Refused by the server: %1").replace("%1", names))
            tip = "\n".join(f"{r.name}: {self.refusal(r)}" for r in done.refused)
        if done.resumed and not more:  # (else ``more`` says what is left)
            more.append(self.tr("nothing left to do"))
        for line in more:
            text += " · " + html.escape(line)
            plain += " · " + line
        return plain, text, tip

    def _parts(self, counts: summary.Tally) -> list[str]:
        """ "3 new from the server", "2 sent" …: what a sync did, each that it did."""
        number = self.locale().toString
        return [
            text.replace("%1", number(n))
            for n, text in (
                (counts.new_here, self.tr("%1 new from the server")),
                (counts.changed_here, self.tr("%1 changed there")),
                (counts.deleted_here, self.tr("%1 deleted there")),
                (counts.sent, self.tr("%1 sent")),
            )
            if n
        ]

    def _synced_at(self, at: str) -> str:
        """ "Synced at 14:02" today, "Synced on 30.11.26 at 14:02" before."""
        return self._at(at, self.tr("Synced at %1"), self.tr("Synced on %1 at %2"))

    def _attempted_at(self, at: str) -> str:
        """ "Last attempt at 14:02" today, "Last attempt on 30.11.26 at 14:02" before."""
        return self._at(at, self.tr("Last attempt at %1"), self.tr("Last attempt on %1 at %2"))

    def _at(self, at: str, today: str, before: str) -> str:
        """``today`` with the time of ``at`` (ISO) as %1, or ``before`` with its day as
        %1 and its time as %2 (in the window's locale)."""
        try:
            when = dt.datetime.fromisoformat(at)
        except ValueError:
            return today.replace("%1", "?")
        locale = self.locale()
        clock = locale.toString(QTime(when.hour, when.minute), QLocale.FormatType.ShortFormat)
        if when.date() == dt.date.today():
            return today.replace("%1", clock)
        day = locale.toString(
            QDate(when.year, when.month, when.day), QLocale.FormatType.ShortFormat
        )
        return before.replace("%1", day).replace("%2", clock)

    def refusal(self, refused: summary.Refusal) -> str:
        """Why the server refused an item, in our words for the common refusals; the
        server's own words after them where they say more than the status."""
        words = {
            400: self.tr("the server finds it invalid"),
            403: self.tr("the server does not allow it (no permission to write there?)"),
            409: self.tr("it clashes with another item on the server"),
            412: self.tr("changed on the server meanwhile; tried again at the next sync"),
            413: self.tr("too large for the server"),
            415: self.tr("in a format the server does not take"),
            507: self.tr("the server is full"),
        }
        # The status number means nothing to most people: in words, and the number
        # only in the tooltip's technical line (see :meth:`technical`).
        why = words.get(refused.status) or self.tr("the server did not accept it")
        if refused.words:
            why += " – " + self.tr("the server says: %1").replace("%1", refused.words)
        return why

    def show_last(self) -> None:
        """The last sync's summary (File → Last sync…, from the keyboard as well): what
        the last sync said, what the last one that did something did, and the people
        it found on both sides — kept in the journal (``summary.LAST``), so a restart
        does not take it away."""
        from netzjournal.ui.sync_pairs import SyncPairsDialog

        latest, last_done = summary.kept(self._runner.journal)
        lines = [self.tr("No sync yet.")]
        if not sync_settings.load(self._runner.journal).enabled:
            # Said alone, "No sync yet." left the way to one unsaid (sync not set up).
            lines = [self.tr("No sync yet. You can set it up in Settings → Sync.")]
        pairs: list[str] = []
        if latest is not None:
            plain, _text, tip = self._describe(latest)
            lines = [plain, *tip.splitlines()]
        if last_done is not None:
            pairs = last_done.pairs
            done_plain, _text, _tip = self._describe(last_done)
            if latest is None or done_plain != lines[0]:
                lines.append(self.tr("Last changes: %1").replace("%1", done_plain))
        failed = summary.last_failure(self._runner.journal)
        if failed is not None:
            # The last attempt stopped: first what failed and what it did before, then
            # the last finished sync as before (it stays what the journal agrees with).
            why, *said = self._failure_parts(failed)
            tried = self._attempted_at(failed.at) + " · " + why
            lines = [tried, *said, *self.technical(failed.status),
                     *(lines if latest is not None else [])]  # fmt: skip
        dialog = SyncPairsDialog(self._runner.journal, pairs, self.window(), lines)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exec()

    def _show_pairs(self, _link: str) -> None:
        from netzjournal.ui.sync_pairs import SyncPairsDialog

        dialog = SyncPairsDialog(self._runner.journal, self._pairs, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # (one per click otherwise)
        dialog.exec()

    def _failed(self, code: str) -> None:
        failure = self._runner.last_failure
        answer = {**failure, "error": code}  # (as the child said; ``code`` the same)
        failed = summary.failure(answer, dt.datetime.now())
        text, *said = self._failure_parts(failed)
        if self._runner.last_success is not None:
            said.append(self.tr("last synced at %1").replace("%1", self._when()))
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(" · ".join([text, *said]))
        technical = self.technical(failed.status)
        tip = "\n".join([text, *said, *technical]) if len(said) > 1 or technical else ""
        self.setToolTip(self._certificate_tip() if code == "certificate_changed" else tip)

    def technical(self, status: int) -> list[str]:
        """The server's status number, for whoever helps (a line of the tooltip and of
        File → Last sync…, never of the sentence): none where there was none."""
        if not status:
            return []
        return [self.tr("Technical details: HTTP status %1").replace("%1", str(status))]

    def _failure_parts(self, failed: summary.Failure) -> list[str]:
        """A failed sync in words: "Sync: <why>", then — where the server stopped it
        part-way — that the next sync goes on, what is left (of every kind: the
        calendar after the contacts too) and what was done, in that order, as a narrow
        window cuts the end (the tooltip and File → Last sync… have it all)."""
        code, status = failed.code, failed.status
        words = {
            "auth": self.tr("the server did not accept the user name or password"),
            # Where to see it and decide whether to trust it:
            "certificate": self.tr(
                "the server's certificate could not be verified (Settings → Sync)"
            ),
            "certificate_changed": self.tr(
                "the server's certificate has changed; nothing was synced (Settings → Sync)"
            ),
            "unreachable": self.tr("the server cannot be reached"),
            "quota": self.tr("the server is full"),
            "not_found": self.tr("no address book or calendar at this address"),
            "no_password": self.tr("password needed (Settings → Sync)"),
            "not_set_up": self.tr("not set up (Settings → Sync)"),
            # This computer's side (sync.command.local_error, store.environment.classify):
            "disk_full": self.tr("the disk is full; free some space (nothing was lost)"),
            "locked": self.tr("another program is writing to the journal; try again"),
            "read_only": self.tr("the journal cannot be written here"),
            "journal": self.tr("the journal could not be written (see the log)"),
            "crashed": self.tr("the sync stopped with an error (see the log)"),
            "stopped": self.tr("stopped part-way; the next sync goes on from there"),
        }
        if code == "server" and status == 503:
            words[code] = self.tr("the server is not available at the moment; try again later")
        elif code == "server" and status >= 500:
            words[code] = self.tr("the server ran into a problem of its own; try again later")
        text = self.tr("Sync: %1").replace(
            "%1", words.get(code, self.tr("the server refused a request"))
        )
        said = []
        if failed.part_way:
            # Every item sent is kept as synced; the rest follows.
            said.append(self.tr("the next sync goes on from there"))
        number = self.locale().toString
        left = sum(failed.left.values())
        if left:
            line = self.tr("%1 still to send").replace("%1", number(left))
            kinds = {
                "contacts": lambda n: self.tr("%Ln contact(s)", "", n),
                "tasks": lambda n: self.tr("%Ln follow-up(s)", "", n),
                "events": lambda n: self.tr("%Ln event(s)", "", n),
                "notes": lambda n: self.tr("%Ln note(s)", "", n),
            }
            each = [kinds[k](n) for k, n in failed.left.items() if k in kinds and n]
            if each:  # what the next sync does: the address book, the calendar
                line += f" ({', '.join(each)})"
            said.append(line)
        parts = self._parts(failed.counts)
        if parts:
            said.append(self.tr("done before: %1").replace("%1", ", ".join(parts)))
        return [text, *said]

    def _certificate_tip(self) -> str:
        """Both fingerprints of a changed certificate: the one trusted, the one now."""
        from netzjournal.sync import tls

        failure = self._runner.last_failure
        now = tls.Certificate.from_json(failure.get("certificate"))
        trusted = tls.grouped(str(failure.get("pinned", "")))
        return "\n".join((
            self.tr("Trusted (SHA-256): %1").replace("%1", trusted),
            self.tr("Now (SHA-256): %1").replace("%1", now.grouped if now else "?"),
        ))  # fmt: skip


def _journal_secret() -> str | None:
    """The open journal's key as `--passphrase-stdin` reads it (None: not encrypted)."""
    from netzjournal.store import cipher

    key = cipher.active()
    if key is None:
        return None
    if key.passphrase is not None:
        return key.passphrase
    from netzjournal.keys import recovery_text

    return recovery_text(key)
