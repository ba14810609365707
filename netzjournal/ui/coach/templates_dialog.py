"""Your own opener templates: listed, added, edited and deleted.

They join the built-in ones for their category, language and address form;
placeholders are the same ({first_name}, {salutation_name}, {hook}, …), and
a template whose placeholders cannot be filled for a person is not offered.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netzjournal import store
from netzjournal.coach.openers import CATEGORIES, fields_of
from netzjournal.ui import texts

Index = QModelIndex | QPersistentModelIndex
PLACEHOLDERS = (
    "first_name", "salutation_name", "hook", "topic", "months", "event", "event_date", "city",
    "weekday", "role", "organisation", "known",
)  # fmt: skip


class TemplatesModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[store.OpenerTemplateRecord] = []

    def set_templates(self, rows: list[store.OpenerTemplateRecord]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def template_at(self, row: int) -> store.OpenerTemplateRecord:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        t = self._rows[index.row()]
        kind = texts.opener_category_label(t.category)
        return f"{t.subject or '–'}  ({kind}, {t.language}/{t.address_form})"


class TemplatesDialog(QDialog):
    def __init__(self, journal: store.Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templatesDialog")
        self.setWindowTitle(self.tr("Your opener templates"))
        self.resize(640, 480)
        self.journal = journal
        self.model = TemplatesModel(self)
        self.view = QListView()
        self.view.setObjectName("templatesView")
        self.view.setModel(self.model)
        self.category = QComboBox()
        for category in CATEGORIES:
            self.category.addItem(texts.opener_category_label(category), category)
        self.language = QComboBox()
        self.language.addItem(self.tr("German"), "de")
        self.language.addItem(self.tr("English"), "en")
        self.form = QComboBox()
        self.form.addItem(self.tr("Sie (formal)"), "sie")
        self.form.addItem(self.tr("du (informal)"), "du")
        self.subject = QLineEdit()
        self.subject.setObjectName("templateSubject")
        self.body = QPlainTextEdit()
        self.body.setObjectName("templateBody")
        self.body.setTabChangesFocus(True)
        hint = QLabel(
            self.tr("Placeholders: %1. Leave the person an easy “no”.").replace(
                "%1", ", ".join("{" + p + "}" for p in PLACEHOLDERS)
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text)")
        form = QFormLayout()
        form.addRow(self.tr("Kind of opener"), self.category)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Address form"), self.form)
        form.addRow(self.tr("Subject"), self.subject)
        form.addRow(self.tr("Text"), self.body)
        form.addRow(hint)
        new = QPushButton(self.tr("New"))
        save = QPushButton(self.tr("Save template"))
        save.setObjectName("saveTemplate")
        delete = QPushButton(self.tr("Delete"))
        new.clicked.connect(self.new_template)
        save.clicked.connect(self.save_template)
        delete.clicked.connect(self.delete_template)
        buttons = QHBoxLayout()
        for b in (new, save, delete):
            buttons.addWidget(b)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(buttons)
        top = QHBoxLayout()
        top.addWidget(self.view, 2)
        top.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(close)
        self.view.selectionModel().currentChanged.connect(self._load)
        self._editing: int | None = None
        self.refresh()

    def refresh(self) -> None:
        self.model.set_templates(store.list_openers(self.journal))

    def _load(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        t = self.model.template_at(index.row())
        self._editing = t.id
        for combo, value in ((self.category, t.category), (self.language, t.language),
                             (self.form, t.address_form)):  # fmt: skip
            combo.setCurrentIndex(max(combo.findData(value), 0))
        self.subject.setText(t.subject)
        self.body.setPlainText(t.body)

    def new_template(self) -> None:
        self._editing = None
        self.view.clearSelection()
        self.subject.clear()
        self.body.clear()
        self.body.setFocus()

    def save_template(self) -> bool:
        body, subject = self.body.toPlainText().strip(), self.subject.text().strip()
        try:
            unknown = (fields_of(body) | fields_of(subject)) - set(PLACEHOLDERS)
        except ValueError:
            unknown = {"{"}
        if unknown:
            QMessageBox.warning(
                self,
                self.tr("Template not saved"),
                self.tr("Unknown placeholder or a lone brace: %1").replace(
                    "%1", ", ".join(sorted(unknown))
                ),
            )
            return False
        record = store.OpenerTemplateRecord(
            self.category.currentData(), self.language.currentData(), self.form.currentData(),
            body, subject, self._editing,
        )  # fmt: skip
        try:
            saved = store.save_opener(self.journal, record).value
        except store.StoreError as exc:
            QMessageBox.warning(self, self.tr("Template not saved"), str(exc))
            return False
        self._editing = saved.id
        self.refresh()
        return True

    def delete_template(self) -> None:
        if self._editing is None:
            return
        store.delete_opener(self.journal, self._editing)
        self.new_template()
        self.refresh()
