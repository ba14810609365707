"""Putting the rules together: the ranked list of whom to reconnect with."""

from __future__ import annotations

import datetime as dt
import heapq
from dataclasses import dataclass, field

from netzjournal.coach import openers, rules, texts
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
from netzjournal.store.reading import get_setting, list_openers


@dataclass
class Suggestion:
    contact_id: int
    name: str
    warmth: rules.Warmth
    due: bool
    overdue: float  # days since ÷ cadence
    days_since: int
    cadence: int
    occasions: list[rules.Occasion]
    last_kind: str | None
    reason: str
    email: str | None
    language: str
    address_form: str
    unanswered: int = 0
    openers: list[openers.Opener] = field(default_factory=list)


@dataclass
class CoachResult:
    suggestions: list[Suggestion]
    held: list[Suggestion]  # three outreaches without an answer: holding off
    candidates: int  # how many could be shown (for "more")


def reason(language: str, s: CoachSummary, d: CoachDetails | None,
           occ: list[rules.Occasion], today: dt.date) -> str:  # fmt: skip
    """ "Letzter Kaffee vor 5 Monaten · Geburtstag in 4 Tagen"."""
    words = texts.load(language)
    days = rules.days_since(s, today)
    kind = d.last_kind if d and d.last_kind and s.last_contact else None
    parts = [words["last"][kind or "none"].format(period=texts.period(language, days))]
    o = words["occasions"]
    for occasion in occ:
        if occasion.kind == "birthday":
            pair = o["birthday"]
            text = pair[min(occasion.days, 2)].replace("{n}", str(occasion.days))
        elif occasion.kind == "event" and occasion.when:
            text = o["event"].format(event=occasion.text, date=texts.date(language, occasion.when))
        elif occasion.kind == "owed":
            text = o["owed"].format(text=occasion.text) if occasion.text else ""
        elif occasion.kind == "new_role":
            role, org = (d.role.strip(), d.organisation.strip()) if d else ("", "")
            if role and org:
                text = o["new_role"].format(role=role, organisation=org)
            elif role or org:
                text = o["new_role_one"].format(what=role or org)
            else:
                text = o["new_role_plain"]
        else:
            text = texts.plural(o["anniversary"], occasion.years)
        if text:
            parts.append(text)
    return " · ".join(parts)


def warmth_explained(language: str, w: rules.Warmth) -> str:
    """A tooltip: the score and its parts, e.g. "0.62 = Nähe 0.55 + …"."""
    names = texts.load(language)["warmth"]
    lines = [f"{w.score:.2f}"]
    lines += [f"  {names[p.key]}: +{p.value:.2f}" for p in w.parts]
    return "\n".join(lines)


# (sort key: warmth, overdue, id; summary, cadence, days since, due, occasions) — the key
# first and flat, so plain tuple comparison orders candidates (ids are unique).
_Candidate = tuple[float, float, int, CoachSummary, int, int, bool, list[rules.Occasion]]


def _first_pass(
    s: CoachSummary,
    settings: CoachSettings,
    events: list[UpcomingEvent],
    today: dt.date,
) -> _Candidate | None:
    """Is this person a candidate, and roughly how warm? (No details read yet.)"""
    cad = rules.cadence(s, settings)
    if cad is None:
        return None
    # Today counts: a birthday today or a follow-up due today is always
    # shown, even to someone resting, snoozed or not yet due.
    must = rules.today_counts(s, today)
    if not must and rules.resting(s, settings, today):
        return None
    days = rules.days_since(s, today)
    due = days >= cad
    occ = rules.occasions(s, events, settings, today)
    if not (must or due or rules.lifted(s, occ, settings, today)):
        return None
    # A first estimate without give & take (worth at most GIVE_TAKE_MAX).
    estimate = rules.warmth_score(s, today)
    k0, k1 = rules.sort_key(estimate, days / cad, bool(occ), must)
    return (k0, k1, s.id, s, cad, days, due, occ)


def _ranked_order(r: tuple[tuple[float, float], Suggestion, CoachSummary]) -> tuple:
    return (r[0], r[1].contact_id)


