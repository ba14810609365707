"""`netzjournal remind`: the digest for a fixed day, the one notification a day
(against a stand-in notification service on a private D-Bus — the only double),
and the log-in entry."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import threading

import pytest
from conftest import person

from netzjournal import cli, notify, reminders
from netzjournal.store.contacts import create_contact
from netzjournal.store.interactions import add_follow_up, create_interaction
from netzjournal.store.journal import Journal
from netzjournal.store.records import Birthday, FollowUpRecord, InteractionRecord

TODAY = dt.date(2026, 6, 15)  # a Monday


@pytest.fixture
def data(tmp_path):
    """A data folder whose journal has something due on TODAY."""
    root = tmp_path / "data"
    root.mkdir()
    j = Journal.open(root / "journal.sqlite3", backup_dir=root / "backups")

    def add(given, family, closeness=3, last_days=None, **kw):
        c = create_contact(j, person(given, family, closeness=closeness,
                                           met_on=dt.date(2020, 1, 1), **kw)).value  # fmt: skip
        if last_days is not None:
            when = dt.datetime.combine(TODAY - dt.timedelta(days=last_days), dt.time(10))
            create_interaction(j, InteractionRecord(occurred_at=when,
                                                                participants=[c.id]))  # fmt: skip
        return c

    add("Anna", "Weiß", closeness=5, last_days=3, birthday=Birthday(6, 15, 1980))
    add("Ben", "Groß", closeness=4, last_days=80)
    add("Cara", "Lang", closeness=3, last_days=100, birthday=Birthday(6, 17, None))
    dora = add("Dora", "Klein", closeness=2, last_days=5)
    add_follow_up(j, FollowUpRecord("Angebot schicken", dora.id, due_on=TODAY))
    add("Emil", "Fern", closeness=1, last_days=2)  # nothing due
    j.close()
    return root


def run(capsys, *argv):
    status = cli.main(["remind", *argv])
    return status, capsys.readouterr().out


def test_remind_prints_what_is_due_on_a_fixed_day(data, capsys):
    status, out = run(capsys, "--data-dir", str(data), "--today", "2026-06-15", "--lang", "de")
    assert status == 0
    assert out.splitlines()[0] == "netzjournal – Montag, 15. Juni 2026"
    assert (
        "Geburtstage\n  Anna Weiß hat heute Geburtstag\n  Cara Lang hat in 2 Tagen Geburtstag"
        in out
    )
    assert "Fällige nächste Schritte\n  Dora Klein: Angebot schicken (heute fällig)" in out
    people = out.split("Bei diesen Menschen könnten Sie sich melden\n")[1].splitlines()
    assert [p.split(" – ")[0].strip() for p in people] == ["Anna Weiß", "Dora Klein", "Ben Groß"]
    assert "Emil" not in out
    _, en = run(capsys, "--data-dir", str(data), "--today", "2026-06-15", "--lang", "en")
    assert "It's Anna Weiß's birthday today" in en and "Follow-ups due" in en


def test_remind_with_nothing_due(tmp_path, capsys):
    root = tmp_path / "quiet"
    root.mkdir()
    j = Journal.open(root / "journal.sqlite3")
    create_contact(j, person("Emil", "Fern", closeness=1, met_on=TODAY))
    j.close()
    status, out = run(capsys, "--data-dir", str(root), "--today", "2026-06-15", "--lang", "de",
                      "--notify")  # fmt: skip
    assert status == 0 and out.endswith("Heute ist nichts fällig.\n")
    # Nothing due: no notification, and the day is not used up.
    assert not reminders.notified_on(reminders.state_dir(root), TODAY)


def test_no_journal_is_an_error(tmp_path, capsys):
    assert cli.main(["remind", "--data-dir", str(tmp_path / "none")]) == 2


def test_notification_text():
    anna = [reminders.Birthday(1, "Anna Weiß", 0)]
    d = reminders.Digest(TODAY, anna, [], [object()] * 3)  # type: ignore[list-item]
    assert reminders.notification(d, "de") == (
        "netzjournal",
        "3 Menschen, bei denen Sie sich melden könnten · Anna Weiß hat heute Geburtstag",
    )
    one = reminders.Digest(TODAY, [], [], [object()])  # type: ignore[list-item]
    assert reminders.notification(one, "en") == (
        "netzjournal", "One person you could get in touch with"
    )  # fmt: skip
    assert reminders.notification(reminders.Digest(TODAY), "de") is None


def test_at_most_one_notification_a_day(tmp_path):
    state = tmp_path / "state"
    assert reminders.claim_day(state, TODAY)
    assert not reminders.claim_day(state, TODAY)
    assert reminders.claim_day(state, TODAY + dt.timedelta(days=1))
    assert not reminders.notified_on(state, TODAY)  # yesterday's mark is tidied away


# -- the D-Bus boundary -----------------------------------------------------------------

BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={dir}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


@pytest.fixture
def session_bus(tmp_path, monkeypatch):
    """A private session bus (a real dbus-daemon) for this test only."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon is not installed (.ci/run installs it)")
    config = tmp_path / "bus.conf"
    config.write_text(BUS_CONFIG.format(dir=tmp_path), encoding="utf-8")
    proc = subprocess.Popen([daemon, f"--config-file={config}", "--nofork", "--print-address=1"],
                            stdout=subprocess.PIPE, text=True)  # fmt: skip
    assert proc.stdout is not None
    address = proc.stdout.readline().strip()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    yield address
    proc.terminate()
    proc.wait(5)


