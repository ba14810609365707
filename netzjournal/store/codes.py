"""The stored codes of the journal's fields (kinds, directions, sources …).

Kept apart from :mod:`netzjournal.store.records` so the interface can label
codes without building every record class at start.
"""

ADDRESS_FORMS = ("sie", "du")
LANGUAGES = ("de", "en")
# A contact's language to write in, not known yet (an imported card that does not
# say): the coach writes in the journal's usual language and asks on the card.
UNKNOWN_LANGUAGE = ""
INTERACTION_KINDS = ("coffee", "meal", "call", "video", "message", "event", "other")
DIRECTIONS = ("together", "outbound", "inbound")
CHANNEL_KINDS = ("email", "phone", "url", "messenger")
HIERARCHY_LEVELS = ("executive", "head", "lead", "specialist", "other", "")
SOURCES = (
    "xing", "linkedin", "barcamp", "stammtisch", "fair", "event", "introduction", "work", "other",
    "",
)  # fmt: skip
GIVE_TAKE = ("gave", "received")
OWED_BY = ("me", "them")
ATTENDANCE = ("attended", "going")  # was there / said they would come
# Whether I go / went: "maybe" and "declined" also as an invitation's answer
# (PARTSTAT TENTATIVE, DECLINED; ACCEPTED is "going").
MY_STATUS = ("", "going", "maybe", "declined", "attended", "missed")
