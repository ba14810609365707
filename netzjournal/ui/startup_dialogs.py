"""Dialogs for a journal that cannot be opened normally.

Each one explains in plain words what happened, says that nothing was
changed, and offers the one sensible way forward. Damage offers verified
backups (``ui/recovery_dialog.py``); an environment problem (full disk,
I/O error, permissions, lock, …) never does: restoring would not help.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QTextEdit

from netzjournal.store.errors import JournalKeyError, JournalTooNew, JournalUnavailable
from netzjournal.ui import show_folder

KNOWN_KINDS = ("disk-full", "io-error", "permission-denied", "read-only", "locked",
               "upgrading", "is-a-directory", "not-a-folder", "link-target-missing",
               "name-too-long")  # fmt: skip


BOX_WIDTH = 500  # px: Qt's own limit before a message box wraps its text


def steady_width(box: QMessageBox) -> QMessageBox:
    """Every start-up box as wide as the others: Qt sizes a message box by its text, so
    a short one ("The journal cannot be opened") came out ~270 px beside ~500."""
    from PySide6.QtWidgets import QGridLayout, QSizePolicy, QSpacerItem

    grid = box.layout()
    if isinstance(grid, QGridLayout):
        margins = grid.contentsMargins()
        width = BOX_WIDTH - margins.left() - margins.right()
        spacer = QSpacerItem(width, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)
        grid.addItem(spacer, grid.rowCount(), 0, 1, grid.columnCount())
    return box


def _box(name: str, icon: QMessageBox.Icon, title: str, text: str, informative: str = "",
         answer: QMessageBox.StandardButton | None = QMessageBox.StandardButton.Close,
         ) -> QMessageBox:  # fmt: skip
    """A start-up box's common parts; ``answer`` is its one button (also the default), or
    None for a box that adds its own."""
    box = QMessageBox(icon, title, text, answer or QMessageBox.StandardButton.NoButton)
    box.setObjectName(name)
    box.setInformativeText(informative)
    if answer is not None:
        box.setDefaultButton(answer)
    return box


def _nothing_changed(path: object) -> str:
    return (
        QCoreApplication.translate(
            "StartupDialogs", "Nothing was changed: your journal is as it was."
        )
        + "\n\n"
        + _location(path)
    )


def _location(path: object) -> str:
    """The journal's location, a line of every box about the journal (the person may
    have several, or find this one's folder to copy or move it)."""
    return QCoreApplication.translate("StartupDialogs", "Location: %1").replace("%1", str(path))


def set_details(box: QMessageBox, details: str) -> QAbstractButton:
    """``box.setDetailedText`` with the app's own words on the toggle: Qt's button says
    "Show Details..." (in German "Details einblenden...", three dots, though it opens
    nothing) beside the app's "Copy details". Call it after the box's standard buttons."""
    before = set(box.buttons())
    box.setDetailedText(details)
    toggle = next(b for b in box.buttons() if b not in before)

    def label() -> None:  # after Qt's own relabelling on each click
        shown = any(e.isVisibleTo(box) for e in box.findChildren(QTextEdit))
        toggle.setText(
            QCoreApplication.translate("StartupDialogs", "Hide details")
            if shown
            else QCoreApplication.translate("StartupDialogs", "Show details")
        )

    toggle.clicked.connect(label)
    label()
    return toggle


