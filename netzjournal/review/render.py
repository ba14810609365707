"""The review as Markdown and as HTML (the view and the PDF share the HTML)."""

from __future__ import annotations

import datetime as dt
import functools
import html
import json
from collections.abc import Sequence
from typing import Any

from netzjournal.localized import format_count, format_date
from netzjournal.paths import resources_dir
from netzjournal.review.figures import Lopsided, OpenFollowUp, YearFigures
from netzjournal.store.people import join_names

LIST_LIMIT = 30  # names (and open follow-ups) per list before "and n more"
# The charts' width in the PDF, px at 96 dpi: the text's width on A4 — 210 mm less the
# page's 18 mm and the document's 2 cm each side, 134 mm, 506 px (at 600 they ran
# 20 px past the right margin: "Dec" and the heatmap's "more" were cut off).
CHART_WIDTH = 500
LABEL_WIDTH = 220  # px: the label column of the review's tables (a longer label widens it)


@functools.cache
def labels(language: str) -> dict[str, Any]:
    with (resources_dir() / "review" / "labels.json").open(encoding="utf-8") as fh:
        data = json.load(fh)
    return data.get(language, data["en"])


def _names(items: list[str], t: dict[str, Any], language: str) -> str:
    if not items:
        return t["none"]
    shown = join_names(items[:LIST_LIMIT])
    if more := _more(len(items), t, language):
        shown += " " + more
    return shown


def _more(count: int, t: dict[str, Any], language: str) -> str:
    """ "and 1,275 more" past the first LIST_LIMIT of a list ("" if it has no more): a
    year's 1,305 open follow-ups listed whole made a 130 KB page (1.26 MB on XL, 6.5 s
    for Qt to lay out when the tab opened) and a PDF of dozens of pages."""
    if count <= LIST_LIMIT:
        return ""
    return str(t["and_more"].format(n=format_count(count - LIST_LIMIT, language)))


def _counts(mapping: dict[str, int], names: dict[str, str],
            prev: dict[str, int] | None, language: str) -> list[tuple[str, str, str]]:  # fmt: skip
    keys = sorted(mapping, key=lambda k: -mapping[k]) + sorted(set(prev or {}) - set(mapping))
    n = functools.partial(format_count, language=language)
    return [(names.get(k, k), n(mapping.get(k, 0)), n((prev or {}).get(k, 0))) for k in keys]


def _pair(a: int, b: int, language: str) -> str:
    """ "701 / 690": given and received."""
    return f"{format_count(a, language)} / {format_count(b, language)}"


def _gave_more(x: Lopsided, t: dict[str, Any], language: str) -> str:
    n = functools.partial(format_count, language=language)
    return str(t["gave_more"].format(name=x.name, gave=n(x.gave), received=n(x.received)))


def _older_open(f: YearFigures, t: dict[str, Any], language: str) -> str:
    """ "Also still open from the years before 2026: 12": the steps left from earlier
    years in one line under the year's own ("" if none)."""
    if not f.follow_ups_older:
        return ""
    return str(t["older_open"].format(year=f.year, n=format_count(f.follow_ups_older, language)))


def _nobody_to_reconnect(f: YearFigures, t: dict[str, Any], language: str) -> str:
    """The coach's list for early next year, empty: said in a sentence under the open
    follow-ups, not as the last section, a heading over a lone "–" (which took the
    PDF's last page for itself)."""
    day = format_date(dt.date(f.year + 1, 1, 7), language)
    return str(t["reconnect_none"].format(date=day))


def _met(people: Sequence[str]) -> str:
    """ ": Anna; Ben" after an event; nothing for one I went to and noted nobody at."""
    return f": {join_names(people)}" if people else ""


def open_item(o: OpenFollowUp, language: str) -> str:
    """ "Artikel schicken – Anna Alt (fällig 12.03.2025)"."""
    t = labels(language)
    text = f"{o.text} – {o.name}" if o.name else o.text
    if o.due_on:
        text += f" ({t['due'].format(date=format_date(o.due_on, language))})"
    return text


def month_rows(
    f: YearFigures, language: str, made_on: dt.date | None
) -> list[tuple[str, str, str]]:
    """Meetings per month, this year's beside last year's. A month that has not begun
    on ``made_on`` and holds nothing shows "–", not a 0 that reads as a month without
    a meeting (the chart draws no bar); a note dated ahead is still counted."""
    t = labels(language)
    n = functools.partial(format_count, language=language)
    now = (made_on.year, made_on.month) if made_on else (dt.date.max.year, 12)

    def count(year: int, month: int, value: int) -> str:
        return "–" if not value and (year, month) > now else n(value)

    return [
        (name, count(f.year, m, a), count(f.year - 1, m, b))
        for m, (name, a, b) in enumerate(zip(t["months"], f.per_month, f.per_month_prev,
                                             strict=True), 1)
    ]  # fmt: skip


