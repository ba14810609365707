"""What the window's background sync child (``netzjournal sync --json``) loads
when nothing changed: only the sync's own path — not the other subcommands'
modules (their parsers are not built), not icalendar (nothing to parse), not
keyring's macOS backend off macOS. A real Radicale, a fresh interpreter."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import person
from dav_servers import PASSWORD, USER

from netzjournal.store.contacts import create_contact
from netzjournal.store.interactions import add_follow_up
from netzjournal.store.journal import Journal
from netzjournal.store.records import FollowUpRecord

pytestmark = pytest.mark.slow

# Modules of the other subcommands, and what only a change needs.
NOT_FOR_NOTHING_CHANGED = {
    "netzjournal.cli_capture",
    "netzjournal.capture",
    "netzjournal.commands.notes",
    "netzjournal.backup_command",
    "netzjournal.remind",
    "icalendar",
    "netzjournal.interchange.vcard",  # reading or writing a card
    "netzjournal.interchange.writers",
    "PySide6",
}

CHANGE_LISTS = ("created_here", "updated_here", "deleted_here", "created_there",
                "updated_there", "deleted_there", "conflicts", "rejected")  # fmt: skip

PROBE = (
    "import sys\n"
    "from netzjournal import cli\n"
    "code = cli.main(sys.argv[1:])\n"
    "print('MODULES ' + ' '.join(sorted(sys.modules)))\n"
    "sys.exit(code)\n"
)


def _child(data: Path, *args: str, stdin: str = "") -> tuple[dict, set[str]]:
    env = {
        **os.environ,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",  # never the user's keyring
        "NETZJOURNAL_SYNC_PASSWORD": PASSWORD,
    }
    out = subprocess.run(
        [sys.executable, "-c", PROBE, "sync", *args, "--data-dir", str(data)],
        capture_output=True, text=True, timeout=120, env=env, input=stdin,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    modules = set(next(x for x in lines if x.startswith("MODULES ")).split()[1:])
    result = [json.loads(x) for x in lines if x.startswith("{")]
    return (result[-1] if result else {}), modules


# The probe's keyring is keyring's 'fail' backend (never the user's): an encrypted
# journal's key could not be found there, so this runs with the plain journal only.
@pytest.mark.plain_only
def test_the_sync_child_with_nothing_changed_loads_only_its_path(tmp_path, radicale):
    data = tmp_path / "data"
    data.mkdir()
    with Journal.open(data / "journal.sqlite3") as j:
        create_contact(j, person("Anna", "Meier", city="Köln"))
        add_follow_up(j, FollowUpRecord("Angebot schicken", due_on=dt.date(2026, 12, 1)))
    _first, _ = _child(data, "--setup", radicale.url, "--user", USER)

    result, loaded = _child(data, "--json", "--journal-checked")
    for kind in ("contacts", "tasks", "events", "notes"):
        assert not any(result[kind][k] for k in CHANGE_LISTS), result
    assert "netzjournal.sync.run" in loaded  # (it really synced)
    assert sorted(loaded & NOT_FOR_NOTHING_CHANGED) == []


KEYRING_PROBE = (
    "import sys\n"
    "from netzjournal.sync import settings\n"
    "settings.keyring_available()\n"
    "import keyring\n"
    "print(type(keyring.get_keyring()).__module__, 'ctypes.util' in sys.modules)\n"
)


@pytest.mark.skipif(sys.platform == "darwin", reason="there the macOS backend is the one to use")
def test_keyring_discovery_skips_the_macos_frameworks_lookup_and_chooses_as_before():
    env = {k: v for k, v in os.environ.items() if k != "PYTHON_KEYRING_BACKEND"}
    ours = subprocess.run(
        [sys.executable, "-c", KEYRING_PROBE], capture_output=True, text=True, env=env, timeout=60
    )
    plain = subprocess.run(
        [sys.executable, "-c", "import keyring; print(type(keyring.get_keyring()).__module__)"],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert ours.returncode == 0 and plain.returncode == 0, ours.stderr + plain.stderr
    backend, find_library_loaded = ours.stdout.split()
    # (the macOS API module's ctypes.util.find_library would run ldconfig and cc)
    assert find_library_loaded == "False"
    assert backend == plain.stdout.strip()  # the same keyring as keyring's own choice
