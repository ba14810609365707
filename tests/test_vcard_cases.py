"""vCard bugs of issue 14, each on a file written for it (tests/data/contacts/vcard-written)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import vobject
from conftest import REPO, person

from netzjournal.interchange import writers
from netzjournal.interchange.importer import apply_import, card_uid, plan_import, read_paths
from netzjournal.interchange.vcard import read_vcards
from netzjournal.store.contacts import create_contact, get_contact
from netzjournal.store.journal import Journal
from netzjournal.store.records import Birthday, Channel

WRITTEN = REPO / "tests" / "data" / "contacts" / "vcard-written"


def read(name):
    return read_vcards((WRITTEN / name).read_bytes(), name)


def labelled(channels):
    return [(ch.value, ch.label) for ch in channels]


# -- reading --------------------------------------------------------------------------


def test_a_colon_inside_a_quoted_parameter_does_not_end_the_name():
    """#6: ``ADR;GEO="geo:…"`` kept the street as the city; ``TEL;TYPE="a:b"`` garbage."""
    result = read("colon-in-quoted-parameter.WRITTEN.vcf")
    (c,) = result.contacts
    assert c.city == "Berlin"
    assert labelled(c.phones) == [("+49 30 1234567", "a:b")]
    assert labelled(c.emails) == [("grete@example.org", "work,pref")]
    # (the street is not kept, and said: session 33)
    assert [p.code for p in result.problems] == ["unread_street"]


def test_an_unescaped_comma_in_org_is_text():
    """#7: ``ORG:Ximian, Inc.`` became ``Ximian  Inc.``; units after ';' are the department."""
    nat, miguel = read("org-unescaped-comma.WRITTEN.vcf").contacts
    assert nat.organisation == "Ximian, Inc." and nat.department == ""
    assert miguel.organisation == "Ximian, Inc." and miguel.department == "Mono, Gtk# Core"
    assert miguel.city == "Frankfurt, am Main"  # ADR components are text too


def test_utf16_without_a_byte_order_mark():
    """#8: UTF-16 without BOM came out as control characters."""
    (c,) = read("utf16-le-without-bom.WRITTEN.vcf").contacts
    assert (c.given_name, c.family_name, c.organisation) == (
        "Ǽgean",
        "ĽdaMonté",
        "Ölmühle Süd GmbH",
    )
    big_endian = (WRITTEN / "utf16-le-without-bom.WRITTEN.vcf").read_bytes().decode("utf-16-le")
    result = read_vcards(big_endian.encode("utf-16-be"), "be.vcf")
    assert [c.name for c in result.contacts] == ["Ǽgean ĽdaMonté"] and result.problems == []


def test_a_quoted_printable_soft_line_break_keeps_the_space_after_it():
    """#9: ``come=`` + `` to the aid`` read as ``cometo``."""
    (c,) = read("quoted-printable-soft-breaks.WRITTEN.vcf").contacts
    assert (c.given_name, c.family_name, c.display_name) == ("Jörg", "Müller", "Jörg Müller")
    assert c.notes == (
        "Now is the time for all good men to come to the aid of their party. Zeile\n"
        "zwei endet hier."
    )


def test_a_lone_cr_inside_a_value_does_not_cut_it():
    """#10 (reading side): in a file of LF lines a CR alone is content, not a line end."""
    (c,) = read("lone-cr-inside-a-note.WRITTEN.vcf").contacts
    assert c.notes == "erste Zeile\nzweite Zeile\ndritte Zeile"
    assert [e.value for e in c.emails] == ["carla@example.org"]


