"""``netzjournal sync``: set up, sync now, or show what a sync would change.

netzjournal sync --setup URL --user NAME   connect once (password asked, kept in the keyring;
                                           a self-signed certificate shown and asked about,
                                           or trusted with --trust-fingerprint SHA256)
netzjournal sync [--dry-run]               sync now / only print what would change
netzjournal sync --forget-certificate      trust the server's certificate no more
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathlib import Path

    from netzjournal.progress import Progress
    from netzjournal.store.journal import Journal
    from netzjournal.sync.dav import SyncError
    from netzjournal.sync.settings import SyncSettings

PASSWORD_HELP = (
    "No keyring is available on this system, so the password is not stored. "
    "Give it each session: you are asked for it, or set NETZJOURNAL_SYNC_PASSWORD."
)

MESSAGES = {
    "auth": "The server refused the user name or password.",
    "certificate": "The server's certificate could not be verified.",
    "certificate_changed": "The server's certificate is not the one you trusted: "
    "the sync stopped, nothing was sent.",
    "unreachable": "The server could not be reached (no connection, or it stopped answering).",
    "quota": "The server is full (storage quota reached).",
    "not_found": "No address book or calendar was found at this address.",
    "server": "The server refused a request.",
    "no_password": "No password: none in the keyring and none given.",
    "stopped": "Stopped part-way, as asked; the next sync goes on from there.",
}
# The journal setting that says the last sync was stopped part-way (the window
# quit during it): the next one says it goes on from there.
STOPPED = "sync.stopped"


# What the window is told for each kind of ``environment.classify``: a full disk,
# a lock, or a journal that cannot be written here (anything else is "journal").
_LOCAL_ERRORS = {
    "disk-full": "disk_full",
    "locked": "locked",
    "read-only": "read_only",
    "permission-denied": "read_only",
}

# Why the summary after a sync was not kept (the sync itself was).
_NOT_KEPT = {
    "disk_full": "the disk is full",
    "locked": "another program was writing to the journal",
    "read_only": "the journal cannot be written",
}


def local_error(exc: Exception, journal: Path) -> str:
    """The code of a failure on this computer's side, for the window to word: the
    disk is full, another program holds the journal, it cannot be written, or
    anything else the journal refused (``journal``). The store tells these apart
    (``environment.classify``, which reads through our own DiskFull and
    JournalLocked to SQLite's error)."""
    from netzjournal.store.environment import classify
    from netzjournal.store.journal import ReadOnlyJournal

    if isinstance(exc, ReadOnlyJournal):
        return "read_only"
    found = classify(exc, journal)
    return _LOCAL_ERRORS.get(found.kind, "journal") if found is not None else "journal"


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("sync", parents=[common], help="sync with your own CardDAV/CalDAV server")
    p.add_argument("--dry-run", action="store_true", help="only print what would change")
    p.add_argument("--setup", metavar="URL", help="the server's address (sets sync up)")
    p.add_argument("--user", help="user name on the server (with --setup)")
    p.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    p.add_argument(
        "--addressbook",
        metavar="NAME",
        help="with --setup: the address book to sync, by the name the server shows "
        "(made if missing; default: the one chosen before, else netzjournal)",
    )
    p.add_argument(
        "--calendar",
        metavar="NAME",
        help="with --setup: the calendar for follow-ups, events and notes, likewise",
    )
    p.add_argument(
        "--trust-fingerprint",
        metavar="SHA256",
        help="with --setup: accept the server's certificate (self-signed, say) if, and only "
        "if, its SHA-256 fingerprint is this one (hex, colons allowed); asked on a terminal",
    )
    p.add_argument(
        "--forget-certificate",
        action="store_true",
        help="trust the certificate trusted for the server no more (nothing is synced; "
        "the next sync stops at it, to be trusted anew with --setup)",
    )
    p.add_argument(
        "--include-archived", action="store_true", help="also put archived contacts on the server"
    )
    p.add_argument(
        "--lang",
        choices=("de", "en"),
        help="the interface's language: new contacts whose cards do not say their own get "
        "its defaults (default: the window's, else the system's)",
    )
    # For the window's background sync: one JSON object on standard output.
    p.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    # For the window's background sync too: the window has the journal open and
    # checks it itself (ui.integrity), so its child skips the full quick_check
    # (~0.1 s of every sync on an L journal). The byte-level checks still run.
    p.add_argument("--journal-checked", action="store_true", help=argparse.SUPPRESS)


def _password(args: argparse.Namespace, settings: object) -> str | None:
    from netzjournal.sync import settings as sync_settings

    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n") or None
    found = sync_settings.stored_password(settings)  # type: ignore[arg-type]
    if found:
        return found
    if not sync_settings.keyring_available():
        print(PASSWORD_HELP, file=sys.stderr)
    if sys.stdin.isatty():
        return getpass.getpass("Password: ") or None
    return None


class _Stop:
    """SIGTERM (the window quitting, ``SyncRunner.stop``) asks the sync to stop at
    the next item's boundary instead of dying mid-write: its progress callback,
    called between items and batches, raises :class:`Cancelled` from then on. A
    wait for the server (``dav.waiting``: a request the server holds open, a
    long listing) ends at once: nothing of the journal's is written meanwhile."""

    def __init__(self) -> None:
        import signal
        import threading

        from netzjournal.sync import dav  # (not imported in the handler)

        self.asked = threading.Event()
        self._signal = signal
        self._dav = dav
        self._before: Any = None
        if threading.current_thread() is threading.main_thread():
            self._before = signal.signal(signal.SIGTERM, self._asked)

    def _asked(self, *_: object) -> None:
        self.asked.set()
        if self._dav.is_waiting():
            raise self._dav.Interrupted

    def checked(self, progress: Progress) -> Progress:
        from netzjournal.progress import Cancelled

        def report(phase: str, done: int, total: int) -> None:
            if self.asked.is_set():
                raise Cancelled
            progress(phase, done, total)

        return report

    def close(self) -> None:
        if self._before is not None:
            self._signal.signal(self._signal.SIGTERM, self._before)


def _leave_waiting_listings(journal: Journal) -> None:
    """Stopped while a listing waits for the server in a thread of its own (the
    engine's, ``run._CalendarListing``): the interpreter's exit would join that
    thread, and the quit would wait for the server after all. Written and said
    everything, the journal closed in order, the process ends without it."""
    import os
    import threading

    if threading.active_count() > 1:
        journal.close()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(1)


PROGRESS_EVERY = 0.25  # seconds between the window's progress lines


def _progress(args: argparse.Namespace) -> Progress:
    """For the window: one JSON line per step on standard output, before the result's
    line (``ui/sync_runner.py`` shows it in the status bar); on a terminal, a line
    rewritten in place on standard error."""
    if args.json:
        import time

        last = {"at": -1.0}  # when the last line went out
        said = {"phase": ""}  # and its phase

        def report(phase: str, done: int, total: int) -> None:
            # At most four lines a second (the engine reports every item), but a
            # new stage and its end always: the status bar follows, never flooded.
            now = time.monotonic()
            if phase == said["phase"] and 0 < done < total and now - last["at"] < PROGRESS_EVERY:
                return
            last["at"], said["phase"] = now, phase
            print(json.dumps({"progress": [phase, done, total]}), flush=True)

        return report
    from netzjournal.progress import TerminalProgress

    terminal = TerminalProgress(sys.stderr)

    def shown(phase: str, done: int, total: int) -> None:
        terminal(phase, done, total)
        if done >= total:
            terminal.finish()

    return shown


def _describe_certificate(exc: SyncError, settings: SyncSettings, asking: bool) -> None:
    """The server's certificate on standard error, for the user to compare with the
    fingerprint the server itself shows; for a changed one, both fingerprints."""
    from netzjournal.sync import tls

    shown = exc.certificate
    err = sys.stderr
    if exc.code == "certificate_changed":
        print("The server's certificate has changed since you trusted it.", file=err)
        print(f"  Trusted:      {tls.grouped(exc.pinned or '')}", file=err)
        now = shown.grouped if shown else "(the server sent none that could be read)"
        print(f"  Now:          {now}", file=err)
        print("If you did not set the server up anew yourself, someone may be between "
              "you and it: do not trust the new one.", file=err)  # fmt: skip
    else:
        print("The server's certificate is not signed by an authority this computer "
              "trusts (a self-signed certificate, as home servers make).", file=err)  # fmt: skip
        if shown is None:
            return
        print(f"  SHA-256:      {shown.grouped}", file=err)
    if shown is not None:
        print(f"  Issued to:    {shown.issued_to} (by {shown.issued_by})", file=err)
        print(f"  Valid until:  {shown.valid_until.date().isoformat()}", file=err)
        if not asking:
            print(f"To trust it: netzjournal sync --setup {settings.url} --user {settings.user} "
                  f"--trust-fingerprint {shown.grouped}", file=err)  # fmt: skip


def _trusted_now(args: argparse.Namespace, settings: SyncSettings, exc: SyncError) -> bool:
    """Show a certificate the sync stopped at and, while setting up on a terminal,
    ask whether to trust it (No unless the user says yes). True if trusted: the
    fingerprint is pinned in ``settings``, kept once the sync succeeds."""
    if exc.code not in ("certificate", "certificate_changed") or args.json:
        return False
    asking = bool(args.setup and exc.certificate is not None and sys.stdin.isatty())
    _describe_certificate(exc, settings, asking)
    if not asking or exc.certificate is None:
        return False
    try:
        answer = input("Trust this certificate? [y/N] ")
    except EOFError:
        return False
    if answer.strip().lower() not in ("y", "yes", "j", "ja"):
        return False
    settings.trust(exc.certificate.fingerprint, exc.certificate.valid_until.isoformat())
    return True


def _read_pinned_expiry(journal: Journal, settings: SyncSettings, saved: bool) -> None:
    """Until when the pinned certificate is valid, read after a sync got through with
    it, where it is not known (a pin given as ``--trust-fingerprint``, or kept before
    the date was): Settings → Sync shows it. One more handshake, nothing sent, once.
    ``saved``: the setting is the journal's (else ``settings`` is saved by the caller)."""
    from netzjournal.sync import settings as sync_settings
    from netzjournal.sync import tls

    pinned = settings.pinned()
    if pinned is None or pinned[1]:
        return
    shown = tls.presented(settings.url)
    if shown is None or shown.fingerprint != pinned[0]:
        return  # (changed since: the next sync stops at it and says so)
    where = tls.origin(settings.url)
    settings.certificates_valid_until[where] = shown.valid_until.isoformat()
    if saved:
        # As the sync left it (it keeps the collections it found there).
        current = sync_settings.load(journal)
        if current.pinned() == pinned:
            current.certificates_valid_until[where] = shown.valid_until.isoformat()
            sync_settings.save(journal, current)


def _forget_certificate(journal: Journal, settings: SyncSettings) -> int:
    from netzjournal.sync import settings as sync_settings
    from netzjournal.sync import tls

    pinned = settings.pinned()
    where = tls.origin(settings.url) or settings.url or "the server"
    if pinned is None:
        print(f"No certificate is trusted for {where}: nothing to forget.")
        return 0
    settings.forget_certificate()
    sync_settings.save(journal, settings)
    print(f"No longer trusted for {where}: {tls.grouped(pinned[0])}")
    print("The next sync stops at the server's certificate; to trust one again: "
          f"netzjournal sync --setup {settings.url} --user {settings.user}")  # fmt: skip
    return 0


def changes_json(changes: object) -> dict[str, object]:
    """A ChangeSet as JSON (sets as sorted lists)."""
    return {
        name: sorted(value) if isinstance(value, set) else value
        for name, value in vars(changes).items()
    }


def _names(label: str, names: list[str]) -> None:
    from netzjournal.store.people import join_names

    if names:
        shown = join_names(names[:10]) + (f" … (+{len(names) - 10})" if len(names) > 10 else "")
        print(f"  {label}: {len(names)} — {shown}")


# What is left, by kind, in the terminal's words (the window's: SyncStatus._failure_parts).
LEFT_WORDS = {"contacts": ("contact", "contacts"), "tasks": ("follow-up", "follow-ups"),
              "events": ("event", "events"), "notes": ("note", "notes")}  # fmt: skip


def left_line(left_by_kind: dict[str, int]) -> str:
    """ "Left: 6419 still to send (12 contacts, 6404 follow-ups, 3 events)." as the
    window splits it (it said only the total); "" when nothing is left."""
    left = sum(left_by_kind.values())
    if not left:
        return ""
    each = [
        f"{n} {LEFT_WORDS[kind][n != 1]}"
        for kind, n in left_by_kind.items()
        if n and kind in LEFT_WORDS
    ]
    return f"Left: {left} still to send" + (f" ({', '.join(each)})." if each else ".")


def _said_so_far(outcome: object, left_by_kind: dict[str, int]) -> None:
    """On a terminal, after a server stopped the sync: what it had done, what is left."""
    from netzjournal.sync import summary

    counts = summary.tally(asdict(outcome))  # type: ignore[call-overload]
    done = (counts.new_here + counts.changed_here + counts.deleted_here, counts.sent)
    print(f"Done before it stopped: {done[0]} changed here, {done[1]} sent to the server.",
          file=sys.stderr)  # fmt: skip
    if left_by_kind:
        print(left_line(left_by_kind), file=sys.stderr)
    print("Nothing is sent twice: the next sync goes on from there.", file=sys.stderr)


def _left_after_stop(journal: Journal, settings: SyncSettings) -> dict[str, int] | None:
    """Of each kind, what the next sync sends after a stop (``run.left_to_send``);
    None if the journal cannot say (it may be what failed)."""
    from netzjournal.store.errors import StoreError
    from netzjournal.sync.run import left_to_send
    from netzjournal.sync.summary import KINDS

    try:
        return left_to_send(journal, KINDS, settings)
    except (StoreError, OSError) as exc:
        print(f"netzjournal: what is left was not counted ({exc})", file=sys.stderr)
        return None


def _keep_failure(journal: Journal, answer: dict[str, object]) -> None:
    """Keep a sync that stopped as the last attempt (File → Last sync…, after a restart
    too; ``summary.remember_failure``). Best effort: the journal may be what failed."""
    import datetime as dt

    from netzjournal.store.errors import StoreError
    from netzjournal.sync import summary

    try:
        summary.remember_failure(journal, summary.failure(answer, dt.datetime.now()))
    except (StoreError, OSError) as exc:
        print(f"netzjournal: the failed sync is not kept for File → Last sync… ({exc})",
              file=sys.stderr)  # fmt: skip


def run(args: argparse.Namespace) -> int:
    from netzjournal.cli import existing_journal, fail
    from netzjournal.progress import Cancelled
    from netzjournal.store.catalog import set_setting
    from netzjournal.store.changes import ChangeSet
    from netzjournal.store.errors import StoreError
    from netzjournal.store.journal import Journal
    from netzjournal.store.reading import get_setting
    from netzjournal.sync import settings as sync_settings
    from netzjournal.sync.dav import Interrupted, SyncError
    from netzjournal.sync.run import sync_all

    where = existing_journal(args)
    if where is None:
        return 2
    from netzjournal.cli import upgrade_step_sayer

    journal = Journal.open(
        where.journal,
        backup_dir=where.backups,
        verify=not args.journal_checked,
        on_stage=upgrade_step_sayer(where),
    )
    try:
        settings = sync_settings.load(journal)
        if args.forget_certificate:
            if args.setup or args.trust_fingerprint:
                return fail("--forget-certificate goes alone")
            return _forget_certificate(journal, settings)
        if args.setup:
            if not args.user:
                return fail("--setup needs --user")
            was = settings
            settings = sync_settings.SyncSettings(
                enabled=True, url=args.setup, user=args.user,
                include_archived=args.include_archived,
                addressbook_name=args.addressbook or was.addressbook_name,
                calendar_name=args.calendar or was.calendar_name,
                interval_minutes=was.interval_minutes,
                certificates=dict(was.certificates),
                certificates_valid_until=dict(was.certificates_valid_until),
            )  # fmt: skip
            if args.trust_fingerprint:
                from netzjournal.sync import tls

                try:
                    if not tls.origin(args.setup):
                        raise ValueError(args.setup)
                    settings.trust(args.trust_fingerprint)
                except ValueError:
                    return fail("--trust-fingerprint needs an https address and a "
                                "SHA-256 fingerprint (64 hex digits, colons allowed)")  # fmt: skip
            if not args.dry_run:
                settings = sync_settings.change(journal, was, settings)
        elif args.trust_fingerprint:
            return fail("--trust-fingerprint goes with --setup")
        elif not settings.enabled or not settings.url:
            print(
                "Sync is not set up. Set it up in Settings → Sync, or with "
                "netzjournal sync --setup URL --user NAME",
                file=sys.stderr,
            )
            return 2
        password = _password(args, settings)
        if not password:
            if args.json:
                print(json.dumps({"error": "no_password", "detail": ""}))
            print(f"netzjournal: {MESSAGES['no_password']}", file=sys.stderr)
            return 1
        # What the run changed, by ids: the window re-reads only that (see
        # ui/sync_runner.py) instead of everything.
        changed = ChangeSet()
        journal.subscribe(changed.update)
        stop = _Stop()
        resumed = not args.dry_run and bool(get_setting(journal, STOPPED))
        try:

            def language() -> str:
                """Asked only when someone new comes from the server (the window says
                --lang; the window.ini reader's module is not on a quiet run's path)."""
                if args.lang:
                    return str(args.lang)
                from netzjournal.localized import interface_language

                return interface_language(where)

            progress = stop.checked(_progress(args))
            if resumed:
                progress("resumed", 0, 0)
            try:
                outcome = sync_all(
                    journal, settings, password, dry_run=args.dry_run, language=language,
                    progress=progress,
                )  # fmt: skip
            except SyncError as exc:
                # A certificate stops the first request, before anything is written.
                if not _trusted_now(args, settings, exc):
                    raise
                outcome = sync_all(
                    journal, settings, password, dry_run=args.dry_run, language=language,
                    progress=progress,
                )  # fmt: skip
        except (Cancelled, Interrupted):
            # Asked to stop (the window quits): at an item's boundary or in a wait for
            # the server (an Interrupted that came as ``waiting`` ended), every batch
            # so far committed. The next sync goes on from there, and says so.
            set_setting(journal, STOPPED, True)
            stopped: dict[str, object] = {"error": "stopped", "detail": ""}
            if not args.dry_run:
                # What the next sync sends, of every kind (one finished sends nothing,
                # unless changed meanwhile: that goes too), for File → Last sync….
                left = _left_after_stop(journal, settings)
                if left is not None:
                    stopped["left"], stopped["left_by_kind"] = sum(left.values()), left
                _keep_failure(journal, stopped)
            if args.json:
                print(json.dumps(stopped), flush=True)
            print(f"netzjournal: {MESSAGES['stopped']}", file=sys.stderr)
            if not args.json and stopped.get("left"):
                print(left_line(stopped["left_by_kind"]), file=sys.stderr)  # type: ignore[arg-type]
            _leave_waiting_listings(journal)
            return 1
        except SyncError as exc:
            failure: dict[str, object] = {"error": exc.code, "detail": exc.detail}
            if exc.certificate is not None:
                failure["certificate"] = exc.certificate.as_json()
            if exc.pinned:
                failure["pinned"] = exc.pinned
            if exc.status:
                failure["status"] = exc.status
            if exc.outcome is not None:
                # What was done before the server stopped it, and what is left (of
                # every kind): the window says both, and that the next sync goes on.
                failure["done"] = asdict(exc.outcome)  # type: ignore[call-overload]
                failure["left"] = exc.left
                failure["left_by_kind"] = exc.left_by_kind
            if not args.dry_run:
                _keep_failure(journal, failure)
            if args.json:
                print(json.dumps(failure, ensure_ascii=False))
            print(
                f"netzjournal: {MESSAGES.get(exc.code, exc.code)} ({exc.detail})", file=sys.stderr
            )
            if exc.outcome is not None and not args.json:
                _said_so_far(exc.outcome, exc.left_by_kind)
            return 1
        except (StoreError, OSError) as exc:
            # This computer's side (a full disk, a lock): the window must not word
            # it as the server's. The command line says it as for any command.
            if args.json:
                failed = {"error": local_error(exc, where.journal), "detail": str(exc)}
                print(json.dumps(failed), flush=True)
            raise
        finally:
            stop.close()
        if not args.dry_run:
            import datetime as dt

            from netzjournal.sync import summary

            try:
                if resumed:
                    set_setting(journal, STOPPED, False)
                # File → Last sync… reads it, after a restart too.
                done = summary.record(asdict(outcome), dt.datetime.now(), resumed)
                summary.remember(journal, done)
                _read_pinned_expiry(journal, settings, saved=not args.setup)
            except (StoreError, OSError) as exc:
                # The sync is done and kept on both sides; only its summary is not (a
                # lock, a full disk just now): the result is still said, as it is.
                why = _NOT_KEPT.get(local_error(exc, where.journal), "the journal refused it")
                print(f"netzjournal: the sync is done; only its summary for File → Last "
                      f"sync… was not kept ({why}).", file=sys.stderr)  # fmt: skip
        if args.setup:
            # Kept only once the server has taken it.
            sync_settings.save(journal, settings)
            try:
                sync_settings.store_password(settings, password)
                print("The password is kept in the system keyring.")
            except sync_settings.NoKeyring:
                print(PASSWORD_HELP)
        if args.json:
            result = asdict(outcome)
            result["changes"] = changes_json(changed)
            print(json.dumps(result, ensure_ascii=False))
            return 0
        verb = "would change" if args.dry_run else "changed"
        reports = (
            ("Contacts", outcome.contacts),
            ("Follow-ups", outcome.tasks),
            ("Events", outcome.events),
            ("Notes from the server", outcome.notes),
        )
        for title, r in reports:
            if r is None:
                continue
            print(f"{title}: {r.changed} {verb}.")
            _names("already on both sides, now one (same e-mail address)", r.paired)
            _names("already on both sides, now one (same name and phone number)", r.paired_by_phone)
            _names("of these, archived here: they stay archived", r.paired_archived)
            _names("new in the journal", r.created_here)
            _names("changed in the journal", r.updated_here)
            _names("deleted in the journal", r.deleted_here)
            _names("deleted on the server, kept here for their notes and attendance", r.kept_here)
            _names("new on the server", r.created_there)
            _names("changed on the server", r.updated_there)
            _names("deleted on the server", r.deleted_there)
            _names("conflicts (the journal's value kept)", [f"{n}: {f}" for n, f in r.conflicts])
            _names("refused by the server", [f"{n} ({why})" for n, why in r.rejected])
        if outcome.inbox:
            print(f"Inbox: {outcome.inbox} (entries to assign to people, in the window)")
        return 0
    finally:
        journal.close()
