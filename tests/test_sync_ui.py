"""The window's sync: Settings → Sync, File → Sync now (F5), the status bar field.

Against a real Radicale on 127.0.0.1; the sync itself runs in a child process,
so the window is never blocked by the network.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from conftest import person
from dav_servers import CHANGED, PASSWORD, TRUSTED, USER, Radicale
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from uihelpers import in_language, when_modal

from netzjournal import paths
from netzjournal.store import sync_state as state
from netzjournal.store.contacts import create_contact
from netzjournal.store.journal import Journal
from netzjournal.store.listings import contact_uids
from netzjournal.store.reading import get_setting
from netzjournal.sync import settings as sync_settings
from netzjournal.ui.main_window import MainWindow
from netzjournal.ui.settings_dialog import SettingsDialog

pytestmark = pytest.mark.slow


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch) -> Iterator[MainWindow]:
    # The child process must not find a keyring either (and never the user's).
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    where = paths.resolve(tmp_path / "data").ensure()
    journal = Journal.open(where.journal, backup_dir=where.backups)
    create_contact(journal, person("Anna", "Meier", city="Köln"))
    w = MainWindow(journal, where)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.first_painted, timeout=30_000):
        w.show()
    yield w
    w.sync.wait()
    journal.close()


def fill_sync_page(qtbot, w: MainWindow, url: str, password: str) -> SettingsDialog:
    dialog = SettingsDialog(w.paths, w.journal, w)
    page = dialog.sync_page
    assert page is not None
    page.enabled.setChecked(True)
    page.url.setText(url)
    page.user.setText(USER)
    page.password.setText(password)
    return dialog


def test_sync_is_off_until_set_up_and_f5_says_so(window):
    assert not sync_settings.load(window.journal).enabled
    assert [k.toString() for k in window.actions_.sync_now.shortcuts()] == ["F5"]
    window.actions_.sync_now.trigger()
    assert not window.sync.running  # no network at all
    status = window.findChild(QLabel, "syncStatus")
    assert status is not None and "not set up" in status.text()


def test_setting_sync_up_in_settings_syncs_soon(qtbot, window, radicale, no_keyring, monkeypatch):
    """OK in Settings → Sync changed nothing for 30 minutes: the status bar went on
    saying "not set up (Settings → Sync)" until F5."""
    from netzjournal.ui import sync_runner

    monkeypatch.setattr(sync_runner, "START_DELAY_MS", 0)
    window.actions_.sync_now.trigger()
    status = window.findChild(QLabel, "syncStatus")
    assert "not set up" in status.text()

    def fill(dialog) -> None:
        page = dialog.sync_page
        page.enabled.setChecked(True)
        page.url.setText(radicale.url)
        page.user.setText(USER)
        page.password.setText(PASSWORD)
        dialog.accept()

    when_modal(fill, lambda w: isinstance(w, SettingsDialog))
    with qtbot.waitSignal(window.sync.succeeded, timeout=60_000):
        window.show_settings()
    assert status.text().startswith("Synced at")
    window.sync.wait()
    # OK again with nothing changed: no sync of its own
    when_modal(lambda dialog: dialog.accept(), lambda w: isinstance(w, SettingsDialog))
    window.show_settings()
    qtbot.wait(50)
    assert not window.sync.running


def test_settings_then_sync_now_in_the_background(qtbot, window, radicale, no_keyring, monkeypatch):
    dialog = fill_sync_page(qtbot, window, radicale.url, PASSWORD)
    assert dialog.sync_page.findChild(QLabel, "noKeyring") is not None  # says so
    dialog.accept()
    saved = sync_settings.load(window.journal)
    assert (saved.enabled, saved.url, saved.user) == (True, radicale.url, USER)
    assert PASSWORD not in str(get_setting(window.journal, "sync"))
    window.sync.session_password = dialog.sync_page.session_password
    assert window.sync.session_password == PASSWORD  # this session only

    heard = []
    window.events.changed.connect(heard.append)
    with qtbot.waitSignal(window.sync.succeeded, timeout=60_000) as done:
        assert window.sync.sync_now()
        assert window.sync.running  # returned at once: the window goes on
    assert done.args[0]["contacts"]["created_there"] == ["Anna Meier"]
    # The first sync saved the collections it found, its own bookkeeping: the
    # panes are not told (the coach would recompute its whole list for it).
    assert sync_settings.load(window.journal).addressbook
    assert not heard
    window.events.changed.disconnect(heard.append)
    status = window.findChild(QLabel, "syncStatus")
    assert status.text().startswith("Synced at")
    assert len(state.sync_items(window.journal, "contact")) == 1

    # A card made on the phone arrives; the panes are told to refresh.
    from netzjournal.sync.dav import DavClient

    client = DavClient(radicale.url, USER, PASSWORD)
    book = sync_settings.load(window.journal).addressbook
    client.put(
        f"{book}phone.vcf",
        "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:phone-1\r\nFN:Jörg Übel\r\nN:Übel;Jörg;;;\r\n"
        "END:VCARD\r\n",
        None,
    )
    changes = []
    window.events.changed.connect(changes.append)
    # The window speaks English, the system German: the new person follows neither (the
    # child process once made everyone German, later the window's language); a card
    # that names no language leaves it not known, as an import does.
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    with in_language("en"), qtbot.waitSignal(window.sync.succeeded, timeout=60_000):
        window.actions_.sync_now.trigger()
    monkeypatch.delenv("LC_ALL")
    assert changes and changes[-1].everything  # new contacts: loaded in bulk
    assert "phone-1" in contact_uids(window.journal)
    joerg = next(c for c in state.all_contacts(window.journal) if c.uid == "phone-1")
    assert (joerg.language, joerg.address_form) == ("", "sie")

    # An edit on the phone: the panes hear which contact changed, not "everything".
    anna = next(c for c in state.all_contacts(window.journal) if c.given_name == "Anna")
    href = f"{book}{anna.uid}.vcf"
    ((etag, text),) = client.multiget(book, [href]).values()
    client.put(href, text.replace("END:VCARD", "TITLE:Chefin\nEND:VCARD"), etag)
    changes.clear()
    with qtbot.waitSignal(window.sync.succeeded, timeout=60_000):
        window.actions_.sync_now.trigger()
        # While our own child writes, the poll for other writers holds …
        assert window.sync.running and not window.external_changes.check()
    assert changes and not changes[-1].everything
    assert changes[-1].contacts == {anna.id}
    # … and afterwards it takes the child's writes as told, not as "everything".
    assert not window.external_changes.check()
    client.close()


def test_a_wrong_password_shows_in_the_status_bar_without_a_dialog(
    qtbot, window, radicale, no_keyring
):
    def boxes() -> set[QMessageBox]:  # (earlier tests in this process may have left some)
        return {w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)}

    before = boxes()
    dialog = fill_sync_page(qtbot, window, radicale.url, "falsch")
    dialog.accept()
    window.sync.session_password = dialog.sync_page.session_password
    with qtbot.waitSignal(window.sync.failed, timeout=60_000) as failed:
        window.sync.sync_now()
    assert failed.args == ["auth"]
    status = window.findChild(QLabel, "syncStatus")
    assert "did not accept the user name or password" in status.text()
    assert boxes() == before


def test_address_book_and_calendar_are_chosen_by_name_from_the_server(
    qtbot, window, radicale, no_keyring
):
    from netzjournal.sync.calendars import ensure_calendar
    from netzjournal.sync.dav import DavClient

    client = DavClient(radicale.url, USER, PASSWORD)
    work = client.ensure_addressbook("Arbeit")
    client.ensure_addressbook("Privat")
    ensure_calendar(radicale.url, USER, PASSWORD, name="Termine")
    dialog = fill_sync_page(qtbot, window, radicale.url, PASSWORD)
    page = dialog.sync_page
    assert page.addressbook.currentText() == "netzjournal"  # the default
    qtbot.mouseClick(page.look, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.look.isEnabled(), timeout=30_000)
    books = [page.addressbook.itemText(i) for i in range(page.addressbook.count())]
    assert books == ["Arbeit", "Privat", "netzjournal"]  # netzjournal: to be made
    calendars = [page.calendar.itemText(i) for i in range(page.calendar.count())]
    assert "Termine" in calendars
    assert "Address books on the server: Arbeit, Privat · Calendars: Termine." in page.found.text()
    assert "“netzjournal” is not among them" in page.found.text()
    page.addressbook.setCurrentText("Arbeit")
    page.calendar.setCurrentText("Netzwerk-Termine")  # not there yet: made on the sync
    dialog.accept()
    window.sync.session_password = dialog.sync_page.session_password
    with qtbot.waitSignal(window.sync.succeeded, timeout=60_000):
        window.sync.sync_now()
    saved = sync_settings.load(window.journal)
    assert saved.addressbook == work
    assert len(client.list_etags(work).etags) == 1  # Anna, in "Arbeit"
    assert "Netzwerk-Termine" in client.collection_names("cal")
    assert "netzjournal" not in client.collection_names("card")
    client.close()


def test_a_wrong_password_when_listing_collections_is_said_on_the_page(
    qtbot, window, radicale, no_keyring
):
    dialog = fill_sync_page(qtbot, window, radicale.url, "falsch")
    page = dialog.sync_page
    qtbot.mouseClick(page.look, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.look.isEnabled(), timeout=30_000)
    assert "did not accept the user name or password" in page.found.text()


def test_another_server_gets_the_journal_and_the_journal_loses_nothing(
    qtbot, window, tmp_path, no_keyring
):
    """Bases agreed with one server say nothing about another: switching servers
    must not read the new, empty server as "everything deleted there"."""
    from netzjournal.sync.run import sync_all

    first, second = Radicale(tmp_path / "a"), Radicale(tmp_path / "b")
    first.start()
    second.start()
    try:
        create_contact(window.journal, person("Bernd", "Brot", city="Ulm"))
        fill_sync_page(qtbot, window, first.url, PASSWORD).accept()
        sync_all(window.journal, sync_settings.load(window.journal), PASSWORD)
        assert len(state.sync_items(window.journal, "contact")) == 2
        fill_sync_page(qtbot, window, second.url, PASSWORD).accept()
        assert not state.sync_items(window.journal, "contact")
        outcome = sync_all(window.journal, sync_settings.load(window.journal), PASSWORD)
        assert not outcome.contacts.deleted_here
        assert sorted(outcome.contacts.created_there) == ["Anna Meier", "Bernd Brot"]
        assert len(state.all_contacts(window.journal)) == 2
    finally:
        first.stop()
        second.stop()


def test_trouble_on_this_computer_is_not_blamed_on_the_server(window):
    """The child says a full disk or a lock in its JSON (tests/test_sync_cli.py); the
    status bar read "the server refused a request" for each of them."""
    from netzjournal.ui.sync_runner import SyncStatus

    status = window.findChild(QLabel, "syncStatus")
    for code, words in (
        ("disk_full", "the disk is full"),
        ("locked", "another program is writing to the journal"),
        ("read_only", "cannot be written"),
        ("journal", "could not be written"),
        ("crashed", "stopped with an error"),
    ):
        window.sync.failed.emit(code)
        assert words in status.text() and "server" not in status.text(), (code, status.text())
    with in_language("de"):
        german = SyncStatus(window.sync)
        window.sync.failed.emit("disk_full")
        assert german.text() == (
            "Synchronisation: der Datenträger ist voll; bitte Platz schaffen (nichts ging verloren)"
        )
        german.deleteLater()


def test_a_first_sync_of_many_cards_shows_how_far_it_is(qtbot, window, radicale, no_keyring):
    """Mira's first sync of hundreds of cards took a while under a bare "Syncing…"."""
    from netzjournal.sync.dav import DavClient

    client = DavClient(radicale.url, USER, PASSWORD)
    book = client.ensure_addressbook()
    etag, _name, _count = client.collection_state(book)
    cards = "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:phone-{n}\r\nFN:Person {n}\r\n"
        f"N:Nachname{n};Person;;;\r\nEND:VCARD\r\n"
        for n in range(150)
    )
    assert etag and client.put_collection(book, cards, etag, "text/vcard")  # one request
    client.set_displayname(book, "netzjournal")  # (Radicale took the upload's properties)
    client.close()
    dialog = fill_sync_page(qtbot, window, radicale.url, PASSWORD)
    dialog.accept()
    window.sync.session_password = dialog.sync_page.session_password
    status = window.findChild(QLabel, "syncStatus")
    steps, shown = [], []

    def step(phase: str, done: int, total: int) -> None:
        steps.append((phase, done, total))
        shown.append(status.text())

    window.sync.progressed.connect(step)
    with qtbot.waitSignal(window.sync.succeeded, timeout=60_000) as done:
        window.sync.sync_now()
    assert len(done.args[0]["contacts"]["created_here"]) == 150  # the result still read
    # The stage and how far; between a stage's start and end at most four a second.
    receiving = [s for s in steps if s[0] == "contacts.receive"]
    assert receiving[0] == ("contacts.receive", 0, 150)
    assert receiving[-1] == ("contacts.receive", 150, 150)
    assert shown[0] == "Syncing contacts: 0 of 150 received"
    assert status.text().startswith("Synced at")


