"""``netzjournal bench --sync``: contacts sync against local servers.

Targets (issue 18): the first sync of an L journal's 5,000 contacts into an
empty address book ≤ 60 s, a sync with nothing changed ≤ 1 s, ten changed
contacts ≤ 2 s, and the window never stalling more than 50 ms while it syncs.
The floor is the server's own answer to the one request a sync with nothing
to do makes (a ``sync-collection`` REPORT), timed in the same run.

The servers run with their defaults (Radicale: its shipped configuration
with an htpasswd file; Xandikos: ``--defaults``), on 127.0.0.1, in a fresh
temporary folder each.

Radicale's PUT of a *new* card checks the card's UID against every card in
the address book (``has_uid`` reads each item, through its item cache), so
uploading N cards one by one costs that server O(N²) — about 0.6 s a card at
5,000. The engine therefore fills an *empty* book with one collection upload
where the server takes it (Radicale; see ``engine._bulk_upload``). The bench
times that, and for comparison card-by-card first syncs of ``upload`` cards
into Radicale and into Xandikos (which refuses collection uploads, as RFC 4918
says a server should), with each card's cost early and late in the upload:
it grows with the book on both (Xandikos commits every card to git; at
5,000 it managed ~55 cards a minute on a loaded machine).

Needs the ``radicale`` package (a test dependency); ``xandikos`` optional.
"""

from __future__ import annotations

import random
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

USER, PASSWORD = "bench", "bench"


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _wait(proc: subprocess.Popen[bytes], port: int, name: str) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    proc.kill()
    raise RuntimeError(f"{name} did not start")


