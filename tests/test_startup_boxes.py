"""The boxes the start shows before there is a window (built apart from showing them,
so ``--screenshot`` can take them): their default answers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from netzjournal.store.errors import JournalKeyError, JournalTooNew, JournalUnavailable
from netzjournal.ui import startup_dialogs as boxes

PLACE = Path("/home/jürgen/Öffentlich/journal.sqlite3")


def _built() -> list[QMessageBox]:
    built = [boxes.unavailable_box(JournalUnavailable(PLACE, kind)) for kind in boxes.KNOWN_KINDS]
    built += [boxes.key_problem_box(JournalKeyError(PLACE, k)) for k in ("wrong-key", "no-key")]
    built += [
        boxes.too_new_box(JournalTooNew(PLACE, "1.4.0", 19, "1.2.0", 14)),
        boxes.set_aside_box([PLACE.with_name("journal.sqlite3-wal.set-aside")]),
        boxes.error_box("Änderungen konnten nicht gelesen werden", "detail", PLACE),
        boxes.crash_box(PLACE.parent / "netzjournal.log", "Traceback"),
    ]
    return built


def test_the_too_new_box_opens_read_only_by_default(qtbot):
    box = boxes.too_new_box(JournalTooNew(PLACE, "1.4.0", 19, "1.2.0", 14))
    qtbot.addWidget(box)
    default = box.defaultButton()
    assert default is not None
    assert box.buttonRole(default) == QMessageBox.ButtonRole.AcceptRole
    assert "1.4.0" in box.text() and "1.2.0" in box.text()


def test_every_start_up_box_opens_with_a_whole_sentence(qtbot):
    """The "cannot be opened" box's first line was its bare title ("The journal cannot be
    opened", no full stop) where every other box opens with a sentence."""
    for box in _built():
        qtbot.addWidget(box)
        first = box.text().strip().split("\n")[0].rstrip()
        assert first.endswith((".", "?", "!")), (box.objectName(), first)
    error = boxes.error_box("The journal cannot be opened", "detail", PLACE)
    qtbot.addWidget(error)
    assert error.text() == "The journal cannot be opened."
    assert error.windowTitle() == "The journal cannot be opened"


def test_start_up_boxes_close_with_enter(qtbot):
    """Each box's default is Close (or, for the version clash, opening read-only) —
    not Qt's bare "OK" nor "Show Details…"."""
    for box in _built():
        qtbot.addWidget(box)
        box.show()
        default = box.defaultButton()
        assert default is not None, box.objectName()
        if box.objectName() == "setAsideBox":  # (a notice: OK)
            assert box.standardButton(default) == QMessageBox.StandardButton.Ok
        elif box.objectName() != "tooNewBox":
            assert box.standardButton(default) == QMessageBox.StandardButton.Close, box.objectName()
        box.hide()


def test_the_details_button_speaks_the_apps_words(qtbot, qapp):
    """Qt's own toggle said "Show Details..." (German "Details einblenden...": three dots
    though it opens nothing) beside the app's "Copy details"."""
    from PySide6.QtWidgets import QTextEdit

    from netzjournal.ui.i18n import install_translators

    for language, show, hide in (
        ("en", "Show details", "Hide details"),
        ("de", "Details einblenden", "Details ausblenden"),
    ):
        installed = install_translators(qapp, language)
        try:
            with_details = [b for b in _built() if b.detailedText()]
            assert {b.objectName() for b in with_details} >= {"startupErrorBox", "crashBox"}
            for box in with_details:
                qtbot.addWidget(box)
                box.show()
                toggle = next(b for b in box.buttons() if b.text() in (show, hide))
                assert toggle.text() == show
                assert not any("..." in b.text() or "…" in b.text() for b in box.buttons())
                toggle.click()
                assert toggle.text() == hide and box.isVisible()
                assert any(e.isVisible() for e in box.findChildren(QTextEdit))
                toggle.click()
                assert toggle.text() == show
                box.hide()
        finally:
            for translator in installed:
                qapp.removeTranslator(translator)


def test_every_start_up_box_is_as_wide_as_the_others(qtbot):
    """Qt sizes a message box by its text: "The journal cannot be opened" came out
    ~270 px wide where the others are ~500."""
    widths = {}
    for box in _built():
        qtbot.addWidget(box)
        box.show()
        widths[box.objectName()] = box.width()
        box.hide()
    assert max(widths.values()) - min(widths.values()) <= 10, widths
    assert min(widths.values()) >= 480, widths


def test_each_box_says_once_that_nothing_happened(qapp):
    """The wrong-key box said "Nothing is damaged." and then "Nothing was changed: …"."""
    from netzjournal.ui.i18n import install_translators

    for language, word in (("en", "nothing"), ("de", "nichts")):
        installed = install_translators(qapp, language)
        try:
            for box in _built():
                said = f"{box.text()} {box.informativeText()}".lower()
                assert said.count(word) <= 1, (box.objectName(), said)
            # The set-aside sentence, rewritten in English, keeps its German.
            aside = boxes.set_aside_box([PLACE]).text()
            expected = {"en": "Next to the journal was a file", "de": "Neben dem Journal lagen"}
            assert aside.startswith(expected[language]) and "unfinished" not in aside
        finally:
            for translator in installed:
                qapp.removeTranslator(translator)


