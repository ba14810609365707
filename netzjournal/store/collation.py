"""Locale-aware order for names, without Qt: the same order in every layer.

German (DIN 5007-1, "dictionary" order) and English both sort Latin names in
the Unicode root order (CLDR), which ICU — and so Qt's ``QCollator`` for
``de`` and ``en`` — implements: letters first compared without accents and
case (``Ärger`` beside ``Arzt``, ``Özdemir`` before ``Pohl``, ``ß`` as
``ss``), then accents (``Muller`` before ``Müller``), then case (lower case
first). A test checks this key against ``QCollator`` for both languages.

Why a key here rather than ``QCollator`` in the widgets: names are listed by
Qt-free code too (the command line, the yearly review, import duplicates),
and one key gives one order everywhere. Keys are plain tuples of strings,
computed once per name; ``list.sort`` then compares them in C, where a
``QCollator.compare`` per comparison would call across the binding
~60,000 times for 5,000 names. The interface speaks German and English
only; languages that move letters (Swedish å after z) are not followed.
"""

from __future__ import annotations

import functools
import itertools
import unicodedata

# Letters Unicode does not decompose into base + accent, spelled as the root
# collation sorts them.
_VARIANTS = "ßẞæÆœŒøØłŁđĐþÞı"
_SPELLED = ("ss", "ss", "ae", "ae", "oe", "oe", "o", "o", "l", "l", "d", "d", "th", "th", "i")
_EXPAND = str.maketrans(dict(zip(_VARIANTS, _SPELLED, strict=True)))


# Combining marks (accents) dropped in the first comparison: the common blocks.
_MARK_BLOCKS = (
    (0x300, 0x370),
    (0x1AB0, 0x1B00),
    (0x1DC0, 0x1E00),
    (0x20D0, 0x2100),
    (0xFE20, 0xFE30),
)
# Sets, filtered in C (``filter``/``filterfalse`` with a set's ``__contains__``): no
# regular expression to compile (two character classes beyond Latin-1 took ~5 M
# instructions at the first non-ASCII name: the tag filter's, before the first paint),
# and no ``str.translate``, which raises and clears a KeyError inside for every
# character its table does not hold.
_IS_VARIANT = frozenset(_VARIANTS).__contains__
_IS_MARK = frozenset(chr(c) for start, end in _MARK_BLOCKS for c in range(start, end)).__contains__


# Characters of a name its key is made of: real names differ well before that, and
# a key (four levels) of a 10 MB "name" from a damaged file would be kept in every
# table that sorts by name.
KEY_CHARS = 1000


@functools.lru_cache(maxsize=1 << 17)  # names repeat (family names above all)
def sort_key(text: str) -> str:
    """The collation key of ``text``: compare keys to compare names (see module doc).

    One string (its levels joined by NUL, which sorts first) rather than a
    tuple: ``list.sort`` compares strings in C at a fraction of a tuple's cost.
    Only the first :data:`KEY_CHARS` characters count.
    """
    text = text[:KEY_CHARS]
    if text.isascii():
        folded = text.casefold()
        return f"{folded}\0{folded}\0\0{text.swapcase()}"  # swapcase: lower case first
    decomposed = unicodedata.normalize("NFKD", text)  # no-break space → space, too
    # "ß" sorts as "ss" and "ø" as "o", after them when all else is equal (before
    # case, as in ICU); swapcase would expand ß, so it is set aside first.
    variants = "".join(filter(_IS_VARIANT, decomposed))
    accents = (decomposed.translate(_EXPAND) if variants else decomposed).casefold()
    primary = "".join(itertools.filterfalse(_IS_MARK, accents))
    return f"{primary}\0{accents}\0{variants}\0{decomposed.replace('ß', 's').swapcase()}"


# Name particles that DIN 5007-2 (German) and Dutch usage file a family name behind:
# "von Weizsäcker" under W, "de Vries" under V, "van der Berg" under B. Only written in
# lower case: a capital makes the particle part of the name ("De Smet", "Van Halen",
# "DeLuca" in Belgian and English use stay under D and V).
PARTICLES = frozenset(
    ("von", "vom", "zu", "zum", "zur", "und", "van", "de", "den", "der", "des", "het",
     "'t", "te", "ten", "ter", "du", "da", "di", "do", "dos", "das", "del", "della")
)  # fmt: skip


def filed_under(family: str) -> str:
    """The family name as it is filed: its leading particles moved behind it
    ("de Vries" → "Vries de", so after "Vries" and before "Vriesen"); unchanged
    when it starts with a capital or is nothing but particles."""
    if not family[:1].islower():  # (nearly every name: one test)
        return family
    words = family.split()
    lead = 0
    while lead < len(words) - 1 and words[lead] in PARTICLES:
        lead += 1
    return " ".join(words[lead:] + words[:lead]) if lead else family


def name_key(family: str, name: str) -> str:
    """The order of people: family name as filed (:func:`filed_under`), then the whole
    name (as the contacts table). Without a family name, the name, filed alike."""
    return f"{sort_key(filed_under(family or name))}\0{sort_key(name)}"