def radicale(folder: Path) -> tuple[subprocess.Popen[bytes], str]:
    """Radicale as shipped, but for where it listens, stores and finds its users."""
    port = _port()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "users").write_text(f"{USER}:{PASSWORD}\n")
    (folder / "config").write_text(
        f"[server]\nhosts = 127.0.0.1:{port}\n[auth]\ntype = htpasswd\n"
        f"htpasswd_filename = {folder / 'users'}\nhtpasswd_encryption = plain\n"
        f"[storage]\nfilesystem_folder = {folder / 'collections'}\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "radicale", "--config", str(folder / "config")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _wait(proc, port, "Radicale")
    return proc, f"http://127.0.0.1:{port}/"


def xandikos(folder: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = _port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "xandikos", "serve", "-d", str(folder / "data"), "--defaults",
         "-l", "127.0.0.1", "-p", str(port), "--no-detect-systemd"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    _wait(proc, port, "Xandikos")
    return proc, f"http://127.0.0.1:{port}/"


def _timed(
    label: str, run: Callable[[], Any], floor: float | None = None, client: Any = None
) -> float:
    """Wall time (and against the floor); our own CPU time and, given the client,
    the number of requests: on a loaded machine those two are the steadier figures."""
    requests = client.requests if client is not None else 0
    start, cpu = time.perf_counter(), time.process_time()
    result = run()
    took, cpu = time.perf_counter() - start, time.process_time() - cpu
    ratio = f"  ({took / floor:.1f}× the floor)" if floor else ""
    changed = getattr(result, "changed", None)
    extra = f"  changed: {changed}" if changed is not None else ""
    extra += f"  cpu {cpu:.2f} s"
    if client is not None:
        extra += f"  requests: {client.requests - requests}"
    print(f"  {label:<50} {took:8.2f} s{ratio}{extra}", flush=True)
    return took


def _card_by_card(label: str, client: Any, run: Callable[[], Any]) -> None:
    """Time a card-by-card upload, and each card's cost early and late in it."""
    stamps: list[float] = []
    client.on_request = lambda method, _url: (
        stamps.append(time.perf_counter()) if method == "PUT" else None
    )
    _timed(label, run)
    client.on_request = None
    if len(stamps) > 200:
        early = (stamps[100] - stamps[0]) / 100 * 1000
        late = (stamps[-1] - stamps[-101]) / 100 * 1000
        print(f"  {'  per card: the first 100 / the last 100':<50} {early:5.0f} / {late:.0f} ms")


def run_sync_bench(contacts: int = 5000, upload: int = 500, window: bool = True) -> int:
    try:
        import radicale as _radicale  # noqa: F401
    except ImportError:
        print("netzjournal bench --sync needs Radicale: pip install radicale", file=sys.stderr)
        return 2
    from netzjournal.demo.generator import DemoSpec, create_demo_journal
    from netzjournal.store import sync_state
    from netzjournal.store.contacts import update_contact
    from netzjournal.store.journal import Journal
    from netzjournal.sync import engine
    from netzjournal.sync.contacts import sync_contacts
    from netzjournal.sync.dav import DavClient
    from netzjournal.sync.engine import token_key

    with tempfile.TemporaryDirectory(prefix="netzjournal-sync-bench-") as tmp:
        root = Path(tmp)
        print(f"Sync of contacts with local servers ({contacts} contacts; machine possibly loaded)")
        seed = root / "seed.sqlite3"
        create_demo_journal(seed, DemoSpec(contacts=contacts, years=1))
        small = root / "small.sqlite3"
        create_demo_journal(small, DemoSpec(contacts=upload, years=1))

        def journal(name: str, source: Path = seed) -> Journal:
            (root / name).mkdir()
            path = root / name / "journal.sqlite3"
            path.write_bytes(source.read_bytes())
            return Journal.open(path)

        procs: list[subprocess.Popen[bytes]] = []
        try:
            # 1. Radicale: the first sync into an empty address book, then the small syncs.
            proc, url = radicale(root / "radicale")
            procs.append(proc)
            j = journal("radicale-journal")
            client = DavClient(url, USER, PASSWORD)
            book = client.ensure_addressbook() or ""
            _timed(
                f"Radicale: first sync, {contacts} cards into an empty book",
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
            print(f"  {'floor: the server answers one REPORT':<50} {floor:8.2f} s")
            for _ in range(3):
                _timed("nothing changed", lambda: sync_contacts(j, client, book), floor, client)
            everyone = sync_state.all_contacts(j)
            for p in random.Random(1).sample(everyone, 10):
                p.notes = (p.notes + " (geändert)").strip()
                update_contact(j, p)
            _timed(
                "10 changed in the journal", lambda: sync_contacts(j, client, book), floor, client
            )
            hrefs = [f"{book}{p.uid}.vcf" for p in random.Random(2).sample(everyone, 10)]
            for href, (etag, text) in client.multiget(book, hrefs).items():
                client.put(href, text.replace("END:VCARD", "NOTE:vom Telefon\r\nEND:VCARD"), etag)
            _timed(
                "10 changed on the server", lambda: sync_contacts(j, client, book), floor, client
            )
            j.close()
            client.close()

            # 2. Radicale card by card (no collection upload), for comparison.
            proc, url = radicale(root / "radicale-cards")
            procs.append(proc)
            j = journal("cards-journal", small)
            client = DavClient(url, USER, PASSWORD)
            book = client.ensure_addressbook() or ""
            bulk_min, engine.BULK_MIN = engine.BULK_MIN, 10**9
            try:
                _card_by_card(
                    f"Radicale: {upload} cards card by card",
                    client,
                    lambda: sync_contacts(j, client, book),
                )
            finally:
                engine.BULK_MIN = bulk_min
            j.close()
            client.close()

            # 3. Xandikos: card by card (it refuses a collection upload).
            try:
                import xandikos as _xandikos  # noqa: F401
            except ImportError:
                print("  (Xandikos not installed: skipped)")
            else:
                proc, url = xandikos(root / "xandikos")
                procs.append(proc)
                j = journal("xandikos-journal", small)
                client = DavClient(url, USER, PASSWORD)
                book = client.ensure_addressbook() or ""
                _card_by_card(
                    f"Xandikos: first sync, {upload} cards card by card",
                    client,
                    lambda: sync_contacts(j, client, book),
                )
                _timed("Xandikos: nothing changed", lambda: sync_contacts(j, client, book))
                j.close()
                client.close()
        finally:
            for proc in procs:
                proc.terminate()
                proc.wait(10)
        if window:
            from netzjournal.bench.sync_window import run_window_bench

            return run_window_bench(seed, root)
    return 0
