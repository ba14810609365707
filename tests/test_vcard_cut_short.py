"""A vCard file cut short before its last END:VCARD (a download broken off): what
was read of the last card is imported and the cut is said, with its line; a line
the end cut in two (no line end after it, a folded or quoted-printable line going
on) is left out, the whole lines before it kept."""

from __future__ import annotations

import pytest

from netzjournal.interchange.importer import apply_import, plan_import, read_paths
from netzjournal.interchange.vcard import read_vcards
from netzjournal.store.contacts import get_contact

WHOLE = (
    b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Graf\r\nN:Graf;Anna;;;\r\n"
    b"EMAIL:anna@kultur.example\r\nEND:VCARD\r\n"
)
CUT = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ben Kurz\r\nN:Kurz;Ben;;;\r\nORG:Stadtwerke\r\n"


def _codes(result) -> list[tuple[int, str]]:
    return [(p.line, p.code) for p in result.problems]


def test_the_last_card_cut_after_a_whole_line_is_read_and_said():
    result = read_vcards(WHOLE + CUT, "kontakte.vcf")
    assert [c.display_name for c in result.contacts] == ["Anna Graf", "Ben Kurz"]
    assert result.contacts[1].organisation == "Stadtwerke"
    assert _codes(result) == [(7, "unterminated_card")]  # the card's BEGIN
    assert "kontakte.vcf:7: the file ends in the middle of this contact" in str(result.problems[0])


def test_a_line_cut_in_two_is_left_out_and_the_rest_kept():
    result = read_vcards(WHOLE + CUT + b"EMAIL:ben@stadtw", "kontakte.vcf")
    ben = result.contacts[1]
    assert (ben.display_name, ben.organisation, ben.emails) == ("Ben Kurz", "Stadtwerke", [])
    assert _codes(result) == [(7, "unterminated_card"), (12, "cut_line")]


@pytest.mark.parametrize("end", [b"", b"\r\n"])
def test_a_cut_quoted_printable_line_is_left_out(end):
    qp = b"NOTE;ENCODING=QUOTED-PRINTABLE:Kaffee im M=C3=BC=\r\nnster, danach ="
    result = read_vcards(WHOLE + CUT + qp + end)
    assert result.contacts[1].notes == ""
    assert _codes(result) == [(7, "unterminated_card"), (12, "cut_line")]


def test_a_cut_folded_line_is_left_out_but_a_whole_one_before_it_kept():
    folded = b"NOTE:Lange Notiz\r\n  ueber zwei Zeilen\r\nTITLE:Leiterin Pro\r\n gramm"
    result = read_vcards(CUT + folded)
    ben = result.contacts[0]
    assert ben.notes == "Lange Notiz ueber zwei Zeilen" and ben.title == ""
    assert _codes(result) == [(1, "unterminated_card"), (8, "cut_line")]


def test_a_whole_quoted_printable_line_at_the_end_is_kept():
    qp = b"NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:M=C3=BCnster\r\n"
    result = read_vcards(CUT + qp)
    assert result.contacts[0].notes == "Münster"
    assert _codes(result) == [(1, "unterminated_card")]


def test_cut_inside_the_end_line_keeps_the_card():
    result = read_vcards(WHOLE + CUT + b"END:VCA")
    assert [c.display_name for c in result.contacts] == ["Anna Graf", "Ben Kurz"]
    assert _codes(result) == [(7, "unterminated_card")]


def test_a_card_cut_inside_a_card_keeps_both():
    inner = b"BEGIN:VCARD\nFN:Cleo Neu\nEND:VCARD\n"
    data = b"BEGIN:VCARD\nVERSION:3.0\nFN:Outer\n" + inner + b"BEGIN:VCARD\nFN:Dora Ende\n"
    result = read_vcards(data)
    assert [c.display_name for c in result.contacts] == ["Outer", "Cleo Neu", "Dora Ende"]
    assert _codes(result) == [(4, "nested_card"), (7, "nested_card"), (1, "unterminated_card"),
                              (7, "unterminated_card")]  # fmt: skip


def test_the_import_and_its_command_line_say_so(journal, tmp_path, capsys):
    from netzjournal import cli

    path = tmp_path / "kontakte.vcf"
    path.write_bytes(WHOLE + CUT + b"EMAIL:ben@stadtw")
    plan = plan_import(journal, read_paths([path]))
    apply_import(journal, plan)
    assert {get_contact(journal, i).name for i in (1, 2)} == {"Anna Graf", "Ben Kurz"}
    assert [str(p) for p in plan.problems] == [
        "kontakte.vcf:7: the file ends in the middle of this contact, as if it was cut "
        "short; what was there of it was imported",
        "kontakte.vcf:12: the file ends in the middle of this line; it was left out",
    ]
    data = tmp_path / "data"
    data.mkdir()  # (a folder named that is not there is refused as a typo)
    assert cli.main(["import", str(path), "--data-dir", str(data), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "create Ben Kurz" in out
    assert "problem: kontakte.vcf:7: the file ends in the middle of this contact" in out
