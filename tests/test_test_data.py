"""The test data lives in the repository: a fresh clone runs every test."""

from __future__ import annotations

import re

from conftest import REPO

DATA = REPO / "tests" / "data"


def test_no_test_reads_outside_the_repository():
    for path in sorted((REPO / "tests").glob("*.py")):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"REPO\.parent|\.\./shared|\"shared\"", text), path.name


def test_every_copied_file_names_its_licence():
    readme = (DATA / "contacts" / "README.md").read_text(encoding="utf-8")
    for licence in ("LICENSE-ez-vcard.txt", "LICENSE-cardme-samples.txt", "LICENSE-node-vcf.txt"):
        assert (DATA / "contacts" / licence).is_file() and licence in readme
    for path in (DATA / "contacts").glob("*/*"):
        if path.name == "README.md":
            continue
        # Named in the folder's own README, or (by its source prefix) in the main one.
        local = path.parent / "README.md"
        here = local.read_text(encoding="utf-8") if local.is_file() else ""
        prefix = path.name.split("__")[0]
        assert path.name in here or prefix in readme or path.name in readme, path.name
