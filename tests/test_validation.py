import datetime as dt

import pytest

from netzjournal.validation import (
    parse_addresses,
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


@pytest.mark.parametrize(
    ("typed", "named"),
    [
        ("kemal at home", "kemal at home"),
        ("Kemal.Aydin@example.de, kemal at  home; k@b.de", "kemal at  home"),
        ("a@b.de kemal privat c@d.de", "kemal privat"),
        ("kemal@privat", "kemal@privat"),
    ],
)
def test_a_refused_address_is_named_as_it_was_typed(typed, named):
    with pytest.raises(ValueError) as refused:
        parse_addresses(typed)
    assert str(refused.value) == named


def test_addresses_are_read_between_commas_semicolons_and_spaces():
    typed = " Kemal.Aydin@example.de;k@b.de  c@d.de,, k@B.de "
    assert parse_addresses(typed) == ["kemal.aydin@example.de", "k@b.de", "c@d.de"]
    assert parse_addresses("  ") == []
