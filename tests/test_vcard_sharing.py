"""A vCard passed on holds what a contact card holds; the journal's private fields
(closeness, notes, tags, its own X-NETZJOURNAL-… fields, the introducer) go along
only when asked. Sync keeps every field. Phones are written with the standard
``TYPE=cell`` and every real-world spelling of a mobile is still read."""

from __future__ import annotations

import datetime as dt

import pytest
import vobject
from conftest import person
from PySide6.QtCore import Qt

from netzjournal import cli, paths
from netzjournal.interchange.exports import export_bytes
from netzjournal.interchange.vcard import read_vcards
from netzjournal.localized import channel_label
from netzjournal.store.contacts import create_contact
from netzjournal.store.journal import Journal
from netzjournal.store.records import Birthday, Channel
from netzjournal.sync.fields import card_text

TODAY = dt.date(2026, 11, 30)
PRIVATE = ("NOTE", "CATEGORIES", "X-NETZJOURNAL-", "Trinkt Kaffee schwarz", "Kaffeerunde")


def jana(j: Journal) -> tuple[int, int]:
    anna = create_contact(j, person("Anna", "Alt")).value
    rec = person(
        "Jana", "Berg", organisation="Isar Health", role="Produktleiterin", city="München",
        birthday=Birthday(3, 14, 1988), closeness=5, topics="Sabbatical", hierarchy="lead",
        notes="**Jana** – Trinkt Kaffee schwarz", tags=["Kaffeerunde"], introduced_by=anna.id,
        channels=[Channel("email", "jana@example.org", "work"),
                  Channel("phone", "+49 170 1234567", "mobile"),
                  Channel("url", "https://example.org/jana", "")],
    )  # fmt: skip
    return create_contact(j, rec).value.id, anna.id


def test_a_vcard_export_holds_the_private_fields_only_when_asked(journal):
    jana_id, _ = jana(journal)
    shared = export_bytes(journal, "vcf", [jana_id], TODAY).decode()
    for standard in ("FN:Jana Berg", "N:Berg;Jana;;;", "ORG:Isar Health", "TITLE:Produktleiterin",
                     "EMAIL;TYPE=work:jana@example.org", "BDAY:19880314", "ADR:;;;München;;;",
                     "URL:https://example.org/jana", "UID:"):  # fmt: skip
        assert standard in shared
    for private in PRIVATE:
        assert private not in shared, private
    full = export_bytes(journal, "vcf", [jana_id], TODAY, private=True).decode()
    for private in (*PRIVATE, "X-NETZJOURNAL-CLOSENESS:5", "X-NETZJOURNAL-INTRODUCED-BY:"):
        assert private in full, private
    (card,) = read_vcards(full.encode()).contacts
    assert (card.own["closeness"], card.tags, card.notes) == (
        5, ["Kaffeerunde"], "**Jana** – Trinkt Kaffee schwarz",
    )  # fmt: skip


def test_a_mobile_phone_is_written_as_the_standard_cell_and_read_back(journal):
    jana_id, _ = jana(journal)
    text = export_bytes(journal, "vcf", [jana_id], TODAY).decode()
    assert "TEL;TYPE=cell:+49 170 1234567" in text and "mobile" not in text
    parsed = vobject.readOne(text)
    assert parsed.tel.params["TYPE"] == ["cell"]
    (card,) = read_vcards(text.encode()).contacts
    assert [(ch.value, channel_label(ch.label, "de")) for ch in card.phones] == [
        ("+49 170 1234567", "Mobil")
    ]


@pytest.mark.parametrize(
    "line",
    ["TEL;TYPE=mobile:+49 170 1", "TEL;TYPE=CELL:+49 170 1", "TEL;CELL:+49 170 1",
     "TEL;TYPE=cell,voice:+49 170 1", "TEL;type=Mobile:+49 170 1"],
)  # fmt: skip
def test_every_spelling_of_a_mobile_is_read_as_one(line):
    card = f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jana\r\n{line}\r\nEND:VCARD\r\n"
    (contact,) = read_vcards(card.encode()).contacts
    (phone,) = contact.phones
    assert (channel_label(phone.label, "de"), channel_label(phone.label, "en")) == (
        "Mobil", "mobile",
    )  # fmt: skip


def test_sync_keeps_every_field_and_the_label_as_stored(journal):
    from netzjournal.store.contacts import get_contact

    jana_id, _ = jana(journal)
    text = card_text(get_contact(journal, jana_id))
    for private in ("NOTE:", "CATEGORIES:Kaffeerunde", "X-NETZJOURNAL-CLOSENESS:5",
                    "X-NETZJOURNAL-TOPICS:Sabbatical", "TEL;TYPE=mobile:"):  # fmt: skip
        assert private in text, private


def test_the_cli_export_takes_the_private_fields_as_a_flag(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    data = tmp_path / "data"
    with Journal.open(paths.resolve(data).ensure().journal) as j:
        jana(j)
    shared, full = tmp_path / "shared.vcf", tmp_path / "full.vcf"
    base = ["export", "--format", "vcf", "--data-dir", str(data), "-o"]
    assert cli.main([*base, str(shared)]) == 0
    assert cli.main([*base, str(full), "--private-fields"]) == 0
    capsys.readouterr()
    assert "X-NETZJOURNAL-CLOSENESS:5" not in shared.read_text()
    assert "Trinkt Kaffee schwarz" not in shared.read_text()
    assert "X-NETZJOURNAL-CLOSENESS:5" in full.read_text()
    assert "Trinkt Kaffee schwarz" in full.read_text()


def test_the_export_dialog_asks_for_the_private_fields(journal, qtbot, tmp_path):
    from netzjournal.ui.interchange.export_dialog import ExportDialog

    jana_id, _ = jana(journal)
    dialog = ExportDialog(journal, [jana_id])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.only_selected.setChecked(True)
    dialog.format.setCurrentIndex(dialog.format.findData("vcf"))
    box = dialog.private_fields
    assert box.isVisible() and not box.isChecked()
    assert "closeness" in dialog.private_note.text()
    shared = dialog.write(tmp_path / "shared.vcf").read_text()
    assert "X-NETZJOURNAL-" not in shared and "NOTE" not in shared
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert box.isChecked()
    full = dialog.write(tmp_path / "full.vcf").read_text()
    assert "X-NETZJOURNAL-CLOSENESS:5" in full and "Trinkt Kaffee schwarz" in full
    # JSON and CSV hold every field: the choice is not offered there.
    for code in ("json", "csv", "md"):
        dialog.format.setCurrentIndex(dialog.format.findData(code))
        assert not box.isVisible() and not dialog.private_note.isVisible()
