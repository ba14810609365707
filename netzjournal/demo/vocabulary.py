"""Word lists for the demo generator: names, companies, roles, topics."""

from __future__ import annotations

from dataclasses import dataclass

GIVEN_DE_F = (
    "Anna", "Bärbel", "Claudia", "Dörte", "Elif", "Franziska", "Gülşen", "Hannah", "Ines",
    "Jana", "Katrin", "Lena", "Maike", "Nele", "Ölgü", "Petra", "Renée", "Sabine", "Sünje",
    "Tanja", "Ulrike", "Verena", "Wiebke", "Zoë", "Jördis", "Friederike", "Mareike",
)  # fmt: skip
GIVEN_DE_M = (
    "Andreas", "Björn", "Christoph", "Dirk", "Emre", "Florian", "Görkem", "Hauke", "Jörg",
    "Jürgen", "Kai", "Lars", "Malte", "Nils", "Olaf", "Ralf", "Sören", "Thorsten", "Uwe",
    "Volker", "Wolfgang", "Yannick", "Jens", "Matthias", "Günther", "Henrik",
)  # fmt: skip
GIVEN_EN = (
    "Alice", "Ben", "Chloe", "David", "Emily", "Frank", "Grace", "Harry", "Isla", "Jack",
    "Kate", "Liam", "Mia", "Noah", "Olivia", "Priya", "Rory", "Sophie", "Tom", "Zara",
)  # fmt: skip
FAMILY_DE = (
    "Müller", "Schäfer", "Weiß", "Groß", "Köhler", "Böhm", "Krüger", "Hoffmann", "Meißner",
    "Schröder", "Bäcker", "Fuß", "Jäger", "Lüdtke", "Möller", "Nüßlein", "Özdemir", "Pößl",
    "Richter", "Schulze", "Thäle", "Vogt", "Wagner", "Zöllner", "Becker", "Neumann", "Straßer",
    "Yılmaz", "Kowalski", "Hartmann", "Lorenz", "Brandt", "Haas", "Sauer", "Kühn",
)  # fmt: skip
FAMILY_EN = (
    "Smith", "O'Brien", "Taylor", "Brown", "Walker", "Patel", "Evans", "Hughes", "Clarke",
    "Murphy", "Wright", "Hall", "Green", "Baker", "Khan",
)  # fmt: skip

COMPANIES = (
    ("Nordlicht Medien GmbH", "Hamburg", "Medien"),
    ("Südwind Consulting", "München", "Beratung"),
    ("Spreeufer Software AG", "Berlin", "Tech"),
    ("Rheinblick Verlag", "Köln", "Medien"),
    ("Mainufer Bank", "Frankfurt am Main", "Finanzen"),
    ("Elbtal Energie", "Dresden", "Energie"),
    ("Neckar Robotics", "Stuttgart", "Tech"),
    ("Isar Health", "München", "Gesundheit"),
    ("Alster Design Studio", "Hamburg", "Design"),
    ("Weserbogen Logistik", "Bremen", "Logistik"),
    ("Kulturbüro Leipzig", "Leipzig", "Kultur"),
    ("Stadtwerke Düsseldorf", "Düsseldorf", "Verwaltung"),
    ("Bergisch Data Labs", "Wuppertal", "Tech"),
    ("Fjordwerk UX", "Kiel", "Design"),
    ("Hafenkante PR", "Hamburg", "Medien"),
    ("Thames Analytics Ltd", "London", "Tech"),
    ("Alpenglühen Tourismus", "Innsbruck", "Tourismus"),
    ("Limmat Ventures", "Zürich", "Start-ups"),
    ("Ruhrpott Redaktion", "Essen", "Medien"),
    ("Bodensee Bildungswerk", "Konstanz", "Bildung"),
)
FREELANCE_CITIES = ("Berlin", "Hamburg", "München", "Köln", "Leipzig", "Wien", "Zürich")

