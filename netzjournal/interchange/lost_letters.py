"""Letters a file lost before it reached us: "Ay?e" for "Ayşe".

Outlook for Windows writes its CSV export in the computer's old code page
(Windows-1252 in Germany), which has no "ş", "ğ", "ı", "ł", "ź" …: each such
letter is written as a literal "?". Nothing can bring it back here, and a name is
never guessed at; the preview and the command line say which names to check and
how to export again so that every letter is kept.
"""

from __future__ import annotations

import re

from netzjournal.interchange.model import ImportedContact

# A "?" (or several) with a letter after it and a letter or the word's start before
# it: a question's mark stands at a word's end ("Wer?"), and a name never begins
# with one ("?ükrü" was "Şükrü").
_LOST = re.compile(r"(?:(?<=[^\W\d_])|^)\?+(?=[^\W\d_])")
_AROUND = "\"'„“”‚‘’«»()[],;:"


def lost_letters(c: ImportedContact) -> list[str]:
    """The words of the card's names and organisation with a letter lost as "?"
    ("Ay?e"), each once, as written. Notes, where questions are asked, are not read."""
    found: list[str] = []
    texts = (c.display_name, c.given_name, *c.additional_names, c.family_name, c.nickname,
             c.organisation, c.department)  # fmt: skip
    for text in texts:
        if "?" not in text:
            continue
        for word in text.split():
            word = word.strip(_AROUND)
            if word not in found and _LOST.search(word):
                found.append(word)
    return found


# The command line's words; the window's are translated (ui/interchange/wizard.py).
def advice(count: int) -> str:
    """What the command line says of ``count`` names with a lost letter, and how to
    keep every letter (the window says it in its own words, translated)."""
    names, it = ("1 name has", "It is imported as it is; correct it") if count == 1 else (
        f"{count} names have", "They are imported as they are; correct them")  # fmt: skip
    return (
        f"{names} a “?” where a letter was lost: the file was written in an old code "
        f"page, without that letter (Outlook for Windows writes its CSV export so). {it} "
        "afterwards, or export again in Unicode (UTF-8), which keeps every letter: in "
        "Outlook on the web (outlook.com or Microsoft 365 in the browser) open People, "
        "then Manage contacts > Export contacts, and import that file instead."
    )
