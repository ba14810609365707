"""Event wording: recurrences in plain words, statuses, dates of occurrences."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from netzjournal import zones
from netzjournal.store import codes, recurrence
from netzjournal.store.people import PersonChoice
from netzjournal.store.records import Occurrence
from netzjournal.ui.texts import day_month_pattern
from netzjournal.ui.texts import format_date as format_day  # (a day as every view shows it)


def day_here(o: Occurrence) -> dt.date:
    """The day the occurrence starts on this computer's clock: a New York evening
    is the next day in Berlin, a Tokyo morning the day before."""
    return zones.day_here(o.starts_on, o.start_time, o.zone)


def is_today(o: Occurrence, today: dt.date) -> bool:
    """The occurrence is today's (here): it starts today or runs through today."""
    day = day_here(o)
    return day == today or day < today <= (o.ends_on or o.starts_on)


def has_begun(o: Occurrence, today: dt.date, now: dt.time) -> bool | None:
    """Whether the occurrence has begun: False ahead, True past; today, by its start
    time when it has one (on this computer's clock: 16:00 in London has begun at
    17:00 here) — None where that is not known (today, no time; a fair's second day)."""
    day = day_here(o)
    if day > today:
        return False
    if not is_today(o, today):
        return True
    if day == today and o.start_time is not None:
        local = zones.moment_here(o.starts_on, o.start_time, o.zone)
        return dt.datetime.combine(today, now) >= local
    return None


def who_caption(begun: bool | None) -> str:
    """The page's heading over the people: who is coming (ahead), who was there
    (begun), who is there (today, time unknown)."""
    if begun is False:
        return QCoreApplication.translate("EventPage", "Who is coming")
    if begun is None:
        return QCoreApplication.translate("EventPage", "Who is there")
    return QCoreApplication.translate("EventPage", "Who was there")


def weekday_name(weekday: int) -> str:
    """Monday = 0, in the interface language."""
    return QLocale().dayName(weekday + 1, QLocale.FormatType.LongFormat)


def short_weekday(weekday: int) -> str:
    """Monday = 0, short ("Fr.", "Fri"), in the interface language."""
    return QLocale().dayName(weekday + 1, QLocale.FormatType.ShortFormat)


def month_name(month: int) -> str:
    return QLocale().monthName(month, QLocale.FormatType.LongFormat)


def nth_word(nth: int) -> str:
    return {
        1: QCoreApplication.translate("EventWords", "first"),
        2: QCoreApplication.translate("EventWords", "second"),
        3: QCoreApplication.translate("EventWords", "third"),
        4: QCoreApplication.translate("EventWords", "fourth"),
        -1: QCoreApplication.translate("EventWords", "last"),
    }.get(nth, str(nth))


def day_and_month(day: dt.date) -> str:
    # Translators: a date without the year (German "d. MMMM").
    return QLocale().toString(
        QDate(day.year, day.month, day.day), QCoreApplication.translate("EventWords", "d MMMM")
    )


def form_words(form: str, first: dt.date) -> str:
    """How the editor offers one of the simple forms, for a series starting on ``first``."""
    if form == "none":
        return QCoreApplication.translate("EventWords", "Does not repeat")
    return rule_words(recurrence.rule_for(form, first), first)


def rule_words(rule: str, first: dt.date) -> str:
    """ "Every second Tuesday of the month" — a rule in plain words."""
    p = recurrence.parts(rule, first)
    wd = weekday_name(p.weekday)
    if p.form == "none":
        return QCoreApplication.translate("EventWords", "Does not repeat")
    if p.form == "weekly" and p.interval > 2:
        text = (
            QCoreApplication.translate("EventWords", "Every %2 weeks on %1")
            .replace("%1", wd)
            .replace("%2", str(p.interval))
        )
    elif p.form == "weekly":
        text = QCoreApplication.translate("EventWords", "Every week on %1").replace("%1", wd)
    elif p.form == "biweekly":
        text = QCoreApplication.translate("EventWords", "Every two weeks on %1").replace("%1", wd)
    elif p.form == "monthly_weekday":
        text = (
            QCoreApplication.translate("EventWords", "Every %1 %2 of the month")
            .replace("%1", nth_word(p.nth))
            .replace("%2", wd)
        )
    elif p.form == "monthly_day" and p.interval > 1:
        text = (
            QCoreApplication.translate("EventWords", "Every %2 months on day %1")
            .replace("%1", str(p.day))
            .replace("%2", str(p.interval))
        )
    elif p.form == "monthly_day":
        text = QCoreApplication.translate("EventWords", "Monthly on day %1").replace(
            "%1", str(p.day)
        )
    elif p.form == "yearly":
        text = QCoreApplication.translate("EventWords", "Every year on %1").replace(
            "%1", day_and_month(first)
        )
    elif p.form == "yearly_weekday":
        text = (
            QCoreApplication.translate("EventWords", "Every year on the %1 %2 in %3")
            .replace("%1", nth_word(p.nth))
            .replace("%2", wd)
            .replace("%3", month_name(p.month))
        )
    else:
        # A rule the editor does not make (from another calendar): in words as far as
        # they go; never the rule's own text ("FREQ=WEEKLY;BYDAY=MO,WE"), which is
        # for programs, not people.
        text = other_rule_words(rule)
    if p.until is not None:
        text += " " + QCoreApplication.translate("EventWords", "(until %1)").replace(
            "%1", format_day(p.until)
        )
    elif p.count is not None:
        text += " " + QCoreApplication.translate("EventWords", "(%1 times)").replace(
            "%1", str(p.count)
        )
    return text


