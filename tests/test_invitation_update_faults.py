"""An invitation update that drops an extra evening (RDATE), taken while another
program writes or on a full disk: refused whole (the evening stays on, the update's
version is not marked as taken), and taken once the journal can be written."""

from __future__ import annotations

import datetime as dt

import pytest
from test_event_zones_more import invitation
from test_storage_trust import IS_ROOT, fill_disk, holding_the_write_lock, tmpfs

from netzjournal.interchange import ical_in
from netzjournal.store.errors import StoreError
from netzjournal.store.events import list_events, occurrences
from netzjournal.store.journal import Journal

D = dt.date
TODAY = D(2026, 12, 1)
BOTH = "RDATE;TZID=Europe/Berlin:20270114T190000,20270218T183000\r\n"
ONE = "RDATE;TZID=Europe/Berlin:20270218T183000\r\n"


def _evening_on(j: Journal) -> bool:
    (evening,) = occurrences(j, D(2027, 1, 14), D(2027, 1, 14))
    return not evening.cancelled


def _taken_later(j: Journal) -> None:
    count = ical_in.import_events(j, ical_in.parse(invitation(1, ONE)), today=TODAY).value
    assert count.updated == 1 and not _evening_on(j)


@pytest.mark.plain_only  # (the other program's lock is plain SQLite's)
def test_an_update_that_drops_an_evening_under_a_lock_changes_nothing(tmp_path, berlin_zone):
    with Journal.open(tmp_path / "j.sqlite3") as j:
        ical_in.import_events(j, ical_in.parse(invitation(0, BOTH)), today=TODAY)
        assert _evening_on(j)
        with holding_the_write_lock(j.path), pytest.raises(StoreError) as caught:
            ical_in.import_events(j, ical_in.parse(invitation(1, ONE)), today=TODAY)
        assert "another program" in str(caught.value).lower()
        assert _evening_on(j) and len(list_events(j)) == 1
        _taken_later(j)


@pytest.mark.plain_only  # (the integrity check is plain SQLite's)
def test_an_update_that_drops_an_evening_on_a_full_disk_changes_nothing(tmp_path, berlin_zone):
    from test_storage_trust import integrity

    if not IS_ROOT:
        pytest.skip("needs root to mount a small tmpfs")
    with tmpfs(tmp_path / "disk", "3m") as disk:
        with Journal.open(disk / "j.sqlite3") as j:
            ical_in.import_events(j, ical_in.parse(invitation(0, BOTH)), today=TODAY)
            fill_disk(disk)
            with pytest.raises(StoreError) as caught:
                ical_in.import_events(j, ical_in.parse(invitation(1, ONE)), today=TODAY)
            assert "disk is full" in str(caught.value).lower()
            assert _evening_on(j)
            (disk / "filler").unlink()
            _taken_later(j)
        assert integrity(disk / "j.sqlite3") == "ok"
