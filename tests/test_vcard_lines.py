"""The vCard reader's lines: chunks and the lines nothing folds, against line by line.

``_logical_lines`` decodes the file a chunk of whole lines at a time and passes
lines that nothing folds on as they are; only the lines around a fold or a
soft line break go through the line-by-line unfolding (``_Unfolding.feed``).
Whatever the chunk size, the result must be what feeding every line of the
file through the line-by-line unfolding gives — and a file that is not all
UTF-8 must read each value as the bytes it was.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from netzjournal.interchange import vcard

DATA = Path(__file__).parent / "data" / "contacts"

ATOMS = (
    b"BEGIN:VCARD\r\n", b"END:VCARD\r\n", b"VERSION:2.1\r\n", b"VERSION:3.0\n",
    b"FN:M\xc3\xbcller\r\n", b"FN:M\xfcller\n", b"N:a;b;c;d;e\n",
    b"NOTE;ENCODING=QUOTED-PRINTABLE:abc=\r\n", b"=C3=BC=\r\n", b"def\r\n", b" folded\r\n",
    b"\tfold\n", b"=\n", b"\n", b"\r", b"\r\r\n", b"EMAIL;TYPE=work:a@b.de\n",
    b'TEL;TYPE="a:b":123\n', b"ORG:Ximian, Inc.\n", b"\xc3", b"\xbc", b"\xe2\x82", b"\xac",
    b"NOTE;CHARSET=ISO-8859-1:\xfc\n", b"END:VCARD\xc2\xa0\n", b"BEG\xc4\xb1N:VCARD\n",
    b"NOTE:\x1c\x85x\n", b"  \n", b"\xc2\xa0\n", b"\x0b\n", b"\x1d\n", b"URL:http://x?a=\n",
)  # fmt: skip


def _line_by_line(data: bytes) -> list[tuple[int, str, bool]]:
    """Every line of the file through the line-by-line unfolding, in one piece."""
    if b"\n" not in data:
        data = data.replace(b"\r", b"\n")
    chunks = list(vcard._physical_lines(data)) if data else []
    lines = [line for chunk in chunks for line in chunk[0]]
    dirty = any(chunk[1] for chunk in chunks)
    unfolding = vcard._Unfolding()
    found = list(unfolding.feed(lines, 0, dirty))
    return found + list(unfolding.done(dirty))


def _samples() -> list[bytes]:
    rnd = random.Random(14)
    files = [path.read_bytes() for path in sorted(DATA.rglob("*.vcf"))]
    made = [b"".join(rnd.choice(ATOMS) for _ in range(rnd.randint(1, 40))) for _ in range(1500)]
    return files + made


@pytest.mark.parametrize("chunk", [1, 7, 64, vcard._CHUNK])
def test_physical_lines_are_the_lines_between_line_feeds(chunk, monkeypatch):
    # Every line end is LF with the CRs before it — also where every line ends with
    # CR LF (split there without a rewrite) and where CR CR LF or a lone LF is among them.
    made = _samples()
    samples = made + [s.replace(b"\r", b"").replace(b"\n", b"\r\n") for s in made]
    samples += [s + b"END:VCARD\r" for s in samples[-50:]] + [b"\r\n" * 3, b"a\r\r\nb\r\n"]
    assert sum(b"\r\n" in s and s.count(b"\n") == s.count(b"\r\n") for s in samples) > 1000
    monkeypatch.setattr(vcard, "_CHUNK", chunk)
    for data in samples:
        text = data.decode("utf-8", "surrogateescape")
        expected = [line.rstrip("\r") for line in text.split("\n")]
        if text.endswith("\n"):
            expected.pop()
        found = [line for chunk in vcard._physical_lines(data) for line in chunk[0]]
        assert found == expected


@pytest.mark.parametrize("chunk", [1, 7, 64, vcard._CHUNK])
def test_chunks_and_unfolded_lines_read_as_line_by_line(chunk, monkeypatch):
    samples = _samples()
    assert any(b"\xfc" in s for s in samples) and any(b"\n " in s for s in samples)
    expected = {n: _line_by_line(s) for n, s in enumerate(samples)}
    monkeypatch.setattr(vcard, "_CHUNK", chunk)
    for n, data in enumerate(samples):
        found = list(vcard._logical_lines(data))
        assert [(at, line) for at, line, _ in found] == [(at, line) for at, line, _ in expected[n]]
        for _at, line, dirty in found:  # (from the first chunk that is not UTF-8 on)
            if not dirty:
                line.encode("utf-8")  # no byte kept as a surrogate


def test_a_fold_inside_a_character_and_other_bytes():
    # A fold that splits "ü" (C3 | BC) joins to UTF-8 again; a Windows-1252 "ü" elsewhere
    # in the file does not change how the UTF-8 values read, nor the other way round.
    data = (
        b"BEGIN:VCARD\r\nFN:M\xc3\r\n \xbcller\r\nNOTE:Gr\xfc\xdfe\r\n"
        b"TITLE:K\xc3\xb6chin\r\nEND:VCARD\r\n"
    )
    (contact,) = vcard.read_vcards(data).contacts
    assert (contact.display_name, contact.notes, contact.title) == ("Müller", "Grüße", "Köchin")
