"""The demo generator: deterministic, realistic, fast enough."""

import hashlib

from conftest import TODAY

from netzjournal.demo.generator import DemoSpec, create_demo_journal
from netzjournal.store.contacts import get_contact
from netzjournal.store.fulltext import search
from netzjournal.store.journal import Journal
from netzjournal.store.records import Birthday


def dump(path):
    """A content digest of the journal, ignoring the moment rows were written
    and their UIDs (random by design: two journals never share one)."""
    with Journal.open(path) as j:
        conn = j.connection()
        h = hashlib.sha256()
        for table, order in (
            ("contact", "id"), ("contact_channel", "id"), ("tag", "id"),
            ("contact_tag", "contact_id, tag_id"), ("event", "id"),
            ("interaction", "id"), ("participant", "interaction_id, contact_id"),
            ("give_take", "id"), ("follow_up", "id"), ("search_index", "rowid"),
        ):  # fmt: skip
            cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            cols = [c for c in cols if c not in ("created_at", "updated_at", "uid")] or ["*"]
            for row in conn.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY {order}"):
                h.update(repr(row).encode())
        return h.hexdigest()


def test_same_seed_same_journal(tmp_path):
    a, b, c = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3", tmp_path / "c.sqlite3"
    create_demo_journal(a, DemoSpec(50, 3, seed=7, today=TODAY))
    create_demo_journal(b, DemoSpec(50, 3, seed=7, today=TODAY))
    create_demo_journal(c, DemoSpec(50, 3, seed=8, today=TODAY))
    assert dump(a) == dump(b)
    assert dump(a) != dump(c)


def test_s_journal_is_realistic(tmp_path):
    path = tmp_path / "s.sqlite3"
    stats = create_demo_journal(path, DemoSpec(50, 3, seed=1, today=TODAY))
    assert stats.contacts == 50 and 80 <= stats.interactions <= 300
    with Journal.open(path) as j:
        people = [get_contact(j, i) for i in range(1, 51)]
        assert get_contact(j, 7).birthday == Birthday(2, 29, 1988)
        assert get_contact(j, 23).birthday == Birthday(2, 29, None)
        assert any(p.birthday and p.birthday.year is None for p in people if p.id not in (23,))
        assert any(set(p.name) & set("äöüßÄÖÜ") for p in people)
        assert {p.closeness for p in people} >= {1, 2, 3, 4}
        assert {p.address_form for p in people} == {"sie", "du"}
        assert len({p.source for p in people}) >= 5
        assert any(p.introduced_by for p in people)
        levels = {p.hierarchy for p in people}
        assert {"executive", "specialist"} <= levels
        kinds = {r[0] for r in j.connection().execute("SELECT DISTINCT kind FROM interaction")}
        assert {"coffee", "call", "message", "event"} <= kinds
        multi = (
            j.connection()
            .execute(
                "SELECT count(*) FROM (SELECT interaction_id FROM participant"
                " GROUP BY interaction_id HAVING count(*) >= 3)"
            )
            .fetchone()[0]
        )
        assert multi > 0  # events gather several people
        # Close people are met more often than distant ones.
        per = dict(
            j.connection()
            .execute(
                "SELECT c.closeness, count(*) * 1.0 / (SELECT count(*) FROM contact c2"
                " WHERE c2.closeness = c.closeness) FROM participant p JOIN contact c"
                " ON c.id = p.contact_id GROUP BY c.closeness"
            )
            .fetchall()
        )
        assert per[5 if 5 in per else 4] > per[1]
        assert search(j, "Kaffee")
        assert j.integrity_check() == ["ok"]
        fk = j.connection().execute("PRAGMA foreign_key_check").fetchall()
        assert fk == []


def test_demo_never_writes_into_an_existing_journal(tmp_path):
    path = tmp_path / "journal.sqlite3"
    create_demo_journal(path, DemoSpec(5, 1, today=TODAY))
    before = path.read_bytes()
    try:
        create_demo_journal(path, DemoSpec(5, 1, today=TODAY))
    except FileExistsError:
        pass
    else:
        raise AssertionError("the demo overwrote a journal")
    assert path.read_bytes() == before


