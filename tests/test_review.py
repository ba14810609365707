"""The yearly review, figure by figure, on a hand-built journal."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys

import pytest
from conftest import REPO, person
from pypdf import PdfReader

from netzjournal.review.figures import compute, default_year, review
from netzjournal.review.render import markdown
from netzjournal.store.catalog import set_setting
from netzjournal.store.contacts import create_contact
from netzjournal.store.events import create_event
from netzjournal.store.interactions import add_follow_up, create_interaction, update_follow_up
from netzjournal.store.records import EventRecord, FollowUpRecord, GiveTakeLine, InteractionRecord
from netzjournal.store.review_data import review_rows

Y = 2025


def meet(j, when, people, kind="coffee", direction="together", event=None, hooks="", give=()):
    rec = InteractionRecord(
        occurred_at=when, participants=[p.id for p in people], kind=kind, direction=direction,
        event_id=event, hooks=hooks,
        give_take=[GiveTakeLine(d, t, people[0].id) for d, t in give],
    )  # fmt: skip
    return create_interaction(j, rec).value


@pytest.fixture
def year_journal(journal):
    j = journal
    anna = create_contact(j, person("Anna", "Alt", met_on=dt.date(2020, 1, 1),
                                          source="xing", topics="KI, Jazz")).value  # fmt: skip
    bert = create_contact(j, person("Bert", "Back", met_on=dt.date(2019, 5, 5))).value
    cara = create_contact(j, person("Cara", "Neu", met_on=dt.date(Y, 3, 1),
                                          source="barcamp",
                                          topics="ki , Jazz, jazz")).value  # fmt: skip
    dora = create_contact(j, person("Dora", "Still", met_on=dt.date(2018, 1, 1))).value
    emil = create_contact(j, person("Emil", "Messe", met_on=dt.date(Y, 9, 10),
                                          source="fair")).value  # fmt: skip
    fair = create_event(j, EventRecord("dmexco 2025", dt.date(Y, 9, 10))).value
    # The year before: Anna twice, Dora once (Dora then goes quiet).
    meet(j, dt.datetime(Y - 1, 2, 1, 9), [anna], give=[("gave", "Tipp")])
    meet(j, dt.datetime(Y - 1, 11, 5, 9), [anna, dora], kind="call")
    # Bert: last seen in 2022, back in the year.
    meet(j, dt.datetime(2022, 6, 1, 12), [bert])
    # The year itself.
    meet(j, dt.datetime(Y, 1, 3, 8), [anna], hooks="Läuft im Mai Halbmarathon",
         give=[("gave", "Artikel"), ("gave", "Kontakt")])  # fmt: skip
    meet(j, dt.datetime(Y, 1, 20, 18), [anna, cara], kind="meal", hooks="Läuft im Mai Halbmarathon")
    meet(j, dt.datetime(Y, 3, 2, 10), [cara], kind="message", direction="inbound")
    meet(j, dt.datetime(Y, 4, 15, 14), [bert], kind="video", direction="outbound")
    meet(j, dt.datetime(Y, 9, 10, 11), [emil, anna], kind="event", event=fair.id)
    meet(j, dt.datetime(Y, 12, 31, 23, 30), [cara], kind="call")  # belongs to the year
    meet(j, dt.datetime(Y + 1, 1, 1, 0, 15), [dora])  # the next year: not counted
    fu = add_follow_up(j, FollowUpRecord("Slides schicken", anna.id,
                                                     due_on=dt.date(Y, 2, 1))).value  # fmt: skip
    fu.done = True
    update_follow_up(j, fu, now=dt.datetime(Y, 2, 2))
    add_follow_up(j, FollowUpRecord("Buch zurückgeben", cara.id,
                                                due_on=dt.date(Y, 12, 20)))  # fmt: skip
    return j


def test_every_figure(year_journal):
    f = compute(review_rows(year_journal, Y))
    # Cara's message in March is contact, not a meeting: counted apart.
    assert f.meetings == 5 and f.meetings_prev == 2
    assert f.messages == 1 and f.messages_prev == 0
    assert f.per_month == [2, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 1]
    assert f.per_month_prev[1] == 1 and f.per_month_prev[10] == 1
    assert f.per_day[dt.date(Y, 12, 31)] == 1 and dt.date(Y + 1, 1, 1) not in f.per_day
    assert f.by_kind == {"coffee": 1, "meal": 1, "message": 1, "video": 1, "event": 1, "call": 1}
    assert f.by_kind_prev == {"coffee": 1, "call": 1}
    assert f.by_direction == {"together": 4, "inbound": 1, "outbound": 1}
    assert f.people_met == 4 and f.people_met_prev == 2
    assert f.new_contacts == 2 and f.new_contacts_prev == 0
    assert f.new_by_source == {"barcamp": 1, "fair": 1}
    assert [(p.name, p.count) for p in f.top_people] == [
        ("Anna Alt", 3), ("Cara Neu", 3), ("Bert Back", 1), ("Emil Messe", 1),
    ]  # fmt: skip
    assert f.first_time == ["Emil Messe", "Cara Neu"]  # by family name, as the contacts table
    assert f.came_back == ["Bert Back"]
    assert f.went_quiet == ["Dora Still"]
    assert [(e.name, e.people) for e in f.events] == [("dmexco 2025", ("Anna Alt", "Emil Messe"))]
    assert (f.gave, f.received, f.gave_prev, f.received_prev) == (2, 0, 1, 0)
    assert [(x.name, x.gave, x.received) for x in f.lopsided] == [("Anna Alt", 2, 0)]
    assert f.follow_ups_done == 1
    assert [(o.text, o.name, o.due_on) for o in f.follow_ups_open] == [
        ("Buch zurückgeben", "Cara Neu", dt.date(Y, 12, 20))
    ]
    # Anna's 3 + Cara's 3 meetings, "KI" and "ki " as one topic (Cara's "Jazz, jazz" once).
    assert f.topics[:2] == [("Jazz", 6), ("KI", 6)]
    assert f.hooks == [("Läuft im Mai Halbmarathon", 2)]


def test_reconnect_list_and_markdown(year_journal):
    f = review(year_journal, Y)
    assert f.reconnect  # the coach's list for early next year
    text = markdown(f, "de", "Petra", dt.date(2026, 1, 10))
    assert text.startswith("# Jahresrückblick 2025\n_für Petra_")
    assert "| Treffen insgesamt | 5 | 2 |\n| Nachrichten | 1 | 0 |" in text
    assert "| Erledigte nächste Schritte | 1 | – |" in text  # not counted for last year
    assert "Wieder da" in text and "Bert Back" in text
    # Dates as German writes them; each open follow-up with its person and due date.
    assert "- 10.09.2025 dmexco 2025: Anna Alt; Emil Messe" in text
    assert "- Buch zurückgeben – Cara Neu (fällig 20.12.2025)" in text
    assert "Erstellt mit netzjournal am 10.01.2026" in text and "2025-" not in text
    english = markdown(f, "en")
    # Meetings, not "contacts": English "contacts" are people (the status bar's "Contacts: 49").
    assert "# Yearly review 2025" in english and "| Meetings in total | 5 | 2 |" in english
    assert "| Messages | 1 | 0 |" in english
    assert "## Meetings per month" in english and "Contacts" not in english
    assert "- Buch zurückgeben – Cara Neu (due 20/12/2025)" in english


def test_a_month_that_has_not_come_yet_shows_a_dash_not_a_zero(year_journal):
    """The walk's review on 30 November read "| Dez | 0 |": December had not begun."""
    f = review(year_journal, Y, with_reconnect=False)
    text = markdown(f, "de", made_on=dt.date(Y, 10, 15))
    assert "| Okt | 0 | 0 |" in text  # begun: a month without a meeting
    assert "| Nov | – | 1 |" in text  # to come; last year's November has passed
    assert "| Dez | 1 | 0 |" in text  # a note dated ahead is still counted
    # Made in the year after: every month has come.
    later = markdown(f, "en", made_on=dt.date(Y + 1, 1, 2))
    assert "| Nov | 0 | 1 |" in later and "| Dec | 1 | 0 |" in later
    # The review of a year not begun: its empty months and last year's to come show "–".
    ahead = markdown(review(year_journal, Y + 1, with_reconnect=False), "en",
                     made_on=dt.date(Y, 10, 15))  # fmt: skip
    assert "| Jan | 1 | 2 |" in ahead and "| Feb | – | 0 |" in ahead
    assert "| Nov | – | – |" in ahead and "| Dec | – | 1 |" in ahead


