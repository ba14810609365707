"""A calendar (.ics) import is backed up first and is one undo step.

An import does not only add events: an invitation's update changes one here, a
guest's answer (iTIP REPLY) changes who said they would come. It wrote without a
backup and could not be taken back; now the files chosen together are one step
(„Kalender importieren“), undone to the very rows (ids, UIDs, mails read), redone
as they were, refused when those rows were changed elsewhere meanwhile.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path

import pytest
from conftest import REPO
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from uihelpers import in_language, when_modal

from netzjournal import cli
from netzjournal.commands.calendar_import import ImportCalendars
from netzjournal.interchange import ical_in
from netzjournal.store.backups import list_backups, verify_backup
from netzjournal.store.contacts import create_contact
from netzjournal.store.errors import StoreError
from netzjournal.store.events import attendance, list_events, set_attendance
from netzjournal.store.journal import Journal
from netzjournal.store.records import Channel, ContactRecord
from netzjournal.store.stale import StaleWrite

EVENTS = REPO / "tests" / "data" / "events"
INVITATIONS = EVENTS / "invitations"
TODAY = dt.date(2026, 9, 1)
# New events (a calendar), an update of an invitation already here (Kemal and Jonas
# accepted: they are coming), an evening's own invitation of a series here, and a
# guest's answer to that series (a REPLY: Kemal declines November).
FILES = [EVENTS / "ruhr-events.ics", INVITATIONS / "fruehstueck-update.WRITTEN.ics",
         INVITATIONS / "stammtisch-december-guests.WRITTEN.ics",
         INVITATIONS / "stammtisch-reply-november-no.WRITTEN.ics"]  # fmt: skip
# SQLite's own tables, the full-text index's internals (its content table is compared)
# and the journal's bookkeeping of its write-ahead log.
_NOT_COMPARED = ("sqlite_%", "%_data", "%_idx", "%_docsize", "%_config")


def rows(j: Journal) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table (the journal's whole content), for comparing."""
    conn = j.connection()
    skip = " AND ".join("name NOT LIKE ?" for _ in _NOT_COMPARED)
    tables = [r[0] for r in conn.execute(
        f"SELECT name FROM sqlite_master WHERE type = 'table' AND {skip} AND name != 'meta'",
        _NOT_COMPARED)]  # fmt: skip
    return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}


def _people(j: Journal) -> dict[str, int]:
    made = {}
    for given, family, mail in (("Kemal", "Aydın", "kemal.aydin@example.de"),
                                ("Jonas", "Brandl", "j.brandl@example.de"),
                                ("Lena", "Vogt", "lena.vogt@example.de")):  # fmt: skip
        record = ContactRecord(given_name=given, family_name=family,
                               channels=[Channel("email", mail)])  # fmt: skip
        made[given] = create_contact(j, record).value.id
    return made


def _invitations_here(j: Journal) -> None:
    """The breakfast's first invitation and the Stammtisch series, imported before."""
    for name in ("fruehstueck-request.WRITTEN.ics", "stammtisch-series.WRITTEN.ics"):
        ical_in.import_events(j, ical_in.read_events(INVITATIONS / name), today=TODAY)


def _read(paths: list[Path]) -> list[tuple[str, list[ical_in.CalendarEvent]]]:
    return [(str(p), ical_in.read_events(p)) for p in paths]


def _breakfast(j: Journal) -> int:
    (event,) = [e for e in list_events(j) if "Vertriebsfrühstück" in e.name]
    assert event.id is not None
    return event.id


@pytest.fixture
def journal(where):
    j = Journal.open(where.journal, backup_dir=where.backups)
    yield j
    j.close()


def test_undo_puts_every_row_back_exactly_and_redo_brings_the_import_again(journal):
    people = _people(journal)
    _invitations_here(journal)
    before = rows(journal)
    command = ImportCalendars(journal, _read(FILES), "de", TODAY)
    command.do()
    count = command.count()
    assert (count.created, count.updated, count.replies) == (3, 2, {"DECLINED": 1})
    assert command.changed
    breakfast = _breakfast(journal)
    coming = {a.contact_id for a in attendance(journal, [breakfast]).get(breakfast, [])}
    assert coming == {people["Kemal"], people["Jonas"]}  # (the update's accepted guests)
    after = rows(journal)
    assert after != before

    command.undo()
    assert rows(journal) == before  # every table, every row, ids and all
    command.do()  # redo: the same rows again (ids, UIDs, the mails read)
    assert rows(journal) == after
    command.undo()
    assert rows(journal) == before

    # The mails read went back too: the update imported again changes the event again
    # (it is not "already there").
    again = ical_in.import_events(
        journal, ical_in.read_events(INVITATIONS / "fruehstueck-update.WRITTEN.ics"), today=TODAY
    ).value
    assert (again.updated, again.skipped) == (1, 0)