def test_a_home_server_s_own_certificate_is_trusted_on_the_page_and_a_change_stops_the_sync(
    qtbot, window, tmp_path, no_keyring
):
    from PySide6.QtWidgets import QTabWidget

    home = Radicale(tmp_path / "home", certificate="server")
    home.start()
    try:
        dialog = fill_sync_page(qtbot, window, home.url, PASSWORD)
        page = dialog.sync_page
        tabs = dialog.findChild(QTabWidget)
        tabs.setCurrentIndex(
            next(i for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(page))
        )
        dialog.show()
        qtbot.mouseClick(page.look, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.look.isEnabled(), timeout=30_000)
        assert "could not be verified" in page.found.text()
        assert page.certificate.isVisible() and not page.certificate_warning.isVisible()
        assert not page.pinned_fingerprint.isVisible()
        assert page.fingerprint.text() == f"{TRUSTED[:47]}\n{TRUSTED[48:]}"  # in two lines
        assert page.issued_to.text() == "radicale.home" and "2126" in page.valid_until.text()
        assert page.findChild(QLabel, "syncTrustQuestion").text() == "Trust this certificate?"
        # Enter, even on the trust button, is the dialog's OK: nothing trusted.
        assert not page.trust.autoDefault() and not page.trust.isDefault()
        page.trust.setFocus()
        qtbot.keyClick(page.trust, Qt.Key.Key_Return)
        assert not dialog.isVisible()
        assert sync_settings.load(window.journal).certificates == {}

        dialog = fill_sync_page(qtbot, window, home.url, PASSWORD)
        page = dialog.sync_page
        qtbot.mouseClick(page.look, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.look.isEnabled(), timeout=30_000)
        qtbot.mouseClick(page.trust, Qt.MouseButton.LeftButton)  # asks again, trusting it
        qtbot.waitUntil(lambda: page.look.isEnabled(), timeout=30_000)
        assert "Address books on the server" in page.found.text()
        assert not page.certificate.isVisibleTo(page)
        dialog.accept()
        pins = sync_settings.load(window.journal).certificates
        assert pins == {f"127.0.0.1:{home.port}": TRUSTED.replace(":", "").lower()}
        window.sync.session_password = dialog.sync_page.session_password
        with qtbot.waitSignal(window.sync.succeeded, timeout=60_000) as done:
            window.sync.sync_now()
        assert done.args[0]["contacts"]["created_there"] == ["Anna Meier"]

        # Another certificate on the same host:port: the sync stops and says so.
        home.serve_certificate("changed")
        with qtbot.waitSignal(window.sync.failed, timeout=60_000) as failed:
            window.sync.sync_now()
        assert failed.args == ["certificate_changed"]
        status = window.findChild(QLabel, "syncStatus")
        assert "certificate has changed" in status.text()
        assert TRUSTED in status.toolTip() and CHANGED in status.toolTip()

        # The page shows both and asks again; "Do not trust" keeps the old pin.
        dialog = fill_sync_page(qtbot, window, home.url, PASSWORD)
        page = dialog.sync_page
        qtbot.mouseClick(page.look, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.look.isEnabled(), timeout=30_000)
        assert "not the one you trusted" in page.found.text()
        assert page.certificate_warning.isVisibleTo(page)
        assert "has changed since you trusted it" in page.certificate_warning.text()
        assert page.pinned_fingerprint.isVisibleTo(page)
        assert page.pinned_fingerprint.text() == f"{TRUSTED[:47]}\n{TRUSTED[48:]}"
        assert page.fingerprint.text() == f"{CHANGED[:47]}\n{CHANGED[48:]}"
        qtbot.mouseClick(page.distrust, Qt.MouseButton.LeftButton)
        assert not page.certificate.isVisibleTo(page) and "Not trusted" in page.found.text()
        dialog.accept()
        assert sync_settings.load(window.journal).certificates == pins
    finally:
        home.stop()


