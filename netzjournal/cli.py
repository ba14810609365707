"""Command line: the GUI by default, headless subcommands for the rest.

Headless subcommands never import Qt, so they run on a machine without a
display and start fast.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import errno
import functools
import gc
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from netzjournal import __version__

if TYPE_CHECKING:
    from netzjournal.interchange.importer import ImportPlan, PlanRow
    from netzjournal.paths import DataPaths
    from netzjournal.store.errors import JournalMissing
    from netzjournal.store.journal import Journal

SIZES = ("S", "M", "L", "XL")


# The coach looks a year ahead and two back, the review a year back: days
# beyond these have no calendar around them (Python's dates end in 9999).
FIRST_YEAR, LAST_YEAR = 1900, 9998


def _date(text: str) -> dt.date:
    try:
        day = dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from exc
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(f"{text}: only years {FIRST_YEAR}–{LAST_YEAR}")
    return day


def _year(text: str) -> int:
    if not text.strip().isdigit() or not FIRST_YEAR <= int(text) <= LAST_YEAR:
        raise argparse.ArgumentTypeError(f"{text!r}: a year from {FIRST_YEAR} to {LAST_YEAR}")
    return int(text)


def _positive(text: str) -> int:
    if not text.strip().isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r}: a whole number from 1")
    return int(text)


def _common() -> argparse.ArgumentParser:
    # SUPPRESS: a subcommand's --data-dir must not reset one given before it.
    common = argparse.ArgumentParser(add_help=False, argument_default=argparse.SUPPRESS)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        help="use this data folder (default: $NETZJOURNAL_HOME or the platform's data folder)",
    )
    common.add_argument(
        "--new-journal",
        action="store_true",
        help="where the journal file is missing but its backups or drafts are there: "
        "start a new, empty journal (the backups stay)",
    )
    add_key_options(common)
    return common


def add_key_options(parser: argparse.ArgumentParser) -> None:
    """The global options that say where an encrypted journal's key comes from.

    Here, not in encryption_command: the desktop app's own start reads them
    and should not load the key handling for a plain journal.
    """
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--key-from-keyring",
        action="store_true",
        help="take an encrypted journal's key from the system keyring (the default)",
    )
    group.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read an encrypted journal's passphrase (or recovery key) from standard input",
    )


def _gui_parser(common: argparse.ArgumentParser, quick: bool = False) -> argparse.ArgumentParser:
    """The options of the desktop app (no subcommand)."""
    parser = argparse.ArgumentParser(
        prog="netzjournal",
        description="A private journal for professional networking.",
        parents=[common],
        add_help=not quick,
        exit_on_error=not quick,
    )
    parser.add_argument("--version", action="version", version=f"netzjournal {__version__}")
    parser.add_argument(
        "--quick-note", action="store_true", help="open the quick note (in the running window)"
    )
    parser.add_argument("--lang", choices=("de", "en"), help="language of the interface")
    parser.add_argument("--coach", action="store_true", help="open the window on the coach")
    parser.add_argument(
        "--screenshot", metavar="DIR", help="render the main views to PNG files in DIR and exit"
    )
    parser.add_argument(
        "--size", default="1280x800", metavar="WxH", help="window size for --screenshot"
    )
    parser.add_argument(
        "--dark", action="store_true", help="with --screenshot: a dark colour scheme"
    )
    parser.add_argument(
        "--scale", type=float, default=None, metavar="FACTOR",
        help="with --screenshot: scale factor (as QT_SCALE_FACTOR), e.g. 2",
    )  # fmt: skip
    # For `netzjournal bench`: start, paint the contacts once, report, quit.
    parser.add_argument("--exit-after-paint", action="store_true", help=argparse.SUPPRESS)
    return parser


# Subcommands whose parsers live in modules of their own (registering one
# imports its module), and those defined here: a command line that starts with
# any subcommand builds none of the other modules' parsers (see parse).
OWN_MODULE_COMMANDS = frozenset(("remind", "sync", "backup", "encryption", "note", "contact"))
HERE_COMMANDS = ("demo", "search", "coach", "import", "export", "review", "bench")
SUBCOMMANDS = OWN_MODULE_COMMANDS | frozenset(HERE_COMMANDS)


LANG_HELP = "language (default: the window's, else the system's)"

_BENCH_ONLY = (
    ("--ablation", "the start with each piece of start-up machinery undone in turn"),
    ("--import-shapes", "import 20 MB vCard and CSV files of many shapes (time, peak memory)"),
    ("--import-figure", "import 5,000 vCards five times (CPU time of each step)"),
    ("--sync", "contacts sync with a local Radicale"),
    ("--encryption", "an encrypted journal against the same one plain (SQLCipher)"),
    ("--review-window", "the window while the yearly review is made (longest stall)"),
    ("--selection", "closeness for 500 selected contacts in the window (transactions, refreshes)"),
)


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line: the app's options and every subcommand.

    ``only`` (one of ``SUBCOMMANDS``): of the subcommands registered by their
    own modules (``OWN_MODULE_COMMANDS``), at most this one — the others'
    imports are skipped.
    """

    def wanted(*names: str) -> bool:
        return only is None or only in names

    common = _common()
    parser = _gui_parser(common)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", parents=[common], help="create a generated demo journal")
    demo.add_argument("--size", choices=SIZES, help="S=50, L=5,000, XL=50,000 contacts")
    demo.add_argument("--contacts", type=_positive, help="number of contacts (default 50)")
    demo.add_argument("--years", type=_positive, help="years of history (default 3)")
    demo.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    demo.add_argument("--today", type=_date, help="the day the demo ends (default: today)")
    demo.add_argument(
        "--lang",
        choices=("de", "en"),
        help="language of the notes (default: the window's, else the system's)",
    )

    search = sub.add_parser("search", parents=[common], help="search the journal")
    search.add_argument("query", nargs="+", help="what to look for")
    search.add_argument("--limit", type=_positive, default=20)
    search.add_argument("--lang", choices=("de", "en"), help=LANG_HELP)

    coach = sub.add_parser("coach", parents=[common], help="whom to reconnect with, and how")
    coach.add_argument("--today", type=_date, help="the day to plan for (default: today)")
    coach.add_argument(
        "--limit", type=_positive, help="how many suggestions (default: settings, 5)"
    )
    coach.add_argument("--lang", choices=("de", "en"), help=LANG_HELP)

    imp = sub.add_parser(
        "import",
        parents=[common],
        help="import vCard or CSV files, calendars and invitations (.ics), or restore a "
        "JSON export into an empty journal",
    )
    imp.add_argument(
        "files",
        nargs="+",
        help="files or folders (.vcf, .csv), calendars (.ics), or one .json export",
    )
    imp.add_argument("--dry-run", action="store_true", help="only show what would happen")
    imp.add_argument(
        "--with-mailing-lists",
        action="store_true",
        help="import cards with only a newsletter@, noreply@ or info@ address and no "
        "person's name too (left out by default)",
    )

    exp = sub.add_parser("export", parents=[common], help="export the journal")
    exp.add_argument("--format", choices=("vcf", "csv", "json", "ics", "md"), required=True)
    exp.add_argument("--contact", type=int, help="only this contact (vcf, csv, md)")
    exp.add_argument("--semicolon", action="store_true", help="CSV with ';' (German Excel)")
    exp.add_argument(
        "--private-fields",
        action="store_true",
        help="vcf, csv: also closeness, notes, tags and netzjournal's own fields "
        "(a file to pass on leaves them out)",
    )
    exp.add_argument("-o", "--output", required=True, metavar="FILE")
    exp.add_argument("--force", action="store_true", help=FORCE_HELP)

    rev = sub.add_parser("review", parents=[common], help="the yearly review")
    rev.add_argument("year", type=_year, help="the year, e.g. 2025")
    rev.add_argument("--pdf", metavar="FILE", help="write an A4 PDF")
    rev.add_argument("--markdown", metavar="FILE", help="write Markdown")
    rev.add_argument("--lang", choices=("de", "en"), help=LANG_HELP)
    rev.add_argument("--private", action="store_true",
                     help="also the private remarks and people's topics (left out of a file "
                          "to pass on)")  # fmt: skip
    rev.add_argument("--force", action="store_true", help=FORCE_HELP)

    if wanted("remind"):
        from netzjournal import remind

        remind.add_parser(sub, common)
    if wanted("sync"):
        from netzjournal.sync import command as sync_command

        sync_command.add_parser(sub, common)
    if wanted("backup"):
        from netzjournal import backup_command  # (not needed to start the app)

        backup_command.add_parser(sub, common)
    if wanted("encryption"):
        from netzjournal import encryption_command

        encryption_command.add_parser(sub, common)

    bench = sub.add_parser("bench", parents=[common], help="measure speed on a demo journal")
    bench.add_argument("--size", choices=SIZES, default="L")
    bench.add_argument(
        "--cache", metavar="DIR", help="where generated journals are kept (default ./.bench)"
    )
    bench.add_argument("--no-ui", action="store_true", help="only the store figures")
    bench.add_argument(
        "--versus",
        choices=SIZES,
        help="also start the app on a journal of this size, same run: the cold-start ratio",
    )
    for flag, what in _BENCH_ONLY:
        bench.add_argument(flag, action="store_true", help=f"only this: {what}")

    if wanted("note", "contact"):
        from netzjournal import cli_capture  # (not needed to start the app)

        cli_capture.register(sub, common)  # note add, contact add, contact list
    return parser


