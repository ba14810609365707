"""The Qt binding must not leak references to None (PySide6 6.12.0 does).

On Python 3.11 None is an ordinary object; a binding that forgets to count
the None it returns for an empty QVariant makes the app abort with
"none_dealloc" after a long session. From Python 3.12 None is immortal: the
lost reference can no longer free it, nor can a test see it — there the pin in
pyproject.toml is what keeps the broken binding out, and it is checked here too.
"""

import sys
import tomllib
from importlib.metadata import version
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox

CALLS = 200


class _Model(QAbstractListModel):
    def rowCount(self, parent=QModelIndex()):  # noqa: B008
        return 0 if parent.isValid() else 10

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return "x" if role == Qt.ItemDataRole.DisplayRole else None


def _pyside_requirement() -> Requirement:
    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    dependencies = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["dependencies"]
    return next(r for r in map(Requirement, dependencies) if r.name == "PySide6-Essentials")


def test_the_pin_excludes_the_leaking_binding_and_holds_the_installed_one():
    spec = _pyside_requirement().specifier
    assert not spec.contains("6.12.0")
    assert spec.contains(version("PySide6-Essentials"))


@pytest.mark.skipif(
    sys.version_info >= (3, 12), reason="None is immortal: its count shows no lost reference"
)
def test_empty_variants_keep_none_alive(qtbot):
    combo = QComboBox()
    combo.addItem("all", None)
    model = _Model()
    index = model.index(3, 0)
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        assert combo.currentData() is None
        assert index.data(Qt.ItemDataRole.UserRole) is None
    lost = before - sys.getrefcount(None)
    # The loop holds no None; a leaking binding loses one reference per call (2 × CALLS).
    assert abs(lost) < CALLS // 10, lost
