"""What a layout holds, read through its widgets and child layouts, never its items.

PySide keeps the Python object of every ``QLayoutItem`` that ``QLayout.itemAt`` hands
out for as long as the layout lives (the binding makes the item the layout's child),
but Qt deletes such an item on its own — when its widget is deleted or moved (a coach
card replaced, an e-mail row removed) or with the layout — without telling the
binding. The binding then takes that stale object for whatever C++ object is made
later at the same address: ``QApplication.style()`` came back as a ``QWidgetItem`` in
a test run, and a worker crashed. So the UI never asks a Qt layout for its items: it
finds the widgets (children of the layout's widget) and child layouts it holds, and
their places by ``indexOf``; a widget is measured as a layout measures it through a
``QWidgetItem`` of its own, made and deleted here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLayout, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QFormLayout  # (its type is built where a form is read)

Entry = QWidget | QLayout  # (a widget is looked at first: a QLayout is no QWidget)

_DIRECT = Qt.FindChildOption.FindDirectChildrenOnly


def placed(layout: QLayout) -> list[tuple[int, Entry]]:
    """(index, widget or layout) for what ``layout`` holds directly, in its order;
    spacers and stretches are left out. ``layout`` must be installed (have a widget:
    before that, its widgets are no widget's children)."""
    parent = layout.parentWidget()
    if parent is None:
        raise ValueError("a layout not yet installed on a widget holds no children to read")
    found: list[tuple[int, Entry]] = []
    for widget in parent.findChildren(QWidget, options=_DIRECT):
        if (index := layout.indexOf(widget)) >= 0:
            found.append((index, widget))
    for inner in layout.findChildren(QLayout, options=_DIRECT):
        if (index := layout.indexOf(inner)) >= 0:
            found.append((index, inner))
    found.sort(key=lambda pair: pair[0])
    return found


def entries(layout: QLayout) -> list[Entry]:
    """The widgets and layouts directly in ``layout``, in its order."""
    return [entry for _index, entry in placed(layout)]


def form_rows(form: QFormLayout) -> dict[int, dict[QFormLayout.ItemRole, Entry]]:
    """Row → role (label, field, spanning) → the widget or layout there."""
    rows: dict[int, dict[QFormLayout.ItemRole, Entry]] = {}
    for index, entry in placed(form):
        # (PySide's stub says "object": it returns (row, role))
        row, role = cast("tuple[int, QFormLayout.ItemRole]", form.getItemPosition(index))
        if row >= 0:
            rows.setdefault(row, {})[role] = entry
    return dict(sorted(rows.items()))


def minimum_width(entry: Entry) -> int | None:
    """The least width a layout gives ``entry``; None when it takes no room (hidden)."""
    if isinstance(entry, QLayout):
        return None if entry.isEmpty() else entry.minimumSize().width()
    from PySide6.QtWidgets import QWidgetItem

    item = QWidgetItem(entry)  # (ours: Python deletes it, and the binding knows)
    return None if item.isEmpty() else item.minimumSize().width()
