"""Layouts are read through their widgets, never their items (``ui/layout_entries.py``).

A ``QLayoutItem`` handed to Python by ``itemAt`` stays known to PySide for as long as
its layout lives, but Qt deletes the item on its own when its widget goes; PySide then
took that stale object for a C++ object made later at the same address
(``QApplication.style()`` came back as a ``QWidgetItem``, and a test worker crashed).
"""

from __future__ import annotations

import datetime as dt

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from netzjournal.store.changes import ChangeSet
from netzjournal.store.contacts import create_contact
from netzjournal.store.interactions import create_interaction
from netzjournal.store.records import Channel, ContactRecord, InteractionRecord
from netzjournal.ui import mnemonics, style
from netzjournal.ui.layout_entries import entries, form_rows, minimum_width

TODAY = dt.date(2026, 11, 22)  # (make_window's)


def layout_items_known_to_python() -> list[QLayoutItem]:
    """The layout items made by Qt that Python holds an object for (its own
    ``QWidgetItem(widget)`` objects are deleted through Python, which PySide knows)."""
    return [
        o
        for o in shiboken6.getAllValidWrappers()
        if isinstance(o, QLayoutItem)
        and not isinstance(o, QLayout)
        and not shiboken6.createdByPython(o)
    ]


def _dialog():
    dialog = QDialog()
    top = QVBoxLayout(dialog)
    form = QFormLayout()
    top.addLayout(form)
    name = QLineEdit()
    form.addRow("&Name", name)
    row = QHBoxLayout()
    day, kind = QLineEdit(), QComboBox()
    row.addWidget(day)
    row.addWidget(kind)
    row.addStretch(1)
    form.addRow("Date", row)
    hidden = QLineEdit()
    form.addRow("Hidden", hidden)
    hidden.hide()
    city = QLineEdit()
    form.addRow("City", city)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.addButton(QPushButton("Merge"), QDialogButtonBox.ButtonRole.ActionRole)
    top.addWidget(buttons)
    return dialog, form, row, (name, day, kind, hidden, city)


def test_entries_rows_and_widths_are_what_the_layout_holds(qtbot):
    known = {id(o) for o in layout_items_known_to_python()}  # (other tests' windows')
    dialog, form, row, (name, day, kind, hidden, city) = _dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert entries(row) == [day, kind]  # (the stretch left out)
    rows = form_rows(form)
    assert list(rows) == [0, 1, 2, 3]
    label, field = QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole
    assert rows[0][field] is name and rows[1][field] is row and rows[3][field] is city
    assert [rows[r][label].text() for r in rows] == ["&Name", "Date", "Hidden", "City"]
    assert minimum_width(hidden) is None  # a hidden field takes no room
    # The row's own minimum: its fields' and the gap between them (a stretch adds none).
    widths = [minimum_width(day), minimum_width(kind)]
    assert all(w is not None and w > 0 for w in widths)
    assert row.minimumSize().width() == sum(widths) + max(row.spacing(), 0)
    assert {id(o) for o in layout_items_known_to_python()} == known


def test_finishing_a_dialog_and_its_letters_take_no_layout_item_into_python(qtbot):
    dialog, form, _row, (name, day, _kind, _hidden, _city) = _dialog()
    qtbot.addWidget(dialog)
    before = len(layout_items_known_to_python())  # (PySide's own, from building it)
    style.finish_dialog(dialog)
    mnemonics.assign(dialog)
    wrap = style.adaptive_form(form, dialog)
    dialog.show()
    assert wrap.needed_width() > 0 and wrap.roomy_width() > 0
    assert form.labelForField(name).buddy() is name
    assert form_rows(form)[1][QFormLayout.ItemRole.LabelRole].buddy() is day  # the row's first
    assert len(layout_items_known_to_python()) == before


def test_the_coach_reads_its_cards_without_taking_layout_items_into_python(
    make_window, where, qtbot
):
    """Replacing cards deletes their items in Qt; an item Python had been handed would
    stay behind, standing for whatever is made at its address later."""
    from netzjournal.store.journal import Journal

    journal = Journal.open(where.journal, backup_dir=where.backups)
    for given, family in (("Anna", "Weiß"), ("Bernd", "Groß"), ("Cara", "Lang")):
        c = create_contact(journal, ContactRecord(
            given_name=given, family_name=family, closeness=4, salutation="Frau",
            channels=[Channel("email", f"{given.lower()}@example.org")],
            met_on=dt.date(2020, 1, 1),
        )).value  # fmt: skip
        create_interaction(journal, InteractionRecord(
            occurred_at=dt.datetime(2025, 10, 1, 10), participants=[c.id], kind="coffee",
        ))  # fmt: skip
    w = make_window(journal)
    qtbot.waitUntil(lambda: len(w.coach.cards) == 3, timeout=30_000)
    shown = {id(o) for o in layout_items_known_to_python()}
    w.coach.unsaved_messages()  # (reads every card in the list)
    assert {id(o) for o in layout_items_known_to_python()} == shown
    anna = next(c for c in w.coach.cards if c.suggestion.name.startswith("Anna"))
    # Met today: her card leaves the list, and what PySide knew of it goes with it.
    create_interaction(journal, InteractionRecord(
        occurred_at=dt.datetime.combine(TODAY, dt.time(9)),
        participants=[anna.suggestion.contact_id], kind="coffee",
    ))  # fmt: skip
    journal.notify(ChangeSet(everything=True))
    qtbot.waitUntil(lambda: len(w.coach.cards) == 2, timeout=30_000)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    left = {id(o) for o in layout_items_known_to_python()}
    assert left < shown
    w.coach.unsaved_messages()
    assert {id(o) for o in layout_items_known_to_python()} == left