ROLES = {
    "executive": ("Geschäftsführerin", "Geschäftsführer", "CEO", "Vorständin", "Managing Director"),
    "head": ("Leiterin Marketing", "Leiter Vertrieb", "Head of Product", "Chefredakteurin",
             "Leiter IT", "Head of People"),
    "lead": ("Teamleiterin Content", "Teamleiter Entwicklung", "Projektleiterin", "Lead Designer"),
    "specialist": ("Redakteurin", "Entwickler", "UX-Designerin", "Data Scientist",
                   "Pressereferent", "Beraterin", "Fotograf", "Social-Media-Managerin"),
    "other": ("Freiberufliche Journalistin", "Coach", "Studentin", "Gründer"),
}  # fmt: skip

TOPICS = (
    "Remote Work", "KI im Journalismus", "Barrierefreiheit", "Open Source", "Nachhaltigkeit",
    "Datenschutz", "Podcasting", "New Work", "Stadtentwicklung", "Fahrradpolitik",
    "Gründung", "Coaching", "UX Research", "Employer Branding", "Kaffeeröstung",
    "Bergwandern", "Fußball", "Jazz", "Typografie", "Elternzeit",
)  # fmt: skip
CIRCLES = ("Stammtisch Süd", "Barcamp-Orga", "Alumni Uni Köln", "Frauen in Tech", "Verband DJV")

PLACES = (
    "Café Kranzler", "Kaffeerösterei am Markt", "Zoom", "Teams", "Telefon", "Kantine",
    "Biergarten am See", "Coworking Space Mitte", "Hotel-Lobby", "Messehalle 3",
)  # fmt: skip


@dataclass(frozen=True)
class NoteWords:
    """What the user writes in their notes, in the interface's language: a German
    journal got "Coffee with Gülşen" and "Quick catch-up about …" among its German
    notes. Each list is as long in either language (the same draws, the same journal)."""

    titles: dict[str, tuple[str, ...]]
    bodies: tuple[str, ...]
    remarks: tuple[str, ...]  # private remarks, one per HOOKS entry
    gives: tuple[str, ...]
    takes: tuple[str, ...]
    follow_ups: tuple[str, ...]
    contact_note: str
    no_org: str
    no_topic: str


