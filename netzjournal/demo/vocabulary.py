"""Word lists for the demo generator: names, companies, roles, topics."""

from __future__ import annotations

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

TITLES = {
    "coffee": (
        "Kaffee mit {first}", "Coffee with {first}", "Kaffee am Markt", "Espresso nach der Arbeit",
    ),
    "meal": ("Mittagessen mit {first}", "Lunch with {first}", "Abendessen beim Italiener"),
    "call": ("Telefonat mit {first}", "Call with {first}", "Kurzer Anruf wegen {topic}"),
    "video": ("Videocall mit {first}", "Zoom: {topic}"),
    "message": (
        "Nachricht über Xing", "LinkedIn-Nachricht", "E-Mail an {first}",
        "Glückwunsch zum neuen Job",
    ),
    "event": ("{event}",),
    "other": ("Zufällig getroffen", "Empfehlung weitergegeben"),
}  # fmt: skip

BODIES = (
    "Wir haben über {topic} gesprochen. {first} plant gerade ein neues Projekt bei {org}.",
    "{first} erzählte von {topic}; spannende Parallelen zu meinem Thema. Straße wird umgebaut, "
    "deshalb später als geplant.",
    "Talked about {topic} and the team at {org}. {first} is looking for speakers.",
    "Kurzer Austausch zu {topic}. {first} fragt, ob ich jemanden für Barrierefreiheit kenne.",
    "Lange über {topic} geredet, dann über Urlaub in den Bergen. Sehr herzlich.",
    "{first} hat eine neue Rolle bei {org} – Glückwunsch! Wir wollen uns im Frühjahr wiedersehen.",
    "Über die Messe gesprochen und über {topic}. Kaffee war hervorragend.",
    "Quick catch-up about {topic}; {first} recommended a book on negotiation.",
)
# A private remark, and what the user would say to the person next time
# (du, Sie, English); "" where the remark holds nothing to say.
HOOKS = (
    ("Fragt nach meinem Vortrag über {topic}", "deine Fragen zu {topic}",
     "Ihre Fragen zu {topic}", "your questions about {topic}"),
    ("Tochter kommt im Herbst in die Schule", "die Einschulung deiner Tochter im Herbst",
     "die Einschulung Ihrer Tochter im Herbst", "your daughter starting school in the autumn"),
    ("Läuft im Mai den Halbmarathon", "dein Halbmarathon im Mai", "Ihr Halbmarathon im Mai",
     "your half marathon in May"),
    ("Interested in my notes on {topic}", "", "", ""),
    ("Sucht eine neue Wohnung in {city}", "deine Wohnungssuche in {city}",
     "Ihre Wohnungssuche in {city}", "your flat hunt in {city}"),
    ("Liebt Jazz – Konzerttipp schicken", "", "", ""),
    ("Plant ein Sabbatical", "dein Sabbatical", "Ihr Sabbatical", "your sabbatical"),
)  # fmt: skip
GIVES = (
    "Artikel über {topic} geschickt",
    "Kontakt zu einer Agentur vermittelt",
    "Sent the slides from my talk",
    "Buchtipp gegeben",
)
TAKES = (
    "Tipp für eine Ausschreibung bekommen",
    "Einführung bei {org}",
    "Got feedback on my CV",
    "Einladung zum Barcamp erhalten",
)
FOLLOW_UPS = (
    "Artikel zu {topic} schicken",
    "Kontakt zu Kollegin vermitteln",
    "Send the meeting notes",
    "Termin für Kaffee im Frühjahr vorschlagen",
    "Für die Einladung bedanken",
)

EVENT_SERIES = (
    # name, months it happens in, tags, place
    ("Stammtisch Süd", (1, 4, 7, 10), ("Stammtisch Süd",), "Gasthaus zur Post, München"),
    ("Barcamp Köln", (6,), ("Barcamp-Orga", "Tech"), "Uni Köln"),
    ("re:publica", (5,), ("Medien", "Tech"), "Station Berlin"),
    ("Frankfurter Buchmesse", (10,), ("Medien", "Kultur"), "Messe Frankfurt"),
    ("dmexco", (9,), ("Medien", "Beratung"), "Koelnmesse"),
)