def glance(f: YearFigures, t: dict[str, Any], language: str) -> list[tuple[str, str, str]]:
    """The year's figures beside the year before's, thousands grouped as the language
    writes them ("6.980" / "6,980", as the window's status bar)."""
    n = functools.partial(format_count, language=language)
    return [
        (t["meetings"], n(f.meetings), n(f.meetings_prev)),
        (t["messages"], n(f.messages), n(f.messages_prev)),  # (contact, but no meeting)
        (t["people"], n(f.people_met), n(f.people_met_prev)),
        (t["new_contacts"], n(f.new_contacts), n(f.new_contacts_prev)),
        (t["gave_received"], _pair(f.gave, f.received, language),
         _pair(f.gave_prev, f.received_prev, language)),
        (t["follow_ups_done"], n(f.follow_ups_done), "–"),  # not counted for last year
    ]  # fmt: skip


def markdown(f: YearFigures, language: str = "de", user_name: str = "",
             made_on: dt.date | None = None, private: bool = False) -> str:  # fmt: skip
    """The review as Markdown; the private remarks and people's topics only with
    ``private`` (a file leaves the app: it holds them only when the person asks, as a
    vCard export its private fields)."""
    t = labels(language)
    out = [f"# {t['title'].format(year=f.year)}"]
    if user_name:
        out.append(f"_{t['for'].format(name=user_name)}_")
    if f.empty:
        out += ["", t["empty"].format(year=f.year)]
        return "\n".join(out) + "\n"
    prev_header = str(f.year - 1)

    def table(title: str, rows: list[tuple[str, str, str]]) -> None:
        if not rows:  # (a heading over the years' header row alone said nothing)
            listed(title, [])
            return
        out.extend(["", f"## {title}", "", f"| | {f.year} | {prev_header} |", "|---|---:|---:|"])
        out.extend(f"| {a} | {b} | {c} |" for a, b, c in rows)

    def listed(title: str, lines: list[str]) -> None:
        """A section's lines, or "–" on one line when it has none (as the names')."""
        out.extend(["", f"## {title}", "", *(lines or [t["none"]])])

    def names(title: str, items: list[str]) -> None:
        out.extend(["", f"## {title}", "", _names(items, t, language)])

    n = functools.partial(format_count, language=language)
    table(t["at_a_glance"], glance(f, t, language))
    table(t["per_month"], month_rows(f, language, made_on))
    table(t["by_kind"], _counts(f.by_kind, t["kinds"], f.by_kind_prev, language))
    table(t["by_direction"],
          _counts(f.by_direction, t["directions"], f.by_direction_prev, language))  # fmt: skip
    by_source = sorted(f.new_by_source.items(), key=lambda kv: -kv[1])
    listed(t["new_by_source"], [f"- {t['sources'].get(k, k)}: {n(v)}" for k, v in by_source])
    if f.where_met:
        out.extend(["", f"## {t['where_met']}", ""])
        out.extend(f"- {format_date(e.day, language)} {e.name}: {join_names(e.people)}"
                   for e in f.where_met)  # fmt: skip
    listed(t["top_people"], [f"{i}. {p.name} ({n(p.count)})"
                             for i, p in enumerate(f.top_people, 1)])  # fmt: skip
    names(t["first_time"], f.first_time)
    names(t["came_back"], f.came_back)
    names(t["went_quiet"], f.went_quiet)
    listed(t["events"], [f"- {format_date(e.day, language)} {e.name}{_met(e.people)}"
                         for e in f.events])  # fmt: skip
    given = _pair(f.gave, f.received, language)
    out.extend(["", f"## {t['give_take']}", "", f"{t['gave_received']}: {given}"])
    if f.lopsided:
        out.extend(["", f"### {t['lopsided']}", ""])
        out.extend(f"- {_gave_more(x, t, language)}" for x in f.lopsided)
    shown = f.follow_ups_open[:LIST_LIMIT]
    listed(t["follow_ups_open"], [f"- {open_item(o, language)}" for o in shown])
    if more := _more(len(f.follow_ups_open), t, language):
        out.extend(["", more])
    if older := _older_open(f, t, language):
        out.extend(["", older])
    if f.reconnect == []:  # (under what is ahead, never alone at the end)
        out.extend(["", _nobody_to_reconnect(f, t, language)])
    if private:  # (people's topics: private fields in the vCard export too)
        listed(t["topics"], [f"- {topic} ({n(k)})" for topic, k in f.topics])
        listed(t["hooks"], [f"- {hook} ({n(k)})" for hook, k in f.hooks])
    if f.reconnect:
        names(t["reconnect"].format(year=f.year + 1), f.reconnect)
    if made_on:
        out.extend(["", f"_{t['made'].format(date=format_date(made_on, language))}_"])
    return "\n".join(out) + "\n"


