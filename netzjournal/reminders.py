"""What is due today, and the machinery that lets it reach the user (no Qt).

- :func:`digest` gathers birthdays (today and the next three days),
  follow-ups I owe that are due, and the coach's top suggestions;
- :func:`printable` and :func:`notification` word them (German: "Sie");
- :func:`claim_day` makes sure at most one notification goes out a day,
  whoever sends it (``netzjournal remind --notify`` at log-in, or the
  running window at the chosen time);
- :func:`install_autostart` / :func:`remove_autostart` write or remove the
  log-in entry that runs ``netzjournal remind --notify``: a freedesktop
  autostart file on Linux, a LaunchAgent on macOS, a script in the Startup
  folder on Windows (the last two are written the documented way but are
  not tested here).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from netzjournal.coach import rules, texts
from netzjournal.coach.engine import Suggestion, suggest
from netzjournal.coach.settings import load as load_coach_settings
from netzjournal.store.catalog import set_setting
from netzjournal.store.coach_data import (
    DueFollowUp,
    birthday_ids,
    coach_summaries,
    follow_ups_due,
)
from netzjournal.store.journal import Journal
from netzjournal.store.reading import get_setting

BIRTHDAY_DAYS = 3  # birthdays today and in the next three days
TOP = 3  # the coach's suggestions named in the digest
SETTING = "reminders"  # journal setting: {"daily": bool, "time": "HH:MM"}
DEFAULT_TIME = "09:00"
AUTOSTART_NAME = "org.netzjournal.Netzjournal-remind"


@dataclass(frozen=True)
class Birthday:
    contact_id: int
    name: str
    days: int  # 0 = today


@dataclass
class Digest:
    today: dt.date
    birthdays: list[Birthday] = field(default_factory=list)
    follow_ups: list[DueFollowUp] = field(default_factory=list)
    suggestions: list[Suggestion] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.birthdays or self.follow_ups or self.suggestions)


def digest(j: Journal, today: dt.date, language: str = "de", top: int = TOP) -> Digest:
    """Everything due on ``today``: birthdays of the next days (found by month and
    day), follow-ups due, and the coach's first suggestions."""
    summaries = coach_summaries(
        j, today, birthday_ids(j, rules.birthdays_within(today, BIRTHDAY_DAYS))
    )
    birthdays = []
    for s in summaries:
        if s.birthday is None:
            continue
        days = (rules.next_birthday(s.birthday, today) - today).days
        if days <= BIRTHDAY_DAYS:
            birthdays.append(Birthday(s.id, s.name, days))
    birthdays.sort(key=lambda b: (b.days, b.name.casefold()))
    settings = load_coach_settings(j)
    result = suggest(j, today, settings, top, language)
    return Digest(today, birthdays, follow_ups_due(j, today), result.suggestions)


def _words(language: str) -> dict[str, object]:
    return texts.load(language)["remind"]


def _birthday_line(language: str, b: Birthday) -> str:
    pair = _words(language)["birthday"]
    assert isinstance(pair, list)
    return str(pair[min(b.days, 2)]).format(name=b.name, n=b.days)


def notification(d: Digest, language: str = "de") -> tuple[str, str] | None:
    """(summary, body) of the day's one notification; None when nothing is due.

    "3 Menschen, bei denen Sie sich melden könnten · Anna Weiß hat heute Geburtstag"
    """
    if d.empty:
        return None
    w = _words(language)
    parts = []
    if d.suggestions:
        parts.append(texts.plural(w["people"], len(d.suggestions)))  # type: ignore[arg-type]
    parts += [_birthday_line(language, b) for b in d.birthdays if b.days == 0]
    if d.follow_ups:
        parts.append(texts.plural(w["follow_ups"], len(d.follow_ups)))  # type: ignore[arg-type]
    if not any(b.days == 0 for b in d.birthdays):
        parts += [_birthday_line(language, b) for b in d.birthdays[:1]]
    return "netzjournal", " · ".join(parts)


def printable(d: Digest, language: str = "de") -> str:
    """The digest for the terminal."""
    w = _words(language)
    lines = [f"netzjournal – {texts.weekday_date(language, d.today)} {d.today.year}"]
    if d.empty:
        return "\n".join([*lines, str(w["nothing"])]) + "\n"
    if d.birthdays:
        lines += ["", str(w["heading_birthdays"])]
        lines += [f"  {_birthday_line(language, b)}" for b in d.birthdays]
    if d.follow_ups:
        lines += ["", str(w["heading_follow_ups"])]
        for f in d.follow_ups:
            when = (
                str(w["due_today"])
                if f.due_on == d.today
                else str(w["due_since"]).format(date=texts.date(language, f.due_on))
            )
            lines.append(f"  {f.name}: {f.text} ({when})")
    if d.suggestions:
        lines += ["", str(w["heading_people"])]
        lines += [f"  {s.name} – {s.reason}" for s in d.suggestions]
    return "\n".join(lines) + "\n"


# -- once a day ---------------------------------------------------------------------