# The settings on an 800×600 screen (offscreen Qt with a screen of that size, in a
# process of its own: the tests' screen is 1920×1200), the certificate asked about.
SMALL_SCREEN_PROBE = """
import sys, time
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QTabWidget
app = QApplication([])
from netzjournal import paths
from netzjournal.store.journal import Journal
from netzjournal.ui.i18n import install_translators
from netzjournal.ui.settings_dialog import SettingsDialog
install_translators(app, sys.argv[2])
where = paths.resolve(sys.argv[1]).ensure()
journal = Journal.open(where.journal)
dialog = SettingsDialog(where, journal)
page = dialog.sync_page
page.enabled.setChecked(True)
page.url.setText(sys.argv[3])
page.user.setText(sys.argv[4])
page.password.setText(sys.argv[5])
tabs = dialog.findChild(QTabWidget)
tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(page)))
dialog.show()
app.processEvents()
QTest.mouseClick(page.look, Qt.MouseButton.LeftButton)
end = time.monotonic() + 60
while not page.look.isEnabled() and time.monotonic() < end:
    app.processEvents()
    time.sleep(0.02)
for _ in range(10):
    app.processEvents()
screen = dialog.screen().availableGeometry()
print("screen", *screen.getRect())
print("dialog", *dialog.frameGeometry().getRect())
print("asked", int(page.certificate.isVisibleTo(page)))
viewport = page.parentWidget()  # (the scroll area's) never cuts the page sideways
area = viewport.parentWidget()  # and the area, its scroll bar too, inside the tab
inside = area.parentWidget().rect().contains(area.geometry())
print("wide", int(inside and viewport.width() >= max(page.width(), page.minimumSizeHint().width())))
for button in dialog.findChild(QDialogButtonBox).buttons():
    corner = button.mapToGlobal(button.rect().bottomRight())
    print("button", int(button.isVisible()), corner.x(), corner.y())
before = page.trust.previousInFocusChain()  # reached by Tab: the page scrolls to it
before.setFocus()
QTest.keyClick(before, Qt.Key.Key_Tab)
for _ in range(10):
    app.processEvents()
corner = page.trust.mapTo(viewport, page.trust.rect().bottomRight())
seen = page.trust.hasFocus() and viewport.rect().contains(corner)  # not clipped
print("trust", int(seen))
journal.close()
"""


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_certificate_question_keeps_ok_and_cancel_on_an_800_by_600_screen(tmp_path, lang):
    """On an 800×600 screen the certificate's details made the settings taller than the
    screen: OK and Cancel were below its foot, out of reach of the mouse. The page
    scrolls instead, the dialog stays on the screen, and the question can be reached."""
    import json
    import os
    import subprocess
    import sys

    screen = {"name": "screen0", "x": 0, "y": 0, "width": 800, "height": 600,
              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [screen], "windowFrameMargins": False}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    env.pop("QT_SCALE_FACTOR", None)
    home = Radicale(tmp_path / "home", certificate="server")
    home.start()
    try:
        done = subprocess.run(
            [sys.executable, "-c", SMALL_SCREEN_PROBE, str(tmp_path / "data"), lang,
             home.url, USER, PASSWORD],
            env=env, capture_output=True, text=True, timeout=180, check=True,
        )  # fmt: skip
    finally:
        home.stop()
    lines = [line.split() for line in done.stdout.splitlines() if line.strip()]
    said = {words[0]: list(map(int, words[1:])) for words in lines if words[0] != "button"}
    rx, ry, rw, rh = said["screen"]
    assert (rw, rh) == (800, 600)
    assert said["asked"] == [1]  # the certificate is shown and asked about
    x, y, w, h = said["dialog"]
    assert rx <= x and ry <= y and x + w <= rx + rw and y + h <= ry + rh, (said, lang)
    buttons = [list(map(int, words[1:])) for words in lines if words[0] == "button"]
    assert len(buttons) == 2
    for shown, bx, by in buttons:  # OK and Cancel on the screen
        assert shown and rx <= bx < rx + rw and ry <= by < ry + rh, (buttons, lang)
    assert said["trust"] == [1]
    assert said["wide"] == [1], said  # the page whole beside its scroll bar