def test_every_row_of_the_reviews_tables_starts_with_a_capital(year_journal):
    """The "By direction" table read "together / I reached out / they reached out" under
    "Coffee, Message, …" ("gemeinsam", "die Person hat sich gemeldet" in German): a
    table's row names start with a capital, as the note editor's "Together" does."""
    f = review(year_journal, Y)
    for language in ("de", "en"):
        rows = re.findall(r"^\| ([^|]+?) \|", markdown(f, language), re.M)
        assert len(rows) > 20
        assert [r for r in rows if not r[0].isupper()] == [], language


def test_empty_year_and_one_contact(journal):
    empty = compute(review_rows(journal, 2030))
    assert empty.empty and empty.per_month == [0] * 12
    assert "Für 2030 ist nichts notiert." in markdown(empty, "de")
    only = create_contact(journal, person("Olga", "Einzig", met_on=dt.date(2030, 5, 1))).value
    meet(journal, dt.datetime(2030, 5, 2, 9), [only])
    f = compute(review_rows(journal, 2030))
    assert (f.meetings, f.people_met, f.new_contacts, f.first_time) == (1, 1, 1, ["Olga Einzig"])
    assert f.went_quiet == [] and f.came_back == []


def test_an_event_i_went_to_and_met_nobody_at_has_no_dangling_colon(journal):
    """ "Stammtisch Süd (14/12/2023):" and nothing after it, in a year with few data."""
    from netzjournal.review.render import sections_html

    create_event(journal, EventRecord("Stammtisch Süd", dt.date(2030, 12, 14),
                                      my_status="attended"))  # fmt: skip
    meet(
        journal,
        dt.datetime(2030, 12, 1, 9),
        [create_contact(journal, person("Rory", "Patel")).value],
    )
    f = compute(review_rows(journal, 2030))
    assert [(v.name, list(v.people)) for v in f.events] == [("Stammtisch Süd", [])]
    md = markdown(f, "de")
    assert "- 14.12.2030 Stammtisch Süd\n" in md
    html = sections_html(f, "de")
    assert "<li><b>Stammtisch Süd</b> (14.12.2030)</li>" in html
    # nothing open: "–" where the names' sections have it, not indented as a list item
    assert "<ul>–</ul>" not in html and "</h2><p>–</p>" in html


