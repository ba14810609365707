"""The Qt binding must not leak references to None (PySide6 6.12.0 does).

On Python 3.11 None is an ordinary object; a binding that forgets to count
the None it returns for an empty QVariant makes the app abort with
"none_dealloc" after a long session. This guards the version pin.
"""

import sys

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox


class _Model(QAbstractListModel):
    def rowCount(self, parent=QModelIndex()):  # noqa: B008
        return 0 if parent.isValid() else 10

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return "x" if role == Qt.ItemDataRole.DisplayRole else None


def test_empty_variants_keep_none_alive(qtbot):
    combo = QComboBox()
    combo.addItem("all", None)
    model = _Model()
    before = sys.getrefcount(None)
    for _ in range(200):
        combo.currentData()
        model.index(3, 0).data(Qt.ItemDataRole.UserRole)
    assert sys.getrefcount(None) >= before - 5