FORCE_HELP = "replace the file if it exists (without it, an existing file is left alone)"


def _taken(files: Sequence[str | None], force: bool) -> int | None:
    """Refuse (exit status 2) if one of the files to write exists and ``--force`` was
    not given; said before any work. (The write itself refuses again, race-free: a
    file that appears meanwhile is not replaced either.)"""
    if force:
        return None
    for name in files:
        # (exists: a link to a file not made yet is written through, see write_named;
        # a folder: the write says "is a folder", which --force would not change)
        if name is not None and os.path.exists(name) and not os.path.isdir(name):
            return _exists(name)
    return None


def _exists(name: str | Path) -> int:
    return fail(f"not written: {name} exists; add --force to replace it")


def _not_written(name: str | Path, exc: OSError) -> int:
    """An output file that was not written, in one line (never a traceback)."""
    from netzjournal.private_files import FileExists

    if isinstance(exc, FileExists):
        return _exists(name)
    return fail(f"not written: {name}: {exc.strerror or exc}")


def existing_journal(args: argparse.Namespace) -> DataPaths | None:
    """The data paths if a journal exists there; else says so and returns None.
    Creates nothing (no folder, no file, no ``logs/``)."""
    from netzjournal import paths
    from netzjournal.store import missing
    from netzjournal.store.errors import JournalMissing

    where = paths.resolve(args.data_dir)
    if not where.journal.exists():
        left = missing.traces(where.backups)
        if left is not None:  # (said with the way back: see main)
            raise JournalMissing(where.journal, left.backups, left.drafts)
        german = interface_language_of(where) == "de"
        if not where.root.is_dir():
            print(f"netzjournal: Kein Journal: den Ordner {where.root} gibt es nicht."
                  if german else
                  f"netzjournal: no journal: the folder {where.root} does not exist.",
                  file=sys.stderr)  # fmt: skip
        else:
            print(f"netzjournal: Kein Journal unter {where.journal}." if german else
                  f"netzjournal: no journal at {where.journal}", file=sys.stderr)  # fmt: skip
        return None
    return where


def interface_language_of(where: DataPaths) -> str:
    """The language a command speaks in for ``where`` (its window's, else the system's)."""
    from netzjournal.localized import interface_language

    return interface_language(where)


def makes_a_journal(args: argparse.Namespace) -> bool:
    """The command makes a journal where none is: it writes into it (a note, a contact,
    an import) or restores one. Every other command only reads an existing journal."""
    action = getattr(args, "action", None)
    return (
        args.command in ("note", "import")
        or (args.command == "contact" and action == "add")
        or (args.command == "backup" and getattr(args, "backup_action", None) == "restore")
    )


