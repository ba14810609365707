"""No attribute or method of ours may shadow a Qt method.

``self.actions = …`` on a QWidget hides ``QWidget.actions()``; Qt (and PySide's own
code, e.g. the accessibility bridge or ``QWidget.render`` in a screenshot) then finds
a list or a different function where it expects the method, which can crash. Only
real overrides of Qt's virtual methods may reuse a Qt name, and only as methods.

The names come from the source (class bodies and every ``self.x = …`` in a
method), the Qt bases from the imported class, so instance attributes set in
``__init__`` are seen without building any widget.
"""

from __future__ import annotations

import ast
import importlib
import inspect
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QObject, QSortFilterProxyModel
from PySide6.QtGui import QSyntaxHighlighter, QUndoCommand, QValidator
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QCompleter,
    QDialog,
    QLayoutItem,
    QStyle,
    QStyledItemDelegate,
    QWidget,
    QWizard,
    QWizardPage,
)

PACKAGE = Path(__file__).resolve().parent.parent / "netzjournal"

# Qt's virtual methods we may override, by the Qt class that declares them virtual.
# Add a name here only when Qt's documentation marks it virtual in that class.
VIRTUALS: dict[type, frozenset[str]] = {
    QObject: frozenset({"event", "eventFilter", "timerEvent", "childEvent", "customEvent"}),
    QWidget: frozenset({
        "paintEvent", "resizeEvent", "showEvent", "hideEvent", "closeEvent", "changeEvent",
        "keyPressEvent", "keyReleaseEvent", "focusInEvent", "focusOutEvent", "wheelEvent",
        "mousePressEvent", "mouseReleaseEvent", "mouseDoubleClickEvent", "mouseMoveEvent",
        "contextMenuEvent", "enterEvent", "leaveEvent", "moveEvent", "dragEnterEvent",
        "dragMoveEvent", "dropEvent", "inputMethodEvent", "sizeHint", "minimumSizeHint",
        "hasHeightForWidth", "heightForWidth", "focusNextPrevChild", "setVisible",
    }),
    QDialog: frozenset({"accept", "reject", "done", "exec", "open"}),
    QAbstractItemModel: frozenset({
        "data", "setData", "headerData", "flags", "rowCount", "columnCount", "index",
        "parent", "hasChildren", "canFetchMore", "fetchMore", "sort", "roleNames",
        "mimeTypes", "mimeData", "dropMimeData", "supportedDropActions", "insertRows",
        "removeRows",
    }),
    QSortFilterProxyModel: frozenset({"filterAcceptsRow", "filterAcceptsColumn", "lessThan"}),
    QAbstractItemDelegate: frozenset({
        "paint", "sizeHint", "createEditor", "setEditorData", "setModelData",
        "updateEditorGeometry", "editorEvent", "helpEvent", "destroyEditor",
    }),
    QStyledItemDelegate: frozenset({"displayText", "initStyleOption"}),
    QLayoutItem: frozenset({
        "addItem", "count", "itemAt", "takeAt", "setGeometry", "geometry", "sizeHint",
        "minimumSize", "maximumSize", "expandingDirections", "hasHeightForWidth",
        "heightForWidth", "invalidate", "isEmpty",
    }),
    QUndoCommand: frozenset({"undo", "redo", "id", "mergeWith"}),
    QWizard: frozenset({"validateCurrentPage", "nextId", "initializePage", "cleanupPage"}),
    QWizardPage: frozenset({"initializePage", "cleanupPage", "validatePage", "isComplete",
                            "nextId"}),
    QValidator: frozenset({"validate", "fixup"}),
    QSyntaxHighlighter: frozenset({"highlightBlock"}),
    QStyle: frozenset({"drawPrimitive", "drawControl", "drawComplexControl", "styleHint",
                       "pixelMetric", "subElementRect", "polish", "unpolish",
                       "standardIcon"}),
    QCompleter: frozenset({"splitPath", "pathFromIndex", "eventFilter", "event"}),
}  # fmt: skip


