"""A realistic, deterministic demo journal.

The same ``seed`` and ``today`` always give the same journal. Close people
are met often, acquaintances rarely; about a quarter of the people go quiet
at some point; event series (a monthly Stammtisch, a yearly barcamp and
fairs, with attendance, a cancelled and a moved evening) gather several
contacts at once; some birthdays lack a year and one falls on 29 February.
Sizes: S = 50 contacts, L = 5,000 contacts / ~50,000 interactions over 10
years, XL = 50,000 / ~500,000.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from netzjournal.demo import vocabulary as V
from netzjournal.store import recurrence
from netzjournal.store.bulk import bulk_load
from netzjournal.store.journal import Journal
from netzjournal.store.records import (
    Birthday,
    Channel,
    ContactRecord,
    EventRecord,
    FollowUpRecord,
    GiveTakeLine,
    InteractionRecord,
)

# Part of a cached bench journal's name: a new number whenever the content changes.
# 2: series with occurrences and attendance; 3: places fit the kind, titles and texts
# agree, English vocabulary, meetings' lengths, people met at an evening linked to it;
# 4: German vocabulary German throughout, lines to be said in the person's language
# (and at an evening only where they fit everyone there).
GENERATOR_VERSION = 4
SIZES = {"S": (50, 3), "M": (500, 5), "L": (5000, 10), "XL": (50000, 10)}
INTERACTIONS_PER_CONTACT_YEAR = 1.0
CLOSENESS_WEIGHTS = {5: 0.05, 4: 0.15, 3: 0.30, 2: 0.30, 1: 0.20}
# How much more often one meets people of each closeness (relative rate).
CLOSENESS_RATE = {5: 10.0, 4: 5.0, 3: 2.5, 2: 1.0, 1: 0.35}
KIND_WEIGHTS = {"coffee": 30, "call": 18, "message": 24, "video": 10, "meal": 10, "other": 3}
SOURCES = {
    "xing": 20, "linkedin": 25, "barcamp": 10, "stammtisch": 8, "fair": 10,
    "introduction": 10, "work": 15, "other": 2,
}  # fmt: skip
HIERARCHY = {"executive": 10, "head": 20, "lead": 20, "specialist": 40, "other": 10}


@dataclass(frozen=True)
class DemoSpec:
    contacts: int
    years: int
    seed: int = 1
    today: dt.date | None = None
    language: str = "de"  # of the notes the user writes (the interface's)


@dataclass(frozen=True)
class DemoStats:
    contacts: int
    interactions: int
    events: int


def _ascii(text: str) -> str:
    table = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "ë": "e",
                           "ş": "s", "ğ": "g", "ı": "i", "'": "", " ": ""})  # fmt: skip
    return text.lower().translate(table).encode("ascii", "ignore").decode()


_K = TypeVar("_K")


def _pick(rng: random.Random, weights: Mapping[_K, float]) -> _K:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _poisson(rng: random.Random, lam: float) -> int:
    if lam <= 0:
        return 0
    if lam > 30:
        return max(0, round(rng.gauss(lam, math.sqrt(lam))))
    limit, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def _addressed_alike(a: ContactRecord, b: ContactRecord) -> bool:
    """One line said to both would fit each: the same language and, in German, form."""
    return a.language == b.language and (a.language == "en" or a.address_form == b.address_form)


def _rule(series: str, months: tuple[int, ...]) -> str:
    """The series' recurrence: the Stammtisch monthly, the others once a year."""
    if series == "Stammtisch Süd":
        return "FREQ=MONTHLY;BYDAY=2TH"
    return f"FREQ=YEARLY;BYMONTH={months[0]};BYDAY=2TH"