def test_the_status_bar_says_what_a_sync_did_and_shows_whom_it_found_on_both_sides(
    qtbot, qtmodeltester, window, radicale
):
    """The status bar said only "Synced at …": nobody could tell that a first sync
    had taken 40 people of the phone for the journal's own, or sent nothing."""
    from netzjournal.store.records import Channel
    from netzjournal.sync.dav import DavClient
    from netzjournal.ui.sync_pairs import ID_ROLE, SyncPairsDialog

    j = window.journal
    # Anna Meier of Köln (the fixture's) has a namesake in Hamburg; both are on the
    # phone already, as are Jörg, and Greta, whom the journal does not know.
    hamburg = person("Anna", "Meier", organisation="Stadtwerke", city="Hamburg",
                     channels=[Channel("email", "anna@stadtwerke.example")])  # fmt: skip
    namesake = create_contact(j, hamburg).value
    joerg = create_contact(
        j, person("Jörg", "Übel", channels=[Channel("email", "joerg@example.org")])
    ).value
    client = DavClient(radicale.url, USER, PASSWORD)
    book = client.ensure_addressbook("Kontakte")
    assert book is not None
    for uid, name, family, email in (
        ("phone-anna", "Anna Meier", "Meier;Anna", "anna@stadtwerke.example"),
        ("phone-joerg", "Jörg Übel", "Übel;Jörg", "joerg@example.org"),
        ("phone-greta", "Greta Neu", "Neu;Greta", ""),
    ):
        mail = f"EMAIL:{email}\r\n" if email else ""
        card = f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:{uid}\r\nFN:{name}\r\nN:{family};;;\r\n"
        client.put(f"{book}{uid}.vcf", f"{card}{mail}END:VCARD\r\n", None)
    client.close()
    settings = sync_settings.SyncSettings(
        enabled=True, url=radicale.url, user=USER, addressbook_name="Kontakte"
    )
    sync_settings.save(j, settings)
    window.sync.session_password = PASSWORD
    status = window.findChild(QLabel, "syncStatus")

    with qtbot.waitSignal(window.sync.succeeded, timeout=60_000):
        window.sync.sync_now()
    # Greta came from the phone; Anna of Köln went up, and so did the namesake's
    # organisation and city, which her card lacked. The two pairs are a link.
    said = status.text()
    assert said.startswith("Synced at ") and " · 1 new from the server, 2 sent · " in said
    assert '<a href="pairs">2 already on both sides</a>' in said
    assert "changed there" not in said and "deleted there" not in said

    seen: list[tuple[list[str], list[int]]] = []

    def read(dialog) -> None:
        model = dialog.model
        qtmodeltester.check(model)
        rows = range(model.rowCount())
        cells = [" · ".join(model.index(r, c).data() for c in range(3)) for r in rows]
        seen.append((cells, [model.index(r, 0).data(ID_ROLE) for r in rows]))
        dialog.reject()

    when_modal(read, lambda w: isinstance(w, SyncPairsDialog))
    status.linkActivated.emit("pairs")
    # By id, the namesake told apart by organisation and city (not Anna of Köln).
    assert seen == [
        (["Anna Meier · Stadtwerke · Hamburg", "Jörg Übel ·  · "], [namesake.id, joerg.id])
    ]

    # Nothing changed since: it says so, briefly, in the window's language.
    with in_language("de"), qtbot.waitSignal(window.sync.succeeded, timeout=60_000):
        window.sync.sync_now()
        window.sync.wait()
    assert status.text().startswith("Synchronisiert um ")
    assert status.text().endswith(" · keine Änderungen")

    # The quiet sync did not take the list away: File → Last sync… (by keyboard too)
    # shows what this one said, what the first one did, and whom it found.
    last: list[tuple[str, list[int]]] = []

    def read_last(dialog) -> None:
        qtmodeltester.check(dialog.model)
        rows = range(dialog.model.rowCount())
        last.append((dialog.summary.text(), [dialog.model.index(r, 0).data(ID_ROLE) for r in rows]))
        dialog.reject()

    when_modal(read_last, lambda w: isinstance(w, SyncPairsDialog))
    window.actions_.sync_last.trigger()
    ((text, ids),) = last
    assert ids == [namesake.id, joerg.id]
    # (Both in the window's language now: the summary is kept as counts, not words.)
    first, then = text.split("\n")
    assert first.startswith("Synced at ") and first.endswith(" · no changes")
    assert then.startswith("Last changes: Synced at ")
    assert then.endswith(" · 1 new from the server, 2 sent · 2 already on both sides")


