"""Helpers for driving real widgets as a person would."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QProgressDialog, QWidget

TODAY = dt.date(2026, 11, 22)


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, umlauts and emoji included, one key event per character.

    (qtbot.keyClicks with non-ASCII text aborts the process with a Qt assertion.)
    """
    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


@contextmanager
def in_language(language: str) -> Iterator[None]:
    """The app in ``language`` ("en" or "de") for the block, installed as the app installs
    it (its and Qt's translators, the default locale); removed and restored after."""
    from netzjournal.ui.i18n import install_translators

    app = QApplication.instance()
    before = QLocale()
    installed = install_translators(app, language)
    try:
        yield
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        QLocale.setDefault(before)


def settle() -> None:
    """Let posted events (layouts, deferred updates) run a few rounds."""
    for _ in range(5):
        QApplication.processEvents()


# Every helper below that waits for something runs on a QTimer kept here, and
# conftest stops them all when the test ends: a helper whose dialog never came
# (the test failed or timed out) must not answer the next test's dialogs.
_live: list[QTimer] = []


def _every(interval_ms: int, callback: Callable[[], None]) -> QTimer:
    timer = QTimer()
    timer.setInterval(interval_ms)
    timer.timeout.connect(callback)
    _live.append(timer)
    timer.start()
    return timer


def stop_helpers() -> None:
    """Stop every waiting helper the test started (conftest calls this after each test)."""
    while _live:
        _live.pop().stop()


def _answerable(widget: QWidget) -> bool:
    # A progress dialog is modal too, and on a loaded machine it shows before the
    # question a test waits for: taken for it, it was cancelled and the question then
    # waited for ever. No test answers a progress dialog unless it asks for one.
    return not isinstance(widget, QProgressDialog)


def when_modal(
    handler: Callable[[QWidget], None], predicate: Callable[[QWidget], bool] = _answerable
):
    """Run ``handler`` on the next modal widget that appears (from inside its exec);
    progress dialogs are passed over unless ``predicate`` asks for them."""
    handled: list[QWidget] = []

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or widget in handled or not predicate(widget):
            return
        timer.stop()
        handled.append(widget)
        try:
            handler(widget)
        except BaseException:
            # Never leave a modal open: the test would hang instead of failing.
            if widget.isVisible() and hasattr(widget, "reject"):
                widget.reject()
            raise

    timer = _every(20, poll)
    return handled


def create_when_the_folder_is_asked_for() -> list[QWidget]:
    """A start on a data folder named but not there asks first (ui/missing_folder.py):
    answered "Create a new journal there", as a person starting anew does."""
    return when_modal(
        lambda box: box.findChild(QWidget, "createThere").click(),  # type: ignore[union-attr]
        lambda widget: widget.objectName() == "missingFolderBox",
    )


def when_popup(handler: Callable[[QMenu], None]) -> None:
    """Run ``handler`` on the next popup menu shown (from inside its exec)."""
    handled: list[QMenu] = []

    def poll() -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu) and menu.isVisible() and not handled:
            timer.stop()
            handled.append(menu)
            handler(menu)

    timer = _every(20, poll)


def collect_message_boxes() -> list[str]:
    """Record the text of every message box that appears until the test ends; press OK."""
    seen: list[str] = []

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            seen.append(box.text())
            box.button(QMessageBox.StandardButton.Ok).click()

    _every(20, poll)
    return seen


def close_main_window_once_painted(check: Callable[[QWidget], None] = lambda w: None) -> None:
    """For tests of ``run_gui``: once its window has painted, ``check`` it, close it, quit.

    Waits for the window however long the start takes (no fixed delay to outrun).
    """
    from netzjournal.ui.main_window import MainWindow

    closed: list[QWidget] = []

    def poll() -> None:
        if closed:  # a turn of the loop after closing, as a person would: quit
            timer.stop()
            QApplication.quit()
            return
        for w in QApplication.topLevelWidgets():
            # Painted, and the steps after the first paint (first_painted among
            # them) have all run.
            if isinstance(w, MainWindow) and w.isVisible() and w._painted and not w._steps:
                closed.append(w)
                try:
                    check(w)
                finally:
                    w.close()
                return

    timer = _every(20, poll)


def quit_after(ms: int) -> None:
    """A safety net for a ``run_gui`` test: quit after ``ms`` unless the test ended first."""
    timer = _every(ms, QApplication.quit)
    timer.setSingleShot(True)


def answer(button: QMessageBox.StandardButton):
    """A handler that presses ``button`` in a QMessageBox."""

    def press(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox), widget
        widget.button(button).click()

    return press


def shown(text: str) -> str:
    """A control's text as it reads on screen: the "&" before its Alt+letter aside
    (every dialog's controls get one: netzjournal/ui/mnemonics.py); "&&" is one "&"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


@contextmanager
def quick_note_shown(journal: object, drafts: object, now: dt.datetime) -> Iterator[QWidget]:
    """A quick note on ``journal`` with its drafts in ``drafts``, reset and shown; at the
    end it is left quietly (closing one with text asks first, and a failed assertion
    leaves text in it)."""
    from netzjournal.drafts import DraftStore
    from netzjournal.ui.quick_note import QuickNoteDialog

    d = QuickNoteDialog(journal, DraftStore(drafts), now=lambda: now)  # type: ignore[arg-type]
    d.reset()
    d.show()
    yield d
    d.body.clear()
    d.who.clear()
    d.close()
    d.deleteLater()


def events_page_after_importing(qtbot: object, tmp_path: Path, ics: Path) -> tuple[Any, Any, Any]:
    """A main window at 800×600 on a new journal in ``tmp_path``, the events view shown,
    ``ics`` imported through the pane (its result box answered) and the imported event's
    page shown: (window, journal, page). The caller closes the journal."""
    from netzjournal import paths
    from netzjournal.store.journal import Journal
    from netzjournal.ui.main_window import EVENTS, MainWindow

    where = paths.resolve(tmp_path / "data").ensure()
    journal = Journal.open(where.journal)
    w = MainWindow(journal, where, today=lambda: TODAY)
    qtbot.addWidget(w)  # type: ignore[attr-defined]
    w.resize(800, 600)
    w.show()
    w.show_view(EVENTS)
    when_modal(answer(QMessageBox.StandardButton.Ok))
    w.events_pane.import_file(str(ics))
    w.events_pane.refresher.flush()
    page = w.events_pane.page
    qtbot.waitUntil(lambda: page.occurrence is not None)  # type: ignore[attr-defined]
    return w, journal, page


def seeded_window(qtbot: object, tmp_path: Path) -> tuple[Any, Any]:
    """A main window at 1280×800 on a new journal in ``tmp_path`` with one contact
    („Seed Person“: the contacts view is not the welcome page), shown: (window,
    journal). The caller closes the journal."""
    from conftest import person

    from netzjournal import paths
    from netzjournal.store.contacts import create_contact
    from netzjournal.store.journal import Journal
    from netzjournal.ui.main_window import MainWindow

    where = paths.resolve(tmp_path / "data").ensure()
    journal = Journal.open(where.journal)
    create_contact(journal, person("Seed", "Person"))
    w = MainWindow(journal, where, today=lambda: TODAY)
    qtbot.addWidget(w)  # type: ignore[attr-defined]
    w.resize(1280, 800)
    w.show()
    return w, journal