def test_a_backup_is_taken_first_and_kept_only_when_the_import_changed_something(journal, where):
    _people(journal)
    _invitations_here(journal)
    command = ImportCalendars(journal, _read(FILES), "en", TODAY)
    command.do()
    assert command.backup is not None and command.backup.exists()
    assert [b.reason for b in list_backups(where.backups)] == ["pre-import"]
    report = verify_backup(command.backup)  # (a journal that can be restored)
    assert report.ok and report.contacts == 3
    # The same files again: all already there; no step, and no second backup.
    same = ImportCalendars(journal, _read(FILES), "en", TODAY)
    same.do()
    assert not same.changed and same.backup is None
    assert len(list_backups(where.backups)) == 1


def test_an_empty_journal_is_imported_into_without_a_backup(journal, where):
    command = ImportCalendars(journal, _read(FILES[:1]), "en", TODAY)
    command.do()
    assert command.changed and command.backup is None
    assert list_backups(where.backups) == []
    command.undo()
    assert list_events(journal) == []


def test_undo_is_refused_when_what_the_import_changed_was_changed_elsewhere(journal):
    people = _people(journal)
    _invitations_here(journal)
    command = ImportCalendars(journal, _read(FILES), "en", TODAY)
    command.do()
    breakfast = _breakfast(journal)
    set_attendance(journal, breakfast, people["Lena"], "attended")  # (the user, meanwhile)
    changed = rows(journal)
    with pytest.raises(StaleWrite):
        command.undo()
    assert rows(journal) == changed  # nothing thrown away


def test_the_command_line_takes_a_backup_and_says_where(where, capsys):
    journal = Journal.open(where.journal, backup_dir=where.backups)
    try:
        _people(journal)
        _invitations_here(journal)
    finally:
        journal.close()
    update = INVITATIONS / "fruehstueck-update.WRITTEN.ics"
    assert cli.main(["import", str(update), "--data-dir", str(where.root)]) == 0
    said = capsys.readouterr()
    assert said.out.startswith(f"{update.name}: 0 imported, 1 changed by an update")
    (backup,) = list_backups(where.backups)
    assert backup.reason == "pre-import"
    assert said.err == f"Backup before the import: {backup.path}\n"


def _window_with_invitations(make_window):
    w = make_window()
    _people(w.journal)
    _invitations_here(w.journal)
    return w


def _import_in_window(w, paths: list[Path]) -> list[str]:
    """What the result box said (its text, then, after a blank line, the line below)."""
    seen: list[str] = []

    def read(box: QMessageBox) -> None:
        seen.append(f"{box.text()}\n\n{box.informativeText()}".rstrip())
        box.accept()

    when_modal(read, lambda widget: isinstance(widget, QMessageBox))
    w.events_pane.import_files([str(p) for p in paths])
    return seen


def test_the_events_view_s_import_is_one_step_that_ctrl_z_takes_back(make_window, qtbot,
                                                                      language):  # fmt: skip
    words = {
        "en": ("Import calendar", "Edit → Undo takes the whole import back.",
               "A backup was taken first: "),
        "de": ("Kalender importieren", "Bearbeiten → Rückgängig nimmt den ganzen Import zurück.",
               "Vorher wurde eine Sicherung angelegt: "),
    }[language]  # fmt: skip
    w = _window_with_invitations(make_window)
    before = rows(w.journal)
    steps = w.undo_stack.count()
    (said,) = _import_in_window(w, FILES)
    assert w.undo_stack.count() == steps + 1  # the four files: one step
    assert w.undo_stack.text(steps).splitlines()[0] == words[0]
    assert words[0] in w.undo_action.text().replace("&", "")
    assert words[2] in said and said.rstrip().endswith(words[1]), said
    assert rows(w.journal) != before

    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    w.events_pane.setFocus()
    qtbot.keyClick(w.events_pane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert rows(w.journal) == before

    # Redone, then the same files again: all already there, no step of their own.
    w.undo_stack.redo()
    steps = w.undo_stack.count()
    (said,) = _import_in_window(w, FILES)
    assert w.undo_stack.count() == steps
    assert words[1] not in said


@pytest.mark.skipif(
    getattr(os, "geteuid", lambda: 1)() != 0,
    reason="needs root to mount a small tmpfs (a full disk)",
)
def test_a_full_disk_while_backing_up_imports_nothing_and_says_so(make_window, qtbot, where):
    w = _window_with_invitations(make_window)
    backups = where.backups
    for old in backups.iterdir():
        old.unlink()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(backups)],
                             capture_output=True, text=True)  # fmt: skip
    if mounted.returncode != 0:  # a container without CAP_SYS_ADMIN
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        before = rows(w.journal)
        steps = w.undo_stack.count()
        with in_language("de"):
            (said,) = _import_in_window(w, FILES)
        # The command on its own: the store's refusal, nothing written.
        with pytest.raises(StoreError):
            ImportCalendars(w.journal, _read(FILES), "en", TODAY).do()
        assert list(backups.iterdir()) == []
    finally:
        subprocess.run(["umount", str(backups)], check=True)
    assert "Datenträger ist voll" in said and "nichts gespeichert" in said, said
    assert "importiert" not in said  # (no count of what did not happen)
    assert rows(w.journal) == before
    assert w.undo_stack.count() == steps