def unavailable_text(error: JournalUnavailable) -> tuple[str, str]:
    """Title and advice for an environment problem (see ``store.errors.UNAVAILABLE_MESSAGES``)."""
    texts = {
        "disk-full": (
            QCoreApplication.translate("StartupDialogs", "The disk is full"),
            QCoreApplication.translate(
                "StartupDialogs", "The disk is full. Please free some space and start again."
            ),
        ),
        "io-error": (
            QCoreApplication.translate("StartupDialogs", "The disk reports an error"),
            QCoreApplication.translate(
                "StartupDialogs",
                "The disk reported a read or write error. Please check the drive (or the "
                "network connection to it) and start again.",
            ),
        ),
        "permission-denied": (
            QCoreApplication.translate("StartupDialogs", "No permission"),
            QCoreApplication.translate(
                "StartupDialogs",
                "netzjournal is not allowed to open the journal or its folder. Please check "
                "who owns them and their permissions, then start again.",
            ),
        ),
        "read-only": (
            QCoreApplication.translate("StartupDialogs", "The journal cannot be written"),
            QCoreApplication.translate(
                "StartupDialogs",
                "The journal, its folder or its disk is write-protected. Please make it "
                "writable and start again.",
            ),
        ),
        "locked": (
            QCoreApplication.translate("StartupDialogs", "The journal is in use"),
            QCoreApplication.translate(
                "StartupDialogs",
                "Another program is using the journal right now. Please close it (or wait "
                "until it has finished) and start again.",
            ),
        ),
        "upgrading": (
            QCoreApplication.translate("StartupDialogs", "The journal is being updated"),
            QCoreApplication.translate(
                "StartupDialogs",
                "Another netzjournal is updating the journal for this version. Please "
                "start again once it has finished.",
            ),
        ),
        "is-a-directory": (
            QCoreApplication.translate("StartupDialogs", "A folder is in the journal's place"),
            QCoreApplication.translate(
                "StartupDialogs",
                "There is a folder where the journal file should be. Please move it aside, "
                "or start netzjournal with --data-dir to use another data folder.",
            ),
        ),
        "not-a-folder": (
            QCoreApplication.translate("StartupDialogs", "A file is in the data folder's place"),
            QCoreApplication.translate(
                "StartupDialogs",
                "There is a file where the data folder should be. Please move it aside, or "
                "start netzjournal with --data-dir to use another data folder.",
            ),
        ),
        "name-too-long": (
            QCoreApplication.translate("StartupDialogs", "The data folder's name is too long"),
            QCoreApplication.translate(
                "StartupDialogs",
                "The path to the journal is too long for the disk (one name in it, or the "
                "whole path). Please start netzjournal with --data-dir and a shorter "
                "folder; the details name the place.",
            ),
        ),
        "link-target-missing": (
            QCoreApplication.translate("StartupDialogs", "The journal's place is not there"),
            QCoreApplication.translate(
                "StartupDialogs",
                "The journal file is a link to a place that is not there right now, perhaps "
                "a disk or network folder that is not connected. Please connect it and "
                "start again; the details name the place.",
            ),
        ),
    }
    # An unknown kind: said in the interface language; the English detail is in
    # the message box's details (see show_unavailable), not in this sentence.
    return texts.get(
        error.kind,
        (
            QCoreApplication.translate("StartupDialogs", "The journal cannot be opened"),
            QCoreApplication.translate(
                "StartupDialogs",
                "The journal or its folder cannot be used right now. The details say why.",
            ),
        ),
    )


def show_unavailable(error: JournalUnavailable) -> None:
    """An environment problem: what is wrong, how to fix it; nothing was changed."""
    unavailable_box(error).exec()


def unavailable_box(error: JournalUnavailable) -> QMessageBox:
    title, advice = unavailable_text(error)
    box = _box("unavailableBox", QMessageBox.Icon.Critical, title, advice,
               _nothing_changed(error.path))  # fmt: skip
    # Each advice asks for something done to the file or its folder: the way there.
    show_folder.add_button(box, error.path)
    if error.detail or error.kind not in KNOWN_KINDS:
        set_details(box, error.detail or str(error))
    return steady_width(box)


def show_busy_elsewhere(journal: object) -> None:
    """A second start found the data folder's lock held and nobody answered it."""
    busy_elsewhere_box(journal).exec()


def busy_elsewhere_box(journal: object) -> QMessageBox:
    title = QCoreApplication.translate("StartupDialogs", "netzjournal is already at work")
    advice = QCoreApplication.translate(
        "StartupDialogs",
        "Another netzjournal is working with this data folder and did not answer: a "
        "window still starting or waiting for an answer, or a command such as a "
        "restore or encryption. Wait until it has finished (or close it), then start "
        "netzjournal again.",
    )
    box = _box("busyElsewhereBox", QMessageBox.Icon.Information, title, advice,
               _nothing_changed(journal))  # fmt: skip
    show_folder.add_button(box, journal)
    return steady_width(box)


def show_key_problem(error: JournalKeyError) -> None:
    """An encrypted journal the key does not open: a wrong key, never damage."""
    key_problem_box(error).exec()


def key_problem_box(error: JournalKeyError) -> QMessageBox:
    texts = {
        "wrong-key": QCoreApplication.translate(
            "StartupDialogs",
            # (Once: "Nothing was changed: your journal is as it was" follows.)
            "Wrong key: the journal is encrypted and this key does not open it. Please "
            "start again with the right passphrase or the recovery key.",
        ),
        "no-key": QCoreApplication.translate(
            "StartupDialogs",
            "The journal is encrypted and no key for it was given. Please start again "
            "and enter the passphrase or the recovery key.",
        ),
        "binding-missing": QCoreApplication.translate(
            "StartupDialogs",
            "The journal is encrypted, but this installation lacks the SQLCipher binding "
            "(sqlcipher3).",
        ),
    }
    title = QCoreApplication.translate("StartupDialogs", "Wrong key")
    text = texts.get(error.kind, texts["wrong-key"])
    return steady_width(
        _box("keyProblemBox", QMessageBox.Icon.Warning, title, text, _nothing_changed(error.path))
    )


def show_set_aside(paths: list[Path]) -> None:
    """A damaged ``-wal`` was set aside at open: say so, and where it is."""
    set_aside_box(paths).exec()


