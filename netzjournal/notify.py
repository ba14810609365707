"""Desktop notifications over D-Bus (``org.freedesktop.Notifications``), without Qt.

jeepney speaks the protocol: PySide6's QtDBus cannot marshal the ``uint32``
that ``Notify`` takes (a Python int goes out as ``int32``, which GDBus-based
notification services — GNOME Shell, dunst, xfce4-notifyd — refuse). No Qt
also means ``netzjournal remind`` starts fast.

Elsewhere (no session bus, no notification service, Windows, macOS) the
caller falls back to ``QSystemTrayIcon.showMessage``
(:mod:`netzjournal.ui.tray_notify`).
"""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
APP_NAME = "netzjournal"
DESKTOP_ENTRY = "org.netzjournal.Netzjournal"


@dataclass(frozen=True)
class Delivery:
    shown: bool  # the desktop took the notification
    clicked: bool = False  # the person clicked it (where the desktop supports actions)
    id: int = 0


def available() -> bool:
    """Is there a session bus to try at all?"""
    if os.name != "posix":
        return False
    try:
        import jeepney  # noqa: F401
    except ImportError:
        return False
    return bool(os.environ.get("DBUS_SESSION_BUS_ADDRESS"))


def show(summary: str, body: str, action_label: str, wait: float = 0.0) -> Delivery:
    """Show one notification; with ``wait`` > 0, wait that long for a click.

    Never raises for a missing or broken notification service: returns
    ``Delivery(shown=False)`` so the caller can fall back.
    """
    try:
        from jeepney import DBusAddress, HeaderFields, MatchRule, message_bus, new_method_call
        from jeepney.io.blocking import open_dbus_connection
    except ImportError:
        return Delivery(False)
    address = DBusAddress(PATH, bus_name=SERVICE, interface=INTERFACE)
    try:
        conn = open_dbus_connection(bus="SESSION")
    except Exception as exc:  # no bus, refused, …
        log.info("no session bus: %s", exc)
        return Delivery(False)
    try:
        caps_reply = conn.send_and_get_reply(new_method_call(address, "GetCapabilities"), timeout=5)
        caps = caps_reply.body[0] if caps_reply.body else []
        actions = ["default", action_label] if "actions" in caps else []
        signals = MatchRule(type="signal", interface=INTERFACE, path=PATH)
        if actions and wait > 0:
            conn.send_and_get_reply(message_bus.AddMatch(signals), timeout=5)
        hints = {"desktop-entry": ("s", DESKTOP_ENTRY), "urgency": ("y", 1)}
        message = new_method_call(
            address, "Notify", "susssasa{sv}i",
            (APP_NAME, 0, DESKTOP_ENTRY, summary, body, actions, hints, -1),
        )  # fmt: skip
        with conn.filter(signals, bufsize=64) as queue:
            reply = conn.send_and_get_reply(message, timeout=5)
            if reply.header.message_type.name == "error":
                log.info("notification refused: %s", reply.body)
                return Delivery(False)
            nid = int(reply.body[0])
            if not actions or wait <= 0:
                return Delivery(True, False, nid)
            deadline = time.monotonic() + wait
            while (left := deadline - time.monotonic()) > 0:
                try:
                    signal = conn.recv_until_filtered(queue, timeout=left)
                except TimeoutError:
                    break
                member = signal.header.fields.get(HeaderFields.member)
                if not signal.body or int(signal.body[0]) != nid:
                    continue
                if member == "ActionInvoked":
                    return Delivery(True, True, nid)
                if member == "NotificationClosed":
                    return Delivery(True, False, nid)
            return Delivery(True, False, nid)
    except Exception as exc:  # a service that misbehaves must not crash the reminder
        log.info("notification over D-Bus failed: %s", exc)
        return Delivery(False)
    finally:
        conn.close()
