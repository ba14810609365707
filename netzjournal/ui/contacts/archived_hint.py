"""The contacts table's empty list, when archived contacts would fill it: "1 archivierter
Kontakt passt – anzeigen". Archiving the one person a filter found left an empty list
that said nothing; the link turns on "Show archived"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QVBoxLayout

from netzjournal.store import summary
from netzjournal.store.journal import Journal


def archived_matching(
    journal: Journal, shown_rows: int, archived_shown: bool, text: str, tag: str | None
) -> int:
    """How many archived contacts the filter bar matches, while the list is empty and
    "Show archived" would add them (else 0): read only then, an empty list is cheap."""
    if shown_rows or archived_shown:
        return 0
    only = None
    if text.strip():
        from netzjournal.store.fulltext import matching_contact_ids  # (as the model)

        only = matching_contact_ids(journal, text)
        if only is not None and not only:
            return 0
    return summary.archived_count(journal.connection(), only, tag)


class ArchivedHint(QLabel):
    """At the top of ``table``'s empty list; ``show_archived`` is what its link does.

    Made when first needed: the table's ``viewport()`` is a widget Qt made, and
    PySide wrapping one at the first paint costs ~55 M instructions
    (tests/test_start_imports.py)."""

    def __init__(self, table: QAbstractScrollArea, show_archived: Callable[[], None]) -> None:
        super().__init__(table.viewport())
        self.setObjectName("archivedHint")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.linkActivated.connect(lambda _link: show_archived())
        layout = QVBoxLayout(table.viewport())  # (the viewport's size, whatever it becomes)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)  # (not the list's)
        # Across the list where its first rows would be, wrapped only when narrow
        # (centred alone, a word-wrapped label took the width of its longest word).
        layout.addWidget(self)
        layout.addStretch(1)
        self.count = 0

    def say(self, count: int) -> None:
        """Shown with ``count`` archived contacts matching; hidden with none."""
        self.count = count
        if not count:
            self.hide()
            return
        what = (
            self.tr("1 archived contact matches")
            if count == 1
            else self.tr("%1 archived contacts match").replace("%1", QLocale().toString(count))
        )
        link = self.tr("show")
        self.setText(f'{what} – <a href="archived">{link}</a>')
        self.setAccessibleName(f"{what} – {link}")
        self.show()
