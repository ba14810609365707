"""The window started on a data folder that does not exist (a mistyped ``--data-dir``):
asked before anything is made there, as the command line refuses it."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest
from conftest import REPO
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox
from uihelpers import in_language, when_modal

from netzjournal import app as app_module
from netzjournal import paths
from netzjournal.ui.missing_folder import missing_folder_box


def test_only_a_named_folder_that_is_not_there_counts_as_mistyped(tmp_path, monkeypatch):
    monkeypatch.delenv(paths.ENV_HOME, raising=False)
    assert not paths.named_but_missing(None)  # the platform's folder: made quietly
    assert paths.named_but_missing(str(tmp_path / "Dokumnete" / "netzjournal"))
    assert not paths.named_but_missing(str(tmp_path))
    monkeypatch.setenv(paths.ENV_HOME, str(tmp_path / "nirgends"))
    assert paths.named_but_missing(None)


@pytest.mark.parametrize(
    ("language", "said", "buttons"),
    [
        ("en", "The folder {} does not exist (a typo?).",
         ["Create a new journal there", "Choose another folder…", "Quit"]),
        ("de", "Den Ordner {} gibt es nicht (vertippt?).",
         ["Neues Journal dort anlegen", "Anderen Ordner wählen …", "Beenden"]),
    ],
)  # fmt: skip
def test_the_box_names_the_folder_and_quits_by_default(qtbot, tmp_path, language, said, buttons):
    folder = tmp_path / "Dokumnete" / "netzjournal"
    with in_language(language):
        box = missing_folder_box(folder)
    qtbot.addWidget(box)
    assert box.text() == said.format(folder)
    shown = {b.objectName(): b.text() for b in box.buttons()}
    assert sorted(shown.values()) == sorted(buttons)
    assert box.defaultButton().objectName() == "quitMissingFolder"
    assert box.escapeButton().objectName() == "quitMissingFolder"
    assert shown["quitMissingFolder"] == buttons[2]


def _is_box(widget: object) -> bool:
    return isinstance(widget, QMessageBox) and widget.objectName() == "missingFolderBox"


def test_create_there_is_made_only_once_asked_for(qapp, tmp_path):
    where = paths.resolve(tmp_path / "neu" / "journal")
    seen = []

    def create(box: QMessageBox) -> None:
        seen.append(where.root.parent.exists())
        box.findChild(object, "createThere").click()

    when_modal(create, _is_box)
    chosen = app_module._ask_missing_folder(qapp, where, "en")
    assert seen == [False]
    assert chosen == where  # (made next, by the start's own folders step)


def test_another_folder_is_picked_in_a_folder_dialog(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "argv", ["netzjournal", "--data-dir", str(tmp_path / "typo")])
    other = tmp_path / "echt"
    other.mkdir()
    where = paths.resolve(tmp_path / "typo")

    def pick(dialog: QFileDialog) -> None:
        # As a person types it: Qt's own dialog lists folders as they are read, so a
        # selection made at once may come too early.
        dialog.findChild(QLineEdit, "fileNameEdit").setText(str(other))
        dialog.accept()

    def elsewhere(box: QMessageBox) -> None:
        when_modal(pick, lambda w: isinstance(w, QFileDialog))
        box.findChild(object, "chooseFolder").click()

    when_modal(elsewhere, _is_box)
    chosen = app_module._ask_missing_folder(qapp, where, "en")
    assert chosen == paths.resolve(other)
    assert not where.root.exists()
    # An encryption's restart starts in the folder picked, not at the typo again.
    assert sys.argv[-2:] == ["--data-dir", str(other)]


def test_a_real_start_on_a_mistyped_folder_asks_and_makes_nothing(tmp_path):
    """The whole start in a child process, as a person starts it: the box comes before
    anything (folder, log, lock) is made; Quit (the default: Enter) leaves no trace."""
    typo = tmp_path / "Dokumnete" / "netzjournal"
    code = textwrap.dedent(
        f"""
        import sys
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        app = QApplication(sys.argv[:1])
        seen = []
        def answer():
            box = QApplication.activeModalWidget()
            if box is not None and box.isVisible():
                seen.append((box.objectName(), box.defaultButton().objectName()))
                box.defaultButton().click()
        timer = QTimer()
        timer.timeout.connect(answer)
        timer.start(50)
        QTimer.singleShot(20_000, app.quit)  # (the window of old code: no box came)
        from netzjournal.cli import main
        status = main(["--data-dir", {str(typo)!r}, "--lang", "en"])
        print("seen", seen, "status", status)
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=REPO, env=env, timeout=120)  # fmt: skip
    assert "seen [('missingFolderBox', 'quitMissingFolder')] status 1" in out.stdout, (
        out.stdout + out.stderr
    )
    assert list(tmp_path.iterdir()) == []