def refuse_a_missing_folder(args: argparse.Namespace) -> int | None:
    """A mistyped ``--data-dir`` (or ``NETZJOURNAL_HOME``) never becomes a new, empty
    journal: a folder named that does not exist is refused (status 2) unless
    ``--new-journal`` asks for one there. The platform's data folder is made on first
    use; an existing folder without a journal starts one (:func:`say_started`)."""
    from netzjournal import paths

    if getattr(args, "new_journal", False):
        return None
    if not paths.named_but_missing(args.data_dir):
        return None
    where = paths.resolve(args.data_dir)
    if interface_language_of(where) == "de":
        return fail(f"Den Ordner {where.root} gibt es nicht (vertippt?). Um dort ein neues "
                    "Journal anzufangen: --new-journal anhängen.")  # fmt: skip
    return fail(f"the folder {where.root} does not exist (a typo?). To start a new journal "
                "there, add --new-journal.")  # fmt: skip


def say_started(where: DataPaths, backups_stay: bool = False) -> None:
    """Said once on standard error where a command made a journal that was not there."""
    german = interface_language_of(where) == "de"
    text = (f"Ein neues, leeres Journal wurde angefangen: {where.journal}" if german else
            f"started a new, empty journal at {where.journal}")  # fmt: skip
    if backups_stay:
        text += (f"; die Sicherungen in {where.backups} bleiben." if german else
                 f"; the backups in {where.backups} stay.")  # fmt: skip
    print(f"netzjournal: {text}", file=sys.stderr)


def open_to_write(where: DataPaths, on_stage: Callable[[str], None] | None = None) -> Journal:
    """The journal for a command that writes, made where none is (see
    :func:`refuse_a_missing_folder`); a journal made here is said so, once."""
    from netzjournal.store.journal import Journal

    fresh = not where.journal.exists()
    if fresh:
        where.ensure()
    journal = Journal.open(
        where.journal, backup_dir=where.backups, on_stage=on_stage or say_upgrade_step
    )
    if fresh:
        say_started(where)
    return journal


@contextlib.contextmanager
def journal_or_stand_in(where: DataPaths, dry_run: bool) -> Iterator[Journal]:
    """:func:`open_to_write`; for a dry run where no journal is, an empty journal in a
    temporary folder (a dry run never makes anything in the data folder: not the
    journal, not its folders), so the plan is the one a new journal would get."""
    if not dry_run or where.journal.exists():
        with open_to_write(where) as journal:
            yield journal
        return
    import tempfile

    from netzjournal.store import missing
    from netzjournal.store.errors import JournalMissing
    from netzjournal.store.journal import Journal

    left = missing.traces(where.backups)
    if left is not None:  # (as a real run would be refused: said with the way back)
        raise JournalMissing(where.journal, left.backups, left.drafts)
    print(f"netzjournal: no journal at {where.journal} yet; the dry run plans as for a new, "
          "empty one.", file=sys.stderr)  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="netzjournal-dry-run-") as folder:
        stand_in = Path(folder) / "journal.sqlite3"
        with Journal.open(stand_in, backup_dir=Path(folder) / "backups") as journal:
            yield journal


def _counted(n: int, one: str, many: str) -> str:
    """ "1 problem", "2 problems": a count with its noun in the right number."""
    return f"{n} {one if n == 1 else many}"


def fail(text: str) -> int:
    """``text`` said on standard error as a command's refusal ("netzjournal: …"); the
    exit status 2 to return with it."""
    print(f"netzjournal: {text}", file=sys.stderr)
    return 2


def say_upgrade_step(step: str, where: DataPaths | None = None) -> None:
    """An open's ``on_stage``: a command waiting for another process's upgrade says so
    (once: the open calls it once), in the language told, else in ``where``'s window
    language (the window says the same in its notice)."""
    if step != "waiting":
        return
    from netzjournal.localized import interface_language, told_language

    german = (told_language() if where is None else interface_language(where)) == "de"
    print(
        "netzjournal: Ein anderes netzjournal aktualisiert das Journal gerade für diese "
        "Version. Sobald es fertig ist, geht es weiter …"
        if german
        else "netzjournal: another netzjournal is updating the journal for this version; "
        "waiting until it has finished…",
        file=sys.stderr,
    )


def upgrade_step_sayer(where: DataPaths) -> Callable[[str], None]:
    """:func:`say_upgrade_step` for a command that tells no language of its own."""
    return functools.partial(say_upgrade_step, where=where)


def _open_for_reading(where: DataPaths) -> Journal:
    """The journal for a command that only reads: read-only when it cannot be written."""
    from netzjournal.store.journal import Journal

    journal = Journal.open(
        where.journal,
        backup_dir=where.backups,
        fallback_read_only=True,
        on_stage=say_upgrade_step,
    )
    for aside in journal.set_aside:
        print(f"netzjournal: a leftover file of pending changes did not fit the journal; "
              f"kept as {aside}", file=sys.stderr)  # fmt: skip
    if journal.read_only_reason:
        from netzjournal.store.environment import describe

        print(f"netzjournal: read only: {describe(journal.read_only_reason)}", file=sys.stderr)
    if journal.behind_schema:
        print("netzjournal: an earlier netzjournal wrote this journal; it is upgraded"
              " once it can be written", file=sys.stderr)  # fmt: skip
    return journal


def _cmd_demo(args: argparse.Namespace) -> int:
    from netzjournal import paths
    from netzjournal.demo.generator import SIZES as DEMO_SIZES
    from netzjournal.demo.generator import DemoSpec, create_demo_journal
    from netzjournal.localized import interface_language

    contacts, years = DEMO_SIZES[args.size] if args.size else (50, 3)
    where = paths.resolve(args.data_dir).ensure()
    spec = DemoSpec(
        contacts=args.contacts or contacts,
        years=args.years or years,
        seed=args.seed,
        today=args.today,
        language=args.lang or interface_language(where),
    )
    try:
        stats = create_demo_journal(where.journal, spec)
    except FileExistsError as exc:
        return fail(str(exc))
    print(
        f"Demo journal {where.journal}: {stats.contacts} contacts, "
        f"{stats.interactions} interactions, {stats.events} events."
    )
    return 0


