"""The contacts table files a family name behind its particles: "de Vries" under V,
"van der Berg" under B, "von Weizsäcker" under W (DIN 5007-2, Dutch usage).

``collation.name_key`` now moves leading lower-case particles behind the family
name; the keys stored before sort those people under D, V or Z. Their rows (a
family name, or without one the name, starting with a lower-case particle) are
marked stale (``name_key`` NULL), and the journal's open computes their keys
again. Frozen: the particles as they were when this was written.
"""

PARTICLES = frozenset(
    ("von", "vom", "zu", "zum", "zur", "und", "van", "de", "den", "der", "des", "het",
     "'t", "te", "ten", "ter", "du", "da", "di", "do", "dos", "das", "del", "della")
)  # fmt: skip


def _filed_behind(text: str) -> bool:
    return text[:1].islower() and text.split()[0] in PARTICLES


def up(migrator, db):
    # Any of the texts the name key can come from (family name, else display name,
    # given name or organisation): a few rows more than needed are only keyed again.
    cursor = db.execute_sql(
        "SELECT id, family_name, display_name, given_name, organisation FROM contact"
    )
    stale = [(row[0],) for row in cursor.fetchall() if any(_filed_behind(t or "") for t in row[1:])]
    db.connection().executemany(
        "UPDATE contact_summary SET name_key = NULL WHERE contact_id = ?", stale
    )
