"""Reading the files handed to an import: only regular files, never past the limit."""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from pathlib import Path

import pytest

from netzjournal.interchange.files import MAX_FILE_BYTES, FileRefused, expand, read_file
from netzjournal.interchange.importer import plan_import, read_paths
from netzjournal.store.contacts import contact_count

CARD = b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Berg;Ada;;;\r\nFN:Ada Berg\r\nEND:VCARD\r\n"
posix_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")


def finishes(work, seconds: float = 10.0, fifos: tuple[Path, ...] = ()):
    """Run ``work`` in a thread; if it is still blocked after ``seconds``, unblock
    it (a writer opens and closes each pipe) and fail — the suite never hangs."""
    box: dict[str, object] = {}

    def run() -> None:
        try:
            box["value"] = work()
        except BaseException as exc:  # handed to the test
            box["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        for fifo in fifos:
            with contextlib.suppress(OSError):
                os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        thread.join(5)
        pytest.fail(f"still blocked after {seconds} s")
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["value"]


@posix_only
def test_a_named_pipe_is_refused_not_waited_for(tmp_path):
    fifo = tmp_path / "contacts.vcf"
    os.mkfifo(fifo)
    with pytest.raises(FileRefused) as refused:
        finishes(lambda: read_file(fifo), fifos=(fifo,))
    assert refused.value.code == "not_a_file"
    read = finishes(lambda: read_paths([fifo]), fifos=(fifo,))
    assert read.contacts == [] and [p.code for p in read.problems] == ["not_a_file"]


@posix_only
def test_a_pipe_inside_a_folder_does_not_block_the_other_files(tmp_path, journal):
    (tmp_path / "a.vcf").write_bytes(CARD)
    os.mkfifo(tmp_path / "b.vcf")
    os.mkfifo(tmp_path / "c.csv")
    (tmp_path / "d.vcf").write_bytes(CARD.replace(b"Ada", b"Bea"))
    fifos = (tmp_path / "b.vcf", tmp_path / "c.csv")
    read = finishes(lambda: read_paths([tmp_path]), fifos=fifos)
    assert sorted(c.name for c in read.contacts) == ["Ada Berg", "Bea Berg"]
    assert [(p.file, p.code) for p in read.problems] == [
        ("b.vcf", "not_a_file"),
        ("c.csv", "not_a_file"),
    ]
    assert "not an ordinary file" in str(read.problems[0])
    assert plan_import(journal, read).count("create") == 2


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_dev_zero_reports_size_zero_and_is_refused(tmp_path):
    assert os.stat("/dev/zero").st_size == 0  # why the size check alone never applied
    with pytest.raises(FileRefused) as refused:
        finishes(lambda: read_file("/dev/zero"))
    assert refused.value.code == "not_a_file"
    link = tmp_path / "zero.vcf"
    link.symlink_to("/dev/zero")
    read = finishes(lambda: read_paths([link, Path("/dev/zero")]))
    assert read.contacts == [] and [p.code for p in read.problems] == ["not_a_file"] * 2


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs /proc")
def test_the_limit_holds_while_reading_whatever_stat_says():
    """/proc files are regular with st_size 0 but have content: only the read can tell."""
    status = Path("/proc/self/status")
    assert os.stat(status).st_size == 0
    assert len(read_file(status)) > 100
    with pytest.raises(FileRefused) as refused:
        read_file(status, limit=100)
    assert refused.value.code == "too_large"
    assert len(read_file(status, 100, head=True)) == 100


def test_limits_folders_missing_files_and_links(tmp_path):
    small = tmp_path / "small.vcf"
    small.write_bytes(CARD)
    assert read_file(small) == CARD
    assert read_file(small, len(CARD)) == CARD
    with pytest.raises(FileRefused) as refused:
        read_file(small, len(CARD) - 1)
    assert refused.value.code == "too_large"
    assert read_file(small, 5, head=True) == CARD[:5]
    with pytest.raises(FileRefused) as refused:
        read_file(tmp_path)
    assert refused.value.code == "not_a_file"
    with pytest.raises(FileRefused) as refused:
        read_file(tmp_path / "missing.vcf")
    assert refused.value.code == "unreadable" and refused.value.params["reason"]
    link = tmp_path / "link.vcf"
    link.symlink_to(small)
    assert read_file(link) == CARD
    sub = tmp_path / "folder.vcf"
    sub.mkdir()
    assert expand([tmp_path]) == [sub, link, small]
    read = read_paths([tmp_path])
    assert [c.name for c in read.contacts] == ["Ada Berg", "Ada Berg"]
    assert [(p.file, p.code) for p in read.problems] == [("folder.vcf", "not_a_file")]


def test_a_sparse_file_over_the_limit_is_refused_before_reading(tmp_path, journal):
    big = tmp_path / "big.vcf"
    with big.open("wb") as fh:
        fh.truncate(MAX_FILE_BYTES + 1)
    read = read_paths([big])
    assert [p.code for p in read.problems] == ["too_large"]
    assert "larger than 20 MB" in str(read.problems[0])
    assert contact_count(journal) == 0
