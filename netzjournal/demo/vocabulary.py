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
# An English journal's English-speaking majority: drawn where a German journal draws
# its German names, so from lists as long (a draw's use of the random stream depends
# on the list's length: the same draws, the same journal in either language).
GIVEN_EN_F = (
    "Alice", "Chloe", "Emily", "Grace", "Isla", "Kate", "Mia", "Olivia", "Priya", "Sophie",
    "Zara", "Amelia", "Charlotte", "Eleanor", "Freya", "Hannah", "Imogen", "Jessica", "Lucy",
    "Maya", "Naomi", "Rachel", "Ruby", "Sarah", "Tessa", "Victoria", "Aisha",
)  # fmt: skip
GIVEN_EN_M = (
    "Ben", "David", "Frank", "Harry", "Jack", "Liam", "Noah", "Rory", "Tom", "Adam", "Callum",
    "Daniel", "Edward", "Finn", "George", "Henry", "Isaac", "James", "Kieran", "Luke",
    "Matthew", "Oliver", "Patrick", "Samuel", "Theo", "William",
)  # fmt: skip
FAMILY_EN_ALL = (
    "Smith", "O'Brien", "Taylor", "Brown", "Walker", "Patel", "Evans", "Hughes", "Clarke",
    "Murphy", "Wright", "Hall", "Green", "Baker", "Khan", "Johnson", "Williams", "Jones",
    "Davies", "Wilson", "Thomas", "Roberts", "Robinson", "Thompson", "White", "Edwards", "Wood",
    "Harris", "Martin", "Jackson", "Cooper", "Kelly", "Morgan", "Ali", "Nguyen",
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
    "executive": ("Geschäftsführerin", "Geschäftsführer", "Vorstandsvorsitzender", "Vorständin",
                  "Geschäftsführende Gesellschafterin"),
    "head": ("Leiterin Marketing", "Leiter Vertrieb", "Produktleiterin", "Chefredakteurin",
             "Leiter IT", "Personalleiterin"),
    "lead": ("Teamleiterin Content", "Teamleiter Entwicklung", "Projektleiterin",
             "Leitende Designerin"),
    "specialist": ("Redakteurin", "Entwickler", "UX-Designerin", "Datenanalystin",
                   "Pressereferent", "Beraterin", "Fotograf", "Social-Media-Managerin"),
    "other": ("Freiberufliche Journalistin", "Karriereberater", "Studentin", "Gründer"),
}  # fmt: skip

TOPICS = (
    "Telearbeit", "KI im Journalismus", "Barrierefreiheit", "Open-Source-Software",
    "Nachhaltigkeit", "Datenschutz", "Podcasts", "Arbeitskultur", "Stadtentwicklung",
    "Fahrradpolitik", "Gründung", "Coaching", "Nutzerforschung", "Personalmarketing",
    "Kaffeeröstung", "Bergwandern", "Fußball", "Jazz", "Typografie", "Elternzeit",
)  # fmt: skip
CIRCLES = ("Stammtisch Süd", "Barcamp-Orga", "Alumni Uni Köln", "Frauen in Tech", "Verband DJV")

# Where a meeting of each kind took place: a call or a message has no place (a call
# "at" a café read as made up). Drawn as one index into ten, whatever the kind, so
# that the same draws give the same journal.
PLACE_DRAWS = 10
PLACES = {
    "coffee": ("Café Kranzler", "Kaffeerösterei am Markt", "Coworking Space Mitte",
               "Hotel-Lobby", "Café im Literaturhaus"),
    "meal": ("Trattoria da Enzo", "Biergarten am See", "Markthalle Neun",
             "Restaurant Hafenblick"),
    "video": ("Zoom", "Teams"),
    "call": ("",),
    "message": ("",),
    "other": ("Hauptbahnhof", "Messehalle 3", "Coworking Space Mitte", "Stadtbibliothek",
              "Hotel-Lobby"),
}  # fmt: skip


