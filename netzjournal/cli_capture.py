"""``netzjournal note add``, ``contact add`` and ``contact list`` (no Qt).

Quick capture from a terminal, a launcher or a script. Exit status 0 with
the new id on standard output; 2 with the reason on standard error (a name
of several people lists them with ids, organisations and cities). A window
running on the same data folder is told to catch up.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the ``note`` and ``contact`` subcommands to the main parser."""
    from netzjournal.capture import KINDS

    note = sub.add_parser("note", parents=[common], help="add a meeting note")
    note_sub = note.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = note_sub.add_parser("add", parents=[common], help="add a note; prints its id")
    add.add_argument("--with", dest="people", action="append", required=True,
                     metavar="NAME_OR_ID", help="a person (repeat for several)")  # fmt: skip
    add.add_argument("--when", metavar="YYYY-MM-DD[THH:MM]", help="default: now")
    add.add_argument("--kind", choices=KINDS, default="other", help="default: other")
    add.add_argument("--title", default="")
    add.add_argument("--text", default="", help="what you talked about; - reads stdin")
    add.add_argument("--hooks", default="", help="something to pick up next time")
    add.add_argument("--next", dest="next_step", default="", metavar="TEXT",
                     help="a next step (a follow-up)")  # fmt: skip
    add.add_argument("--due", metavar="YYYY-MM-DD", help="when the next step is due")
    add.add_argument("--create-missing", action="store_true",
                     help="create people no contact is called")  # fmt: skip

    contact = sub.add_parser("contact", parents=[common], help="add or list contacts")
    contact_sub = contact.add_subparsers(dest="action", metavar="ACTION", required=True)
    cadd = contact_sub.add_parser("add", parents=[common], help="add a contact; prints its id")
    cadd.add_argument("--given", default="", metavar="G")
    cadd.add_argument("--family", default="", metavar="F")
    cadd.add_argument("--org", default="", metavar="O")
    cadd.add_argument("--role", default="", metavar="R")
    cadd.add_argument("--city", default="", metavar="C")
    cadd.add_argument("--email", action="append", default=[], metavar="E")
    cadd.add_argument("--phone", action="append", default=[], metavar="P")
    cadd.add_argument("--lang", dest="contact_lang", choices=("de", "en"),
                      help="the language to write to them in (default: as set for new"
                      " contacts, else the interface's)")  # fmt: skip
    cadd.add_argument("--form", choices=("sie", "du"),
                      help="Sie or du (default: as set for new contacts, else Sie)")  # fmt: skip
    cadd.add_argument("--closeness", type=int, choices=range(1, 6), default=3, metavar="1-5")
    cadd.add_argument("--met-on", metavar="DATE", help="YYYY-MM-DD or DD.MM.YYYY")
    cadd.add_argument("--source", default="", metavar="S",
                      help="how you met, e.g. xing, barcamp, \"Barcamp Köln\"")  # fmt: skip
    clist = contact_sub.add_parser("list", parents=[common], help="id, name, organisation, city")
    clist.add_argument("--json", action="store_true", help="as JSON")
    clist.add_argument("--all", action="store_true", help="archived contacts too")


def run(args: argparse.Namespace, now: Callable[[], dt.datetime] = dt.datetime.now) -> int:
    from netzjournal import capture, paths, running
    from netzjournal.cli import open_to_write
    from netzjournal.localized import interface_language, tell_language

    if args.command == "contact" and args.action == "list":
        from netzjournal.cli import _open_for_reading, existing_journal

        # Only reads: a write-protected journal is listed, as search reads it; where
        # none is, nothing is made (no folder, no file).
        found = existing_journal(args)
        if found is None:
            return 2
        with _open_for_reading(found) as journal:
            return _list(journal, args.json, args.all)
    where = paths.resolve(args.data_dir)
    words = capture.Capture(interface_language(where))
    tell_language(words.language)  # (candidates told apart in it: "added 03.03.2025")
    try:
        with open_to_write(where) as journal:
            if args.command == "note":
                text = sys.stdin.read() if args.text == "-" else args.text
                request = capture.NoteRequest(
                    args.people, args.when, args.kind, args.title, text, args.hooks,
                    args.next_step, args.due, args.create_missing,
                )  # fmt: skip
                result = capture.add_note(journal, request, words, now())
                for cid, name in result.created:
                    print(words.text("created", id=cid, name=name), file=sys.stderr)
                new_id = result.note_id
            else:
                new_id = capture.add_contact(journal, capture.ContactRequest(
                    args.given, args.family, args.org, args.role, args.city, args.email,
                    args.phone, args.contact_lang, args.form, args.closeness, args.met_on,
                    args.source), words)  # fmt: skip
    except capture.CaptureError as exc:
        print(f"netzjournal: {exc}", file=sys.stderr)
        for person in exc.candidates:
            print(f"  {person.id:>6}  {person.describe()}", file=sys.stderr)
        return 2
    print(new_id)
    running.notify(where.root, running.CHANGED)
    return 0


def _list(journal: object, as_json: bool, archived: bool) -> int:
    import json

    from netzjournal.store.people import list_people

    found = list_people(journal, include_archived=archived)  # type: ignore[arg-type]
    if as_json:
        rows = [{"id": p.id, "name": p.name, "organisation": p.organisation, "city": p.city}
                for p in found]  # fmt: skip
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for p in found:
            print(f"{p.id}\t{p.name}\t{p.organisation}\t{p.city}")
    return 0