def _cmd_search(args: argparse.Namespace) -> int:
    from netzjournal.store.fulltext import search

    where = existing_journal(args)
    if where is None:
        return 2
    from netzjournal.localized import format_date, interface_language, search_field, tell_language

    lang = args.lang or interface_language(where)
    german = lang == "de"
    tell_language(lang)  # (a twin among "with:" is told apart in it: "added 03.03.2025")
    with _open_for_reading(where) as journal:
        hits = search(journal, " ".join(args.query), limit=args.limit)
    kinds = ("Kontakt", "Notiz") if german else ("contact", "note")  # a note: not a contact
    for hit in hits:
        when = format_date(hit.when.date(), lang) if hit.when else "-"
        print(f"{kinds[hit.kind != 'contact']:8} {when:10}  {hit.label}")
        # (A one-line note without a title is its own label: not printed twice.)
        if hit.snippet and (hit.field or " ".join(hit.snippet.split()) != hit.label):
            # Where it matched, as the window's list says it ("Themen: … Kaffee…").
            field = search_field(hit.field, lang)
            print(f"{'':20}{field + ': ' if field else ''}{hit.snippet}")
    if not hits:
        print("Nichts gefunden." if german else "No matches.")
    return 0


def _cmd_coach(args: argparse.Namespace) -> int:
    from netzjournal.coach.engine import suggest, warmth_explained, warmth_line

    where = existing_journal(args)
    if where is None:
        return 2
    today = args.today or dt.date.today()
    if args.lang is None:
        from netzjournal.localized import interface_language

        args.lang = interface_language(where)
    with _open_for_reading(where) as journal:
        result = suggest(journal, today, limit=args.limit, language=args.lang)
    if not result.cards:
        print("Niemand ist gerade fällig." if args.lang == "de" else "Nobody is due right now.")
    for n, s in enumerate(result.cards, 1):
        print(f"{n}. {s.name}  ({warmth_line(args.lang, s.warmth)})")
        print(f"   {s.reason}")
        for line in warmth_explained(args.lang, s.warmth).splitlines()[1:]:
            print(f"   {line.strip()}")
        if s.openers:
            opener = s.openers[0]
            print(f"   — {opener.subject} —")
            for line in opener.body.splitlines():
                print(f"   | {line}")
        print()
    for s in result.held:
        print(f"· {s.name}: {s.reason}")
    return 0


def _cmd_review(args: argparse.Namespace) -> int:
    import os
    from pathlib import Path

    from netzjournal.private_files import write_named_text
    from netzjournal.review.figures import review
    from netzjournal.review.render import markdown
    from netzjournal.store.reading import get_setting

    refused = _taken([args.markdown, args.pdf], args.force)
    if refused is not None:
        return refused
    where = existing_journal(args)
    if where is None:
        return 2
    with _open_for_reading(where) as journal:
        figures = review(journal, args.year)
        name = get_setting(journal, "user.name", "") or ""
    if args.lang is None:
        from netzjournal.localized import interface_language

        args.lang = interface_language(where)
    text = markdown(figures, args.lang, str(name), dt.date.today(), args.private)
    if args.markdown:
        try:
            write_named_text(Path(args.markdown), text, replace=args.force)
        except OSError as exc:
            return _not_written(args.markdown, exc)
        print(args.markdown)
    if args.pdf:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # never shows a window
        from PySide6.QtGui import QGuiApplication

        from netzjournal.ui.review.export import write_pdf

        _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
        try:
            write_pdf(figures, Path(args.pdf), args.lang, str(name), private=args.private,
                      replace=args.force)  # fmt: skip
        except OSError as exc:
            return _not_written(args.pdf, exc)
        print(args.pdf)
    if not args.markdown and not args.pdf:
        print(text, end="")
    return 0


def _json_export_among(files: list[Path]) -> Path | None:
    """The first of these regular files that is a netzjournal JSON export."""
    from netzjournal.interchange.files import FileRefused, read_file
    from netzjournal.interchange.importer import is_json_export

    for path in files:
        try:  # regular files only, never blocking on a pipe
            if is_json_export(read_file(path, 512, head=True)):
                return path
        except FileRefused:
            continue  # reported when the files are read
    return None


def _calendars_among(files: list[Path]) -> list[Path]:
    """Those of these regular files that are calendars (invitations, .ics exports)."""
    from netzjournal.interchange.files import FileRefused, read_file

    found = []
    for path in files:
        try:
            if b"BEGIN:VCALENDAR" in read_file(path, 512, head=True).upper():
                found.append(path)
        except FileRefused:
            continue  # reported when the files are read
    return found


_CALENDAR_PROBLEMS = {
    "start": "its start cannot be read; not imported",
    "end": "its end cannot be read; imported without it",
    "rule": "its repetition cannot be read; not imported",
    "dates": "a date of its repetition cannot be read; not imported",
    "extra_dates": "its extra dates (RDATE) were not imported; the rest was",
    "attachments": "its attached files (ATTACH) were not imported; the rest was",
    "cut": "the file is cut short inside it: not imported, everything before it was",
    "zone": "this time zone cannot be read: its times were taken as local times",
}


