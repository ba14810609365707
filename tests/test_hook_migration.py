"""Migration 0006: hooks written before "say it to them" existed are sorted conservatively."""

from __future__ import annotations

import datetime as dt
import sqlite3

import peewee
import pytest
from playhouse.migrations import Runner

from netzjournal import phrases
from netzjournal.coach.engine import suggest
from netzjournal.store.fulltext import search
from netzjournal.store.interactions import follow_ups, get_interaction
from netzjournal.store.journal import HISTORY_TABLE, MIGRATIONS_DIR, Journal, latest_schema

TODAY = dt.date.today()  # the migration dates "the last year" by the real clock


def _days_ago(n: int) -> str:
    return (dt.datetime.combine(TODAY, dt.time(10)) - dt.timedelta(days=n)).isoformat(" ")


@pytest.fixture
def old_journal(tmp_path):
    """A journal at schema 0001 with hooks of every kind (0002 indexes them)."""
    path = tmp_path / "journal.sqlite3"
    db = peewee.SqliteDatabase(str(path))
    Runner(db, str(MIGRATIONS_DIR), table_name=HISTORY_TABLE).up("0001_initial")
    db.close()
    conn = sqlite3.connect(path)
    people = {1: "Jana", 2: "Ben", 3: "Cem", 4: "Dana"}
    notes = [
        # id, days ago, participants, hooks
        (1, 25, [1], "Liebt Jazz – Konzerttipp schicken"),
        (2, 200, [1], "Artikel zu KI schicken"),  # older to-do of the same person
        (3, 30, [2], "dein Halbmarathon im Mai"),
        (4, 40, [2], "Läuft im Mai den Halbmarathon"),
        (5, 500, [3], "→ nachfassen"),  # over a year old: no follow-up
        (6, 10, [3, 4], "Send the slides"),  # a group note: whose to-do?
        (7, 15, [4], "Buch -> zurückgeben"),
        (8, 12, [4], "your move to Lisbon"),
    ]
    with conn:
        for cid, name in people.items():
            conn.execute(
                "INSERT INTO contact (id, given_name, family_name, organisation, closeness,"
                " address_form, language, cadence_never, archived, created_at, updated_at,"
                " topics, notes, display_name, salutation, title_prefix, department, role,"
                " hierarchy, city, source, source_detail, met_on, cadence_days)"
                " VALUES (?, ?, 'Test', '', 5,"
                " 'du', ?, 0, 0, '2020-01-01', '2020-01-01', '', '', '', '', '', '', '', '',"
                " '', '', '', '2020-01-01', 20)",
                (cid, name, "en" if cid == 4 else "de"),
            )
        for iid, ago, who, hooks in notes:
            conn.execute(
                "INSERT INTO interaction (id, occurred_at, kind, direction, place, title, body,"
                " hooks, outcome, created_at, updated_at) VALUES (?, ?, 'coffee', 'together',"
                " '', 'Kaffee', 'Privat: Ärger im Team', ?, '', ?, ?)",
                (iid, _days_ago(ago), hooks, _days_ago(ago), _days_ago(ago)),
            )
            for cid in who:
                conn.execute(
                    "INSERT INTO participant (interaction_id, contact_id) VALUES (?, ?)", (iid, cid)
                )
        # Dana already has this to-do open: no second copy.
        conn.execute(
            "INSERT INTO follow_up (contact_id, interaction_id, text, done, owed_by, created_at)"
            " VALUES (4, 7, 'zurückgeben', 0, 'me', ?)",
            (_days_ago(15),),
        )
    conn.close()
    return path


def test_todo_hooks_become_follow_ups_and_only_sayable_ones_are_quoted(old_journal, tmp_path):
    with Journal.open(old_journal, backup_dir=tmp_path / "b") as j:
        assert j.schema_version == latest_schema()
        got = {i: get_interaction(j, i) for i in range(1, 9)}
        # A to-do stays a private remark; its to-do part is now a follow-up.
        assert got[1].hooks == "Liebt Jazz – Konzerttipp schicken" and got[1].say_next == ""
        jana = [(f.text, f.owed_by, f.done, f.interaction_id) for f in follow_ups(j, 1)]
        assert jana == [("Konzerttipp schicken", "me", False, 1)]  # the newest to-do only
        # Written to the person: now sayable. Written about them: stays private.
        assert (got[3].hooks, got[3].say_next) == ("", "dein Halbmarathon im Mai")
        assert (got[4].hooks, got[4].say_next) == ("Läuft im Mai den Halbmarathon", "")
        assert (got[8].hooks, got[8].say_next) == ("", "your move to Lisbon")
        # Too old, or a group note: the remark stays, no follow-up is made up.
        assert follow_ups(j, 3) == [] and got[5].hooks == "→ nachfassen"
        assert got[6].hooks == "Send the slides"
        # Dana's open to-do is not doubled.
        assert [f.text for f in follow_ups(j, 4)] == ["zurückgeben"]
        # Search still finds text in both fields.
        assert 3 in {h.id for h in search(j, "Halbmarathon", kind="interaction")}
        assert 1 in {h.id for h in search(j, "Konzerttipp", kind="interaction")}
        # The coach quotes only what was written to be said.
        result = suggest(j, TODAY, limit=10)
        bodies = "\n".join(o.body for s in result.suggestions for o in s.openers)
        assert "dein Halbmarathon im Mai" in bodies
        for private in ("Konzerttipp", "Läuft", "nachfassen", "Send the slides", "Ärger"):
            assert private not in bodies
        # Jana's to-do shows as a reason for the user, not in the message.
        jana_s = next(s for s in result.suggestions if s.contact_id == 1)
        assert "Konzerttipp schicken" in jana_s.reason


@pytest.mark.parametrize(
    ("text", "todo"),
    [
        ("Liebt Jazz – Konzerttipp schicken", "Konzerttipp schicken"),
        ("Liebt Jazz - Konzerttipp schicken", "Konzerttipp schicken"),
        ("nachfassen", "nachfassen"),
        ("Nachfassen wegen Angebot", "Nachfassen wegen Angebot"),
        ("Termin für Kaffee im Frühjahr vorschlagen", "Termin für Kaffee im Frühjahr vorschlagen"),
        ("Send the meeting notes", "Send the meeting notes"),
        ("to ask about the grant", "to ask about the grant"),
        ("Buch → zurückgeben", "zurückgeben"),
        ("TODO: Foto", "TODO: Foto"),
        ("dein Halbmarathon im Mai", None),
        ("your move to Lisbon", None),
        ("your new garden", None),
        ("Tochter kommt im Herbst in die Schule", None),
        ("dein Plan, nach Lissabon zu ziehen", None),
        ("Jazz", None),
    ],
)
def test_what_reads_like_a_todo(text, todo):
    assert phrases.todo_part(text) == todo
