"""``netzjournal remind [--today DATE] [--notify]``: what is due today, even with the window closed.

Prints the day's digest (birthdays today and in the next three days,
follow-ups due, the coach's top suggestions); with ``--notify`` it also shows
one desktop notification — at most one a day, nothing when nothing is due —
and, when the person clicks it, opens the window on the coach.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

CLICK_WAIT = 600.0  # seconds to wait for a click on the notification


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("remind", parents=[common], help="what is due today; --notify shows it")
    p.add_argument("--today", type=dt.date.fromisoformat, help="the day (default: today)")
    p.add_argument("--notify", action="store_true", help="also show a desktop notification")
    p.add_argument("--lang", choices=("de", "en"), help="language (default: the app's)")
    p.add_argument("--wait", type=float, default=CLICK_WAIT, help=argparse.SUPPRESS)


def parse(argv: list[str]) -> argparse.Namespace:
    """``remind …`` alone, without building every subcommand's parser."""
    parser = argparse.ArgumentParser(prog="netzjournal")
    sub = parser.add_subparsers(dest="command")
    common = argparse.ArgumentParser(add_help=False, argument_default=argparse.SUPPRESS)
    common.add_argument("--data-dir", metavar="DIR", help="use this data folder")
    from netzjournal.cli import add_key_options  # (an encrypted journal's key, as everywhere)

    add_key_options(common)
    add_parser(sub, common)
    return parser.parse_args(argv)


def open_window_on_coach(data_dir: Path) -> None:
    from netzjournal.reminders import remind_command

    argv = remind_command(data_dir)
    base = argv[: argv.index("remind")]
    subprocess.Popen(
        [*base, "--coach", "--data-dir", str(data_dir)],
        start_new_session=True,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def deliver(summary: str, body: str, lang: str, wait: float) -> tuple[str, bool]:
    """Show the notification the best way this desktop offers: (how, clicked)."""
    from netzjournal import notify

    if notify.available():
        label = "Öffnen" if lang == "de" else "Open"
        sent = notify.show(summary, body, label, wait)
        if sent.shown:
            return "dbus", sent.clicked
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        or os.environ.get("QT_QPA_PLATFORM")
    ):  # fmt: skip
        return "none", False  # no desktop to show a tray balloon on (e.g. over SSH)
    from netzjournal.ui.tray_notify import show

    sent = show(summary, body, wait)
    return ("tray" if sent.shown else "none"), sent.clicked


def run(args: argparse.Namespace) -> int:
    from netzjournal import reminders
    from netzjournal.cli import existing_journal, say_upgrade_step
    from netzjournal.localized import interface_language, tell_language
    from netzjournal.store.journal import Journal

    where = existing_journal(args)
    if where is None:
        return 2
    today = args.today or dt.date.today()
    lang = args.lang or interface_language(where)
    tell_language(lang)  # (the coach's names: a twin "added 03.03.2025" in it)
    # No full quick_check here (150 ms on 5,000 contacts): the reminder only reads,
    # and the window checks the file when it opens.
    with Journal.open(where.journal, backup_dir=where.backups, verify=False,
                      fallback_read_only=True, on_stage=say_upgrade_step) as journal:  # fmt: skip
        digest = reminders.digest(journal, today, lang)
    print(reminders.printable(digest, lang), end="")
    if not args.notify:
        return 0
    message = reminders.notification(digest, lang)
    if message is None or not reminders.claim_day(reminders.state_dir(where.root), today):
        return 0  # nothing due, or today's notification has gone out already
    how, clicked = deliver(*message, lang, args.wait)
    if how == "none":  # nothing was shown: the day's one notification is still to come
        reminders.release_day(reminders.state_dir(where.root), today)
        print("netzjournal: no way to show a notification here", file=sys.stderr)
    if clicked:
        open_window_on_coach(where.root)
    return 0
