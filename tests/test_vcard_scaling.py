"""The vCard reader grows linearly with its input, whatever the shape (issue 14, #2, #3).

Not timing assertions: each test compares the reader's CPU time on an input
with the same input eight times as large. Linear work takes about eight
times as long; the quadratic unfolding of before took sixty-four times. The
memory test counts the bytes Python allocates (tracemalloc), not the clock.
"""

from __future__ import annotations

import time
import tracemalloc

import pytest

from netzjournal.interchange.vcard import MAX_VALUES, read_vcards


def cpu_seconds(data: bytes) -> float:
    best = float("inf")
    for _ in range(3):  # the best of three: other processes only ever add time
        start = time.process_time()
        read_vcards(data, "big.vcf")
        best = min(best, time.process_time() - start)
    return best


def card(unit: bytes, count: int, head: bytes, tail: bytes = b"") -> bytes:
    return (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:X\r\n"
        + head
        + unit * count
        + tail
        + b"\r\nEND:VCARD\r\n"
    )


SHAPES = {
    "folded note": (b"\r\n " + b"x" * 70, b"NOTE:a", b""),
    "quoted-printable soft breaks": (
        b"=41" * 24 + b"=\r\n",
        b"NOTE;ENCODING=QUOTED-PRINTABLE:",
        b"B",
    ),
    "escapes in a name": (b"\\,", b"N:", b""),
    "quotes in parameters": (b'"a:b";', b"TEL;X=", b":1"),
    "lines without a colon": (b"x\r\n", b"", b""),
    "cards": (b"END:VCARD\r\nBEGIN:VCARD\r\nFN:Y\r\n", b"", b""),
}


@pytest.mark.parametrize("shape", SHAPES)
def test_eight_times_the_input_takes_about_eight_times_as_long(shape):
    unit, head, tail = SHAPES[shape]
    n = 1_000 if shape == "cards" else 5_000  # a card costs more than a line
    small = card(unit, n, head, tail)
    large = card(unit, 8 * n, head, tail)
    ratio = cpu_seconds(large) / max(cpu_seconds(small), 1e-4)
    assert ratio < 20, f"{shape}: {ratio:.1f} × the time for 8 × the input"


def test_soft_breaks_after_a_long_line_without_a_colon_stay_linear():
    """Whether a line is quoted-printable is looked at once per logical line."""

    def data(n: int) -> bytes:
        return card(b"\r\n x=", n, b"X-A;" + b"p" * (100 * n) + b"=")

    ratio = cpu_seconds(data(16_000)) / max(cpu_seconds(data(2_000)), 1e-4)
    assert ratio < 20, f"{ratio:.1f} × the time for 8 × the input"


def test_many_notes_in_one_card_stay_linear():
    """Each NOTE was appended to the text so far (and searched in it): quadratic."""

    def data(n: int) -> bytes:
        notes = b"".join(b"NOTE:%d " % i + b"y" * 400 + b"\r\n" for i in range(n))
        return card(b"", 0, notes)

    ratio = cpu_seconds(data(4_000)) / max(cpu_seconds(data(500)), 1e-4)
    assert ratio < 20, f"{ratio:.1f} × the time for 8 × the input"


def test_a_long_name_line_of_semicolons_stays_small():
    """#3: a 19 MB ``N:;;;;…`` took 2.3 GB; the name has five components."""
    data = card(b";", 2_000_000, b"N:Berg;Ada")
    tracemalloc.start()
    try:
        result = read_vcards(data, "semicolons.vcf")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    (c,) = result.contacts
    assert (c.family_name, c.given_name, c.prefix, c.suffix) == ("Berg", "Ada", "", "")
    assert peak < 6 * len(data), f"{peak / 1e6:.0f} MB for {len(data) / 1e6:.0f} MB"


def test_a_list_stops_at_its_limit_and_says_so():
    data = card(b"a,", 1_000_000, b"CATEGORIES:" + b",".join(b"t%d" % n for n in range(500)))
    result = read_vcards(data, "tags.vcf")
    (c,) = result.contacts
    assert len(c.tags) == MAX_VALUES and c.tags[:2] == ["t0", "t1"]
    assert [p.code for p in result.problems] == ["too_many_values"]


def test_problems_are_listed_up_to_a_limit_then_counted():
    result = read_vcards(card(b"no colon here\r\n", 10_000, b""), "junk.vcf")
    assert len(result.contacts) == 1
    codes = [p.code for p in result.problems]
    assert codes.count("line_without_colon") == 50 and codes[-1] == "more_problems"
    assert dict(result.problems[-1].params)["count"] == str(10_000 - 50)


def test_the_import_shapes_benchmark_runs(capsys):
    """``netzjournal bench --import-shapes`` proves the 20 MB target; it must not break."""
    from netzjournal.bench.import_shapes import run_import_shapes

    assert run_import_shapes(only="name line") == 0
    out = capsys.readouterr().out
    assert "a name line of ';'" in out and "created      1" in out and "FAILED" not in out
