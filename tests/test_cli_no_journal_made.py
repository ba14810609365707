"""The command line never makes a journal where none was meant: a mistyped folder is
refused, reading commands make nothing, a dry run makes nothing; where a command does
start a journal (the platform's folder, an existing empty one, ``--new-journal``), it
says so once.

Run in this process through ``cli.main`` (real journal files in tmp_path), as
test_cli_capture does.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import REPO, person

from netzjournal import cli, paths
from netzjournal.store.backups import create_backup, list_backups
from netzjournal.store.contacts import contact_count, create_contact
from netzjournal.store.journal import Journal

VCARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Max Muster\r\nN:Muster;Max;;;\r\nEND:VCARD\r\n"
CALENDAR = REPO / "tests" / "data" / "events" / "ruhr-events.ics"
STARTED = "started a new, empty journal at"


@pytest.fixture
def english(monkeypatch) -> None:
    """The interface language English, whatever the machine's; no NETZJOURNAL_HOME."""
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    for variable in ("LC_ALL", "LC_MESSAGES", paths.ENV_HOME):
        monkeypatch.delenv(variable, raising=False)


def nj(capsys, *args: str) -> tuple[int, str, str]:
    status = cli.main(list(args))
    out = capsys.readouterr()
    return status, out.out, out.err


