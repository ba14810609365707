"""A name given in several forms (RFC 6350 ALTID: the same name in Latin and in
Kanji script): the preferred form is kept — lowest PREF, else the one in no
language or the user's, else the first — never simply the last."""

from __future__ import annotations

import pytest

from netzjournal.interchange.importer import read_paths
from netzjournal.interchange.vcard import read_vcards


def _card(*lines: str) -> bytes:
    return "\r\n".join(["BEGIN:VCARD", "VERSION:4.0", *lines, "END:VCARD", ""]).encode()


LATIN = ("FN;ALTID=1;LANGUAGE=de:Taro Yamada", "N;ALTID=1;LANGUAGE=de:Yamada;Taro;;;")
KANJI = ("FN;ALTID=1;LANGUAGE=ja:山田太郎", "N;ALTID=1;LANGUAGE=ja:山田;太郎;;;")


def _names(data: bytes, language: str = "") -> tuple[str, str, str]:
    (c,) = read_vcards(data, language=language).contacts
    return c.display_name, c.given_name, c.family_name


def test_the_user_s_language_wins_over_a_later_form():
    assert _names(_card(*LATIN, *KANJI), "de") == ("Taro Yamada", "Taro", "Yamada")
    assert _names(_card(*KANJI, *LATIN), "de") == ("Taro Yamada", "Taro", "Yamada")


def test_a_form_in_no_language_wins_over_one_in_another():
    plain = ("FN;ALTID=1:Taro Yamada", "N;ALTID=1:Yamada;Taro;;;")
    assert _names(_card(*plain, *KANJI), "en") == ("Taro Yamada", "Taro", "Yamada")
    assert _names(_card(*KANJI, *plain), "en") == ("Taro Yamada", "Taro", "Yamada")


@pytest.mark.parametrize("language", ["de", "en", ""])
def test_the_lowest_pref_wins_whatever_the_language(language):
    kanji = ("FN;ALTID=1;PREF=1;LANGUAGE=ja:山田太郎", "N;ALTID=1;PREF=1;LANGUAGE=ja:山田;太郎;;;")
    latin = ("FN;ALTID=1;PREF=2:Taro Yamada", "N;ALTID=1;PREF=2:Yamada;Taro;;;")
    assert _names(_card(*latin, *kanji), language) == ("山田太郎", "太郎", "山田")


def test_otherwise_the_first_form_stays():
    assert _names(_card(*KANJI, "FN;ALTID=1;LANGUAGE=ko:야마다 타로"), "de")[0] == "山田太郎"
    assert _names(_card("FN:Anna Graf", "FN:Anna G."))[0] == "Anna Graf"


def test_the_import_reads_in_the_language_it_is_given(tmp_path):
    path = tmp_path / "yamada.vcf"
    path.write_bytes(_card(*KANJI, *LATIN))
    assert read_paths([path], language="de").contacts[0].display_name == "Taro Yamada"