NOTE_WORDS = {
    "de": NoteWords(
        titles={
            "coffee": ("Kaffee mit {first}", "Cappuccino mit {first}", "Kaffee am Markt",
                       "Espresso nach der Arbeit"),
            "meal": ("Mittagessen mit {first}", "Abendessen mit {first}",
                     "Abendessen beim Italiener"),
            "call": ("Telefonat mit {first}", "Anruf bei {first}", "Kurzer Anruf wegen {topic}"),
            "video": ("Videocall mit {first}", "Zoom: {topic}"),
            "message": ("Nachricht über Xing", "LinkedIn-Nachricht", "E-Mail an {first}",
                        "Glückwunsch zum neuen Job"),
            "event": ("{event}",),
            "other": ("Zufällig getroffen", "Empfehlung weitergegeben"),
        },
        bodies=(
            "Wir haben über {topic} gesprochen. {first} plant gerade ein neues Projekt bei {org}.",
            "{first} erzählte von {topic}; spannende Parallelen zu meinem Thema. Straße wird "
            "umgebaut, deshalb später als geplant.",
            "Über {topic} und das Team bei {org} gesprochen. {first} sucht Leute für Vorträge.",
            "Kurzer Austausch zu {topic}. {first} fragt, ob ich jemanden für Barrierefreiheit "
            "kenne.",
            "Lange über {topic} geredet, dann über Urlaub in den Bergen. Sehr herzlich.",
            "{first} hat eine neue Rolle bei {org} – Glückwunsch! Wir wollen uns im Frühjahr "
            "wiedersehen.",
            "Über die Messe gesprochen und über {topic}. Kaffee war hervorragend.",
            "Kurz über {topic} ausgetauscht; {first} hat mir ein Buch übers Verhandeln empfohlen.",
        ),
        remarks=(
            "Fragt nach meinem Vortrag über {topic}", "Tochter kommt im Herbst in die Schule",
            "Läuft im Mai den Halbmarathon", "Interessiert sich für meine Notizen zu {topic}",
            "Sucht eine neue Wohnung in {city}", "Liebt Jazz – Konzerttipp schicken",
            "Plant ein Sabbatical",
        ),
        gives=("Artikel über {topic} geschickt", "Kontakt zu einer Agentur vermittelt",
               "Folien meines Vortrags geschickt", "Buchtipp gegeben"),
        takes=("Tipp für eine Ausschreibung bekommen", "Einführung bei {org}",
               "Rückmeldung zu meinem Lebenslauf bekommen", "Einladung zum Barcamp erhalten"),
        follow_ups=("Artikel zu {topic} schicken", "Kontakt zu Kollegin vermitteln",
                    "Gesprächsnotizen schicken", "Termin für Kaffee im Frühjahr vorschlagen",
                    "Für die Einladung bedanken"),
        contact_note="**{given}** mag {topic}. Trinkt Kaffee schwarz.",
        no_org="ihrem Büro",
        no_topic="Netzwerken",
    ),
    "en": NoteWords(
        titles={
            "coffee": ("Coffee with {first}", "Flat white with {first}", "Coffee at the market",
                       "Espresso after work"),
            "meal": ("Lunch with {first}", "Dinner with {first}", "Dinner at the Italian place"),
            "call": ("Call with {first}", "Phoned {first}", "Quick call about {topic}"),
            "video": ("Video call with {first}", "Zoom: {topic}"),
            "message": ("Message on Xing", "LinkedIn message", "E-mail to {first}",
                        "Congratulations on the new job"),
            "event": ("{event}",),
            "other": ("Ran into each other", "Passed on a recommendation"),
        },
        bodies=(
            "We talked about {topic}. {first} is planning a new project at {org}.",
            "{first} told me about {topic}; interesting parallels to my own field. Roadworks, "
            "so later than planned.",
            "Talked about {topic} and the team at {org}. {first} is looking for speakers.",
            "A short exchange about {topic}. {first} asks whether I know someone for "
            "accessibility.",
            "Talked about {topic} for a long time, then about holidays in the mountains. Very "
            "warm.",
            "{first} has a new role at {org} – congratulations! We want to meet again in "
            "spring.",
            "Talked about the fair and about {topic}. Excellent coffee.",
            "Quick catch-up about {topic}; {first} recommended a book on negotiation.",
        ),
        remarks=(
            "Asks about my talk on {topic}", "Daughter starts school in the autumn",
            "Running the half marathon in May", "Interested in my notes on {topic}",
            "Looking for a new flat in {city}", "Loves jazz – send a concert tip",
            "Planning a sabbatical",
        ),
        gives=("Sent an article on {topic}", "Put them in touch with an agency",
               "Sent the slides from my talk", "Recommended a book"),
        takes=("Got a tip about a call for tenders", "Introduction at {org}",
               "Got feedback on my CV", "Invited to the barcamp"),
        follow_ups=("Send the article on {topic}", "Put them in touch with a colleague",
                    "Send the meeting notes", "Suggest coffee in the spring",
                    "Say thanks for the invitation"),
        contact_note="**{given}** likes {topic}. Drinks coffee black.",
        no_org="their office",
        no_topic="networking",
    ),
}  # fmt: skip

# What the user would say to the person next time (du, Sie, English), one per remark
# above; "" where the remark holds nothing to say.
HOOKS = (
    ("deine Fragen zu {topic}", "Ihre Fragen zu {topic}", "your questions about {topic}"),
    ("die Einschulung deiner Tochter im Herbst", "die Einschulung Ihrer Tochter im Herbst",
     "your daughter starting school in the autumn"),
    ("dein Halbmarathon im Mai", "Ihr Halbmarathon im Mai", "your half marathon in May"),
    ("", "", ""),
    ("deine Wohnungssuche in {city}", "Ihre Wohnungssuche in {city}", "your flat hunt in {city}"),
    ("", "", ""),
    ("dein Sabbatical", "Ihr Sabbatical", "your sabbatical"),
)  # fmt: skip

EVENT_SERIES = (
    # name, months it happens in, tags, place
    ("Stammtisch Süd", (1, 4, 7, 10), ("Stammtisch Süd",), "Gasthaus zur Post, München"),
    ("Barcamp Köln", (6,), ("Barcamp-Orga", "Tech"), "Uni Köln"),
    ("re:publica", (5,), ("Medien", "Tech"), "Station Berlin"),
    ("Frankfurter Buchmesse", (10,), ("Medien", "Kultur"), "Messe Frankfurt"),
    ("dmexco", (9,), ("Medien", "Beratung"), "Koelnmesse"),
)
