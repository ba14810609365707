"""Your own opener templates: listed, added, edited and deleted.

They join the built-in ones for their category, language and address form;
placeholders are the same ({first_name}, {salutation_name}, {hook}, …, or their
German names {vorname}, {anrede_name}, {anknuepfung}, … — the hint shows those of
the interface language), and a template whose placeholders cannot be filled for a
person is not offered.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netzjournal.coach.openers import CATEGORIES, canonical, fields_of, placeholder_names
from netzjournal.store.catalog import delete_opener, save_opener
from netzjournal.store.errors import StoreError
from netzjournal.store.journal import Journal
from netzjournal.store.reading import list_openers
from netzjournal.store.records import OpenerTemplateRecord
from netzjournal.ui import not_saved, style, texts, unsaved
from netzjournal.ui.address_form import language_and_form
from netzjournal.ui.confirm import confirm
from netzjournal.ui.table_model import RowsModel


class TemplatesModel(RowsModel[OpenerTemplateRecord]):
    def headers(self) -> list[str]:
        return [""]  # (a list: no header is shown)

    def cell(self, t: OpenerTemplateRecord, column: int) -> object:
        kind = texts.opener_category_label(t.category)
        return f"{t.subject or '–'}  ({kind}, {t.language}/{t.address_form})"


class TemplatesDialog(QDialog):
    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templatesDialog")
        self.setWindowTitle(self.tr("Your opener templates"))
        self.journal = journal
        self.model = TemplatesModel(parent=self)
        self.view = QListView()
        self.view.setObjectName("templatesView")
        self.view.setModel(self.model)
        self.category = QComboBox()
        for category in CATEGORIES:
            self.category.addItem(texts.opener_category_label(category), category)
        # A new template is in the interface's language (it read "German" in English).
        self.language, self.form = language_and_form(texts.ui_language())
        self.subject = QLineEdit()
        self.subject.setObjectName("templateSubject")
        self.body = QPlainTextEdit(tabChangesFocus=True)
        self.body.setObjectName("templateBody")
        hint = style.hint(
            self.tr("Placeholders: %1. Leave the person an easy “no”.").replace(
                "%1", ", ".join("{" + p + "}" for p in placeholder_names(texts.ui_language()))
            )
        )
        form = QFormLayout()
        form.addRow(self.tr("Kind of opener"), self.category)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Address form"), self.form)
        form.addRow(self.tr("Subject"), self.subject)
        form.addRow(self.tr("Text"), self.body)
        form.addRow("", hint)  # under the text it explains
        new = QPushButton(self.tr("New"))
        save = QPushButton(self.tr("Save template"))
        save.setObjectName("saveTemplate")
        delete = QPushButton(self.tr("Delete…"))
        delete.setObjectName("deleteTemplate")
        self.delete_button = delete
        new.clicked.connect(self.new_template)
        save.clicked.connect(self.save_template)
        delete.clicked.connect(self.delete_template)
        for b in (new, save, delete):
            b.setAutoDefault(False)  # Enter never deletes (nor saves half a template)
        buttons = QHBoxLayout()
        for b in (new, save, delete):
            buttons.addWidget(b)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(buttons)
        # None of one's own yet: a sentence in place of an empty box.
        self.none_yet = style.empty_state(
            self.tr(
                "No templates of your own yet. Write one on the right and keep it with "
                "“Save template”: it is offered beside the built-in openers."
            ),
            "noTemplatesYet",
        )
        # The list's side keeps room for its sentence: beside the form's minimum it got
        # what was left (~90-140 px at 1024, the sentence in eight short lines).
        for side in (self.view, self.none_yet):
            side.setMinimumWidth(self.fontMetrics().averageCharWidth() * 40)
        left = QVBoxLayout()
        left.addWidget(self.view, 1)
        left.addWidget(self.none_yet, 1)
        top = QHBoxLayout()
        top.addLayout(left, 2)
        top.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(close)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self._editing: int | None = None
        self._switching = False
        delete.setEnabled(False)  # nothing chosen yet: nothing to delete
        style.finish_dialog(self, minimum=(90, 24))
        self.refresh()
        self._loaded = unsaved.form_state(self)

    def refresh(self) -> None:
        self.model.set_rows(list_openers(self.journal))
        empty = self.model.rowCount() == 0
        self.view.setVisible(not empty)
        self.none_yet.setVisible(empty)

    # -- unsaved changes (ui/unsaved.py): save is save_template ------------------------

    def has_unsaved_changes(self) -> bool:
        return unsaved.form_state(self) != self._loaded

    def save(self) -> bool:
        return self.save_template()

    def discard(self) -> None:
        self._loaded = unsaved.form_state(self)  # what follows replaces the fields

    def _settle(self) -> bool:
        subject = self.subject.text().strip()
        question = (self.tr("Save the changes to the template “%1”?").replace("%1", subject)
                    if subject else self.tr("Save the new template?"))  # fmt: skip
        return unsaved.settle(self, self, question)

    def _row_of(self, template_id: int | None) -> int | None:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id == template_id:
                return row
        return None

    def _select_row(self, row: int | None) -> None:
        self._switching = True
        try:
            if row is None:
                self.view.clearSelection()
                self.view.setCurrentIndex(QModelIndex())
            else:
                self.view.setCurrentIndex(self.model.index(row, 0))
        finally:
            self._switching = False

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._switching or not current.isValid():
            return
        target = self.model.row_at(current.row()).id
        if target == self._editing:
            return
        if not self._settle():  # keep editing: the list points back at it
            self._select_row(self._row_of(self._editing))
            # A click makes its row current first and selects it after this returns.
            QTimer.singleShot(0, self, lambda: self._select_row(self._row_of(self._editing)))
            return
        row = self._row_of(target)  # saving may have refreshed the list
        self._select_row(row)
        if row is not None:
            self._load(self.model.index(row, 0))

    def _load(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        t = self.model.row_at(index.row())
        self._editing = t.id
        for combo, value in ((self.category, t.category), (self.language, t.language),
                             (self.form, t.address_form)):  # fmt: skip
            combo.setCurrentIndex(max(combo.findData(value), 0))
        self.subject.setText(t.subject)
        self.body.setPlainText(t.body)
        self._loaded = unsaved.form_state(self)
        self.delete_button.setEnabled(True)

    def new_template(self) -> None:
        if not self._settle():
            return
        self._editing = None
        self.delete_button.setEnabled(False)
        self._select_row(None)
        self.subject.clear()
        self.body.clear()
        self._loaded = unsaved.form_state(self)
        self.body.setFocus()

    def reject(self) -> None:
        """Close, Esc or ✕: a template being edited is saved or dropped on request."""
        if self._settle():
            super().reject()

    def save_template(self) -> bool:
        body, subject = self.body.toPlainText().strip(), self.subject.text().strip()
        try:
            unknown = {n for n in fields_of(body) | fields_of(subject) if canonical(n) is None}
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
        record = OpenerTemplateRecord(
            self.category.currentData(), self.language.currentData(), self.form.currentData(),
            body, subject, self._editing,
        )  # fmt: skip
        try:
            saved = save_opener(self.journal, record).value
        except StoreError as exc:
            not_saved.warn(self, self.tr("Template not saved"), texts.store_error_text(exc), exc)
            return False
        self._editing = saved.id
        self.delete_button.setEnabled(True)
        self.refresh()
        self._select_row(self._row_of(saved.id))
        self._loaded = unsaved.form_state(self)
        return True

    def delete_template(self) -> None:
        if self._editing is None:
            return
        if not confirm(
            self,
            self.tr("Delete template"),
            self.tr("Delete this opener template?"),
            self.tr("Delete"),
        ):
            return
        delete_opener(self.journal, self._editing)
        self._loaded = unsaved.form_state(self)  # gone: nothing left to ask about
        self.new_template()
        self.refresh()