class _Generator:
    def __init__(self, spec: DemoSpec) -> None:
        self.spec = spec
        self.rng = random.Random(spec.seed)
        self.words = V.NOTE_WORDS.get(spec.language, V.NOTE_WORDS["en"])
        self.english = spec.language != "de"
        self.today = spec.today or dt.date.today()
        self.start = self.today - dt.timedelta(days=365 * spec.years)
        self.contacts: list[ContactRecord] = []
        self.quiet_from: dict[int, dt.date] = {}
        self.events: list[EventRecord] = []  # series, then each one's occurrence rows
        self.series_of: dict[int, EventRecord] = {}  # occurrence row id → its series
        self.attendance: list[tuple[int, int, str, str]] = []  # event, contact, status, note
        self.interaction_id = 0
        self.count = 0
        self.held: dict[str, list[dt.date]] = {}  # a series' evenings that took place
        self.held_ids: dict[tuple[str, dt.date], int] = {}  # … and their event rows
        self.editions: dict[str, list[dt.date]] = {}  # … and those before the journal's
        self.drawn_met_on: dict[int, dt.date] = {}

    def say(self, text: str) -> str:
        """What the user typed (a tag, topic, role, place) in the demo's language."""
        return V.ENGLISH.get(text, text) if self.english else text

    def in_sentence(self, topic: str) -> str:
        """A topic inside a sentence: English lower-cases it ("about remote work"),
        not an acronym ("AI in journalism"); German nouns keep their capital."""
        if self.english and len(topic) > 1 and topic[1].islower():
            return topic[0].lower() + topic[1:]
        return topic

    def met_at(self, series: str, drawn: dt.date) -> dt.date:
        """The series' last edition on or before ``drawn``: "met at dmexco 2024" in
        September, when dmexco is (a random day put it in May); never a cancelled
        evening. Editions before the journal's first events count: the person may
        have been met at one."""
        if series not in self.editions:
            rule = next(_rule(n, months) for n, months, _t, _p in V.EVENT_SERIES if n == series)
            since = self.start - dt.timedelta(days=400)
            before = self.start - dt.timedelta(days=1)
            earlier = recurrence.expand(rule, since, None, since, before)
            self.editions[series] = earlier + self.held.get(series, [])
        return max((d for d in self.editions[series] if d <= drawn), default=drawn)

    # -- people ---------------------------------------------------------------

    def person(self, cid: int) -> ContactRecord:
        rng = self.rng
        majority = rng.random() < 0.8
        female = rng.random() < 0.5
        # Four in five people one writes to in the journal's language (an English
        # journal's coach offered German openers and lines for four in five people).
        # Each side draws from lists as long as the other language's: the same draws.
        german = majority != self.english
        if majority:
            given = rng.choice(
                (V.GIVEN_EN_F if female else V.GIVEN_EN_M)
                if self.english
                else (V.GIVEN_DE_F if female else V.GIVEN_DE_M)
            )
            family = rng.choice(V.FAMILY_EN_ALL if self.english else V.FAMILY_DE)
        elif self.english:  # German speakers: twenty given names, fifteen family names
            given = rng.choice((V.GIVEN_DE_F if female else V.GIVEN_DE_M)[: len(V.GIVEN_EN)])
            family = rng.choice(V.FAMILY_DE[: len(V.FAMILY_EN)])
        else:
            given, family = rng.choice(V.GIVEN_EN), rng.choice(V.FAMILY_EN)
        level = str(_pick(rng, HIERARCHY))
        freelance = rng.random() < 0.15
        org, city, field = rng.choice(V.COMPANIES)
        if freelance:
            org, city = "", rng.choice(V.FREELANCE_CITIES)
            level = "other"
        city = self.say(city)
        source = str(_pick(rng, SOURCES))
        detail = ""
        introduced_by = None
        met_event = None
        drawn_met_on = met_on = self.start + dt.timedelta(
            days=rng.randrange(max(1, (self.today - self.start).days - 20))
        )
        if source == "introduction" and self.contacts:
            introducer = rng.choice(self.contacts)
            introduced_by = introducer.id
            detail = introducer.name
        elif source in ("barcamp", "fair", "stammtisch"):
            fair = rng.choice(("re:publica", "dmexco", "Frankfurter Buchmesse"))
            series = {"barcamp": "Barcamp Köln", "fair": fair, "stammtisch": "Stammtisch Süd"}[
                source
            ]
            met_on = self.met_at(series, drawn_met_on)
            detail = f"{self.say(series)} {met_on.year}"
            # The evening itself where the journal holds it ("met at the event").
            met_event = self.held_ids.get((series, met_on))
        # (The drawn day still starts their meetings: the same draws, the same journal.)
        self.drawn_met_on[cid] = drawn_met_on
        birthday = None
        if rng.random() < 0.6:
            year = rng.randrange(1955, 2001) if rng.random() < 0.75 else None
            month = rng.randrange(1, 13)
            birthday = Birthday(month, rng.randrange(1, 29), year)
        if cid == 7:
            birthday = Birthday(2, 29, 1988)
        elif cid == 23:
            birthday = Birthday(2, 29, None)
        domain = _ascii(org.split()[0]) + ".example" if org else "mail.example"
        channels = [
            Channel(
                "email", f"{_ascii(given)}.{_ascii(family)}@{domain}", "work" if org else "home"
            )
        ]
        if rng.random() < 0.5:
            channels.append(
                Channel(
                    "phone",
                    f"+49 1{rng.randrange(50, 80)} {rng.randrange(1000000, 9999999)}",
                    "mobile",
                )
            )
        if source in ("xing", "linkedin") or rng.random() < 0.3:
            slug = f"{_ascii(given)}-{_ascii(family)}-{cid}"
            url = (f"https://www.xing.com/profile/{slug}" if source == "xing"
                   else f"https://www.linkedin.com/in/{slug}")  # fmt: skip
            channels.append(Channel("url", url, "xing" if source == "xing" else "linkedin"))
        tags = [self.say(field)] if rng.random() < 0.8 else []
        if rng.random() < 0.3:
            tags.append(self.say(rng.choice(V.CIRCLES)))
        if source == "stammtisch" and "Stammtisch Süd" not in tags:
            tags.append("Stammtisch Süd")
        closeness = int(_pick(rng, CLOSENESS_WEIGHTS))
        roll = rng.random()
        cadence_days, never = (None, False)
        if roll < 0.03:
            never = True
        elif roll < 0.08:
            cadence_days = rng.choice((14, 45, 120, 240))
        topics = ", ".join(self.say(t) for t in rng.sample(V.TOPICS, rng.randrange(1, 4)))
        notes = ""
        if rng.random() < 0.3:
            topic = self.in_sentence(self.say(rng.choice(V.TOPICS)))
            notes = self.words.contact_note.format(given=given, topic=topic)
        return ContactRecord(
            id=cid,
            given_name=given,
            family_name=family,
            salutation=("Frau" if female else "Herr") if german else "",
            title_prefix="Dr." if rng.random() < 0.08 else "",
            organisation=org,
            role=self.say(rng.choice(V.ROLES[level])),
            hierarchy=level,
            city=city,
            birthday=birthday,
            source=source,
            source_detail=detail,
            met_on=met_on,
            met_at_event_id=met_event,
            introduced_by=introduced_by,
            address_form=self.address_form(majority, german),
            language="de" if german else "en",
            closeness=closeness,
            cadence_days=cadence_days,
            cadence_never=never,
            topics=topics,
            notes=notes,
            archived=rng.random() < 0.03,
            channels=channels,
            tags=tags,
        )

    def address_form(self, majority: bool, german: bool) -> str:
        """Du or Sie for a German speaker; English has one form (kept as "du").

        Drawn for the majority only, as always (the same draws in either language);
        the German speakers of an English journal are addressed as one starts: "Sie".
        """
        if majority:
            drawn = "du" if self.rng.random() < 0.4 else "sie"
            return drawn if german else "du"
        return "sie" if german else "du"

    # -- events ---------------------------------------------------------------

    def make_events(self) -> None:
        """Series (a monthly Stammtisch, yearly barcamps and fairs), each evening
        recorded: mostly I was there; one cancelled and one moved Stammtisch;
        the next evenings with a few who said they would come."""
        rng = random.Random(self.spec.seed * 7919 + 17)  # apart from the people's draws
        eid = 0
        horizon = self.today + dt.timedelta(days=90)
        for name, months, tags, place in V.EVENT_SERIES:
            stammtisch = name == "Stammtisch Süd"
            rule = _rule(name, months)
            days = recurrence.expand(rule, self.start, None, self.start, horizon)
            if not days:
                continue
            eid += 1
            site = f"https://{_ascii(name).lower().replace(' ', '-')}.example"
            series = EventRecord(
                id=eid, name=self.say(name), starts_on=days[0],
                ends_on=None if stammtisch else days[0] + dt.timedelta(days=2),
                place=self.say(place), tags=[self.say(t) for t in tags], rrule=rule,
                start_time=dt.time(19, 0) if stammtisch else dt.time(9, 30),
                url="" if stammtisch else site,
            )  # fmt: skip
            self.events.append(series)
            past = [d for d in days if d < self.today]
            cancelled = rng.choice(past[1:]) if stammtisch and len(past) > 3 else None
            moved = rng.choice(past[1:]) if stammtisch and len(past) > 3 else None
            for day in days:
                eid += 1
                occ = EventRecord(name="", starts_on=day, id=eid, series_id=series.id,
                                  occurrence_on=day)  # fmt: skip
                if day == cancelled:
                    occ.cancelled = True
                elif day == moved and day != cancelled:
                    occ.starts_on = day + dt.timedelta(days=2)
                    occ.place = self.say("Biergarten am Chinesischen Turm, München")
                if day < self.today:
                    occ.my_status = "attended" if rng.random() < 0.8 else ""
                else:
                    occ.my_status = "going" if rng.random() < 0.5 else ""
                if occ.cancelled:
                    occ.my_status = ""  # nobody was at an evening that did not happen
                elif occ.starts_on < self.today:
                    self.held.setdefault(name, []).append(occ.starts_on)
                    self.held_ids[(name, occ.starts_on)] = eid
                self.events.append(occ)
                self.series_of[eid] = series

    # -- interactions ---------------------------------------------------------

    def text(self, template: str, c: ContactRecord, **extra: str) -> str:
        topic = self.in_sentence(c.topics.split(", ")[0]) if c.topics else self.words.no_topic
        return template.format(
            first=c.given_name, org=c.organisation or self.words.no_org, topic=topic,
            city=c.city or "Berlin", **extra,
        )  # fmt: skip

    def said_to(self, template: str, c: ContactRecord) -> str:
        """A line to be said to ``c``, in their language: the topic and city they were
        typed in, said in it ("your questions about AI in journalism" to an English
        speaker of a German journal, not "… about KI im Journalismus")."""
        if (c.language == "en") == self.english:
            return self.text(template, c)
        first = c.topics.split(", ")[0] if c.topics else ""
        if c.language == "en":  # (a German journal's words, said in English)
            topic = first and V.ENGLISH.get(first, first)
            if len(topic) > 1 and topic[1].islower():
                topic = topic[0].lower() + topic[1:]
            city = V.ENGLISH.get(c.city, c.city)
            no_topic = V.NOTE_WORDS["en"].no_topic
        else:  # (an English journal's words, said in German)
            topic, city = first and V.GERMAN.get(first, first), V.GERMAN.get(c.city, c.city)
            no_topic = V.NOTE_WORDS["de"].no_topic
        return template.format(topic=topic or no_topic, city=city or "Berlin")

    def interaction(
        self, when: dt.datetime, kind: str, people: list[ContactRecord], event: EventRecord | None
    ) -> tuple[InteractionRecord, list[FollowUpRecord]]:
        rng = self.rng
        lead = people[0]
        self.interaction_id += 1
        direction = "together"
        if kind == "message":
            direction = "outbound" if rng.random() < 0.55 else "inbound"
        elif kind == "call" and rng.random() < 0.3:
            direction = rng.choice(("outbound", "inbound"))
        words = self.words
        inbound = kind == "message" and direction == "inbound"
        titles = words.titles["message_inbound" if inbound else kind]
        title = self.text(rng.choice(titles), lead, event=event.name if event else "")
        bodies = words.message_bodies[direction] if kind == "message" else words.bodies
        body = self.text(rng.choice(bodies), lead)
        hooks = say_next = ""
        if rng.random() < 0.3:
            hook = rng.randrange(len(V.HOOKS))  # (as rng.choice draws)
            remark, (du, sie, en) = words.remarks[hook], V.HOOKS[hook]
            said = en if lead.language == "en" else (du if lead.address_form == "du" else sie)
            hooks = self.text(remark, lead)
            # A line for the next time is kept with everyone the note is with: at an
            # evening with several, only where it fits each of them (a German speaker
            # was offered "your daughter starting school …", a Sie "dein Halbmarathon").
            if said and all(_addressed_alike(p, lead) for p in people):
                say_next = self.said_to(said, lead)
        lines = []
        if rng.random() < 0.2:
            pool = words.gives if rng.random() < 0.5 else words.takes
            lines.append(
                GiveTakeLine(
                    "gave" if pool is words.gives else "received",
                    self.text(rng.choice(pool), lead),
                    lead.id,
                )
            )
        follow = []
        if rng.random() < 0.15:
            due = when.date() + dt.timedelta(days=rng.randrange(3, 30))
            done = due < self.today - dt.timedelta(days=30) and rng.random() < 0.85
            follow.append(
                FollowUpRecord(
                    text=self.text(rng.choice(words.follow_ups), lead),
                    contact_id=lead.id,
                    due_on=due,
                    done=done,
                    done_at=dt.datetime.combine(due, dt.time(18)) if done else None,
                    owed_by="me" if rng.random() < 0.8 else "them",
                )
            )
        if event:
            place = event.place
        else:  # one draw of ten for every kind (the same draws as before kinds had places)
            places = V.PLACES[kind]
            place = self.say(places[rng.randrange(V.PLACE_DRAWS) % len(places)])
        # As long as such a meeting takes (a "quick call" ran 90 minutes); one draw of
        # six for every kind, as before durations depended on the kind.
        duration = None if kind == "message" else V.DURATIONS[kind][rng.randrange(6)]
        rec = InteractionRecord(
            id=self.interaction_id,
            occurred_at=when,
            kind=kind,
            direction=direction,
            participants=[p.id for p in people if p.id is not None],
            place=place,
            duration_minutes=duration,
            title=title,
            body=body,
            hooks=hooks,
            say_next=say_next,
            give_take=lines,
            event_id=event.id if event else None,
        )
        self.count += 1
        return rec, follow

    def at(self, day: dt.date) -> dt.datetime:
        return dt.datetime.combine(
            day, dt.time(self.rng.randrange(8, 21), self.rng.choice((0, 15, 30, 45)))
        )

    def interactions(self) -> Iterator[tuple[InteractionRecord, list[FollowUpRecord]]]:
        rng = self.rng
        by_tag: dict[str, list[ContactRecord]] = {}
        for c in self.contacts:
            for t in c.tags:
                by_tag.setdefault(t, []).append(c)
        for occ in self.events:
            series = self.series_of.get(occ.id or 0)
            if series is None or occ.cancelled:
                continue
            pool = [
                c
                for t in series.tags
                for c in by_tag.get(t, [])
                if self.drawn_met_on[c.id or 0] <= occ.starts_on
            ]
            if not pool:
                continue
            if occ.starts_on >= self.today:  # a few said they would come
                for c in rng.sample(pool, min(len(pool), rng.randrange(1, 4))):
                    self.attendance.append((occ.id or 0, c.id or 0, "going", ""))
                continue
            people = rng.sample(pool, min(len(pool), rng.randrange(3, 9)))
            for c in people:
                self.attendance.append((occ.id or 0, c.id or 0, "attended", ""))
            # met briefly, no note: attendance alone ("war da, kurz gesprochen")
            for c in rng.sample(pool, min(len(pool), rng.randrange(0, 3))):
                if c not in people:
                    self.attendance.append((occ.id or 0, c.id or 0, "attended",
                                            self.words.spoke_briefly))  # fmt: skip
            shown = EventRecord(series.name, occ.starts_on, id=occ.id,
                                place=occ.place or series.place)  # fmt: skip
            yield self.interaction(self.at(occ.starts_on), "event", people, shown)
        total_weight = sum(
            CLOSENESS_RATE[c.closeness]
            * max(1, (self._last(c) - self.drawn_met_on.get(c.id or 0, self.start)).days)
            for c in self.contacts
        )
        # Scale the rates so the journal holds about one interaction per
        # contact and year, as the benchmark sizes promise.
        per_day = (
            INTERACTIONS_PER_CONTACT_YEAR * self.spec.years * len(self.contacts) / total_weight
        )
        for c in self.contacts:
            first = self.drawn_met_on.get(c.id or 0, self.start)
            last = self._last(c)
            days = (last - first).days
            if days <= 0:
                continue
            n = _poisson(rng, CLOSENESS_RATE[c.closeness] * days * per_day)
            for _ in range(n):
                day = first + dt.timedelta(days=rng.randrange(days))
                kind = str(_pick(rng, KIND_WEIGHTS))
                yield self.interaction(self.at(day), kind, [c], None)

    def _last(self, c: ContactRecord) -> dt.date:
        """The day after which this person goes quiet (today for most)."""
        return self.quiet_from.get(c.id or 0, self.today)

    def run(self) -> None:
        # The events first (they draw from their own generator): people met at one
        # are met on an evening that took place.
        self.make_events()
        for cid in range(1, self.spec.contacts + 1):
            c = self.person(cid)
            self.contacts.append(c)
            if self.rng.random() < 0.25:
                met_on = self.drawn_met_on[cid]
                span = (self.today - met_on).days
                self.quiet_from[cid] = met_on + dt.timedelta(days=self.rng.randrange(max(1, span)))


def generate_into(journal: Journal, spec: DemoSpec) -> DemoStats:
    """Fill an (empty) open journal with the demo data for ``spec``."""
    gen = _Generator(spec)
    gen.run()
    bulk_load(journal, gen.contacts, gen.events, gen.interactions(), gen.attendance)
    return DemoStats(len(gen.contacts), gen.count, len(gen.events))


def create_demo_journal(path: Path, spec: DemoSpec) -> DemoStats:
    """Create a new journal file at ``path`` holding the demo data."""
    if path.exists() and path.stat().st_size:
        raise FileExistsError(f"{path} exists; the demo never writes into an existing journal.")
    with Journal.open(path) as journal:
        return generate_into(journal, spec)