def set_aside_box(paths: list[Path]) -> QMessageBox:
    title = QCoreApplication.translate("StartupDialogs", "A leftover file was set aside")
    text = QCoreApplication.translate(
        "StartupDialogs",
        "Next to the journal was a file of pending changes (a “-wal” or “-journal” "
        "file) that does not belong to it. Applying it would have damaged the journal, "
        "so it was set aside and the journal opens without it.",
    )
    kept = QCoreApplication.translate("StartupDialogs", "The file is kept as:\n%1").replace(
        "%1", "\n".join(str(p) for p in paths)
    )
    return steady_width(_box("setAsideBox", QMessageBox.Icon.Information, title, text, kept,
                             QMessageBox.StandardButton.Ok))  # fmt: skip


def ask_read_only(error: JournalTooNew) -> bool:
    """Explain the version clash; True if the user wants to look read-only."""
    box = too_new_box(error)
    box.exec()
    clicked = box.clickedButton()
    return clicked is not None and box.buttonRole(clicked) == QMessageBox.ButtonRole.AcceptRole


def too_new_box(error: JournalTooNew) -> QMessageBox:
    """The version clash; its default button opens the journal read-only."""
    title = QCoreApplication.translate("StartupDialogs", "A newer netzjournal wrote this journal")
    # Plain words for the person (versions they can look up, what to do); the schema
    # numbers only help whoever helps them, so they wait behind "Show details".
    # (a journal that did not record it; or a build of the same version number with a
    # newer format, where "version 0.4 … this is version 0.4" would say nothing)
    known = error.found_app not in ("", "?", error.our_app)
    if known:
        text = (
            QCoreApplication.translate(
                "StartupDialogs",
                "This journal was last saved by a newer netzjournal (version %1). This is "
                "version %2, which cannot work with it.",
            )
            .replace("%1", error.found_app)
            .replace("%2", error.our_app)
        )
        update = QCoreApplication.translate(
            "StartupDialogs",
            "Your journal is untouched. Please update netzjournal to version %1 or later; "
            "until then you can open the journal to read it, without changes.",
        ).replace("%1", error.found_app)
    else:
        text = QCoreApplication.translate(
            "StartupDialogs",
            "This journal was last saved by a newer netzjournal. This is version %1, "
            "which cannot work with it.",
        ).replace("%1", error.our_app)
        update = QCoreApplication.translate(
            "StartupDialogs",
            "Your journal is untouched. Please update netzjournal; until then you can "
            "open the journal to read it, without changes.",
        )
    advice = update + "\n\n" + _location(error.path)
    box = _box("tooNewBox", QMessageBox.Icon.Information, title, text, advice, None)
    read_only = box.addButton(
        QCoreApplication.translate("StartupDialogs", "Open read-only"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("StartupDialogs", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(read_only)
    set_details(
        box,
        QCoreApplication.translate(
            "StartupDialogs", "Journal format (schema) %1; this version reads up to %2."
        )
        .replace("%1", str(error.found_schema))
        .replace("%2", str(error.our_schema)),
    )
    return steady_width(box)


def error_box(title: str, detail: str, path: object = None) -> QMessageBox:
    """A start-up failure said in the interface language; the store's own (English)
    words go into the details, for whoever helps — not into the sentence. With the
    journal's ``path``, its location as in every other start-up box."""
    if path is None:
        advice = QCoreApplication.translate(
            "StartupDialogs",
            "Nothing was changed. The details say what happened; they help whoever you ask "
            "for help.",
        )
    else:
        advice = (
            _nothing_changed(path)
            + "\n\n"
            + QCoreApplication.translate(
                "StartupDialogs",
                "The details say what happened; they help whoever you ask for help.",
            )
        )
    # Closing is the answer, as in every other start-up box (not Qt's bare "OK"). The
    # title doubles as the box's first line: a sentence there, as every other box opens
    # with one ("The disk is full. …"), the window title without the full stop.
    text = title if title.rstrip().endswith((".", "!", "?")) else title.rstrip() + "."
    box = _box("startupErrorBox", QMessageBox.Icon.Critical, title, text, advice)
    if path is not None:
        show_folder.add_button(box, path)
    if detail:
        set_details(box, detail)
    return steady_width(box)


def show_error(title: str, detail: str, path: object = None) -> None:
    error_box(title, detail, path).exec()


def crash_box(log_path: object, details: str) -> QMessageBox:
    """A programming error: what happened is safe; the details can be copied."""
    # The path on a line of its own, as the other boxes' "Location:": inside the
    # sentence it broke after "logs/", the file's name alone on the next line.
    box = _box(
        "crashBox",
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("App", "Something went wrong"),
        QCoreApplication.translate(
            "App",
            "netzjournal ran into an unexpected problem. Everything you saved is safe in "
            "your journal.",
        ),
        QCoreApplication.translate("App", "Details are in the log:\n%1").replace(
            "%1", str(log_path)
        ),
        None,
    )
    set_details(box, details)
    copy = box.addButton(
        QCoreApplication.translate("App", "Copy details"), QMessageBox.ButtonRole.ActionRole
    )
    copy.clicked.disconnect()  # keep the box open after copying
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
    close = box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(close)  # Enter closes (not "Show details")
    return steady_width(box)