class FakeNotifications(threading.Thread):
    """Stands in for the desktop's notification service: records Notify calls
    and, if asked, "clicks" the notification (emits ActionInvoked)."""

    def __init__(self, click: bool = False, actions: bool = True) -> None:
        super().__init__(daemon=True)
        self.click, self.actions = click, actions
        self.calls: list[tuple[str, tuple]] = []
        self.ready, self.done = threading.Event(), threading.Event()

    def run(self) -> None:
        from jeepney import (
            DBusAddress,
            HeaderFields,
            MessageType,
            message_bus,
            new_error,
            new_method_return,
            new_signal,
        )  # fmt: skip
        from jeepney.io.blocking import open_dbus_connection

        conn = open_dbus_connection(bus="SESSION")
        conn.send_and_get_reply(message_bus.RequestName(notify.SERVICE))
        self.ready.set()
        while not self.done.is_set():
            try:
                msg = conn.receive(timeout=0.05)
            except TimeoutError:
                continue
            if msg.header.message_type is not MessageType.method_call:
                continue
            member = msg.header.fields.get(HeaderFields.member)
            if member == "GetCapabilities":
                caps = ["actions", "body"] if self.actions else ["body"]
                conn.send(new_method_return(msg, "as", (caps,)))
            elif member == "Notify":
                self.calls.append((msg.header.fields.get(HeaderFields.signature), msg.body))
                conn.send(new_method_return(msg, "u", (42,)))
                if self.click:
                    where = DBusAddress(notify.PATH, interface=notify.INTERFACE)
                    conn.send(new_signal(where, "ActionInvoked", "us", (42, "default")))
            else:
                conn.send(new_error(msg, "org.freedesktop.DBus.Error.UnknownMethod"))
        conn.close()


@pytest.fixture
def service(session_bus):
    fake = FakeNotifications()
    fake.start()
    assert fake.ready.wait(5)
    yield fake
    fake.done.set()
    fake.join(5)


def test_notify_shows_one_notification_a_day_over_dbus(data, service, capsys):
    argv = ["--data-dir", str(data), "--today", "2026-06-15", "--lang", "de", "--notify",
            "--wait", "0"]  # fmt: skip
    status, _ = run(capsys, *argv)
    assert status == 0
    ((signature, body),) = service.calls
    assert signature == "susssasa{sv}i"  # replaces_id is a uint32, as the spec says
    app, replaces, _icon, summary, text, actions, hints, _timeout = body
    assert (app, replaces, summary) == ("netzjournal", 0, "netzjournal")
    assert text == ("3 Menschen, bei denen Sie sich melden könnten · Anna Weiß hat heute "
                    "Geburtstag · Ein nächster Schritt ist fällig")  # fmt: skip
    assert actions == ["default", "Öffnen"]
    assert hints["desktop-entry"] == ("s", "org.netzjournal.Netzjournal")
    # A second run the same day (the window's timer, a second log-in): nothing more.
    run(capsys, *argv)
    assert len(service.calls) == 1
    # The next day, again one.
    run(capsys, *[a if a != "2026-06-15" else "2026-06-16" for a in argv])
    assert len(service.calls) == 2


