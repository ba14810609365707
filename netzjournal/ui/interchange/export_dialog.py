"""File → Export…: the journal (or the selected contacts) in another format."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from netzjournal import store
from netzjournal.interchange import writers
from netzjournal.private_files import write_private

SUFFIX = {"vcf": ".vcf", "csv": ".csv", "csv;": ".csv", "json": ".json", "ics": ".ics", "md": ".md"}


class ExportDialog(QDialog):
    def __init__(self, journal: store.Journal, selected: list[int],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        self.journal, self.selected = journal, selected
        self.format = QComboBox()
        self.format.setObjectName("exportFormat")
        for code, label in (
            ("vcf", self.tr("vCard 4.0 (address books, phones)")),
            ("csv", self.tr("CSV (spreadsheets)")),
            ("csv;", self.tr("CSV with semicolons (German Excel)")),
            ("json", self.tr("JSON: the complete journal")),
            ("ics", self.tr("iCalendar: birthdays, follow-ups, reconnects")),
            ("md", self.tr("Markdown: everything about the selected people")),
        ):
            self.format.addItem(label, code)
        self.only_selected = QCheckBox(
            self.tr("Only the selected contacts (%1)").replace("%1", str(len(selected)))
        )
        self.only_selected.setEnabled(bool(selected))
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.only_selected)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.choose_and_write)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def ids(self) -> list[int]:
        if self.only_selected.isChecked() or self.format.currentData() == "md":
            return list(self.selected)
        return [r.id for r in store.contact_rows(self.journal, include_archived=True)]

    def write(self, path: Path) -> Path:
        """Write the chosen format to ``path`` (a new file is private, 0600)."""
        code = self.format.currentData()
        if code == "json":
            data = writers.json_export(self.journal).encode("utf-8")
        elif code == "ics":
            data = writers.ics(self.journal, dt.date.today())
        elif code == "md":
            text = "\n".join(writers.markdown_person(self.journal, i) for i in self.ids())
            data = text.encode("utf-8")
        else:
            records = [store.get_contact(self.journal, i) for i in self.ids()]
            if code == "vcf":
                data = writers.vcard(records).encode("utf-8")
            else:
                text = writers.csv_text(records, ";" if code == "csv;" else ",")
                data = text.encode("utf-8-sig")  # BOM: Excel reads UTF-8
        return write_private(path, data)

    def choose_and_write(self) -> None:
        code = self.format.currentData()
        if code == "md" and not self.selected:
            QMessageBox.information(self, self.tr("Export"), self.tr("Select a contact first."))
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), f"netzjournal{SUFFIX[code]}"
        )
        if not name:
            return
        try:
            self.write(Path(name))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))
            return
        self.accept()