def test_default_year():
    assert default_year(dt.date(2026, 2, 28)) == 2025
    assert default_year(dt.date(2026, 3, 1)) == 2026


def test_pdf_has_pages_the_year_and_a_name(year_journal, tmp_path, qapp):
    from netzjournal.ui.review.export import write_pdf

    set_setting(year_journal, "user.name", "Petra Beispiel")
    path = write_pdf(review(year_journal, Y), tmp_path / "r.pdf", "de", "Petra Beispiel")
    reader = PdfReader(str(path))
    assert 2 <= len(reader.pages) <= 4
    # Qt writes words as separate runs; compare with white space folded.
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "Jahresrückblick 2025" in text and "Petra Beispiel" in text
    assert "Bert Back" in text
    assert reader.metadata.title == "Jahresrückblick 2025"


def test_the_pdfs_first_page_begins_the_review_under_its_title(year_journal, tmp_path, qapp):
    """The German walk: the PDF's first page held only the title (a page of white
    under „Jahresrückblick 2026“). The figures begin under it."""
    from netzjournal.review.render import labels
    from netzjournal.ui.review.export import write_pdf

    for language in ("de", "en"):
        path = write_pdf(review(year_journal, Y), tmp_path / f"{language}.pdf", language, "Petra")
        first = " ".join(PdfReader(str(path)).pages[0].extract_text().split())
        t = labels(language)
        assert t["title"].format(year=Y) in first
        assert t["at_a_glance"] in first, first


def test_review_command_line(tmp_path):
    home = tmp_path / "home"
    run = [sys.executable, "-m", "netzjournal", "--data-dir", str(home)]
    subprocess.run([*run, "demo", "--size", "S", "--today", "2026-11-22"], check=True,
                   cwd=REPO, capture_output=True)  # fmt: skip
    md, pdf = tmp_path / "r.md", tmp_path / "r.pdf"
    out = subprocess.run([*run, "review", "2025", "--markdown", str(md), "--pdf", str(pdf),
                          "--lang", "en"], cwd=REPO, capture_output=True, text=True,
                         timeout=120)  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert md.read_text(encoding="utf-8").startswith("# Yearly review 2025")
    assert len(PdfReader(str(pdf)).pages) >= 2


def test_axis_ticks_are_round():
    from netzjournal.review.axis import round_ticks

    assert round_ticks(14) == [0, 5, 10, 15]
    assert round_ticks(0) == [0, 1] and round_ticks(3) == [0, 1, 2, 3]
    assert round_ticks(7) == [0, 2, 4, 6, 8]
    assert round_ticks(99) == [0, 20, 40, 60, 80, 100]
    for highest in range(1, 2000, 7):
        ticks = round_ticks(highest)
        step = ticks[1]
        assert ticks[-1] >= highest and len(ticks) <= 6
        assert str(step).rstrip("0") in ("1", "2", "5"), (highest, ticks)


def test_a_pdf_heading_is_never_the_last_thing_on_a_page(tmp_path, qapp):
    """Filler pushes a heading to every height of page 1 in turn; wherever it lands,
    it is on the page of the text it heads (Qt's own layout would leave it behind)."""
    from PySide6.QtGui import QTextDocument

    from netzjournal.ui.review.export import (
        keep_headings_with_next,
        paginated_copy,
        print_document,
    )

    moved_any = False
    for filler in range(20, 90):
        doc = QTextDocument()
        doc.setHtml("".join(f"<p>Zeile {n}</p>" for n in range(filler))
                    + "<h2>Überschrift</h2><p>Danach</p>")  # fmt: skip
        path = tmp_path / f"{filler}.pdf"
        from PySide6.QtGui import QPdfWriter

        writer = QPdfWriter(str(path))
        writer.setResolution(300)
        moved_any |= keep_headings_with_next(paginated_copy(doc, writer)) > 0
        print_document(doc, writer)
        del writer
        pages = [p.extract_text() for p in PdfReader(path).pages]
        heading = next(n for n, t in enumerate(pages) if "Überschrift" in t)
        assert "Danach" in pages[heading], (filler, pages)
    assert moved_any  # some filler length did put the heading at a page's foot


