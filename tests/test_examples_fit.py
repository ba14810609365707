"""Every field's example text (placeholder) shows whole at 800×600, in German and in
English: in each view and in every dialog ``--screenshot`` opens (the same list).

„so, wie Sie es der Person sagen würden: Ihr Hal…“ (the quick note's "Pick up next
time") was cut at 1366×768; the debrief's and the contacts filter's too at 800×600."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QLineEdit, QTabWidget, QWidget

if TYPE_CHECKING:
    from collections.abc import Callable

    from netzjournal.paths import DataPaths
    from netzjournal.ui.main_window import MainWindow


def cut_examples(root: QWidget) -> list[tuple[str, str, int, int]]:
    """(field, example, width it needs, room) of each visible field whose example is cut."""
    cut = []
    for field in root.findChildren(QLineEdit):
        hint = field.placeholderText()
        if not hint or not field.isVisible():
            continue
        # The text's room: Qt's two-pixel margins and the clear button's square.
        button = field.height() if field.isClearButtonEnabled() else 0
        room = field.contentsRect().width() - 2 * 2 - button
        need = field.fontMetrics().horizontalAdvance(hint)
        if need > room:
            cut.append((field.objectName(), hint, need, room))
    return cut


def _window(make_window: Callable[..., MainWindow], where: DataPaths) -> MainWindow:
    from conftest import TODAY

    from netzjournal.demo.generator import DemoSpec, generate_into
    from netzjournal.store.journal import Journal

    journal = Journal.open(where.journal, backup_dir=where.backups)
    generate_into(journal, DemoSpec(50, 3, seed=1, today=TODAY))
    return make_window(journal)


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_example_text_shows_whole_at_800x600(
    language: str, make_window: Callable[..., MainWindow], where: DataPaths
) -> None:
    from uihelpers import in_language, settle

    from netzjournal.store.contact_list import contact_rows
    from netzjournal.ui import dialog_shots

    with in_language(language):
        w = _window(make_window, where)
        w.resize(800, 600)
        settle()
        cut: list[tuple[str, object]] = []
        for folded in (False, True):  # the coach beside the views, then folded away
            w.coach_dock.set_collapsed(folded)
            for view in range(w.tabs.count()):
                w.show_view(view)
                settle()
                cut += [(f"view {view}, coach folded: {folded}", c) for c in cut_examples(w)]
        w.coach_dock.set_collapsed(False)
        checked = 0
        for name, dialog in dialog_shots._built(w):
            dialog.show()
            settle()
            tabs = dialog.findChild(QTabWidget)
            for page in range(tabs.count()) if tabs is not None else [0]:
                if tabs is not None:
                    tabs.setCurrentIndex(page)
                    settle()
                cut += [(f"{name} {page}", c) for c in cut_examples(dialog)]
            checked += 1
            dialog.hide()
        note = w.quick_note_dialog()
        note.show()
        settle()
        cut += [("quick note", c) for c in cut_examples(note)]
        # With three people: a "said to them only" field for each.
        note.who.set_ids([r.id for r in contact_rows(w.journal)[:3]])
        settle()
        settle()
        assert note.person_hooks.fields
        cut += [("quick note, three people", c) for c in cut_examples(note)]
        note.hide()
        assert checked > 20  # (the debrief among them: the demo has evenings)
        assert not cut, cut
