"""More contact and calendar files as other apps export them (session 34): Android,
Thunderbird, Proton Mail, German Outlook's CSV, a contact shared from a messenger,
escaped name parts, Numbers' UTF-16, an Outlook invitation with reminders, files and
a 2 MB agenda. Each read through the import the window and ``netzjournal import``
use, and checked in the journal; what is not read is said."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import REPO

from netzjournal.interchange import ical_in
from netzjournal.interchange.importer import apply_import, plan_import, read_paths
from netzjournal.store.contacts import get_contact
from netzjournal.store.events import get_event, list_events
from netzjournal.store.records import Birthday

DATA = REPO / "tests" / "data"
WRITTEN = DATA / "contacts" / "vcard-written"
CSV = DATA / "contacts" / "csv"
INVITATIONS = DATA / "events" / "invitations"


def imported(journal, path):
    """The journal's contacts after importing ``path``, and the problems said."""
    read = read_paths([path])
    plan = plan_import(journal, read)
    # The newsletter cards these exports hold are left out by default (session 37:
    # test_import_real_files); taken in here, where how such a card is named is checked.
    plan.take_lists(True)
    outcome = apply_import(journal, plan)
    people = [get_contact(journal, i) for i in outcome.created]
    return people, [(p.line, p.code, dict(p.params)) for p in read.problems]


def channels(c, kind):
    return [(ch.value, ch.label) for ch in c.channels if ch.kind == kind]


def test_an_android_export_in_vcard_2_1(journal):
    """AOSP/Samsung "Export to .vcf": 2.1, QUOTED-PRINTABLE UTF-8 whose soft line
    breaks fall between the two bytes of an umlaut, custom labels as x-names
    (``TEL;X-Büro``), Android's own rows (``X-ANDROID-CUSTOM``: nickname, website,
    relation, an anniversary) and an unpadded base64 photo ended by a blank line.
    Before, the nickname and the website were lost and the relation and the
    anniversary went unsaid; the labels read "X-Büro"."""
    (joerg, ayse), problems = imported(journal, WRITTEN / "android-samsung-2.1.WRITTEN.vcf")
    assert problems == [(0, "unread_dates", {"count": "1"}),
                        (0, "unread_related", {"count": "1"}),
                        (0, "unread_street", {"count": "1"})]  # fmt: skip
    assert (joerg.given_name, joerg.family_name, joerg.nickname) == (
        "Jörg", "Müller-Lüdenscheidt", "Jö",
    )  # fmt: skip
    assert (joerg.organisation, joerg.role, joerg.city, joerg.birthday) == (
        "Rheinische Energie- und Wärmeversorgung Köln GmbH",
        "Leiter Geschäftskundenvertrieb", "Köln", Birthday(11, 23, 1979),
    )  # fmt: skip
    assert channels(joerg, "phone") == [("+49 170 1234567", "cell"),
                                        ("+49 221 98765-0", "work,pref")]  # fmt: skip
    assert joerg.notes.startswith("Kennengelernt beim Energiewende-Frühstück im Gürzenich.")
    assert "– größere Flächen, ältere Gebäude, schwierige Förderanträge." in joerg.notes
    assert (ayse.given_name, ayse.family_name) == ("Ayşe", "Öztürk")
    assert channels(ayse, "phone") == [("0176 55512345", "cell"), ("0211 4455", "Büro")]
    assert channels(ayse, "email") == [("ayse.oeztuerk@gmx.example", "Privat")]
    assert channels(ayse, "url") == [("https://gruenderinnen-duesseldorf.example", "")]