def everything_under(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


@pytest.fixture
def files(tmp_path) -> dict[str, Path]:
    """A vCard to import and a backup file of a journal elsewhere (two contacts)."""
    card = tmp_path / "files" / "max.vcf"
    card.parent.mkdir()
    card.write_text(VCARD, encoding="utf-8")
    elsewhere = paths.resolve(tmp_path / "elsewhere").ensure()
    with Journal.open(elsewhere.journal, backup_dir=elsewhere.backups) as journal:
        create_contact(journal, person("Eva", "Groß"))
        create_contact(journal, person("Jörg", "Lang"))
        backup = create_backup(journal, elsewhere.backups, "manual", dt.datetime(2026, 3, 1, 9))
    return {"card": card, "backup": backup.path}


def writing_commands(files: dict[str, Path]) -> dict[str, list[str]]:
    return {
        "note add": ["note", "add", "--with", "Max", "--text", "Kaffee", "--create-missing"],
        "contact add": ["contact", "add", "--given", "Eva", "--family", "Groß"],
        "import": ["import", str(files["card"])],
        "import --dry-run": ["import", "--dry-run", str(files["card"])],
        "import calendar --dry-run": ["import", "--dry-run", str(CALENDAR)],
        "backup restore FILE": ["backup", "restore", str(files["backup"])],
    }


@pytest.mark.parametrize(
    "command",
    ["note add", "contact add", "import", "import --dry-run", "import calendar --dry-run",
     "backup restore FILE"],
)  # fmt: skip
@pytest.mark.parametrize("named_by", ["--data-dir", "NETZJOURNAL_HOME"])
def test_a_mistyped_folder_is_refused_and_nothing_is_made(
    tmp_path, capsys, monkeypatch, english, files, command, named_by
):
    typo = tmp_path / "Netzwerkk"
    args = writing_commands(files)[command]
    if named_by == "--data-dir":
        args = [*args, "--data-dir", str(typo)]
    else:
        monkeypatch.setenv(paths.ENV_HOME, str(typo))
    status, out, err = nj(capsys, *args)
    assert status == 2 and out == "", out + err
    assert err.strip() == (
        f"netzjournal: the folder {typo} does not exist (a typo?). "
        "To start a new journal there, add --new-journal."
    )
    assert not typo.exists()


def test_the_refusal_is_german_when_the_interface_is(tmp_path, capsys, monkeypatch, english):
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    typo = tmp_path / "Netzwerkk"
    status, _out, err = nj(capsys, "contact", "add", "--given", "Eva", "--data-dir", str(typo))
    assert status == 2
    assert f"Den Ordner {typo} gibt es nicht" in err and "--new-journal" in err
    assert not typo.exists()


def test_an_existing_empty_folder_starts_a_journal_and_says_so_once(tmp_path, capsys, english):
    folder = tmp_path / "Netzwerk"
    folder.mkdir()
    status, out, err = nj(capsys, "contact", "add", "--given", "Eva", "--family", "Groß",
                          "--data-dir", str(folder))  # fmt: skip
    assert status == 0 and out.strip() == "1", err
    where = paths.resolve(folder)
    assert err.strip() == f"netzjournal: {STARTED} {where.journal}"
    status, out, err = nj(capsys, "contact", "add", "--given", "Jörg", "--family", "Lang",
                          "--data-dir", str(folder))  # fmt: skip
    assert status == 0 and out.strip() == "2" and err == ""


def test_the_start_is_said_in_german_when_the_window_speaks_german(tmp_path, capsys, english):
    folder = tmp_path / "Netzwerk"
    folder.mkdir()
    (folder / "window.ini").write_text("[ui]\nlanguage = de\n", encoding="utf-8")
    status, _out, err = nj(capsys, "note", "add", "--with", "Max", "--text", "Kaffee",
                           "--create-missing", "--data-dir", str(folder))  # fmt: skip
    assert status == 0, err
    where = paths.resolve(folder)
    assert f"netzjournal: Ein neues, leeres Journal wurde angefangen: {where.journal}\n" in err
    assert STARTED not in err


def test_the_platform_data_folder_is_made_on_first_use(tmp_path, capsys, monkeypatch, english):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    where = paths.resolve()
    assert where.root == tmp_path / "share" / "netzjournal"  # (not the real one)
    status, out, err = nj(capsys, "import", str(files_card(tmp_path)))
    assert status == 0 and "1 created" in out, err
    assert err.count(STARTED) == 1 and str(where.journal) in err
    with Journal.open(where.journal, backup_dir=where.backups) as journal:
        assert contact_count(journal) == 1


def files_card(tmp_path: Path) -> Path:
    card = tmp_path / "max.vcf"
    card.write_text(VCARD, encoding="utf-8")
    return card


def test_new_journal_starts_one_in_a_folder_that_was_not_there(tmp_path, capsys, english):
    folder = tmp_path / "neu" / "Netzwerk"
    status, out, err = nj(capsys, "contact", "add", "--given", "Eva", "--family", "Groß",
                          "--data-dir", str(folder), "--new-journal")  # fmt: skip
    assert status == 0 and out.strip() == "1", err
    assert err.count(STARTED) == 1
    assert "stay" not in err  # (no backups stay: none were)


@pytest.mark.parametrize("new_journal", [False, True])
@pytest.mark.parametrize("what", ["contacts", "calendar"])
def test_a_dry_run_makes_nothing(tmp_path, capsys, english, new_journal, what):
    """Not in an empty folder, nor with --new-journal in one that is not there: the
    plan is shown as for a new journal, and the folder is as it was."""
    folder = tmp_path / ("not-there" if new_journal else "empty")
    if not new_journal:
        folder.mkdir()
    source = files_card(tmp_path) if what == "contacts" else CALENDAR
    extra = ["--new-journal"] if new_journal else []
    status, out, err = nj(capsys, "import", "--dry-run", str(source), "--data-dir", str(folder),
                          *extra)  # fmt: skip
    assert status == 0, err
    assert "Dry run:" in out and "Nothing was written." in out
    if what == "contacts":
        assert "create Max Muster" in out and "1 to create" in out
    assert STARTED not in err
    assert folder.exists() != new_journal
    assert not folder.exists() or everything_under(folder) == []


def test_a_backup_restored_with_new_journal_into_a_new_folder(tmp_path, capsys, english, files):
    folder = tmp_path / "restored"
    status, out, err = nj(capsys, "backup", "restore", str(files["backup"]),
                          "--data-dir", str(folder), "--new-journal")  # fmt: skip
    assert status == 0, err
    assert "2 contacts" in out
    where = paths.resolve(folder)
    assert list_backups(where.backups) == []  # (no empty journal made first, then kept)
    with Journal.open(where.journal, backup_dir=where.backups) as journal:
        assert contact_count(journal) == 2


@pytest.mark.parametrize(
    "args", [["contact", "list"], ["contact", "list", "--json"], ["search", "Kaffee"], ["remind"]]
)
def test_reading_commands_on_a_missing_folder_make_nothing(tmp_path, capsys, english, args):
    typo = tmp_path / "Netzwerkk"
    status, out, err = nj(capsys, *args, "--data-dir", str(typo))
    assert status == 2 and out == "", out + err
    assert err.strip() == f"netzjournal: no journal: the folder {typo} does not exist."
    assert not typo.exists()  # (no folder, no file, no logs/)


def test_contact_list_in_an_empty_folder_makes_nothing(tmp_path, capsys, english):
    folder = tmp_path / "empty"
    folder.mkdir()
    status, out, err = nj(capsys, "contact", "list", "--data-dir", str(folder))
    assert status == 2 and out == ""
    assert f"no journal at {paths.resolve(folder).journal}" in err
    assert everything_under(folder) == []
