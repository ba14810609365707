"""``netzjournal backup list | create | restore ID|FILE | verify [ID|FILE]``.

The same backups as the window's dialogs, for when the window cannot start.
Every backup is checked before it is listed or restored (it opens, passes
``quick_check``, is a netzjournal journal, and is not empty when the
journal holds data). ``restore`` keeps what it replaces: a healthy journal
as a ``pre-restore`` backup, a damaged one beside it as
``journal.sqlite3.damaged-<stamp>``. No Qt here.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator
from pathlib import Path

from netzjournal import backup_file, paths
from netzjournal.cli import LANG_HELP, fail, stdin_secret, upgrade_step_sayer
from netzjournal.instance_lock import LOCK_NAME, InstanceLock
from netzjournal.store import backups, cipher
from netzjournal.store.backups import create_backup, restore_backup
from netzjournal.store.contact_list import journal_counts
from netzjournal.store.errors import JournalDamaged
from netzjournal.store.journal import Journal, latest_schema, refuse_wrong_key
from netzjournal.store.verify import FileReport, inspect


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register ``backup`` and its actions on the main parser's subcommands."""
    parser = sub.add_parser(
        "backup", parents=[common], help="list, create, restore or verify backups"
    )
    actions = parser.add_subparsers(dest="backup_action", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list", parents=[common], help="every backup, checked, newest usable first"
    )
    listing.add_argument("--lang", choices=("de", "en"), help=LANG_HELP)
    actions.add_parser("create", parents=[common], help="back up the journal now")
    restore = actions.add_parser(
        "restore", parents=[common], help="bring back a backup (the current journal is kept)"
    )
    restore.add_argument("backup", metavar="ID|FILE", help="an ID from 'backup list', or a file")
    verify = actions.add_parser(
        "verify", parents=[common], help="check the journal and every backup (or one)"
    )
    verify.add_argument("backup", metavar="ID|FILE", nargs="?", help="check only this one")


def run(args: argparse.Namespace) -> int:
    where = paths.resolve(args.data_dir)
    if args.backup_action != "create":  # (create opens the journal: that refuses it)
        refuse_wrong_key(where.journal)  # the backups have the journal's key
    action = {"list": _list, "create": _create, "restore": _restore, "verify": _verify}
    return action[args.backup_action](where, args)


def _size(n: int) -> str:
    size = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} B"


def _state(report: FileReport) -> str:
    return "ok" if report.ok else report.message()


#: The list's words per language (the dates follow it too, as in the window).
_LIST_WORDS = {
    "de": ("ID", "erstellt", "Anlass", "Kontakte", "Notizen", "Größe", "Zustand",
           "Keine Sicherungen in {folder}.", "({usable} von {total} nutzbar; Ordner {folder})"),
    "en": ("ID", "made", "why", "contacts", "notes", "size", "state",
           "No backups in {folder}.", "({usable} of {total} usable; folder {folder})"),
}  # fmt: skip


def _list(where: paths.DataPaths, args: argparse.Namespace) -> int:
    from netzjournal.localized import format_datetime, interface_language

    lang = getattr(args, "lang", None) or interface_language(where)
    ident, made, why, contacts, notes, size, state, none, summary = _LIST_WORDS[
        "de" if lang == "de" else "en"
    ]
    checked = backups.checked_backups(where.backups)
    if not checked:
        print(none.format(folder=where.backups))
        return 0
    # As wide as the longest id and reason ("…-pre-undo-import" is 31 characters).
    wide = max(28, *(len(c.ident) for c in checked))
    why_wide = max(14, *(len(c.info.reason) for c in checked))
    print(f"{ident:{wide}} {made:16} {why:{why_wide}} {contacts:>8} {notes:>7} {size:>9}  {state}")
    for c in checked:
        r = c.report
        counts = (f"{r.contacts:>8} {r.notes:>7}" if r.ok or r.problem == "no-data"
                  else f"{'-':>8} {'-':>7}")  # fmt: skip
        made_at = format_datetime(c.info.created, lang)
        print(f"{c.ident:{wide}} {made_at:16} {c.info.reason:{why_wide}} {counts} "
              f"{_size(c.info.size):>9}  {_state(r)}")  # fmt: skip
    usable = len([c for c in checked if c.usable])
    print(summary.format(usable=usable, total=len(checked), folder=where.backups))
    return 0


def _create(where: paths.DataPaths, args: argparse.Namespace) -> int:
    if not where.journal.exists():
        return fail(f"no journal at {where.journal}")
    try:
        journal = Journal.open(
            where.journal, backup_dir=where.backups, on_stage=upgrade_step_sayer(where)
        )
    except JournalDamaged as exc:
        return fail(f"{exc} A damaged journal is not backed up; see 'netzjournal backup list'.")
    with journal:
        info = create_backup(journal, where.backups, reason="manual")
    print(f"Backup {backups.backup_ident(info.path)}: {info.path}")
    return 0


def _find(where: paths.DataPaths, name: str) -> Path | None:
    """A backup by ID (as ``backup list`` shows it, or its file name), or a file path."""
    candidate = Path(name).expanduser()
    if candidate.is_file():
        return candidate.absolute()
    ident = name.removeprefix("journal-").removesuffix(".sqlite3")
    for info in backups.list_backups(where.backups):
        if backups.backup_ident(info.path) == ident:
            return info.path
    return None


@contextlib.contextmanager
def _window_closed(where: paths.DataPaths) -> Iterator[bool]:
    """Hold the window's instance lock while restoring; False if a window has it.

    (The same lock the desktop app takes: a window started meanwhile
    waits, and a running one is not replaced under its feet.)
    """
    lock = InstanceLock(where.root / LOCK_NAME)
    if not lock.acquire():
        yield False
        return
    try:
        yield True
    finally:
        lock.release()