def _import_calendars(args: argparse.Namespace, files: list[Path]) -> int:
    """Events and series from calendars and mailed invitations, as the Events view
    imports them (an invitation's update or cancellation changes the event here)."""
    from netzjournal import paths
    from netzjournal.commands.calendar_import import ImportCalendars
    from netzjournal.interchange import ical_in
    from netzjournal.localized import interface_language

    where = paths.resolve(args.data_dir)  # (made by the real run only: open_to_write)
    language = interface_language(where)
    read: list[tuple[Path, list[ical_in.CalendarEvent]]] = []
    found: dict[Path, list[tuple[str, str]]] = {}
    failed = False
    for path in files:
        problems = found.setdefault(path, [])
        try:
            read.append((path, ical_in.read_events(path, problems)))
        except ical_in.CalendarError as exc:
            print(f"netzjournal: {path}: {exc} Nothing of it was imported.", file=sys.stderr)
            failed = True

    def say_problems(path: Path) -> None:
        # Said, never dropped silently; in a real run once the file's events are
        # written ("… the rest was" is not said of a write that a full disk refused).
        for name, code in found.pop(path, []):
            print(f"problem: {path.name}: “{name}”: {_CALENDAR_PROBLEMS.get(code, code)}")

    if args.dry_run:
        for path in files:
            say_problems(path)
        count = sum(len(events) for _, events in read)
        print(f"Dry run: {_counted(count, 'event', 'events')} read from "
              f"{_counted(len(read), 'file', 'files')}. Nothing was written.")  # fmt: skip
        return 1 if failed else 0
    taken = {path for path, _ in read}
    for path in [path for path in files if path not in taken]:  # (files refused whole)
        say_problems(path)
    with open_to_write(where) as journal:
        # One step, as the Events view's (commands/calendar_import): a backup first
        # (kept if anything changed), each file in a transaction of its own.
        command = ImportCalendars(journal, [(str(p), events) for p, events in read], language)
        command.do()  # (refused at the first file: nothing was written, said by main)
        for (path, _events), out in zip(read, command.counts, strict=False):
            say_problems(path)
            for name, why in out.refused:
                print(f"problem: {path.name}: “{name}”: not imported ({why})")
            print(f"{path.name}: {out.created} imported, {out.updated} changed by an update "
                  f"or a cancellation, {out.skipped} already there.")  # fmt: skip
            for what, name, day in out.changed:  # (which ones, by name and day)
                print(f"{path.name}: {what.replace('_', ' ')}: “{name}” {day.isoformat()}")
            for name, day in out.zoned:  # (imported before zones were kept)
                print(f"{path.name}: updated with its time zone: “{name}” {day.isoformat()}")
            if out.replies:  # guests' answer mails (iTIP REPLY)
                said = [f"{n} {word}" for answer, word in
                        (("ACCEPTED", "yes"), ("DECLINED", "no"), ("TENTATIVE", "maybe"))
                        if (n := out.replies.get(answer, 0))]  # fmt: skip
                print(f"{path.name}: replies: {sum(out.replies.values())} ({', '.join(said)}).")
            if out.outdated:
                older = _counted(out.outdated, "older invitation", "older invitations")
                print(f"{path.name}: {older} not taken (already more current here).")
        total = command.count()
        if not command.changed and total.skipped and not (total.outdated or total.refused):
            # (at most a resent invitation's version recorded: no backup kept, and
            # "0 imported" alone read as a failure)
            print("Already up to date: nothing in the journal changed.")
        if command.backup is not None:  # (on stderr: stdout is what the files brought)
            print(f"Backup before the import: {command.backup}", file=sys.stderr)
        if command.stopped is not None:  # the files before it are in; this one is not
            raise command.stopped[1]
    return 1 if failed else 0


def _cmd_import(args: argparse.Namespace) -> int:
    from netzjournal import paths
    from netzjournal.interchange.importer import apply_import, plan_import, read_paths
    from netzjournal.interchange.lost_letters import advice as lost_letters_advice
    from netzjournal.localized import interface_language, tell_language
    from netzjournal.progress import TerminalProgress

    files = [Path(f) for f in args.files]
    export = _json_export_among(files)
    if export is not None:
        if len(files) > 1:
            return fail(f"{export} is a JSON export; it is restored on its own, "
                        "into an empty journal: give it as the only file.")  # fmt: skip
        return _restore_json(args, export)
    calendars = _calendars_among(files)
    if calendars:
        if len(calendars) < len(files):
            return fail("calendars (.ics) are events, not contacts: import them "
                        "on their own, without the contacts' files.")  # fmt: skip
        return _import_calendars(args, calendars)
    where = paths.resolve(args.data_dir)  # (made by a real run only: journal_or_stand_in)
    progress = TerminalProgress(sys.stderr)
    tell_language(interface_language(where))  # (the journal's people it names, twins apart)
    try:
        read = read_paths(files, progress=progress, language=interface_language(where))
        with journal_or_stand_in(where, args.dry_run) as journal:
            plan = plan_import(journal, read, progress)
            plan.take_lists(args.with_mailing_lists)
            progress.finish()
            labels = _journal_people(journal, plan)
            from_files = plan.files()
            for row in plan.rows:
                c = row.contact
                name = c.name or c.organisation or (c.emails[0].value if c.emails else "")
                print(f"{row.action:6} {_plan_line(row, name, labels, from_files)}"
                      f"  [{row.contact.source_file}:{row.contact.line}]")  # fmt: skip
            for problem in plan.problems:
                print(f"problem: {problem}")
            if lost := len(plan.lost_letters()):  # (once, with how to keep every letter)
                print(f"check: {lost_letters_advice(lost)}")
            summary = (f"{plan.count('create')} to create, {plan.count('merge')} to merge, "
                       f"{plan.count('skip')} to skip, "
                       f"{_counted(len(plan.problems), 'problem', 'problems')}")  # fmt: skip
            if args.dry_run:
                print(f"Dry run: {summary}. Nothing was written.")
                return 0
            if not plan.rows:
                print("Nothing to import.")
                return 1 if plan.problems else 0
            outcome = apply_import(journal, plan, progress, interface_language(where))
    except KeyboardInterrupt:
        progress.finish()
        print("Stopped; nothing was imported.", file=sys.stderr)
        return 130
    progress.finish()
    merged = {r.match_id: r.contact.name for r in reversed(plan.rows) if r.action == "merge"}
    for contact_id, kept in outcome.kept.items():  # said, never dropped silently
        who = _onto(merged.get(contact_id, ""), labels.get(contact_id, ""))
        for field, mine, theirs in kept:
            print(f"kept   {who}: {field.replace('_', ' ')} "
                  f"“{mine}” (the file: “{theirs}”)")  # fmt: skip
    backup = (f"Backup before the import: {outcome.backup}" if outcome.backup else
              "No backup was taken: the journal held nothing before the import.")  # fmt: skip
    print(f"Imported: {len(outcome.created)} created, {len(outcome.merged)} merged, "
          f"{outcome.skipped} skipped. {backup}")  # fmt: skip
    return 0


