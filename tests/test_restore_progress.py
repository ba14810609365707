"""JSON restore (CLI), the calendar's DTSTAMP, progress and cancelling of long
imports and exports (issue 14)."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from conftest import person
from icalendar import Calendar

from netzjournal import cli
from netzjournal.demo.generator import DemoSpec, generate_into
from netzjournal.interchange import writers
from netzjournal.interchange.exports import export_to
from netzjournal.interchange.importer import apply_import, plan_import, read_paths
from netzjournal.progress import Cancelled, TerminalProgress
from netzjournal.store import journal_json
from netzjournal.store.contact_list import contact_rows
from netzjournal.store.contacts import contact_count, create_contact
from netzjournal.store.fulltext import search
from netzjournal.store.interactions import add_follow_up
from netzjournal.store.journal import Journal
from netzjournal.store.records import Birthday, FollowUpRecord


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def _demo(path, contacts=30) -> str:
    with Journal.open(path) as j:
        generate_into(j, DemoSpec(contacts, 2, seed=5, today=dt.date(2026, 11, 22)))
        return journal_json.export_text(j)


def test_calendar_export_stamps_every_component(journal):
    c = create_contact(journal, person("Lea", "Tag", birthday=Birthday(2, 29))).value
    add_follow_up(journal, FollowUpRecord("Buch", c.id, due_on=dt.date(2026, 2, 1)))
    now = dt.datetime(2026, 11, 22, 9, 30, 15, 999, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    text = writers.ics(journal, dt.date(2026, 11, 22), now=now).decode()
    components = Calendar.from_ical(text).walk("VEVENT") + Calendar.from_ical(text).walk("VTODO")
    assert len(components) >= 2
    for comp in components:
        assert comp.decoded("dtstamp") == dt.datetime(2026, 11, 22, 8, 30, 15, tzinfo=dt.UTC)
    assert text.count("DTSTAMP:20261122T083015Z") == len(components)


def test_json_export_is_json_with_one_row_per_line(tmp_path):
    text = _demo(tmp_path / "a.sqlite3")
    data = json.loads(text)
    assert data["format"] == "netzjournal-export" and data["version"] == 1
    contacts = data["tables"]["contact"]
    assert len(contacts) == 30 and isinstance(contacts[0]["id"], int)
    assert sum(1 for line in text.splitlines() if line.lstrip().startswith('{"id"')) >= 30


def test_cli_restores_a_json_export_into_an_empty_journal_only(tmp_path, capsys, monkeypatch):
    export = tmp_path / "journal.json"
    export.write_text(_demo(tmp_path / "a.sqlite3"), encoding="utf-8")
    home = tmp_path / "home"
    home.mkdir()  # (a folder named that is not there is refused as a typo)
    err = Tty()
    monkeypatch.setattr("sys.stderr", err)
    assert cli.main(["import", str(export), "--data-dir", str(home)]) == 0
    assert "Restored" in capsys.readouterr().out
    assert "Restoring" in err.getvalue() and err.getvalue().endswith("\r\x1b[K")
    with Journal.open(home / "journal.sqlite3") as j:
        assert contact_count(j) == 30
        again = journal_json.export_text(j)
    assert json.loads(again)["tables"] == json.loads(export.read_text())["tables"]
    # A second restore into the now full journal is refused, with the reason.
    monkeypatch.setattr("sys.stderr", err := io.StringIO())
    assert cli.main(["import", str(export), "--data-dir", str(home)]) == 2
    assert "empty journal only" in err.getvalue() and "contacts: 30" in err.getvalue()
    # Together with other files it is not read as a table of 13,000 problems.
    card = tmp_path / "a.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada\r\nEND:VCARD\r\n")
    assert cli.main(["import", str(card), str(export), "--data-dir", str(home)]) == 2
    assert "only file" in err.getvalue()


@pytest.mark.parametrize(
    ("change", "code"),
    [
        (lambda d: d["tables"]["contact"][0].update({"evil) VALUES (1); --": 1}), "damaged"),
        (lambda d: d["tables"].update({"sqlite_master": []}), "damaged"),
        (lambda d: d.update({"schema": 999}), "too_new"),
        (lambda d: d.update({"format": "something else"}), "not_export"),
        (lambda d: d["tables"]["participant"].append({"interaction_id": 1, "contact_id": 99999}),
         "damaged"),
        (lambda d: d["tables"]["contact"][1].update({"id": d["tables"]["contact"][0]["id"]}),
         "damaged"),
        (lambda d: d["tables"]["contact"][0].update({"notes": {"a": 1}}), "damaged"),
    ],
)  # fmt: skip
def test_a_bad_export_is_refused_and_nothing_is_written(tmp_path, change, code):
    data = json.loads(_demo(tmp_path / "a.sqlite3"))
    change(data)
    with Journal.open(tmp_path / "b.sqlite3") as j:
        with pytest.raises(journal_json.RestoreRefused) as caught:
            journal_json.restore(j, json.dumps(data))
        assert caught.value.code == code
        assert journal_json.journal_contents(j) == dict.fromkeys(
            journal_json.journal_contents(j), 0
        )
        assert search(j, "Kaffee") == []
    with Journal.open(tmp_path / "c.sqlite3") as j:
        with pytest.raises(journal_json.RestoreRefused) as caught:
            journal_json.restore(j, b"not json at all {")
        assert caught.value.code == "not_export"


def _cancel_at(phase: str, after: int = 0):
    calls = []

    def progress(p: str, done: int, total: int) -> None:
        calls.append((p, done, total))
        if p == phase and len([c for c in calls if c[0] == phase]) > after:
            raise Cancelled

    return progress, calls


def test_cancelled_restore_leaves_the_journal_empty(tmp_path):
    text = _demo(tmp_path / "a.sqlite3", contacts=200)
    progress, _calls = _cancel_at("restore", after=2)
    with Journal.open(tmp_path / "b.sqlite3") as j:
        with pytest.raises(Cancelled):
            journal_json.restore(j, text, progress)
        assert set(journal_json.journal_contents(j).values()) == {0}
        assert journal_json.restore(j, text) > 0  # and it can be done again


def test_cancelled_import_changes_nothing(journal, tmp_path):
    source = tmp_path / "many.csv"
    rows = "".join(f"Vorname{n},Nachname{n},p{n}@example.org\r\n" for n in range(1000))
    source.write_text("First Name,Last Name,E-mail Address\r\n" + rows)
    create_contact(journal, person("Erika", "Mustermann"))
    plan = plan_import(journal, read_paths([source]))
    progress, calls = _cancel_at("write", after=2)
    with pytest.raises(Cancelled):
        apply_import(journal, plan, progress)
    assert contact_count(journal) == 1
    assert [c[0] for c in calls].count("write") == 3


def test_an_import_cancelled_after_its_bulk_load_restores_rows_and_indexes(journal, tmp_path):
    # 1,000 new people into a journal of one: the load builds its indexes afterwards
    # (store/bulk_indexes.py); the last progress call comes after that, inside the
    # same transaction, and the rollback must put every index back as it was.
    source = tmp_path / "many.csv"
    rows = "".join(f"Vorname{n},Nachname{n},p{n}@example.org\r\n" for n in range(1000))
    source.write_text("First Name,Last Name,E-mail Address\r\n" + rows)
    create_contact(journal, person("Erika", "Mustermann"))
    conn = journal.connection()
    schema = "SELECT type, name, sql FROM sqlite_master ORDER BY type, name"
    before = conn.execute(schema).fetchall()
    plan = plan_import(journal, read_paths([source]))
    progress, calls = _cancel_at("write", after=5)
    with pytest.raises(Cancelled):
        apply_import(journal, plan, progress)
    assert calls[-1] == ("write", 1000, 1000)  # the bulk load had been done
    assert contact_count(journal) == 1
    assert conn.execute(schema).fetchall() == before
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    outcome = apply_import(journal, plan)  # and it can be done again
    assert len(outcome.created) == 1000 and conn.execute(schema).fetchall() == before


def test_cancelled_export_keeps_the_old_file_and_leaves_no_part(journal, tmp_path):
    for n in range(250):
        create_contact(journal, person(f"Ana{n}", "Ortiz"))
    ids = [r.id for r in contact_rows(journal)]
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "out.vcf"
    target.write_text("the earlier export")
    for fmt in ("vcf", "csv", "csv;", "json", "md"):
        progress, _ = _cancel_at("export", after=1)
        with pytest.raises(Cancelled):
            export_to(journal, target, fmt, ids, dt.date(2026, 11, 22), progress)
        assert target.read_text() == "the earlier export"
        assert sorted(p.name for p in target.parent.iterdir()) == ["out.vcf"]
    calls = []
    export_to(journal, target, "vcf", ids, dt.date(2026, 11, 22), lambda *a: calls.append(a))
    assert target.read_text().count("BEGIN:VCARD") == 250 and calls[-1] == ("export", 250, 250)


def test_terminal_progress_line():
    ticks = iter([0.0, 0.01, 0.5, 0.6])
    tty = Tty()
    line = TerminalProgress(tty, clock=lambda: next(ticks))
    line("write", 10, 100)
    line("write", 20, 100)  # 10 ms later: not redrawn
    line("write", 50, 100)
    line("write", 100, 100)
    line.finish()
    assert tty.getvalue() == (
        "\rImporting …  10 %\x1b[K\rImporting …  50 %\x1b[K\rImporting … 100 %\x1b[K\r\x1b[K"
    )
    quiet = io.StringIO()
    TerminalProgress(quiet)("write", 1, 2)
    assert quiet.getvalue() == ""


def test_a_note_added_elsewhere_after_the_check_stops_the_restore(tmp_path):
    """The emptiness is checked inside the restore's own transaction, after its write
    lock: a contact another process added between the first check and the write is
    never mixed into the restored journal (before: restored around it, or refused as a
    "damaged" export when the ids met)."""
    text = _demo(tmp_path / "a.sqlite3", contacts=20)
    target = tmp_path / "b.sqlite3"
    added: list[int] = []

    def another_process_adds_one(phase: str, done: int, total: int) -> None:
        if not added:
            with Journal.open(target) as other:
                added.append(create_contact(other, person("Zoe", "Zwischen")).value.id)

    with Journal.open(target) as j:
        with pytest.raises(journal_json.RestoreRefused) as refused:
            journal_json.restore(j, text, another_process_adds_one)
        assert refused.value.code == "not_empty"
        assert [r.name for r in contact_rows(j)] == ["Zoe Zwischen"]