def _qt_bases(cls: type) -> list[type]:
    return [b for b in cls.__mro__ if b.__module__.startswith(("PySide6.", "Shiboken"))]


def _defined_names(node: ast.ClassDef) -> dict[str, str]:
    """Every name the class defines: methods, class attributes, ``self.x`` in its methods."""
    names: dict[str, str] = {}
    for item in node.body:
        if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
            names[item.name] = "method"
        elif isinstance(item, ast.Assign):
            names.update({t.id: "class attribute" for t in item.targets if isinstance(t, ast.Name)})
        elif isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
            names[item.target.id] = "class attribute"
    for item in node.body:
        if not isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for sub in ast.walk(item):
            targets: list[ast.expr] = []
            if isinstance(sub, ast.Assign):
                targets = sub.targets
            elif isinstance(sub, ast.AnnAssign | ast.AugAssign):
                targets = [sub.target]
            for target in targets:
                for e in ast.walk(target):
                    if (isinstance(e, ast.Attribute) and isinstance(e.value, ast.Name)
                            and e.value.id == "self"):  # fmt: skip
                        names.setdefault(e.attr, "instance attribute")
    return names


def shadowing(tree: ast.Module, resolve: Callable[[str], object]) -> list[str]:
    """Names in ``tree``'s Qt classes that hide a Qt attribute without overriding a virtual."""
    problems = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.ClassDef):
            continue
        cls = resolve(node.name)
        if not inspect.isclass(cls) or not (qt := _qt_bases(cls)):
            continue
        for name, kind in _defined_names(node).items():
            if name.startswith("__") or not any(hasattr(b, name) for b in qt):
                continue
            virtual = any(name in VIRTUALS.get(b, ()) for b in qt)
            if kind != "method" or not virtual:
                owner = next(b for b in qt if hasattr(b, name)).__name__
                problems.append(f"{cls.__qualname__}.{name} ({kind}) shadows {owner}.{name}")
    return problems


def _qt_modules() -> list[str]:
    modules = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if parts[-1] == "__main__":
            continue
        if parts[1] == "ui" or "PySide6" in path.read_text(encoding="utf-8"):
            modules.append(".".join(p for p in parts if p != "__init__"))
    return modules


def test_the_scan_covers_the_interface():
    modules = _qt_modules()
    assert "netzjournal.ui.main_window" in modules
    assert "netzjournal.ui.contacts.pane" in modules
    assert "netzjournal.bench.startup_probe" in modules


def test_no_qt_class_of_ours_shadows_a_qt_method(qapp):
    problems = []
    for name in _qt_modules():
        module = importlib.import_module(name)
        path = Path(module.__file__ or "")
        tree = ast.parse(path.read_text(encoding="utf-8"))

        def resolve(cls_name: str, module: object = module) -> object:
            return getattr(module, cls_name, None)

        problems += [f"{name}: {p}" for p in shadowing(tree, resolve)]
    assert problems == []


SAMPLE = """
from PySide6.QtCore import QAbstractListModel
from PySide6.QtWidgets import QDialog, QWidget

class Pane(QWidget):
    def __init__(self):
        super().__init__()
        self.actions = []
        self.table, self.scroll = None, None

    def render(self, contact):
        return ""

    def paintEvent(self, event):
        pass

class Wizard(QDialog):
    result = None

    def accept(self):
        pass

class Model(QAbstractListModel):
    def rowCount(self, parent=None):
        return 0

    def data(self, index, role=0):
        return None

    def index(self, row, column=0, parent=None):
        return super().index(row, column)
"""


def test_the_check_finds_shadowing_attributes_and_methods(qapp):
    namespace: dict[str, object] = {}
    exec(compile(SAMPLE, "sample", "exec"), namespace)
    problems = shadowing(ast.parse(SAMPLE), namespace.get)
    assert sorted(problems) == [
        "Pane.actions (instance attribute) shadows QWidget.actions",
        "Pane.render (method) shadows QWidget.render",
        "Pane.scroll (instance attribute) shadows QWidget.scroll",
        "Wizard.result (class attribute) shadows QDialog.result",
    ]
