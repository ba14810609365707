"""The coach's list as it was worked out before the walk (session 22): every active
contact's summary read, every candidate's first pass, all of them sorted, details
read in windows down that order. Kept as the oracle the walk (``coach/walk.py``)
must equal: the same people, in the same order, with the same texts.

Self-contained on purpose (its own first pass): it must not change when the
walk's code does. Only the rules, texts and store reads are shared.
"""

from __future__ import annotations

import datetime as dt

from netzjournal.coach import openers, rules, texts
from netzjournal.coach.engine import CoachResult, Suggestion, reason
from netzjournal.coach.settings import CoachSettings
from netzjournal.coach.settings import load as load_settings
from netzjournal.store.coach_data import (
    CoachDetails,
    CoachSummary,
    UpcomingEvent,
    coach_details,
    coach_summaries,
    upcoming_events,
)
from netzjournal.store.journal import Journal
from netzjournal.store.people import person_choices
from netzjournal.store.reading import get_setting, list_openers

_Candidate = tuple[float, float, int, CoachSummary, int, int, bool, list[rules.Occasion]]


def _first_pass(
    s: CoachSummary, settings: CoachSettings, events: list[UpcomingEvent], today: dt.date
) -> _Candidate | None:
    cad = rules.cadence(s, settings)
    if cad is None:
        return None
    must = rules.today_counts(s, today)
    if not must and rules.resting(s, settings, today):
        return None
    days = rules.days_since(s, today)
    due = days >= cad
    occ = rules.occasions(s, events, settings, today)
    if not (must or due or rules.lifted(s, occ, settings, today)):
        return None
    estimate = rules.warmth_score(s, today)
    k0, k1 = rules.sort_key(estimate, days / cad, occ, must)
    return (k0, k1, s.id, s, cad, days, due, occ)


def full_ranking(
    j: Journal,
    today: dt.date,
    settings: CoachSettings | None = None,
    limit: int | None = None,
    language: str = "de",
) -> CoachResult:
    """The list by reading and sorting everyone (``more``: the old count of
    candidates less those held exceeds the list)."""
    settings = settings or load_settings(j)
    limit = settings.limit if limit is None else limit
    summaries = coach_summaries(j, today)
    events = upcoming_events(j, today, settings.event_days)
    pre = [c for s in summaries if (c := _first_pass(s, settings, events, today))]
    musts_first = sum(1 for c in pre if c[0] <= -rules.TODAY_FIRST)
    ordered = sorted(pre)
    ranked: list[tuple[tuple[float, float], Suggestion, CoachSummary]] = []
    held: list[Suggestion] = []
    details: dict[int, CoachDetails] = {}
    position, window = 0, max(3 * limit, 25)
    while position < len(pre):
        batch = ordered[position : max(position + window, musts_first)]
        position += len(batch)
        details.update(coach_details(j, [p[2] for p in batch]))
        for _k0, _k1, _id, s, cad, days, due, occ in batch:
            d = details.get(s.id)
            if d is None:
                continue
            occ = rules.owed_named(occ, d.owed)
            w = rules.warmth(s, d, today)
            item = Suggestion(
                contact_id=s.id, name=s.name, warmth=w, due=due, overdue=days / cad,
                days_since=days, cadence=cad, occasions=occ, last_kind=d.last_kind,
                reason=reason(language, s, d, occ, today),
                email=d.emails[0] if d.emails else None, language=d.language,
                address_form=d.address_form, unanswered=d.unanswered,
            )  # fmt: skip
            must = rules.today_counts(s, today)
            if d.unanswered >= settings.hold_after and not must:
                item.reason = texts.load(language)["held"].replace("{n}", str(d.unanswered))
                held.append(item)
                continue
            ranked.append((rules.sort_key(w.score, days / cad, occ, must), item, s))
        if len(ranked) >= limit and position < len(pre):
            ranked.sort(key=lambda r: (r[0], r[1].contact_id))
            nxt = ordered[position]
            if (nxt[0] - rules.GIVE_TAKE_MAX, nxt[1]) > ranked[limit - 1][0]:
                break
    ranked.sort(key=lambda r: (r[0], r[1].contact_id))
    musts = sum(1 for _key, _item, s in ranked if rules.today_counts(s, today))
    top = ranked[: max(limit, musts)]
    own = list_openers(j)
    user_name = get_setting(j, "user.name", "") or ""
    user_name = user_name if isinstance(user_name, str) else ""
    for _key, item, s in top:
        d = details[item.contact_id]
        item.openers = openers.offers(s, d, item.occasions, today, own, user_name)
    held.sort(key=lambda x: -x.warmth.score)
    labels = person_choices(j, [x.contact_id for _, x, _ in top] + [x.contact_id for x in held])
    for x in [x for _, x, _ in top] + held:
        x.name = labels[x.contact_id].label  # namesakes told apart
    candidates = len(pre) - len(held)
    return CoachResult([item for _, item, _ in top], held, candidates > len(top))
