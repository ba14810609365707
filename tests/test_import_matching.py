"""Import: introductions travel by UID, archived contacts are found again, tags are one
whatever their case (as bulk loading and the editor both fold them)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import person

from netzjournal.interchange.exports import export_bytes
from netzjournal.interchange.importer import (
    SAME_NAME_ORGANISATION_IN_FILES,
    apply_import,
    plan_import,
    read_paths,
    undo_import,
)
from netzjournal.store.catalog import list_tags
from netzjournal.store.contacts import create_contact, get_contact, set_archived, update_contact
from netzjournal.store.journal import Journal
from netzjournal.store.listings import contact_uids
from netzjournal.store.records import Channel

TODAY = dt.date(2026, 11, 1)


def mailed(given: str, family: str, address: str, **kw: object):
    return person(given, family, channels=[Channel("email", address)], **kw)


def _import(j: Journal, path: Path):
    plan = plan_import(j, read_paths([path]))
    return plan, apply_import(j, plan)


def _by_name(j: Journal) -> dict[str, int]:
    return {get_contact(j, cid).name: cid for cid in contact_uids(j).values()}


def _export(j: Journal, tmp_path: Path, name: str = "out.vcf") -> Path:
    path = tmp_path / name
    path.write_bytes(export_bytes(j, "vcf", sorted(contact_uids(j).values()), TODAY, private=True))
    return path


def test_introductions_survive_export_and_import(journal, tmp_path):
    carla = create_contact(journal, person("Carla", "Zuletzt")).value
    anna = create_contact(journal, person("Anna", "Alt")).value
    ben = create_contact(journal, person("Ben", "Berg", introduced_by=anna.id)).value
    carla.introduced_by = ben.id  # introduced by someone whose card comes later in the file
    update_contact(journal, carla)
    path = _export(journal, tmp_path)
    text = path.read_text(encoding="utf-8")
    assert f"X-NETZJOURNAL-INTRODUCED-BY:urn:uuid:{anna.uid}" in text

    with Journal.open(tmp_path / "other.sqlite3") as other:
        create_contact(other, person("Platz", "Halter"))  # so that row ids differ
        _, outcome = _import(other, path)
        assert len(outcome.created) == 3
        ids = _by_name(other)
        assert get_contact(other, ids["Ben Berg"]).introduced_by == ids["Anna Alt"]
        assert get_contact(other, ids["Carla Zuletzt"]).introduced_by == ids["Ben Berg"]
        assert get_contact(other, ids["Anna Alt"]).introduced_by is None


def test_a_merged_contact_gains_an_introducer_from_the_files_but_keeps_its_own(journal, tmp_path):
    anna = create_contact(journal, person("Anna", "Alt")).value
    ben = create_contact(
        journal, mailed("Ben", "Berg", "ben@example.org", introduced_by=anna.id)
    ).value
    dora = create_contact(
        journal, mailed("Dora", "Dach", "dora@example.org", introduced_by=anna.id)
    ).value
    path = _export(journal, tmp_path)
    with Journal.open(tmp_path / "other.sqlite3") as other:
        eva = create_contact(other, person("Eva", "Erste")).value
        # The same people by e-mail (no UID in common); Dora already has an introducer.
        ben2 = create_contact(other, mailed("Ben", "Berg", "ben@example.org")).value
        dora2 = create_contact(
            other, mailed("Dora", "Dach", "dora@example.org", introduced_by=eva.id)
        ).value
        plan, outcome = _import(other, path)
        assert {(r.contact.name, r.action) for r in plan.rows} == {
            ("Anna Alt", "create"), ("Ben Berg", "merge"), ("Dora Dach", "merge")}  # fmt: skip
        new_anna = _by_name(other)["Anna Alt"]
        assert get_contact(other, ben2.id).introduced_by == new_anna
        assert get_contact(other, dora2.id).introduced_by == eva.id
        undo_import(other, outcome)
        assert get_contact(other, ben2.id).introduced_by is None
    assert (ben.introduced_by, dora.introduced_by) == (anna.id, anna.id)


def test_an_introducer_outside_the_export_is_left_out(journal, tmp_path):
    anna = create_contact(journal, person("Anna", "Alt")).value
    ben = create_contact(journal, person("Ben", "Berg", introduced_by=anna.id)).value
    path = tmp_path / "ben.vcf"
    path.write_bytes(export_bytes(journal, "vcf", [ben.id], TODAY, private=True))
    with Journal.open(tmp_path / "other.sqlite3") as other:
        _, outcome = _import(other, path)
        (created,) = outcome.created
        assert get_contact(other, created).introduced_by is None


def _card(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "card.vcf"
    path.write_text(f"BEGIN:VCARD\r\nVERSION:3.0\r\n{body}END:VCARD\r\n", encoding="utf-8")
    return path


def test_duplicates_by_e_mail_and_name_find_archived_contacts(journal, tmp_path):
    gone = create_contact(
        journal, mailed("Gerd", "Gegangen", "gerd@example.org", organisation="Alt AG")
    ).value
    set_archived(journal, [gone.id], True)
    by_mail = plan_import(journal, read_paths([_card(
        tmp_path, "FN:G Gegangen\r\nN:Gegangen;G;;;\r\nEMAIL:GERD@example.org\r\n")]))  # fmt: skip
    assert [(r.action, r.match_id) for r in by_mail.rows] == [("merge", gone.id)]
    by_name = plan_import(journal, read_paths([_card(
        tmp_path, "FN:Gerd Gegangen\r\nN:Gegangen;Gerd;;;\r\nORG:Alt AG\r\n")]))  # fmt: skip
    assert [(r.action, r.match_id) for r in by_name.rows] == [("merge", gone.id)]
    namesake = plan_import(journal, read_paths([_card(
        tmp_path, "FN:Gerd Gegangen\r\nN:Gegangen;Gerd;;;\r\nORG:Neu GmbH\r\n")]))  # fmt: skip
    assert [(r.action, r.match_id, r.reason) for r in namesake.rows] == [
        ("create", gone.id, "a similar name exists")]  # fmt: skip


def test_an_address_in_use_wins_over_an_archived_one(journal, tmp_path):
    old = create_contact(journal, mailed("Ina", "Alt", "ina@example.org")).value
    set_archived(journal, [old.id], True)
    current = create_contact(journal, mailed("Ina", "Neu", "ina@example.org")).value
    plan = plan_import(
        journal, read_paths([_card(tmp_path, "FN:Ina\r\nEMAIL:ina@example.org\r\n")])
    )
    assert [(r.action, r.match_id) for r in plan.rows] == [("merge", current.id)]


def test_tags_are_one_whatever_their_case_beyond_ascii(journal, tmp_path):
    a = create_contact(journal, person("Anna", "Alt", tags=["Ärzte", "Straße"])).value
    b = create_contact(journal, person("Ben", "Berg", tags=["ÄRZTE", "STRASSE", "  straße "])).value
    assert sorted(t.name for t in list_tags(journal)) == ["Straße", "Ärzte"]
    assert sorted(get_contact(journal, b.id).tags) == sorted(get_contact(journal, a.id).tags)
    # Bulk loading (an import) folds the same way: no third spelling appears.
    _import(journal, _card(tmp_path, "FN:Cem Cal\r\nN:Cal;Cem;;;\r\nCATEGORIES:ärzte,STRASSE\r\n"))
    assert sorted(t.name for t in list_tags(journal)) == ["Straße", "Ärzte"]


def test_only_a_repeat_of_the_same_content_is_skipped(journal, tmp_path):
    """Cards alike in name, organisation, city and e-mail, without UIDs: a card that
    says the same again is skipped; one that differs in anything else is a namesake."""
    card = (
        "BEGIN:VCARD\nVERSION:4.0\nFN:Nils Kühn\nN:Kühn;Nils;;;\nORG:Alpenglühen\n"
        "EMAIL:nils@alpen.example\nADR:;;;Innsbruck;;;\n{extra}END:VCARD\n"
    )
    extras = [
        "NOTE:mag Berge\nCATEGORIES:a,b\nX-NETZJOURNAL-CLOSENESS:2\n",
        "NOTE:mag Berge\nCATEGORIES:a,b\nX-NETZJOURNAL-CLOSENESS:2\n",  # the same again
        "NOTE:mag Seen\nCATEGORIES:a,b\nX-NETZJOURNAL-CLOSENESS:2\n",
        "NOTE:mag Berge\nCATEGORIES:a,c\nX-NETZJOURNAL-CLOSENESS:2\n",
        "NOTE:mag Berge\nCATEGORIES:a,b\nX-NETZJOURNAL-CLOSENESS:3\n",
        "NOTE:mag Berge\nCATEGORIES:a,b\nX-NETZJOURNAL-CLOSENESS:2\nTEL;TYPE=work:1\n",
        "NOTE:mag Berge\nCATEGORIES:a,b\nX-NETZJOURNAL-CLOSENESS:2\nTEL;TYPE=home:1\n",
        "NOTE:mag Berge\nCATEGORIES:a,b\nX-NETZJOURNAL-CLOSENESS:2\nTEL;TYPE=home:1\n",
    ]
    path = tmp_path / "alike.vcf"
    path.write_text("".join(card.format(extra=e) for e in extras), encoding="utf-8")
    plan = plan_import(journal, read_paths([path]))
    assert [r.action for r in plan.rows] == ["create", "skip", *["create"] * 5, "skip"]


def test_a_merge_says_what_the_journal_kept_where_the_file_differs(journal, tmp_path, capsys):
    """A CSV's role "Programmleiterin" for someone the journal knows as "Leiterin
    Programm": the journal's value stays (the merge only fills what is empty), and the
    outcome, the result page and the command line say so — never dropped silently."""
    from netzjournal import cli
    from netzjournal.ui.interchange.import_result import result_rows

    anna = create_contact(
        journal, mailed("Anna", "Graf", "anna@kultur.example", role="Leiterin Programm")
    ).value
    path = tmp_path / "kontakte.csv"
    path.write_text(
        "First Name,Last Name,E-mail Address,Job Title,Company\n"
        "Anna,Graf,anna@kultur.example,Programmleiterin,Kulturhaus\n"
        "anna,graf,anna@kultur.example,leiterin programm,Kulturhaus\n",
        encoding="utf-8",
    )
    plan, outcome = _import(journal, path)
    assert [r.action for r in plan.rows] == ["merge", "merge"]
    back = get_contact(journal, anna.id)
    assert (back.role, back.organisation) == ("Leiterin Programm", "Kulturhaus")  # empty: filled
    # Said once: the second row differs only in case.
    assert outcome.kept[anna.id] == [("role", "Leiterin Programm", "Programmleiterin")]
    detail = result_rows(plan, {anna.id: "Anna Graf"}, outcome.kept)[0].detail
    assert "“Leiterin Programm”" in detail and "“Programmleiterin”" in detail
    journal.close()
    data = tmp_path / "data"
    data.mkdir()
    assert cli.main(["import", str(path), "--data-dir", str(data)]) == 0
    capsys.readouterr()
    path.write_text(path.read_text().replace("leiterin programm", "Intendantin"))
    assert cli.main(["import", str(path), "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out
    # (the first import made two Anna Grafs at Kulturhaus: the kept value is said of one,
    # told apart from her twin by her role)
    assert (
        "kept   Anna Graf → Anna Graf · Kulturhaus, Programmleiterin: role “Programmleiterin” "
        "(the file: “Intendantin”)" in out
    )


def test_the_command_line_names_the_journal_s_namesakes_never_a_row_id(where, capsys):
    """Two Anna Grafs in the journal: the plan says into which one a card goes and
    which ones a card could be, as the pickers name them (house rule 4)."""
    from netzjournal import cli

    with Journal.open(where.journal, backup_dir=where.backups) as j:
        create_contact(j, mailed("Anna", "Graf", "anna@kultur.example", organisation="Kulturhaus"))
        create_contact(j, mailed("Anna", "Graf", "graf@werke.example", organisation="Stadtwerke"))
    path = where.root / "kontakte.csv"
    path.write_text(
        "First Name,Last Name,E-mail Address,Job Title\n"
        "A.,Graf,graf@werke.example,Leiterin\n"
        "Anna,Graf,,\n",
        encoding="utf-8",
    )
    assert cli.main(["import", str(path), "--data-dir", str(where.root), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "merge  A. Graf → Anna Graf · Stadtwerke  (same e-mail address)" in out
    assert (
        "create Anna Graf  (several people have this name: "
        "Anna Graf · Kulturhaus; Anna Graf · Stadtwerke)" in out
    )
    assert "#" not in out


def test_one_person_in_two_files_becomes_one_contact(journal):
    """Priya's first start: her LinkedIn connections and her Google contacts, chosen
    together. Katrin Vogel is in both, with the same address: the preview offered
    "Create new" twice ("check: same e-mail as another card in the files") and the
    import made two Katrins – while importing the files one after the other merged
    them (the English walk at year end). Cards of the same name and address are one
    person: one row, one contact, with what each file knew. Namesakes with other
    addresses stay apart, and so do colleagues who share an address."""
    from conftest import REPO

    csv = REPO / "tests" / "data" / "contacts" / "csv"
    files = [csv / "linkedin__Connections_300-rows.WRITTEN.csv",
             csv / "google__overlapping-linkedin.WRITTEN.csv"]  # fmt: skip
    plan = plan_import(journal, read_paths(files))
    katrins = [r for r in plan.rows if r.contact.name == "Katrin Vogel"]
    assert len(katrins) == 1 and katrins[0].action == "create", katrins
    assert katrins[0].reason == "the same person in another file"  # the preview says so
    assert len(plan.rows) == 304  # 300 + 5, Katrin once
    assert len([r for r in plan.rows if r.contact.name == "Frank Meyer"]) == 2
    outcome = apply_import(journal, plan)
    assert len(outcome.created) == 304
    by_name = _by_name(journal)
    katrin = get_contact(journal, by_name["Katrin Vogel"])
    assert (katrin.organisation, katrin.role) == ("Personio", "Head of Design")
    assert katrin.city == "München"  # Google's
    assert katrin.met_on == dt.date(2025, 9, 2) and katrin.source == "linkedin"  # LinkedIn's
    assert katrin.birthday is not None and (katrin.birthday.month, katrin.birthday.day) == (12, 4)
    kinds = sorted((c.kind, c.value) for c in katrin.channels)
    assert kinds == [
        ("email", "katrin.vogel@example.com"), ("phone", "+49 171 2345678"),
        ("url", "https://www.linkedin.com/in/katrin-vogel-9f8e7d6c"),
    ], kinds  # fmt: skip


def test_colleagues_who_share_an_address_stay_two(journal, tmp_path):
    paths = [tmp_path / "anna.vcf", tmp_path / "bernd.vcf"]
    for path, given in zip(paths, ("Anna", "Bernd"), strict=True):
        path.write_text(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{given} Team\r\nN:Team;{given};;;\r\n"
            "EMAIL:info@example.org\r\nEND:VCARD\r\n",
            encoding="utf-8",
        )
    plan = plan_import(journal, read_paths(paths))
    assert [(r.contact.name, r.action) for r in plan.rows] == [
        ("Anna Team", "create"), ("Bernd Team", "create")]  # fmt: skip
    assert plan.rows[1].reason == "same e-mail as another card in the files"


def test_linkedin_and_google_at_once_join_by_name_and_organisation(journal, tmp_path):
    """Jana's first start (the German walk, session 33): LinkedIn's connections (no
    addresses, as LinkedIn mostly gives) and her Google contacts, chosen together.
    Julia Schneider at Spreadshirt is in both: the preview offered "Create new" twice
    ("check: a namesake in the files") and the import made two of her – while
    importing the files one after the other merged them (same name and organisation).
    Both files at once now make what one after the other makes; her namesake at
    another company stays apart."""
    linkedin = tmp_path / "Connections.csv"
    linkedin.write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Julia,Schneider,https://www.linkedin.com/in/js-ux,,Spreadshirt,UX Designerin,"
        "12 Mar 2024\n"
        "Julia,Schneider,https://www.linkedin.com/in/js-hr,,Porsche Leipzig,HR,03 Feb 2023\n",
        encoding="utf-8",
    )
    google = tmp_path / "contacts.csv"
    google.write_text(
        "First Name,Last Name,Organization Name,Organization Title,"
        "E-mail 1 - Label,E-mail 1 - Value\n"
        "Julia,Schneider,spreadshirt,,Work,julia@spreadshirt.example\n",
        encoding="utf-8",
    )
    plan = plan_import(journal, read_paths([linkedin, google]))
    rows = [(r.action, r.contact.organisation, r.reason) for r in plan.rows]
    assert rows == [
        ("create", "Spreadshirt", "the same person in another file (same name and organisation)"),
        ("create", "Porsche Leipzig", "a namesake in the files"),
    ], rows
    outcome = apply_import(journal, plan)
    assert len(outcome.created) == 2
    julia = get_contact(journal, outcome.created[0])
    assert sorted((c.kind, c.value) for c in julia.channels) == [
        ("email", "julia@spreadshirt.example"),
        ("url", "https://www.linkedin.com/in/js-ux"),
    ]
    assert julia.role == "UX Designerin" and julia.source == "linkedin"
    # One after the other: the same two people.
    with Journal.open(tmp_path / "other.sqlite3") as other:
        _import(other, linkedin)
        plan = plan_import(other, read_paths([google]))
        assert [(r.action, r.reason) for r in plan.rows] == [
            ("merge", "same name and organisation")]  # fmt: skip


def test_one_name_at_one_organisation_twice_in_a_file_is_not_called_a_namesake(journal, tmp_path):
    """Jonas's Google export had Frieda Schwarz at Zalando twice (once from his phone,
    same number, no address): the preview said "check: a namesake in the files" — a
    different person of the same name — where the duplicates list later said "same
    phone number". Both are still created (the address book kept them apart), said as
    what they are: the same name and organisation as another card. Lena Schubert at
    Spreadshirt and at an agency stay namesakes."""
    google = tmp_path / "contacts.csv"
    google.write_text(
        "First Name,Last Name,Organization Name,Phone 1 - Label,Phone 1 - Value,"
        "E-mail 1 - Label,E-mail 1 - Value\n"
        "Frieda,Schwarz,Zalando,Mobile,+49 151 7625837,Work,frieda.schwarz@example.de\n"
        "Lena,Schubert,Spreadshirt,,,Work,lena.schubert@spreadshirt.example\n"
        "Frieda,Schwarz,Zalando,Mobile,+49 151 7625837,,\n"
        "Lena,Schubert,Agentur Fröhlich & Partner,,,Work,l.schubert@froehlich.example\n",
        encoding="utf-8",
    )
    plan = plan_import(journal, read_paths([google]))
    rows = [(r.action, r.contact.organisation, r.reason) for r in plan.rows]
    assert rows == [
        ("create", "Zalando", ""),
        ("create", "Spreadshirt", "a namesake in the files"),  # (both Lenas are said)
        ("create", "Zalando", SAME_NAME_ORGANISATION_IN_FILES),
        ("create", "Agentur Fröhlich & Partner", "a namesake in the files"),
    ], rows