def test_every_box_about_the_journal_says_where_it_is(qapp):
    """The "cannot be opened" box, then the too-new box had no "Location:" line."""
    from netzjournal.ui.i18n import install_translators

    for language, word in (("en", "Location: "), ("de", "Ort: ")):
        installed = install_translators(qapp, language)
        try:
            for box in _built():
                if box.objectName() in ("setAsideBox", "crashBox"):  # they name their file
                    continue
                said = f"{box.text()}\n{box.informativeText()}"
                assert f"{word}{PLACE}" in said, (language, box.objectName(), said)
        finally:
            for translator in installed:
                qapp.removeTranslator(translator)


def test_the_crash_box_shows_the_log_path_whole_on_its_own_line(qtbot, qapp):
    """Inside the sentence the path broke after "logs/" (the file's name alone below)."""
    from PySide6.QtWidgets import QLabel

    from netzjournal.ui.i18n import install_translators

    log = Path("/home/jürgen/.local/share/netzjournal/logs/netzjournal.log")
    for language in ("en", "de"):
        installed = install_translators(qapp, language)
        try:
            box = boxes.crash_box(log, "Traceback")
            qtbot.addWidget(box)
            box.show()
            label = next(
                lb for lb in box.findChildren(QLabel) if lb.isVisible() and str(log) in lb.text()
            )
            before, path = label.text().rsplit("\n", 1)
            assert path == str(log) and before.endswith(":"), label.text()
            assert str(log) not in box.text()
            # One line: the label is as wide as the path.
            assert label.width() >= label.fontMetrics().horizontalAdvance(path), language
            box.hide()
        finally:
            for translator in installed:
                qapp.removeTranslator(translator)


def test_the_screenshot_of_the_too_new_box_names_this_build(qtbot):
    """The screenshot's sample said "this is netzjournal 1.2.0 (schema 14)" — numbers
    no build had. It now names this build's version and schema, and a newer journal."""
    from netzjournal import __version__
    from netzjournal.store.journal import latest_schema
    from netzjournal.ui.dialog_shots import _startup_boxes

    shots = dict(_startup_boxes(PLACE))
    box = shots["too-new"]
    qtbot.addWidget(box)
    text = box.text()
    ours = latest_schema()
    assert f"This is version {__version__}," in text, text
    # The schema numbers are for whoever helps: in the details, not in the sentence.
    assert f"schema) {ours + 1}; this version reads up to {ours}." in box.detailedText()
    for other in shots.values():
        if other is not box:
            other.deleteLater()


def test_the_too_new_box_says_what_to_do_without_schema_numbers(qtbot, language):
    """The box said "written by netzjournal 1.4.0 (schema 19); this is netzjournal
    1.2.0 (schema 14)": numbers that mean nothing to the person, and no word that the
    file was left alone. Now the versions, what to do, and the numbers in the details."""
    box = boxes.too_new_box(JournalTooNew(PLACE, "1.4.0", 19, "1.2.0", 14))
    qtbot.addWidget(box)
    said = f"{box.text()}\n{box.informativeText()}"
    assert "schema" not in said.lower() and "19" not in said and "14" not in said, said
    assert "1.4.0" in box.text() and "1.2.0" in box.text()
    words = {"en": ("update netzjournal", "untouched"),
             "de": ("aktualisieren Sie netzjournal", "unverändert")}  # fmt: skip
    update, untouched = words[language]
    assert update in box.informativeText() and untouched in box.informativeText()
    assert "19" in box.detailedText() and "14" in box.detailedText()
    # A journal that did not say which version wrote it: no "version ?".
    unknown = boxes.too_new_box(JournalTooNew(PLACE, "?", 19, "1.2.0", 14))
    qtbot.addWidget(unknown)
    assert "?" not in unknown.text() + unknown.informativeText().replace(str(PLACE), "")


def _recorded(monkeypatch) -> list[str]:
    from netzjournal.ui import show_folder

    opened: list[str] = []
    monkeypatch.setattr(show_folder, "opener", lambda url: opened.append(url.toLocalFile()) or True)
    return opened


def test_boxes_about_the_journals_place_show_it_in_the_file_manager(qtbot, tmp_path, monkeypatch):
    """ "Make it writable", "close the other program", "move the folder aside": the boxes
    asked for something done to the journal's folder and gave only its path to type."""
    opened = _recorded(monkeypatch)
    journal = tmp_path / "daten" / "journal.sqlite3"
    journal.parent.mkdir()
    journal.write_bytes(b"")
    built = [boxes.unavailable_box(JournalUnavailable(journal, kind)) for kind in boxes.KNOWN_KINDS]
    built += [boxes.busy_elsewhere_box(journal), boxes.error_box("Kaputt", "detail", journal)]
    for box in built:
        qtbot.addWidget(box)
        box.show()
        button = next(b for b in box.buttons() if b.objectName() == "showInFileManager")
        assert button.text() == "Show in file manager"
        assert box.standardButton(box.defaultButton()) == QMessageBox.StandardButton.Close
        opened.clear()
        button.click()
        assert opened == [str(journal.parent)], box.objectName()
        assert box.isVisible(), box.objectName()  # the advice stays to be read
        box.hide()
    # A journal behind a link to a disk not connected: the nearest folder that is there.
    gone = tmp_path / "usb" / "netzjournal" / "journal.sqlite3"
    box = boxes.unavailable_box(JournalUnavailable(gone, "link-target-missing"))
    qtbot.addWidget(box)
    next(b for b in box.buttons() if b.objectName() == "showInFileManager").click()
    assert opened[-1] == str(tmp_path)


def test_the_file_manager_button_speaks_german(qtbot, german):
    box = boxes.unavailable_box(JournalUnavailable(PLACE, "read-only"))
    qtbot.addWidget(box)
    assert "Im Dateimanager zeigen" in [b.text() for b in box.buttons()]