def weekday_list(days: list[int]) -> str:
    """ "Monday", "Monday and Wednesday", "Monday, Wednesday and Friday"."""
    names = [weekday_name(d) for d in days]
    if len(names) == 1:
        return names[0]
    return (
        QCoreApplication.translate("EventWords", "%1 and %2")
        .replace("%1", ", ".join(names[:-1]))
        .replace("%2", names[-1])
    )


def other_rule_words(rule: str) -> str:
    """A rule outside the editor's forms, in words: daily ones and weekly ones on
    several days; any other "Repeats regularly" (the dates list shows when)."""
    fields = dict(p.split("=", 1) for p in recurrence.normalise(rule).split(";") if "=" in p)
    for said in ("COUNT", "UNTIL", "WKST"):  # (said after the rhythm, or no matter)
        fields.pop(said, None)
    freq, byday = fields.pop("FREQ", ""), fields.pop("BYDAY", "")
    try:
        interval = int(fields.pop("INTERVAL", "1") or 1)
    except ValueError:
        interval = 0
    days = [recurrence.WEEKDAYS.index(d) for d in byday.split(",") if d in recurrence.WEEKDAYS]
    plain_days = bool(byday) and len(days) == len(byday.split(","))  # (no "2TU" among them)
    if interval >= 1 and not fields and freq == "DAILY" and not byday:
        if interval == 1:
            return QCoreApplication.translate("EventWords", "Every day")
        return QCoreApplication.translate("EventWords", "Every %1 days").replace(
            "%1", str(interval)
        )
    if interval >= 1 and not fields and freq == "WEEKLY" and plain_days:
        on = weekday_list(sorted(set(days)))
        if interval == 1:
            return QCoreApplication.translate("EventWords", "Every week on %1").replace("%1", on)
        if interval == 2:
            return QCoreApplication.translate("EventWords", "Every two weeks on %1").replace(
                "%1", on
            )
        return (
            QCoreApplication.translate("EventWords", "Every %2 weeks on %1")
            .replace("%1", on)
            .replace("%2", str(interval))
        )
    return QCoreApplication.translate("EventWords", "Repeats regularly")


def how_often(rule: str) -> str:
    """A series' rhythm in a word or two ("weekly", "every 2 weeks"), for a line in
    the events list ("" where the rule is none of these): :func:`rule_words` says it
    whole on the series' page."""
    fields = dict(p.split("=", 1) for p in recurrence.normalise(rule).split(";") if "=" in p)
    try:
        interval = int(fields.get("INTERVAL", "1") or 1)
    except ValueError:
        return ""
    freq = fields.get("FREQ", "")
    if freq == "DAILY":
        once = QCoreApplication.translate("EventWords", "daily")
        several = QCoreApplication.translate("EventWords", "every %1 days")
    elif freq == "WEEKLY":
        once = QCoreApplication.translate("EventWords", "weekly")
        several = QCoreApplication.translate("EventWords", "every %1 weeks")
    elif freq == "MONTHLY":
        once = QCoreApplication.translate("EventWords", "monthly")
        several = QCoreApplication.translate("EventWords", "every %1 months")
    elif freq == "YEARLY":
        once = QCoreApplication.translate("EventWords", "yearly")
        several = QCoreApplication.translate("EventWords", "every %1 years")
    else:
        return ""
    return once if interval <= 1 else several.replace("%1", str(interval))


def span(starts: dt.date, ends: dt.date | None, at: dt.time | None = None) -> str:
    """ "12.03.2026 19:00" (as every view writes a day and its time, no comma),
    "12.03. – 14.03.2026" or "30.12.2026 – 02.01.2027"."""
    several = bool(ends and ends != starts)
    text = format_day(starts)
    if several and ends and ends.year == starts.year:
        # The first day without its year ("13.05." / "13/05"): the year follows.
        text = QLocale().toString(QDate(starts.year, starts.month, starts.day), day_month_pattern())
    if at is not None:
        text += " " + QLocale().toString(_qtime(at), QLocale.FormatType.ShortFormat)
    if several and ends:
        text += " – " + format_day(ends)
    return text