def test_an_event_the_server_refuses_is_named_in_the_status_bar(qtbot, window, radicale):
    """The status bar said "Refused by the server: 1": which event never reached the
    phone was left to guess. Radicale refuses a series of over 10,000 evenings (400)."""
    import datetime as dt

    from netzjournal.store.events import create_event
    from netzjournal.store.records import EventRecord

    j = window.journal
    create_event(j, EventRecord("Barcamp Ruhr", dt.date(2026, 12, 5)))
    daily = EventRecord("Daily Stand-up", dt.date(2026, 12, 1), rrule="FREQ=DAILY;COUNT=20000")
    create_event(j, daily)
    sync_settings.save(j, sync_settings.SyncSettings(enabled=True, url=radicale.url, user=USER))
    window.sync.session_password = PASSWORD
    status = window.findChild(QLabel, "syncStatus")
    with qtbot.waitSignal(window.sync.succeeded, timeout=60_000):
        window.sync.sync_now()
    said = status.text()
    assert said.endswith(" · Refused by the server: Daily Stand-up"), said
    assert " sent" in said  # Anna and the Barcamp went up all the same
    # Why, in our words (Radicale's "Bad Request" says no more than the status).
    assert status.toolTip() == "Daily Stand-up: the server finds it invalid"
    with in_language("de"), qtbot.waitSignal(window.sync.succeeded, timeout=60_000):
        window.sync.sync_now()
        window.sync.wait()
    assert status.text().endswith(" · keine Änderungen · Vom Server abgelehnt: Daily Stand-up")


def test_the_last_sync_s_summary_is_kept_across_a_restart_in_the_journal_only(
    qtbot, qtmodeltester, window, radicale
):
    """File → Last sync… said "No sync yet since the window opened." after every start:
    what the last sync did, whom it paired and what the server refused was gone. Now
    it is kept beside the sync's state, in the journal (encrypted with it), and the
    server's refusal is said in our words ("HTTP 400 Bad Request" before)."""
    import datetime as dt

    from netzjournal.store.events import create_event
    from netzjournal.store.records import EventRecord
    from netzjournal.ui.sync_pairs import ID_ROLE, SyncPairsDialog

    j = window.journal
    daily = EventRecord("Daily Stand-up", dt.date(2026, 12, 1), rrule="FREQ=DAILY;COUNT=20000")
    create_event(j, daily)
    sync_settings.save(j, sync_settings.SyncSettings(enabled=True, url=radicale.url, user=USER))
    window.sync.session_password = PASSWORD
    with qtbot.waitSignal(window.sync.succeeded, timeout=60_000):
        window.sync.sync_now()
    status = window.findChild(QLabel, "syncStatus")
    assert status.toolTip() == "Daily Stand-up: the server finds it invalid"
    window.close()

    # The next start: another window on the journal opened anew.
    again = Journal.open(window.paths.journal, backup_dir=window.paths.backups)
    w = MainWindow(again, window.paths)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.first_painted, timeout=30_000):
        w.show()
    seen: list[tuple[str, list[int]]] = []

    def read_last(dialog) -> None:
        qtmodeltester.check(dialog.model)
        rows = range(dialog.model.rowCount())
        seen.append((dialog.summary.text(), [dialog.model.index(r, 0).data(ID_ROLE) for r in rows]))
        dialog.reject()

    for language, refused, why in (
        ("en", "Refused by the server: Daily Stand-up",
         "Daily Stand-up: the server finds it invalid"),
        ("de", "Vom Server abgelehnt: Daily Stand-up",
         "Daily Stand-up: für den Server ungültig"),
    ):  # fmt: skip
        with in_language(language):
            when_modal(read_last, lambda d: isinstance(d, SyncPairsDialog))
            w.actions_.sync_last.trigger()
        text, ids = seen.pop()
        first, reason = text.split("\n")
        assert " · 1 " in first and first.endswith(refused), first  # (Anna sent)
        assert reason == why and ids == []
    w.close()
    again.close()
    # Names only in the journal: no plain file beside it holds one (an encrypted
    # journal keeps them encrypted; its backups follow its encryption).
    for found in window.paths.root.rglob("*"):
        journal_s = found.name.startswith(window.paths.journal.name)
        if found.is_file() and not journal_s and window.paths.backups not in found.parents:
            assert b"Daily Stand-up" not in found.read_bytes(), found