def test_thunderbirds_vcard_and_csv_give_the_same_person(journal, tmp_path):
    """Thunderbird's address book as vCard 4.0 (``VALUE=TEXT`` phones,
    ``X-MOZILLA-HTML``) and as German CSV ("Vorname", "Anzeigename", "Primäre
    E-Mail-Adresse", birthday in three columns, a note with a line break): the
    same Friederike; a card with only an address is named by it."""
    (tb, newsletter), problems = imported(journal, WRITTEN / "thunderbird-4.0.WRITTEN.vcf")
    assert problems == [(0, "unread_street", {"count": "1"})]
    assert (tb.title_prefix, tb.given_name, tb.family_name, tb.organisation, tb.department) == (
        "Dr.", "Friederike", "Krämer", "Albert-Ludwigs-Universität Freiburg", "Career Center",
    )  # fmt: skip
    assert (tb.role, tb.city, tb.birthday) == (
        "Referentin Alumni-Netzwerk", "Freiburg im Breisgau", Birthday(7, 4, 1981),
    )  # fmt: skip
    assert tb.notes == "Alumni-Abend im Mai, Vortrag zugesagt.\nMag keine Telefonate vor 10 Uhr."
    assert newsletter.display_name == "newsletter@messe-karlsruhe.example"

    from netzjournal.store.journal import Journal

    other = Journal.open(tmp_path / "csv.sqlite3")
    try:
        (csv, _, ole), problems = imported(other, CSV / "thunderbird__de-addressbook.WRITTEN.csv")
    finally:
        other.close()
    assert problems == [(0, "unread_columns", {"columns": "Dienstlich: Adresse, Dienstlich: PLZ"})]
    for field in ("given_name", "family_name", "organisation", "department", "role", "city",
                  "birthday", "notes"):  # fmt: skip
        assert getattr(csv, field) == getattr(tb, field), field
    assert [v for v, _ in channels(csv, "email")] == [v for v, _ in channels(tb, "email")]
    assert (ole.nickname, ole.organisation, ole.birthday) == (
        "Olli", "Hansen Werft, Kiel", Birthday(2, 29, None),
    )  # fmt: skip


def test_a_proton_mail_export(journal):
    """Proton's vCard 4.0: upper-case item groups (``ITEM1.EMAIL``) with its
    encryption settings and a folded PGP ``KEY`` beside, a card named in FN
    alone (kept as the shown name, as a CSV "Name" column is). The key and the
    ``X-PM-*`` settings are said as not read (they were skipped unsaid)."""
    (lukas, miriam), problems = imported(journal, WRITTEN / "proton-mail-export.WRITTEN.vcf")
    assert problems == [(0, "unread_keys", {"count": "1"}), (0, "unread_street", {"count": "1"})]
    assert (lukas.display_name, lukas.given_name, lukas.family_name) == ("Lukas Brenner", "", "")
    assert channels(lukas, "email") == [("lukas.brenner@proton.example", "pref"),
                                        ("l.brenner@datenschutz-nord.example", "work")]  # fmt: skip
    assert sorted(lukas.tags) == ["Datenschutz", "Konferenz"]
    assert (miriam.given_name, miriam.family_name, miriam.organisation, miriam.role) == (
        "Miriam", "Faßbender", "Faßbender Design", "Inhaberin",
    )  # fmt: skip
    assert (miriam.city, miriam.birthday, miriam.notes) == (
        "Hamburg", Birthday(4, 12, 1988), "Logo für den Stammtisch gemacht.",
    )  # fmt: skip


def test_keys_and_protons_settings_are_said_in_plain_cards_too(tmp_path):
    """Cards written plainly (LF, every head met before) are taken in one piece: a key
    and Proton's ``X-PM-*`` there are said as in the line-by-line reading."""
    card = ("BEGIN:VCARD\nVERSION:4.0\nFN:{0}\nITEM1.EMAIL:{1}@proton.example\n"
            "ITEM1.X-PM-ENCRYPT:true\nKEY:data:application/pgp-keys;base64,bWFp\n"
            "END:VCARD\n")  # fmt: skip
    path = tmp_path / "proton.vcf"
    names = ("Lukas Brenner", "Miriam Faßbender", "Jonas Ehlers")
    path.write_text("".join(card.format(n, n.split()[0].lower()) for n in names), "utf-8")
    read = read_paths([path])
    assert [c.display_name for c in read.contacts] == list(names)
    assert [(p.code, dict(p.params)) for p in read.problems] == [("unread_keys", {"count": "3"})]
    plain = tmp_path / "plain.vcf"
    plain.write_text(card.replace("ITEM1.X-PM-ENCRYPT:true\nKEY:data:application/pgp-keys;"
                                  "base64,bWFp\n", "").format("Ada", "ada"), "utf-8")  # fmt: skip
    assert read_paths([plain]).problems == []


