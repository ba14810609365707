"""Putting the rules together: the ranked list of whom to reconnect with."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from netzjournal.coach import address_evidence, openers, rules, texts
from netzjournal.coach.settings import CoachSettings
from netzjournal.coach.settings import load as load_settings
from netzjournal.coach.walk import Walk
from netzjournal.store.coach_data import (
    CoachDetails,
    CoachSummary,
    coach_details,
    coach_summaries,
    count_never_noted,
    count_without_language,
    form_texts,
    has_contacts,
    has_notes,
    overdue_promises,
    upcoming_events,
    usual_language,
)
from netzjournal.store.journal import Journal
from netzjournal.store.people import NamesakeCache, person_choices
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
    # False: the person's language is not known (an imported card that did not say);
    # ``language`` is then the journal's usual one, and the card offers the other.
    language_known: bool = True
    # Not known, and asked for everyone at once above the cards (not on this card).
    language_asked_for_all: bool = False
    openers: list[openers.Opener] = field(default_factory=list)
    # No opener because no greeting can be written: why (openers.WITHHELD_FIELD's keys).
    withheld: str = ""
    # The last hook is written in this form ("du"/"sie"), not the person's: not quoted.
    hook_form: str = ""
    # False: Sie/du not chosen (an import's default, migration 0054) for a German
    # message: written in ``address_form`` meanwhile, and the card asks.
    address_known: bool = True
    # The open follow-ups I owe them (id, text), earliest due first: the card offers to
    # mark the first done with "Reached out" (the opener "what I promised" delivers it).
    promised: tuple[tuple[int, str], ...] = ()
    # On the list only for a follow-up I owe them, overdue (CoachResult.promised).
    overdue_promise: bool = False
    # A German Sie message to someone whose Frau/Herr is not known (and no neutral
    # greeting chosen): the card offers both with the family name, never guessed.
    family_name: str = ""
    salutation_asked: bool = False


@dataclass
class CoachResult:
    suggestions: list[Suggestion]
    held: list[Suggestion]  # three outreaches without an answer: holding off
    more: bool  # someone else could be shown ("Show more")
    no_contacts: bool = False  # nobody shown because the journal has no contact yet
    no_notes: bool = False  # nobody shown, and the journal has contacts but no note yet
    # Listed people's language not known, and several in the journal without one: how
    # many (asked once for all above the cards; a card asks on its own only for one).
    without_language: int = 0
    usual_language: str = ""  # the language those are written in meanwhile
    # Nobody shown, notes there, and this many people without any: why they are not listed
    never_noted: int = 0
    # Beyond the list: people I owe a follow-up overdue up to a month (at most
    # PROMISES_BEYOND), resting or lately spoken to or not; "Offen seit …" says why.
    promised: list[Suggestion] = field(default_factory=list)

    @property
    def cards(self) -> list[Suggestion]:
        """Everyone the pane shows a card for: the list, then the overdue promises."""
        return self.suggestions + self.promised


PROMISES_BEYOND = 3  # people kept on the list for an overdue promise, beyond its length
PROMISE_DAYS = 30  # overdue longer: an old to-do, no longer a reason to write


def reason(language: str, s: CoachSummary, d: CoachDetails | None,
           occ: list[rules.Occasion], today: dt.date) -> str:  # fmt: skip
    """ "Letzter Kaffee vor 5 Monaten · Geburtstag am Freitag – gratulieren Sie am Tag selbst"."""
    words = texts.load(language)
    days = rules.days_since(s, today)
    kind = d.last_kind if d and d.last_kind and s.last_contact else None
    last = words["last"][kind or "none"]
    if kind is None and (s.met_on is None or any(o.kind == "anniversary" for o in occ)):
        # Without a "met on" date the span counts from the day the contact was
        # added (an import is no meeting). With one, the anniversary says when we
        # met; "met 2 years ago" beside "3 years on 12 December" (a span in whole
        # years) read as a contradiction.
        last = words["last"]["none_plain"]
    elif kind is None and d is not None and d.connected:
        last = words["last"]["none_connected"]
    # A LinkedIn or XING connection's day is no meeting: "since you connected" — also
    # after a meeting in person since (the day is still the one of connecting).
    linked = "_connected" if d is not None and (d.connected or d.from_network) else ""
    parts = [last.format(period=texts.period(language, days))]
    o = words["occasions"]
    for occasion in occ:
        if occasion.kind == "birthday":
            # Ahead: when, as one says it ("am Freitag"), and that the wishes belong to
            # the day itself — congratulating early is bad luck in German-speaking
            # culture; the opener comes on the day (openers._priority).
            when = texts.when(language, occasion.when, today) if occasion.when else ""
            text = o["birthday"][min(occasion.days, 2)].replace("{when}", when)
        elif occasion.kind == "event" and occasion.when:
            # "heute", "morgen", "am Dienstag" when near, as the openers say it
            when = texts.when(language, occasion.when, today)
            text = o["event_when"].format(event=occasion.text, when=when)
        elif occasion.kind == "owed" and occasion.when is not None and occasion.when < today:
            # Overdue: since when it is open ("Offen seit 12. November: Artikel schicken").
            day = texts.date(language, occasion.when)
            text = o["owed_since"].format(date=day, text=occasion.text)
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
        elif occasion.days == 0:
            text = texts.plural(o["anniversary" + linked], occasion.years)
        else:  # up to two weeks ahead: not yet "n years ago"
            when = texts.date(language, occasion.when) if occasion.when else ""
            text = texts.plural(o["anniversary_on" + linked], occasion.years)
            text = text.replace("{date}", when)
        if text:
            parts.append(text)
    return " · ".join(parts)


def warmth_explained(language: str, w: rules.Warmth) -> str:
    """A tooltip: the score and its parts, numbers as the language writes them
    ("0,62" then "Nähe: +0,55", …)."""
    from netzjournal.localized import format_decimal

    names = texts.load(language)["warmth"]
    lines = [format_decimal(w.score, language)]
    lines += [f"  {names[p.key]}: +{format_decimal(p.value, language)}" for p in w.parts]
    return "\n".join(lines)


def warmth_line(language: str, w: rules.Warmth) -> str:
    """ "Wärme 0,82" / "warmth 0.82"."""
    from netzjournal.localized import format_decimal

    return f"{texts.load(language)['warmth_word']} {format_decimal(w.score, language)}"


def _ranked_order(r: tuple[tuple[float, float], Suggestion, CoachSummary]) -> tuple:
    return (r[0], r[1].contact_id)


def suggest(
    j: Journal,
    today: dt.date,
    settings: CoachSettings | None = None,
    limit: int | None = None,
    language: str = "de",
    cache: OpenerCache | None = None,
    met_only: bool = False,
) -> CoachResult:
    """The coach's list for ``today``: due (or lifted by an occasion), not resting,
    warmest first; with reasons in ``language`` and openers in each person's own.
    ``met_only``: only people with a note ("No meeting noted yet" is nobody to
    get back in touch with: the review's list for the next year).

    The candidates come from a :class:`walk.Walk`, in order and only as far as the
    list needs. ``cache`` (the pane keeps one) keeps each person's openers while
    what they are made from stays the same.
    """
    settings = settings or load_settings(j)
    limit = settings.limit if limit is None else limit
    events = upcoming_events(j, today, settings.event_days)
    with Walk(j, today, settings, events) as candidates:
        return _pick(j, today, settings, limit, language, cache, candidates, met_only)


def _pick(
    j: Journal,
    today: dt.date,
    settings: CoachSettings,
    limit: int,
    language: str,
    cache: OpenerCache | None,
    candidates: Walk,
    met_only: bool = False,
) -> CoachResult:
    usual = _UsualLanguage(j, settings, language)
    # Today's birthdays and follow-ups sort first: the first window takes them all.
    musts_first = candidates.musts
    # Details (and so the exact warmth) only for as many as the list can show:
    # fetch in windows until no one further down could still overtake.
    ranked: list[tuple[tuple[float, float], Suggestion, CoachSummary]] = []
    held: list[Suggestion] = []
    details: dict[int, CoachDetails] = {}
    position, window = 0, max(3 * limit, 25)
    while candidates.exists(position):
        batch = candidates.head(max(position + window, musts_first))[position:]
        position += len(batch)
        if met_only:  # (before their details are read: cold connections can be thousands)
            batch = [p for p in batch if p[3].last_contact is not None]
        details.update(coach_details(j, [p[2] for p in batch]))
        for _k0, _k1, _id, s, cad, days, due, occ in batch:
            d = details.get(s.id)
            if d is None:
                continue
            known = d.language in texts.LANGUAGES
            if not known:
                d = details[s.id] = replace(d, language=usual.get())
            occ = rules.owed_named(occ, d.owed)
            w = rules.warmth(s, d, today)
            item = Suggestion(
                contact_id=s.id, name=s.name, warmth=w, due=due, overdue=days / cad,
                days_since=days, cadence=cad, occasions=occ, last_kind=d.last_kind,
                reason=reason(language, s, d, occ, today),
                email=d.emails[0] if d.emails else None, language=d.language,
                address_form=d.address_form, unanswered=d.unanswered, language_known=known,
                address_known=d.address_form_chosen or d.language != "de",
                promised=tuple(zip(d.owed_ids, (text for text, _ in d.owed), strict=False)),
                family_name=" ".join(s.family_name.split()),
                # One question at a time: Frau/Herr once language and Sie are settled
                # (after an import each card asked all three; a du makes it moot).
                salutation_asked=known and d.address_form_chosen and openers.asks_salutation(s, d),
            )  # fmt: skip
            must = rules.today_counts(s, today)
            if d.unanswered >= settings.hold_after and not must:
                item.reason = texts.load(language)["held"].replace("{n}", str(d.unanswered))
                held.append(item)
                continue
            ranked.append((rules.sort_key(w.score, days / cad, occ, must), item, s))
        if len(ranked) >= limit and candidates.exists(position):
            ranked.sort(key=_ranked_order)
            last = ranked[limit - 1][0]
            # Give & take (worth at most GIVE_TAKE_MAX) could lift the next one past
            # the list's last; first without reading on, then with its exact key.
            if -candidates.ceiling(position) - rules.GIVE_TAKE_MAX > last[0]:
                break
            nxt = candidates.get(position)
            assert nxt is not None
            if (nxt[0] - rules.GIVE_TAKE_MAX, nxt[1]) > last:
                break
    ranked.sort(key=_ranked_order)
    musts = sum(1 for _key, _item, s in ranked if rules.today_counts(s, today))
    top = ranked[: max(limit, musts)]
    listed = {item.contact_id for _, item, _ in top} | {item.contact_id for item in held}
    beyond = _overdue_promises(j, today, settings, language, candidates, listed, details, usual)
    top_and_beyond = top + beyond
    own = list_openers(j)
    user_name = get_setting(j, "user.name", "") or ""
    user_name = user_name if isinstance(user_name, str) else ""
    kept = cache.offers if cache is not None else {}
    _forms_said(j, [item for _, item, _ in top_and_beyond], details)
    for _key, item, s in top_and_beyond:
        d = details[item.contact_id]
        # Unchanged person, details and occasions: the same openers as last time
        # (today's birthdays can be a hundred cards on a large journal).
        inputs = (s, d, tuple(item.occasions), today, user_name, tuple(own))
        hit = kept.get(item.contact_id)
        if hit is not None and hit[0] == inputs:
            item.openers = list(hit[1])
        else:
            item.openers = openers.offers(s, d, item.occasions, today, own, user_name)
            kept[item.contact_id] = (inputs, tuple(item.openers))
        if not item.openers:  # (said on the card, with the field that would give one)
            item.withheld = openers.withheld_for(s, d)
        elif all(o.category != "follow_up" for o in item.openers):
            item.hook_form = openers.hook_in_other_form(d, today)
    held.sort(key=lambda x: -x.warmth.score)
    # Namesakes told apart ("Anna Müller · Stadtwerke"), as the pickers show them;
    # twins as the review does (role, e-mail domain, year met …): the cards are on
    # screen beside others, a phone number is not what tells them apart.
    shown = [item for _, item, _ in top_and_beyond] + held
    kept_labels = cache.labels if cache is not None else None
    labels = person_choices(j, [item.contact_id for item in shown], kept_labels, printed=True)
    for item in shown:
        if label := labels.get(item.contact_id):
            item.name = label.label
    more = len(ranked) > len(top) or candidates.exists(position)
    # Asked only of an empty list: cheap queries, never on the way to a full one.
    nobody = not top and not held and not more
    no_contacts = nobody and not has_contacts(j)
    no_notes = nobody and not no_contacts and not has_notes(j)
    never_noted = count_never_noted(j) if nobody and not no_contacts and not no_notes else 0
    shown_items = [item for _, item, _ in top]
    # Several people without a language: asked once above the cards, not on each.
    unknown, written_in = 0, ""
    if any(not item.language_known for item in shown_items):  # (a query only then)
        unknown = count_without_language(j)
        if unknown > 1:
            written_in = usual.get()
            for item in shown_items:
                item.language_asked_for_all = not item.language_known
        else:
            unknown = 0
    promised = [item for _, item, _ in beyond]
    if promised:
        no_contacts = no_notes = False
        never_noted = 0
    return CoachResult(shown_items, held, more, no_contacts, no_notes, unknown, written_in,
                       never_noted, promised)  # fmt: skip


def _overdue_promises(
    j: Journal,
    today: dt.date,
    settings: CoachSettings,
    language: str,
    candidates: Walk,
    listed: set[int],
    details: dict[int, CoachDetails],
    usual: _UsualLanguage,
) -> list[tuple[tuple[float, float], Suggestion, CoachSummary]]:
    """People I owe a follow-up overdue up to PROMISE_DAYS, not on the list: at most
    PROMISES_BEYOND of them, the longest open first — also while they rest or were
    spoken to lately (a coffee last week does not deliver the article promised), not
    while snoozed or after "Reached out" answered it."""
    ids = [cid for cid, _due in overdue_promises(j, today, PROMISE_DAYS) if cid not in listed]
    ids = ids[:PROMISES_BEYOND]
    if not ids:
        return []
    summaries = {s.id: s for s in coach_summaries(j, today, ids)}
    details.update(coach_details(j, ids))
    out = []
    for cid in ids:
        s, d = summaries.get(cid), details.get(cid)
        cad = rules.cadence(s, settings) if s is not None else None
        if s is None or d is None or cad is None:
            continue
        known = d.language in texts.LANGUAGES
        if not known:
            d = details[cid] = replace(d, language=usual.get())
        days = rules.days_since(s, today)
        occ = rules.owed_named(rules.occasions(s, candidates.events, settings, today), d.owed)
        w = rules.warmth(s, d, today)
        item = Suggestion(
            contact_id=s.id, name=s.name, warmth=w, due=days >= cad, overdue=days / cad,
            days_since=days, cadence=cad, occasions=occ, last_kind=d.last_kind,
            reason=reason(language, s, d, occ, today),
            email=d.emails[0] if d.emails else None, language=d.language,
            address_form=d.address_form, unanswered=d.unanswered, language_known=known,
            address_known=d.address_form_chosen or d.language != "de",
            promised=tuple(zip(d.owed_ids, (text for text, _ in d.owed), strict=False)),
            overdue_promise=True,
        )  # fmt: skip
        out.append(((0.0, 0.0), item, s))
    return out


def _forms_said(j: Journal, items: list[Suggestion], details: dict[int, CoachDetails]) -> None:
    """Where a card would ask Sie or du and the journal already says du to the person
    (coach.address_evidence): written in du, not asked. Read only for such cards."""
    asking = [item for item in items if not item.address_known]
    if not asking:
        return
    texts = form_texts(j, [item.contact_id for item in asking])
    for item in asking:
        if (t := texts.get(item.contact_id)) is not None and address_evidence.says_du(t):
            item.address_form, item.address_known = "du", True
            details[item.contact_id] = replace(
                details[item.contact_id], address_form="du", address_form_chosen=True
            )


class _UsualLanguage:
    """The language to write in to someone whose own is not known: the one most of
    the journal's people are written to; with few known (``USUAL_AFTER``), the one a
    new contact gets (the settings' choice, else the interface's). Asked once, and
    only for such a person."""

    def __init__(self, j: Journal, settings: CoachSettings, interface: str) -> None:
        self.j, self.settings, self.interface = j, settings, interface
        self.found: str | None = None

    def get(self) -> str:
        if self.found is None:
            self.found = (
                usual_language(self.j) or (self.settings.new_contact_defaults(self.interface)[0])
            )
        return self.found


class OpenerCache:
    """Each listed person's openers, kept while what they are made from (summary,
    details, occasions, day, the user's name and own templates) stays the same:
    a refresh of a long list then makes openers only for the people a change touched.
    The cards' names, namesakes told apart, are kept alike (:class:`NamesakeCache`)."""

    def __init__(self) -> None:
        # contact id → (what the openers were made from, the openers)
        self.offers: dict[int, tuple[tuple, tuple[openers.Opener, ...]]] = {}
        self.labels = NamesakeCache(printed=True)  # (twins as in the review)