def test_a_2_1_base64_value_goes_on_over_unindented_lines():
    """A 2.1 photo's base64 on unindented lines up to a blank one (Outlook,
    FolkerKinzel.VCards): part of the photo — not ~a hundred "line without ':'"
    problems — and the properties after it are read; a stray line of text is said."""
    result = read("base64-unindented-2.1.WRITTEN.vcf")
    max_, erika = result.contacts
    assert (max_.name, max_.organisation) == ("Max Mustermann", "Musterfirma GmbH")
    assert [p.value for p in max_.phones] == ["+49 611 123456"]
    assert [e.value for e in max_.emails] == ["max@musterfirma.example"]
    assert erika.name == "Erika Musterfrau"
    assert [(p.line, p.code) for p in result.problems] == [(28, "line_without_colon")]


def test_nested_cards_are_people_of_their_own():
    """#17: the parent took the nested card's name and the nested people were lost."""
    result = read("nested-2.1-agent.WRITTEN.vcf")
    people = {c.name: c for c in result.contacts}
    assert [c.name for c in result.contacts] == [
        "Clara Chef", "Anton Assistenz", "Vera Vertretung", "Bert Boss", "Hanna Helfer",
    ]  # fmt: skip
    clara = people["Clara Chef"]
    assert (clara.family_name, clara.organisation) == ("Chef", "Reederei Nord")
    assert [p.value for p in clara.phones] == ["+49 40 111"]
    assert [e.value for e in clara.emails] == ["clara@example.org"]  # after the nested card
    assert [p.value for p in people["Anton Assistenz"].phones] == ["+49 40 222"]
    assert [e.value for e in people["Vera Vertretung"].emails] == ["vera@example.org"]
    assert [p.value for p in people["Hanna Helfer"].phones] == ["+49 89 333"]
    assert people["Bert Boss"].phones == []
    assert {p.code for p in result.problems} == {"nested_card"}


def test_labels_keep_dashes_underscores_non_ascii_and_case():
    """#18 (reading side): a TYPE or X-ABLabel is the person's label as written."""
    (c,) = read("labels-kept.WRITTEN.vcf").contacts
    assert labelled(c.phones) == [
        ("+49 221 1", "Büro"),
        ("+49 221 2", "zweit-handy,pref"),
        ("+49 221 3", "work"),
    ]
    assert labelled(c.emails) == [
        ("lina@example.org", "privat_alt"),
        ("lina@work.example", "Geschäftlich"),
    ]
    assert labelled(c.urls) == [("https://lina.example.org", "HomePage")]


# -- the import plan ------------------------------------------------------------------


def test_namesakes_are_created_and_only_the_same_card_is_skipped(journal):
    """#13: people with the same name and no e-mail or organisation were dropped."""
    plan = plan_import(journal, read_paths([WRITTEN / "namesakes.WRITTEN.vcf"]))
    assert [(r.action, r.contact.city, r.reason) for r in plan.rows] == [
        ("create", "Berlin", "a namesake in the files"),  # the first too
        ("create", "München", "a namesake in the files"),
        ("skip", "Berlin", "the same card twice in the files"),  # identical content
        ("create", "Hamburg", "a namesake in the files"),
        ("skip", "Hamburg", "the same card twice in the files"),  # same UID, edited
        ("create", "Hamburg", "a namesake in the files"),  # same content, another UID
    ]
    outcome = apply_import(journal, plan)
    assert len(outcome.created) == 4 and outcome.skipped == 2
    cities = sorted(get_contact(journal, i).city for i in outcome.created)
    assert cities == ["Berlin", "Hamburg", "Hamburg", "München"]
    uids = {get_contact(journal, i).uid for i in outcome.created}
    assert {"0b5e2f0e-6a47-4c55-9a65-7f3c1a2b9d01", "5d1c3c38-8a8e-4c0e-8d43-3b0a51f0c7aa"} < uids
    # Importing the file again: each card with a UID is recognised as its contact.
    again = plan_import(journal, read_paths([WRITTEN / "namesakes.WRITTEN.vcf"]))
    by_uid = [(r.action, r.reason) for r in again.rows if r.contact.uid]
    assert by_uid == [
        ("merge", "the same card"),
        ("skip", "the same card twice in the files"),
        ("merge", "the same card"),
    ]