def test_a_contact_shared_from_a_messenger_is_named_by_its_number(journal):
    """Signal and WhatsApp share a contact as a card with an empty N and FN and one
    TEL (``waid=``). Before, the journal named it "?"; now by its number."""
    (unnamed, tarek), problems = imported(journal, WRITTEN / "messenger-shared-contact.WRITTEN.vcf")
    assert problems == []
    assert unnamed.display_name == "+49 151 12345678"
    assert channels(unnamed, "phone") == [("+49 151 12345678", "Handy")]
    assert (tarek.given_name, channels(tarek, "phone")) == ("Tarek", [("+49 176 99887766", "cell")])


def test_escaped_commas_in_a_name_and_names_in_fn_only(journal):
    """``N:Schmidt\\, geb. Meyer;Anna\\, Maria;;Prof. Dr.;M.A.``: an escaped comma is
    text, not a list; a card without N keeps its FN as the shown name."""
    (anna, hans, elif_), problems = imported(
        journal, WRITTEN / "name-escapes-and-fn-only.WRITTEN.vcf"
    )
    assert problems == []
    assert (anna.title_prefix, anna.given_name, anna.family_name, anna.honorific_suffix) == (
        "Prof. Dr.", "Anna, Maria", "Schmidt, geb. Meyer", "M.A.",
    )  # fmt: skip
    assert (anna.organisation, anna.department) == ("Schmidt, Meyer & Partner", "Steuerberatung")
    assert (hans.display_name, hans.organisation) == (
        "Hans-Peter Krüger-Ebersbach", "Krüger Immobilien",
    )  # fmt: skip
    assert elif_.display_name == "Dr. Elif Demir"


def test_german_outlooks_csv_with_commas_and_notes_over_lines(journal):
    """Outlook's "Exportieren → Durch Trennzeichen getrennte Werte": Windows-1252,
    ``,``, every cell quoted, „Notizen“ over several lines (with an empty one),
    „Geburtstag“ 4.7.1968 and Outlook's empty date 0.0.00; the street, postcode and
    country are said as not read."""
    (baerbel, juergen), problems = imported(
        journal, CSV / "outlook-de__comma-windows-1252-notes.WRITTEN.csv"
    )
    assert problems == [(0, "unread_columns", {
        "columns": "Straße geschäftlich, Postleitzahl geschäftlich, Land/Region geschäftlich, "
                   "Jahrestag, Privat"})]  # fmt: skip
    assert (baerbel.salutation, baerbel.given_name, baerbel.family_name) == (
        "Frau", "Bärbel", "Groß-Schäfer",
    )  # fmt: skip
    assert (baerbel.organisation, baerbel.department, baerbel.role, baerbel.city) == (
        "Schäfer & Söhne Maschinenbau GmbH", "Einkauf", "Leiterin Einkauf", "Göppingen",
    )  # fmt: skip
    assert baerbel.birthday == Birthday(7, 4, 1968)
    assert channels(baerbel, "phone") == [("+49 171 4455667", "mobile"),
                                          ("+49 7161 60-0", "work")]  # fmt: skip
    assert baerbel.notes == (
        "Getroffen auf der AMB Stuttgart.\nWill Angebot bis Ende Oktober.\n\n"
        "„Bitte nicht vor 9 Uhr anrufen“ – sagt sie selbst."
    )
    assert sorted(baerbel.tags) == ["Kunden", "Messe 2026"]
    assert (juergen.family_name, juergen.city, juergen.birthday) == ("Weiß", "Ulm", None)