def test_namesakes_in_the_review_are_told_apart(journal):
    # Two Anna Müllers at the same fair, both gone quiet the year after: two people,
    # each named with what tells her apart, never one "Anna Müller" for both.
    j = journal
    munich = create_contact(j, person("Anna", "Müller", organisation="Stadtwerke",
                                      met_on=dt.date(2020, 1, 1))).value  # fmt: skip
    leipzig = create_contact(j, person("Anna", "Müller", city="Leipzig",
                                       met_on=dt.date(2020, 1, 1))).value  # fmt: skip
    bert = create_contact(j, person("Bert", "Back", met_on=dt.date(2020, 1, 1))).value
    fair = create_event(j, EventRecord("dmexco", dt.date(Y - 1, 9, 10))).value
    meet(j, dt.datetime(Y - 1, 9, 10, 11), [munich, leipzig], kind="event", event=fair.id)
    meet(j, dt.datetime(Y, 2, 1, 9), [bert])
    before = compute(review_rows(j, Y - 1))
    names = ("Anna Müller · Leipzig", "Anna Müller · Stadtwerke")
    assert [e.people for e in before.events] == [names]
    assert [p.name for p in before.top_people] == list(names)
    assert compute(review_rows(j, Y)).went_quiet == list(names)


def test_twins_in_the_review_are_told_apart_without_a_phone_number(journal, language):
    """Namesakes alike in organisation, city and role were told apart by a phone number
    ("+49 159 …") in a report meant for print. The review uses an e-mail domain none of
    the others has, else the year they met, else their place ("no. 3": the review's
    counts are in brackets, "(3) (1)" read as two counts); the pickers keep
    the number (the window is the user's own)."""
    from netzjournal.localized import tell_language
    from netzjournal.store.people import person_choices
    from netzjournal.store.records import Channel

    j = journal
    tell_language(language)
    twins = [
        create_contact(j, person("Anna", "Müller", organisation="Stadtwerke", city="Kassel",
                                 met_on=met, channels=channels)).value
        for met, channels in (
            (dt.date(2020, 1, 1), [Channel("email", "Anna.Mueller@Stadtwerke-Kassel.example"),
                                   Channel("phone", "+49 159 0000001")]),
            (dt.date(2019, 5, 1), [Channel("phone", "+49 159 0000002")]),
            (dt.date(2020, 3, 1), [Channel("phone", "+49 159 0000003")]),
        )
    ]  # fmt: skip
    meet(j, dt.datetime(Y, 3, 4, 9), twins)
    f = compute(review_rows(j, Y))
    kassel = "Anna Müller · Stadtwerke, Kassel"
    since, third = {"de": ("bekannt seit 2019", "Nr. 3"), "en": ("known since 2019", "no. 3")}[
        language
    ]
    assert {p.name for p in f.top_people} == {
        f"{kassel}, @stadtwerke-kassel.example",
        f"{kassel}, {since}",
        f"{kassel}, {third}",
    }
    assert "159" not in markdown(f, language)
    shown = person_choices(j, [t.id for t in twins])
    assert shown[twins[1].id].extra == "+49 159 0000002"  # the window's picker: the number


def test_people_at_an_event_are_parted_as_in_the_reviews_other_lists(journal):
    # A namesake's detail has commas of its own ("Stadtwerke, Köln, Entwicklerin"): with
    # a comma between people too, "… Köln, Entwicklerin, Anna Müller …" read as one
    # person's detail. "; " parts them, as in "Met for the first time".
    from netzjournal.review.render import sections_html

    j = journal
    fair = create_event(j, EventRecord("dmexco", dt.date(Y, 9, 10))).value
    people = [create_contact(j, person("Anna", "Müller", organisation="Stadtwerke", city="Köln",
                                       role=role, met_on=dt.date(Y, 9, 10),
                                       met_at_event_id=fair.id)).value
              for role in ("Entwicklerin", "Projektleiterin")]  # fmt: skip
    people.append(create_contact(j, person("Bert", "Back", met_on=dt.date(Y, 9, 10),
                                           met_at_event_id=fair.id)).value)  # fmt: skip
    meet(j, dt.datetime(Y, 9, 10, 11), people, kind="event", event=fair.id)
    f = compute(review_rows(j, Y))
    said = (
        "Bert Back; Anna Müller · Stadtwerke, Köln, Entwicklerin; "
        "Anna Müller · Stadtwerke, Köln, Projektleiterin"
    )
    assert [e.people for e in f.where_met] == [tuple(said.split("; "))]
    assert [e.people for e in f.events] == [tuple(said.split("; "))]
    md, html = markdown(f, "de"), sections_html(f, "de")
    assert md.count(f"dmexco: {said}") == 2, md  # where we met, and the year's events
    assert html.count(f"(10.09.{Y}): {said}</li>") == 2, html