def _journal_people(journal: Journal, plan: ImportPlan) -> dict[int, str]:
    """The journal's people an import plan names, as pickers name them (namesakes
    apart: "Anna Graf · Kulturhaus"); a user never sees a row id."""
    from netzjournal.interchange.importer import journal_namesakes
    from netzjournal.store.people import person_choices

    ids = {i for r in plan.rows for i in (r.match_id, *r.candidates) if i}
    people = person_choices(journal, ids)
    # (one a new person is named like: told apart from that person, "Anna Graf · Kulturhaus")
    return {i: c.label for i, c in people.items()} | journal_namesakes(plan, people)


def _onto(name: str, label: str) -> str:
    """A card's name and the journal's person it goes into: one name when they
    are the same ("Anna Graf"), else both ("A. Graf → Anna Graf · Kulturhaus")."""
    from netzjournal.store.people import same_name

    if not label or same_name(label) == same_name(name):
        return name or label
    return f"{name} → {label}" if name else label


def _plan_line(row: PlanRow, name: str, labels: dict[int, str], files: int) -> str:
    """One row of the plan: the card, where it goes, why (``files``: how many files
    the cards came from: "in the file" of one)."""
    from netzjournal.interchange.importer import in_files
    from netzjournal.interchange.namesakes import label
    from netzjournal.store.people import join_names

    reason = in_files(row.reason, files)
    if row.action == "merge" and row.match_id:
        name = _onto(name, labels.get(row.match_id, ""))
    elif row.candidates:
        # namesakes the user picks from (later, by id): which ones
        reason += ": " + join_names(labels.get(i, "") for i in row.candidates)
    elif row.match_id and row.match_id in labels:
        reason += ": " + labels[row.match_id]
    elif row.namesakes:  # the other new people of the name, told apart
        reason += ": " + join_names(label(name, detail) for name, detail in row.namesakes)
    if row.lost:  # (its names as written: "Ay?e" was "Ayşe", the file cannot say)
        lost = "check: characters lost: " + ", ".join(f"“{w}”" for w in row.lost)
        reason = f"{reason}; {lost}" if reason else lost
    return f"{name}  ({reason})" if reason else name


def _restore_json(args: argparse.Namespace, export: Path) -> int:
    """``netzjournal import export.json``: the whole journal back, into an empty one."""
    from netzjournal import paths
    from netzjournal.interchange.files import FileRefused, read_file
    from netzjournal.progress import TerminalProgress
    from netzjournal.store import journal_json
    from netzjournal.store.errors import StoreError

    where = paths.resolve(args.data_dir)  # (made by a real run only: journal_or_stand_in)
    progress = TerminalProgress(sys.stderr)
    try:
        data = read_file(export, journal_json.MAX_EXPORT_BYTES)
        with journal_or_stand_in(where, args.dry_run) as journal:
            if args.dry_run:
                journal_json.check_empty(journal)
                parsed = journal_json.parse_export(data, journal)
                rows = sum(len(v) for v in parsed["tables"].values())
                print(
                    f"Dry run: {_counted(rows, 'row', 'rows')} would be restored from {export}. "
                    "Nothing was written."
                )
                return 0
            rows = journal_json.restore(journal, data, progress)
    except journal_json.RestoreRefused as exc:
        progress.finish()
        return fail(f"not restored: {exc}")
    except FileRefused as refused:
        return fail(str(refused.problem(export.name)))
    except StoreError as exc:
        # A lock, a full disk, a read-only folder: the restore is one transaction, so
        # nothing was written; said so here, the progress line ended first (the
        # generic handler left it standing and did not say that nothing was restored).
        progress.finish()
        return fail(f"not restored, nothing was written: {exc}")
    except KeyboardInterrupt:
        progress.finish()
        print("Stopped; nothing was restored.", file=sys.stderr)
        return 130
    progress.finish()
    print(f"Restored {_counted(rows, 'row', 'rows')} from {export} into {where.journal}.")
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from netzjournal.interchange.exports import export_to
    from netzjournal.progress import TerminalProgress
    from netzjournal.store.contact_list import contact_rows

    refused = _taken([args.output], args.force)
    if refused is not None:
        return refused
    where = existing_journal(args)
    if where is None:
        return 2
    out = Path(args.output)
    if args.contact is not None and args.format in ("json", "ics"):
        print(
            f"netzjournal export: error: --contact works with vcf, csv and md, not {args.format}",
            file=sys.stderr,
        )
        return 2  # never the whole journal when one person was asked for
    fmt = "csv;" if args.format == "csv" and args.semicolon else args.format
    progress = TerminalProgress(sys.stderr)
    try:
        with _open_for_reading(where) as journal:
            if args.contact is not None:
                ids = [args.contact]
            else:
                ids = [r.id for r in contact_rows(journal, include_archived=True)]
            from netzjournal.localized import interface_language

            export_to(journal, out, fmt, ids, dt.date.today(), progress,
                      interface_language(where), args.private_fields, args.force)  # fmt: skip
    except KeyboardInterrupt:
        progress.finish()
        print("Stopped; nothing was written.", file=sys.stderr)
        return 130
    except OSError as exc:
        progress.finish()
        return _not_written(out, exc)
    progress.finish()
    from netzjournal.store import cipher

    if cipher.active() is not None:  # as the window's export dialog says it
        print(
            f"Note: {out} is not encrypted (exports never are, even of an encrypted "
            "journal): anyone who gets the file can read it.",
            file=sys.stderr,
        )
    print(out)
    return 0


def _cmd_bench(args: argparse.Namespace) -> int:
    if args.sync:
        from netzjournal.bench.sync_figures import run_sync_bench

        return run_sync_bench()
    if args.encryption:
        from netzjournal.bench.cipher import run_encryption_bench

        return run_encryption_bench(args.size, args.cache)
    if args.import_shapes:
        from netzjournal.bench.import_shapes import run_import_shapes

        return run_import_shapes()
    if args.import_figure:
        from netzjournal.bench.figures import run_import_figure

        return run_import_figure(args.size, args.cache)
    if args.review_window:
        from netzjournal.bench.figures import ensure_journal
        from netzjournal.bench.review_window import run_review_window_bench

        journal_path, _seconds = ensure_journal(args.size, Path(args.cache or ".bench"))
        return run_review_window_bench(journal_path)
    if args.selection:
        from netzjournal.bench.figures import ensure_journal
        from netzjournal.bench.selection_window import run_selection_bench

        journal_path, _seconds = ensure_journal(args.size, Path(args.cache or ".bench"))
        return run_selection_bench(journal_path)
    if args.ablation:
        from netzjournal.bench.ablation import run_ablation
        from netzjournal.bench.figures import ensure_journal

        journal_path, _seconds = ensure_journal(args.size, Path(args.cache or ".bench"))
        return run_ablation(journal_path)
    from netzjournal.bench.figures import run_bench

    return run_bench(args.size, args.cache, ui=not args.no_ui, versus=args.versus)