def test_the_notes_are_in_the_interfaces_language(tmp_path):
    """A German journal got English notes among its German ones ("Coffee with Gülşen",
    "Quick catch-up about …"): the user's own writing is in one language, the
    interface's; the same draws make the same journal otherwise."""
    from netzjournal.demo import vocabulary as V

    def written(language):
        path = tmp_path / f"{language}.sqlite3"
        create_demo_journal(path, DemoSpec(50, 3, seed=1, today=TODAY, language=language))
        with Journal.open(path) as j:
            conn = j.connection()
            texts = [t for row in conn.execute(
                "SELECT title, body, hooks FROM interaction WHERE event_id IS NULL"
            ) for t in row if t]  # fmt: skip
            texts += [r[0] for r in conn.execute("SELECT text FROM give_take")]
            texts += [r[0] for r in conn.execute("SELECT text FROM follow_up")]
            shape = conn.execute(
                "SELECT count(*), sum(length(participant_count)) FROM ("
                "SELECT interaction_id, count(*) AS participant_count"
                " FROM participant GROUP BY interaction_id)"
            ).fetchone()
        return texts, shape

    def stems(language):
        words = V.NOTE_WORDS[language]
        lists = [*words.titles.values(), words.bodies, words.remarks, words.gives,
                 words.takes, words.follow_ups]  # fmt: skip
        return {t.split("{")[0].strip() for group in lists for t in group if t.split("{")[0]}

    german, german_shape = written("de")
    english, english_shape = written("en")
    assert german_shape == english_shape  # the same journal, said in another language
    only_en, only_de = stems("en") - stems("de"), stems("de") - stems("en")
    assert only_en and only_de
    assert not [t for t in german if any(t.startswith(s) for s in only_en)]
    assert not [t for t in english if any(t.startswith(s) for s in only_de)]
    assert any(t.startswith("Kaffee") for t in german)
    assert any(t.startswith("Coffee") for t in english)


def test_the_demo_is_coherent_in_either_language(tmp_path):
    """The demo drew kind, place and event apart (a call "at" a café, "met at dmexco"
    in May, an e-mail "to" someone who wrote), and its English journal held German
    tags, topics, roles and places, with four in five people written to in German."""
    import datetime as dt

    from netzjournal.demo import vocabulary as V

    months = {"re:publica": 5, "dmexco": 9, "Frankfurter Buchmesse": 10,
              "Frankfurt Book Fair": 10, "Barcamp Köln": 6}  # fmt: skip
    for language in ("de", "en"):
        path = tmp_path / f"{language}.sqlite3"
        create_demo_journal(path, DemoSpec(300, 4, seed=5, today=TODAY, language=language))
        with Journal.open(path) as j:
            conn = j.connection()
            places: dict[str, set[str]] = {}
            for kind, place in conn.execute(
                "SELECT kind, place FROM interaction WHERE event_id IS NULL"
            ):
                places.setdefault(kind, set()).add(place)
            assert places["call"] == places["message"] == {""}
            assert places["video"] == {"Zoom", "Teams"}
            assert not places["coffee"] & places["meal"]  # no dinner at the coffee roastery
            inbound = {r[0] for r in conn.execute(
                "SELECT title FROM interaction WHERE kind = 'message' AND direction = 'inbound'"
            )}  # fmt: skip
            assert inbound and not [t for t in inbound if t.startswith(("E-Mail an", "E-mail to"))]
            # a message's own titles for what they sent, a call's for a call
            sent = {t.split("{")[0] for t in V.NOTE_WORDS[language].titles["message_inbound"]}
            calls = {
                r[0] for r in conn.execute("SELECT title FROM interaction WHERE kind = 'call'")
            }
            assert not [t for t in calls if t.startswith(tuple(sent))]
            # Met at an event: on an evening of it that took place (or an edition before
            # the journal's first), in the year the contact's "how we met" names.
            held = {(name, day) for name, day in conn.execute(
                "SELECT s.name, o.starts_on FROM event o JOIN event s ON s.id = o.series_id"
                " WHERE NOT o.cancelled"
            )}  # fmt: skip
            first = min(day for _name, day in held)
            met = conn.execute(
                "SELECT c.source_detail, c.met_on, s.name, o.starts_on FROM contact c"
                " LEFT JOIN event o ON o.id = c.met_at_event_id"
                " LEFT JOIN event s ON s.id = o.series_id"
                " WHERE c.source IN ('barcamp', 'fair', 'stammtisch')"
            ).fetchall()
            assert len(met) > 30
            for detail, met_on, event_name, event_day in met:
                series, year = detail.rsplit(" ", 1)
                assert met_on.startswith(year), (detail, met_on)
                if met_on >= first:
                    assert (series, met_on) in held, (detail, met_on)
                    # … and the person page names that evening ("met at the event")
                    assert (event_name, event_day) == (series, met_on), detail
                else:
                    assert event_name is None, detail
                if met_on < first and series in months:
                    assert dt.date.fromisoformat(met_on).month == months[series], detail
            # As long as such a meeting takes: no 90-minute "quick call".
            longest = dict(conn.execute(
                "SELECT kind, max(duration_minutes) FROM interaction GROUP BY kind"
            ).fetchall())  # fmt: skip
            assert longest["call"] <= 45 and longest["coffee"] <= 90, longest
            shortest = dict(conn.execute(
                "SELECT kind, min(duration_minutes) FROM interaction GROUP BY kind"
            ).fetchall())  # fmt: skip
            assert shortest["meal"] >= 60 and shortest["event"] >= 90, shortest
            languages = [r[0] for r in conn.execute("SELECT language FROM contact")]
            mine = languages.count(language) / len(languages)
            assert 0.7 < mine < 0.9, (language, mine)  # most people, not everyone
            if language == "en":
                typed = {r[0] for r in conn.execute("SELECT name FROM tag")}
                for row in conn.execute("SELECT role, city, topics FROM contact"):
                    typed |= {row[0], row[1], *row[2].split(", ")}
                typed |= {p for kind_places in places.values() for p in kind_places}
                typed |= {r[0] for r in conn.execute("SELECT place FROM event")}
                typed |= {r[0] for r in conn.execute("SELECT note FROM attendance")}
                german = set(V.ENGLISH) | {"kurz gesprochen"}
                assert not typed & german, typed & german


