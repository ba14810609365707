"""Issue 11 on the command line: `netzjournal backup …`, no tracebacks, private files."""

from __future__ import annotations

import datetime as dt
import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ENCRYPTED_RUN, REPO, person
from dbfiles import connect as _dbconnect
from hypothesis import given
from hypothesis import strategies as st

from netzjournal.store import backups
from netzjournal.store.backups import create_backup
from netzjournal.store.contacts import create_contact, get_contact
from netzjournal.store.interactions import create_interaction, get_interaction
from netzjournal.store.journal import Journal
from netzjournal.store.records import InteractionRecord


def run(*args, home: Path):
    env = dict(os.environ, NETZJOURNAL_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "netzjournal", *args],
        capture_output=True, text=True, cwd=REPO, env=env, timeout=120,
    )  # fmt: skip


def one_line_error(out) -> str:
    assert out.returncode != 0, out.stdout
    assert "Traceback" not in out.stderr, out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1, out.stderr
    return lines[0]


def home_with_history(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    j = Journal.open(home / "journal.sqlite3", backup_dir=home / "backups")
    create_contact(j, person("Max", "Müller"))
    create_backup(j, home / "backups", "daily", now=dt.datetime(2026, 1, 1, 9))
    create_contact(j, person("Eva", "Groß"))
    create_backup(j, home / "backups", "daily", now=dt.datetime(2026, 2, 1, 9))
    create_contact(j, person("Jörg", "Lang"))
    j.close()
    return home


def family_names(path: Path) -> list[str]:
    conn = _dbconnect(path)
    try:
        return sorted(r[0] for r in conn.execute("SELECT family_name FROM contact"))
    finally:
        conn.close()


# -- backup list | create | verify | restore -----------------------------------------------


def test_backup_list_create_and_verify(tmp_path):
    home = home_with_history(tmp_path)
    (home / "backups" / "journal-20260301-090000-manual.sqlite3").write_bytes(b"")
    out = run("backup", "list", "--lang", "en", home=home)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[1].split()[:3] == ["20260201-090000-daily", "01/02/2026", "09:00"]
    assert lines[1].split()[-1] == "ok" and " 2 " in lines[1]
    assert "20260301-090000-manual" in lines[3] and "empty" in lines[3]
    german = run("backup", "list", "--lang", "de", home=home).stdout.splitlines()
    assert german[0].split()[1:3] == ["erstellt", "Anlass"], german[0]
    assert german[1].split()[:3] == ["20260201-090000-daily", "01.02.2026", "09:00"]
    assert german[-1].startswith("(2 von 3 nutzbar"), german[-1]
    # No --lang: the window's language.
    (home / "window.ini").write_text("[ui]\nlanguage = de\n", encoding="utf-8")
    assert "01.02.2026" in run("backup", "list", home=home).stdout
    created = run("backup", "create", home=home)
    assert created.returncode == 0 and "manual" in created.stdout
    verify = run("backup", "verify", home=home)
    assert verify.returncode == 0
    assert "journal" in verify.stdout and "ok (3 contacts" in verify.stdout


def test_backup_restore_by_id_keeps_the_current_journal(tmp_path):
    home = home_with_history(tmp_path)
    out = run("backup", "restore", "20260101-090000-daily", home=home)
    assert out.returncode == 0, out.stderr
    assert family_names(home / "journal.sqlite3") == ["Müller"]
    (pre,) = [b for b in backups.list_backups(home / "backups") if b.reason == "pre-restore"]
    assert family_names(pre.path) == ["Groß", "Lang", "Müller"]
    assert backups.backup_ident(pre.path) in out.stdout


def test_backup_restore_of_a_damaged_journal_keeps_it_beside(tmp_path):
    home = home_with_history(tmp_path)
    (home / "journal.sqlite3").write_bytes(b"garbage" * 500)
    other = tmp_path / "copy.sqlite3"
    other.write_bytes((home / "backups" / "journal-20260201-090000-daily.sqlite3").read_bytes())
    out = run("backup", "restore", str(other), home=home)
    assert out.returncode == 0, out.stderr
    assert family_names(home / "journal.sqlite3") == ["Groß", "Müller"]
    (kept,) = home.glob("journal.sqlite3.damaged-*")
    assert kept.read_bytes() == b"garbage" * 500


@pytest.mark.parametrize("kind", ["empty", "not-a-journal", "garbage"])
def test_backup_restore_refuses_a_file_that_is_no_journal(tmp_path, kind):
    home = home_with_history(tmp_path)
    bad = tmp_path / "bad.sqlite3"
    if kind == "empty":
        bad.write_bytes(b"")
    elif kind == "garbage":
        bad.write_bytes(b"BEGIN:VCARD\r\n" * 100)
    else:
        conn = _dbconnect(bad)
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
        conn.close()
    out = run("backup", "restore", str(bad), home=home)
    line = one_line_error(out)
    # (Encrypted, a file without SQLite's header may be ciphertext: it fails the check.)
    reason = {"empty": "empty", "garbage": "damaged" if ENCRYPTED_RUN else "not a netzjournal"}
    reason = reason.get(kind, "not a netzjournal journal")
    assert line.count(reason) == 1, line  # the reason once, not twice
    # What now: it said the reason and stopped there.
    assert "Your journal was not changed. Choose another backup" in line, line
    assert "'netzjournal backup list'" in line
    assert family_names(home / "journal.sqlite3") == ["Groß", "Lang", "Müller"]


@pytest.mark.skipif(os.name != "posix", reason="flock")
def test_backup_restore_waits_for_the_window_to_close(tmp_path):
    import fcntl

    home = home_with_history(tmp_path)
    fd = os.open(home / "instance.lock", os.O_RDWR | os.O_CREAT, 0o600)
    fcntl.flock(fd, fcntl.LOCK_EX)  # as the running window does
    try:
        out = run("backup", "restore", "20260101-090000-daily", home=home)
    finally:
        os.close(fd)
    line = one_line_error(out)
    assert "close the window first, then run this command again" in line, line
    assert family_names(home / "journal.sqlite3") == ["Groß", "Lang", "Müller"]


# -- 12. one line and a non-zero exit instead of a traceback --------------------------------


def test_journal_path_is_a_directory(tmp_path):
    home = tmp_path / "home"
    (home / "journal.sqlite3").mkdir(parents=True)
    assert "is a folder" in one_line_error(run("search", "x", home=home))


@pytest.mark.skipif(os.name != "posix", reason="POSIX paths")
def test_export_and_review_to_an_unwritable_place(tmp_path):
    home = home_with_history(tmp_path)
    for args in (
        ("export", "--format", "json", "-o", str(tmp_path / "missing" / "x.json")),
        ("review", "2026", "--markdown", str(tmp_path / "missing" / "x.md")),
        ("review", "2026", "--pdf", str(tmp_path / "missing" / "x.pdf")),
    ):
        assert "missing" in one_line_error(run(*args, home=home))
    # A folder given as the file: said of that folder, not of a temporary file beside it.
    for args in (("review", "2026", "--markdown", str(tmp_path)),
                 ("export", "--format", "json", "-o", str(tmp_path))):  # fmt: skip
        line = one_line_error(run(*args, home=home))
        assert f"{tmp_path}: " in line and ".tmp" not in line, line


@pytest.mark.parametrize(
    "args",
    [("coach", "--today", "9999-12-31"), ("review", "0"), ("review", "99999"),
     # (0 or fewer found "nobody is due" / "no matches" where there were some)
     ("coach", "--limit", "0"), ("search", "Müller", "--limit", "-1"),
     # (a traceback and a half-made journal the next try refused; 0 made 50)
     ("demo", "--contacts", "-5"), ("demo", "--contacts", "0"), ("demo", "--years", "0"),
     # (the whole journal written where one person was asked for)
     ("export", "--format", "json", "--contact", "1", "-o", "/nonexistent/x.json"),
     ("export", "--format", "ics", "--contact", "1", "-o", "/nonexistent/x.ics")],
)  # fmt: skip
def test_dates_and_years_out_of_range(tmp_path, args):
    home = home_with_history(tmp_path)
    out = run(*args, home=home)
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert "error:" in out.stderr.splitlines()[-1]


def test_a_lone_surrogate_is_stored_not_a_traceback(journal, tmp_path):
    from netzjournal.drafts import DraftStore

    made = create_contact(journal, person("Max\ud800", "Mü\udc80ller", notes="a\ud83d"))
    back = get_contact(journal, made.value.id)
    assert (back.given_name, back.family_name, back.notes) == (
        "Max\ufffd",
        "Mü\ufffdller",
        "a\ufffd",
    )
    note = create_interaction(journal, InteractionRecord(
        occurred_at=dt.datetime(2026, 1, 1, 10), participants=[made.value.id],
        title="Kaffee \udc00"))  # fmt: skip
    assert get_interaction(journal, note.value.id).title == "Kaffee \ufffd"
    drafts = DraftStore(tmp_path / "drafts")
    drafts.save({"body": "halb \ud800 fertig"})
    assert drafts.load() == {"body": "halb \ud800 fertig"}


@given(st.text(st.sampled_from("aü€\U0001f600\ud800\udbff\udc00\udfff\ud7ff\ue000"), max_size=8))
def test_clean_text_replaces_exactly_the_surrogates(text):
    from netzjournal.store.values import clean_text

    cleaned = clean_text(text)
    cleaned.encode("utf-8")  # storable: raises on a surrogate left
    assert (cleaned is text) == (re.search("[\ud800-\udfff]", text) is None)
    kept = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    assert cleaned == kept


# -- file modes ----------------------------------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_exports_and_reviews_are_private(tmp_path):
    home = home_with_history(tmp_path)
    outputs = []
    for fmt in ("json", "vcf", "csv", "ics", "md"):
        target = tmp_path / f"out.{fmt}"
        args = ["export", "--format", fmt, "-o", str(target)] + (
            ["--contact", "1"] if fmt == "md" else []
        )
        assert run(*args, home=home).returncode == 0
        outputs.append(target)
    review = run("review", "2026", "--markdown", str(tmp_path / "r.md"), "--pdf",
                 str(tmp_path / "r.pdf"), home=home)  # fmt: skip
    assert review.returncode == 0, review.stderr
    outputs += [tmp_path / "r.md", tmp_path / "r.pdf"]
    for f in outputs:
        assert f.stat().st_size > 0 and stat.S_IMODE(f.stat().st_mode) == 0o600, f
    # An existing file the user made readable keeps its mode.
    shared = tmp_path / "shared.json"
    shared.write_text("old")
    shared.chmod(0o644)
    replaced = run("export", "--format", "json", "-o", str(shared), "--force", home=home)
    assert replaced.returncode == 0
    assert stat.S_IMODE(shared.stat().st_mode) == 0o644 and shared.read_text() != "old"
