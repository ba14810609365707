"""The global search says where a hit matched and marks the matched words: the store's
``SearchHit.field`` and ``folding.match_spans``, the list's rows (two lines, the match
bold, palette colours in light and dark) at 1024×700 in German and English."""

import datetime as dt

import pytest
from conftest import note, person

from netzjournal.store.contacts import create_contact
from netzjournal.store.folding import match_spans, query_terms
from netzjournal.store.fulltext import search
from netzjournal.store.interactions import create_interaction
from netzjournal.store.records import Channel


def marked(text: str, query: str) -> list[str]:
    return [text[a:b] for a, b in match_spans(text, query_terms(query))]


def test_the_matched_beginning_of_each_word_is_marked_as_typed():
    # Folding is German: Mueller, Müller and Muller meet; the mark covers what was typed.
    assert marked("Hans Mueller traf Müller und Muller", "müller") == [
        "Mueller",
        "Müller",
        "Muller",
    ]
    assert marked("Straße, Strasse", "straß") == ["Straß", "Strass"]
    assert marked("Kaffee in der Kaffeeröstung", "kaf") == ["Kaf", "Kaf"]
    assert marked("Jörg Joerg", "joerg") == ["Jörg", "Joerg"]
    assert marked("Anna Alt traf Bert", "an be") == ["An", "Be"]
    assert marked("Kaffee", "") == [] and marked("", "kaf") == []
    assert marked("Mittagessen", "essen") == []  # a prefix index: words' beginnings only


@pytest.fixture
def hits_journal(journal):
    return journal, _fill(journal)


def _fill(journal):
    anna = create_contact(
        journal,
        person(
            "Anna",
            "Weiß",
            organisation="Straße & Söhne",
            topics="Kaffeeröstung, Barrierefreiheit",
            tags=["Presse"],
            channels=[Channel("email", "anna@quokka.example")],
        ),
    ).value
    create_interaction(
        journal,
        note(
            dt.datetime(2026, 4, 2, 8, 30),
            [anna.id],
            title="Mittagessen",
            body="Über Barrierefreiheit gesprochen.",
            hooks="Fragt nach dem Podcast",
            say_next="Das Buch über Zebras empfehlen",
            place="Friedrichstraße",
        ),
    )
    return anna


@pytest.mark.parametrize(
    ("query", "kind", "field", "word"),
    [
        ("Anna", "contact", "", "Straße & Söhne"),  # the name: who they are
        ("Söhne", "contact", "", "Söhne"),  # organisation · role · city
        ("Kaffeer", "contact", "topics", "Kaffeeröstung"),
        ("Presse", "contact", "tags", "Presse"),
        ("quokka", "contact", "channels", "quokka"),
        ("Barriere", "interaction", "", "Barrierefreiheit"),  # the note's text
        ("Podcast", "interaction", "hooks", "Podcast"),
        ("Zebras", "interaction", "say_next", "Zebras"),
        ("Friedrichstr", "interaction", "place", "Friedrichstraße"),
        ("Weiss", "interaction", "with", "Weiß"),
    ],
)
def test_a_hit_says_which_text_it_matched(hits_journal, query, kind, field, word):
    journal, _ = hits_journal
    (hit,) = search(journal, query, kind=kind)
    assert (hit.field, word in hit.snippet) == (field, True), hit


@pytest.fixture
def popup(make_window, hits_journal, qtbot):
    from netzjournal.ui.main_window import CONTACTS

    journal, _ = hits_journal

    def make(size=(1024, 700)):
        w = make_window(journal)
        w.resize(*size)
        w.show_view(CONTACTS)
        qtbot.waitExposed(w)
        return w

    return make


