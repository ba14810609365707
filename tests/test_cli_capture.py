"""Quick capture from the command line: ``note add``, ``contact add``, ``contact list``.

Run in this process through ``cli.main`` (real journal files in tmp_path),
and once as a separate process beside a running window, which must catch up.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, person

from netzjournal import cli, paths
from netzjournal.capture import source_of
from netzjournal.store.contacts import contact_count, create_contact, get_contact, set_archived
from netzjournal.store.fulltext import search
from netzjournal.store.interactions import follow_ups_of_note, get_interaction, interaction_count
from netzjournal.store.journal import Journal
from netzjournal.store.people import find_people_by_typed_name


@pytest.fixture
def data(tmp_path, monkeypatch) -> Path:
    """A data folder whose interface language is English (whatever the machine's)."""
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    for variable in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    root = tmp_path / "data"
    root.mkdir()
    return root


def nj(capsys, data: Path, *args: str) -> tuple[int, str, str]:
    status = cli.main([*args, "--data-dir", str(data)])
    out = capsys.readouterr()
    return status, out.out, out.err


def journal_of(data: Path) -> Journal:
    where = paths.resolve(data)
    return Journal.open(where.journal, backup_dir=where.backups)


@pytest.fixture
def namesakes(data, capsys) -> tuple[int, int, int]:
    """Two Chloe Bakers and a Jörg Müller, added through the command line."""
    ids = []
    for extra in (("--org", "Weserbogen Logistik", "--city", "Bremen"),
                  ("--org", "Nordlicht Medien", "--city", "Köln")):  # fmt: skip
        status, out, err = nj(capsys, data, "contact", "add", "--given", "Chloe",
                              "--family", "Baker", *extra)  # fmt: skip
        assert status == 0, err
        ids.append(int(out))
    status, out, _ = nj(capsys, data, "contact", "add", "--given", "Jörg", "--family", "Müller",
                        "--email", "joerg@example.org", "--phone", "+49 421 123",
                        "--form", "du", "--lang", "en", "--closeness", "5",
                        "--met-on", "14.03.2024", "--source", "Barcamp Bremen",
                        "--role", "CTO")  # fmt: skip
    ids.append(int(out))
    return ids[0], ids[1], ids[2]


# -- contact add / list -----------------------------------------------------------------


def test_contact_add_prints_the_id_and_stores_every_field(namesakes, data):
    _, _, joerg = namesakes
    with journal_of(data) as j:
        c = get_contact(j, joerg)
    assert (c.given_name, c.family_name, c.role) == ("Jörg", "Müller", "CTO")
    assert [(ch.kind, ch.value) for ch in c.channels] == [
        ("email", "joerg@example.org"), ("phone", "+49 421 123")]  # fmt: skip
    assert (c.address_form, c.language, c.closeness) == ("du", "en", 5)
    assert c.met_on == dt.date(2024, 3, 14)
    assert (c.source, c.source_detail) == ("barcamp", "Barcamp Bremen")


@pytest.mark.parametrize("form", ["du", "sie"])
def test_contact_add_with_a_form_has_it_chosen(data, capsys, form):
    """``--form`` is the user's own word: the coach does not ask „Sie oder du?“ of
    that person again. Without it the journal's default stays not chosen (the
    coach asks, as for a person the editor made with the default left)."""
    status, said, err = nj(capsys, data, "contact", "add", "--given", "Anja", "--form", form)
    assert status == 0, err
    status, left, err = nj(capsys, data, "contact", "add", "--given", "Ole")
    assert status == 0, err
    with journal_of(data) as j:
        told, untold = get_contact(j, int(said)), get_contact(j, int(left))
    assert (told.address_form, told.address_form_chosen) == (form, True)
    assert (untold.address_form, untold.address_form_chosen) == ("sie", False)


def test_contact_list_plain_and_json(namesakes, data, capsys):
    bremen, koeln, joerg = namesakes
    status, out, _ = nj(capsys, data, "contact", "list")
    assert status == 0
    lines = [line.split("\t") for line in out.splitlines()]
    assert lines == [
        [str(bremen), "Chloe Baker", "Weserbogen Logistik", "Bremen"],
        [str(koeln), "Chloe Baker", "Nordlicht Medien", "Köln"],
        [str(joerg), "Jörg Müller", "", ""],
    ]
    status, out, _ = nj(capsys, data, "contact", "list", "--json")
    assert json.loads(out)[1] == {"id": koeln, "name": "Chloe Baker",
                                  "organisation": "Nordlicht Medien", "city": "Köln"}  # fmt: skip


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--org", "ACME"), None),  # an organisation alone is a contact
        ((), "Please enter a name or an organisation."),
        (("--given", "A", "--email", "a at b"), "This is not an e-mail address: a at b"),
        (("--given", "A", "--phone", "call me"), "This is not a phone number: call me"),
        (("--given", "A", "--met-on", "gestern"), "“Met on” is not a date"),
    ],
)
def test_contact_add_checks_as_the_dialog_does(data, capsys, args, message):
    status, out, err = nj(capsys, data, "contact", "add", *args)
    if message is None:
        assert status == 0 and out.strip().isdigit()
        return
    assert status == 2 and message in err and not out
    with journal_of(data) as j:
        assert contact_count(j) == 0


