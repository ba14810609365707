import datetime as dt

import pytest

from netzjournal.store.records import Birthday
from netzjournal.validation import (
    format_birthday,
    parse_birthday,
    parse_channels,
    parse_date,
    valid_email,
    valid_url,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("22.03.", Birthday(3, 22)),
        ("22.3.1980", Birthday(3, 22, 1980)),
        ("1980-03-22", Birthday(3, 22, 1980)),
        ("--03-22", Birthday(3, 22)),
        ("--0322", Birthday(3, 22)),
        ("29.02.", Birthday(2, 29)),
        ("", None),
    ],
)
def test_birthdays(text, expected):
    assert parse_birthday(text) == expected
    if expected:
        assert parse_birthday(format_birthday(expected)) == expected


@pytest.mark.parametrize("text", ["30.02.", "29.02.2023", "gestern", "13.13.", "1980"])
def test_bad_birthdays(text):
    with pytest.raises(ValueError):
        parse_birthday(text)


def test_dates_need_a_year():
    assert parse_date("09.10.2024") == dt.date(2024, 10, 9)
    assert parse_date("2024-10-09") == dt.date(2024, 10, 9)
    with pytest.raises(ValueError):
        parse_date("09.10.")


def test_channels_with_labels_and_checks():
    chans = parse_channels("email", "work: max@example.org\n\nmax.privat@example.com")
    assert [(c.label, c.value) for c in chans] == [
        ("work", "max@example.org"), ("", "max.privat@example.com"),
    ]  # fmt: skip
    with pytest.raises(ValueError):
        parse_channels("email", "max at example")
    assert parse_channels("url", "https://www.xing.com/profile/Max_Mueller")[0].kind == "url"
    with pytest.raises(ValueError):
        parse_channels("url", "not a url")
    assert valid_email("a@b.de") and not valid_email("a@b")
    assert valid_url("www.example.org") and not valid_url("http://")
