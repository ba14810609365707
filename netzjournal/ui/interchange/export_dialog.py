"""File → Export…: the journal (or the selected contacts) in another format."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
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

from netzjournal.interchange.exports import PRIVATE_FIELDS_ASKED, SUFFIX, export_to
from netzjournal.progress import Cancelled
from netzjournal.store.contact_list import contact_rows
from netzjournal.store.journal import Journal
from netzjournal.ui import style, texts
from netzjournal.ui.progress_dialog import ProgressDialog


class ExportDialog(QDialog):
    def __init__(self, journal: Journal, selected: list[int],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        self.journal, self.selected = journal, selected
        self.make_progress: Callable[[str], ProgressDialog] = lambda title: ProgressDialog(
            self, title
        )
        self.format = QComboBox()
        self.format.setObjectName("exportFormat")
        # What each file is for first, the format's name after it in brackets (for
        # whoever is asked which one to pick); no version numbers or standards.
        for code, label in (
            ("vcf", self.tr("For address books and phones (vCard)")),
            ("csv", self.tr("For spreadsheets such as Excel (CSV)")),
            ("csv;", self.tr("For a German Excel (CSV with semicolons)")),
            ("json", self.tr("The whole journal, to restore or move it (JSON)")),
            ("ics", self.tr("For calendars: birthdays, follow-ups, reconnects (iCalendar)")),
            ("md", self.tr("Readable text about the selected people (Markdown)")),
        ):
            self.format.addItem(label, code)
        self.only_selected = QCheckBox(
            self.tr("Only the selected contacts (%1)").replace("%1", str(len(selected)))
        )
        self.only_selected.setEnabled(bool(selected))
        # A vCard or CSV is often passed on: what only the journal keeps goes along
        # when asked (JSON is the full backup; Markdown is about the selected people).
        self.private_fields = QCheckBox(self.tr("Include private fields (closeness, notes …)"))
        self.private_fields.setObjectName("exportPrivateFields")
        self.private_note = style.hint(
            self.tr(
                "Without it, the file holds what an address book holds: name, "
                "organisation, role, email, phone, web, birthday and city. With it, also "
                "closeness, your notes, tags, topics, how you met and who introduced you "
                "to each other: for your own devices, not to pass on."
            )
        )
        self.private_note.setObjectName("exportPrivateNote")
        self.format.currentIndexChanged.connect(self.show_private_fields)
        self.plain_note = style.hint(
            self.tr(
                "Exports are plain files, not encrypted (even when the journal is): "
                "anyone who gets the file can read it."
            )
        )
        self.plain_note.setObjectName("exportPlainNote")
        form = self.form = QFormLayout()
        form.addRow(self.tr("Format"), self.format)
        form.addRow("", self.only_selected)
        form.addRow("", self.private_fields)
        form.addRow("", self.private_note)
        form.addRow("", self.plain_note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        # Save asks where first: "Save…", as every label that opens a dialog.
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Save…"))
        save.setObjectName("exportSave")
        buttons.accepted.connect(self.choose_and_write)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        style.finish_dialog(self, minimum=(64, 0))
        self.show_private_fields()

    def show_private_fields(self) -> None:
        """The choice belongs to the files that are passed on (vCard, CSV); the JSON
        backup holds every field, always."""
        shared = self.format.currentData() in PRIVATE_FIELDS_ASKED
        for widget in (self.private_fields, self.private_note):  # (rows: no gap left)
            self.form.setRowVisible(widget, shared)

    def ids(self) -> list[int]:
        if self.only_selected.isChecked() or self.format.currentData() == "md":
            return list(self.selected)
        return [r.id for r in contact_rows(self.journal, include_archived=True)]

    def write(self, path: Path) -> Path:
        """Export into ``path`` with a progress dialog; the file is only replaced once
        the export is complete (Cancel raises :class:`Cancelled`, nothing written)."""
        progress = self.make_progress(self.tr("Export"))
        try:
            return export_to(self.journal, path, self.format.currentData(), self.ids(),
                             dt.date.today(), progress, texts.ui_language(),
                             self.private_fields.isChecked())  # fmt: skip
        finally:
            progress.close()

    def choose_and_write(self) -> None:
        code = self.format.currentData()
        if code == "md" and not self.selected:
            QMessageBox.information(self, self.tr("Export"), self.tr("Select a contact first."))
            return
        from netzjournal.ui import file_places

        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), file_places.start_at("export", f"netzjournal{SUFFIX[code]}")
        )
        if not name:
            return
        file_places.chosen("export", name)
        try:
            self.write(Path(name))
        except Cancelled:
            return  # nothing was written; the dialog stays for another try
        except OSError as exc:
            from netzjournal.ui.texts import file_not_saved_text

            QMessageBox.warning(self, self.tr("Not saved"), file_not_saved_text(exc))
            return
        self.accept()