def test_messages_follow_the_interface_language(data, capsys):
    (data / "window.ini").write_text("[ui]\nlanguage=de\n", encoding="utf-8")
    status, _, err = nj(capsys, data, "contact", "add", "--city", "Bremen")
    assert status == 2 and "Bitte einen Namen oder eine Organisation eingeben." in err
    status, _, err = nj(capsys, data, "note", "add", "--with", "Niemand", "--text", "x")
    assert status == 2 and "Niemand in Ihren Kontakten heißt „Niemand“" in err


def test_closeness_and_kind_are_checked_by_the_parser(data, capsys):
    with pytest.raises(SystemExit) as exit_:
        nj(capsys, data, "contact", "add", "--given", "A", "--closeness", "7")
    assert exit_.value.code == 2
    with pytest.raises(SystemExit):
        nj(capsys, data, "note", "add", "--with", "1", "--kind", "party", "--text", "x")


# -- note add -------------------------------------------------------------------------


def test_note_add_by_name_and_id_with_a_follow_up(namesakes, data, capsys):
    bremen, _, joerg = namesakes
    status, out, err = nj(capsys, data, "note", "add", "--with", "Jörg Müller",
                          "--with", str(bremen), "--when", "2026-03-14T10:30", "--kind", "coffee",
                          "--title", "Kaffee am Markt", "--text", "Über Barcamps",
                          "--hooks", "Halbmarathon im Mai", "--next", "Artikel schicken",
                          "--due", "2026-03-21")  # fmt: skip
    assert status == 0, err
    with journal_of(data) as j:
        note = get_interaction(j, int(out))
        follow = follow_ups_of_note(j, note.id)
    assert note.participants == [joerg, bremen]
    assert note.occurred_at == dt.datetime(2026, 3, 14, 10, 30) and note.kind == "coffee"
    assert (note.title, note.body, note.hooks) == (
        "Kaffee am Markt", "Über Barcamps", "Halbmarathon im Mai")  # fmt: skip
    assert [(f.text, f.due_on, f.contact_id) for f in follow] == [
        ("Artikel schicken", dt.date(2026, 3, 21), joerg)]  # fmt: skip