def test_tags_that_differ_only_in_case_or_spacing_are_one(journal):
    """The import failed (UNIQUE constraint) on ``CATEGORIES:Presse,presse``."""
    data = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Pia Presse\r\n"
    data += (
        b"CATEGORIES:Presse,presse, PRESSE,Presse  K\xc3\xb6ln,presse k\xc3\xb6ln\r\nEND:VCARD\r\n"
    )
    outcome = apply_import(journal, plan_import(journal, read_vcards(data, "tags.vcf")))
    assert get_contact(journal, outcome.created[0]).tags == ["Presse", "Presse Köln"]


def test_card_uids_name_an_identity_or_nothing():
    assert card_uid("urn:uuid:0B5E2F0E-6A47-4C55-9A65-7F3C1A2B9D01") == (
        "0b5e2f0e-6a47-4c55-9a65-7f3c1a2b9d01"
    )
    assert card_uid(" 0b5e2f0e-6a47-4c55-9a65-7f3c1a2b9d01 ") == (
        "0b5e2f0e-6a47-4c55-9a65-7f3c1a2b9d01"
    )
    assert card_uid("c4a7@google.com") == "c4a7@google.com"
    assert card_uid("urn:netzjournal:contact:12") == ""  # row ids name nobody
    assert card_uid("two words") == card_uid("a;b") == card_uid("x" * 201) == ""


def test_the_old_row_id_uids_do_not_make_namesakes_one_card(journal):
    old = (
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Eva Alt\r\nN:Alt;Eva;;;\r\nADR:;;;{city};;;\r\n"
        "UID:urn:netzjournal:contact:7\r\nEND:VCARD\r\n"
    )
    data = (old.format(city="Kiel") + old.format(city="Jena")).encode()
    plan = plan_import(journal, read_vcards(data, "alt.vcf"))
    assert [r.action for r in plan.rows] == ["create", "create"]
    created = apply_import(journal, plan).created
    assert all(get_contact(journal, i).uid != "urn:netzjournal:contact:7" for i in created)


# -- writing and the round trip -------------------------------------------------------


def full_person(**kw):
    values = dict(
        salutation="Frau",
        title_prefix="Dr.",
        display_name="Dr. Ana Ö.",
        organisation="Straße; Söhne, KG",
        department="Vertrieb",
        role="Leiterin",
        hierarchy="head",
        city="Köln",
        birthday=Birthday(2, 29),
        source="linkedin",
        source_detail="über den Barcamp-Post",
        met_on=dt.date(2019, 5, 4),
        address_form="du",
        language="en",
        closeness=5,
        cadence_days=45,
        topics="Segeln, KI; Jazz",
        notes="Zeile 1\nZeile 2; mit, Zeichen \\ und Backslash",
        archived=True,
        tags=["Presse", "Köln", "a,b"],
        channels=[
            Channel("email", "ana@example.org", "work,pref"),
            Channel("email", "ana@privat.example", "privat_alt"),
            Channel("phone", "+49 221 1", "cell"),
            Channel("phone", "+49 221 2", "Büro"),
            Channel("phone", "+49 221 3", "zweit-handy"),
            Channel("phone", "+49 221 4", "voice"),
            Channel("phone", "+49 221 5", ""),
            Channel("url", "https://ana.example.org", "HomePage"),
            Channel("url", "https://www.xing.com/profile/Ana_O", "xing"),
        ],
    )
    values.update(kw)
    return person("Ana", "Ö", **values)


def comparable(rec):
    skip = {"id", "uid", "created_at", "updated_at", "channels"}
    values = {f.name: getattr(rec, f.name) for f in dataclasses.fields(rec) if f.name not in skip}
    values["tags"] = sorted(values["tags"])
    channels = {k: [(c.value, c.label) for c in rec.channels if c.kind == k] for k in "epu"}
    return values, channels