# Minutes a meeting of each kind takes, six each (one draw of six, whatever the kind).
DURATIONS: dict[str, tuple[int, ...]] = {
    "call": (10, 15, 15, 20, 30, 45),
    "video": (30, 30, 45, 45, 60, 60),
    "coffee": (30, 45, 45, 60, 60, 90),
    "meal": (60, 75, 90, 90, 120, 120),
    "event": (90, 120, 120, 150, 180, 180),
    "other": (10, 15, 20, 30, 30, 45),
}


@dataclass(frozen=True)
class NoteWords:
    """What the user writes in their notes, in the interface's language: a German
    journal got "Coffee with Gülşen" and "Quick catch-up about …" among its German
    notes. Each list is as long in either language (the same draws, the same journal)."""

    titles: dict[str, tuple[str, ...]]
    bodies: tuple[str, ...]  # of a meeting (a call or video call too)
    # of a message, by its direction: as long as ``bodies`` (one draw for either)
    message_bodies: dict[str, tuple[str, ...]]
    remarks: tuple[str, ...]  # private remarks, one per HOOKS entry
    gives: tuple[str, ...]
    takes: tuple[str, ...]
    follow_ups: tuple[str, ...]
    contact_note: str
    no_org: str
    no_topic: str
    spoke_briefly: str  # an attendance's note: there, spoke briefly, no note written