def test_a_journal_reads_in_its_language_and_each_line_in_its_person_s(tmp_path):
    """A German demo journal held English roles and topics ("Head of Product",
    "UX Research", "Remote Work"), and lines to be said that did not fit the people
    they were kept for: "your daughter starting school in the autumn" for German
    speakers met at an evening with an English one, "dein Halbmarathon" for a Sie,
    "your questions about KI im Journalismus". Counted over a journal of 300."""
    from netzjournal import phrases
    from netzjournal.demo import vocabulary as V

    typed: dict[str, set[str]] = {}
    for language in ("de", "en"):
        path = tmp_path / f"{language}.sqlite3"
        create_demo_journal(path, DemoSpec(300, 4, seed=5, today=TODAY, language=language))
        with Journal.open(path) as j:
            conn = j.connection()
            typed[language] = {r[0] for r in conn.execute("SELECT role FROM contact")}
            for (topics,) in conn.execute("SELECT topics FROM contact"):
                typed[language] |= set(topics.split(", "))
            said = conn.execute(
                "SELECT i.say_next, c.language, c.address_form FROM interaction i"
                " JOIN participant p ON p.interaction_id = i.id"
                " JOIN contact c ON c.id = p.contact_id WHERE i.say_next != ''"
            ).fetchall()
        misfits = [
            (line, lang, form)
            for line, lang, form in said
            if not phrases.fits_language(line, lang)
            or (lang == "de" and phrases.address_form_of(line) not in (None, form))
            or (lang == "en" and phrases.language_of(line) == "de")
        ]
        assert len(said) > 100, len(said)
        assert {lang for _line, lang, _form in said} == {"de", "en"}
        assert misfits == [], (language, len(misfits), misfits[:5])
    # The same journal said in two languages: only a word both languages share is in both.
    assert typed["de"] & typed["en"] <= {"Jazz", "Coaching"}, typed["de"] & typed["en"]
    assert not typed["de"] & set(V.ENGLISH.values())
    assert not typed["en"] & set(V.ENGLISH)