def sections_html(f: YearFigures, language: str, charts: dict[str, str] | None = None,
                  muted: str = "#777777", private: bool = False) -> str:  # fmt: skip
    """The review's body as HTML; ``charts`` maps "months"/"calendar" to image URLs.
    The private remarks are in it only with ``private`` (the view; the PDF and the
    printout when the person asks for them).

    ``muted`` is the colour of last year's figures: the caller derives it from
    the palette, so it reads in a dark scheme too. Tables are as wide as their
    content (not the page), so the numbers stay beside their labels on a wide window.
    """
    t = labels(language)
    e = html.escape
    if f.empty:
        return f"<p>{e(t['empty'].format(year=f.year))}</p>"
    parts: list[str] = []

    def table(title: str, rows: list[tuple[str, str, str]]) -> None:
        if not rows:  # (a heading over the years' header row alone said nothing)
            listed(title, "")
            return
        body = "".join(
            f"<tr><td>{e(a)}</td><td align='right' style='padding-left: 24px'><b>{e(b)}</b></td>"
            f"<td align='right' style='padding-left: 24px; color: {muted}'>{e(c)}</td></tr>"
            for a, b, c in rows
        )
        parts.append(
            # Room below it: the next heading sat on its last row.
            f"<h2>{e(title)}</h2><table cellspacing='0' cellpadding='3' "
            "style='margin-bottom: 12px'>"
            # One label width for every table, so their figures line up under each other.
            f"<tr><th width='{LABEL_WIDTH}'></th>"
            f"<th align='right' style='padding-left: 24px'>{f.year}</th>"
            f"<th align='right' style='padding-left: 24px; color: {muted}'>{f.year - 1}</th>"
            f"</tr>{body}</table>"
        )

    def listed(title: str, items: str, tag: str = "ul") -> None:
        """A list, or "–" in a paragraph as the names' sections have it (not indented):
        every empty section says so in one line, in the window, the PDF and the printout."""
        body = f"<{tag}>{items}</{tag}>" if items else f"<p>{e(t['none'])}</p>"
        parts.append(f"<h2>{e(title)}</h2>{body}")

    def names(title: str, items: list[str]) -> None:
        parts.append(f"<h2>{e(title)}</h2><p>{e(_names(items, t, language))}</p>")

    n = functools.partial(format_count, language=language)
    table(t["at_a_glance"], glance(f, t, language))
    for chart, title in (("months", "per_month"), ("calendar", "calendar")):
        if charts and chart in charts:
            image = f"<img src='{charts[chart]}' width='{CHART_WIDTH}'>"
            parts.append(f"<h2>{e(t[title])}</h2><p>{image}</p>")
    table(t["by_kind"], _counts(f.by_kind, t["kinds"], f.by_kind_prev, language))
    table(t["by_direction"],
          _counts(f.by_direction, t["directions"], f.by_direction_prev, language))  # fmt: skip
    items = "".join(f"<li>{e(t['sources'].get(k, k))}: {n(v)}</li>"
                    for k, v in sorted(f.new_by_source.items(), key=lambda kv: -kv[1]))  # fmt: skip
    listed(t["new_by_source"], items)
    if f.where_met:
        items = "".join(f"<li><b>{e(v.name)}</b> ({format_date(v.day, language)}): "
                        f"{e(join_names(v.people))}</li>" for v in f.where_met)  # fmt: skip
        parts.append(f"<h2>{e(t['where_met'])}</h2><ul>{items}</ul>")
    items = "".join(f"<li>{e(p.name)} ({n(p.count)})</li>" for p in f.top_people)
    listed(t["top_people"], items, "ol")
    names(t["first_time"], f.first_time)
    names(t["came_back"], f.came_back)
    names(t["went_quiet"], f.went_quiet)
    items = "".join(f"<li><b>{e(v.name)}</b> ({format_date(v.day, language)})"
                    f"{e(_met(v.people))}</li>" for v in f.events)  # fmt: skip
    listed(t["events"], items)
    lop = "".join(f"<li>{e(_gave_more(x, t, language))}</li>" for x in f.lopsided)
    before = t["vs"].format(value=_pair(f.gave_prev, f.received_prev, language))
    parts.append(
        f"<h2>{e(t['give_take'])}</h2><p>{e(t['gave_received'])}: "
        f"<b>{e(_pair(f.gave, f.received, language))}</b>"
        f" <span style='color: {muted}'>({e(before)})</span></p>"
        + (f"<h3>{e(t['lopsided'])}</h3><ul>{lop}</ul>" if lop else "")
    )
    shown = f.follow_ups_open[:LIST_LIMIT]
    items = "".join(f"<li>{e(open_item(o, language))}</li>" for o in shown)
    listed(t["follow_ups_open"], items)
    if more := _more(len(f.follow_ups_open), t, language):
        parts.append(f"<p>{e(more)}</p>")
    if older := _older_open(f, t, language):
        parts.append(f"<p>{e(older)}</p>")
    if f.reconnect == []:  # (under what is ahead: never alone on the PDF's last page)
        parts.append(f"<p>{e(_nobody_to_reconnect(f, t, language))}</p>")
    if private:  # (people's topics: private fields in the vCard export too)
        items = "".join(f"<li>{e(topic)} ({n(k)})</li>" for topic, k in f.topics)
        listed(t["topics"], items)
        items = "".join(f"<li>{e(hook)} ({n(k)})</li>" for hook, k in f.hooks)
        listed(t["hooks"], items)
    if f.reconnect:
        names(t["reconnect"].format(year=f.year + 1), f.reconnect)
    return "".join(parts)
