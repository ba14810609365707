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

import functools
import re
import unicodedata

_EXTRA = {"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "þ": "th", "ı": "i"}


class _Letters(dict[int, str]):
    """``str.translate`` table: each character to its folded form, learnt on first sight.

    Folding per character equals folding the whole text: NFKD decomposes
    character by character and only reorders combining marks, which are
    dropped. ASCII maps to itself from the start, so a mostly ASCII text is
    translated in C without a Python call per letter.
    """

    def __missing__(self, code: int) -> str:
        c = chr(code)
        folded = _EXTRA.get(c) or "".join(
            d for d in unicodedata.normalize("NFKD", c) if not unicodedata.combining(d)
        )
        self[code] = folded
        return folded


_LETTERS = _Letters({code: chr(code) for code in range(128)})
_ASCII = frozenset(chr(code) for code in range(128))
_WORD = re.compile(r"\w+")
_OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})


def fold(text: str) -> str:
    """Return the search-folded form of ``text`` (see the module docstring)."""
    if not text:
        return ""
    s = text.casefold()
    if not s.isascii():
        s = _fold_letters(s)
    # Three plain replaces equal the pattern ``([aou])e`` → ``\1``: its matches never
    # overlap, and removing an ``e`` after a vowel cannot form a new match.
    return s.replace("ae", "a").replace("oe", "o").replace("ue", "u")


_SEPARATOR = "\x00"  # ASCII: folds to itself and cannot be part of "ae", "oe" or "ue"
_ASCII_BYTES = bytes(range(128))
_ASCII_TABLE = {code: chr(code) for code in range(128)}
_FEW_LETTERS = 64  # distinct non-ASCII letters worth one C replace each over the whole


def fold_many(texts: list[str]) -> list[str]:
    """``[fold(t) for t in texts]``, in one pass over all of them (a bulk load's documents).

    Folding is per character except the ``ae``/``oe``/``ue`` step, whose matches
    cannot cross a character that is not a letter: so the texts are joined with
    NUL, folded as one text at C speed and split again. A text that holds a NUL
    itself is folded one by one.

    ``str.casefold`` on a text that is not all ASCII looks up every character in
    Unicode's tables; here the ASCII letters are lower-cased as UTF-8 bytes
    (``bytes.lower`` touches ``A``-``Z`` only: what ``casefold`` does to them) and
    each distinct other character is folded once and replaced throughout.
    """
    whole = _SEPARATOR.join(texts)
    if whole.count(_SEPARATOR) != len(texts) - 1:
        return [fold(t) for t in texts]
    if whole.isascii():
        s = whole.lower()
    else:
        data = whole.encode("utf-8", "surrogatepass")
        # (UTF-8 spells a character that is not ASCII with bytes >= 128 only)
        others = set(data.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass"))
        s = data.lower().decode("utf-8", "surrogatepass")
        table = {ord(c): c.casefold().translate(_LETTERS) for c in others}
        folded = {c: f for c in others if (f := table[ord(c)]) != c}
        # One replace per letter gives what one pass gives when no replacement holds
        # a letter that is replaced itself.
        if len(folded) > _FEW_LETTERS or any(
            not f.isascii() and any(x in folded for x in f) for f in folded.values()
        ):
            # (every character in the table: translate raises a KeyError inside for
            # each one it does not find)
            s = s.translate(_ASCII_TABLE | table)
        else:
            for c, f in folded.items():
                s = s.replace(c, f)
    return s.replace("ae", "a").replace("oe", "o").replace("ue", "u").split(_SEPARATOR)


def _fold_letters(s: str) -> str:
    """Fold every non-ASCII letter of ``s`` (see ``_Letters``)."""
    if len(s) < 96:
        return s.translate(_LETTERS)
    # Long texts hold few distinct letters: one C-speed replace per letter beats a
    # table lookup per character. Only when every replacement is ASCII, so that no
    # replacement is itself replaced again.
    letters = list(set(s) - _ASCII)
    folded = [_LETTERS[ord(c)] for c in letters]
    if not all(f.isascii() for f in folded):
        return s.translate(_LETTERS)
    for c, f in zip(letters, folded, strict=True):
        s = s.replace(c, f)
    return s


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


def match_spans(text: str, terms: list[str]) -> list[tuple[int, int]]:
    """Where in ``text`` the search ``terms`` (folded, :func:`query_terms`) matched:
    ``(start, end)`` of each word's matched beginning, as the index matched it — a
    word whose folded form starts with a term. The span ends where the word's folded
    beginning covers the term, and takes in letters that fold away after it ("Mue" for
    "mu" in "Mueller", "Straß" for "strass"), so what is marked is what was typed."""
    if not terms:
        return []
    key = tuple(terms)
    spans = []
    for m in _WORD.finditer(text):
        end = _matched_end(m.group(), key)
        if end:
            spans.append((m.start(), m.start() + end))
    return spans


@functools.lru_cache(maxsize=8192)
def _matched_end(word: str, terms: tuple[str, ...]) -> int:
    """How many of ``word``'s letters a term matched (0: none). Cached: the search
    list marks the same words in row after row, keystroke after keystroke."""
    folded = fold(word)
    best = max((len(t) for t in terms if folded.startswith(t)), default=0)
    if not best:
        return 0
    end = len(word)
    for k in range(1, len(word) + 1):
        if len(fold(word[:k])) >= best:
            end = k
            break
    while end < len(word) and fold(word[: end + 1]) == fold(word[:end]):
        end += 1
    return end


def match_expression(text: str) -> str | None:
    """Build a safe FTS5 MATCH expression: every term quoted, as a prefix, AND-ed.

    Returns ``None`` when the text holds no searchable word at all.
    """
    terms = query_terms(text)
    if not terms:
        return None
    return " AND ".join(f'"{t}"*' for t in terms)