def test_a_file_the_journal_refuses_stops_there_and_the_files_before_it_are_the_step(
    journal, where, monkeypatch
):
    """The second of two files meets a full disk (its write refused, as the store
    refuses one): the first file's events are in, one step undoes them, the backup
    taken first stays (the journal changed), and ``stopped`` names the file."""
    from netzjournal.commands import calendar_import
    from netzjournal.store.journal import DiskFull

    _people(journal)
    _invitations_here(journal)
    before = rows(journal)
    real = calendar_import.import_events
    calls: list[int] = []

    def second_refused(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise DiskFull("The disk is full.")
        return real(*args, **kwargs)

    monkeypatch.setattr(calendar_import, "import_events", second_refused)
    files = _read(FILES[:2])
    command = ImportCalendars(journal, files, "en", TODAY)
    command.do()
    assert command.stopped is not None and command.stopped[0] == files[1][0]
    assert isinstance(command.stopped[1], DiskFull)
    assert [c.created for c in command.counts] == [3]  # the first file's events only
    assert command.changed and command.backup is not None and command.backup.exists()
    command.undo()
    assert rows(journal) == before


# -- an invitation mailed again without changes -----------------------------------------

RESENT = INVITATIONS / "fruehstueck-resent.WRITTEN.ics"  # SEQUENCE 2, a longer description


def test_an_invitation_mailed_again_without_changes_is_no_step_and_keeps_no_backup(journal, where):
    """Only its newer version is recorded: no step whose undo visibly does nothing, no
    backup; and the previous import's undo is not refused for that version."""
    _people(journal)
    _invitations_here(journal)
    before_update = rows(journal)
    update = ImportCalendars(journal, _read([INVITATIONS / "fruehstueck-update.WRITTEN.ics"]),
                             "de", TODAY)  # fmt: skip
    update.do()
    assert update.changed
    after_update = rows(journal)
    resent = ImportCalendars(journal, _read([RESENT]), "de", TODAY)
    resent.do()
    count = resent.count()
    assert (count.created, count.updated, count.skipped) == (0, 0, 1)
    assert not resent.changed and resent.backup is None
    assert [b.path for b in list_backups(where.backups)] == [update.backup]
    assert rows(journal) != after_update  # (the mail's version: a fact about mails read)

    update.undo()  # the step before: not refused ("changed elsewhere")
    assert rows(journal) == before_update
    # Its mails went back, the resent one's with them: read again, it counts anew.
    again = ImportCalendars(journal, _read([RESENT]), "de", TODAY)
    again.do()
    assert again.changed and again.count().updated == 1


def test_the_events_view_says_already_up_to_date_without_backup_or_undo(make_window,
                                                                       language):  # fmt: skip
    said_up_to_date, undo_words = {
        "en": ("Already up to date: the invitation was already in the journal as it is.",
               "Undo"),
        "de": ("Schon aktuell: Die Einladung war schon so im Journal.", "Rückgängig"),
    }[language]  # fmt: skip
    w = _window_with_invitations(make_window)
    _import_in_window(w, [INVITATIONS / "fruehstueck-update.WRITTEN.ics"])
    steps = w.undo_stack.count()
    (said,) = _import_in_window(w, [RESENT])
    assert said == said_up_to_date
    assert undo_words not in said
    assert w.undo_stack.count() == steps
    w.undo_stack.undo()  # the update's import: taken back, not refused
    assert w.undo_stack.index() == steps - 1


def test_the_command_line_says_already_up_to_date_and_keeps_no_backup(where, capsys):
    journal = Journal.open(where.journal, backup_dir=where.backups)
    try:
        _people(journal)
        _invitations_here(journal)
        update = INVITATIONS / "fruehstueck-update.WRITTEN.ics"
        ical_in.import_events(journal, ical_in.read_events(update), today=TODAY)
    finally:
        journal.close()
    assert cli.main(["import", str(RESENT), "--data-dir", str(where.root)]) == 0
    said = capsys.readouterr()
    assert said.out.splitlines() == [
        f"{RESENT.name}: 0 imported, 0 changed by an update or a cancellation, 1 already there.",
        "Already up to date: nothing in the journal changed.",
    ]
    assert said.err == ""
    assert list_backups(where.backups) == []
