import datetime as dt

import pytest

from netzjournal.validation import (
    parse_channels,
    parse_date,
    valid_email,
    valid_url,
)


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