def test_the_search_list_names_where_it_matched(popup, qtmodeltester, language):
    from netzjournal.ui.search import ROW_ROLE, SearchRow

    w = popup()
    w.search_field.setText("Zebras")
    model = w.search.model
    qtmodeltester.check(model)
    rows = [model.index(r, 0).data(ROW_ROLE) for r in range(model.rowCount())]
    (row,) = [r for r in rows if isinstance(r, SearchRow)]
    where = {"de": "Beim nächsten Mal aufgreifen", "en": "Pick up next time"}[language]
    assert row.where == where
    assert [row.snippet[a:b] for a, b in row.snippet_spans] == ["Zebras"]
    assert row.date and row.title == "Mittagessen"
    text = model.index(rows.index(row), 0).data()
    assert where in text and "Zebras" in text  # (what a screen reader is given)
    # The list lies within the window at 1024×700.
    results = w.search.results
    assert results.isVisible()
    assert results.geometry().right() < w.width() and results.geometry().bottom() < w.height()


def test_a_header_says_when_more_match_than_are_shown(popup, qtmodeltester, language):
    """Claire types "Muller": 40 people are called Müller, the list shows the best 8.
    Its header said "Contacts (8)" — as if there were eight; it says more match."""
    from netzjournal.ui.search import ROW_ROLE, SHOWN, SearchRow

    w = popup()
    journal = w.search.journal
    many = SHOWN["contact"] + 3
    for n in range(many):
        create_contact(journal, person(f"Vorname{n}", "Müller", city="Berlin"))
    for n in range(SHOWN["contact"]):  # exactly as many as are shown
        create_contact(journal, person(f"Vorname{n}", "Quast"))
    model = w.search.model

    def headers(query: str) -> list[str]:
        w.search_field.setText(query)
        qtmodeltester.check(model)
        rows = [model.index(r, 0) for r in range(model.rowCount())]
        return [i.data() for i in rows if not isinstance(i.data(ROW_ROLE), SearchRow)]

    shown = SHOWN["contact"]
    more = {
        "de": f"Kontakte (die besten {shown} von mehr – tippen Sie weiter, um einzugrenzen)",
        "en": f"Contacts (the best {shown} of more – keep typing to narrow)",
    }[language]
    assert headers("Muller") == [more]
    hits = [model.index(r, 0).data(ROW_ROLE) for r in range(model.rowCount())]
    assert len([h for h in hits if isinstance(h, SearchRow)]) == shown
    # As many match as can be shown, all shown: the header counts them.
    exactly = {"de": f"Kontakte ({shown})", "en": f"Contacts ({shown})"}[language]
    assert headers("Quast") == [exactly]


