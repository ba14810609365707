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
from netzjournal.interchange import own_fields
from netzjournal.interchange.csv_in import read_csv
from netzjournal.interchange.exports import export_bytes
from netzjournal.interchange.vcard import read_vcards
from netzjournal.localized import channel_label
from netzjournal.store.contacts import create_contact, get_contact
from netzjournal.store.journal import Journal
from netzjournal.store.records import Birthday, Channel, ContactRecord
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
    # A CSV is passed on as a card is: the same box, as it was left, decides.
    for code in ("csv", "csv;"):
        dialog.format.setCurrentIndex(dialog.format.findData(code))
        assert box.isVisible() and box.isChecked() and dialog.private_note.isVisible()
    assert "Trinkt Kaffee schwarz" in dialog.write(tmp_path / "full.csv").read_text("utf-8-sig")
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    shared_csv = dialog.write(tmp_path / "shared.csv").read_text("utf-8-sig")
    assert "Trinkt Kaffee schwarz" not in shared_csv and "Nähe" not in shared_csv
    assert shared_csv.startswith("Anrede;Titel;Vorname;Nachname")
    # JSON holds every field (the full backup): the choice is not offered there.
    for code in ("json", "md"):
        dialog.format.setCurrentIndex(dialog.format.findData(code))
        assert not box.isVisible() and not dialog.private_note.isVisible()


def _everything_private(j: Journal) -> int:
    """Jana with every field of :data:`own_fields.PRIVATE` away from its default."""
    jana_id, _ = jana(j)
    rec = get_contact(j, jana_id)
    rec.display_name = "Jana B."
    rec.source, rec.source_detail, rec.met_on = "event", "Isar-Stammtisch", dt.date(2025, 3, 4)
    rec.address_form, rec.language, rec.cadence_days = "du", "en", 45
    rec.archived = True
    from netzjournal.store.contacts import update_contact

    update_contact(j, rec)
    return jana_id


def _read_back(fmt: str, data: bytes) -> ContactRecord:
    read = read_csv(data, "x.csv") if fmt.startswith("csv") else read_vcards(data)
    (card,) = read.contacts
    return card.to_record()


@pytest.mark.parametrize("fmt", ["vcf", "csv", "csv;"])
def test_vcard_and_csv_leave_out_the_same_private_fields_unless_asked(journal, fmt):
    """One notion of "private" for both files that are passed on: read back, a shared
    export holds none of :data:`own_fields.PRIVATE` (the defaults come back) and all of
    the rest; with the private fields it holds every one."""
    jana_id = _everything_private(journal)
    stored = get_contact(journal, jana_id)
    default = ContactRecord()
    shared = export_bytes(journal, fmt, [jana_id], TODAY)
    full = export_bytes(journal, fmt, [jana_id], TODAY, private=True)
    text = shared.decode("utf-8-sig")
    for private in ("Trinkt Kaffee schwarz", "Kaffeerunde", "Sabbatical", "Isar-Stammtisch",
                    "2025-03-04"):  # fmt: skip
        assert private not in text, private
        assert private in full.decode("utf-8-sig"), private
    back, everything = _read_back(fmt, shared), _read_back(fmt, full)
    kept = ("given_name", "family_name", "display_name", "organisation", "role", "city",
            "birthday")  # fmt: skip
    for name in kept:
        assert getattr(back, name) == getattr(stored, name), name
        assert getattr(everything, name) == getattr(stored, name), name
    assert [(c.kind, c.value) for c in back.channels] == [
        (c.kind, c.value) for c in stored.channels
    ]
    for name in own_fields.PRIVATE - {"introduced_by", "language"}:
        assert getattr(back, name) == getattr(default, name), name
        assert getattr(everything, name) == getattr(stored, name), name
    assert back.language != "en" and everything.language == "en"


def test_the_cli_csv_export_takes_the_private_fields_as_a_flag(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    data = tmp_path / "data"
    with Journal.open(paths.resolve(data).ensure().journal) as j:
        jana(j)
    shared, full = tmp_path / "shared.csv", tmp_path / "full.csv"
    base = ["export", "--format", "csv", "--data-dir", str(data), "-o"]
    assert cli.main([*base, str(shared)]) == 0
    assert cli.main([*base, str(full), "--private-fields"]) == 0
    capsys.readouterr()
    header = shared.read_text("utf-8-sig").splitlines()[0]
    assert "Closeness" not in header and "Notes" not in header and "E-mail Labels" in header
    assert "Trinkt Kaffee schwarz" not in shared.read_text("utf-8-sig")
    assert "Closeness" in full.read_text("utf-8-sig").splitlines()[0]
    assert "Trinkt Kaffee schwarz" in full.read_text("utf-8-sig")


APPLE_CARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple Inc.//iPhone OS 17.0//EN\r\n"
    "N:Berg;Jana;;;\r\nFN:Jana Berg\r\n"
    "item1.TEL:+49 170 1234567\r\nitem1.X-ABLabel:_$!<Mobile>!$_\r\n"
    "item2.TEL:+49 89 1234\r\nitem2.X-ABLabel:_$!<Work>!$_\r\n"
    "item3.TEL:+49 89 5678\r\nitem3.X-ABLabel:Zweithandy\r\nEND:VCARD\r\n"
)


def test_an_apple_mobile_label_is_exported_as_the_standard_cell(journal):
    """Apple's ``_$!<Mobile>!$_`` is kept as "Mobile": an export writes it as
    ``TYPE=cell`` (as "work" for "Work"), not as a phone with no type; a label of the
    user's own stays an X-ABLabel. Sync writes the label as stored."""
    (card,) = read_vcards(APPLE_CARD.encode()).contacts
    assert [ch.label for ch in card.phones] == ["Mobile", "Work", "Zweithandy"]
    jana_id = create_contact(journal, card.to_record()).value.id
    text = export_bytes(journal, "vcf", [jana_id], TODAY).decode()
    assert "TEL;TYPE=cell:+49 170 1234567" in text
    assert "TEL;TYPE=work:+49 89 1234" in text
    assert "item1.TEL:+49 89 5678" in text and "item1.X-ABLabel:Zweithandy" in text
    assert "Mobile" not in text and "Work" not in text
    assert [p.params.get("TYPE") for p in vobject.readOne(text).contents["tel"]] == [
        ["cell"], ["work"], None,
    ]  # fmt: skip
    (again,) = read_vcards(text.encode()).contacts
    assert [channel_label(ch.label, "de") for ch in again.phones][:2] == ["Mobil", "Arbeit"]
    synced = card_text(get_contact(journal, jana_id))
    assert "X-ABLabel:Mobile" in synced and "TYPE=cell" not in synced
