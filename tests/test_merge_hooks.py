"""Merging two records of one person who are both on a note: each record's own
"pick up next time" for that note is kept on the person who stays, and undoing the
merge gives each record its own hook back."""

from __future__ import annotations

import datetime as dt

from conftest import note, person

from netzjournal.store import fulltext
from netzjournal.store.contacts import create_contact, joined_hook, merge_contacts
from netzjournal.store.interactions import create_interaction, get_interaction
from netzjournal.store.snapshots import restore_snapshot, snapshot_contacts

WHEN = dt.datetime(2026, 11, 2, 18, 30)


def test_both_hooks_of_a_note_stay_with_the_merged_person_and_undo_restores_them(journal):
    jana = create_contact(journal, person("Jana", "Berg")).value
    twin = create_contact(journal, person("Jana", "Berg", city="München")).value
    uwe = create_contact(journal, person("Uwe", "Roth")).value
    both = create_interaction(journal, note(WHEN, [jana.id, twin.id, uwe.id], say_next_to={
        jana.id: "deine Reise nach Lissabon", twin.id: "dein Marathon im April",
        uwe.id: "die neue Stelle"})).value  # fmt: skip
    only_twin = create_interaction(
        journal, note(WHEN + dt.timedelta(days=1), [jana.id, twin.id],
                      say_next_to={twin.id: "das Buch"}),
    ).value  # fmt: skip
    alike = create_interaction(
        journal, note(WHEN + dt.timedelta(days=2), [jana.id, twin.id],
                      say_next_to={jana.id: "das Sabbatical", twin.id: "Das Sabbatical"}),
    ).value  # fmt: skip
    conn = journal.connection()

    def rows():
        return conn.execute(
            "SELECT interaction_id, contact_id, say_next FROM participant ORDER BY 1, 2"
        ).fetchall()

    before = rows()
    snap = snapshot_contacts(journal, [jana.id, twin.id])
    merge_contacts(journal, jana.id, twin.id)

    assert get_interaction(journal, both.id).say_next_to == {
        jana.id: "deine Reise nach Lissabon; dein Marathon im April",
        uwe.id: "die neue Stelle",
    }
    assert get_interaction(journal, only_twin.id).say_next_to == {jana.id: "das Buch"}
    assert get_interaction(journal, alike.id).say_next_to == {jana.id: "das Sabbatical"}
    assert [h.id for h in fulltext.search(journal, "Marathon", kind="interaction")] == [both.id]

    restore_snapshot(journal, snap)
    assert rows() == before
    assert get_interaction(journal, both.id).say_next_to == {
        jana.id: "deine Reise nach Lissabon", twin.id: "dein Marathon im April",
        uwe.id: "die neue Stelle"}  # fmt: skip


def test_a_joined_hook_is_the_non_empty_one_or_both():
    assert joined_hook("", "das Buch") == "das Buch"
    assert joined_hook("das Buch", "  ") == "das Buch"
    assert joined_hook("das Buch", "das  buch") == "das Buch"
    assert joined_hook("das Buch", "der Umzug") == "das Buch; der Umzug"