def test_a_failed_sync_is_kept_for_the_last_sync_dialog_beside_the_last_finished_one(
    qtbot, window, radicale
):
    """File → Last sync… kept only finished syncs: after a sync the server stopped, and
    a restart, it said the sync before as if nothing had happened since. Now the last
    attempt comes first — when, what failed in our words, what is left of every kind,
    what was done before it stopped — and the last finished sync stays below it."""
    import datetime as dt

    from dav_servers import HoldingProxy

    from netzjournal.store.interactions import add_follow_up, follow_ups
    from netzjournal.store.records import FollowUpRecord
    from netzjournal.ui.sync_pairs import SyncPairsDialog

    proxy = HoldingProxy(radicale.url)
    j = window.journal
    anna = next(c for c in state.all_contacts(j) if c.given_name == "Anna")  # (the fixture's)
    sync_settings.save(j, sync_settings.SyncSettings(enabled=True, url=proxy.url, user=USER))
    window.sync.session_password = PASSWORD
    with qtbot.waitSignal(window.sync.succeeded, timeout=60_000):
        window.sync.sync_now()
    for n in range(3):
        add_follow_up(j, FollowUpRecord(f"Nachfassen {n}", anna.id, due_on=dt.date(2026, 12, 2)))
    create_contact(j, person("Bernd", "Schulz", city="Bonn"))
    first = follow_ups(j, open_only=False)[0].uid
    proxy.fail("PUT", f"/{first}.ics", 500, times=3)
    with qtbot.waitSignal(window.sync.failed, timeout=60_000):
        window.sync.sync_now()
    window.close()

    again = Journal.open(window.paths.journal, backup_dir=window.paths.backups)
    w = MainWindow(again, window.paths)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.first_painted, timeout=30_000):
        w.show()
    seen: list[str] = []

    def read_last(dialog) -> None:
        seen.append(dialog.summary.text())
        dialog.reject()

    for language, expected in (
        # The status number only on a line of its own, for whoever helps.
        ("en", ["Sync: the server ran into a problem of its own; try again later",
                "the next sync goes on from there",
                "3 still to send (3 follow-ups)", "done before: 1 sent",
                "Technical details: HTTP status 500"]),
        ("de", ["Synchronisation: der Server hat ein eigenes Problem; bitte später erneut "
                "versuchen",
                "die nächste Synchronisation macht dort weiter",
                "3 noch hochzuladen (3 nächste Schritte)", "davor erledigt: 1 hochgeladen",
                "Technische Details: HTTP-Status 500"]),
    ):  # fmt: skip
        with in_language(language):
            when_modal(read_last, lambda d: isinstance(d, SyncPairsDialog))
            w.actions_.sync_last.trigger()
        tried, *rest, finished = seen.pop().split("\n")
        attempt = {"en": "Last attempt at ", "de": "Letzter Versuch um "}[language]
        assert tried.startswith(attempt) and tried.endswith(" · " + expected[0]), tried
        assert rest == expected[1:]
        # The last finished sync (Anna sent) stays, below the attempt.
        assert finished.startswith({"en": "Synced at ", "de": "Synchronisiert um "}[language])
        assert finished.endswith({"en": " · 1 sent", "de": " · 1 hochgeladen"}[language])
    w.close()
    again.close()
    proxy.close()


def test_a_trusted_certificate_is_shown_and_trust_is_withdrawn_only_when_asked(
    qtbot, window, tmp_path, no_keyring
):
    """A pin could only be replaced (by trusting another certificate), never taken
    back, in the window."""
    from PySide6.QtWidgets import QMessageBox

    home = Radicale(tmp_path / "home", certificate="server")
    home.start()
    try:
        dialog = fill_sync_page(qtbot, window, home.url, PASSWORD)
        page = dialog.sync_page
        assert not page.trusted.isVisibleTo(page)  # nothing trusted yet
        qtbot.mouseClick(page.look, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.look.isEnabled(), timeout=30_000)
        qtbot.mouseClick(page.trust, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.look.isEnabled(), timeout=30_000)
        dialog.accept()
        window.sync.session_password = PASSWORD

        dialog = SettingsDialog(window.paths, window.journal, window)
        page = dialog.sync_page
        assert page.trusted.isVisibleTo(page)
        assert page.trusted_fingerprint.text() == f"{TRUSTED[:47]}\n{TRUSTED[48:]}"
        assert "2126" in page.trusted_until.text()
        assert not page.withdraw.autoDefault() and not page.withdraw.isDefault()
        # Another address: its own (no) certificate; back again, the pin is shown.
        page.url.setText("https://nas.fritz.box:5232/")
        assert not page.trusted.isVisibleTo(page)
        page.url.setText(home.url)
        assert page.trusted.isVisibleTo(page)

        asked: list[str] = []

        def answer(action: str | None):
            def press(box: QMessageBox) -> None:
                asked.append(box.text())
                assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
                if action is None:
                    qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter: the default
                else:
                    next(b for b in box.buttons() if b.text().replace("&", "") == action).click()

            return press

        when_modal(answer(None), lambda w: isinstance(w, QMessageBox))
        qtbot.mouseClick(page.withdraw, Qt.MouseButton.LeftButton)
        assert asked == [f"Stop trusting the certificate of 127.0.0.1:{home.port}?"]
        assert page.trusted.isVisibleTo(page)  # Enter kept it
        when_modal(answer("Withdraw trust"), lambda w: isinstance(w, QMessageBox))
        qtbot.mouseClick(page.withdraw, Qt.MouseButton.LeftButton)
        assert not page.trusted.isVisibleTo(page)
        assert sync_settings.load(window.journal).certificates  # (until OK)
        dialog.accept()
        saved = sync_settings.load(window.journal)
        assert saved.certificates == {} and saved.certificates_valid_until == {}

        # The next sync stops at the certificate, as before it was trusted.
        with qtbot.waitSignal(window.sync.failed, timeout=60_000) as failed:
            window.sync.sync_now()
        assert failed.args == ["certificate"]
    finally:
        home.stop()