def test_figures_of_a_busy_year_are_grouped_as_the_language_writes_them(year_journal):
    """On L the review read "Meetings in total 6980 / 7973" in both languages, while the
    status bar says "Meeting notes: 49,952": every figure now groups its thousands."""
    import dataclasses

    from netzjournal.review.render import sections_html

    f = dataclasses.replace(
        review(year_journal, Y), meetings=6980, meetings_prev=12345, people_met=2624,
        per_month=[1234] + [0] * 11, by_kind={"coffee": 2218}, by_kind_prev={"coffee": 2504},
        gave=1701, received=1690, topics=[("Barrierefreiheit", 1024)],
        new_by_source={"linkedin": 1500},
    )  # fmt: skip
    german, english = markdown(f, "de", private=True), markdown(f, "en", private=True)
    assert "| Treffen insgesamt | 6.980 | 12.345 |" in german
    assert "| Meetings in total | 6,980 | 12,345 |" in english
    for text, separator in ((german, "."), (english, ",")):
        for figure in ("2.624", "1.234", "2.218", "2.504", "1.701 / 1.690", "1.024", "1.500"):
            assert figure.replace(".", separator) in text, figure
    html = sections_html(f, "de")
    assert "<b>6.980</b>" in html and "12.345" in html and "6980" not in html
    assert "<b>6,980</b>" in sections_html(f, "en")


def test_a_year_with_a_thousand_open_follow_ups_lists_the_first_and_counts_the_rest(
    year_journal,
):
    """L's demo year has 1,305 open follow-ups, XL's 12,513: the review listed every one
    (a 1.26 MB page that took Qt 6.5 s to lay out on opening the tab, the PDF dozens
    of pages). Like the names' lists: the first 30 (earliest due first), then how many more."""
    import dataclasses

    from netzjournal.review.figures import OpenFollowUp
    from netzjournal.review.render import LIST_LIMIT, sections_html

    many = [OpenFollowUp(f"Schritt {n:04d}", "Anna Alt", dt.date(Y, 12, 1) + dt.timedelta(n))
            for n in range(1305)]  # fmt: skip
    f = dataclasses.replace(review(year_journal, Y), follow_ups_open=many)
    html = sections_html(f, "en")
    assert html.count("Schritt ") == LIST_LIMIT == 30
    assert "Schritt 0029" in html and "Schritt 0030" not in html
    assert "and 1,275 more" in html
    german = markdown(f, "de")
    assert german.count("- Schritt ") == 30 and "und 1.275 weitere" in german
    few = dataclasses.replace(f, follow_ups_open=many[:30])
    assert "more" not in sections_html(few, "en").split("Still open")[1].split("<h2>")[0]


def test_met_for_the_first_time_keeps_to_when_we_met(journal):
    """Tom, a LinkedIn connection of June 2023 ("met on"), first noted at a coffee in
    2025: the review listed him under "Met for the first time" in 2025, beside the
    contact's own "met on" (the English walk at year end saw it). Someone met in an
    earlier year is not met for the first time; one without a date, or met in the
    year, is."""
    tom = create_contact(journal, person("Tom", "Berger", met_on=dt.date(2023, 6, 19),
                                         source="linkedin")).value  # fmt: skip
    kim = create_contact(journal, person("Kim", "Ohnedatum")).value
    ute = create_contact(journal, person("Ute", "Neu", met_on=dt.date(Y, 3, 1))).value
    meet(journal, dt.datetime(Y, 3, 2, 10), [tom, kim, ute])
    f = compute(review_rows(journal, Y))
    assert f.first_time == ["Ute Neu", "Kim Ohnedatum"]  # Neu before Ohnedatum
    assert "Tom Berger" in [p.name for p in f.top_people]  # met in the year all the same


@pytest.mark.encrypted_too  # (SQLCipher's connection stops the same way)
def test_a_workers_review_reads_stop_when_asked_and_the_opening_threads_never(journal):
    """The window's review worker: a newer question (another year) stops its reads at
    once (Journal.stop_reads_when), on its own connection; the GUI thread's reads are
    never stopped by it."""
    import threading

    from conftest import TODAY

    from netzjournal.demo.generator import DemoSpec, generate_into
    from netzjournal.store.cipher import DatabaseError

    # (A stop is heard every 10,000 steps of a statement: a small journal's reads end
    # before they would hear it.)
    generate_into(journal, DemoSpec(1000, 3, seed=1, today=TODAY))

    stop = threading.Event()
    outcome: list[object] = []

    def worker() -> None:
        try:
            journal.stop_reads_when(stop.is_set)
            outcome.append(review_rows(journal, 2025).year)  # not stopped: reads
            stop.set()
            review_rows(journal, 2025)
            outcome.append("read on")
        except DatabaseError as exc:
            outcome.append(str(exc))
        finally:
            journal.close_thread_connection()

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join(10)
    assert outcome == [2025, "interrupted"]
    journal.stop_reads_when(lambda: True)  # the opening thread: no effect
    assert review_rows(journal, 2025).notes


