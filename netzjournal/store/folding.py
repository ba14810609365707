"""German-aware text folding for the search index.

FTS5's ``unicode61 remove_diacritics 2`` makes ``Muller`` find ``Müller`` but
not ``Mueller``, and ``Strasse`` never finds ``Straße``. So the index holds a
folded copy of the text and every query is folded the same way:

* case-folded (``ß`` and ``ẞ`` become ``ss``),
* diacritics removed (``ü`` → ``u``, ``é`` → ``e``) plus a few letters Unicode
  does not decompose (``ø``, ``æ``, ``ł`` …),
* the German transliterations ``ae``/``oe``/``ue`` reduced to their vowel, so
  ``Mueller``, ``Müller`` and ``Muller`` all become ``muller``.

The last step also folds words that merely contain ``ue`` (``Queue`` → ``quu``);
as both sides are folded alike that only widens matches slightly, which is
the right trade for a search box.
"""

from __future__ import annotations

import re
import unicodedata

_EXTRA = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "þ": "th", "ı": "i"})
_DIGRAPH = re.compile(r"([aou])e")
_WORD = re.compile(r"\w+")
_OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})


def fold(text: str) -> str:
    """Return the search-folded form of ``text`` (see the module docstring)."""
    if not text:
        return ""
    s = text.casefold().translate(_EXTRA)
    if not s.isascii():
        s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return _DIGRAPH.sub(r"\1", s)


def query_terms(text: str, max_terms: int = 12, max_len: int = 64) -> list[str]:
    """Split user text into folded word terms; anything else is dropped.

    Punctuation, FTS5 operators' symbols, quotes and emoji never reach the
    query; words that spell an operator (``AND``, ``NEAR``) are quoted later
    and so count as plain words.
    """
    words = _WORD.findall(text[: max_terms * (max_len + 1) * 4])
    # People paste search-engine habits ("Müller AND Kaffee"); every word is
    # required anyway, so operator words in capitals are dropped.
    meant = [w for w in words if w not in _OPERATORS] or words
    terms = [t for w in meant for t in _WORD.findall(fold(w))]
    return [t[:max_len] for t in terms[:max_terms]]


def match_expression(text: str) -> str | None:
    """Build a safe FTS5 MATCH expression: every term quoted, as a prefix, AND-ed.

    Returns ``None`` when the text holds no searchable word at all.
    """
    terms = query_terms(text)
    if not terms:
        return None
    return " AND ".join(f'"{t}"*' for t in terms)
