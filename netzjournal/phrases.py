"""Reading short phrases people type: to-dos, who they address, which language.

No Qt, no store: the coach uses these to decide what may be quoted to a
person, and migration 0006 to sort the hooks written before the journal
told sayable "pick up next time" phrases apart from private remarks.

These are heuristics, tuned to err on the side of *not* quoting: a phrase
that might be a to-do, might be in the other language or might address the
person in the wrong form stays out of a message.
"""

from __future__ import annotations

import re


def _words_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# "Liebt Jazz -> Tipp schicken", "… → nachfassen", "…: TODO"
_ARROW = re.compile(r"\s*(?:->|=>|→|⇒|➔)\s*")
_DASH = re.compile(r"\s+[-–—]\s+|\s*[–—]\s*")

# Verbs people use for a note to self (German infinitives, English imperatives).
TODO_VERBS_DE = _words_set(
    """
    schicken senden zuschicken weiterleiten mailen anrufen zurückrufen melden nachfassen
    nachhaken nachfragen fragen vorstellen vermitteln einladen erinnern besorgen kaufen
    bedanken klären prüfen checken organisieren planen vorschlagen buchen teilen empfehlen
    raussuchen heraussuchen suchen schreiben antworten beantworten gratulieren ansprechen
    abstimmen verabreden vereinbaren mitbringen zurückgeben ausleihen lesen recherchieren
    notieren
    """
)
TODO_VERBS_EN = _words_set(
    """
    send email e-mail mail call ring ask follow introduce remind check book buy forward
    share invite thank reply write text ping schedule arrange recommend find get give return
    remember contact reach look propose suggest set organise organize research read prepare
    bring lend update
    """
)
TODO_MARKERS = ("todo", "to-do", "to do", "nicht vergessen", "don't forget", "dont forget",
                "erinnerung:", "reminder:", "need to", "must ", "should ", "unbedingt")  # fmt: skip

# Function words that settle a language (ones shared by both, such as
# "in", "an", "was", "will", "also", "so", "am", "bin", "war", "hat", left out).
FUNCTION_DE = _words_set(
    """
    der die das den dem des und ist nicht mit für auf von zu zum zur im ein eine einen einem
    einer ich du wir sie es dein deine deinen deinem deiner mein meine meinen bei nach über
    auch noch oder aber wie hast haben wird sind bist schon sehr gern gerne mal ganz nur
    wenn dass als vom beim ins ans aus uns dich dir mich mir euch unser ihnen sich wieder ob
    kein keine
    """
)
FUNCTION_EN = _words_set(
    """
    the and is are were not with for on of to a i you we they it your my our at by from
    about or but how what has have be been this that just very if me us would could there
    their these those which who when where whether some any don't can't i'm you're it's
    """
)
_DE_LETTERS = re.compile(r"[äöüß]", re.IGNORECASE)
# Spellings rare in English words: Datenschutz, Stadtentwicklung, Barrierefreiheit
# (not the "sch" of school, schedule, scheme, scholar: "your daughter starting school"
# was German enough to be left out of an English opener).
_DE_SPELLING = re.compile(
    r"sch(?!ool|edul|eme|olar)|tz|ung\b|heit\b|keit\b|schaft\b|lich\b|ismus\b|ierung\b|zeit\b|ik\b|ern\b|erin\b"
    r"|tin\b|ler\b|graf|fie\b|äu|eu\w*e\b",
    re.IGNORECASE,
)
_EN_SPELLING = re.compile(r"th|wh|ing\b|ough|ould\b|tion\b|\bw[aeiou]|ea|oo|ck\b|y\b", re.I)

