"""Every item model passes pytest-qt's qtmodeltester, filled with real data."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt
from uihelpers import TODAY

from netzjournal.demo.generator import DemoSpec, generate_into
from netzjournal.store import summary
from netzjournal.store.backups import create_backup, list_backups
from netzjournal.store.collation import sort_key
from netzjournal.store.contact_list import contact_rows, tag_names
from netzjournal.store.contacts import (
    contact_count,
    create_contact,
    delete_contacts,
    get_contact,
    update_contact,
)
from netzjournal.store.fulltext import matching_contact_ids, search
from netzjournal.store.interactions import create_interaction
from netzjournal.store.listings import NoteFilter, contact_names
from netzjournal.store.records import ContactRecord, InteractionRecord
from netzjournal.ui.backups_dialog import BackupsModel
from netzjournal.ui.contacts.model import ID_ROLE, ContactsTableModel
from netzjournal.ui.notes.model import NotesListModel
from netzjournal.ui.search import SearchResultsModel
from netzjournal.ui.timeline.model import TimelineModel


@pytest.fixture
def demo(journal):
    generate_into(journal, DemoSpec(60, 3, seed=4, today=TODAY))
    return journal


def test_contacts_model_filters_and_sorts(qtmodeltester, demo):
    model = ContactsTableModel(demo, lambda: TODAY)
    model.set_view(False, None)
    qtmodeltester.check(model)
    everyone = model.rowCount()
    assert everyone == contact_count(demo, include_archived=False)
    model.sort(ContactsTableModel.LAST_CONTACT, Qt.SortOrder.DescendingOrder)
    lasts = [model.contact_at(r).last_contact or dt.datetime.min for r in range(everyone)]
    assert lasts == sorted(lasts, reverse=True)
    assert lasts[0] > dt.datetime.min  # the summary's last contacts are shown
    model.set_view(False, matching_contact_ids(demo, "Kaffee"))
    assert 0 < model.rowCount() < everyone
    model.set_view(False, None)
    gone = model.id_at(5)
    delete_contacts(demo, [gone])
    model.refresh([gone])
    assert model.rowCount() == everyone - 1 and model.row_for(gone) is None
    model.sort(ContactsTableModel.NAME)
    names = [model.contact_at(r).family_name for r in range(model.rowCount())]
    assert names == sorted(names, key=sort_key)  # locale-aware: Bäcker before Becker
    model.sort(ContactsTableModel.CITY, Qt.SortOrder.DescendingOrder)
    cities = [model.contact_at(r).city for r in range(model.rowCount())]
    assert cities == sorted(cities, key=sort_key, reverse=True)


def test_the_filter_keeps_the_matches_in_the_order_sqlite_gives(demo):
    """The model's filter (SQLite orders the view once; a keystroke keeps the ids its
    words match; the last few filters' ids are kept for that order) shows exactly
    the contacts of ``matching_contact_ids`` ∩ the tag's, in the order
    ``contact_ids`` sorts them."""
    conn = demo.connection()
    model = ContactsTableModel(demo, lambda: TODAY)
    tags = [None, *tag_names(demo)[:3]]
    assert len(tags) > 1
    everyone = contact_rows(demo, include_archived=True)
    shown = 0
    for order, column in (("name", 0), ("city", 3), ("last_contact", 4)):
        model.sort(column, Qt.SortOrder.DescendingOrder)
        for tag in tags:
            for archived in (False, True):
                typed = ("", "Kaf", "Kaffee", "M", "Mü", "Mueller", "Mueller ", "zzzq", "((")
                # ... and back again, as with backspace: earlier filters' ids are kept
                for text in typed + typed[::-1]:
                    found = matching_contact_ids(demo, text)
                    if tag:
                        tagged = {r.id for r in everyone if tag in r.tags}
                        found = tagged if found is None else found & tagged
                    expected = summary.contact_ids(conn, archived, found, order, True)
                    model.set_view(archived, None, (), text, tag)
                    got = [model.id_at(r) for r in range(model.rowCount())]
                    assert got == expected, (text, tag, archived, order)
                    shown += bool(got)
    assert shown > 20  # (not everything empty)


def test_a_note_written_changes_whom_the_filter_finds(demo):
    model = ContactsTableModel(demo, lambda: TODAY)
    model.set_view(False, None, (), "Quetzalcoatl")
    assert model.rowCount() == 0
    someone = contact_names(demo)[0][0]
    create_interaction(demo, InteractionRecord(occurred_at=dt.datetime(2026, 11, 1, 9),
                                               body="Über Quetzalcoatl gesprochen",
                                               participants=[someone]))  # fmt: skip
    model.set_view(False, None, (), "Quetzalcoatl")  # the same view, nothing said: unchanged
    assert model.rowCount() == 0
    model.written()  # (the pane calls this for every change set)
    model.set_view(False, None, (), "Quetzalcoatl")
    assert [model.id_at(0)] == [someone] and model.rowCount() == 1


def test_contacts_model_reports_changes_by_row_and_resets_only_for_a_new_view(qtbot, demo):
    """A write changes, removes or inserts rows; the selection stays on its contact."""
    model = ContactsTableModel(demo, lambda: TODAY)
    model.set_view(False, None)
    signals: list[str] = []
    model.modelReset.connect(lambda: signals.append("reset"))
    model.dataChanged.connect(lambda a, b: signals.append(f"changed {a.row()}"))
    model.rowsRemoved.connect(lambda _p, a, b: signals.append(f"removed {a}-{b}"))
    model.rowsInserted.connect(lambda _p, a, b: signals.append(f"inserted {a}-{b}"))
    model.layoutChanged.connect(lambda: signals.append("layout"))
    held = QPersistentModelIndex(model.index(10, 0))
    held_id = model.id_at(10)
    everyone = model.rowCount()

    record = get_contact(demo, model.id_at(3))
    record.city = "Anderswo"
    update_contact(demo, record)
    model.refresh([record.id])
    assert signals == ["changed 3"] and model.contact_at(3).city == "Anderswo"

    signals.clear()
    first = model.id_at(0)
    delete_contacts(demo, [first])
    model.refresh([first])
    assert signals == ["removed 0-0"]

    signals.clear()
    new = create_contact(demo, ContactRecord(given_name="Aaron", family_name="Aal"))
    model.refresh([new.value.id])
    assert signals == ["inserted 0-0"] and model.id_at(0) == new.value.id

    signals.clear()
    model.sort(ContactsTableModel.CITY)
    assert signals == ["layout"]
    assert held.isValid() and model.id_at(held.row()) == held_id  # moved with its contact

    signals.clear()
    a, b, c = model.id_at(1), model.id_at(2), model.id_at(3)
    model.set_view(False, {a, b})  # narrowed in two places: rows removed
    assert signals == ["removed 3-" + str(everyone - 1), "removed 0-0"]
    signals.clear()
    model.set_view(False, {c})  # another shape: a reset
    assert signals == ["reset"] and model.rowCount() == 1


def test_notes_model(qtmodeltester, demo):
    model = NotesListModel(demo)
    model.reload()
    qtmodeltester.check(model)
    assert model.rowCount() > 0
    filtered = NotesListModel(demo)  # one tester per model: two would disturb each other
    filtered.set_filter(NoteFilter(open_follow_ups=True))
    qtmodeltester.check(filtered)
    assert all(filtered.note_at(r).open_follow_ups for r in range(filtered.rowCount()))


def test_timeline_model(qtmodeltester, demo):
    model = TimelineModel(demo, lambda: TODAY)
    model.reload()
    qtmodeltester.check(model)
    assert model.loaded_entries() > 0
    last_year = TimelineModel(demo, lambda: TODAY)
    last_year.start_at_year(TODAY.year - 1)
    qtmodeltester.check(last_year)
    assert last_year.index(0, 0).data() == str(TODAY.year - 1)


def test_search_results_model(qtmodeltester, demo):
    model = SearchResultsModel()
    model.set_hits(search(demo, "Kaf", kind="contact"), search(demo, "Kaf", kind="interaction"))
    qtmodeltester.check(model)
    model.set_hits([], [])
    qtmodeltester.check(model)


def test_backups_model(qtmodeltester, demo, tmp_path):
    create_backup(demo, tmp_path)
    model = BackupsModel()
    model.set_rows(list_backups(tmp_path))
    qtmodeltester.check(model)
    # the size as a person reads it: "820 KiB", not "820.00 KiB"
    size = model.index(0, 2).data()
    assert re.fullmatch(r"\d+ KiB", size), size
    assert re.fullmatch(r"\d+[.,]\d MiB", model.cell(replace(model.rows[0], size=5_300_000), 2))


def test_the_first_load_reads_the_first_screen_then_every_id(qtbot, qtmodeltester, demo,
                                                             monkeypatch):  # fmt: skip
    """The start reads the first screen's ids and the count (it does not grow with the
    journal); the rest comes after the first paint, the rows shown staying put."""
    from netzjournal.ui.contacts import model as contacts_model

    monkeypatch.setattr(contacts_model, "FIRST_SCREEN", 10)
    everyone = summary.contact_ids(demo.connection(), False)
    read: list[str] = []
    demo.connection().set_trace_callback(read.append)
    model = ContactsTableModel(demo, lambda: TODAY)
    model.set_view(False, None)
    demo.connection().set_trace_callback(None)
    ids_read = [sql for sql in read if sql.startswith("SELECT s.contact_id")]
    assert ids_read and all(sql.endswith("LIMIT 10") for sql in ids_read)
    assert model.rowCount() == len(everyone) > 10  # the scrollbar is right from the start
    assert [model.index(r, 0).data(ID_ROLE) for r in range(10)] == everyone[:10]
    signals: list[str] = []
    model.modelReset.connect(lambda: signals.append("reset"))
    model.layoutChanged.connect(lambda: signals.append("layout"))
    model.dataChanged.connect(lambda a, b: signals.append(f"changed {a.row()}-{b.row()}"))
    # A row past the first screen asked for before the rest is read: empty for a
    # moment, then filled on the next turn of the event loop.
    assert model.index(30, 0).data(ID_ROLE) is None
    qtbot.waitUntil(lambda: model.index(30, 0).data(ID_ROLE) == everyone[30])
    assert signals == [f"changed 10-{len(everyone) - 1}"]
    assert [model.id_at(r) for r in range(model.rowCount())] == everyone
    qtmodeltester.check(model)


def test_a_sort_restored_before_the_first_paint_reads_that_first_screen(demo, monkeypatch):
    from netzjournal.ui.contacts import model as contacts_model

    monkeypatch.setattr(contacts_model, "FIRST_SCREEN", 10)
    model = ContactsTableModel(demo, lambda: TODAY)
    model.set_view(False, None)
    model.sort(ContactsTableModel.CITY, Qt.SortOrder.DescendingOrder)
    by_city = summary.contact_ids(demo.connection(), False, order="city", descending=True)
    assert model.rowCount() == len(by_city)
    assert [model.index(r, 0).data(ID_ROLE) for r in range(10)] == by_city[:10]
    model.complete()
    assert [model.id_at(r) for r in range(model.rowCount())] == by_city


def test_contacts_written_between_the_first_screen_and_the_rest_reset_the_view(
    qtbot, demo, monkeypatch
):
    from netzjournal.ui.contacts import model as contacts_model

    monkeypatch.setattr(contacts_model, "FIRST_SCREEN", 10)
    model = ContactsTableModel(demo, lambda: TODAY)
    model.set_view(False, None)
    create_contact(demo, ContactRecord(given_name="Aaron", family_name="Aal"))  # another program
    with qtbot.waitSignal(model.modelReset):
        model.complete()
    assert [model.id_at(r) for r in range(model.rowCount())] == summary.contact_ids(
        demo.connection(), False
    )


def test_an_id_past_the_first_screen_is_found(demo, monkeypatch):
    """Selecting a contact (a search result) before the rest is read reads it."""
    from netzjournal.ui.contacts import model as contacts_model

    monkeypatch.setattr(contacts_model, "FIRST_SCREEN", 10)
    everyone = summary.contact_ids(demo.connection(), False)
    model = ContactsTableModel(demo, lambda: TODAY)
    model.set_view(False, None)
    assert model.row_for(everyone[40]) == 40
    assert model.id_at(41) == everyone[41]


def test_the_filter_over_a_long_list_shows_its_first_screen_then_the_rest(
    qtbot, qtmodeltester, demo, monkeypatch
):
    """A new filter over a long list shows its first screen and how many match; the
    rest is kept when something needs it (a row past it, an id, a sort) or when
    typing pauses — and a keystroke typed meanwhile needs none of it. The rows are
    exactly those of the plain query at every step."""
    from netzjournal.ui.contacts import model as contacts_model

    monkeypatch.setattr(contacts_model, "FIRST_SCREEN", 5)
    monkeypatch.setattr(contacts_model, "FIRST_SCREENS_FROM", 0)
    monkeypatch.setattr(contacts_model, "MAX_RUNS", 0)  # (five rows show a run gone)
    monkeypatch.setattr(contacts_model, "REST_AFTER_MS", 50)
    conn = demo.connection()

    def expected(text: str) -> list[int]:
        return summary.contact_ids(conn, False, matching_contact_ids(demo, text), "name", False)

    model = ContactsTableModel(demo, lambda: TODAY)
    model.set_view(False, None, (), "", None)
    model.complete()
    assert model.rowCount() > 4 * 5
    signals: list[str] = []
    model.modelReset.connect(lambda: signals.append("reset"))
    model.dataChanged.connect(lambda a, b: signals.append(f"changed {a.row()}-{b.row()}"))
    deferred = 0
    for first, second in (("a", "an"), ("e", "er"), ("m", "mu"), ("s", "sc"), ("l", "la")):
        want = expected(first)
        model.set_view(False, None, (), first, None)
        assert model.rowCount() == len(want)
        assert [model.index(r, 0).data(ID_ROLE) for r in range(min(5, len(want)))] == want[:5]
        deferred += model._count is not None
        model.set_view(False, None, (), second, None)  # typed right after: reset again
        want = expected(second)
        assert model.rowCount() == len(want)
        assert [model.index(r, 0).data(ID_ROLE) for r in range(min(5, len(want)))] == want[:5]
        deferred += model._count is not None
        if model._count is not None:
            qtbot.waitUntil(lambda: model._count is None)  # typing paused: the rest is kept
        assert [model.id_at(r) for r in range(model.rowCount())] == want
        qtmodeltester.check(model)
    assert deferred >= 5  # (the first screen was shown for most of these filters)
    assert "reset" in signals
    # A row past the first screen, asked for before the rest is kept: filled on the
    # next turn of the event loop; an id past it is read at once.
    model.set_view(False, None, (), "", None)
    model.set_view(False, None, (), "be", None)
    want = expected("be")
    assert model._count is not None
    assert model.id_at(len(want) - 1) == want[-1]  # (as the pane takes a selection)
    model.set_view(False, None, (), "", None)
    model.set_view(False, None, (), "ka", None)
    want = expected("ka")
    assert model._count is not None
    unmatched = next(c for c in summary.contact_ids(conn, False) if c not in want)
    assert model.row_for(unmatched) is None and model._count is not None  # (nothing read)
    signals.clear()
    assert model.index(10, 0).data() is None
    qtbot.waitUntil(lambda: model._count is None)
    assert signals == [f"changed 5-{len(want) - 1}"]
    assert [model.id_at(r) for r in range(model.rowCount())] == want
    # A sort keeps the rest in the order it was read in, then orders anew.
    model.set_view(False, None, (), "m", None)
    model.sort(ContactsTableModel.CITY, Qt.SortOrder.DescendingOrder)
    by_city = summary.contact_ids(conn, False, matching_contact_ids(demo, "m"), "city", True)
    assert [model.id_at(r) for r in range(model.rowCount())] == by_city
    qtmodeltester.check(model)


def test_the_filter_with_first_screens_keeps_the_matches_in_sqlites_order(demo, monkeypatch):
    """The comparison above, with a first screen of five rows (most filters shown
    by their first screen first)."""
    from netzjournal.ui.contacts import model as contacts_model

    monkeypatch.setattr(contacts_model, "FIRST_SCREEN", 5)
    monkeypatch.setattr(contacts_model, "FIRST_SCREENS_FROM", 0)
    monkeypatch.setattr(contacts_model, "MAX_RUNS", 0)
    test_the_filter_keeps_the_matches_in_the_order_sqlite_gives(demo)


@pytest.mark.usefixtures("german")
def test_a_backup_s_size_is_written_without_needless_decimals(demo, tmp_path):
    """The backups list said „824,00 KiB“ for every file: two zero decimals for sizes
    read at a glance. Kilobytes whole, megabytes to one decimal."""
    import dataclasses

    create_backup(demo, tmp_path)
    (info,) = list_backups(tmp_path)
    model = BackupsModel()
    model.set_rows([dataclasses.replace(info, size=843_776),
                    dataclasses.replace(info, size=12_999_000)])  # fmt: skip
    sizes = [model.index(r, 2).data() for r in range(2)]
    assert sizes == ["824 KiB", "12,4 MiB"]