def test_the_reviews_lists_of_people_sort_as_the_contacts_table(journal):
    """The German walk: "Zum ersten Mal getroffen" and "Still geworden" sorted by first
    name while the contacts table sorts by family name (particles filed behind it,
    "de Vries" under V). Every list of people in the review now takes the table's key."""
    from netzjournal.store import summary

    people = [create_contact(journal, person(g, f, met_on=dt.date(2015, 1, 1))).value
              for g, f in (("Anton", "Zeller"), ("Zora", "Albers"), ("Jan", "de Vries"),
                           ("Ben", "Özdemir"), ("Lea", "Berg"))]  # fmt: skip
    table = [c.id for c in people]
    table.sort(key=summary.contact_ids(journal.connection()).index)
    fair = create_event(journal, EventRecord("Messe", dt.date(Y, 4, 1))).value
    meet(journal, dt.datetime(Y - 1, 5, 1, 9), people)
    meet(journal, dt.datetime(Y, 4, 1, 9), people[2:], kind="event", event=fair.id)
    f = compute(review_rows(journal, Y))
    names = {c.id: f"{c.given_name} {c.family_name}" for c in people}
    assert [names[i] for i in table] == [
        "Zora Albers",
        "Lea Berg",
        "Ben Özdemir",
        "Jan de Vries",
        "Anton Zeller",
    ]
    assert f.went_quiet == ["Zora Albers", "Anton Zeller"]
    assert [p.name for p in f.top_people] == ["Lea Berg", "Ben Özdemir", "Jan de Vries"]
    assert f.events[0].people == ("Lea Berg", "Ben Özdemir", "Jan de Vries")


def test_new_contacts_are_people_first_met_in_the_year_not_cards_added(journal):
    """The English walk: Google contacts imported that day counted as "New contacts"
    ("Unknown: 5"), and the list for early next year named cold LinkedIn connections
    never met. New in a year: first met in it — the earliest "met on", note or event
    attended. A card added without any of them was not met; nor is a connection
    without a note anyone to get back in touch with."""
    from netzjournal.store.events import set_attendance

    j = journal
    google = [create_contact(j, person("Gina", f"Import{n}", source="google")).value
              for n in range(3)]  # fmt: skip
    cold = create_contact(j, person("Lars", "Kalt", met_on=dt.date(2019, 4, 1), closeness=5,
                                    source="linkedin")).value  # fmt: skip
    kim = create_contact(j, person("Kim", "Notiz")).value
    eva = create_contact(j, person("Eva", "Messe", source="fair")).value
    old = create_contact(j, person("Olaf", "Alt")).value
    create_contact(j, person("Ute", "Neu", met_on=dt.date(Y, 3, 1), source="barcamp"))
    with j.write():  # every card added in the year (as an import that day)
        j.connection().execute("UPDATE contact SET created_at = ?", (f"{Y}-06-01 10:00:00",))
    fair = create_event(j, EventRecord("Messe", dt.date(Y, 5, 5))).value
    set_attendance(j, fair.id, eva.id)
    meet(j, dt.datetime(2020, 2, 2, 9), [old])
    meet(j, dt.datetime(Y, 7, 1, 9), [kim, old])
    f = review(j, Y)
    assert f.new_contacts == 3 and f.new_contacts_prev == 0
    assert f.new_by_source == {"": 1, "fair": 1, "barcamp": 1}
    assert f.first_time == ["Kim Notiz"] and f.came_back == ["Olaf Alt"]
    assert cold.name not in f.reconnect
    assert "Olaf Alt" in f.reconnect or "Kim Notiz" in f.reconnect
    assert not {g.name for g in google} & set(f.reconnect)


def test_german_review_counts_meetings_as_treffen_and_people_as_kontakte(year_journal):
    """The German walk (session 33): "Kontakte insgesamt 1" stood above "Verschiedene
    Personen 3" and "Neue Kontakte 1", and "Kontakte pro Monat" headed the chart, while
    the window's status bar says "Kontakte: 12" for the people in the journal. One word
    for two things in one table: meetings are "Treffen", as the window says ("Noch kein
    Treffen notiert"); "Kontakte" stays the people."""
    from netzjournal.review.render import labels

    text = markdown(review(year_journal, Y), "de")
    assert "| Treffen insgesamt | 5 | 2 |" in text
    assert "Treffen pro Monat" in text
    de = labels("de")
    assert "Kontakte" in de["new_contacts"]  # people
    for meeting_label in (de["meetings"], de["per_month"]):
        assert "Kontakt" not in meeting_label, meeting_label


