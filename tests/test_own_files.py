"""A file the person names (an export, the review) is never written over the journal's own.

``netzjournal export -o journal.sqlite3`` (or the same name picked in a file
dialog, or a link to it) renamed the export over the journal: the journal was
gone, and a running window wrote on into the unlinked file. Now it is refused
before anything is written; the journal, its ``-wal`` and its backups are as
they were. A link to any other file is written through (the link stays).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from conftest import person
from test_ui_review import review  # noqa: F401 (the fixture)

from netzjournal import cli
from netzjournal.store.backups import create_backup, list_backups
from netzjournal.store.contact_list import contact_rows
from netzjournal.store.contacts import create_contact
from netzjournal.store.journal import Journal


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _folder(where) -> dict[str, str]:
    """Every file under the data folder (logs aside: a command writes its log) and its bytes."""
    return {
        str(p.relative_to(where.root)): _digest(p)
        for p in sorted(where.root.rglob("*"))
        if p.is_file() and "logs" not in p.parts
    }


@pytest.fixture
def anna(where):
    with Journal.open(where.journal, backup_dir=where.backups) as j:
        create_contact(j, person("Anna", "Weiß"))
        create_backup(j, where.backups, reason="manual")
    return where


@pytest.mark.parametrize(
    "target", ["journal.sqlite3", "journal.sqlite3-wal", "a link to it", "in the backups"]
)
def test_an_export_over_the_journal_s_own_file_is_refused_and_changes_nothing(anna, target, capsys):
    where = anna
    if target == "a link to it":
        out = where.root / "Kontakte.json"
        out.symlink_to(where.journal.name)
    elif target == "in the backups":
        out = list_backups(where.backups)[0].path
    else:
        out = where.root / target
    before = _folder(where)
    # (--force: refused even then; without it an existing file is refused anyway)
    argv = ["export", "--format", "json", "-o", str(out), "--force", "--data-dir", str(where.root)]
    code = cli.main(argv)
    err = capsys.readouterr().err
    assert code == 2
    assert "this is the journal's own file (the journal or one of its backups)" in err, err
    assert _folder(where) == before
    with Journal.open(where.journal, backup_dir=where.backups) as j:
        assert [r.name for r in contact_rows(j)] == ["Anna Weiß"]


@pytest.mark.parametrize("fmt", ["vcf", "csv", "ics", "md"])
def test_every_export_format_refuses_the_journal(anna, fmt, capsys):
    where = anna
    before = _digest(where.journal)
    argv = ["export", "--format", fmt, "-o", str(where.journal), "--force", "--data-dir",
            str(where.root)]  # fmt: skip
    assert cli.main(argv) == 2
    assert "journal's own file" in capsys.readouterr().err
    assert _digest(where.journal) == before


def test_the_review_s_markdown_over_the_journal_is_refused(anna, capsys):
    where = anna
    before = _digest(where.journal)
    argv = ["review", "2026", "--markdown", str(where.journal), "--force", "--data-dir",
            str(where.root)]  # fmt: skip
    assert cli.main(argv) == 2
    assert "journal's own file" in capsys.readouterr().err
    assert _digest(where.journal) == before


def test_an_export_through_a_link_writes_its_target_and_keeps_the_link(anna, tmp_path):
    """Before: the link was replaced by a file of its own, the file it led to unchanged."""
    where = anna
    elsewhere = tmp_path / "Nextcloud" / "Kontakte #1 ü.csv"
    elsewhere.parent.mkdir()
    elsewhere.write_text("old\n", encoding="utf-8")
    link = tmp_path / "kontakte.csv"
    link.symlink_to(elsewhere)
    argv = ["export", "--format", "csv", "-o", str(link), "--force", "--data-dir", str(where.root)]
    assert cli.main(argv) == 0
    assert link.is_symlink() and os.readlink(link) == str(elsewhere)
    assert "Weiß" in elsewhere.read_text(encoding="utf-8-sig")
    assert sorted(p.name for p in elsewhere.parent.iterdir()) == [elsewhere.name]


@pytest.mark.parametrize("kind", ["pdf", "md"])
def test_the_review_saved_over_the_open_journal_says_so_in_german_and_the_window_writes_on(
    review,  # noqa: F811
    demo_window,
    qtbot,
    german,
    kind,
):
    """The window's review saved as journal.sqlite3 (a file dialog allows it): before,
    the review took the journal's place and the window wrote on into a deleted file."""
    from test_write_faults_s33 import _Boxes

    path = demo_window.journal.path
    inode = path.stat().st_ino
    boxes = _Boxes()
    save = review.save_pdf if kind == "pdf" else review.save_markdown
    assert save(str(path)) is None
    qtbot.waitUntil(lambda: bool(boxes.seen), timeout=10_000)
    assert boxes.seen == [
        "journal.sqlite3 wurde nicht gespeichert: das ist das Journal selbst oder eine "
        "seiner Sicherungen; wählen Sie einen anderen Namen. "
        "Eine Datei dieses Namens von vorher ist unverändert."
    ]
    assert path.stat().st_ino == inode  # (not renamed over: the journal's own file)
    assert not path.read_bytes().startswith((b"%PDF", b"# "))
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]
    new = create_contact(demo_window.journal, person("Bea", "Nach")).value.id
    with Journal.open(path, read_only=True) as other:  # what the next start reads
        assert any(r.id == new for r in contact_rows(other))


@pytest.mark.skipif(os.geteuid() != 0, reason="a bind mount needs root")
@pytest.mark.parametrize("target", ["journal.sqlite3-wal", "backups/Kontakte.json"])
def test_an_export_into_the_data_folder_seen_through_a_bind_mount_is_refused(
    anna, target, tmp_path
):
    """The data folder mounted a second time elsewhere (a bind mount, a second path
    to one disk). A new ``-wal`` beside the journal or a new file in its backups
    folder was written before (by path they were other folders); a stray ``-wal``
    is what SQLite replays at the next open. Found by faults7."""
    import subprocess

    where = anna
    seen = tmp_path / "seen"
    seen.mkdir()
    if subprocess.run(["mount", "--bind", str(where.root), str(seen)]).returncode != 0:
        pytest.skip("no bind mounts here")
    try:
        before = _folder(where)
        out = seen / target
        assert not out.exists()
        argv = ["export", "--format", "json", "-o", str(out), "--data-dir", str(where.root)]
        assert cli.main(argv) == 2
        assert not out.exists()
        assert _folder(where) == before
    finally:
        subprocess.run(["umount", str(seen)], check=True)