def test_a_click_is_reported_and_no_actions_means_no_wait(session_bus):
    fake = FakeNotifications(click=True)
    fake.start()
    assert fake.ready.wait(5)
    try:
        sent = notify.show("netzjournal", "Anna Weiß hat heute Geburtstag", "Öffnen", wait=5)
        assert sent.shown and sent.clicked and sent.id == 42
    finally:
        fake.done.set()
        fake.join(5)
    plain = FakeNotifications(actions=False)
    plain.start()
    assert plain.ready.wait(5)
    try:
        sent = notify.show("netzjournal", "text", "Öffnen", wait=5)
        assert sent.shown and not sent.clicked
        assert plain.calls[0][1][5] == []  # no actions offered where none are supported
    finally:
        plain.done.set()
        plain.join(5)


def test_no_notification_service_is_no_crash(session_bus):
    assert notify.show("netzjournal", "text", "Öffnen") == notify.Delivery(False)


def test_a_click_opens_the_window_on_the_coach(tmp_path):
    argv = reminders.remind_command(tmp_path)
    assert argv[-4:] == ["remind", "--notify", "--data-dir", str(tmp_path)]
    args = cli.parse(["--coach", "--data-dir", str(tmp_path)])
    assert args.coach and args.command is None


# -- at log-in --------------------------------------------------------------------------


def test_autostart_entry_is_written_and_removed(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    path = reminders.autostart_path("linux")
    assert path == tmp_path / "config" / "autostart" / "org.netzjournal.Netzjournal-remind.desktop"
    argv = ["/opt/net journal/bin/netzjournal", "remind", "--notify", "--data-dir", "/d/100%"]
    assert reminders.install_autostart(argv, path) == path
    text = path.read_text(encoding="utf-8")
    assert text.startswith("[Desktop Entry]\nType=Application\n")
    assert 'Exec="/opt/net journal/bin/netzjournal" remind --notify --data-dir /d/100%%\n' in text
    assert reminders.autostart_installed(path)
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr
    assert reminders.remove_autostart(path) and not path.exists()
    assert not reminders.remove_autostart(path)


def test_the_other_platforms_entries():
    import plistlib

    argv = ["/Applications/N.app/n", "remind", "--notify"]
    mac = plistlib.loads(reminders.autostart_text(argv, "darwin").encode("utf-8"))
    assert mac == {"Label": reminders.AUTOSTART_NAME, "ProgramArguments": argv, "RunAtLoad": True}
    win = reminders.autostart_text(["C:\\n\\netzjournal.exe", "remind", "--notify"], "win32")
    assert win.startswith("@echo off") and '"remind" "--notify"' in win


def test_the_open_window_reminds_once_a_day_at_the_chosen_time(data, service, qtbot):
    from netzjournal import paths
    from netzjournal.ui.reminder_timer import DailyReminder

    where = paths.resolve(data)
    with Journal.open(where.journal) as j:
        clock = [dt.datetime.combine(TODAY, dt.time(8, 59))]
        timer = DailyReminder(j, where, now=lambda: clock[0])
        shown: list[str] = []
        timer.shown.connect(shown.append)
        assert not timer.check()  # off by default
        reminders.save_settings(j, reminders.ReminderSettings(True, "09:00"))
        assert not timer.check()  # not yet
        clock[0] = dt.datetime.combine(TODAY, dt.time(9, 1))
        assert timer.check() and len(service.calls) == 1
        assert "Anna Weiß hat heute Geburtstag" in shown[0] or "Anna Weiß" in shown[0]
        assert not timer.check()  # once a day, also against `remind --notify` that day
        status = cli.main(["remind", "--data-dir", str(data), "--today", TODAY.isoformat(),
                           "--notify", "--wait", "0"])  # fmt: skip
        assert status == 0 and len(service.calls) == 1
        clock[0] += dt.timedelta(days=1)
        assert timer.check() and len(service.calls) == 2
        timer.timer.stop()


def test_a_reminder_that_cannot_be_shown_does_not_use_up_the_day(data, monkeypatch, capsys):
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    status = cli.main(["remind", "--data-dir", str(data), "--today", TODAY.isoformat(),
                       "--notify", "--wait", "0"])  # fmt: skip
    assert status == 0 and "no way to show" in capsys.readouterr().err
    assert not reminders.notified_on(reminders.state_dir(data), TODAY)
