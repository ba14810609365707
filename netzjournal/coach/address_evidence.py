"""Whether the journal already says "du" to someone whose Sie/du nobody chose.

An imported contact's form is the import's default (Sie, migration 0054), and the
coach asks on their card. Where the user's own words already duzen the person, asking
is noise: a message sent to them in the du form, a letter pasted into a note that
greets them by first name („Hallo Kai, …“), a message from them in the du form, or a
person known only by a nickname (no family name to write „Herr …“ with).

The newest note that says a form decides (people move from Sie to du); the contact's
own notes and the nickname count after every dated note. Anything mixed or unclear
is not "du": the card then asks, as before. Sie is never inferred — it is what the
message is written in meanwhile anyway, and the question stays the user's.
"""

from __future__ import annotations

import re

from netzjournal import phrases
from netzjournal.store.coach_data import FormTexts

# A greeting at the start of a line, and the two words after it: „Hallo Kai,“ is du;
# „Hallo Kai Berger,“ and „Liebe Frau Berger,“ are how one writes with Sie.
_GREETING = re.compile(
    r"^[ \t]*(sehr geehrte[rs]?|hallo|hallöchen|hi|hey|liebe[rs]?|servus|moin|salut)"
    r"[ \t]+([^\W\d_][\w-]*)\.?(?:[ \t]+([^\W\d_][\w-]*))?",
    re.IGNORECASE | re.MULTILINE,
)
_POLITE = {"frau", "herr", "herrn", "dr", "prof"}


def _greeting(text: str, t: FormTexts) -> str | None:
    """ "du" or "sie" by the first greeting in ``text`` that names the person."""
    first = {n.casefold() for n in (t.given_name, t.nickname) if n}
    family = t.family_name.casefold()
    for m in _GREETING.finditer(text):
        word, name, after = m.group(1).casefold(), m.group(2).casefold(), m.group(3)
        if word.startswith("sehr") or name in _POLITE:
            return "sie"
        if name in first:
            # „Hallo Kai Berger“ (the whole name) is the polite greeting's neighbour
            return "sie" if after and after.casefold() == family else "du"
    return None


def _words(text: str) -> str | None:
    """ "du" or "sie" for a message written in one form only; None if mixed or none."""
    ws = phrases.words(text)
    du = any(w.casefold() in phrases.SECOND_PERSON_DU for w in ws)
    # (a capitalised „Sie“ that opens the text may be „she“)
    sie = any(w in phrases.SECOND_PERSON_SIE for w in ws[1:])
    return ("du" if du else "sie") if du != sie else None


def form_of(direction: str, text: str, t: FormTexts) -> str | None:
    """The form one note's text says to the person: by a greeting that names them,
    else — for a message to or from them — by its words."""
    said = _greeting(text, t)
    if said is None and direction in ("outbound", "inbound"):
        said = _words(text)
    return said


def says_du(t: FormTexts) -> bool:
    """Does the journal clearly say du to this person (module docstring)?"""
    for direction, text in t.texts:  # newest first
        if (said := form_of(direction, text, t)) is not None:
            return said == "du"
    if (said := _greeting(t.notes, t)) is not None:
        return said == "du"
    return bool(t.nickname.strip()) and not t.family_name.strip()