NOTE_WORDS = {
    "de": NoteWords(
        titles={
            "coffee": ("Kaffee mit {first}", "Cappuccino mit {first}",
                       "Kaffee in der Mittagspause", "Espresso nach der Arbeit"),
            "meal": ("Mittagessen mit {first}", "Abendessen mit {first}",
                     "Abendessen nach dem Vortrag"),
            "call": ("Telefonat mit {first}", "Anruf bei {first}", "Kurzer Anruf wegen {topic}"),
            "video": ("Videocall mit {first}", "Online: {topic}"),
            # titles any message's text fits (a "congratulations" title over a thank-you
            # read as two stories)
            "message": ("Nachricht über Xing", "LinkedIn-Nachricht", "E-Mail an {first}",
                        "Nachricht an {first}"),
            # an answer or a message from them: as many titles as the ones one sends
            "message_inbound": ("Nachricht über Xing", "LinkedIn-Nachricht",
                                "E-Mail von {first}", "Antwort von {first}"),
            "event": ("{event}",),
            "other": ("Zufällig getroffen", "Empfehlung weitergegeben"),
        },
        bodies=(
            "Wir haben über {topic} gesprochen. {first} plant gerade ein neues Projekt bei {org}.",
            "{first} erzählte von {topic}; spannende Parallelen zu meinem Thema.",
            "Über {topic} und das Team bei {org} gesprochen. {first} sucht Leute für Vorträge.",
            "Kurzer Austausch zu {topic}. {first} fragt, ob ich jemanden für Barrierefreiheit "
            "kenne.",
            "Lange über {topic} geredet, dann über Urlaub in den Bergen. Sehr herzlich.",
            "{first} hat eine neue Rolle bei {org} – Glückwunsch! Wir wollen uns im Frühjahr "
            "wiedersehen.",
            "Über die Messe gesprochen und über {topic}.",
            "Kurz über {topic} ausgetauscht; {first} hat mir ein Buch übers Verhandeln empfohlen.",
        ),
        message_bodies={
            "inbound": (
                "{first} schreibt, bei {org} startet ein neues Projekt zu {topic}.",
                "Kurze Nachricht zu {topic}; {first} schickt den Link zum Vortrag.",
                "{first} fragt, ob ich im Frühjahr Zeit für einen Kaffee habe.",
                "Nachricht zu {topic}. {first} sucht jemanden für Barrierefreiheit.",
                "{first} gratuliert mir zum Vortrag über {topic}.",
                "{first} hat eine neue Rolle bei {org} und schreibt, wie es läuft.",
                "{first} schickt Links zu {topic}.",
                "{first} empfiehlt mir ein Buch übers Verhandeln.",
            ),
            "outbound": (
                "{first} gefragt, wie das neue Projekt bei {org} läuft.",
                "{first} den Link zu meinem Vortrag über {topic} geschickt.",
                "{first} gefragt, ob im Frühjahr Zeit für einen Kaffee ist.",
                "{first} jemanden für Barrierefreiheit empfohlen.",
                "{first} zum Vortrag über {topic} gratuliert.",
                "{first} zur neuen Rolle bei {org} gratuliert.",
                "{first} Links zu {topic} geschickt.",
                "{first} für den Buchtipp gedankt.",
            ),
        },
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
        spoke_briefly="kurz gesprochen",
    ),
    "en": NoteWords(
        titles={
            "coffee": ("Coffee with {first}", "Flat white with {first}",
                       "Coffee in the lunch break", "Espresso after work"),
            "meal": ("Lunch with {first}", "Dinner with {first}", "Dinner after the talk"),
            "call": ("Call with {first}", "Phoned {first}", "Quick call about {topic}"),
            "video": ("Video call with {first}", "Online: {topic}"),
            "message": ("Message on Xing", "LinkedIn message", "E-mail to {first}",
                        "Message to {first}"),
            "message_inbound": ("Message on Xing", "LinkedIn message", "E-mail from {first}",
                                "Reply from {first}"),
            "event": ("{event}",),
            "other": ("Ran into each other", "Passed on a recommendation"),
        },
        bodies=(
            "We talked about {topic}. {first} is planning a new project at {org}.",
            "{first} told me about {topic}; interesting parallels to my own field.",
            "Talked about {topic} and the team at {org}. {first} is looking for speakers.",
            "A short exchange about {topic}. {first} asks whether I know someone for "
            "accessibility.",
            "Talked about {topic} for a long time, then about holidays in the mountains. Very "
            "warm.",
            "{first} has a new role at {org} – congratulations! We want to meet again in "
            "spring.",
            "Talked about the fair and about {topic}.",
            "Quick catch-up about {topic}; {first} recommended a book on negotiation.",
        ),
        message_bodies={
            "inbound": (
                "{first} writes that {org} is starting a new project on {topic}.",
                "A short message about {topic}; {first} sends the link to the talk.",
                "{first} asks whether I have time for coffee in the spring.",
                "A message about {topic}. {first} is looking for someone for accessibility.",
                "{first} congratulates me on my talk about {topic}.",
                "{first} has a new role at {org} and writes how it is going.",
                "{first} sends links about {topic}.",
                "{first} recommends a book on negotiation.",
            ),
            "outbound": (
                "Asked {first} how the new project at {org} is going.",
                "Sent {first} the link to my talk on {topic}.",
                "Asked {first} about coffee in the spring.",
                "Recommended someone for accessibility to {first}.",
                "Congratulated {first} on the talk about {topic}.",
                "Congratulated {first} on the new role at {org}.",
                "Sent {first} links about {topic}.",
                "Thanked {first} for the book tip.",
            ),
        },
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
        spoke_briefly="spoke briefly",
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

# The English demo is an English-speaking networker's journal: what they type
# themselves (tags, topics, roles, places, the cities' English names) is in English.
# Proper names stay (companies, cafés, "Stammtisch Süd", "Koelnmesse"). Looked up
# after the draws, so both languages draw alike. The German lists hold German words
# only (a German journal read "Head of Product", "UX Research", "Remote Work"): each
# has its English one here, so that the English journal is as it was.
ENGLISH = {
    # tags: fields and circles
    "Medien": "Media", "Beratung": "Consulting", "Finanzen": "Finance", "Energie": "Energy",
    "Gesundheit": "Health", "Logistik": "Logistics", "Kultur": "Culture",
    "Verwaltung": "Public sector", "Tourismus": "Tourism", "Bildung": "Education",
    "Barcamp-Orga": "Barcamp organisers", "Alumni Uni Köln": "Cologne University alumni",
    "Frauen in Tech": "Women in Tech", "Verband DJV": "Journalists' union",
    # topics (in a sentence, a lower-case first letter: "talked about remote work")
    "Telearbeit": "Remote work", "Open-Source-Software": "Open source",
    "Arbeitskultur": "New ways of working", "Podcasts": "Podcasting",
    "Nutzerforschung": "UX research", "Personalmarketing": "Employer branding",
    "KI im Journalismus": "AI in journalism", "Barrierefreiheit": "Accessibility",
    "Nachhaltigkeit": "Sustainability", "Datenschutz": "Data protection",
    "Stadtentwicklung": "Urban development", "Fahrradpolitik": "Cycling policy",
    "Gründung": "Starting a business", "Kaffeeröstung": "Coffee roasting",
    "Bergwandern": "Hiking", "Fußball": "Football", "Typografie": "Typography",
    "Elternzeit": "Parental leave",
    # roles
    "Geschäftsführerin": "Managing Director", "Geschäftsführer": "Managing Director",
    "Vorstandsvorsitzender": "CEO", "Geschäftsführende Gesellschafterin": "Managing Director",
    "Vorständin": "Board member", "Produktleiterin": "Head of Product",
    "Personalleiterin": "Head of People", "Leitende Designerin": "Lead Designer",
    "Datenanalystin": "Data Scientist", "Karriereberater": "Coach",
    "Leiterin Marketing": "Head of Marketing",
    "Leiter Vertrieb": "Head of Sales", "Chefredakteurin": "Editor-in-chief",
    "Leiter IT": "Head of IT", "Teamleiterin Content": "Content Team Lead",
    "Teamleiter Entwicklung": "Engineering Team Lead", "Projektleiterin": "Project Manager",
    "Redakteurin": "Editor", "Entwickler": "Developer", "UX-Designerin": "UX Designer",
    "Pressereferent": "Press Officer", "Beraterin": "Consultant", "Fotograf": "Photographer",
    "Social-Media-Managerin": "Social Media Manager",
    "Freiberufliche Journalistin": "Freelance journalist", "Studentin": "Student",
    "Gründer": "Founder",
    # places and cities
    "Kaffeerösterei am Markt": "Coffee roastery at the market",
    "Hotel-Lobby": "Hotel lobby", "Café im Literaturhaus": "Literaturhaus café",
    "Biergarten am See": "Beer garden by the lake",
    "Hauptbahnhof": "Central station", "Messehalle 3": "Exhibition hall 3",
    "Stadtbibliothek": "City library", "München": "Munich", "Köln": "Cologne",
    "Wien": "Vienna", "Zürich": "Zurich", "Uni Köln": "University of Cologne",
    "Gasthaus zur Post, München": "Gasthaus zur Post, Munich",
    "Biergarten am Chinesischen Turm, München": "Biergarten am Chinesischen Turm, Munich",
    "Frankfurter Buchmesse": "Frankfurt Book Fair",
}  # fmt: skip

EVENT_SERIES = (
    # name, months it happens in, tags, place
    ("Stammtisch Süd", (1, 4, 7, 10), ("Stammtisch Süd",), "Gasthaus zur Post, München"),
    ("Barcamp Köln", (6,), ("Barcamp-Orga", "Tech"), "Uni Köln"),
    ("re:publica", (5,), ("Medien", "Tech"), "Station Berlin"),
    ("Frankfurter Buchmesse", (10,), ("Medien", "Kultur"), "Messe Frankfurt"),
    ("dmexco", (9,), ("Medien", "Beratung"), "Koelnmesse"),
)

# A topic or city as the English journal has it, in German: for a line said to a
# German speaker there ("Ihre Fragen zu Telearbeit", not "… zu remote work").
GERMAN = {
    ENGLISH[w]: w
    for w in (*TOPICS, *(city for _org, city, _field in COMPANIES), *FREELANCE_CITIES)
    if w in ENGLISH
}
