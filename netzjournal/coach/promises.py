"""What kind of thing I promised someone, read from the follow-up's own words.

The opener "what I promised" (``promised``) must fit the promise: „anbei das, was
ich Ihnen zugesagt hatte“ is right for „Artikel schicken“ and wrong for „Kaffee im
Frühjahr vorschlagen“ or „Kontakt zu Jana herstellen“. The kind is derived each
time (no column: a follow-up's text can change, and old journals have the text
only); the text itself is never quoted to the person (a to-do is a note to oneself).

- ``send``: something to pass on (an article, a link, a CV, documents);
- ``propose``: a meeting, a coffee, lunch, a call;
- ``introduce``: putting them in touch with someone;
- ``other``: anything else — the opener only says I am getting back to them.

A verb says what is to be done and outweighs a thing named: „Artikel über Kaffee
schicken“ is sending, „Anrufen wegen Lebenslauf“ a call. German to-dos often
glue their words („Terminvorschlag“, „zuschicken“), so German stems match inside
a word; English ones at a word's start („send“ not in „godsend“ … nor „call“ in
„recall“).
"""

from __future__ import annotations

import re

KINDS = ("send", "propose", "introduce", "other")
VERB, THING = 2, 1  # what a match of each weighs

# (kind, weight, pattern) over the casefolded text; \b only where a stem could
# otherwise be found inside an unrelated word.
_RULES: tuple[tuple[str, int, str], ...] = (
    # Putting them in touch with someone.
    ("introduce", VERB, r"vorstell(?!ung)|bekannt ?(?:zu ?)?mach|verkuppel|"
                        r"zusammen ?(?:zu ?)?bring|"
                        r"kontakt\w* (?:\w+ ){0,4}(?:herstell|vermittel|bring)|vermittel|"
                        # "mit Jana vernetzen", not "auf LinkedIn (mit ihr) vernetzen"
                        r"\bmit (?!(?:ihr|ihm|ihnen|dir|mir|uns)\b)\w+ (?:\w+ )?vernetz|"
                        r"\bintroduc|\bintro\b|\bput \w+(?: \w+)? in touch|"
                        # "connect Tom with Jana", not "connect with Tom"
                        r"\bconnect (?!with\b)\w+(?: \w+){0,2} (?:with|to)\b"),
    # Something to pass on.
    ("send", VERB, r"schick|send|weiterleit|weiter ?(?:zu ?)?geb|zukommen|mailen|"
                   r"\bforward|\bshare|\bpass (?:\w+ )?(?:on|along)\b|\bemail (?:the|a|my)\b"),
    ("send", THING, r"artikel|link(?!edin)|lebenslauf|\bcv\b|unterlagen|dokument|\bpdf|folien|"
                    r"präsentation|studie|buch\b|bücher|buchtipp|kontaktdaten|infos?\b|informationen|"
                    r"\barticle|\bresume|\brésumé|\bdocument|\bpaper|\bslides|\bdeck\b|"
                    r"\bbook\b|\breport\b|\brecording|\bdetails\b"),
    # A meeting, a coffee, a call.
    ("propose", VERB, r"treff|anruf|rückruf|\bruf\w* (?:\w+ )*an\b|telefonier|verabred|einlad|"
                      r"vorschlag|\bmeet|\bcall\b|\bphone\b|\binvite|\bcatch up|"
                      r"\bschedule|\bset up (?:a |the )?(?:call|meeting|time)|\bpropose|"
                      r"\bsuggest|\barrange"),
    ("propose", THING, r"kaffee|(?<!de)termin|mittag|\bessen|abendessen|frühstück|\bbier|telefonat|"
                       r"spaziergang|\bcoffee|\blunch|\bdinner|\bbreakfast|\bdrinks?\b|"
                       r"\bmeeting|\bbeer\b|\bwalk\b"),
)  # fmt: skip
_COMPILED = tuple((kind, weight, re.compile(p)) for kind, weight, p in _RULES)
# Presenting oneself („mich bei der Geschäftsführung vorstellen“, „sich beim Verein
# vorstellen“) puts no one in touch with anyone: such a phrase is not read as one
# (a job interview, „Vorstellungsgespräch“, is left out by the rule itself).
_SELF = re.compile(r"\b(?:mich|sich|uns)\b(?: \S+){0,5}? vorstell\w*")
# Presenting a thing („Projekt vorstellen“, „Jana das Konzept kurz vorstellen“,
# "introduce our new product") is no introduction either: the object before
# „vorstellen“ (German puts the verb last; a word or two may stand between, not
# „und“) or after "introduce" is one of these things — a compound ending in one
# too („Förderprojekt“), not one starting with it („Projektleiterin“ is a person).
# A name or a person („Jana“, „dem Team“) is not in the list: still an introduction.
# (a plan only as one of these: „Kaplan“ is a name)
_THINGS_DE = (
    r"projekt|konzept|idee|angebot|präsentation|produkt|ergebnis|"
    r"(?<!\w)(?:business|zeit|projekt|arbeits|fahr|maßnahmen)?(?:plan|pläne)|"
    r"vorhaben|lösung|strategie|entwurf|entwürfe|studie|prototyp|vortrag|"
    r"vorträge|ansatz|ansätze|vorschlag|vorschläge|software|dienstleistung"
)
_THINGS_EN = (
    r"project|concept|idea|product|proposal|offer|results?|plan|solution|"
    r"strateg(?:y|ies)|prototype|draft|service|approach|software"
)
_THING_PRESENTED = re.compile(
    rf"\b\w*(?:{_THINGS_DE})(?:e|en|n|s|es|se|sen)?\b"
    r"(?: (?!und\b|oder\b|sowie\b)\w+){0,2} vorstell(?!ung)\w*|"
    rf"\bintroduc\w* (?:(?:the|our|my|a|an|this|their|his|her|its|new) ){{0,2}}"
    rf"(?:{_THINGS_EN})s?\b"
)  # fmt: skip


def kind_of(text: str) -> str:
    """The kind of promise a follow-up's text names (one of :data:`KINDS`).

    The kind with the most weight wins (a verb weighs more than a thing); a tie
    goes to the kind named first in the text; nothing recognised: ``other``.
    """
    said = " ".join(text.casefold().split())
    # (blanked, not cut out: the places of the other words stay for a tie)
    for phrase in (_SELF, _THING_PRESENTED):
        said = phrase.sub(lambda m: " " * len(m.group()), said)
    weight: dict[str, int] = {}
    first: dict[str, int] = {}
    for kind, worth, pattern in _COMPILED:
        found = pattern.search(said)
        if found is None:
            continue
        weight[kind] = weight.get(kind, 0) + worth
        first[kind] = min(first.get(kind, len(said)), found.start())
    if not weight:
        return "other"
    return max(weight, key=lambda k: (weight[k], -first[k]))
