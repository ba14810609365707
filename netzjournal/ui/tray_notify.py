"""The notification where D-Bus has none to offer: ``QSystemTrayIcon.showMessage``."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from netzjournal.notify import Delivery
from netzjournal.paths import resources_dir


def show(summary: str, body: str, wait: float = 0.0) -> Delivery:
    """A balloon from a tray icon; ``wait`` seconds for a click (then the icon goes)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return Delivery(False)
    icon = QIcon(str(resources_dir() / "icons" / "netzjournal.svg"))
    tray = QSystemTrayIcon(icon if not icon.isNull() else app.windowIcon())  # type: ignore[attr-defined]
    tray.setToolTip("netzjournal")
    tray.show()
    clicked: list[bool] = []
    loop = QEventLoop()
    tray.messageClicked.connect(lambda: (clicked.append(True), loop.quit()))  # type: ignore[func-returns-value]
    tray.showMessage(summary, body, QSystemTrayIcon.MessageIcon.Information, 15_000)
    if wait > 0:
        QTimer.singleShot(int(wait * 1000), loop.quit)
        loop.exec()
    tray.hide()
    return Delivery(True, bool(clicked))