def test_nobody_to_get_in_touch_with_is_said_in_words_not_a_page_of_its_own(
    year_journal, tmp_path, qapp
):
    """The walk: „Whom to get in touch with early in 2027“ was a lone "–" on the PDF's
    last page (the coach's list counts people met; none was due by 7 January). Now a
    sentence says it, under the open follow-ups; the review does not end with it."""
    from netzjournal.review.render import labels, sections_html
    from netzjournal.ui.review.export import write_pdf

    f = review(year_journal, Y)
    f.reconnect = []
    for language, said in (
        ("en", f"Nobody you have met is due to hear from you by 07/01/{Y + 1}."),
        ("de", f"Bei niemandem, den Sie getroffen haben, ist es bis zum 07.01.{Y + 1} "
               "Zeit, sich wieder zu melden."),
    ):  # fmt: skip
        t = labels(language)
        heading = t["reconnect"].format(year=Y + 1)
        # (With the private details the topics follow it; without, it closes the open
        # follow-ups' section, the review's last.)
        text = markdown(f, language, private=True)
        assert said in text and heading not in text
        assert text.index(said) < text.index(t["topics"])  # not the last thing
        shared = markdown(f, language)
        assert shared.index(t["follow_ups_open"]) < shared.index(said)
        assert "## " not in shared[shared.index(t["follow_ups_open"]) :].split("\n", 1)[1]
        html = sections_html(f, language, private=True)
        assert f"<p>{said}</p>" in html and heading not in html
        assert not html.endswith(f"<p>{said}</p>") and "</h2><p>–</p>" not in html[-200:]
        pages = PdfReader(str(write_pdf(f, tmp_path / f"{language}.pdf", language, "Petra",
                                        private=True)))  # fmt: skip
        last = " ".join(pages.pages[-1].extract_text().split())
        assert heading not in last and not last.startswith(said[:20])
    # Not asked for (the bench): neither the heading nor the sentence.
    f.reconnect = None
    unasked = markdown(f, "en")
    assert "Nobody you have met" not in unasked and "touch with early in" not in unasked


def test_private_remarks_leave_the_app_only_when_asked_for(year_journal, tmp_path, qapp):
    """The walk: the saved PDF printed „Häufigste private Notizen“ („Plant ein
    Sabbatical“…), a document meant to be printed and passed around. A file, a PDF
    and a printout leave them out unless asked (as the vCard export's private fields);
    the view in the app shows them."""
    from netzjournal.review.render import labels, sections_html
    from netzjournal.ui.review.export import build_document, write_pdf

    f = review(year_journal, Y, with_reconnect=False)
    remark = "Läuft im Mai Halbmarathon"
    # People's topics too: private fields in the vCard export („Häufigste Themen“).
    assert f.topics
    topic = f"{f.topics[0][0]} ("  # (as listed: "KI (6)")
    for language in ("de", "en"):
        heading, topics = labels(language)["hooks"], labels(language)["topics"]
        day = dt.date(Y + 1, 1, 5)
        for text in (markdown(f, language), sections_html(f, language),
                     build_document(f, language, "Petra", day).toPlainText()):  # fmt: skip
            assert remark not in text and heading not in text
            assert topics not in text and topic not in text
        for text in (markdown(f, language, private=True), sections_html(f, language, private=True),
                     build_document(f, language, "", day, True).toPlainText()):  # fmt: skip
            assert remark in text and heading in text
            assert topics in text and topic in text
    pdf = PdfReader(str(write_pdf(f, tmp_path / "r.pdf", "de", "Petra")))
    printed = " ".join(" ".join(p.extract_text().split()) for p in pdf.pages)
    assert "Halbmarathon" not in printed and "Buch zurückgeben" in printed
    asked = PdfReader(str(write_pdf(f, tmp_path / "p.pdf", "de", "Petra", private=True)))
    assert "Halbmarathon" in " ".join(" ".join(p.extract_text().split()) for p in asked.pages)