SECOND_PERSON_DU = _words_set(
    """
    du dich dir dein deine deinen deinem deiner deines euch euer eure euren eurem eurer
    """
)
SECOND_PERSON_SIE = frozenset(["Sie", "Ihnen", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres"])
SECOND_PERSON_EN = frozenset(["you", "your", "yours", "you're", "you've", "you'll"])


# Words that speak *about* the person, not to them: "sein Halbmarathon in Berlin" is
# how one notes it, not how one says it to Lukas. (Capitalised "Ihr…" inside a phrase
# is the polite "your"; lower-case "ihr…" is "her".)
THIRD_PERSON_DE = _words_set("er ihm ihn sein seine seinen seinem seiner seines")
THIRD_PERSON_DE_LOWER = _words_set("ihr ihre ihren ihrem ihrer ihres")
THIRD_PERSON_EN = _words_set("he him his she her hers")
_LEADING_POSSESSIVE = re.compile(r"(?:(sein)|(ihr))(e|en|em|er|es)?\b(?=\s)", re.IGNORECASE)


def said_to_them(text: str, language: str, form: str) -> str | None:
    """The phrase as said to the person: a leading "his"/"her" becomes "your".

    "sein Halbmarathon in Berlin" → "Ihr Halbmarathon in Berlin" (Sie) or "dein
    Halbmarathon in Berlin" (du), with its ending ("seine Reise" → "Ihre Reise");
    "his move to Lisbon" → "your move to Lisbon". ``None`` when the phrase still
    speaks of someone in the third person ("wie es ihm geht"): whom, the message
    could not say. A phrase without such words is returned as it is. (A capital
    "Ihr" at the start stays as it is: it is read as the polite form.)
    """
    ws = words(text)
    if not ws:
        return text
    if language == "en":
        first = ws[0].casefold()
        if first in ("his", "her", "their") and len(ws) > 1:
            text, ws = "your" + text.lstrip()[len(ws[0]) :], ["your", *ws[1:]]
        return None if any(w.casefold() in THIRD_PERSON_EN for w in ws) else text
    stripped = text.lstrip()
    m = _LEADING_POSSESSIVE.match(stripped)
    if m and not (m.group(2) and stripped[0] == "I"):  # ("Ihr …": the polite form)
        stem = "Ihr" if form != "du" else "dein"
        text = stem + (m.group(3) or "").lower() + stripped[m.end() :]
        ws = ws[1:]
    if any(w.casefold() in THIRD_PERSON_DE or w in THIRD_PERSON_DE_LOWER for w in ws):
        return None
    return text


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def _is_todo_clause(text: str) -> bool:
    """Does this clause read like an instruction to oneself?"""
    low = text.casefold().strip()
    if not low:
        return False
    if any(low.startswith(m) or f" {m}" in f" {low}" for m in TODO_MARKERS):
        return True
    ws = words(text)
    if not ws:
        return False
    first, last = ws[0], ws[-1]
    # English imperative at the start: "send the slides", "Follow up on …".
    if first.casefold() in TODO_VERBS_EN and not _looks_german(text):
        return True
    if first.casefold() == "to" and len(ws) > 1 and ws[1].casefold() in TODO_VERBS_EN:
        return True
    # German infinitive at the end ("Konzerttipp schicken"): lower case, so not a
    # noun — unless it belongs to a "zu" clause ("…, nach Lissabon zu ziehen").
    infinitive = last.casefold() in TODO_VERBS_DE or (
        len(ws) > 1 and last.endswith(("en", "ern", "eln"))
    )
    if (
        last.islower()
        and infinitive
        and last.casefold() not in FUNCTION_DE
        and language_of(text) != "en"
        and not (len(ws) > 1 and ws[-2].casefold() == "zu")
        and not any(w in SECOND_PERSON_DU or w in SECOND_PERSON_SIE for w in ws)
    ):
        return True
    # A German to-do verb leading the phrase: "Nachfassen wegen Angebot", "Anrufen!".
    return first.casefold() in TODO_VERBS_DE


def todo_part(text: str) -> str | None:
    """The to-do in a phrase written as a note to oneself, or None.

    "Liebt Jazz – Konzerttipp schicken" → "Konzerttipp schicken";
    "→ nachfassen" → "nachfassen"; "Send the slides" → the whole phrase;
    "dein Halbmarathon im Mai" → None.
    """
    text = " ".join(text.split())
    if not text:
        return None
    parts = _ARROW.split(text)
    if len(parts) > 1:
        tail = parts[-1].strip(" .!:")
        return tail or text.strip(" .!:")
    pieces = [p.strip(" .!:") for p in _DASH.split(text) if p.strip(" .!:")]
    for piece in pieces[1:]:
        if _is_todo_clause(piece):
            return piece
    if _is_todo_clause(text.strip(" .!:")):
        return text.strip(" .!:")
    return None


def is_todo(text: str) -> bool:
    return todo_part(text) is not None


def _scores(text: str) -> tuple[int, int]:
    ws = words(text)
    de = sum(1 for w in ws if w.casefold() in FUNCTION_DE)
    en = sum(1 for w in ws if w.casefold() in FUNCTION_EN)
    return de, en


def _looks_german(text: str) -> bool:
    de, en = _scores(text)
    return de > en


def language_of(text: str) -> str | None:
    """ "de", "en", or None when a phrase does not tell (a name, "Jazz", "Open Source").

    Function words decide first; without them, German letters and spellings
    (ä, ß, -ung, -heit, sch, tz) against English ones (th, -ing, -tion).
    """
    de, en = _scores(text)
    if de != en:
        return "de" if de > en else "en"
    if _DE_LETTERS.search(text):
        return "de"
    de_marks = len(_DE_SPELLING.findall(text))
    en_marks = len(_EN_SPELLING.findall(text))
    if de_marks > en_marks:
        return "de"
    if en_marks > de_marks and en_marks >= 2:
        return "en"
    return None


def fits_language(text: str, language: str) -> bool:
    """May this phrase stand in a message in ``language``?

    A German message takes anglicisms ("Open Source", "Remote Work") but
    no English sentence; an English one takes no German at all.
    """
    de, en = _scores(text)
    if language == "de":
        return not (en > de and en >= 2)
    if language_of(text) == "de" or _DE_SPELLING.search(text):
        return False
    # Nothing German in it; keep it only when something shows it is English
    # (or it is an acronym such as "CEO").
    return en > 0 or bool(_EN_SPELLING.search(text)) or text.isupper()


def address_form_of(text: str) -> str | None:
    """ "du" or "sie" when a German phrase addresses someone, else None."""
    ws = words(text)
    if any(w.casefold() in SECOND_PERSON_DU for w in ws):
        return "du"
    # Capitalised "Ihr…" is "your" in the polite form — except at the start of a
    # phrase, where it may just as well be "her" ("Ihr Mann …").
    if any(w in SECOND_PERSON_SIE for w in ws[1:]):
        return "sie"
    return None


def addresses_person(text: str) -> bool:
    """Is the phrase written to the person ("dein Halbmarathon", "your move to Lisbon")?"""
    ws = words(text)
    if any(w.casefold() in SECOND_PERSON_EN for w in ws):
        return True
    return address_form_of(text) is not None


def clean_slot(text: str) -> str:
    """One line, no trailing punctuation: ready to stand inside a sentence."""
    return " ".join(text.split()).strip().rstrip(".!?;:,…").strip()


def fits_as_name(text: str, language: str) -> bool:
    """A proper name (an event, an organisation) may keep its own language, as
    long as it is no phrase of the other one ("Tag der offenen Tür")."""
    de, en = _scores(text)
    return de == 0 if language == "en" else en < 2