def _restore(where: paths.DataPaths, args: argparse.Namespace) -> int:
    source = _find(where, args.backup)
    if source is None:
        return fail(
            f"there is no backup {args.backup!r}. Run 'netzjournal backup list' to see the "
            f"backups and their IDs (they are in {where.backups}), then restore one of them."
        )
    try:
        # An encrypted file from elsewhere: its key found (never the folder's guess).
        found = backup_file.key_for(source, where.journal, stdin_secret(args))
        backup_file.check(source, found, journal=where.journal)
    except backup_file.KeyNeeded as exc:
        given = "" if exc.typed else " Give it on standard input with --passphrase-stdin."
        return fail(f"{exc}{given}")
    except JournalDamaged as exc:
        if _is_json_export(source):  # (encrypted, its missing header reads as damage)
            # (An export is no backup: it goes into an empty journal, by the import.)
            return fail(
                f"{source.name} is a JSON export, not a backup; restore it into an empty "
                f"journal with: netzjournal import {source}"
            )
        step = _next_step(exc.code, where.journal.exists())
        return fail(f"{source.name} cannot be restored: {exc.detail}. {step}")
    if not where.root.exists():
        # (the platform's data folder on first use, or one --new-journal asked for: a
        # mistyped --data-dir was refused before, see cli.refuse_a_missing_folder)
        where.ensure()
    with _window_closed(where) as free:
        if not free:
            return fail(
                "netzjournal is open with this data folder; close the window first, then "
                "run this command again (or restore in the window: File → Backups…). "
                "Your journal was not changed."
            )
        return _restore_now(where, source, found)


def _is_json_export(path: Path) -> bool:
    from netzjournal.interchange.importer import is_json_export

    try:
        with path.open("rb") as fh:
            return is_json_export(fh.read(512))
    except OSError:
        return False


def _next_step(code: str | None, journal_there: bool) -> str:
    """What to do about a backup that cannot be restored (nothing was changed: the
    journal, where there is one, nor the folder)."""
    steps = {
        "newer": "Update netzjournal, then run the restore again.",
        "no-data": (
            "Restoring it would empty your journal. Choose an older backup that holds "
            "your contacts ('netzjournal backup list' shows what each holds)."
        ),
    }
    unchanged = "Your journal was not changed. " if journal_there else "Nothing was changed. "
    return unchanged + steps.get(
        code or "",
        "Choose another backup ('netzjournal backup list' shows which ones are usable).",
    )


def _restore_now(where: paths.DataPaths, source: Path, found: backup_file.FileKey | None) -> int:
    journal = None
    if where.journal.exists():
        try:
            journal = Journal.open(
                where.journal, backup_dir=where.backups, on_stage=upgrade_step_sayer(where)
            )
        except JournalDamaged as exc:
            print(f"The journal is damaged ({exc.detail}); it is kept beside the restored one.")
    if journal is not None:
        with journal:
            before = {b.path for b in backups.list_backups(where.backups)}
            plain_journal = cipher.is_plain_sqlite(where.journal)
            restore_backup(journal, source, where.backups, backup_key=found.key if found else None)
            kept = [b for b in backups.list_backups(where.backups) if b.path not in before]
            counts = journal_counts(journal)
        print(f"Restored {source.name}: {counts[0]} contacts, {counts[1]} notes.")
        for b in kept:
            print(f"The journal as it was is kept as backup {backups.backup_ident(b.path)}.")
        if found is not None and plain_journal:
            print("The backup was encrypted; this journal is not, and stays so "
                  "('netzjournal encryption on' encrypts it).")  # fmt: skip
        return 0
    where.ensure()  # (a new folder: the restore makes it)
    kept_file = backup_file.restore_where_missing(where.journal, source, found)
    with Journal.open(
        where.journal, backup_dir=where.backups, on_stage=upgrade_step_sayer(where)
    ) as journal:
        counts = journal_counts(journal)
    print(f"Restored {source.name}: {counts[0]} contacts, {counts[1]} notes.")
    if found is not None:
        from netzjournal import keys

        marker = cipher.read_marker(where.journal)
        how = (
            "it asks for the passphrase"
            if found.key.passphrase is not None
            else "its key is in this computer's keyring"
            if marker is not None and keys.load_key(marker.key_id) is not None
            else "no keyring here: it asks for the recovery key"
        )
        print(f"The journal is encrypted with the backup's key ({how}).")
    if kept_file is not None:
        print(f"The unreadable journal is kept as {kept_file}.")
    return 0


def _verify(where: paths.DataPaths, args: argparse.Namespace) -> int:
    latest = latest_schema()
    if args.backup:
        source = _find(where, args.backup)
        if source is None:
            return fail(f"no backup {args.backup!r}")
        report = inspect(source, latest=latest)
        print(f"{source}: {_describe(report)}")
        return 0 if report.ok else 1
    status = 0
    if where.journal.exists():
        report = inspect(where.journal, latest=latest)
        print(f"journal  {where.journal}: {_describe(report)}")
        status = 0 if report.ok else 1
    else:
        print(f"journal  {where.journal}: missing")
        status = 1
    for c in backups.checked_backups(where.backups):
        print(f"backup   {c.ident}: {_describe(c.report)}")
    return status


def _describe(report: FileReport) -> str:
    if report.ok:
        return f"ok ({report.contacts} contacts, {report.notes} notes, schema {report.schema})"
    return report.message()
