"""The quick note and the note editor keep "pick up next time" (said to the person)
apart from private remarks."""

from __future__ import annotations

import datetime as dt

from conftest import person
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox
from uihelpers import answer, type_text, when_modal

from netzjournal import paths
from netzjournal.store.contacts import create_contact
from netzjournal.store.interactions import create_interaction, get_interaction
from netzjournal.store.journal import Journal
from netzjournal.store.records import InteractionRecord
from netzjournal.ui.main_window import MainWindow
from netzjournal.ui.notes.editor import NoteEditor


def test_quick_note_saves_both_fields_apart(qtbot, tmp_path):
    where = paths.resolve(tmp_path / "data").ensure()
    journal = Journal.open(where.journal, backup_dir=where.backups)
    w = MainWindow(journal, where, today=lambda: dt.date(2026, 3, 14))
    qtbot.addWidget(w)
    w.show()
    w.actions_.quick_note.trigger()
    dialog = w.quick_note_dialog()
    assert isinstance(dialog.say_next, QLineEdit) and dialog.say_next.placeholderText()
    type_text(dialog.who, "Jörg Müller")
    dialog.when.setDateTime(QDateTime(QDate(2026, 3, 14), QTime(10, 30)))
    type_text(dialog.body, "Kaffee am Markt")
    type_text(dialog.say_next, "dein Halbmarathon im Mai")
    type_text(dialog.hooks, "Laufschuhe-Tipp schicken")
    assert dialog.fields()["say_next"] == "dein Halbmarathon im Mai"  # kept in the draft
    when_modal(answer(QMessageBox.StandardButton.Yes))  # "create contact Jörg Müller?"
    with qtbot.waitSignal(dialog.saved, timeout=30_000) as saved:
        QTest.keyClick(dialog.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    note = get_interaction(journal, saved.args[0])
    assert (note.say_next, note.hooks) == ("dein Halbmarathon im Mai", "Laufschuhe-Tipp schicken")
    journal.close()


def test_the_quick_note_takes_a_hook_for_each_of_several_people(qtbot, tmp_path):
    """One coffee with Katrin and Tom had one "Pick up next time" for both, and the
    coach quoted "your move to Lisbon" (Katrin's) to Tom too. With two people picked,
    a field for each appears under the note's own; what is typed there is stored by
    contact id and said only to that person. With one person, the one field is all
    there is, as before."""
    from netzjournal.coach.engine import suggest
    from netzjournal.store.coach_data import coach_details

    where = paths.resolve(tmp_path / "data").ensure()
    journal = Journal.open(where.journal, backup_dir=where.backups)
    katrin = create_contact(journal, person("Katrin", "Vogel", language="en")).value
    tom = create_contact(journal, person("Tom", "Berger", language="en")).value
    w = MainWindow(journal, where, today=lambda: dt.date(2026, 3, 14))
    qtbot.addWidget(w)
    w.show()
    w.actions_.quick_note.trigger()
    dialog = w.quick_note_dialog()
    # As small as it goes: the fields were squashed to a sliver under a "Who" of two
    # lines (the dialog's minimum is its own; its layout counted one line).
    dialog.resize(dialog.width(), dialog.minimumSizeHint().height())
    dialog.who.add_person(katrin.id)
    assert not dialog.person_hooks.isVisible()  # one person: the one field
    for_one = dialog.say_next.placeholderText()
    dialog.who.add_person(tom.id)
    qtbot.waitUntil(lambda: dialog.person_hooks.isVisible())
    # The note's own field now says that all of them hear it.
    assert dialog.say_next.placeholderText() not in ("", for_one)
    fields = dialog.person_hooks.fields
    assert list(fields) == [f"id:{katrin.id}", f"id:{tom.id}"]
    qtbot.waitUntil(
        lambda: all(f.height() >= f.minimumSizeHint().height() for f in fields.values())
    )
    # Tab: the note's own field, each person's, then the private remarks.
    chain = [dialog.say_next.nextInFocusChain()]
    chain.append(chain[-1].nextInFocusChain())
    chain.append(chain[-1].nextInFocusChain())
    assert chain == [fields[f"id:{katrin.id}"], fields[f"id:{tom.id}"], dialog.hooks]
    type_text(fields[f"id:{katrin.id}"], "your move to Lisbon")
    type_text(dialog.say_next, "the accessibility meetup in March")
    assert dialog.fields()["say_next_to"] == {f"id:{katrin.id}": "your move to Lisbon"}
    dialog.when.setDateTime(QDateTime(QDate(2026, 3, 14), QTime(10, 30)))
    with qtbot.waitSignal(dialog.saved, timeout=30_000) as saved:
        QTest.keyClick(dialog.say_next, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    note = get_interaction(journal, saved.args[0])
    assert note.say_next == "the accessibility meetup in March"
    assert note.say_next_to == {katrin.id: "your move to Lisbon"}
    details = coach_details(journal, [katrin.id, tom.id])
    assert (details[katrin.id].last_hook, details[katrin.id].last_hook_shared) == (
        "your move to Lisbon", False,
    )  # fmt: skip
    assert details[tom.id].last_hook == "the accessibility meetup in March"
    found = {s.contact_id: s for s in suggest(journal, dt.date(2026, 9, 1)).suggestions}
    assert any("move to Lisbon" in o.body for o in found[katrin.id].openers)
    assert not any("Lisbon" in o.body for o in found[tom.id].openers)
    # The note editor shows and keeps them; taking Tom off keeps Katrin's in view.
    editor = NoteEditor(journal)
    qtbot.addWidget(editor)
    editor.show()
    editor.show_note(note.id)
    shown = editor.person_hooks.fields
    assert shown[f"id:{katrin.id}"].text() == "your move to Lisbon"
    assert not editor.has_unsaved_changes()
    shown[f"id:{tom.id}"].setText("your new job at the Stadtwerke")
    assert editor.has_unsaved_changes()
    value = editor.value()
    assert value is not None and value[0].say_next_to == {
        katrin.id: "your move to Lisbon", tom.id: "your new job at the Stadtwerke",
    }  # fmt: skip
    editor.participants.remove_token(1)
    assert list(editor.person_hooks.fields) == [f"id:{katrin.id}"]  # (hers: not hidden)
    value = editor.value()
    assert value is not None and value[0].say_next_to == {katrin.id: "your move to Lisbon"}
    journal.close()


def test_note_editor_shows_and_saves_the_sayable_field(qtbot, journal):
    c = create_contact(journal, person("Anna", "Weiß")).value
    note = create_interaction(journal, InteractionRecord(
        occurred_at=dt.datetime(2026, 3, 1, 9), participants=[c.id],
        hooks="private", say_next="Ihr Umzug nach Lissabon",
    )).value  # fmt: skip
    editor = NoteEditor(journal)
    qtbot.addWidget(editor)
    editor.show_note(note.id)
    assert editor.say_next.text() == "Ihr Umzug nach Lissabon"
    assert editor.hooks.toPlainText() == "private"
    editor.say_next.setText("  Ihr   Umzug nach Lissabon im Juni ")
    value = editor.value()
    assert value is not None
    assert value[0].say_next == "Ihr Umzug nach Lissabon im Juni" and value[0].hooks == "private"


def test_the_person_page_never_offers_a_private_remark_as_something_to_say(qtbot, journal):
    """The page's "Pick up next time" fell back to the private remarks of a note without
    such a line: a remark only for the user read as something to tell them."""
    from netzjournal.store.contacts import get_contact
    from netzjournal.store.listings import contact_history
    from netzjournal.ui.contacts.detail import ContactDetail

    c = create_contact(journal, person("Anna", "Weiß")).value
    detail = ContactDetail(journal, lambda: dt.date(2026, 3, 20))
    qtbot.addWidget(detail)

    def remark(day: int, hooks: str, say_next: str = "") -> None:
        create_interaction(journal, InteractionRecord(
            occurred_at=dt.datetime(2026, 3, day, 9), participants=[c.id],
            hooks=hooks, say_next=say_next,
        ))  # fmt: skip

    remark(1, "wirkte müde, Scheidung?")
    html = detail.contact_html(get_contact(journal, c.id))
    assert "Scheidung" not in html and "Pick up next time" not in html
    assert [h.say_next for h in contact_history(journal, c.id)] == [""]
    # an older line to say stays the one shown under a newer private remark
    remark(5, "Ihr Umzug nach Lissabon", say_next="Ihr Umzug nach Lissabon")
    remark(9, "Kündigung steht bevor")
    html = detail.contact_html(get_contact(journal, c.id))
    assert "<h3>Pick up next time</h3><p>Ihr Umzug nach Lissabon</p>" in html
    assert "Kündigung" not in html and "Scheidung" not in html


def test_the_german_example_hook_is_one_the_coach_quotes_to_a_sie_contact(qapp):
    """The field's example was "dein Halbmarathon im Mai": following it, Sabine (who
    networks in Sie, the default for new contacts) wrote hooks in du, and the coach
    leaves a hook in the other form out of every opener to a Sie contact. The example
    is one the coach quotes to the people it is written for by default."""
    import datetime as dt

    from uihelpers import in_language

    from netzjournal.coach.openers import sayable_hook
    from netzjournal.coach.settings import CoachSettings
    from netzjournal.store.coach_data import CoachDetails

    form = CoachSettings().new_contact_defaults("de")[1]
    today = dt.date(2026, 11, 30)
    sources = {  # (the editor's is shorter: it shares 800 px with the list of notes)
        "QuickNoteDialog": ("as you'd say it to them: your half marathon in May",
                            "so, wie Sie es der Person sagen würden: "),
        "NoteEditor": ("as you'd say it: your half marathon in May", "in Ihren Worten: "),
    }  # fmt: skip
    with in_language("de"):
        for widget, (source, prefix) in sources.items():
            hint = QApplication.translate(widget, source)
            assert hint.startswith(prefix), hint
            example = hint.split(": ", 1)[1]
            details = CoachDetails(
                1,
                "Frau",
                "",
                "de",
                form,
                "",
                "",
                "",
                "",
                (),
                "coffee",
                example,
                0,
                0,
                0,
                (),
                last_hook_on=today,
            )
            assert sayable_hook(details, "de", form, today) == example, (widget, example)


def test_a_persons_field_label_shows_an_ampersand_in_their_organisation(qtbot, tmp_path):
    """Stefan's coffee with Jörg Schäfer of „Müller & Söhne KG“ and Uwe Kühn: the label
    over Jörg's own field read „Müller _Söhne KG“ — the "&" of the firm's name taken as
    the label's Alt letter (a label with a buddy), the space after it underlined."""
    where = paths.resolve(tmp_path / "data").ensure()
    journal = Journal.open(where.journal, backup_dir=where.backups)
    jorg = create_contact(journal, person("Jörg", "Schäfer", organisation="Müller & Söhne KG"))
    create_contact(journal, person("Jörg", "Schäfer", organisation="Talanx AG"))  # a namesake
    uwe = create_contact(journal, person("Uwe", "Kühn", organisation="Kühn IT"))
    w = MainWindow(journal, where, today=lambda: dt.date(2026, 12, 1))
    qtbot.addWidget(w)
    w.show()
    w.actions_.quick_note.trigger()
    dialog = w.quick_note_dialog()
    dialog.who.add_person(jorg.value.id)
    dialog.who.add_person(uwe.value.id)
    qtbot.waitUntil(lambda: dialog.person_hooks.isVisible())
    field = dialog.person_hooks.fields[f"id:{jorg.value.id}"]
    label = next(w for w in dialog.person_hooks.findChildren(QLabel) if w.buddy() is field)
    shown = label.text().replace("&&", "\0")
    assert "&" not in shown  # no letter of the name marked, no space underlined
    assert shown.replace("\0", "&") == "Jörg Schäfer · Müller & Söhne KG"
    journal.close()


def test_a_persons_field_keeps_room_beside_a_long_name(qtbot, tmp_path):
    """Jonas's coffee with both Lena Schuberts: beside „Lena Schubert · Agentur
    Fröhlich & Partner“ the field for what to say to her was 38 px wide, „m-Talk“ of
    „dein Designsystem-Talk“ in view. The name is cut with "…" (whole in its tooltip)
    before the field gives way."""
    where = paths.resolve(tmp_path / "data").ensure()
    journal = Journal.open(where.journal, backup_dir=where.backups)
    one = create_contact(journal, person("Lena", "Schubert", organisation="Spreadshirt")).value
    two = create_contact(
        journal, person("Lena", "Schubert", organisation="Agentur Fröhlich & Partner")
    ).value
    w = MainWindow(journal, where, today=lambda: dt.date(2026, 12, 1))
    qtbot.addWidget(w)
    w.show()
    w.actions_.quick_note.trigger()
    dialog = w.quick_note_dialog()
    dialog.who.add_person(one.id)
    dialog.who.add_person(two.id)
    qtbot.waitUntil(lambda: dialog.person_hooks.isVisible())
    hooks = dialog.person_hooks
    room = hooks.width()
    for field in hooks.fields.values():
        # Room for a short phrase: at least 16 average letters and a third of the row,
        # whatever the name beside it.
        qtbot.waitUntil(lambda f=field: f.width() >= 16 * f.fontMetrics().averageCharWidth())
        assert field.width() * 3 >= room, (field.width(), room)
    # The names, cut or not, still tell the two Lenas apart.
    shown = []
    for field in hooks.fields.values():
        label = next(x for x in hooks.findChildren(QLabel) if x.buddy() is field)
        name = label.text().replace("&&", "&")
        elide = Qt.TextElideMode.ElideRight
        shown.append(label.fontMetrics().elidedText(name, elide, label.contentsRect().width()))
    assert len(set(shown)) == 2 and all(s.startswith("Lena Schubert · ") for s in shown), shown
    journal.close()


def test_a_note_without_title_is_named_by_whole_words_in_the_history(journal, qtbot):
    """A quick note has no title: the history named it by its first 80 characters and
    cut „Schwerpunkt Logistik“ to „Schwerpunkt Lo“, with nothing to say more follows."""
    from netzjournal.store.contacts import get_contact
    from netzjournal.store.listings import contact_history
    from netzjournal.ui.contacts.detail import ContactDetail

    c = create_contact(journal, person("Martina", "Kröger")).value
    body = (
        "Kaffee im Café Paris. Sie sucht eine neue Stelle als HR-Leiterin, Schwerpunkt "
        "Logistik.\nZweite Zeile"
    )
    create_interaction(journal, InteractionRecord(
        occurred_at=dt.datetime(2026, 12, 1, 8), participants=[c.id], body=body,
    ))  # fmt: skip
    create_interaction(journal, InteractionRecord(
        occurred_at=dt.datetime(2026, 11, 1, 8), participants=[c.id], body="Kurz.\nMehr",
    ))  # fmt: skip
    titles = [h.title for h in contact_history(journal, c.id)]
    assert titles == [
        "Kaffee im Café Paris. Sie sucht eine neue Stelle als HR-Leiterin, Schwerpunkt…",
        "Kurz.",
    ]
    detail = ContactDetail(journal, lambda: dt.date(2026, 12, 1))
    qtbot.addWidget(detail)
    html = detail.contact_html(get_contact(journal, c.id))
    assert "Schwerpunkt…</a>" in html and "Schwerpunkt Lo" not in html