def test_the_years_open_steps_are_listed_and_older_ones_counted(year_journal):
    """The walk: the 2026 review's „Noch offen“ listed steps due in 2017. A year's
    review lists its own open steps (due in it, or made in it and due later or
    undated); those left from earlier years are one line under them."""
    import dataclasses

    from netzjournal.store.review_data import ReviewFollowUp

    rows = review_rows(year_journal, Y)
    cara = next(p.id for p in rows.people.values() if p.name == "Cara Neu")
    made = dt.date(Y, 3, 1)
    steps = [
        ReviewFollowUp(cara, text, created, due, False, None)
        for text, due, created in (
            ("Alte Mail beantworten", dt.date(2017, 5, 2), made),  # made this year (an import)
            ("Foto schicken", dt.date(Y - 1, 11, 1), dt.date(Y - 1, 10, 1)),
            ("Irgendwann anrufen", None, dt.date(Y - 2, 6, 1)),  # undated, from before
            ("Im Frühjahr treffen", dt.date(Y + 1, 4, 1), made),  # made this year, due later
            ("Karte schreiben", None, made),  # undated, made this year
            ("Nächstes Jahr fragen", dt.date(Y + 1, 2, 1), dt.date(Y - 1, 1, 1)),  # not the year's
        )
    ]  # fmt: skip
    f = compute(dataclasses.replace(rows, follow_ups=rows.follow_ups + steps))
    assert [o.text for o in f.follow_ups_open] == [
        "Buch zurückgeben", "Im Frühjahr treffen", "Karte schreiben",
    ]  # fmt: skip
    assert f.follow_ups_older == 3
    text = markdown(f, "de")
    assert "Alte Mail" not in text and "2017" not in text
    assert f"Dazu noch offen aus den Jahren vor {Y}: 3" in text
    assert f"Also still open from the years before {Y}: 3" in markdown(f, "en")
    # None from before: no line.
    assert "still open from the years before" not in markdown(compute(rows), "en")


def test_an_event_counts_in_the_year_of_its_day_here(journal, berlin_zone):
    """A New York evening of 31 December is 1 January in Berlin: the review of the new
    year has it, with its day here, and who was there is met then; a Berlin evening of
    31 December stays in its year."""
    from netzjournal.store.events import set_attendance

    party = create_event(journal, EventRecord(
        "Silvester-Call New York", dt.date(2030, 12, 31), start_time=dt.time(20),
        zone="America/New_York", my_status="attended")).value  # fmt: skip
    here = create_event(journal, EventRecord(
        "Jahresausklang Essen", dt.date(2030, 12, 31), start_time=dt.time(20),
        zone="Europe/Berlin", my_status="attended")).value  # fmt: skip
    rory = create_contact(journal, person("Rory", "Patel")).value
    ada = create_contact(journal, person("Ada", "Kurz")).value
    set_attendance(journal, party.id or 0, rory.id or 0)
    set_attendance(journal, here.id or 0, ada.id or 0)
    new_year = compute(review_rows(journal, 2031))
    assert [(v.name, v.day, list(v.people)) for v in new_year.events] == [
        ("Silvester-Call New York", dt.date(2031, 1, 1), ["Rory Patel"])]  # fmt: skip
    assert new_year.new_contacts == 1
    old_year = compute(review_rows(journal, 2030))
    assert [(v.name, v.day) for v in old_year.events] == [
        ("Jahresausklang Essen", dt.date(2030, 12, 31))]  # fmt: skip
    assert old_year.new_contacts == 1
    # The year after: both were met before it, neither is new.
    assert compute(review_rows(journal, 2032)).new_contacts == 0


@pytest.mark.parametrize("language", ["de", "en"])
def test_an_empty_section_says_so_in_one_line_in_markdown_the_pdf_and_the_window(
    journal, tmp_path, qapp, language
):
    """Claire's first year: contacts imported, no meeting noted. The PDF showed "By
    kind" and "By direction" over the years' header row alone, and nothing under
    "Whom you were most in touch with" where the other empty sections say "–". Every
    empty section says so in one line ("–"), alike in the Markdown, the PDF (and
    printout: the same HTML) and the window."""
    from netzjournal.review.render import labels, sections_html
    from netzjournal.ui.review.export import write_pdf

    create_contact(journal, person("Loïc", "Girard", met_on=dt.date(Y, 3, 19)))
    f = review(journal, Y)
    assert not f.empty and f.meetings == 0 and not f.by_kind and not f.top_people
    t = labels(language)
    empty = [t["by_kind"], t["by_direction"], t["top_people"], t["events"], t["topics"]]
    text = markdown(f, language, private=True)
    sections = {s.split("\n", 1)[0]: s.split("\n", 1)[1].strip()
                for s in text.split("\n## ")[1:]}  # fmt: skip
    for title in empty:
        assert sections[title] == t["none"], (title, sections[title])
    assert all(body for body in sections.values()), sections
    html = sections_html(f, language, private=True)
    for title in empty:
        assert f"<h2>{title}</h2><p>{t['none']}</p>" in html.replace("&#x27;", "'"), title
    assert "<ol></ol>" not in html and "<ul></ul>" not in html
    path = write_pdf(f, tmp_path / f"{language}.pdf", language, "Claire Dubois")
    words = " ".join(" ".join(p.extract_text() for p in PdfReader(str(path)).pages).split())
    for title in (t["by_kind"], t["by_direction"], t["top_people"]):
        assert f"{title} {t['none']}" in words, (title, words)
