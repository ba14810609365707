"""The vCard reader's two ways through a file give the same contacts and problems.

A card written plainly (``BEGIN:VCARD``, property lines of heads met before,
``END:VCARD``, nothing folded, all UTF-8) is split into its properties by one
regular expression (``_Reader.plain_card``); every other line goes line by line
(``_Reader.lines``). Values that come back from card to card are read once per
file (``_Reader.reading``). Whatever way a card takes, the result must be what
reading every line one by one gives — also for damaged files.
"""

from __future__ import annotations

import random
from pathlib import Path

from netzjournal.interchange import vcard

DATA = Path(__file__).parent / "data" / "contacts"

PLAIN = (
    "BEGIN:VCARD\nVERSION:4.0\nUID:urn:uuid:{n:08d}-0000-4000-8000-000000000000\n"
    "FN:Anna Becker {n}\nN:Becker;Anna;;Frau,Dr.;\nORG:Hafenkante PR;Redaktion\n"
    "EMAIL;TYPE=work:anna{n}@hafenkante.example\nTEL;TYPE=mobile:+49 173 {n}\n"
    "item1.URL:https://www.linkedin.com/in/anna-{n}\nitem1.X-ABLabel:linkedin\n"
    "BDAY:1979-07-20\nADR:;;;Hamburg;;;\nCATEGORIES:Medien,Kunden\n"
    "NOTE:mag Jazz\\, trinkt Kaffee\nX-NETZJOURNAL-HIERARCHY:head\n"
    "X-NETZJOURNAL-TOPICS:Remote Work\\, Elternzeit\nX-NETZJOURNAL-CLOSENESS:{n}\n"
    "END:VCARD\n"
)

ATOMS = (
    b"BEGIN:VCARD\n", b"END:VCARD\n", b"begin:vcard\n", b"END:VCARD \n", b"VERSION:2.1\n",
    b"VERSION:3.0\n", b"FN:M\xc3\xbcller\n", b"FN:M\xfcller\n", b"N:a;b\\;c;d,e;f\n",
    b"NOTE;ENCODING=QUOTED-PRINTABLE:abc=\n", b"=C3=BC\n", b" folded\n", b"\n", b"\r\n",
    b'TEL;TYPE="a:b":123\n', b"ORG:Ximian, Inc.\n", b"NOTE;CHARSET=ISO-8859-1:x\n",
    b"EMAIL;TYPE=work:a@b.de\n", b"EMAIL:not an address\n", b"no colon here\n",
    b"item2.X-ABLabel:_$!<Other>!$_\n", b"item2.TEL:1\n", b"CATEGORIES:a,b;c\\,d\n",
    b"X-NETZJOURNAL-CLOSENESS:9\n", b"X-NETZJOURNAL-CLOSENESS:3\n", b"BDAY:--0229\n",
    b"AGENT:BEGIN:VCARD\\nFN:Agent\\nEND:VCARD\n", b"X-UNKNOWN;A=B:c\n", b"  \n",
)  # fmt: skip


def _samples() -> list[bytes]:
    rnd = random.Random(26)
    files = [path.read_bytes() for path in sorted(DATA.rglob("*.vcf"))]
    plain = "".join(PLAIN.format(n=n % 7) for n in range(40)).encode()
    made = [b"".join(rnd.choice(ATOMS) for _ in range(rnd.randint(1, 60))) for _ in range(1500)]
    # plain cards with damage here and there
    damaged = []
    for _ in range(500):
        data = bytearray(plain[: rnd.randint(200, len(plain))])
        for _ in range(rnd.randint(1, 4)):
            at = rnd.randrange(len(data))
            data[at:at] = rnd.choice(ATOMS)
        damaged.append(bytes(data))
    return [*files, plain, *made, *damaged]


def _read(data: bytes) -> str:
    found = vcard.read_vcards(data, "x.vcf")
    return repr((found.contacts, found.problems))


def test_plain_cards_read_as_line_by_line(monkeypatch):
    samples = _samples()
    taken = []
    plain_card = vcard._Reader.plain_card

    def counted(self, lines, first):
        props = plain_card(self, lines, first)
        taken.append(props is not None)
        return props

    monkeypatch.setattr(vcard._Reader, "plain_card", counted)
    fast = [_read(s) for s in samples]
    assert sum(taken) > 2000  # (the plain way was taken, and often)
    monkeypatch.setattr(vcard._Reader, "plain_card", lambda self, lines, first: None)
    slow = [_read(s) for s in samples]
    for n, (one, other) in enumerate(zip(fast, slow, strict=True)):
        assert one == other, samples[n][:300]


def test_values_read_once_still_count_for_every_card():
    data = (PLAIN.format(n=9) * 3).encode()  # closeness 9: not one, reported on each card
    found = vcard.read_vcards(data, "x.vcf")
    assert [c.tags for c in found.contacts] == [["Medien", "Kunden"]] * 3
    assert [c.organisation for c in found.contacts] == ["Hafenkante PR"] * 3
    assert [c.department for c in found.contacts] == ["Redaktion"] * 3
    assert [c.city for c in found.contacts] == ["Hamburg"] * 3
    assert [c.own["topics"] for c in found.contacts] == ["Remote Work, Elternzeit"] * 3
    bad = [p.line for p in found.problems if p.code == "bad_value"]
    assert bad == [17, 35, 53]
    # Each contact has its own lists: changing one leaves the others (and later ones) alone.
    found.contacts[0].tags.append("VIP")
    assert found.contacts[1].tags == ["Medien", "Kunden"]


def _name_the_long_way(value: str, version: str) -> tuple[object, ...]:
    family, given, additional, prefix, suffix = vcard._components(value, version, 5, True)
    return (
        vcard._joined(family),
        vcard._joined(given),
        [x for x in additional if x],
        vcard._joined(prefix),
        vcard._joined(suffix, ", "),
    )


def test_a_plain_name_is_split_as_any_name_is():
    # N without backslashes (or commas, outside 2.1) is split by str.split alone.
    rnd = random.Random(27)
    pieces = ("", ";", ";", ",", "\\", "\\;", " ", "Anna", "van der", "ü", "\t")
    taken = 0
    for _ in range(4000):
        value = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12)))
        for version in ("2.1", "3.0", "4.0"):
            taken += "\\" not in value and ("," not in value or version == "2.1")
            assert vcard._name(value, version) == _name_the_long_way(value, version), value
    assert taken > 1000


def test_birthdays_of_eight_digits_read_as_the_pattern_reads_them():
    rnd = random.Random(28)
    for _ in range(3000):
        value = "".join(rnd.choice("0123456789") for _ in range(8))
        if rnd.random() < 0.1:
            value = value[:4] + "-" + value[4:6] + "-" + value[6:]
        for params in ({}, {"X-APPLE-OMIT-YEAR": [value[:4]]}):
            m = vcard._BDAY.fullmatch(value)
            assert m is not None
            try:
                year = int(m.group(1))
                no_year = year == 1604 or bool(params)
                expected = vcard.Birthday(
                    int(m.group(2)), int(m.group(3)), None if no_year else year
                )
            except ValueError:
                expected = None
            assert vcard.parse_birthday(f" {value} ", params) == expected, value
    assert vcard.parse_birthday("1604-03-22", {}) == vcard.Birthday(3, 22)
    assert vcard.parse_birthday("١٩٨٠٠٣٢٢", {}) == vcard.Birthday(3, 22, 1980)  # (as \d reads)