def test_a_numbers_table_in_utf16(journal):
    """Numbers on a Mac exports "Unicode (UTF-16)" with a byte-order mark."""
    (lea, soeren, zoe), problems = imported(journal, CSV / "mac-numbers__utf16-bom.WRITTEN.csv")
    assert problems == []
    assert (lea.given_name, lea.family_name, lea.organisation, lea.birthday) == (
        "Léa", "Dubois-Schäfer", "Atelier Lumière", Birthday(3, 12, 1990),
    )  # fmt: skip
    assert lea.notes == "Vernissage in Straßburg, Einladung für Herbst"
    assert (soeren.given_name, soeren.family_name) == ("Søren", "Kjærgaard")
    assert (zoe.family_name, channels(zoe, "phone")) == ("Ağaoğlu", [("0170 1112223", "")])


@pytest.mark.usefixtures("berlin_zone")
def test_an_invitation_with_reminders_files_and_a_long_agenda(journal):
    """Outlook's invitation with three VALARMs, two base64 ATTACH files and a link
    one, and a 2 MB description: the event is imported with its whole agenda, and
    the files it cannot keep are said (before: dropped unsaid)."""
    problems: list[tuple[str, str]] = []
    events = ical_in.read_events(INVITATIONS / "outlook-alarms-attachments-2mb.WRITTEN.ics",
                                 problems)  # fmt: skip
    ical_in.import_events(journal, events, "de", today=dt.date(2026, 12, 1))
    assert problems == [("Fachforum Wärmewende Stuttgart", "attachments")]
    found = {e.name: get_event(journal, e.id) for e in list_events(journal)}
    forum = found["Fachforum Wärmewende Stuttgart"]
    assert (forum.starts_on, forum.start_time, forum.end_time) == (
        dt.date(2027, 2, 4), dt.time(9, 30), dt.time(16, 30),
    )  # fmt: skip
    assert forum.place == "Haus der Wirtschaft, Willi-Bleicher-Straße 19, Stuttgart"
    assert len(forum.notes.encode()) > 1_900_000
    assert forum.notes.startswith("Tagesordnung Fachforum Wärmewende, Block 1: Fördermittel,")
    assert "Programm.pdf" not in forum.notes and "Erinnerung" not in forum.notes
    evening = found["Netzwerkabend nach dem Fachforum"]
    assert (evening.start_time, evening.notes) == (dt.time(18, 0), "Kurz und knapp.")


@pytest.mark.usefixtures("berlin_zone")
def test_the_events_page_shows_the_start_of_a_2_mb_agenda(qtbot, tmp_path):
    """The 2 MB DESCRIPTION was laid out whole in the event's page: importing and
    showing it froze the window for ten seconds. The page shows its start and says
    where the rest is; the editor has the whole text."""
    from uihelpers import events_page_after_importing

    from netzjournal.ui.events_tab.page import NOTES_SHOWN

    w, journal, page = events_page_after_importing(
        qtbot, tmp_path, INVITATIONS / "outlook-alarms-attachments-2mb.WRITTEN.ics"
    )
    pane = w.events_pane
    forum = next(e for e in list_events(journal) if e.name.startswith("Fachforum"))
    pane.select_key((forum.id, None))
    qtbot.waitUntil(lambda: page.occurrence.name == forum.name)
    shown = page.details.text()
    assert "Tagesordnung Fachforum Wärmewende, Block 1: Fördermittel" in shown
    assert len(shown) < 2 * NOTES_SHOWN
    assert shown.endswith("The notes go on: the whole text is under “Edit…”.")
    assert len(get_event(journal, forum.id).notes.encode()) > 1_900_000  # kept whole
    journal.close()