_HERE_RUN = {"demo": _cmd_demo, "search": _cmd_search, "coach": _cmd_coach, "import": _cmd_import,
             "export": _cmd_export, "review": _cmd_review, "bench": _cmd_bench}  # fmt: skip
# The modules that define the other subcommands (each has a ``run(args)``).
_OWN_MODULE_RUN = {
    "encryption": "netzjournal.encryption_command", "backup": "netzjournal.backup_command",
    "remind": "netzjournal.remind", "sync": "netzjournal.sync.command",
    "note": "netzjournal.cli_capture", "contact": "netzjournal.cli_capture",
}  # fmt: skip


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse the command line; starting the app skips building the subcommands.

    The app's options alone are read by argparse with the desktop app's
    options only (building every subcommand's parser imports their modules:
    hundreds of ms). Anything else — a subcommand, --help, a mistake — goes
    to the full parser, which also words the errors.
    """
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["remind"]:  # run at log-in: its own small parser is enough
        from netzjournal import remind

        return remind.parse(argv)
    if argv[:1] and argv[0] in SUBCOMMANDS:
        # e.g. `search` or the window's background `sync --json`: the other subcommands'
        # modules (capture, backup, encryption: ~0.3 s of imports) stay unloaded.
        return build_parser(only=argv[0]).parse_args(argv)
    if not any(a in ("-h", "--help") for a in argv):
        try:
            args, rest = _gui_parser(_common(), quick=True).parse_known_args(argv)
        except argparse.ArgumentError:
            rest = ["(the full parser words the error)"]
        if not rest:
            args.command = None
            return args
    return build_parser().parse_args(argv)


def _unlock(args: argparse.Namespace) -> int | None:
    """:func:`netzjournal.encryption_command.unlock`, loaded only for a journal with
    a key marker beside it: without one the journal is plain (``keys.lock_of``), and
    a plain journal's commands skip the key machinery's imports (~25 ms)."""
    from netzjournal import paths
    from netzjournal.store import cipher

    where = paths.resolve(args.data_dir)
    if not cipher.marker_path(where.journal).exists():
        if not where.journal.exists() and cipher.active() is None:
            _key_for_backups(args, where)
        return None
    from netzjournal.encryption_command import unlock

    return unlock(args)


def _key_for_backups(args: argparse.Namespace, where: DataPaths) -> None:
    """The journal and its key marker both gone: its encrypted backups need only the
    key (``keys.key_for_backups``: the keyring's entries, or the passphrase or
    recovery key given with ``--passphrase-stdin``); the one that opens them is used."""
    from netzjournal.store import backups, cipher

    encrypted = [b.path for b in backups.list_backups(where.backups)
                 if cipher.looks_encrypted(b.path)]  # fmt: skip
    if not encrypted:
        return
    from netzjournal import keys

    found = keys.key_for_backups(encrypted, where.journal, stdin_secret(args))
    if found is not None:
        cipher.activate(*found)


def stdin_secret(args: argparse.Namespace) -> str | None:
    """The line ``--passphrase-stdin`` gives (a passphrase or recovery key), read once:
    the journal's unlock, its backups and a backup file named to ``backup restore``
    each try the same line. None without the option, or for an empty line."""
    if not getattr(args, "passphrase_stdin", False):
        return None
    if not hasattr(args, "stdin_line"):
        line = sys.stdin.readline() if sys.stdin is not None else ""  # (None: fd 0 closed)
        args.stdin_line = line.rstrip("\r\n")
    return str(args.stdin_line) or None


def _given_key_fits(args: argparse.Namespace) -> bool:
    """The key read from standard input fits the journal's marker (True without one);
    one that does not is put away."""
    from netzjournal.store import cipher

    key = cipher.active()
    if key is None:
        return True
    from netzjournal import paths

    marker = cipher.read_marker(paths.resolve(args.data_dir).journal)
    if marker is None or marker.matches_any(key):
        return True
    cipher.activate(None)
    return False


def _passphrase_change(requested: Path) -> bool:
    """The request is to change an encrypted journal's passphrase (ui/rekey.py)."""
    import json

    try:
        request = json.loads(requested.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(request, dict) and (request.get("action"), request.get("mode")) == (
        "rekey", "passphrase",
    )  # fmt: skip


def _keep_given_passphrase(args: argparse.Namespace) -> None:
    """The desktop app on a plain journal with ``--passphrase-stdin``: the line is the
    passphrase of an encryption requested for this start (the window restarted itself
    with it, see ui/privacy.restart_now); kept in memory for the request, never asked
    again. On an encrypted journal whose passphrase change is requested, the line after
    the old passphrase is the new one."""
    from netzjournal import paths
    from netzjournal.store import cipher

    journal = paths.resolve(args.data_dir).journal
    requested = journal.with_name(journal.name + ".encryption-request.json")
    if not requested.exists():  # (no line is waited for)
        return
    if cipher.active() is None or _passphrase_change(requested):
        # (a passphrase change: the line after the old passphrase is the new one)
        from netzjournal import keys

        line = sys.stdin.readline() if sys.stdin is not None else ""  # (None: fd 0 closed)
        keys.give_passphrase(line.rstrip("\r\n"))


def _start_anew(args: argparse.Namespace) -> None:
    """``--new-journal``: a new, empty journal where the file is missing (the person
    chose it; its backups and drafts stay). Nothing happens where a journal is."""
    from netzjournal import paths
    from netzjournal.store.journal import Journal

    where = paths.resolve(args.data_dir)
    if where.journal.exists():
        return
    if getattr(args, "dry_run", False) or getattr(args, "backup_action", None) == "restore":
        return  # (a dry run makes nothing; a restore makes the journal from its backup)
    from netzjournal.store import cipher, missing

    backups_stay = missing.traces(where.backups) is not None
    where.ensure()
    marker = cipher.marker_path(where.journal)
    had_marker = marker.exists()
    Journal.open(where.journal, backup_dir=where.backups, start_anew=True).close()
    say_started(where, backups_stay)
    if had_marker and not marker.exists():
        aside = max(marker.parent.glob(f"{marker.name}.set-aside-*"), default=marker)
        print(f"netzjournal: the new journal is not encrypted; the old one's key note was "
              f"set aside as {aside.name} (encrypted backups need that key). "
              "'netzjournal encryption on' encrypts the new one.", file=sys.stderr)  # fmt: skip


def _restoring(args: argparse.Namespace) -> bool:
    """``backup restore``: it puts the journal where it is missing itself (an empty one
    made first by ``--new-journal`` would only be replaced, and would decide that an
    encrypted backup comes back unencrypted)."""
    return args.command == "backup" and getattr(args, "backup_action", None) == "restore"


def missing_advice(args: argparse.Namespace, exc: JournalMissing) -> str:
    """How to go on from a missing journal: the newest usable backup and the command
    that restores it, or the flag that starts anew."""
    import shlex

    from netzjournal import paths
    from netzjournal.store import backups, cipher

    where = paths.resolve(args.data_dir)
    folder = f" --data-dir {shlex.quote(str(where.root))}" if args.data_dir else ""
    checked = backups.checked_backups(where.backups)
    usable = [c for c in checked if c.usable]
    lines = []
    if usable:
        newest = usable[0]
        lines += [
            f"The newest usable backup is {newest.ident} (made "
            f"{newest.info.created:%Y-%m-%d %H:%M}; contacts: {newest.report.contacts}, "
            f"notes: {newest.report.notes}). To bring it back:",
            f"  netzjournal backup restore {newest.ident}{folder}",
            f"('netzjournal backup list{folder}' shows all of them.)",
        ]
    elif exc.backups and any(cipher.looks_encrypted(c.info.path) for c in checked):
        lines += [
            "The backups are encrypted and no key known here opens them (the journal's key "
            "note went with it). They need only the key: give the passphrase or the "
            "recovery key on standard input, e.g.",
            f"  netzjournal backup list --passphrase-stdin{folder}",
            f"  netzjournal backup restore ID --passphrase-stdin{folder}",
        ]
    elif exc.backups:
        lines.append(f"None of the backups can be used ('netzjournal backup list{folder}' "
                     "says why); keep the folder safe.")  # fmt: skip
    lines.append("If the file was moved, put it back. To start a new, empty journal instead "
                 "(the backups stay), add --new-journal to the command.")  # fmt: skip
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(argv)
    args.data_dir = getattr(args, "data_dir", None)
    from netzjournal.store.errors import JournalMissing, StoreError

    try:
        if args.command is not None and makes_a_journal(args):
            refused = refuse_a_missing_folder(args)
            if refused is not None:
                return refused
        if getattr(args, "new_journal", False) and not _restoring(args):
            _start_anew(args)
        if (
            args.command is not None
            and args.command not in ("demo", "bench")
            and not (args.command == "encryption" and args.action in ("status", "on"))
        ):
            refused = _unlock(args)
            if refused is not None:
                return refused
        if args.command in _OWN_MODULE_RUN:
            import importlib

            return importlib.import_module(_OWN_MODULE_RUN[args.command]).run(args)
        if args.command is not None:
            return _HERE_RUN[args.command](args)
    except JournalMissing as exc:
        print(f"netzjournal: {exc}", file=sys.stderr)
        print(missing_advice(args, exc), file=sys.stderr)
        return 2
    except StoreError as exc:
        return fail(str(exc))
    except OSError as exc:  # a file to write or read: missing folder, no permission, full disk
        where = f"{exc.filename}: " if exc.filename else ""
        if exc.errno == errno.ENAMETOOLONG:  # (a --data-dir too long: the key's marker beside)
            return fail(f"{where}the name is too long for the disk (a name in it, or the "
                        "whole path); choose a shorter one")  # fmt: skip
        return fail(f"{where}{exc.strerror or exc}")
    # The desktop app's start allocates a lot and frees little: Python's cyclic
    # garbage collector would run some 60 times before the first paint for
    # nothing (~7 ms). Right after that paint (app.run_gui), or after three
    # seconds whatever happens, cycles are collected again: on the GUI thread's
    # timer, never by a worker thread (ui/collector.py).
    if getattr(args, "passphrase_stdin", False):
        if _unlock(args) is not None or not _given_key_fits(args):
            # No key in the line (a restart whose line never came: standard input
            # closed or empty), or one that does not open the journal (a typo, a
            # passphrase changed since): said on stderr, and the window asks as it
            # does without the option (keyring, else its unlock dialog), never the
            # "wrong key" that quits.
            print("netzjournal: the window asks for the key instead", file=sys.stderr)
        _keep_given_passphrase(args)
    gc.disable()
    from netzjournal.app import run_gui

    screenshot = None
    if args.screenshot:
        try:
            width, height = (int(v) for v in args.size.lower().split("x"))
        except ValueError:
            return fail(f"--size must look like 1280x800, not {args.size!r}")
        screenshot = (args.screenshot, width, height)
        if args.scale is not None:
            if not 0.5 <= args.scale <= 4:
                return fail("--scale must be between 0.5 and 4")
            os.environ["QT_SCALE_FACTOR"] = str(args.scale)  # read when Qt starts
    return run_gui(
        data_dir=args.data_dir,
        quick_note=args.quick_note,
        lang=args.lang,
        screenshot=screenshot,
        exit_after_paint=args.exit_after_paint,
        coach=getattr(args, "coach", False),
        dark=getattr(args, "dark", False),
    )


if __name__ == "__main__":
    sys.exit(main())