def test_quitting_during_a_first_sync_stops_it_at_an_item_and_the_next_sync_goes_on(
    qtbot, window, tmp_path, no_keyring
):
    """Claire closed the window while the calendar filled one task at a time: the
    child was killed wherever it was. Now it is asked to stop at the next item,
    notes that it stopped, and the next sync says it goes on from there."""
    import datetime as dt

    from netzjournal.store.interactions import add_follow_up, follow_ups
    from netzjournal.store.records import FollowUpRecord

    server = Radicale(tmp_path / "small", max_content_length=12_000)  # no part of 50 fits
    server.start()
    try:
        (anna,) = contact_uids(window.journal)
        anna_id = state.contact_directory(window.journal)[0].id
        for n in range(120):
            add_follow_up(
                window.journal,
                FollowUpRecord(f"Nachfassen {n}", anna_id, due_on=dt.date(2026, 12, 1)),
            )
        dialog = fill_sync_page(qtbot, window, server.url, PASSWORD)
        dialog.accept()
        window.sync.session_password = dialog.sync_page.session_password
        status = window.findChild(QLabel, "syncStatus")
        sending: list[str] = []

        def step(phase: str, done: int, _total: int) -> None:
            if phase == "calendar.send" and done:
                sending.append(status.text())

        window.sync.progressed.connect(step)
        with qtbot.waitSignal(window.sync.failed, timeout=120_000) as failed:
            window.sync.sync_now()
            qtbot.waitUntil(lambda: bool(sending), timeout=120_000)
            window.close()  # closeEvent: the sync stops at the next item
        assert failed.args == ["stopped"]
        assert not window.sync.running
        assert sending[0].startswith("Syncing the calendar: ") and " of 120 sent" in sending[0]
        assert get_setting(window.journal, "sync.stopped") is True
        kept = len(state.sync_items(window.journal, "follow_up"))
        assert 0 < kept < 120  # what went up is known as synced
        # Kept for File → Last sync… with what is left (it was kept without a count).
        from netzjournal.sync import summary

        stopped = summary.last_failure(window.journal)
        assert stopped is not None and stopped.code == "stopped"
        assert stopped.left == {"tasks": 120 - kept}

        shown: list[str] = []
        window.sync.progressed.connect(lambda *_: shown.append(status.text()))
        with qtbot.waitSignal(window.sync.succeeded, timeout=120_000):
            window.sync.sync_now()
        assert shown and all("continued after quitting" in s for s in shown)
        assert "continued after quitting" not in status.text()  # the result replaces it
        # ... and says that it went on, and that nothing is left (drafts3).
        assert "went on where the last sync stopped" in status.text()
        assert status.text().endswith("nothing left to do")
        assert get_setting(window.journal, "sync.stopped") is False
        assert len(state.sync_items(window.journal, "follow_up")) == 120
        assert len(follow_ups(window.journal, open_only=False)) == 120  # none came back twice
        assert anna
    finally:
        server.stop()


def test_quitting_while_the_server_holds_a_request_open_closes_at_once(
    qtbot, window, tmp_path, no_keyring
):
    """The server keeps a sync's request open (a NAS gone quiet): quitting used to
    wait up to 5 s for the child, then kill it. Now the child ends its wait at once
    and says that it stopped, so the next sync goes on from there."""
    from dav_servers import HoldingProxy

    server = Radicale(tmp_path / "held")
    server.start()
    proxy = HoldingProxy(server.url)
    try:
        settings = sync_settings.SyncSettings(enabled=True, url=proxy.url, user=USER)
        sync_settings.save(window.journal, settings)
        window.sync.session_password = PASSWORD
        proxy.hold_after = ("PUT", 0)  # the first upload (the contact) gets no answer
        with qtbot.waitSignal(window.sync.failed, timeout=60_000) as failed:
            window.sync.sync_now()
            qtbot.waitUntil(proxy.holding.is_set, timeout=60_000)
            window.close()  # closeEvent: SyncRunner.stop
            assert not window.sync.running  # the child ended within the stop
        # It stopped itself (a child killed after the wait reads "crashed").
        assert failed.args == ["stopped"]
        assert get_setting(window.journal, "sync.stopped") is True
        proxy.release()
        with qtbot.waitSignal(window.sync.succeeded, timeout=60_000):
            window.sync.sync_now()
        assert get_setting(window.journal, "sync.stopped") is False
        assert len(state.sync_items(window.journal, "contact")) == 1
    finally:
        proxy.close()
        server.stop()


def test_the_sync_s_progress_names_the_stage_in_the_locale_s_numbers(qtbot, window):
    from uihelpers import in_language

    from netzjournal.ui.sync_runner import SyncStatus

    with in_language("de"):
        status = SyncStatus(window.sync)  # (no parent: the German locale, not the window's)
        window.sync.started.emit()
        window.sync.progressed.emit("calendar.send", 1200, 7605)
        assert status.text() == "Synchronisiere Kalender: 1.200 von 7.605 gesendet"
        window.sync.progressed.emit("calendar.upload", 0, 7605)
        assert status.text() == (
            "Synchronisiere Kalender: alle 7.605 Einträge werden in einem Schritt gesendet …"
        )
        # Refused as too large (413), the items go up in parts: said so, and how far.
        window.sync.progressed.emit("contacts.parts", 500, 4000)
        assert status.text() == ("Synchronisiere Kontakte: in Teilen, 500 von 4.000 gesendet …")
        window.sync.progressed.emit("resumed", 0, 0)
        window.sync.progressed.emit("contacts.receive", 100, 4883)
        assert status.text() == (
            "Synchronisiere Kontakte: 100 von 4.883 empfangen · nach dem Beenden fortgesetzt"
        )
        status.deleteLater()
    with in_language("en"):
        status = SyncStatus(window.sync)
        window.sync.started.emit()
        window.sync.progressed.emit("calendar.parts", 1250, 7605)
        assert status.text() == "Syncing the calendar: sending in parts, 1,250 of 7,605 sent…"
        status.deleteLater()


