"""The small window shown at start while the journal is updated for this version.

An old journal's upgrade (a backup, then the migrations: 4–9 s on a large
one) ran before any window existed, and people took the empty screen for a
start that failed. The upgrade now runs on a worker thread while the GUI
thread turns an event loop: this notice paints, says the step and can be
moved. It has no Cancel: the migrations are one transaction that completes or
leaves the journal as it was, and stopping halfway would only waste the
backup. The worker opens the journal (upgrading it) and closes it again; the
window then opens it on its own thread (a connection belongs to its thread).

A backup restored from the recovery list is opened the same way (app._recover),
and an encryption change requested for the start upgrades the journal first
with this notice (:func:`upgrade_first`), not inside its own busy dialog.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

Stage = Callable[[str], None]

log = logging.getLogger(__name__)


def step_text(step: str) -> str:
    """What the notice says during one of an upgrade's steps (see ``Journal.open``)."""
    return {
        "waiting": QCoreApplication.translate(
            "UpgradeNotice",
            "Another netzjournal is updating it right now; waiting until it has finished…",
        ),
        "backup": QCoreApplication.translate(
            "UpgradeNotice", "Step 1 of 2: a backup of the journal as it is…"
        ),
        "update": QCoreApplication.translate("UpgradeNotice", "Step 2 of 2: updating…"),
    }.get(step, "")


class UpgradeNotice(QWidget):
    """„Ihr Journal wird für diese Version aktualisiert …“ with the step and a busy bar."""

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.Dialog)
        self.setWindowTitle("netzjournal")
        self._done = False
        heading = QLabel(self.tr("Updating your journal for this version…"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.step = QLabel(step_text("backup"))
        self.step.setWordWrap(True)
        hint = QLabel(
            self.tr("This happens once after netzjournal was updated and takes a moment.")
        )
        hint.setWordWrap(True)
        bar = QProgressBar()
        bar.setRange(0, 0)  # busy: the migrations report no progress of their own
        bar.setTextVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        for widget in (heading, self.step, bar, hint):
            layout.addWidget(widget)
        self.setMinimumWidth(420)
        self.adjustSize()
        screen = self.screen().availableGeometry()  # (centred: there is no window yet)
        self.move(screen.center() - self.rect().center())

    def show_step(self, step: str) -> None:
        text = step_text(step)
        if text:
            self.step.setText(text)

    def finish(self) -> None:
        """Close it (the window shows, or the upgrade failed and a message follows)."""
        self._done = True
        self.close()
        self.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:
        # No way out halfway: the upgrade completes or leaves the journal as it was.
        if self._done:
            event.accept()
        else:
            event.ignore()


class _Carrier(QObject):
    step = Signal(str)
    done = Signal()


def upgrade_with_notice(upgrade: Callable[[Stage], None]) -> UpgradeNotice:
    """Run ``upgrade(on_stage)`` on a worker thread while the notice shows; returns
    the notice, still shown (the caller finishes it once the window shows), or
    raises what the upgrade raised (the notice closed)."""
    notice = UpgradeNotice()
    notice.show()
    carrier = _Carrier()  # (the GUI thread's: its signals reach the notice queued)
    carrier.step.connect(notice.show_step)
    loop = QEventLoop()
    carrier.done.connect(loop.quit)
    failed: list[BaseException] = []

    def run() -> None:
        try:
            upgrade(carrier.step.emit)
        except BaseException as exc:  # (given to the GUI thread, which handles it)
            failed.append(exc)
        finally:
            carrier.done.emit()

    worker = threading.Thread(target=run, name="journal-upgrade")
    worker.start()
    loop.exec()
    worker.join()
    if failed:
        notice.finish()
        raise failed[0]
    return notice


def upgrade_first(journal: Path, backup_dir: Path) -> None:
    """An old journal upgraded now, while the notice shows (closed after); a current one
    is left as it is. A problem is logged and left to the caller's own open, which
    says it where it belongs (a conversion's failure box)."""
    from netzjournal.store.errors import StoreError
    from netzjournal.store.journal import Journal, UpgradeNeeded

    def opened(upgrade: bool, on_stage: Stage | None = None) -> Journal:
        return Journal.open(journal, backup_dir=backup_dir, verify=False,
                            allow_upgrade=upgrade, on_stage=on_stage)  # fmt: skip

    try:
        opened(False).close()
        return
    except UpgradeNeeded:
        log.info("the journal needs an upgrade first: on a worker, with a notice")
    except StoreError as exc:
        log.info("not upgraded first: %s", exc)
        return
    try:
        upgrade_with_notice(lambda on_stage: opened(True, on_stage).close()).finish()
    except StoreError as exc:
        log.error("the upgrade before the conversion failed: %s", exc)
