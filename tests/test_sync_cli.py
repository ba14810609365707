"""``netzjournal sync`` against a real Radicale: set up, dry run, sync, passwords."""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import person
from dav_servers import CHANGED, PASSWORD, TRUSTED, USER, Radicale

from netzjournal import cli, paths
from netzjournal.store import sync_state as state
from netzjournal.store.contacts import create_contact
from netzjournal.store.interactions import add_follow_up
from netzjournal.store.journal import Journal
from netzjournal.store.reading import get_setting
from netzjournal.store.records import FollowUpRecord
from netzjournal.sync import settings as sync_settings

pytestmark = pytest.mark.slow


@pytest.fixture
def journal_home(home: Path) -> Path:
    where = paths.resolve(None)
    where.root.mkdir(parents=True, exist_ok=True)
    with Journal.open(where.journal) as j:
        create_contact(j, person("Anna", "Meier", city="Köln"))
        create_contact(j, person("Alt", "Archiv", archived=True))
        add_follow_up(j, FollowUpRecord("Angebot schicken", due_on=dt.date(2026, 12, 1)))
    return home


def run(monkeypatch, capsys, *args: str, stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = cli.main(["sync", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def setup(monkeypatch, capsys, radicale) -> tuple[int, str, str]:
    """``sync --setup`` with the test server's address, user and password."""
    return run(monkeypatch, capsys, "--setup", radicale.url, "--user", USER, "--password-stdin",
               stdin=PASSWORD + "\n")  # fmt: skip


def test_setup_keeps_the_password_in_the_keyring_and_syncs(
    journal_home, radicale, memory_keyring, monkeypatch, capsys
):
    code, out, _err = setup(monkeypatch, capsys, radicale)
    assert code == 0, _err
    assert "keyring" in out and "Contacts: 1 changed." in out
    assert "Anna Meier" in out and "Alt Archiv" not in out  # archived stay off by default
    assert "Follow-ups: 1 changed." in out and "Angebot schicken" in out
    assert list(memory_keyring.secrets.values()) == [PASSWORD]
    with Journal.open(paths.resolve(None).journal) as j:
        assert PASSWORD not in str(get_setting(j, "sync"))
        assert len(state.sync_items(j, "contact")) == 1

    # Later runs take the password from the keyring; nothing changed, nothing done.
    code, out, _err = run(monkeypatch, capsys)
    assert code == 0 and "Contacts: 0 changed." in out and "Follow-ups: 0 changed." in out


def test_dry_run_prints_and_changes_nothing(
    journal_home, radicale, memory_keyring, monkeypatch, capsys
):
    with Journal.open(paths.resolve(None).journal) as j:
        settings = sync_settings.SyncSettings(enabled=True, url=radicale.url, user=USER)
        sync_settings.save(j, settings)
    memory_keyring.set_password("netzjournal", settings.keyring_user, PASSWORD)
    code, out, _err = run(monkeypatch, capsys, "--dry-run")
    assert code == 0 and "Contacts: 1 would change." in out and "Anna Meier" in out
    with Journal.open(paths.resolve(None).journal) as j:
        assert state.sync_items(j, "contact") == {}
        assert sync_settings.load(j).addressbook == ""


def test_without_a_keyring_it_says_so_and_stores_no_password(
    journal_home, radicale, no_keyring, monkeypatch, capsys
):
    code, out, _err = setup(monkeypatch, capsys, radicale)
    assert code == 0 and "No keyring is available" in out
    data = paths.resolve(None).root
    for f in data.rglob("*"):
        if f.is_file():
            assert PASSWORD.encode() not in f.read_bytes(), f
    # Next session: no password anywhere → it says so; from the environment it works.
    code, _out, err = run(monkeypatch, capsys)
    assert code == 1 and "No keyring is available" in err and "No password" in err
    monkeypatch.setenv("NETZJOURNAL_SYNC_PASSWORD", PASSWORD)
    code, out, _err = run(monkeypatch, capsys)
    assert code == 0 and "Contacts: 0 changed." in out


def test_a_wrong_password_is_said_in_plain_words(
    journal_home, radicale, no_keyring, monkeypatch, capsys
):
    code, _out, err = run(
        monkeypatch, capsys, "--setup", radicale.url, "--user", USER, "--password-stdin",
        stdin="falsch\n",
    )  # fmt: skip
    assert code == 1 and "refused the user name or password" in err
    with Journal.open(paths.resolve(None).journal) as j:
        assert not sync_settings.load(j).enabled  # nothing kept from a failed set-up


def test_not_set_up_means_no_network_at_all(journal_home, monkeypatch, capsys):
    code, _out, err = run(monkeypatch, capsys)
    assert code == 2 and "not set up" in err


@pytest.mark.parametrize("system", ["en_GB.UTF-8", "de_DE.UTF-8"])
def test_people_from_the_server_get_no_language_they_did_not_say_on_the_command_line(
    journal_home, radicale, memory_keyring, monkeypatch, capsys, system
):
    """A phone's card made everyone German and "Sie", later the window's language. As an
    import, the command line's sync leaves a language not said not known, whatever the
    window or the system speaks; Sie/du is the journal's default for new contacts."""
    from netzjournal.sync.dav import DavClient

    monkeypatch.setenv("LC_ALL", system)
    code, _out, err = setup(monkeypatch, capsys, radicale)
    assert code == 0, err
    with Journal.open(paths.resolve(None).journal) as j:
        book = sync_settings.load(j).addressbook
    client = DavClient(radicale.url, USER, PASSWORD)
    client.put(
        f"{book}phone.vcf",
        "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:phone-1\r\nFN:Jörg Übel\r\nN:Übel;Jörg;;;\r\n"
        "END:VCARD\r\n",
        None,
    )
    client.close()
    code, _out, err = run(monkeypatch, capsys)
    assert code == 0, err
    with Journal.open(paths.resolve(None).journal) as j:
        joerg = next(c for c in state.all_contacts(j) if c.uid == "phone-1")
    assert (joerg.language, joerg.address_form) == ("", "sie")


def test_a_full_disk_during_a_sync_is_said_as_such_and_the_next_sync_converges(
    journal_home, radicale, memory_keyring, monkeypatch, capsys
):
    """The window words the child's JSON: a full disk read "the server refused a
    request" (the child printed no JSON for it). The journal is capped with
    ``PRAGMA max_page_count``, as a full disk would stop it."""
    import json

    from netzjournal.sync.dav import DavClient

    # The phone's cards (saying their language and Sie/du: none goes up again), put
    # in one request (card by card, Radicale takes ~0.1 s each).
    client = DavClient(radicale.url, USER, PASSWORD)
    book = client.ensure_addressbook()
    etag, _name, _count = client.collection_state(book)
    cards = "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:phone-{n}\r\nFN:Person {n}\r\n"
        f"N:Nachname{n};Person;;;\r\nNOTE:{'Notiz ' * 200}\r\nX-NETZJOURNAL-LANGUAGE:de\r\n"
        "X-NETZJOURNAL-ADDRESS-FORM:sie\r\nEND:VCARD\r\n"
        for n in range(150)
    )
    assert etag and client.put_collection(book, cards, etag, "text/vcard")
    client.set_displayname(book, "netzjournal")  # (Radicale took the upload's properties)
    client.close()
    with Journal.open(paths.resolve(None).journal) as j:
        before = len(state.all_contacts(j))
    opened = Journal.open.__func__  # type: ignore[attr-defined]
    full = True

    def almost_full(cls, *args, **kwargs):
        j = opened(cls, *args, **kwargs)
        if full:
            pages = j.connection().execute("PRAGMA page_count").fetchone()[0]
            j.connection().execute(f"PRAGMA max_page_count = {pages + 3}")
        return j

    monkeypatch.setattr(Journal, "open", classmethod(almost_full))
    setup = ("--setup", radicale.url, "--user", USER, "--password-stdin")
    code, out, err = run(monkeypatch, capsys, *setup, "--json", stdin=PASSWORD + "\n")
    assert code != 0 and json.loads(out.splitlines()[-1])["error"] == "disk_full", (out, err)
    assert "disk is full" in err
    full = False
    with Journal.open(paths.resolve(None).journal) as j:
        assert len(state.all_contacts(j)) == before  # nothing half-written

    code, out, err = run(monkeypatch, capsys, *setup, stdin=PASSWORD + "\n")
    assert code == 0 and "new in the journal: 150" in out, (out, err)
    with Journal.open(paths.resolve(None).journal) as j:
        assert len(state.all_contacts(j)) == before + 150
    code, out, _err = run(monkeypatch, capsys)
    assert code == 0 and "Contacts: 0 changed." in out


def test_setting_up_another_server_on_the_command_line_deletes_nothing_here(
    journal_home, radicale, memory_keyring, monkeypatch, capsys, tmp_path
):
    """Mira moves to a new server (same user name, so the same paths): what the old
    one agreed says nothing about the new, empty one — the window forgot it, the
    command line kept it, and the new server read as "everyone deleted there"."""
    from dav_servers import Radicale

    code, _out, err = setup(monkeypatch, capsys, radicale)
    assert code == 0, err
    with Journal.open(paths.resolve(None).journal) as j:
        before = sorted(c.uid for c in state.all_contacts(j))
    other = Radicale(tmp_path / "other")
    other.start()
    try:
        code, out, err = run(
            monkeypatch, capsys, "--setup", other.url, "--user", USER, "--password-stdin",
            stdin=PASSWORD + "\n",
        )  # fmt: skip
        assert code == 0, err
        assert "deleted" not in out and "Contacts: 1 changed." in out, out
        with Journal.open(paths.resolve(None).journal) as j:
            assert sorted(c.uid for c in state.all_contacts(j)) == before
            anna = next(c for c in state.all_contacts(j) if c.family_name == "Meier")
            assert not anna.archived
            assert sync_settings.load(j).url == other.url
        code, out, _err = run(monkeypatch, capsys)
        assert code == 0 and "Contacts: 0 changed." in out
    finally:
        other.stop()


def test_setup_syncs_the_address_book_named_on_the_command_line(
    journal_home, radicale, memory_keyring, monkeypatch, capsys
):
    """Her phone's contacts are in "Kontakte": the command line could only make and
    sync a second book, "netzjournal", beside it."""
    from netzjournal.sync.dav import DavClient

    client = DavClient(radicale.url, USER, PASSWORD)
    book = client.ensure_addressbook("Kontakte")
    client.put(
        f"{book}phone.vcf",
        "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:phone-1\r\nFN:Jörg Übel\r\nN:Übel;Jörg;;;\r\n"
        "END:VCARD\r\n",
        None,
    )
    code, out, err = run(
        monkeypatch, capsys, "--setup", radicale.url, "--user", USER, "--password-stdin",
        "--addressbook", "Kontakte", stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert code == 0 and "Jörg Übel" in out, (out, err)
    assert client.collection_names("card") == ["Kontakte"]
    # Kept for later runs: the phone's next edit there arrives.
    [(href, (etag, text))] = client.multiget(book, [f"{book}phone.vcf"]).items()
    client.put(href, text.replace("END:VCARD", "TITLE:Leiter Netze\r\nEND:VCARD"), etag)
    client.close()
    code, out, _err = run(monkeypatch, capsys)
    assert code == 0 and "Contacts: 1 changed." in out, out
    assert "changed in the journal: 1 — Jörg Übel" in out, out


@pytest.fixture
def home_server(tmp_path) -> Iterator[Radicale]:
    """Radicale over HTTPS with a self-signed certificate, as on a Raspberry Pi at home."""
    server = Radicale(tmp_path / "home-server", certificate="server")
    server.start()
    yield server
    server.stop()


class Terminal(io.StringIO):
    """Standard input as a person at a terminal types it."""

    def isatty(self) -> bool:
        return True


def pinned() -> dict[str, str]:
    with Journal.open(paths.resolve(None).journal) as j:
        return sync_settings.load(j).certificates


def valid_until() -> dict[str, str]:
    """Each pin's date of expiry (the day: the time is the certificate's)."""
    with Journal.open(paths.resolve(None).journal) as j:
        return {k: v[:10] for k, v in sync_settings.load(j).certificates_valid_until.items()}


def test_a_self_signed_certificate_is_shown_and_trusted_only_when_told(
    journal_home, home_server, memory_keyring, monkeypatch, capsys
):
    # Not on a terminal: the fingerprint and how to trust it; nothing kept, nothing synced.
    code, _out, err = setup(monkeypatch, capsys, home_server)
    assert code == 1 and "could not be verified" in err
    assert f"SHA-256:      {TRUSTED}" in err and "Issued to:    radicale.home" in err
    assert "Valid until:  2126-12-01" in err
    assert f"--trust-fingerprint {TRUSTED}" in err
    with Journal.open(paths.resolve(None).journal) as j:
        assert not sync_settings.load(j).enabled and sync_settings.load(j).certificates == {}
        assert state.sync_items(j, "contact") == {}

    # On a terminal the question's default is No.
    monkeypatch.setattr("sys.stdin", Terminal(PASSWORD + "\n\n"))
    assert cli.main(["sync", "--setup", home_server.url, "--user", USER, "--password-stdin"]) == 1
    assert "Trust this certificate? [y/N]" in capsys.readouterr().out
    assert pinned() == {}

    # A wrong fingerprint given is no trust either: refused before the password is sent.
    code, _out, err = run(
        monkeypatch, capsys, "--setup", home_server.url, "--user", USER, "--password-stdin",
        "--trust-fingerprint", CHANGED, stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert code == 1 and "not the one you trusted" in err
    assert pinned() == {}

    # The right one, as browsers show it (colons, capitals): set up, synced, kept.
    code, out, err = run(
        monkeypatch, capsys, "--setup", home_server.url, "--user", USER, "--password-stdin",
        "--trust-fingerprint", TRUSTED, stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert code == 0, err
    assert "Contacts: 1 changed." in out and "Follow-ups: 1 changed." in out
    port = home_server.port
    assert pinned() == {f"127.0.0.1:{port}": TRUSTED.replace(":", "").lower()}
    # Until when it is valid, read once the sync got through with it (Settings → Sync).
    assert valid_until() == {f"127.0.0.1:{port}": "2126-12-01"}
    code, out, _err = run(monkeypatch, capsys)
    assert code == 0 and "Contacts: 0 changed." in out

    # A pin kept without its date (by an earlier version): read at the next sync.
    with Journal.open(paths.resolve(None).journal) as j:
        kept = sync_settings.load(j)
        kept.certificates_valid_until = {}
        sync_settings.save(j, kept)
    code, out, _err = run(monkeypatch, capsys)
    assert code == 0 and "Contacts: 0 changed." in out
    assert valid_until() == {f"127.0.0.1:{port}": "2126-12-01"}


def test_yes_on_the_terminal_trusts_the_certificate_shown(
    journal_home, home_server, memory_keyring, monkeypatch, capsys
):
    monkeypatch.setattr("sys.stdin", Terminal(PASSWORD + "\nj\n"))
    assert cli.main(["sync", "--setup", home_server.url, "--user", USER, "--password-stdin"]) == 0
    captured = capsys.readouterr()
    assert f"SHA-256:      {TRUSTED}" in captured.err and "--trust-fingerprint" not in captured.err
    assert "Contacts: 1 changed." in captured.out
    assert list(pinned().values()) == [TRUSTED.replace(":", "").lower()]


def test_a_changed_certificate_stops_the_sync_and_shows_both_fingerprints(
    journal_home, home_server, memory_keyring, monkeypatch, capsys
):
    code, _out, err = run(
        monkeypatch, capsys, "--setup", home_server.url, "--user", USER, "--password-stdin",
        "--trust-fingerprint", TRUSTED, stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert code == 0, err
    with Journal.open(paths.resolve(None).journal) as j:
        create_contact(j, person("Neu", "Hier"))
    home_server.serve_certificate("changed")

    code, out, err = run(monkeypatch, capsys)
    assert code == 1 and "not the one you trusted" in err
    assert f"Trusted:      {TRUSTED}" in err and f"Now:          {CHANGED}" in err
    assert "Neu Hier" not in out
    # The window's child says the same to the window, with both fingerprints.
    code, out, _err = run(monkeypatch, capsys, "--json")
    failure = json.loads(out.splitlines()[-1])
    assert failure["error"] == "certificate_changed"
    assert failure["pinned"] == TRUSTED.replace(":", "").lower()
    assert failure["certificate"]["fingerprint"] == CHANGED.replace(":", "").lower()
    # Never re-trusted by itself: the next run stops again, the old pin kept.
    code, _out, err = run(monkeypatch, capsys)
    assert code == 1 and "not the one you trusted" in err
    assert list(pinned().values()) == [TRUSTED.replace(":", "").lower()]
    with Journal.open(paths.resolve(None).journal) as j:
        assert len(state.sync_items(j, "contact")) == 1  # Neu Hier never went up

    # Back to the trusted certificate: syncs as before.
    home_server.serve_certificate("server")
    code, out, _err = run(monkeypatch, capsys)
    assert code == 0 and "Neu Hier" in out


def test_a_fingerprint_that_is_none_is_refused(journal_home, monkeypatch, capsys):
    code, _out, err = run(
        monkeypatch, capsys, "--setup", "https://pi.fritz.box:5232/", "--user", USER,
        "--trust-fingerprint", "93:3E:60", stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert code == 2 and "64 hex digits" in err
    code, _out, err = run(monkeypatch, capsys, "--trust-fingerprint", TRUSTED)
    assert code == 2 and "goes with --setup" in err


def test_a_trusted_certificate_is_forgotten_on_the_command_line(
    journal_home, home_server, memory_keyring, monkeypatch, capsys
):
    code, _out, err = run(
        monkeypatch, capsys, "--setup", home_server.url, "--user", USER, "--password-stdin",
        "--trust-fingerprint", TRUSTED, stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert code == 0, err
    assert pinned()
    assert run(monkeypatch, capsys, "--forget-certificate", "--setup", home_server.url)[0] == 2
    assert pinned()

    code, out, _err = run(monkeypatch, capsys, "--forget-certificate")
    assert code == 0 and f"No longer trusted for 127.0.0.1:{home_server.port}: {TRUSTED}" in out
    assert pinned() == {}
    # The next sync stops at the certificate (nothing sent) and offers it again.
    code, _out, err = run(monkeypatch, capsys)
    assert code == 1 and "could not be verified" in err and f"SHA-256:      {TRUSTED}" in err
    code, out, _err = run(monkeypatch, capsys, "--forget-certificate")
    assert code == 0 and "nothing to forget" in out