def suggest(
    j: Journal,
    today: dt.date,
    settings: CoachSettings | None = None,
    limit: int | None = None,
    language: str = "de",
    summaries: list[CoachSummary] | None = None,
    cache: SummaryCache | None = None,
) -> CoachResult:
    """The coach's list for ``today``: due (or lifted by an occasion), not resting,
    warmest first; with reasons in ``language`` and openers in each person's own.

    ``summaries`` may come from a :class:`SummaryCache` (the pane keeps one and
    refreshes only the people a change touched); given the ``cache`` too, the
    first pass is worked out again only for those people.
    """
    settings = settings or load_settings(j)
    limit = settings.limit if limit is None else limit
    if summaries is None:
        summaries = coach_summaries(j, today) if cache is None else cache.get(j, today, set())
    events = upcoming_events(j, today, settings.event_days)
    if cache is not None:  # only the people whose summaries changed are worked out
        pre = cache.candidates(today, settings, events)
    else:
        pre = [c for s in summaries if (c := _first_pass(s, settings, events, today))]
    # Today's birthdays and follow-ups sort first.
    musts_first = sum(1 for c in pre if c[0] <= -rules.TODAY_FIRST)
    # Usually only the head of the order is read: sort just that much (a full
    # sort of 30,000 candidates costs more than everything else in a refresh).
    head = musts_first + max(3 * limit, 25) * 4
    ordered = heapq.nsmallest(head, pre) if head < len(pre) // 4 else sorted(pre)
    # Details (and so the exact warmth) only for as many as the list can show:
    # fetch in windows until no one further down could still overtake.
    ranked: list[tuple[tuple[float, float], Suggestion, CoachSummary]] = []
    held: list[Suggestion] = []
    details: dict[int, CoachDetails] = {}
    position, window = 0, max(3 * limit, 25)
    while position < len(pre):
        if position >= len(ordered):  # read past the head: the rest in order too
            ordered = sorted(pre)
        batch = ordered[position : max(position + window, musts_first)]
        position += len(batch)
        details.update(coach_details(j, [p[2] for p in batch]))
        for _k0, _k1, _id, s, cad, days, due, occ in batch:
            d = details.get(s.id)
            if d is None:
                continue
            if d.owed:
                occ = [rules.Occasion("owed", o.days, d.owed[0][0], o.when)
                       if o.kind == "owed" else o for o in occ]  # fmt: skip
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
            ranked.append((rules.sort_key(w.score, days / cad, bool(occ), must), item, s))
        if len(ranked) >= limit and position < len(pre):
            ranked.sort(key=_ranked_order)
            if position >= len(ordered):
                ordered = sorted(pre)
            nxt = ordered[position]
            best_possible = (nxt[0] - rules.GIVE_TAKE_MAX, nxt[1])
            if best_possible > ranked[limit - 1][0]:
                break
    ranked.sort(key=_ranked_order)
    musts = sum(1 for _key, _item, s in ranked if rules.today_counts(s, today))
    top = ranked[: max(limit, musts)]
    own = list_openers(j)
    user_name = get_setting(j, "user.name", "") or ""
    user_name = user_name if isinstance(user_name, str) else ""
    kept = cache.offers if cache is not None else {}
    for _key, item, s in top:
        d = details[item.contact_id]
        # Unchanged person, details and occasions: the same openers as last time
        # (today's birthdays can be a hundred cards on a large journal).
        inputs = (d, tuple(item.occasions), today, user_name, tuple(own))
        hit = kept.get(item.contact_id)
        if hit is not None and hit[0] is s and hit[1] == inputs:
            item.openers = list(hit[2])
        else:
            item.openers = openers.offers(s, d, item.occasions, today, own, user_name)
            kept[item.contact_id] = (s, inputs, tuple(item.openers))
    held.sort(key=lambda x: -x.warmth.score)
    return CoachResult([item for _, item, _ in top], held, len(pre) - len(held))


class SummaryCache:
    """The coach summaries of every contact, refreshed per changed contact.

    Reading all summaries walks every interaction (≈ 60 ms for 50,000); after
    that, a change to a few people costs a few milliseconds.
    """

    def __init__(self) -> None:
        self._by_id: dict[int, CoachSummary] = {}
        self._day: dt.date | None = None
        self._candidates: dict[int, _Candidate] = {}
        self._candidates_for: object = None
        self._stale: set[int] | None = None  # changed since the candidates (None: all)
        # contact id → (summary, what the openers were made from, the openers)
        self.offers: dict[int, tuple[CoachSummary, tuple, tuple]] = {}

    def candidates(
        self, today: dt.date, settings: CoachSettings, events: list[UpcomingEvent]
    ) -> list[_Candidate]:
        """The first pass over everyone, kept while day, settings and upcoming events
        stay the same: after a change only the people it touched are worked out again."""
        key = (today, repr(settings), tuple((e.id, e.starts_on, e.tags) for e in events))
        if key != self._candidates_for or self._stale is None:
            self._candidates_for = key
            self._candidates = {
                s.id: c
                for s in self._by_id.values()
                if (c := _first_pass(s, settings, events, today)) is not None
            }
        else:
            for cid in self._stale:
                self._candidates.pop(cid, None)
                s = self._by_id.get(cid)
                if s is not None and (c := _first_pass(s, settings, events, today)):
                    self._candidates[cid] = c
        self._stale = set()
        return list(self._candidates.values())

    def get(self, j: Journal, today: dt.date,
            changed: set[int] | None = None) -> list[CoachSummary]:  # fmt: skip
        """All summaries; ``changed`` None (or a new day) reads everything again."""
        if changed is None or self._day != today:
            self._by_id = {s.id: s for s in coach_summaries(j, today)}
            self._day = today
            self._stale = None
        elif changed:
            if self._stale is not None:
                self._stale |= set(changed)
            fresh = {s.id: s for s in coach_summaries(j, today, changed)}
            for cid in changed:
                if cid in fresh:
                    self._by_id[cid] = fresh[cid]
                else:  # deleted or archived
                    self._by_id.pop(cid, None)
        return list(self._by_id.values())