@pytest.mark.parametrize("dark", [False, True])
def test_the_matched_word_is_drawn_bold_in_the_text_colour(popup, qtbot, dark):
    """Each hit: the matched word bold in the palette's text colour, the rest of the
    snippet quieter (the secondary colour) — in the light and the dark palette."""
    from PySide6.QtGui import QColor

    from netzjournal.ui import style
    from netzjournal.ui.search import ROW_ROLE, SearchRow

    w = popup()
    palette = style.dark_palette() if dark else style.light_palette()
    w.search_field.setText("Podcast")
    results = w.search.results
    results.setPalette(palette)
    qtbot.wait(10)
    model = w.search.model
    n = next(r for r in range(model.rowCount())
             if isinstance(model.index(r, 0).data(ROW_ROLE), SearchRow))  # fmt: skip
    row = model.index(n, 0).data(ROW_ROLE)
    rect = results.visualRect(model.index(n, 0))
    image = results.viewport().grab(rect).toImage()
    delegate = results.rows
    metrics = results.fontMetrics()
    second_line = range(image.height() // 2, image.height())
    where = f"{row.where}: " if row.where else ""
    start = row.snippet_spans[0][0]
    x0 = 8 + metrics.horizontalAdvance(where + row.snippet[:start])
    bold_width = delegate._metrics(results.font())[3].horizontalAdvance("Podcast")

    base = palette.color(palette.ColorRole.Base)

    def strongest(xs: range) -> int:
        """The pixel farthest from the background: a glyph's solid stem (text is
        antialiased, so every shade between appears at edges)."""

        def far(c: QColor) -> int:
            return sum(abs(a - b) for a, b in zip(c.getRgb()[:3], base.getRgb()[:3], strict=True))

        return max((image.pixelColor(x, y) for x in xs for y in second_line), key=far).rgb()

    text = palette.color(palette.ColorRole.Text).rgb()
    quiet = style.secondary_text(palette).rgb()
    assert strongest(range(int(x0) + 1, int(x0 + bold_width) - 1)) == text
    assert strongest(range(8, int(x0) - 1)) == quiet
    # Bold: the same word drawn plain would be narrower.
    assert bold_width > metrics.horizontalAdvance("Podcast")
    assert QColor(text) != QColor(quiet)


def test_a_match_late_in_a_long_snippet_is_brought_into_view(qtbot):
    from PySide6.QtGui import QFont, QFontMetricsF

    from netzjournal.ui.search import SearchRow
    from netzjournal.ui.search_rows import SearchRows

    long = "Wir sprachen lange über alles Mögliche, das Wetter und die Bahn, " * 2 + "Zebras"
    row = SearchRow("", "Titel", [], "", long, match_spans(long, query_terms("Zebras")))
    font = QFont()
    metrics, bold = QFontMetricsF(font), QFontMetricsF(font)
    text, spans = SearchRows._keep_match_in_view(row, metrics, bold, 300)
    assert text.startswith("…") and text.endswith("Zebras")
    assert [text[a:b] for a, b in spans] == ["Zebras"]
    b = spans[0][1]
    assert metrics.horizontalAdvance(text[:b]) <= 300
    # A match that fits is left where it is.
    assert SearchRows._keep_match_in_view(row, metrics, bold, 5000) == (long, row.snippet_spans)


def test_the_command_line_names_where_it_matched_as_the_window_does(home, capsys):
    """`netzjournal search` printed the bare snippet; the window says "Themen: …"."""
    from netzjournal import cli, paths
    from netzjournal.store.journal import Journal

    where = paths.resolve(None).ensure()
    with Journal.open(where.journal) as journal:
        _fill(journal)
    for language, topics, remarks in (
        ("de", "Themen: Kaffeeröstung", "Private Notizen: Fragt nach dem Podcast"),
        ("en", "Topics: Kaffeeröstung", "Private remarks: Fragt nach dem Podcast"),
    ):
        assert cli.main(["search", "Kaffeer", "--lang", language]) == 0
        lines = capsys.readouterr().out.splitlines()
        assert lines[1].strip().startswith(topics), lines
        assert cli.main(["search", "Podcast", "--lang", language]) == 0
        lines = capsys.readouterr().out.splitlines()
        assert lines[1].strip().startswith(remarks), lines


def test_a_note_found_by_whom_it_was_with_tells_namesakes_apart(journal):
    """Two Thomas Müllers (Bosch, Siemens) and a third with only a city: a note with
    the one from Bosch, found by his name, said "Mit: Thomas Müller" — which one, the
    list did not say (the fresh-eyes walk found it). Its "with" line now names him as
    the pickers do; a participant without a namesake stays a plain name."""
    bosch = create_contact(journal, person("Thomas", "Müller", organisation="Bosch")).value
    create_contact(journal, person("Thomas", "Müller", organisation="Siemens"))
    create_contact(journal, person("Thomas", "Müller", city="Köln"))
    anja = create_contact(journal, person("Anja", "Schäfer")).value
    when = dt.datetime(2026, 11, 30, 9, 0)
    create_interaction(journal, note(when, [bosch.id, anja.id], body="Kaffee im Dom-Café"))

    (hit,) = search(journal, "Mueller", kind="interaction")
    assert hit.field == "with"
    assert "Thomas Müller · Bosch" in hit.snippet and "Anja Schäfer" in hit.snippet, hit
    assert "Siemens" not in hit.snippet and "Köln" not in hit.snippet
    # Found by its text, the snippet is the text, as before.
    (hit,) = search(journal, "Dom", kind="interaction")
    assert (hit.field, hit.snippet) == ("", "Kaffee im Dom-Café")


def test_a_namesake_s_label_is_never_cut_and_a_one_line_note_is_printed_once(home, capsys):
    """The German walk: `search Weiss` showed „Mit: …· Festo SE & Co. KG; Sabine Weiß“
    (the namesake's label cut in the middle), `search Duerr` printed a one-line note's
    text twice, as its label and as its snippet."""
    from netzjournal import cli, paths
    from netzjournal.store.journal import Journal

    where = paths.resolve(None).ensure()
    when = dt.datetime(2026, 11, 20, 18, 0)
    with Journal.open(where.journal) as journal:
        festo = create_contact(journal, person("Thomas", "Müller",
                                               organisation="Festo SE & Co. KG")).value  # fmt: skip
        create_contact(journal, person("Thomas", "Müller", organisation="Bosch Rexroth AG"))
        sabine = create_contact(journal, person("Sabine", "Weiß")).value
        create_interaction(journal, note(when, [festo.id, sabine.id], body="Messe-Abend"))
        create_interaction(journal, note(when, [festo.id], body="Jürgen von Dürr angerufen"))
        (hit,) = search(journal, "Weiss", kind="interaction")
    assert hit.snippet == "Thomas Müller · Festo SE & Co. KG; Sabine Weiß"
    for language, with_ in (("de", "Mit: "), ("en", "With: ")):
        assert cli.main(["search", "Weiss", "--lang", language]) == 0
        lines = capsys.readouterr().out.splitlines()
        assert lines[-1].strip() == with_ + "Thomas Müller · Festo SE & Co. KG; Sabine Weiß"
        assert cli.main(["search", "Duerr", "--lang", language]) == 0
        lines = capsys.readouterr().out.splitlines()
        assert len(lines) == 1 and lines[0].endswith("Jürgen von Dürr angerufen"), lines


def test_who_a_long_note_was_with_is_shortened_to_whole_labels():
    from netzjournal.store.fulltext import _whole_names

    labels = ["Thomas Müller · Festo SE & Co. KG", "Thomas Müller · Bosch Rexroth AG",
              "Anja Schäfer · Trumpf", "Sabine Weiß"]  # fmt: skip
    assert _whole_names(labels, query_terms("weiss"), width=60) == "…; Sabine Weiß"
    assert _whole_names(labels, query_terms("anja"), width=60) == "…; Anja Schäfer · Trumpf; …"
    assert _whole_names(labels[3:], query_terms("weiss")) == "Sabine Weiß"


def test_a_namesake_s_organisation_is_said_once(popup, qtmodeltester):
    """Claire typed "Muller": "Anna Müller · Isar Health" was followed by the line
    "Isar Health · Produktleiterin · München". The organisation is named once."""
    from netzjournal.ui.search import ROW_ROLE, SearchRow

    w = popup()
    journal = w.search.journal
    extra = {"role": "Produktleiterin", "city": "München"}
    create_contact(journal, person("Anna", "Müller", organisation="Isar Health", **extra))
    create_contact(journal, person("Anna", "Müller", organisation="Mainufer Bank", **extra))
    w.search_field.setText("Anna Muller")
    model = w.search.model
    qtmodeltester.check(model)
    rows = [model.index(r, 0).data(ROW_ROLE) for r in range(model.rowCount())]
    people = sorted((r.title, r.snippet) for r in rows if isinstance(r, SearchRow))
    assert people == [
        ("Anna Müller · Isar Health", "Produktleiterin · München"),
        ("Anna Müller · Mainufer Bank", "Produktleiterin · München"),
    ]
