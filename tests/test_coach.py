"""The reconnect coach's rules with a fixed today, on real journals."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import pytest
from conftest import person
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netzjournal.coach import openers, rules
from netzjournal.coach.engine import OpenerCache, suggest
from netzjournal.coach.settings import CoachSettings, load, save
from netzjournal.store.catalog import set_setting
from netzjournal.store.coach_data import (
    CoachDetails,
    CoachSummary,
    coach_summaries,
    record_opener,
    snooze,
)
from netzjournal.store.contacts import create_contact, get_contact, set_archived, update_contact
from netzjournal.store.events import create_event
from netzjournal.store.interactions import add_follow_up, create_interaction
from netzjournal.store.journal import Journal
from netzjournal.store.records import (
    Birthday,
    EventRecord,
    FollowUpRecord,
    InteractionRecord,
    OpenerTemplateRecord,
)

TODAY = dt.date(2026, 6, 15)  # a Monday


def at(days_ago: int, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(TODAY - dt.timedelta(days=days_ago), dt.time(hour))


def add(
    journal, given_name, family, closeness=3, last=None, kind="coffee", direction="together", **kw
):
    kw.setdefault("met_on", TODAY - dt.timedelta(days=900))
    c = create_contact(journal, person(given_name, family, closeness=closeness, **kw)).value
    if last is not None:
        create_interaction(
            journal,
            InteractionRecord(occurred_at=at(last), participants=[c.id], kind=kind,
                                    direction=direction, hooks=kw.get("topics", "")),
        )  # fmt: skip
    return c


def names(result):
    return [s.name for s in result.suggestions]


def test_warm_and_due_before_cold_and_due_and_not_due_absent(journal):
    add(journal, "Cold", "Due", closeness=1, last=400)  # due: 400 ≥ 365
    add(journal, "Warm", "Due", closeness=5, last=40)  # due: 40 ≥ 30
    add(journal, "Warm", "Fresh", closeness=5, last=10)  # not due
    add(journal, "Mid", "Due", closeness=3, last=100)  # due: 100 ≥ 90
    result = suggest(journal, TODAY)
    assert names(result) == ["Warm Due", "Mid Due", "Cold Due"]
    warm = result.suggestions[0]
    assert warm.due and warm.overdue == pytest.approx(40 / 30)
    assert {p.key for p in warm.warmth.parts} == {
        "closeness", "in_person", "recency", "reciprocity", "give_take",
    }  # fmt: skip
    assert warm.warmth.score == pytest.approx(sum(p.value for p in warm.warmth.parts), abs=1e-3)
    assert 0 <= result.suggestions[-1].warmth.score < warm.warmth.score <= 1


def test_ties_by_how_overdue(journal):
    # Never met since: equally warm (closeness only), differently overdue.
    add(journal, "Less", "Overdue", closeness=3, met_on=TODAY - dt.timedelta(days=95))
    add(journal, "More", "Overdue", closeness=3, met_on=TODAY - dt.timedelta(days=200))
    result = suggest(journal, TODAY)
    assert result.suggestions[0].warmth == result.suggestions[1].warmth
    assert names(result) == ["More Overdue", "Less Overdue"]


def test_cadence_settings_and_never(journal):
    add(journal, "Custom", "Cadence", closeness=3, last=20, cadence_days=14)
    add(journal, "Never", "Mind", closeness=5, last=300, cadence_never=True)
    assert names(suggest(journal, TODAY)) == ["Custom Cadence"]
    tuned = CoachSettings()
    tuned.cadence_by_closeness[3] = 10
    add(journal, "Now", "Due", closeness=3, last=12)
    assert "Now Due" in names(suggest(journal, TODAY, settings=tuned))
    assert "Now Due" not in names(suggest(journal, TODAY))
    save(journal, tuned)
    assert load(journal).cadence(3) == 10


def test_no_interaction_counts_from_when_we_met(journal):
    add(journal, "Met", "Long Ago", closeness=3, met_on=TODAY - dt.timedelta(days=120))
    add(journal, "Met", "Recently", closeness=3, met_on=TODAY - dt.timedelta(days=20))
    result = suggest(journal, TODAY)
    assert names(result) == ["Met Long Ago"]
    assert "kennengelernt vor 4 Monaten" in result.suggestions[0].reason


def test_birthday_lifts_and_becomes_the_reason_and_opener(journal):
    add(journal, "Birthday", "Soon", closeness=3, last=30,
        birthday=Birthday(6, 19, 1980), salutation="Frau")  # fmt: skip
    add(journal, "Birthday", "Far", closeness=3, last=30, birthday=Birthday(8, 1, 1980))
    result = suggest(journal, TODAY)
    assert names(result) == ["Birthday Soon"]
    assert "Geburtstag am Freitag – gratulieren Sie am Tag selbst" in result.suggestions[0].reason
    on_the_day = suggest(journal, TODAY + dt.timedelta(days=4))
    assert on_the_day.suggestions[0].openers[0].category == "congrats_birthday"
    assert "Geburtstag heute" in on_the_day.suggestions[0].reason


@pytest.mark.parametrize(
    ("today", "expected_days"),
    [
        (dt.date(2027, 2, 20), 8),  # common year: celebrated on 28 February
        (dt.date(2028, 2, 20), 9),  # leap year: on the 29th
        (dt.date(2027, 2, 28), 0),
    ],
)
def test_29_february_and_year_less_birthdays(today, expected_days):
    for birthday in (Birthday(2, 29), Birthday(2, 29, 1988)):
        day = rules.next_birthday(birthday, today)
        assert (day - today).days == expected_days
    assert rules.next_birthday(Birthday(1, 2), dt.date(2026, 12, 30)) == dt.date(2027, 1, 2)


def test_upcoming_event_sharing_a_tag(journal):
    add(journal, "Media", "Person", closeness=2, last=60, tags=["Medien"])
    add(journal, "Other", "Person", closeness=2, last=60, tags=["Sport"])
    create_event(journal, EventRecord("re:publica 2026", TODAY + dt.timedelta(days=10),
                                                  tags=["Medien"]))  # fmt: skip
    result = suggest(journal, TODAY)
    assert names(result) == ["Media Person"]
    s = result.suggestions[0]
    assert "re:publica 2026 am 25. Juni" in s.reason
    assert s.openers[0].category == "event"
    assert "re:publica 2026" in s.openers[0].body and "25. Juni" in s.openers[0].body


def test_open_follow_up_i_owe_them(journal):
    c = add(journal, "Owed", "Person", closeness=3, last=100)
    owed = FollowUpRecord("Artikel schicken", c.id, due_on=TODAY + dt.timedelta(days=2))
    add_follow_up(journal, owed)
    s = suggest(journal, TODAY).suggestions[0]
    assert "Offen: Artikel schicken" in s.reason
    assert any(o.kind == "owed" for o in s.occasions)


def test_anniversary_of_meeting(journal):
    add(journal, "Anni", "Versary", closeness=2, last=60, met_on=dt.date(2021, 6, 20))
    s = suggest(journal, TODAY).suggestions[0]
    # As one says it ("ist das Kennenlernen 5 Jahre her" read as a translation).
    assert "Am 20. Juni kennen Sie sich seit 5 Jahren" in s.reason
    s = suggest(journal, dt.date(2026, 6, 20)).suggestions[0]
    assert "Heute vor 5 Jahren kennengelernt" in s.reason


def test_an_anniversary_ahead_does_not_contradict_when_we_met(journal):
    """A LinkedIn contact of 12 December 2023, no meeting noted, on 30 November 2026:
    the card said "kennengelernt vor 2 Jahren · Vor 3 Jahren kennengelernt" (the span
    counted in whole years, the anniversary 12 days early as if it were past; the
    fresh-eyes walk found it). It says when the anniversary is, and once."""
    add(journal, "Lukas", "Hoffmann", closeness=3, met_on=dt.date(2023, 12, 12))
    today = dt.date(2026, 11, 30)
    (s,) = suggest(journal, today).suggestions
    assert s.reason == "Noch kein Treffen notiert · Am 12. Dezember kennen Sie sich seit 3 Jahren"
    (s,) = suggest(journal, today, language="en").suggestions
    assert s.reason == "No meeting noted yet · On 12 December it's 3 years since you met"
    (s,) = suggest(journal, dt.date(2026, 12, 12), language="en").suggestions
    assert s.reason == "No meeting noted yet · Met 3 years ago today"


def test_a_linkedin_connection_s_day_is_called_connecting_not_meeting(journal):
    """ "On 11 December it's 13 years since you met" for a LinkedIn contact: that day is
    when the connection was made (the import's "Connected On"), not a meeting. A card
    from LinkedIn or XING says "connected"; one the user met says "met" as before."""
    add(journal, "Frank", "Vogt", closeness=3, met_on=dt.date(2013, 12, 11), source="linkedin")
    today = dt.date(2026, 11, 30)
    (s,) = suggest(journal, today, language="en").suggestions
    assert s.reason == "No meeting noted yet · On 11 December it's 13 years since you connected"
    (s,) = suggest(journal, today).suggestions
    assert s.reason == (
        "Noch kein Treffen notiert · Am 11. Dezember sind Sie seit 13 Jahren vernetzt"
    )
    (s,) = suggest(journal, dt.date(2026, 12, 11), language="en").suggestions
    assert s.reason == "No meeting noted yet · Connected 13 years ago today"
    (s,) = suggest(journal, dt.date(2026, 12, 11)).suggestions
    assert s.reason == "Noch kein Treffen notiert · Heute vor 13 Jahren vernetzt"
    # Outside the anniversary's fortnight: how long ago, said as connecting.
    (s,) = suggest(journal, dt.date(2026, 10, 1), language="en").suggestions
    assert s.reason == "No meeting noted yet · connected 12 years ago"


@pytest.mark.parametrize("kind", ["video", "event"])
@pytest.mark.parametrize("form", ["du", "sie"])
def test_a_connection_s_anniversary_is_the_weakest_reason_to_write(journal, kind, form):
    """Tobias (the German walk): connected on LinkedIn six years ago, met at a barcamp
    five weeks ago with a hook; his connection's day is in a week. The first opener was
    "mir ist aufgefallen, dass wir jetzt schon seit sechs Jahren vernetzt sind": the
    weakest reason (DESIGN's occasion is the anniversary of *meeting*) before a
    coffee, a check-in and the hook. A thank-you for the years of a connection comes
    last; the hook, where it can be said (du), first."""
    today = dt.date(2027, 1, 14)
    tobias = create_contact(journal, person(
        "Tobias", "Weiß", closeness=3, source="LinkedIn", met_on=dt.date(2021, 1, 20),
        address_form=form)).value  # fmt: skip
    create_interaction(journal, InteractionRecord(
        occurred_at=dt.datetime(2026, 12, 5, 14), participants=[tobias.id], kind=kind,
        say_next="deine Session zu Design Tokens"))  # fmt: skip
    (s,) = suggest(journal, today).suggestions
    assert any(o.kind == "anniversary" for o in s.occasions)
    categories = [o.category for o in s.openers]
    assert categories[-1] == "thank_you", categories
    assert categories[0] == ("follow_up" if form == "du" else "coffee"), categories
    if form == "du":
        assert "deine Session zu Design Tokens" in s.openers[0].body
        assert s.hook_form == ""
    else:  # written in du to someone in Sie: not quoted, and the card says why
        assert all("Design Tokens" not in o.body for o in s.openers)
        assert s.hook_form == "du"


def test_a_connection_s_anniversary_lifts_nobody(journal):
    """Warmest first (DESIGN): the day someone accepted a LinkedIn request is no
    warmth. Jana, connected on LinkedIn, her day in five days, was put above Ole,
    whom the user called three months ago (+0.15 for the "occasion"). Now Ole comes
    first; Jana keeps the reason and the thank-you (last). Kai, connected a year ago
    and not due, is still listed for his day (a reason to write), as warm as he is."""
    jana = add(journal, "Jana", "Brandt", closeness=3, source="LinkedIn", last=800,
               kind="message", direction="inbound", met_on=dt.date(2019, 6, 20))  # fmt: skip
    add(journal, "Ole", "Jensen", closeness=3, last=100, kind="call", direction="inbound")
    add(journal, "Kai", "Lorenz", closeness=1, source="xing", met_on=dt.date(2025, 6, 20))
    result = suggest(journal, TODAY)
    assert names(result) == ["Ole Jensen", "Jana Brandt", "Kai Lorenz"]
    s = result.suggestions[1]
    assert s.contact_id == jana.id
    assert "Am 20. Juni sind Sie seit 7 Jahren vernetzt" in s.reason
    assert [o.category for o in s.openers][-1] == "thank_you"
    # Someone the user met is still lifted by the anniversary of meeting.
    add(journal, "Mia", "Roth", closeness=3, met_on=dt.date(2019, 6, 20))
    assert names(suggest(journal, TODAY))[0] == "Mia Roth"


def test_the_anniversary_of_meeting_still_offers_a_thank_you_early(journal):
    """Someone the user met (no network's card): the anniversary of meeting stays an
    occasion for a thank-you, before a coffee."""
    add(journal, "Anni", "Versary", closeness=2, last=60, met_on=dt.date(2021, 6, 20))
    (s,) = suggest(journal, TODAY).suggestions
    assert [o.category for o in s.openers].index("thank_you") < [
        o.category for o in s.openers
    ].index("coffee")


def test_a_linkedin_connection_met_in_person_is_met_as_others_are(journal):
    """ "since you connected" followed the card's source even after a coffee together:
    once a meeting in person is noted, the coach says "met" as for anyone else; a
    call or a message is no meeting. The anniversary stays the day of connecting: "Met
    13 years ago today" after a dinner in September was not true."""
    from netzjournal.store.coach_data import coach_details

    frank = add(journal, "Frank", "Vogt", closeness=3, met_on=dt.date(2013, 12, 11),
                source="xing", last=120, kind="call", direction="outbound")  # fmt: skip
    today = dt.date(2026, 12, 11)
    assert coach_details(journal, [frank.id])[frank.id].connected
    (s,) = suggest(journal, today, language="en").suggestions
    assert s.reason.endswith("· Connected 13 years ago today")
    create_interaction(journal, InteractionRecord(
        occurred_at=dt.datetime(2026, 9, 3, 18), participants=[frank.id], kind="meal"))  # fmt: skip
    assert not coach_details(journal, [frank.id])[frank.id].connected
    (s,) = suggest(journal, today, language="en").suggestions
    assert s.reason.startswith("Last meal")
    assert s.reason.endswith("· Connected 13 years ago today")
    (s,) = suggest(journal, today).suggestions
    assert s.reason.endswith("· Heute vor 13 Jahren vernetzt")
    assert not any("kennengelernt" in o.body or "kennen uns" in o.body for o in s.openers)


def test_a_contact_whose_language_is_not_known_gets_the_journal_s_usual_one(journal):
    """An import gave everyone the interface's language: "Hi Frank," to a German
    lawyer from an English window. A language not known ("") is written in the
    one most of the journal's people are written to, and the suggestion says it
    was not known (the card offers the other); once chosen, it is theirs."""
    from netzjournal.store.contacts import set_language

    frank = add(journal, "Frank", "Ebert", closeness=3, last=200, language="", salutation="Herr")
    # Nobody's language known: the one a new contact gets in this interface.
    (s,) = suggest(journal, TODAY, language="en").suggestions
    assert (s.language, s.language_known) == ("en", False)
    assert s.openers and s.openers[0].body.startswith(("Hi Frank", "Hello Mr Ebert"))
    # Most people here are written to in German (and enough have a language known,
    # coach_data.USUAL_AFTER: test_one_contact_given_a_language_does_not_set_it_…).
    for n in range(9):
        add(journal, f"Kim{n}", "Berger", closeness=1, language="de", cadence_never=True)
    add(journal, "Jo", "Smith", closeness=1, language="en", cadence_never=True)
    (s,) = suggest(journal, TODAY, language="en").suggestions
    assert (s.language, s.language_known) == ("de", False)
    assert s.openers[0].body.startswith("Guten Tag Herr Ebert,"), s.openers[0].body
    set_language(journal, frank.id, "en")  # chosen on the card: remembered
    (s,) = suggest(journal, TODAY, language="en").suggestions
    assert (s.language, s.language_known) == ("en", True)
    assert get_contact(journal, frank.id).language == "en"


def test_reached_out_rests_then_returns(journal):
    # A short cadence, so only the rest rule keeps them off the list.
    c = add(journal, "Reached", "Out", closeness=4, last=100, cadence_days=5)
    message = InteractionRecord(
        occurred_at=at(7), participants=[c.id], kind="message", direction="outbound"
    )
    create_interaction(journal, message)
    assert "Reached Out" not in names(suggest(journal, TODAY))  # 7 ≥ 5 days, but resting
    later = TODAY + dt.timedelta(days=7)
    assert "Reached Out" in names(suggest(journal, later))


def test_snooze(journal):
    c = add(journal, "Snoozy", "Person", closeness=4, last=100)
    snooze(journal, c.id, TODAY + dt.timedelta(days=14))
    assert names(suggest(journal, TODAY)) == []
    assert names(suggest(journal, TODAY + dt.timedelta(days=14))) == ["Snoozy Person"]
    snooze(journal, c.id, None)
    assert names(suggest(journal, TODAY)) == ["Snoozy Person"]


def test_three_unanswered_outreaches_hold_off(journal):
    c = add(journal, "Silent", "Person", closeness=4, last=400)
    for days in (200, 150, 100):
        message = InteractionRecord(
            occurred_at=at(days), participants=[c.id], kind="message", direction="outbound"
        )
        create_interaction(journal, message)
    result = suggest(journal, TODAY)
    assert names(result) == []
    assert [h.name for h in result.held] == ["Silent Person"]
    assert "3 Nachrichten ohne Antwort" in result.held[0].reason
    answer = InteractionRecord(
        occurred_at=at(95), participants=[c.id], kind="message", direction="inbound"
    )
    create_interaction(journal, answer)
    assert names(suggest(journal, TODAY)) == ["Silent Person"]


def test_short_list_by_default_more_on_request(journal):
    for n in range(8):
        add(journal, f"P{n}", "Due", closeness=3, last=100 + n)
    first = suggest(journal, TODAY)
    assert len(first.suggestions) == 5 and first.more
    result = suggest(journal, TODAY, limit=10)
    assert len(result.suggestions) == 8 and not result.more


def test_a_change_is_seen_by_the_next_list(journal):
    c = add(journal, "Changed", "Person", closeness=3, last=100)
    cache = OpenerCache()
    assert names(suggest(journal, TODAY, cache=cache)) == ["Changed Person"]
    create_interaction(journal, InteractionRecord(occurred_at=at(1), participants=[c.id]))
    assert names(suggest(journal, TODAY, cache=cache)) == []  # not due any more
    set_archived(journal, [c.id], True)
    assert names(suggest(journal, TODAY + dt.timedelta(days=200), cache=cache)) == []


# -- openers ------------------------------------------------------------------------


def details(**kw) -> CoachDetails:
    base = dict(id=1, salutation="", title_prefix="", language="de", address_form="sie",
                city="", organisation="", role="", topics="", emails=(), last_kind=None,
                last_hook="", unanswered=0, gave=0, received=0, owed=())  # fmt: skip
    base.update(kw)
    return CoachDetails(**base)


def summary(**kw) -> CoachSummary:
    base = dict(id=1, given_name="Jana", family_name="Müller", display_name="", closeness=3,
                cadence_days=None, cadence_never=False, met_on=None, created_at=None,
                birthday=None, snoozed_until=None, last_contact=dt.datetime(2026, 1, 10),
                last_two_way=None, last_outbound=None, in_person_2y=0, inbound_2y=0,
                outbound_2y=0, tags=(), owed_open=0)  # fmt: skip
    base.update(kw)
    return CoachSummary(**base)


def test_opener_per_language_and_address_form():
    sie = openers.offers(summary(), details(salutation="Frau", title_prefix="Dr."), [], TODAY)
    assert sie[0].body.startswith("Guten Tag Frau Dr. Müller,")
    assert "Sie" in sie[0].body
    assert sie[0].body.rstrip().endswith(("Viele Grüße", "Beste Grüße", "Herzliche Grüße"))
    du = openers.offers(summary(), details(address_form="du"), [], TODAY)
    assert du[0].body.startswith("Hallo Jana,") and "dich" in du[0].body + du[1].body
    en = openers.offers(summary(), details(language="en"), [], TODAY)
    assert en[0].body.startswith("Hi Jana,")
    assert en[0].body.rstrip().endswith(("Best wishes", "All the best", "Warm regards"))
    signed = openers.offers(summary(), details(), [], TODAY, user_name="  Kim  Berger ")
    assert all(o.body.endswith("\nKim Berger") for o in signed)


def test_an_english_opener_that_starts_with_the_hook_starts_with_a_capital():
    """Claire's coach wrote to Chloe "Hi Chloe,\n\nyour sabbatical – that came to mind
    this week": the hook, lower-cased to stand inside a sentence, opened the body. An
    English paragraph (and any subject line) starts with a capital; a German body after
    "Hallo Uwe," goes on in lower case, as German letters do; inside a sentence the
    hook stays as it was."""
    for language, form, hook, opening in [
        ("en", "any", "Your sabbatical", "Your sabbatical –"),
        ("de", "du", "dein Sabbatical", "dein Sabbatical –"),
    ]:
        d = details(language=language, address_form=form, last_hook=hook)
        made = openers.renderings(summary(), d, [], TODAY)["follow_up"]
        bodies = [o.body.split("\n\n")[1] for o in made]
        assert [b for b in bodies if b.startswith(opening)], (language, bodies)
        inside = [b for b in bodies if not b.startswith(opening)]
        assert inside and all(hook[0].lower() + hook[1:] in b for b in inside), inside
    # A user's own subject that opens with the hook (either placeholder name): a capital.
    own = [OpenerTemplateRecord("follow_up", "de", "du", "Wie läuft {hook}?", "{anknuepfung}?", 3)]
    d = details(address_form="du", last_hook="dein Umzug")
    made = openers.renderings(summary(), d, [], TODAY, own)["follow_up"]
    (mine,) = [o for o in made if o.key == "own:3"]
    assert mine.subject == "Dein Umzug?" and "Wie läuft dein Umzug?" in mine.body


def test_without_salutation_the_full_name_is_used():
    o = openers.offers(summary(), details(), [], TODAY)
    assert o[0].body.startswith("Guten Tag Jana Müller,")


def test_templates_with_missing_data_are_not_offered():
    bare = openers.offers(summary(last_contact=None), details(), [], TODAY)
    categories = {o.category for o in bare}
    assert "follow_up" not in categories  # no hook
    assert "give_first" not in categories  # no topic
    assert "in_your_city" not in categories  # no city
    check_in = [o.body for o in bare if o.category == "check_in"]
    assert not any("Monat" in b or "Jahr" in b for b in check_in)  # no "months since"
    assert "coffee" in categories
    rich = openers.offers(
        summary(), details(last_hook="Ihr Halbmarathon im Mai.", topics="KI, Jazz",
                           city="Köln", role="Redakteurin", organisation="WDR"), [], TODAY,
    )  # fmt: skip
    got = {o.category: o for o in rich}
    assert got["follow_up"].category == rich[0].category  # the hook comes first
    assert "Ihr Halbmarathon im Mai" in got["follow_up"].body
    assert not re.search(r"Mai[.:][.:]", got["follow_up"].body)  # its own full stop is gone
    assert "Thema KI" in got["give_first"].body and "Köln" in got["in_your_city"].body
    assert "congrats_role" not in got  # nothing says the role is new
    # 156 days: said as a letter says it, not counted out ("5 Monate" read like a reproach).
    assert openers.placeholders(summary(), details(), [], TODAY)["months"] == "ein halbes Jahr"
    assert not re.search(r"\d", got["check_in"].body)
    new_role = [rules.Occasion("new_role", 0, when=TODAY - dt.timedelta(days=20))]
    congrats = openers.offers(summary(), details(role="Redakteurin", organisation="WDR"),
                              new_role, TODAY)  # fmt: skip
    assert congrats[0].category == "congrats_role"
    assert "Redakteurin" in congrats[0].body or "WDR" in congrats[0].body
    assert "bei WDR" not in congrats[0].body  # "bei der WDR"? no article is guessed


def test_variant_is_stable_for_a_day_and_weekday_is_next_week():
    a = openers.offers(summary(), details(), [], TODAY)
    assert a == openers.offers(summary(), details(), [], TODAY)
    day = openers.next_week_day(1, TODAY)
    assert day.weekday() in (1, 2, 3) and 7 < (day - TODAY).days < 11


def test_every_opener_leaves_no_easy():
    """A soft exit in every built-in template (the practice the app encodes)."""
    from netzjournal.coach import texts

    soft = re.compile(r"kein Problem|nicht nötig|völlig in Ordnung|ohne Eile|kein Stress|"
                      r"andermal|später|Kein Grund|nicht antworten|nur, wenn|Bescheid|"
                      r"no problem|no need|no rush|no pressure|perfectly fine|only if|"
                      r"another time|whenever|let me know|unverbindlich|if you fancy|"
                      r"Verabredungsdruck|wenn es besser passt|richte mich gern|when suits|"
                      r"fit in with you|wann es passt|wann immer|Ein paar Zeilen genügen|"
                      r"couple of lines|sobald es konkret|once it's concrete|wenn Ihnen danach|"
                      r"wenn dir danach|feel like it|if you're looking|fragen Sie einfach|"
                      r"frag einfach|"
                      r"anderen Anlass|another occasion|von Ihnen zu hören|von dir zu hören|"
                      r"good to hear from you|do it later",
                      re.I)  # fmt: skip
    for lang in ("de", "en"):
        for form, categories in texts.load(lang)["openers"].items():
            assert len(categories) >= 8, (lang, form)
            for category, variants in categories.items():
                assert len(variants) >= 3, (lang, form, category)
                for v in variants:
                    if "?" in v["body"]:  # a question leaves an easy way out
                        assert soft.search(v["body"]), (lang, form, category, v["body"])
            # Not every message ends in "kein Problem".
            endings = [v["body"][-30:] for c in categories.values() for v in c]
            assert max(Counter(endings).values()) <= 2, Counter(endings).most_common(2)


def test_user_templates_join_and_broken_ones_are_skipped():
    own = [
        OpenerTemplateRecord(
            "coffee", "de", "sie", "Eigener Text für {city}, gern ein andermal.", "Hallo", 9
        ),
        OpenerTemplateRecord("coffee", "de", "sie", "Kaputt {unbekannt", "x", 10),
    ]
    bodies = {
        o.body
        for day in range(30)
        for o in openers.offers(
            summary(id=day), details(city="Bonn"), [], TODAY + dt.timedelta(days=day), own
        )
    }
    assert any("Eigener Text für Bonn" in b for b in bodies)
    assert not any("Kaputt" in b or "{" in b for b in bodies)


def test_a_template_in_german_placeholders_renders_as_the_english_one():
    """{vorname}, {anknuepfung}, … are the German names of {first_name}, {hook}, …"""
    english = (
        "Hallo {first_name} ({salutation_name}): {hook} – {topic}, {months}, {city}, "
        "{role}, {organisation}, {weekday}"
    )
    german = english
    for name, german_name in openers.GERMAN_NAMES.items():
        german = german.replace("{" + name + "}", "{" + german_name + "}")
    assert german == ("Hallo {vorname} ({anrede_name}): {anknuepfung} – {thema}, "
                      "{kontaktpause}, {stadt}, {rolle}, {organisation}, {wochentag}")  # fmt: skip
    d = details(salutation="Frau", last_hook="Ihr Halbmarathon im Mai.", topics="KI",
                city="Köln", role="Redakteurin", organisation="WDR")  # fmt: skip
    values = openers.placeholders(summary(), d, [], TODAY)
    filled = openers.fill(english, values)
    assert filled is not None and "{" not in filled and "Jana" in filled and "Köln" in filled
    assert openers.fill(german, values) == filled
    # Mixed names in one template work too; an unknown name still leaves it out.
    assert openers.fill("{vorname} in {city}", values) == "Jana in Köln"
    assert openers.fill("{vorname} {spitzname}", values) is None
    assert openers.fill("{stadt}", {}) is None  # no value: not offered
    # Offered alike: the same variant text from a German-named and an English-named template.
    own = [OpenerTemplateRecord("coffee", "de", "sie", "Kaffee in {stadt}? Gern ein andermal.",
                                "Kaffee, {vorname}?", 1),
           OpenerTemplateRecord("coffee", "de", "sie", "Kaffee in {city}? Gern ein andermal.",
                                "Kaffee, {first_name}?", 2)]  # fmt: skip
    made = openers.renderings(summary(), d, [], TODAY, own)["coffee"]
    mine = {o.key: (o.subject, o.body) for o in made if o.key.startswith("own:")}
    assert mine["own:1"] == mine["own:2"]
    assert mine["own:1"][0] == "Kaffee, Jana?" and "Kaffee in Köln?" in mine["own:1"][1]
    assert openers.placeholder_names("de")[:3] == ("vorname", "anrede_name", "anknuepfung")
    assert openers.placeholder_names("en")[:3] == ("first_name", "salutation_name", "hook")
    assert all(n.isascii() and n.isidentifier() for n in openers.placeholder_names("de"))


# User data without braces: the property is about the templates' own placeholders
# (user text with braces is inserted verbatim — see the test after this one).
_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="{}"), max_size=30
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    given_name=_text, family=_text, display=_text,
    salutation=st.sampled_from(["", "Herr", "Frau", "x"]), title=_text,
    language=st.sampled_from(["de", "en", "fr"]), form=st.sampled_from(["sie", "du", "?"]),
    city=_text, role=_text, org=_text, topics=_text, hook=_text,
    last=st.one_of(st.none(), st.datetimes(dt.datetime(2000, 1, 1), dt.datetime(2026, 6, 14))),
    birthday_days=st.one_of(st.none(), st.integers(0, 14)), event=st.one_of(st.none(), _text),
)  # fmt: skip
def test_no_offered_text_has_a_leftover_placeholder(
    given_name,
    family,
    display,
    salutation,
    title,
    language,
    form,
    city,
    role,
    org,
    topics,
    hook,
    last,
    birthday_days,
    event,
):
    occ = []
    if birthday_days is not None:
        occ.append(rules.Occasion("birthday", birthday_days, when=TODAY))
    if event:
        occ.append(rules.Occasion("event", 3, event, TODAY + dt.timedelta(days=3)))
    s = summary(given_name=given_name, family_name=family, display_name=display, last_contact=last)
    d = details(salutation=salutation, title_prefix=title, language=language, address_form=form,
                city=city, role=role, organisation=org, topics=topics, last_hook=hook)  # fmt: skip
    for o in openers.offers(s, d, occ, TODAY):
        for text in (o.subject, o.body):
            assert "{" not in text and "}" not in text, text
            assert text.strip()


def test_user_text_with_braces_is_inserted_verbatim():
    o = openers.offers(summary(), details(last_hook="{city} und {0}", city="Bonn"), [], TODAY)
    follow = next(x for x in o if x.category == "follow_up")
    assert "{city} und {0}" in follow.body


def test_a_new_role_is_recorded_by_an_edit_and_lifts_the_person(journal):
    c = add(journal, "Jana", "Müller", closeness=3, last=30, role="Volontärin",
            organisation="WDR")  # fmt: skip
    record = get_contact(journal, c.id)
    record.city = "Köln"  # not a role change
    update_contact(journal, record, today=TODAY - dt.timedelta(days=40))
    assert coach_summaries(journal, TODAY)[0].role_changed_on is None
    assert names(suggest(journal, TODAY)) == []  # 30 days since, cadence 90: not due
    record.role = "Redakteurin"
    update_contact(journal, record, today=TODAY - dt.timedelta(days=20))
    (summary_,) = coach_summaries(journal, TODAY)
    assert summary_.role_changed_on == TODAY - dt.timedelta(days=20)
    result = suggest(journal, TODAY)
    assert names(result) == ["Jana Müller"]  # lifted by the occasion
    assert "Neue Funktion: Redakteurin bei WDR" in result.suggestions[0].reason
    assert result.suggestions[0].openers[0].category == "congrats_role"
    # Two months on it is old news.
    assert names(suggest(journal, TODAY + dt.timedelta(days=45))) == []


def test_filling_in_a_blank_role_is_not_a_new_role(journal):
    c = add(journal, "Jana", "Müller", organisation="WDR")
    record = get_contact(journal, c.id)
    record.role = "Redakteurin"  # the role was not known before
    update_contact(journal, record, today=TODAY)
    record.organisation = "wdr"  # only the spelling
    update_contact(journal, record, today=TODAY)
    assert coach_summaries(journal, TODAY)[0].role_changed_on is None
    record.organisation = "Deutschlandfunk"
    update_contact(journal, record, today=TODAY)
    assert coach_summaries(journal, TODAY)[0].role_changed_on == TODAY


def test_a_role_a_sync_brings_is_news_only_when_its_words_differ(journal):
    """A phone re-saved Jana's card: her role and organisation came back written
    otherwise (ASCII umlauts, another dash, two spaces, case) and the coach
    congratulated her on news ("Neue Funktion"). The same words are no news, nor is a
    blank filled in; a role that really differs from what was there is."""
    from dataclasses import replace

    from netzjournal.sync.contacts import ContactAdapter
    from netzjournal.sync.fields import to_fields

    c = add(journal, "Jana", "Müller", organisation="WDR Köln", role="Geschäftsführerin – DACH")
    adapter = ContactAdapter(journal, today=lambda: TODAY)
    record = get_contact(journal, c.id)
    resaved = replace(record, role="Geschaeftsfuehrerin - DACH", organisation="WDR  köln")
    record = adapter.update(record, to_fields(resaved))
    assert (record.role, record.organisation) == ("Geschaeftsfuehrerin - DACH", "WDR  köln")
    assert coach_summaries(journal, TODAY)[0].role_changed_on is None
    assert not any("Neue Funktion" in s.reason for s in suggest(journal, TODAY).suggestions)
    record = adapter.update(record, to_fields(replace(record, department="Intendanz")))
    assert coach_summaries(journal, TODAY)[0].role_changed_on is None  # (not a role)
    record = adapter.update(record, to_fields(replace(record, role="Intendantin")))
    assert coach_summaries(journal, TODAY)[0].role_changed_on == TODAY
    result = suggest(journal, TODAY)
    assert "Neue Funktion: Intendantin bei WDR  köln" in result.suggestions[0].reason


def test_today_counts_a_birthday_and_a_follow_up_due_today_are_always_shown(journal):
    # Both would otherwise be left out: one rests (reached out 3 days ago) and is
    # snoozed, the other is not due; and the list holds only one person.
    bday = add(journal, "Heute", "Geburtstag", closeness=2, last=3, direction="outbound",
               birthday=Birthday(TODAY.month, TODAY.day, None))  # fmt: skip
    snooze(journal, bday.id, TODAY + dt.timedelta(days=30))
    task = add(journal, "Heute", "Fällig", closeness=2, last=5)
    add_follow_up(journal, FollowUpRecord("Angebot schicken", task.id, due_on=TODAY))
    add(journal, "Warm", "Due", closeness=5, last=40)
    tomorrow = add(journal, "Morgen", "Fällig", closeness=2, last=5)
    add_follow_up(journal, FollowUpRecord(
        "Später", tomorrow.id, due_on=TODAY + dt.timedelta(days=1)))  # fmt: skip
    result = suggest(journal, TODAY, limit=1)
    assert names(result)[:2] == ["Heute Geburtstag", "Heute Fällig"] or names(result)[:2] == [
        "Heute Fällig", "Heute Geburtstag"]  # fmt: skip
    assert "Morgen Fällig" not in names(result)
    first = {s.name: s for s in result.suggestions}
    assert "Geburtstag heute" in first["Heute Geburtstag"].reason
    assert first["Heute Geburtstag"].openers[0].category == "congrats_birthday"
    assert "Angebot schicken" in first["Heute Fällig"].reason
    assert all("Angebot" not in o.body for o in first["Heute Fällig"].openers)
    # The day after, neither is forced in.
    later = names(suggest(journal, TODAY + dt.timedelta(days=1), limit=1))
    assert "Heute Geburtstag" not in later


def test_the_quick_warmth_estimate_equals_the_full_one(tmp_path):
    from netzjournal.demo.generator import DemoSpec, create_demo_journal

    path = tmp_path / "demo.sqlite3"
    create_demo_journal(path, DemoSpec(60, 3, seed=4, today=TODAY))
    with Journal.open(path) as j:
        summaries = coach_summaries(j, TODAY)
    assert summaries
    for s in summaries:
        assert rules.warmth_score(s, TODAY) == rules.warmth(s, None, TODAY).score


def test_a_cached_refresh_equals_a_fresh_list(journal):
    """The pane's cache (openers kept per person) gives the same list as working
    everything out again, after each kind of change."""
    people = [add(journal, f"P{n}", "Test", closeness=1 + n % 5, last=20 + 15 * n)
              for n in range(12)]  # fmt: skip
    cache = OpenerCache()

    def both():
        cached = suggest(journal, TODAY, limit=6, cache=cache)
        fresh = suggest(journal, TODAY, limit=6)
        assert [(s.name, s.reason, [o.body for o in s.openers]) for s in cached.suggestions] == [
            (s.name, s.reason, [o.body for o in s.openers]) for s in fresh.suggestions
        ]
        return cached

    both()
    snooze(journal, people[5].id, TODAY + dt.timedelta(days=9))
    both()
    record_opener(journal, people[6].id, "coffee:0")
    assert all(
        o.key != "coffee:0" for s in both().suggestions
        if s.contact_id == people[6].id for o in s.openers
    )  # fmt: skip
    set_setting(journal, "user.name", "Kim Berger")
    assert all(o.body.endswith("Kim Berger") for s in both().suggestions for o in s.openers)
    # A namesake of a card's person, not on the list and alike in organisation and city
    # (none): the card's name now tells them apart as the review does, by the year met.
    from netzjournal.localized import tell_language

    tell_language("en")
    shown = both().suggestions[0]
    rec = get_contact(journal, shown.contact_id)
    create_contact(journal, person(rec.given_name, rec.family_name))
    name = next(s.name for s in both().suggestions if s.contact_id == shown.contact_id)
    assert rec.met_on is not None
    assert name == f"{rec.given_name} {rec.family_name} · known since {rec.met_on.year}"


def test_namesakes_on_the_list_are_told_apart(journal):
    # Two Anna Müllers due, one held off: which one is meant must show on each card,
    # in the review's reconnect list and the reminders, as the pickers show them.
    add(journal, "Anna", "Müller", closeness=4, last=100, organisation="Stadtwerke München")
    add(journal, "Anna", "Müller", closeness=3, last=120, city="Leipzig")
    held = add(journal, "Anna", "Müller", closeness=3, last=200, organisation="Kulturbüro")
    for days in (150, 140, 130):
        create_interaction(journal, InteractionRecord(
            occurred_at=at(days), participants=[held.id], direction="outbound"))  # fmt: skip
    add(journal, "Bernd", "Groß", closeness=3, last=100)
    result = suggest(journal, TODAY)
    assert sorted(names(result)) == [
        "Anna Müller · Leipzig", "Anna Müller · Stadtwerke München", "Bernd Groß"
    ]  # fmt: skip
    assert [s.name for s in result.held] == ["Anna Müller · Kulturbüro"]


def test_the_day_a_contact_was_added_is_not_when_we_met():
    """A Google contact without a "met on" date, imported nine days ago and never met
    in the journal: the card said "No meeting noted yet · met 9 days ago" (the coach
    counts from the day it was added when it knows nothing better, and the words said
    that was a meeting; the English walk at year end found it). Without a "met on"
    date the card says only that no meeting is noted; with one it says when."""
    from netzjournal.coach.engine import reason

    today = dt.date(2026, 12, 9)
    s = CoachSummary(
        id=4, given_name="Jonas", family_name="Klein", display_name="", closeness=3,
        cadence_days=None, cadence_never=False, met_on=None, created_at=dt.date(2026, 11, 30),
        birthday=None, snoozed_until=None, last_contact=None, last_two_way=None,
        last_outbound=None, in_person_2y=0, inbound_2y=0, outbound_2y=0, tags=(), owed_open=0,
    )  # fmt: skip
    assert reason("en", s, None, [], today) == "No meeting noted yet"
    assert reason("de", s, None, [], today) == "Noch kein Treffen notiert"
    s.met_on = dt.date(2026, 6, 9)
    assert reason("en", s, None, [], today) == "No meeting noted yet · met 6 months ago"


def test_a_hook_said_to_one_of_two_is_not_quoted_to_the_other(journal):
    """One coffee with Katrin and Tom, "pick up next time": "your move to Lisbon" –
    Katrin's move. Months later the coach wrote to Tom "Something we talked about last
    time came to mind the other day: your move to Lisbon" (the note's hook was read as
    said to every participant; the English walk at year end found it). A hook that
    addresses someone ("your", "dein", "Ihr") in a note with several people is quoted
    to none of them; one that names a shared thing is quoted to each, and a note with
    one person keeps its "your"."""
    katrin = add(journal, "Katrin", "Vogel", language="en")
    tom = add(journal, "Tom", "Berger", language="en")
    jana = add(journal, "Jana", "Roth", language="de", address_form="du")
    together = dict(kind="coffee", direction="together")
    create_interaction(journal, InteractionRecord(
        occurred_at=at(100), participants=[katrin.id, tom.id], say_next="your move to Lisbon",
        **together))  # fmt: skip
    create_interaction(journal, InteractionRecord(
        occurred_at=at(100, 14), participants=[jana.id, tom.id],
        say_next="dein Halbmarathon im Mai", **together))  # fmt: skip
    found = {s.name: s for s in suggest(journal, TODAY).suggestions}
    for name in ("Katrin Vogel", "Tom Berger", "Jana Roth"):
        bodies = " ".join(o.body for o in found[name].openers)
        assert "Lisbon" not in bodies and "Halbmarathon" not in bodies, (name, bodies)
    # A shared thing is quoted to each; a hook said to one person alone, to them.
    create_interaction(journal, InteractionRecord(
        occurred_at=at(90), participants=[katrin.id, tom.id],
        say_next="the accessibility meetup in March", **together))  # fmt: skip
    create_interaction(journal, InteractionRecord(
        occurred_at=at(90, 14), participants=[jana.id], say_next="dein Halbmarathon im Mai",
        **together))  # fmt: skip
    found = {s.name: s for s in suggest(journal, TODAY).suggestions}
    for name in ("Katrin Vogel", "Tom Berger"):
        assert any("accessibility meetup" in o.body for o in found[name].openers), name
    assert any("dein Halbmarathon" in o.body for o in found["Jana Roth"].openers)


def test_twins_on_the_cards_are_told_apart_as_in_the_review(journal):
    """Two Anna Müllers at the Stadtwerke in Kassel, same role: the cards told them apart
    by a phone number on screen („Stadtwerke, Kassel, +49 159 …“). They use the review's
    distinguisher: an e-mail domain none of the others has, else the year they met."""
    from netzjournal.localized import tell_language
    from netzjournal.store.people import namesake_labels
    from netzjournal.store.records import Channel

    tell_language("en")
    first = add(journal, "Anna", "Müller", closeness=4, last=100, organisation="Stadtwerke",
                city="Kassel", met_on=dt.date(2020, 1, 1),
                channels=[Channel("email", "anna@stadtwerke-kassel.example"),
                          Channel("phone", "+49 159 0000001")])  # fmt: skip
    second = add(journal, "Anna", "Müller", closeness=4, last=120, organisation="Stadtwerke",
                 city="Kassel", met_on=dt.date(2019, 5, 1),
                 channels=[Channel("phone", "+49 159 0000002")])  # fmt: skip
    for cache in (None, OpenerCache()):
        result = suggest(journal, TODAY, cache=cache)
        shown = {s.contact_id: s.name for s in result.suggestions}
        assert shown == {
            first.id: "Anna Müller · Stadtwerke, Kassel, @stadtwerke-kassel.example",
            second.id: "Anna Müller · Stadtwerke, Kassel, known since 2019",
        }
        assert shown == {i: namesake_labels(journal, printed=True)[i] for i in shown}
        assert not any("159" in name for name in shown.values())


def test_one_contact_given_a_language_does_not_set_it_for_all_the_others(journal):
    """Claire (English interface) imported 80 LinkedIn connections without a language
    and made one German client German: the line above the cards then said "79 contacts
    without a language (messages in German for now)" and her French connections got
    „Guten Tag Loïc Girard, …“. One choice is no habit: until a handful of people have
    a language, those without one are written to in the new-contact default (the
    interface's here). Once most people with one have German, German it is."""
    unknown = [add(journal, f"Loïc{i}", "Girard", last=400, language="") for i in range(12)]
    add(journal, "Torsten", "Zimmermann", last=400, language="de")
    result = suggest(journal, TODAY, language="en", limit=20)
    assert result.without_language == len(unknown)
    assert result.usual_language == "en"
    first = next(s for s in result.suggestions if s.contact_id == unknown[0].id)
    assert first.language == "en" and first.openers[0].body.startswith("Hi ")
    for i in range(9):
        add(journal, f"Jürgen{i}", "Kühn", last=400, language="de")
    assert suggest(journal, TODAY, language="en", limit=20).usual_language == "de"