def test_a_name_of_several_people_fails_and_lists_them(namesakes, data, capsys):
    bremen, koeln, _ = namesakes
    status, out, err = nj(capsys, data, "note", "add", "--with", "chloe  BAKER", "--text", "x")
    assert status == 2 and not out
    assert "Several contacts are called" in err
    assert f"{bremen}  Chloe Baker · Weserbogen Logistik · Bremen" in err
    assert f"{koeln}  Chloe Baker · Nordlicht Medien · Köln" in err
    with journal_of(data) as j:
        assert interaction_count(j) == 0
    status, out, _ = nj(capsys, data, "note", "add", "--with", str(koeln), "--text", "x")
    assert status == 0
    with journal_of(data) as j:
        assert get_interaction(j, int(out)).participants == [koeln]


def test_an_unknown_name_fails_unless_created(namesakes, data, capsys):
    status, out, err = nj(capsys, data, "note", "add", "--with", "Jörg Müller",
                          "--with", "Ute Groß", "--text", "x")  # fmt: skip
    assert status == 2 and "Nobody in your contacts is called “Ute Groß”" in err
    status, _, err = nj(capsys, data, "note", "add", "--with", "999", "--text", "x")
    assert status == 2 and "no contact with the id 999" in err
    with journal_of(data) as j:
        assert interaction_count(j) == 0 and contact_count(j) == 3
    status, out, err = nj(capsys, data, "note", "add", "--with", "Jörg Müller",
                          "--with", "Ute Groß", "--text", "x", "--create-missing")  # fmt: skip
    assert status == 0 and "New contact: Ute Groß" in err
    with journal_of(data) as j:
        ute = get_contact(j, get_interaction(j, int(out)).participants[1])
    assert (ute.given_name, ute.family_name) == ("Ute", "Groß")


def test_text_from_standard_input(namesakes, data, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO("Über die Straßenbahn gesprochen 🚋\nZeile 2\n"))
    status, out, _ = nj(capsys, data, "note", "add", "--with", "Joerg Mueller", "--text", "-")
    assert status == 0
    with journal_of(data) as j:
        assert get_interaction(j, int(out)).body == "Über die Straßenbahn gesprochen 🚋\nZeile 2"
        assert search(j, "Strassenbahn", kind="interaction")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--when", "14.03.2026"), "is not a time"),
        (("--when", "2026-02-30"), "is not a time"),
        (("--next", "x", "--due", "morgen"), "is not a date"),
        (("--due", "2026-03-01"), "--due belongs to a next step"),
    ],
)
def test_note_add_checks_its_values(namesakes, data, capsys, args, message):
    status, out, err = nj(capsys, data, "note", "add", "--with", "Jörg Müller", "--text", "x",
                          *args)  # fmt: skip
    assert status == 2 and message in err and not out


def test_an_empty_note_is_refused(namesakes, data, capsys):
    status, _, err = nj(capsys, data, "note", "add", "--with", "Jörg Müller", "--text", "  ")
    assert status == 2 and "The note is empty" in err


def test_a_date_alone_takes_the_time_of_day(namesakes, data, capsys, monkeypatch):
    from netzjournal import cli_capture

    real = cli_capture.run
    evening = dt.datetime(2026, 11, 22, 18, 5, 33)
    monkeypatch.setattr(cli_capture, "run", lambda args: real(args, now=lambda: evening))
    status, out, _ = nj(capsys, data, "note", "add", "--with", "Jörg Müller", "--text", "x",
                        "--when", "2026-11-21")  # fmt: skip
    assert status == 0
    with journal_of(data) as j:
        note = get_interaction(j, int(out))
    assert note.occurred_at == dt.datetime(2026, 11, 21, 18, 5) and note.kind == "other"


# -- finding people by name -----------------------------------------------------------