def span_here(o: Occurrence) -> str:
    """:func:`span` of an occurrence at its start time and, where
    its zone's clock differs from this computer's at that moment, when it is here:
    "08.12.2026 16:00 (London) · 17:00 bei Ihnen", "10.12.2026 18:00 (New York) ·
    00:00 am Fr., 11.12. bei Ihnen". Same zone, no zone, or no time: :func:`span`."""
    text = span(o.starts_on, o.ends_on, o.start_time)
    local = zones.here(o.starts_on, o.start_time, o.zone)
    if local is None:
        return text
    # Translators: an event's day and time (%1) in the zone it was planned in (%2, a
    # city: "London"); German "%1 (%2)".
    text = (QCoreApplication.translate("EventWords", "%1 %2 time")
            .replace("%1", text).replace("%2", zones.place(o.zone)))  # fmt: skip
    time = QLocale().toString(_qtime(local.time()), QLocale.FormatType.ShortFormat)
    if local.date() == o.starts_on:
        here = your_time(time)
    else:
        day = QDate(local.year, local.month, local.day)
        # Translators: a weekday and a day without the year, German "ddd, dd.MM."
        # ("Fr., 11.12.").
        pattern = QCoreApplication.translate("EventWords", "ddd d MMM")
        # Translators: as "%1 your time", on another day (%2: "Fri 11 Dec"); German
        # "%1 am %2 bei Ihnen".
        here = (QCoreApplication.translate("EventWords", "%1 on %2 your time")
                .replace("%1", time)
                .replace("%2", QLocale().toString(day, pattern)))  # fmt: skip
    return f"{text} · {here}"


def your_time(time: str) -> str:
    # Translators: when an event planned in another time zone is on this computer's
    # clock (%1: its time here, "17:00" or "Fr. 00:00"); German "%1 bei Ihnen".
    return QCoreApplication.translate("EventWords", "%1 your time").replace("%1", time)


def here_line(o: Occurrence) -> str:
    """The events list's short line under an evening planned in another zone: when
    it is here, "17:00 bei Ihnen", on another day with its weekday, "Fr. 00:00 bei
    Ihnen" ("": the same clock, or no time)."""
    local = zones.here(o.starts_on, o.start_time, o.zone)
    if local is None:
        return ""
    time = QLocale().toString(_qtime(local.time()), QLocale.FormatType.ShortFormat)
    if local.date() != o.starts_on:
        time = f"{short_weekday(local.weekday())} {time}"
    return your_time(time)


def _qtime(at: dt.time):  # noqa: ANN202 (QTime; loaded lazily)
    from PySide6.QtCore import QTime

    return QTime(at.hour, at.minute)


# The answers one gives to an evening ahead, and to one past: "I'm going" before it,
# "I was there" after it (a past evening offered "I'm going"). Today, with no time
# or a fair's second day, both.
ANSWERS_AHEAD = ("", "going", "maybe", "declined")
ANSWERS_AFTER = ("", "attended", "missed")


def my_status_choices(begun: bool | None, status: str = "") -> tuple[str, ...]:
    """The answers offered for an evening ahead (``begun`` False), past (True) or
    today at an unknown time (None); the one given (``status``) is always among
    them, so a past evening's "I'm going" shows (as :func:`my_status_label` words it
    for the past) until the user says whether they were there."""
    offered = ANSWERS_AHEAD if begun is False else ANSWERS_AFTER if begun else codes.MY_STATUS
    return offered if status in offered else (*offered, status)


def my_status_label(status: str, past: bool = False) -> str:
    """The user's answer; for a past evening a plan is said as one ("I had said
    yes"), never as if it were still ahead."""
    if past and status in ("going", "maybe", "declined"):
        return {
            "going": QCoreApplication.translate("EventWords", "I had said yes"),
            "maybe": QCoreApplication.translate("EventWords", "I had said maybe"),
            "declined": QCoreApplication.translate("EventWords", "I had said no"),
        }[status]
    return {
        "": QCoreApplication.translate("EventWords", "–"),
        "going": QCoreApplication.translate("EventWords", "I'm going"),
        "maybe": QCoreApplication.translate("EventWords", "I might go"),
        "declined": QCoreApplication.translate("EventWords", "I'm not going"),
        "attended": QCoreApplication.translate("EventWords", "I was there"),
        "missed": QCoreApplication.translate("EventWords", "I wasn't there"),
    }.get(status, status)


def attendance_label(status: str) -> str:
    return {
        "attended": QCoreApplication.translate("EventWords", "was there"),
        "going": QCoreApplication.translate("EventWords", "said yes"),
        "note": QCoreApplication.translate("EventWords", "in a note"),
    }.get(status, status)


def person_line(c: PersonChoice) -> str:
    """ "Anna Schmidt · Nordlicht · Hamburg"; a namesake by the label the pickers tell
    them apart with ("Ute Groß (2)")."""
    return c.label if c.detail else c.describe()