def test_export_then_import_loses_nothing(journal, tmp_path):
    """#19 and #18: Herr/Frau, source, connection date, netzjournal's own fields and
    every label come back; #12: the UID too."""
    a = create_contact(journal, full_person()).value
    b = create_contact(journal, person("Bo", "Berg")).value  # all defaults
    firm = create_contact(journal, person("", "", organisation="Pizza Nord")).value
    path = tmp_path / "export.vcf"
    path.write_text(writers.vcard([a, b, firm], private=True), encoding="utf-8", newline="")
    for card in vobject.readComponents(path.read_text(encoding="utf-8")):
        card.serialize()  # vobject reads and re-writes every card
    with Journal.open(tmp_path / "other.sqlite3") as other:
        read = read_paths([path])
        assert read.problems == []
        outcome = apply_import(other, plan_import(other, read))
        back = [get_contact(other, i) for i in outcome.created]
        assert [comparable(r) for r in back] == [comparable(a), comparable(b), comparable(firm)]
        assert [r.uid for r in back] == [a.uid, b.uid, firm.uid]
    # Into the same journal again: both recognised by UID, nothing new.
    plan = plan_import(journal, read_paths([path]))
    assert [(r.action, r.match_id, r.reason) for r in plan.rows] == [
        ("merge", a.id, "the same card"),
        ("merge", b.id, "the same card"),
        ("merge", firm.id, "the same card"),
    ]


def test_namesakes_survive_export_and_import(journal, tmp_path):
    """#13 on the app's own export: two Hans Müller without e-mail or organisation."""
    ids = [create_contact(journal, person("Hans", "Müller", city=c)).value.id
           for c in ("Berlin", "Bonn")]  # fmt: skip
    path = tmp_path / "export.vcf"
    cards = writers.vcard((get_contact(journal, i) for i in ids), private=True)
    path.write_text(cards, encoding="utf-8")
    again = plan_import(journal, read_paths([path]))
    assert [(r.action, r.match_id) for r in again.rows] == [("merge", ids[0]), ("merge", ids[1])]
    with Journal.open(tmp_path / "other.sqlite3") as other:
        plan = plan_import(other, read_paths([path]))
        assert [r.action for r in plan.rows] == ["create", "create"]
        created = apply_import(other, plan).created
        assert sorted(get_contact(other, i).city for i in created) == ["Berlin", "Bonn"]


def test_a_lone_cr_is_written_as_a_line_break(journal):
    """#10: the export wrote a lone CR raw; vobject failed and re-import cut the note."""
    c = create_contact(
        journal, person("Carla", "Return", notes="eins\rzwei\r\ndrei\nvier", role="A\rB")
    ).value
    text = writers.vcard([c], private=True)
    assert "\r" not in text.replace("\r\n", "")
    (card,) = vobject.readComponents(text)
    assert card.note.value == "eins\nzwei\ndrei\nvier"
    (back,) = read_vcards(text.encode()).contacts
    assert back.notes == "eins\nzwei\ndrei\nvier" and back.title == "A\nB"


def test_an_unknown_own_value_is_reported_not_stored():
    data = (
        b"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Xaver\r\nX-NETZJOURNAL-CLOSENESS:9\r\n"
        b"X-NETZJOURNAL-LANGUAGE:EN\r\nX-NETZJOURNAL-MET-ON:gestern\r\nEND:VCARD\r\n"
    )
    result = read_vcards(data, "x.vcf")
    (c,) = result.contacts
    assert c.own == {"language": "en"}
    assert [(p.code, dict(p.params)["name"]) for p in result.problems] == [
        ("bad_value", "X-NETZJOURNAL-CLOSENESS"),
        ("bad_value", "X-NETZJOURNAL-MET-ON"),
    ]
    assert c.to_record().closeness == 3