def test_find_people_by_typed_name_never_guesses(journal):
    ids = {
        name: create_contact(journal, person(*name.split())).value.id
        for name in ("Jörg Müller", "Michael Weiß", "Hans Mueller")
    }
    by = lambda text: [p.id for p in find_people_by_typed_name(journal, text)]  # noqa: E731
    assert by("jörg müller") == [ids["Jörg Müller"]]
    assert by("Müller, Jörg") == [ids["Jörg Müller"]]
    assert by("Joerg Mueller") == by("Jorg Muller") == [ids["Jörg Müller"]]
    assert by("Michael Weiss") == [ids["Michael Weiß"]]
    assert by("Michal Weiss") == [] and by("Jörg") == [] and by("Müll") == []
    assert by("Hans Mueller") == [ids["Hans Mueller"]]
    set_archived(journal, [ids["Hans Mueller"]], True)
    assert by("Hans Mueller") == []
    assert [
        p.id for p in find_people_by_typed_name(journal, "Hans Mueller", include_archived=True)
    ] == [ids["Hans Mueller"]]


def test_source_codes():
    assert source_of("xing") == ("xing", "")
    assert source_of("Barcamp Köln 2024") == ("barcamp", "Barcamp Köln 2024")
    assert source_of("Golfclub") == ("other", "Golfclub")
    assert source_of("") == ("", "")


# -- a running window catches up ------------------------------------------------------


def test_a_running_window_shows_the_note_at_once(qtbot, tmp_path):
    from netzjournal.ui.main_window import NOTES, MainWindow
    from netzjournal.ui.single_instance import SingleInstance

    where = paths.resolve(tmp_path / "data").ensure()
    journal = Journal.open(where.journal, backup_dir=where.backups)
    anna = create_contact(journal, person("Anna", "Berg")).value.id
    window = MainWindow(journal, where)
    qtbot.addWidget(window)
    instance = SingleInstance(where.root)
    assert instance.acquire()
    instance.message.connect(window.handle_message)
    instance.listen()
    try:
        window.show()
        window.show_view(NOTES)
        assert window.notes.model.rowCount() == 0
        env = {**os.environ, "LANG": "en_GB.UTF-8"}
        done = subprocess.run(
            [sys.executable, "-m", "netzjournal", "note", "add", "--with", "Anna Berg",
             "--text", "vom Terminal", "--data-dir", str(where.root)],
            capture_output=True, text=True, cwd=REPO, env=env, timeout=120,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        note_id = int(done.stdout)
        qtbot.waitUntil(lambda: window.notes.model.rowCount() == 1, timeout=30_000)
        assert window.notes.model.note_at(0).id == note_id
        assert window.isVisible() and get_interaction(journal, note_id).participants == [anna]
    finally:
        instance.release()
        journal.close()


def test_twins_alike_in_organisation_and_city_are_listed_apart(data, capsys):
    """Two "Anja Schäfer · REWE Digital · Köln" were listed alike but for the id."""
    ids = []
    for extra in (("--role", "Teamleiterin"), ("--email", "anja@rewe.example")):
        status, out, err = nj(capsys, data, "contact", "add", "--given", "Anja",
                              "--family", "Schäfer", "--org", "REWE Digital", "--city", "Köln",
                              *extra)  # fmt: skip
        assert status == 0, err
        ids.append(int(out))
    status, out, err = nj(capsys, data, "note", "add", "--with", "Anja Schäfer", "--text", "x")
    assert status == 2 and not out
    assert f"{ids[0]}  Anja Schäfer · REWE Digital · Köln · Teamleiterin" in err
    assert f"{ids[1]}  Anja Schäfer · REWE Digital · Köln · anja@rewe.example" in err


def test_a_new_person_typed_with_where_they_work_is_split_as_the_window_splits(
    namesakes, data, capsys
):
    """„Kai von Figma“ with --create-missing made one contact called „Kai von Figma“;
    the window makes Kai at Figma. The same split here, and it says what it made."""
    status, out, err = nj(capsys, data, "note", "add", "--with", "Kai von Figma",
                          "--text", "x", "--create-missing")  # fmt: skip
    assert status == 0 and "New contact: Kai · Figma" in err, err
    with journal_of(data) as j:
        (kai,) = [get_contact(j, c) for c in get_interaction(j, int(out)).participants]
    assert (kai.name, kai.organisation) == ("Kai", "Figma")
