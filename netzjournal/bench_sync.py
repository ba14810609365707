"""``netzjournal bench --sync``: contacts sync against a local Radicale.

Targets (issue 18): the first sync of an L journal's 5,000 contacts ≤ 60 s,
a sync with nothing changed ≤ 1 s, ten changed contacts ≤ 2 s. The floor is
the server's own answer to the one request a sync with nothing to do makes
(a ``sync-collection`` REPORT), timed in the same run.

Radicale's PUT of a *new* card scans the whole address book for a clash of
UIDs, so uploading N cards one by one costs O(N²) on that server (~60 ms
each at 500 cards, ~0.6 s each at 5,000). The upload is therefore timed
with ``--sync-contacts`` cards (default 500); the 5,000-card figures are
taken on an address book whose cards were written into Radicale's folder
directly, which the first sync then adopts by UID (the path of a journal
joining a server that already has its cards, or an interrupted first sync).

Needs the ``radicale`` package (a test dependency).
"""

from __future__ import annotations

import random
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

USER, PASSWORD = "bench", "bench"


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _radicale(folder: Path) -> tuple[subprocess.Popen, str]:
    port = _port()
    (folder / "users").write_text(f"{USER}:{PASSWORD}\n")
    (folder / "config").write_text(
        f"[server]\nhosts = 127.0.0.1:{port}\n[auth]\ntype = htpasswd\n"
        f"htpasswd_filename = {folder / 'users'}\nhtpasswd_encryption = plain\ndelay = 0\n"
        f"[storage]\nfilesystem_folder = {folder / 'collections'}\n[logging]\nlevel = error\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "radicale", "--config", str(folder / "config")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return proc, f"http://127.0.0.1:{port}/"
        except OSError:
            time.sleep(0.05)
    proc.kill()
    raise RuntimeError("Radicale did not start")


def _timed(label: str, run: object, floor: float | None = None) -> float:
    start = time.perf_counter()
    result = run()  # type: ignore[operator]
    took = time.perf_counter() - start
    ratio = f"  ({took / floor:.1f}× the floor)" if floor else ""
    changed = getattr(result, "changed", None)
    extra = f"  changed: {changed}" if changed is not None else ""
    print(f"  {label:<46} {took:8.2f} s{ratio}{extra}", flush=True)
    return took


def run_sync_bench(contacts: int = 5000, upload: int = 500) -> int:
    try:
        import radicale  # noqa: F401
    except ImportError:
        print("netzjournal bench --sync needs Radicale: pip install radicale", file=sys.stderr)
        return 2
    from netzjournal.demo.generator import DemoSpec, create_demo_journal
    from netzjournal.store import sync_state
    from netzjournal.store.contacts import update_contact
    from netzjournal.store.journal import Journal
    from netzjournal.sync.contacts import sync_contacts
    from netzjournal.sync.dav import DavClient
    from netzjournal.sync.engine import token_key
    from netzjournal.sync.fields import card_text

    with tempfile.TemporaryDirectory(prefix="netzjournal-sync-bench-") as tmp:
        root = Path(tmp)
        print(f"Sync with a local Radicale ({contacts} contacts; upload timed with {upload})")
        for name, n in (("upload", upload), ("full", contacts)):
            (root / name).mkdir()
            create_demo_journal(root / name / "journal.sqlite3", DemoSpec(contacts=n, years=1))
        procs = []
        try:
            # 1. The upload into an empty address book.
            proc, url = _radicale(root / "upload")
            procs.append(proc)
            j = Journal.open(root / "upload" / "journal.sqlite3")
            client = DavClient(url, USER, PASSWORD)
            book = client.ensure_addressbook()
            _timed(f"first sync: {upload} cards uploaded", lambda: sync_contacts(j, client, book))
            j.close()
            client.close()

            # 2. The full journal against an address book holding its cards.
            proc, url = _radicale(root / "full")
            procs.append(proc)
            j = Journal.open(root / "full" / "journal.sqlite3")
            client = DavClient(url, USER, PASSWORD)
            book = client.ensure_addressbook()
            folder = root / "full" / "collections" / "collection-root" / book.strip("/")
            everyone = sync_state.all_contacts(j)
            for rec in everyone:
                (folder / f"{rec.uid}.vcf").write_text(card_text(rec), encoding="utf-8")
            _timed(
                f"first sync: {contacts} cards adopted by UID",
                lambda: sync_contacts(j, client, book),
            )
            key = token_key(book, "contact")
            floors = []
            for _ in range(3):
                token = sync_state.sync_token(j, key)
                start = time.perf_counter()
                client.sync_collection(book, token)
                floors.append(time.perf_counter() - start)
            floor = min(floors)
            print(f"  {'floor: the server answers one REPORT':<46} {floor:8.2f} s")
            for _ in range(3):
                _timed("nothing changed", lambda: sync_contacts(j, client, book), floor)
            people = random.Random(1).sample(everyone, 10)
            for p in people:
                p.notes = (p.notes + " (geändert)").strip()
                update_contact(j, p)
            _timed("10 changed in the journal", lambda: sync_contacts(j, client, book), floor)
            hrefs = [f"{book}{p.uid}.vcf" for p in random.Random(2).sample(everyone, 10)]
            for href, (etag, text) in client.multiget(book, hrefs).items():
                client.put(href, text.replace("END:VCARD", "NOTE:vom Telefon\r\nEND:VCARD"), etag)
            _timed("10 changed on the server", lambda: sync_contacts(j, client, book), floor)
            j.close()
            client.close()
        finally:
            for proc in procs:
                proc.terminate()
                proc.wait(10)
    return 0