def test_apple_social_profiles_are_kept_as_profile_links():
    """iPhone and Mac contacts keep LinkedIn and XING profiles as X-SOCIALPROFILE
    (vCard 4.0 extensions, RFC 9554: SOCIALPROFILE): they were dropped without a word,
    the profile a networker needs most. One that is no web address ("x-apple:jk")
    is not a link."""
    path = WRITTEN / "apple-social-profiles.WRITTEN.vcf"
    result = read_paths([path])
    assert result.problems == []
    jonas, lea = result.contacts
    assert [(u.value, u.label) for u in jonas.urls] == [
        ("https://www.linkedin.com/in/jonaskeller", "linkedin"),
        ("https://www.xing.com/profile/Jonas_Keller", "xing"),
        ("https://twitter.com/jkeller", "twitter"),
        ("https://keller-consulting.example", "HomePage"),
    ]
    assert [(u.value, u.label) for u in lea.urls] == [
        ("https://www.linkedin.com/in/leabrandt", "linkedin")
    ]


# -- messengers (IMPP) -----------------------------------------------------------------

MESSENGERS = {
    "Jonas Keller": [("jonas.keller", "skype"), ("jonas@jabber.example", "xmpp"),
                     ("jonas.keller.1", "facebook"), ("+49 170 5550123", "whatsapp")],
    "Lea Brandt": [("lea.brandt", "skype"), ("lea@jabber.example", "xmpp"),
                   ("123456789", "icq"), ("lea.brandt@gmail.example", "xmpp")],
    "Mira Sommer": [("mira@chat.example", "xmpp"), ("@mira:matrix.example", "matrix"),
                    ("mira.sommer@voip.example", "sip"), ("MiraS", "aim"),
                    ("irc.libera.example/mira", "irc")],
}  # fmt: skip


def _messengers(record) -> list[tuple[str, str]]:
    return [(ch.value, ch.label) for ch in record.channels if ch.kind == "messenger"]


def test_messengers_are_read_from_impp_and_the_older_properties(journal):
    """IMPP (Apple's with X-SERVICE-TYPE, vCard 4.0's), X-SKYPE, X-JABBER, X-ICQ …
    were dropped: the journal had no kind for them. Each is a messenger now, its
    service the label, a handle said twice (IMPP and X-SKYPE) once."""
    result = read_paths([WRITTEN / "messengers.WRITTEN.vcf"])
    assert result.problems == []
    got = {c.name: _messengers(c.to_record()) for c in result.contacts}
    assert got == MESSENGERS
    outcome = apply_import(journal, plan_import(journal, result))
    kept = {get_contact(journal, i).name: get_contact(journal, i) for i in outcome.created}
    assert {name: _messengers(c) for name, c in kept.items()} == MESSENGERS


def test_messengers_go_out_as_impp_and_come_back_as_they_were(journal):
    """The vCard export writes IMPP with the service named as Apple does; a vCard and
    a CSV export read back give the same messengers; vobject reads the export too."""
    result = read_paths([WRITTEN / "messengers.WRITTEN.vcf"])
    outcome = apply_import(journal, plan_import(journal, result))
    people = [get_contact(journal, i) for i in outcome.created]
    text = writers.vcard(people, private=True)
    lines = text.split("\r\n")
    assert "IMPP;X-SERVICE-TYPE=Skype:skype:jonas.keller" in lines
    assert "IMPP;X-SERVICE-TYPE=WhatsApp:x-apple:+49 170 5550123" in lines
    assert "IMPP;X-SERVICE-TYPE=Matrix:matrix:u/mira:matrix.example" in lines
    assert not [line for line in lines if line.startswith("X-SKYPE")]
    again = read_vcards(text.encode("utf-8"), "export.vcf")
    assert again.problems == []
    assert {c.name: _messengers(c.to_record()) for c in again.contacts} == MESSENGERS
    parsed = list(vobject.readComponents(text))
    assert [len(card.contents.get("impp", [])) for card in parsed] == [4, 4, 5]
    from netzjournal.interchange.csv_in import read_csv

    table = read_csv(writers.csv_text(people, private=True).encode("utf-8"), "export.csv")
    assert table.problems == []
    assert {c.name: _messengers(c.to_record()) for c in table.contacts} == MESSENGERS