def test_a_sync_that_went_on_after_quitting_says_so_and_what_is_left(qtbot, window):
    """The result of a sync that continued one stopped by quitting said only "Synced at
    00:46 · 250 sent" (in the status bar and File → Last sync…): it now says that it
    went on where the last one stopped, and that nothing is left to do, or what is."""
    from uihelpers import in_language

    from netzjournal.ui.sync_runner import SyncStatus

    sent = {"tasks": {"created_there": [f"t{n}" for n in range(250)]}}
    left = {"tasks": {"created_there": ["t1"], "conflicts": ["t2", "t3"]}}
    for language, went_on, nothing, conflicts in (
        ("en", "went on where the last sync stopped", "nothing left to do",
         "Conflicts to look at: 2"),
        ("de", "dort fortgesetzt, wo die letzte Synchronisation anhielt",
         "nichts mehr zu tun", "Konflikte zum Ansehen: 2"),
    ):  # fmt: skip
        with in_language(language):
            status = SyncStatus(window.sync)
            window.sync.started.emit()
            window.sync.progressed.emit("resumed", 0, 0)
            window.sync.succeeded.emit(sent)
            said = status.text()
            assert f" · {went_on} · 250 " in said and said.endswith(f" · {nothing}")
            window.sync.started.emit()
            window.sync.progressed.emit("resumed", 0, 0)
            window.sync.succeeded.emit(left)
            said = status.text()
            assert went_on in said and said.endswith(conflicts) and nothing not in said
            window.sync.started.emit()  # a sync that did not go on says neither
            window.sync.succeeded.emit(sent)
            assert went_on not in status.text() and nothing not in status.text()
            status.deleteLater()


def test_a_password_needed_opens_the_settings_at_the_sync_password(
    qtbot, window, radicale, no_keyring
):
    """Without a keyring the password lasts one session. The next one said "Sync:
    password needed (Settings → Sync)", and Settings opened on its General tab."""
    dialog = fill_sync_page(qtbot, window, radicale.url, PASSWORD)
    dialog.accept()
    window.sync.session_password = None  # the next session: nothing kept
    with qtbot.waitSignal(window.sync.failed, timeout=60_000) as failed:
        assert window.sync.sync_now()
    assert failed.args == ["no_password"]
    seen: list[tuple[str, bool]] = []

    def look(dialog: SettingsDialog) -> None:
        page = dialog.sync_page
        assert page is not None
        on_sync = dialog.tabs.currentWidget().isAncestorOf(page)
        seen.append((on_sync, dialog.focusWidget() is page.password))
        dialog.reject()

    when_modal(look, lambda w: isinstance(w, SettingsDialog))
    window.show_settings()
    assert seen == [(True, True)]


def test_a_server_in_trouble_says_what_the_sync_did_and_what_is_left(qtbot, window):
    """A 500 on one item said "Sync: the server refused a request", whatever had gone
    up before it: now what was done, what is left, and that the next sync goes on
    (the child's answer, as ``test_sync_server_trouble`` has it from a real server)."""
    from uihelpers import in_language

    from netzjournal.ui.sync_runner import SyncStatus

    done = {"contacts": {"created_there": ["Anna Meier"]},
            "tasks": {"created_there": [f"t{n}" for n in range(1200)]}}  # fmt: skip
    for failure, language, expected, technical in (
        ({"error": "server", "status": 500, "done": done, "left": 6405,
          "left_by_kind": {"tasks": 6404, "events": 1}},
         "en", "Sync: the server ran into a problem of its own; try again later · the next "
         "sync goes on from there · 6,405 still to send (6,404 follow-ups, 1 event) · done "
         "before: 1,201 sent", "Technical details: HTTP status 500"),
        ({"error": "server", "status": 503, "done": done, "left": 1,
          "left_by_kind": {"contacts": 1}},
         "de", "Synchronisation: der Server ist gerade nicht erreichbar; bitte später erneut "
         "versuchen · die nächste Synchronisation macht dort weiter · 1 noch hochzuladen "
         "(1 Kontakt) · davor erledigt: 1.201 hochgeladen", "Technische Details: HTTP-Status 503"),
    ):  # fmt: skip
        with in_language(language):
            status = SyncStatus(window.sync)
            window.sync.last_failure = failure
            window.sync.failed.emit("server")
            # No status number in the sentence ("(HTTP 500)" before): in the tooltip.
            assert status.text() == expected and "HTTP" not in status.text()
            # (A narrow window cuts the end of the line: the tooltip has it all.)
            assert status.toolTip() == expected.replace(" · ", "\n") + "\n" + technical
            status.deleteLater()


def test_the_last_sync_without_sync_set_up_says_where_to_set_it_up(qtbot, window):
    """File → Last sync… with sync never set up said only „Noch keine Synchronisation.“:
    nothing about why, nor where to set it up (found on the German walk)."""
    from netzjournal.ui.sync_pairs import SyncPairsDialog

    seen: list[str] = []

    def read_last(dialog) -> None:
        seen.append(dialog.summary.text())
        dialog.reject()

    with in_language("de"):
        when_modal(read_last, lambda d: isinstance(d, SyncPairsDialog))
        window.actions_.sync_last.trigger()
    assert seen == [
        "Noch keine Synchronisation. Sie können sie unter Einstellungen → Synchronisation "
        "einrichten."
    ]
    # Set up and not yet run: no such hint.
    sync_settings.save(window.journal, sync_settings.SyncSettings(
        enabled=True, url="http://127.0.0.1:9/", user=USER))  # fmt: skip
    with in_language("de"):
        when_modal(read_last, lambda d: isinstance(d, SyncPairsDialog))
        window.actions_.sync_last.trigger()
    assert seen[1:] == ["Noch keine Synchronisation."]


def test_last_sync_without_a_sync_shows_its_whole_sentence_in_german(window, qtbot):
    """File → „Letzte Synchronisation …“ before any sync: „Noch keine Synchronisation.
    Sie können sie unter Einstellungen → Synchronisation einrichten.“ wraps onto a
    second line at 560 px, and the dialog kept the height of one: „einrichten.“ was
    cut off under the first line (a window's height ignores a wrapped label's)."""
    from uihelpers import settle

    from netzjournal.ui.sync_pairs import SyncPairsDialog

    seen: list[tuple[int, int, str]] = []

    def read(dialog):
        settle()
        label = dialog.findChild(QLabel, "syncLastSummary")
        seen.append((label.height(), label.heightForWidth(label.width()), label.text()))
        dialog.reject()

    with in_language("de"):
        window.resize(800, 600)
        when_modal(read, lambda w: isinstance(w, SyncPairsDialog))
        window.actions_.sync_last.trigger()
        qtbot.waitUntil(lambda: bool(seen))
    ((height, needs, text),) = seen
    assert "einrichten" in text
    assert needs > QLabel().fontMetrics().lineSpacing()  # (two lines: the case)
    assert height >= needs, (height, needs)