def claim_day(state_dir: Path, today: dt.date) -> bool:
    """True for the first caller on ``today`` (across processes), False after that.

    An exclusive create is atomic, so the log-in reminder and the running
    window can never both notify on the same day.
    """
    state_dir.mkdir(parents=True, exist_ok=True)
    mark = state_dir / f"notified-{today.isoformat()}"
    try:
        fd = os.open(mark, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return False
    os.close(fd)
    for old in state_dir.glob("notified-*"):
        if old != mark:
            old.unlink(missing_ok=True)
    return True


def release_day(state_dir: Path, today: dt.date) -> None:
    """Give the day back (the notification could not be shown after all)."""
    (state_dir / f"notified-{today.isoformat()}").unlink(missing_ok=True)


def notified_on(state_dir: Path, today: dt.date) -> bool:
    return (state_dir / f"notified-{today.isoformat()}").exists()


def state_dir(data_root: Path) -> Path:
    return data_root / "reminders"


# -- settings -------------------------------------------------------------------------


@dataclass
class ReminderSettings:
    daily: bool = False  # while the window runs: once a day at ``time``
    time: str = DEFAULT_TIME  # "HH:MM"

    @property
    def at(self) -> dt.time:
        try:
            return dt.time.fromisoformat(self.time)
        except ValueError:
            return dt.time.fromisoformat(DEFAULT_TIME)


def load_settings(j: Journal) -> ReminderSettings:
    raw = get_setting(j, SETTING, {}) or {}
    s = ReminderSettings()
    if isinstance(raw, dict):
        s.daily = bool(raw.get("daily", False))
        if isinstance(raw.get("time"), str):
            s.time = raw["time"]
    return s


def save_settings(j: Journal, s: ReminderSettings) -> None:
    set_setting(j, SETTING, {"daily": s.daily, "time": s.at.strftime("%H:%M")})


def due_now(s: ReminderSettings, now: dt.datetime, state: Path) -> bool:
    """Is it time for the running window's daily reminder?"""
    return s.daily and now.time() >= s.at and not notified_on(state, now.date())


# -- at log-in --------------------------------------------------------------------------


def remind_command(data_dir: Path | None = None) -> list[str]:
    """The command that runs ``netzjournal remind --notify`` from here."""
    if getattr(sys, "frozen", False):  # the bundle: its executable is netzjournal
        base = [sys.executable]
    else:
        script = Path(sys.executable).with_name("netzjournal")
        base = [str(script)] if script.exists() else [sys.executable, "-m", "netzjournal"]
    extra = ["--data-dir", str(data_dir)] if data_dir is not None else []
    return [*base, "remind", "--notify", *extra]


def _desktop_exec(argv: list[str]) -> str:
    # Desktop Entry spec: quote arguments with reserved characters in double quotes,
    # escaping ", `, $ and \ inside; a literal % is written as %%.
    out = []
    for arg in argv:
        arg = arg.replace("%", "%%")
        if any(c in arg for c in " \t\n\"'\\><~|&;$*?#()`"):
            escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
            arg = f'"{escaped}"'
        out.append(arg)
    return " ".join(out)


def autostart_path(platform: str | None = None, home: Path | None = None) -> Path:
    platform = platform or sys.platform
    home = home or Path.home()
    if platform == "win32":
        appdata = Path(os.environ.get("APPDATA", home / "AppData" / "Roaming"))
        return appdata / "Microsoft/Windows/Start Menu/Programs/Startup/netzjournal-remind.cmd"
    if platform == "darwin":
        return home / "Library" / "LaunchAgents" / f"{AUTOSTART_NAME}.plist"
    config = Path(os.environ.get("XDG_CONFIG_HOME") or home / ".config")
    return config / "autostart" / f"{AUTOSTART_NAME}.desktop"


def autostart_text(argv: list[str], platform: str | None = None) -> str:
    platform = platform or sys.platform
    if platform == "win32":
        return '@echo off\r\nstart "" /b ' + " ".join(f'"{a}"' for a in argv) + "\r\n"
    if platform == "darwin":
        import plistlib

        agent = {"Label": AUTOSTART_NAME, "ProgramArguments": argv, "RunAtLoad": True}
        return plistlib.dumps(agent).decode("utf-8")
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=netzjournal reminders\n"
        "Name[de]=netzjournal-Erinnerungen\n"
        "Comment=Who to get back in touch with today\n"
        "Comment[de]=Bei wem Sie sich heute melden könnten\n"
        f"Exec={_desktop_exec(argv)}\n"
        "Icon=org.netzjournal.Netzjournal\n"
        "Terminal=false\n"
        "NoDisplay=true\n"
        "X-GNOME-Autostart-enabled=true\n"
        "X-GNOME-Autostart-Delay=30\n"
    )


def install_autostart(argv: list[str], path: Path | None = None) -> Path:
    """Write the log-in entry (atomically: a half-written one must never run)."""
    from netzjournal.private_files import write_private_text

    path = path or autostart_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    # (fsynced before the rename, and removed when the disk is full: a ".part" stayed)
    return write_private_text(path, autostart_text(argv))


def remove_autostart(path: Path | None = None) -> bool:
    path = path or autostart_path()
    if path.exists():
        path.unlink()
        return True
    return False


def autostart_installed(path: Path | None = None) -> bool:
    return (path or autostart_path()).exists()
