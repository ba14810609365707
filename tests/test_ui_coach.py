"""The coach pane driven through its buttons, offscreen."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from uihelpers import answer, in_language, when_modal

from netzjournal import paths
from netzjournal.coach import openers
from netzjournal.store.catalog import set_setting
from netzjournal.store.changes import ChangeSet
from netzjournal.store.coach_data import coach_summaries
from netzjournal.store.contacts import create_contact, get_contact, update_contact
from netzjournal.store.interactions import create_interaction, get_interaction, interactions_of
from netzjournal.store.journal import Journal
from netzjournal.store.reading import list_openers
from netzjournal.store.records import Birthday, Channel, ContactRecord, InteractionRecord
from netzjournal.ui.coach.card import WarmthBar
from netzjournal.ui.coach.dock import EXPANDED_MIN
from netzjournal.ui.coach.pane import mailto_url
from netzjournal.ui.layout_entries import entries
from netzjournal.ui.main_window import MainWindow

TODAY = dt.date(2026, 6, 15)


@pytest.fixture
def window(make_window, where, qtbot):
    journal = Journal.open(where.journal, backup_dir=where.backups)
    people = []
    for n, (given, family, closeness) in enumerate(
        (("Anna", "Weiß", 5), ("Bernd", "Groß", 4), ("Cara", "Lang", 3))
    ):
        c = create_contact(journal, ContactRecord(
            given_name=given, family_name=family, closeness=closeness, salutation="Frau",
            channels=[Channel("email", f"{given.lower()}@example.org")] if n != 2 else [],
            met_on=dt.date(2020, 1, 1),
        )).value  # fmt: skip
        create_interaction(journal, InteractionRecord(
            occurred_at=dt.datetime(2025, 10, 1, 10), participants=[c.id], kind="coffee",
            hooks="Läuft im Mai Halbmarathon – Laufschuhe-Tipp schicken",
            say_next="Ihr Halbmarathon im Mai",
        ))  # fmt: skip
        people.append(c)
    w = make_window(journal, today=TODAY)
    qtbot.waitUntil(lambda: len(w.coach.cards) == 3, timeout=30_000)
    return w, people


def new_list_shown(w, before) -> bool:
    """A list other than ``before`` is in place, every card built (they are built
    a slice at a time)."""
    result = w.coach.result
    return result is not before and len(w.coach.cards) == len(result.cards)


def card_names(w):
    return [c.suggestion.name for c in w.coach.cards]


def built(w) -> bool:
    """Every card of the list in place is built (they are built a slice at a time)."""
    result = w.coach.result
    return result is not None and len(w.coach.cards) == len(result.cards)


def test_cards_warmest_first_with_reason_opener_and_warmth_tooltip(window):
    w, _ = window
    assert card_names(w) == ["Anna Weiß", "Bernd Groß", "Cara Lang"]
    card = w.coach.cards[0]
    assert card.findChild(QPlainTextEdit, "openerText") is card.text
    assert card.text.toPlainText().startswith("Guten Tag Frau Weiß,")
    assert "Ihr Halbmarathon im Mai" in card.text.toPlainText()  # said to be said
    assert "Läuft" not in card.text.toPlainText() and "schicken" not in card.text.toPlainText()
    bar = card.findChild(WarmthBar)
    tip = bar.toolTip()
    assert f"{card.suggestion.warmth.score:.2f}" in tip
    assert "Nähe" in tip or "closeness" in tip
    reason = card.findChild(QLabel, "suggestionReason").text()
    assert reason.replace("\u00a0", " ").startswith(("Letzter Kaffee vor", "Last coffee"))
    # "vor 8 Monaten · Vor 6 Jahren kennengelernt": a number never wraps apart from its word
    assert "\u00a0" in reason and re.search(r"\d\.? ", reason) is None
    assert not w.coach.cards[2].actions_["mail"].isEnabled()  # no e-mail address known


def test_a_reason_wraps_between_its_parts():
    from netzjournal.ui.style import reason_breaks

    nb = "\u00a0"
    assert reason_breaks("Last seen at an event 7 weeks ago · Met 3 years ago") == (
        f"Last seen at an event 7{nb}weeks ago · Met{nb}3{nb}years{nb}ago"
    )
    assert reason_breaks("Zuletzt gesehen · Stammtisch Süd am 10. Dezember") == (
        f"Zuletzt{nb}gesehen · Stammtisch Süd am 10.{nb}Dezember"
    )


def test_copy_puts_the_edited_text_on_the_clipboard(window, qtbot):
    w, _ = window
    card = w.coach.cards[0]
    card.text.setPlainText("Hallo Anna, Kaffee am Dienstag? Kein Problem, wenn nicht.")
    card.actions_["copy"].click()
    assert QGuiApplication.clipboard().text() == card.text.toPlainText()
    w.coach.discard_messages()  # (closing would ask)


def test_reached_out_logs_a_message_and_the_person_rests(window, qtbot):
    w, people = window
    card = w.coach.cards[0]
    text = card.text.toPlainText()
    card.actions_["done"].click()
    notes = interactions_of(w.journal, people[0].id)
    logged = get_interaction(w.journal, notes[0])
    assert (logged.kind, logged.direction, logged.body) == ("message", "outbound", text)
    qtbot.waitUntil(lambda: built(w) and ("Anna Weiß" not in card_names(w)), timeout=30_000)
    from netzjournal.coach.engine import suggest

    for days in (1, 13):
        later = suggest(w.journal, TODAY + dt.timedelta(days=days))
        assert "Anna Weiß" not in [s.name for s in later.suggestions]


def test_snooze_from_the_menu(window, qtbot):
    w, people = window
    card = w.coach.cards[1]
    later = card.actions_["later"]
    # A push button with its menu: the arrow beside the text (an instant-popup tool
    # button drew it on the "r"), as wide as "E-mail" beside it (it was narrower).
    assert isinstance(later, QPushButton) and later.menu() is not None
    assert later.width() >= card.actions_["mail"].width() > 0
    month = next(a for a in later.menu().actions() if a.objectName() == "snooze30")
    month.trigger()
    qtbot.waitUntil(lambda: built(w) and ("Bernd Groß" not in card_names(w)), timeout=30_000)
    summary = coach_summaries(w.journal, TODAY, [people[1].id])[0]
    assert summary.snoozed_until == TODAY + dt.timedelta(days=30)


def test_a_card_asks_the_language_it_did_not_know_and_keeps_the_answer(window, qtbot):
    """An imported card that did not say the person's language: the coach wrote in the
    interface's ("Hi Frank," to a German lawyer). Now the card says that it was not
    known and in which language it wrote; one click takes the other, kept for them,
    and Undo makes it "not known" again."""
    w, people = window
    for n in range(8):  # (enough people written to in German: the journal's usual)
        create_contact(w.journal, ContactRecord(given_name=f"Kim{n}", family_name="Berger",
                                                language="de", cadence_never=True))  # fmt: skip
    cara = get_contact(w.journal, people[2].id)
    cara.language = ""
    update_contact(w.journal, cara)  # (the others are German: the journal's usual)
    qtbot.waitUntil(lambda: built(w) and not w.coach.cards[2].suggestion.language_known,
                    timeout=30_000)  # fmt: skip
    card = w.coach.cards[2]
    assert card.text.toPlainText().startswith("Guten Tag Frau Lang,")
    assert card.findChild(QPushButton, "language_de").isVisible()
    other = card.findChild(QPushButton, "language_en")
    assert other.isVisible() and other.text()
    assert all(not c.language_buttons for c in w.coach.cards[:2])  # (known: not asked)
    assert not w.coach.languages.isVisible()  # (one alone: asked on the card)
    qtbot.mouseClick(other, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: built(w) and w.coach.cards[2].suggestion.language_known,
                    timeout=30_000)  # fmt: skip
    assert get_contact(w.journal, cara.id).language == "en"
    card = w.coach.cards[2]
    assert not card.language_buttons and card.text.toPlainText().startswith("Hi Cara,")
    w.undo_stack.undo()
    qtbot.waitUntil(lambda: built(w) and not w.coach.cards[2].suggestion.language_known,
                    timeout=30_000)  # fmt: skip
    assert get_contact(w.journal, cara.id).language == ""


def test_several_without_a_language_are_asked_once_for_all(window, qtbot):
    """After an import every card asked "Sprache nicht bekannt … Deutsch passt / Auf
    Englisch" (the German walk): one question per card, for ever. With several people
    without a language the line above the cards asks once for all of them (archived
    ones left alone), the cards do not; one click sets them all, by id, and Undo is one
    step. A single one is asked on their card (the test above)."""
    w, people = window
    archived = create_contact(w.journal, ContactRecord(
        given_name="Dora", family_name="Alt", language="", archived=True)).value  # fmt: skip
    for p in people[1:]:
        c = get_contact(w.journal, p.id)
        c.language = ""
        update_contact(w.journal, c)
    line = w.coach.languages
    qtbot.waitUntil(lambda: built(w) and line.isVisible(), timeout=30_000)
    assert "2" in line.text.text()
    unknown = [c for c in w.coach.cards if not c.suggestion.language_known]
    assert len(unknown) == 2 and all(not c.language_buttons for c in unknown)
    assert all(c.findChild(QWidget, "languageQuestion") is None for c in w.coach.cards)
    qtbot.mouseClick(line.buttons["en"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: built(w) and not line.isVisible(), timeout=30_000)
    assert [get_contact(w.journal, p.id).language for p in people] == ["de", "en", "en"]
    assert get_contact(w.journal, archived.id).language == ""
    assert all(c.suggestion.language_known for c in w.coach.cards)
    assert w.coach.notice.isVisible() and w.coach.notice_undo.isVisible()
    w.undo_stack.undo()
    qtbot.waitUntil(lambda: built(w) and line.isVisible(), timeout=30_000)
    assert [get_contact(w.journal, p.id).language for p in people] == ["de", "", ""]


def test_a_hook_in_the_other_form_is_said_not_quoted_with_the_way_to_change_it(window, qtbot):
    """Anna is written to in Sie; her newest hook „deine Session zu Design Tokens“ is in
    du, so it is not quoted (the German walk: Tobias, imported with the default Sie:
    the hook was just missing). The card says why and opens the editor on the
    address form."""
    w, people = window
    anna = get_contact(w.journal, people[0].id)
    create_interaction(w.journal, InteractionRecord(
        occurred_at=dt.datetime(2025, 10, 2, 10), participants=[anna.id], kind="event",
        say_next="deine Session zu Design Tokens"))  # fmt: skip

    def anna_card():
        return next(c for c in w.coach.cards if c.suggestion.contact_id == anna.id)

    qtbot.waitUntil(lambda: built(w) and anna_card().suggestion.hook_form == "du",
                    timeout=30_000)  # fmt: skip
    card = anna_card()
    assert card.findChild(QLabel, "hookOtherForm").isVisible()
    assert all("Design Tokens" not in o.body for o in card.suggestion.openers)
    opened: list[tuple[str, bool]] = []

    def on_the_address_form(editor):
        page = editor.tabs.currentWidget()
        opened.append((editor.address_form.currentData(), page.isAncestorOf(editor.address_form)))
        editor.reject()

    when_modal(on_the_address_form)
    qtbot.mouseClick(card.form_button, Qt.MouseButton.LeftButton)
    assert opened == [("sie", True)]
    # The others (Sie, as their hook; "Ihr …" says no form): nothing to say.
    others = [c for c in w.coach.cards if c.suggestion.contact_id != anna.id]
    assert all(c.form_button is None for c in others)


def test_a_default_address_form_is_asked_not_stated(window, qtbot):
    """Tobias (the German walk) was imported with the default Sie and the card said
    „Nachrichten an diese Person per Sie" as a fact. A form nobody chose (migration
    0054) is asked on the card — the message meanwhile in Sie, the du hook named as
    the reason it is left out —, one click keeps the other form for him, undo asks
    again. A chosen form is not asked."""
    from netzjournal.store.contacts import set_address_form

    w, people = window
    anna = people[0]
    create_interaction(w.journal, InteractionRecord(
        occurred_at=dt.datetime(2025, 10, 2, 10), participants=[anna.id], kind="event",
        say_next="deine Session zu Design Tokens"))  # fmt: skip
    set_address_form(w.journal, anna.id, "sie", chosen=False)

    def anna_card():
        return next(c for c in w.coach.cards if c.suggestion.contact_id == anna.id)

    qtbot.waitUntil(lambda: built(w) and not anna_card().suggestion.address_known,
                    timeout=30_000)  # fmt: skip
    card = anna_card()
    question = card.findChild(QWidget, "formQuestion")
    assert question is not None and question.isVisible()
    said = question.findChild(QLabel).text()
    assert "Sie" in said and "du" in said  # (the hook's form is the reason it is left out)
    assert card.findChild(QLabel, "hookOtherForm") is None and card.form_button is None
    assert card.text.toPlainText().startswith("Guten Tag Frau Weiß,")
    assert all(c.findChild(QWidget, "formQuestion") is None
               for c in w.coach.cards if c is not card)  # fmt: skip
    qtbot.mouseClick(card.form_buttons["du"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: built(w) and anna_card().suggestion.address_known, timeout=30_000)
    c = get_contact(w.journal, anna.id)
    assert (c.address_form, c.address_form_chosen) == ("du", True)
    assert anna_card().text.toPlainText().startswith("Hallo Anna,")
    assert "deine Session zu Design Tokens" in anna_card().text.toPlainText()
    w.undo_stack.undo()
    qtbot.waitUntil(lambda: built(w) and not anna_card().suggestion.address_known,
                    timeout=30_000)  # fmt: skip
    c = get_contact(w.journal, anna.id)
    assert (c.address_form, c.address_form_chosen) == ("sie", False)


def test_everyone_still_open_is_settled_from_one_card_after_asking(window, qtbot):
    """After an import every German card asked Sie/du once. The question's „Für alle
    noch offenen: Sie …“ asks first (how many; Cancel changes nothing), then settles
    every open one in one undo step; Ctrl+Z opens them all again."""
    from netzjournal.store.contacts import set_address_form

    w, people = window
    for c in people:
        set_address_form(w.journal, c.id, "sie", chosen=False)
    qtbot.waitUntil(lambda: built(w) and all(not c.suggestion.address_known
                                             for c in w.coach.cards), timeout=30_000)  # fmt: skip
    link = w.coach.cards[0].form_all
    assert link is not None and link.isVisible() and "Sie" in link.text()
    seen: list[str] = []

    def cancel(box):
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    when_modal(cancel)
    link.setFocus()
    QTest.keyClick(link, Qt.Key.Key_Return)
    assert seen and "3" in seen[0]
    assert not any(get_contact(w.journal, c.id).address_form_chosen for c in people)
    pressed: list[str] = []

    def accept(box):
        pressed.append(box.defaultButton().text())
        box.defaultButton().click()

    when_modal(accept)
    w.coach.cards[0].form_all.linkActivated.emit("sie")
    assert pressed
    qtbot.waitUntil(lambda: built(w) and all(c.suggestion.address_known
                                             for c in w.coach.cards), timeout=30_000)  # fmt: skip
    assert all(c.findChild(QWidget, "formQuestion") is None for c in w.coach.cards)
    assert {(get_contact(w.journal, c.id).address_form,
             get_contact(w.journal, c.id).address_form_chosen) for c in people} == {
        ("sie", True)}  # fmt: skip
    assert w.undo_stack.count() == 1
    w.undo_stack.undo()
    qtbot.waitUntil(lambda: built(w) and all(not c.suggestion.address_known
                                             for c in w.coach.cards), timeout=30_000)  # fmt: skip
    assert not any(get_contact(w.journal, c.id).address_form_chosen for c in people)


def test_a_card_asks_frau_or_herr_and_neutral_is_asked_no_more(window, qtbot):
    """Without a salutation the German Sie opener greeted „Guten Tag Anna Weiß,“:
    the card offers [Frau Weiß] [Herr Weiß] and „Neutral lassen“; one click is one
    undo step, the neutral choice is stored and not asked again."""
    from netzjournal.store.contacts import set_salutation

    w, people = window
    anna = people[0]
    set_salutation(w.journal, anna.id, "")

    def anna_card():
        return next(c for c in w.coach.cards if c.suggestion.contact_id == anna.id)

    qtbot.waitUntil(lambda: built(w) and anna_card().suggestion.salutation_asked,
                    timeout=30_000)  # fmt: skip
    card = anna_card()
    question = card.findChild(QWidget, "salutationQuestion")
    assert question is not None and question.isVisible()
    assert [b.text() for b in card.salutation_buttons.values()] == ["Ms Weiß", "Mr Weiß"]
    assert card.text.toPlainText().startswith("Guten Tag Anna Weiß,")
    assert all(c.findChild(QWidget, "salutationQuestion") is None
               for c in w.coach.cards if c is not card)  # fmt: skip
    before = w.undo_stack.count()
    qtbot.mouseClick(card.salutation_buttons["Frau"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: built(w) and not anna_card().suggestion.salutation_asked,
                    timeout=30_000)  # fmt: skip
    assert anna_card().text.toPlainText().startswith("Guten Tag Frau Weiß,")
    assert w.undo_stack.count() == before + 1
    w.undo_stack.undo()
    qtbot.waitUntil(lambda: built(w) and anna_card().suggestion.salutation_asked,
                    timeout=30_000)  # fmt: skip
    assert get_contact(w.journal, anna.id).salutation == ""
    link = anna_card().salutation_neutral
    assert link is not None and link.isVisible()
    link.linkActivated.emit("neutral")
    qtbot.waitUntil(lambda: built(w) and not anna_card().suggestion.salutation_asked,
                    timeout=30_000)  # fmt: skip
    c = get_contact(w.journal, anna.id)
    assert (c.salutation, c.salutation_neutral) == ("", True)
    assert anna_card().findChild(QWidget, "salutationQuestion") is None
    assert anna_card().text.toPlainText().startswith("Guten Tag Anna Weiß,")


def test_the_salutation_question_fits_the_coach_at_800_px_in_german(make_window, where, qtbot):
    with in_language("de"):
        journal = Journal.open(where.journal, backup_dir=where.backups)
        lena = create_contact(journal, ContactRecord(
            given_name="Lena", family_name="Schubert-Hohenstein", closeness=5,
            met_on=dt.date(2020, 1, 1))).value  # fmt: skip
        create_interaction(
            journal,
            InteractionRecord(
                occurred_at=dt.datetime(2025, 10, 1, 10), participants=[lena.id], kind="coffee"
            ),
        )
        w = make_window(journal, today=TODAY)
        w.resize(800, 600)
        qtbot.waitUntil(lambda: built(w) and len(w.coach.cards) == 1, timeout=30_000)
        w.resizeDocks([w.coach_dock], [EXPANDED_MIN], Qt.Orientation.Horizontal)
        qtbot.waitUntil(lambda: w.coach_dock.width() == EXPANDED_MIN, timeout=5_000)
        QApplication.processEvents()
        card = w.coach.cards[0]
        assert [b.text() for b in card.salutation_buttons.values()] == [
            "Frau Schubert-Hohenstein", "Herr Schubert-Hohenstein"]  # fmt: skip
        assert card.salutation_neutral is not None
        assert card.salutation_neutral.text().count("Neutral lassen") == 1
        viewport = w.coach.scroll_area.viewport()
        assert w.coach.scroll_area.widget().width() <= viewport.width()
        for button in card.salutation_buttons.values():
            right = button.mapTo(viewport, button.rect().topRight()).x()
            assert right < viewport.width(), (button.text(), right, viewport.width())


def test_a_card_s_question_fits_the_coach_at_800_px_in_german(make_window, where, qtbot):
    """„Beim Sie bleiben“ and „Per du schreiben“ side by side were wider than the coach
    at 800×600: the pane's whole list grew wider than its view, and every card, the
    legend and the name hint's × were cut at the right. The answers wrap instead."""
    from netzjournal.store.contacts import set_address_form

    with in_language("de"):
        journal = Journal.open(where.journal, backup_dir=where.backups)
        anna = create_contact(journal, ContactRecord(
            given_name="Anna", family_name="Weiß", closeness=5, salutation="Frau",
            met_on=dt.date(2020, 1, 1))).value  # fmt: skip
        create_interaction(journal, InteractionRecord(
            occurred_at=dt.datetime(2025, 10, 1, 10), participants=[anna.id], kind="coffee",
            say_next="deine Session zu Design Tokens"))  # fmt: skip
        set_address_form(journal, anna.id, "sie", chosen=False)
        w = make_window(journal, today=TODAY)
        w.resize(800, 600)
        qtbot.waitUntil(lambda: built(w) and len(w.coach.cards) == 1, timeout=30_000)
        # As narrow as the coach goes (as Xvfb showed it, unfolded at 800 px).
        w.resizeDocks([w.coach_dock], [EXPANDED_MIN], Qt.Orientation.Horizontal)
        qtbot.waitUntil(lambda: w.coach_dock.width() == EXPANDED_MIN, timeout=5_000)
        QApplication.processEvents()
        card = w.coach.cards[0]
        assert card.findChild(QWidget, "formQuestion").isVisible()
        # „das Sie“ is a noun: one stays „beim Sie“ (it read „Bei Sie bleiben“).
        assert [b.text() for b in card.form_buttons.values()] == [
            "Beim Sie bleiben", "Per du schreiben"]  # fmt: skip
        # „Ansprache nicht gewählt: Diese Nachricht ist per Sie“ left open who had not
        # chosen what; the question says it.
        question = card.findChild(QWidget, "formQuestion").findChild(QLabel)
        assert question.text().startswith("Sie oder du? Noch offen – diese Nachricht siezt")
        viewport = w.coach.scroll_area.viewport()
        assert w.coach.scroll_area.widget().width() <= viewport.width()
        for button in card.form_buttons.values():
            right = button.mapTo(viewport, button.rect().topRight()).x()
            assert right < viewport.width(), (button.text(), right, viewport.width())
            assert button.width() >= button.sizeHint().width()


def test_not_this_person(window, qtbot):
    w, people = window
    card = w.coach.cards[2]
    never = next(a for a in card.actions_["more"].menu().actions()
                 if a.objectName() == "neverSuggest")  # fmt: skip
    assert never.text().endswith("…")  # (it asks first)
    when_modal(answer(QMessageBox.StandardButton.Yes))
    never.trigger()
    qtbot.waitUntil(lambda: built(w) and ("Cara Lang" not in card_names(w)), timeout=30_000)
    assert get_contact(w.journal, people[2].id).cadence_never


def test_mail_link_carries_subject_and_body():
    url = mailto_url("anna@example.org", "Kaffee?", "Hallo Anna,\n\nKaffee & Kuchen?")
    text = url.toString()
    assert text.startswith("mailto:anna@example.org?subject=Kaffee")
    assert "Kaffee%20%26%20Kuchen" in url.toEncoded().data().decode()


def test_pane_refreshes_only_for_relevant_changes(window, qtbot):
    w, _ = window
    before = w.coach.result
    set_setting(w.journal, "unrelated", 1)  # settings: coach reloads
    qtbot.waitUntil(lambda: new_list_shown(w, before), timeout=30_000)
    current = w.coach.result
    w.events.changed.emit(ChangeSet(tags={99}))  # tags alone: no reload
    QApplication.processEvents()
    assert w.coach.result is current


def test_coach_settings_in_the_dialog(window, qtbot):
    from netzjournal.coach import settings as coach_settings
    from netzjournal.ui.contacts.editor import ContactEditor
    from netzjournal.ui.settings_dialog import SettingsDialog

    w, _ = window
    dialog = SettingsDialog(w.paths, w.journal, w)
    qtbot.addWidget(dialog)
    # Each row's dots as the contacts' table draws them: filled, then empty, five in all.
    form = dialog.cadence[3].parentWidget().layout()
    assert form.labelForField(dialog.cadence[3]).text().endswith("●●●○○")
    assert form.labelForField(dialog.cadence[1]).text().endswith("●○○○○")
    dialog.cadence[3].setValue(10)
    dialog.limit.setValue(2)
    dialog.new_form.setCurrentIndex(dialog.new_form.findData("du"))
    dialog.accept()
    saved = coach_settings.load(w.journal)
    assert (saved.cadence(3), saved.limit, saved.new_contact_address_form) == (10, 2, "du")
    qtbot.waitUntil(lambda: len(w.coach.cards) == 2, timeout=30_000)  # settings changed: reload

    def check_defaults(editor):
        assert isinstance(editor, ContactEditor)
        assert editor.address_form.currentData() == "du"
        assert editor.windowTitle() in ("New contact", "Neuer Kontakt")
        editor.reject()

    when_modal(check_defaults)
    assert w.contacts.new_contact() is None


def test_user_templates_dialog(window, qtbot, qtmodeltester):
    from netzjournal.ui.coach.templates_dialog import TemplatesDialog

    w, _ = window
    dialog = TemplatesDialog(w.journal, w)
    qtbot.addWidget(dialog)
    assert not dialog.delete_button.isEnabled()  # nothing chosen: nothing to delete
    # None yet: a sentence says what to do instead of an empty list.
    assert dialog.none_yet.isVisibleTo(dialog) and not dialog.view.isVisibleTo(dialog)
    assert "Save template" in dialog.none_yet.text()
    dialog.category.setCurrentIndex(dialog.category.findData("coffee"))
    dialog.subject.setText("Espresso?")
    dialog.body.setPlainText("Lust auf einen Espresso in {city}? Sonst gern ein andermal.")
    assert dialog.save_template()
    assert dialog.delete_button.isEnabled()  # the saved template is the one shown
    assert dialog.view.isVisibleTo(dialog) and not dialog.none_yet.isVisibleTo(dialog)
    assert [t.subject for t in list_openers(w.journal)] == ["Espresso?"]
    qtmodeltester.check(dialog.model)
    when_modal(answer(QMessageBox.StandardButton.Ok))
    dialog.new_template()
    assert not dialog.delete_button.isEnabled()
    dialog.body.setPlainText("Hallo {spitzname}")  # not a placeholder the coach knows
    assert not dialog.save_template()
    assert len(list_openers(w.journal)) == 1
    # Leaving the unsaved (and wrong) text asks first; Discard drops it.
    asked = when_modal(answer(QMessageBox.StandardButton.Discard))
    dialog.view.setCurrentIndex(dialog.model.index(0, 0))
    assert asked and dialog.subject.text() == "Espresso?"
    assert dialog.delete_button.isEnabled()
    kept = when_modal(answer(QMessageBox.StandardButton.Cancel))  # delete asks; Cancel keeps
    dialog.delete_template()
    assert kept and len(list_openers(w.journal)) == 1
    when_modal(answer(QMessageBox.StandardButton.Yes))
    dialog.delete_template()
    assert list_openers(w.journal) == []
    assert dialog.none_yet.isVisibleTo(dialog)
    assert not dialog.delete_button.isEnabled()


def _placeholder_hint(dialog) -> str:
    return next(x.text() for x in dialog.findChildren(QLabel) if "{" in x.text())


def test_the_german_templates_dialog_names_german_placeholders(german, qtbot, tmp_path):
    from netzjournal.ui.coach.templates_dialog import TemplatesDialog

    where = paths.resolve(tmp_path / "data").ensure()
    journal = Journal.open(where.journal, backup_dir=where.backups)
    try:
        dialog = TemplatesDialog(journal)
        qtbot.addWidget(dialog)
        hint = _placeholder_hint(dialog)
        assert hint.startswith("Platzhalter:")
        for name in ("{vorname}", "{anrede_name}", "{anknuepfung}", "{kontaktpause}"):
            assert name in hint, hint
        for name in ("{first_name}", "{salutation_name}", "{hook}", "{months}"):
            assert name not in hint, hint
        # German names are saved; English ones (older templates) still are too.
        dialog.subject.setText("Kaffee, {vorname}?")
        dialog.body.setPlainText("Lust auf einen Kaffee in {stadt}? Sonst gern ein andermal.")
        assert dialog.save_template()
        dialog.new_template()
        dialog.body.setPlainText("Lust auf einen Kaffee in {city}?")
        assert dialog.save_template()
        assert len(list_openers(journal)) == 2
    finally:
        journal.close()


def test_the_english_templates_dialog_names_english_placeholders(window):
    from netzjournal.ui.coach.templates_dialog import TemplatesDialog

    w, _ = window
    dialog = TemplatesDialog(w.journal, w)
    hint = _placeholder_hint(dialog)
    assert "{first_name}" in hint and "{hook}" in hint and "{vorname}" not in hint
    dialog.deleteLater()


def test_a_template_being_edited_is_saved_or_kept_on_request(window, qtbot):
    from netzjournal.ui.coach.templates_dialog import TemplatesDialog

    w, _ = window
    dialog = TemplatesDialog(w.journal, w)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.subject.setText("Espresso?")
    dialog.body.setPlainText("Lust auf einen Espresso in {city}?")
    assert dialog.save_template()
    dialog.new_template()
    dialog.subject.setText("Mittag?")
    dialog.body.setPlainText("Mittagessen in {city}?")
    asked = when_modal(answer(QMessageBox.StandardButton.Cancel))
    dialog.view.setCurrentIndex(dialog.model.index(0, 0))  # to "Espresso?"
    assert asked and dialog.subject.text() == "Mittag?"  # Cancel: still editing
    asked = when_modal(answer(QMessageBox.StandardButton.Save))
    dialog.reject()  # Esc
    assert asked and not dialog.isVisible()
    assert sorted(t.subject for t in list_openers(w.journal)) == ["Espresso?", "Mittag?"]


def test_the_first_list_is_worked_out_off_the_gui_thread_and_changes_meanwhile_count(
    make_window, where, qtbot, monkeypatch
):
    import threading

    import netzjournal.ui.coach.pane as pane_module

    journal = Journal.open(where.journal, backup_dir=where.backups)
    create_contact(
        journal,
        ContactRecord(
            given_name="Anna", family_name="Weiß", closeness=5, met_on=dt.date(2020, 1, 1)
        ),
    )
    bernd = create_contact(
        journal,
        ContactRecord(
            given_name="Bernd", family_name="Groß", closeness=4, met_on=dt.date(2020, 1, 1)
        ),
    ).value
    # The real ranking, held at a gate so a change can arrive while it runs.
    gate, threads = threading.Event(), []
    real_suggest = pane_module.suggest

    def gated(*args, **kwargs):
        threads.append(threading.current_thread())
        assert gate.wait(5)
        return real_suggest(*args, **kwargs)

    monkeypatch.setattr(pane_module, "suggest", gated)
    w = make_window(journal, today=TODAY)
    qtbot.waitUntil(lambda: bool(threads), timeout=30_000)
    assert threads[0] is not threading.main_thread()  # the window stays responsive
    # Meanwhile Bernd is reached: he must not show up once the list is in.
    create_interaction(
        journal,
        InteractionRecord(
            occurred_at=dt.datetime(2026, 6, 14, 9), participants=[bernd.id], kind="coffee"
        ),
    )
    gate.set()
    qtbot.waitUntil(lambda: built(w) and (card_names(w) == ["Anna Weiß"]), timeout=30_000)
    w.close()
    journal.close()


def test_copy_and_mail_say_what_happened(window, qtbot):
    w, _ = window
    card = w.coach.cards[0]
    card.actions_["copy"].click()
    assert w.coach.notice.isVisible() and not w.coach.notice_undo.isVisible()
    assert w.coach.notice_text.text().startswith(("Copied", "Kopiert"))
    # No e-mail program answers the mailto: link — the text is copied instead.
    QGuiApplication.clipboard().clear()
    opened = []
    w.coach.open_url = lambda url: bool(opened.append(url))  # the desktop says "no"
    card.actions_["mail"].click()
    assert opened and opened[0].toString().startswith("mailto:anna@example.org")
    assert QGuiApplication.clipboard().text() == card.text.toPlainText()
    assert "anna@example.org" in w.coach.notice_text.text()


def test_reached_out_and_later_are_undone_from_the_notice_and_the_edit_menu(window, qtbot):
    w, people = window
    anna, bernd = people[0], people[1]
    w.coach.cards[0].actions_["done"].click()
    assert w.coach.notice_undo.isVisible() and "Anna Weiß" in w.coach.notice_text.text()
    assert len(interactions_of(w.journal, anna.id)) == 2
    qtbot.waitUntil(lambda: built(w) and ("Anna Weiß" not in card_names(w)), timeout=30_000)
    w.coach.notice_undo.click()  # the notice's Undo
    assert len(interactions_of(w.journal, anna.id)) == 1
    qtbot.waitUntil(lambda: built(w) and ("Anna Weiß" in card_names(w)), timeout=30_000)
    assert coach_summaries(w.journal, TODAY, [anna.id])[0].last_opener is None
    # "Later" is on the window's undo stack too: the Edit menu's Undo brings Bernd back.
    card = next(c for c in w.coach.cards if c.suggestion.contact_id == bernd.id)
    next(
        a for a in card.actions_["later"].menu().actions() if a.objectName() == "snooze14"
    ).trigger()
    qtbot.waitUntil(lambda: built(w) and ("Bernd Groß" not in card_names(w)), timeout=30_000)
    assert w.undo_action.isEnabled() and "Bernd Groß" in w.undo_action.text()
    w.undo_action.trigger()
    qtbot.waitUntil(lambda: built(w) and ("Bernd Groß" in card_names(w)), timeout=30_000)
    assert coach_summaries(w.journal, TODAY, [bernd.id])[0].snoozed_until is None
    w.redo_action.trigger()
    qtbot.waitUntil(lambda: built(w) and ("Bernd Groß" not in card_names(w)), timeout=30_000)


def test_an_undo_from_the_edit_menu_retires_the_notice_that_offered_it(window, qtbot):
    """After „Gemeldet“ and Strg+Z the notice still said „Anna Weiß: als gemeldet
    notiert …“ with its „Rückgängig“ button, beside a status bar saying it was undone:
    the notice now says what the Edit menu did and offers nothing more."""
    w, people = window
    anna = people[0]
    w.coach.cards[0].actions_["done"].click()
    assert w.coach.notice_undo.isVisible() and "Anna Weiß" in w.coach.notice_text.text()
    w.undo_action.trigger()
    assert len(interactions_of(w.journal, anna.id)) == 1
    assert not w.coach.notice_undo.isVisible()
    assert w.coach.notice_text.text().startswith("Undone: ")
    # A redo from the menu is said as such, with nothing to undo in the notice.
    w.redo_action.trigger()
    assert len(interactions_of(w.journal, anna.id)) == 2
    assert not w.coach.notice.isVisible() or not w.coach.notice_undo.isVisible()


def test_reached_out_remembers_the_variant_so_the_next_differs(window, qtbot):
    w, people = window
    card = w.coach.cards[0]
    key = card.opener_key()
    card.actions_["done"].click()
    assert coach_summaries(w.journal, TODAY, [people[0].id])[0].last_opener == key
    from netzjournal.coach.engine import suggest

    # Weeks later Anna is due again: the same category gets another variant.
    later = TODAY + dt.timedelta(days=40)
    again = next(s for s in suggest(w.journal, later).suggestions if s.name == "Anna Weiß")
    same = [o for o in again.openers if o.category == key.split(":")[0]]
    assert same and same[0].key != key


def test_the_preview_line_is_the_messages_start_in_its_own_words():
    """It showed the line after the greeting marked as continuing („… zum Geburtstag
    die besten …“, asserted here on purpose): the walk read it as cut off at the front.
    Now the message's start, its lines run together, as a mail list previews it."""
    assert openers.preview_line("Hallo Florian,\n\nmir ist neulich eingefallen.\n\nGruß") == (
        "Hallo Florian, mir ist neulich eingefallen. Gruß"
    )
    assert openers.preview_line("Hi Rory,\n\nSomething came to mind.") == (
        "Hi Rory, Something came to mind."
    )
    # rewritten without a greeting: the same, what the person reads first first
    assert openers.preview_line("Kurze Frage: Kaffee?\nAm Dienstag?") == (
        "Kurze Frage: Kaffee? Am Dienstag?"
    )
    assert openers.preview_line("Nur eine Zeile") == "Nur eine Zeile"
    assert openers.preview_line("  \n") == ""


def test_cards_are_compact_and_expand_to_edit(window, qtbot):
    w, _ = window
    card = w.coach.cards[0]
    assert not card.text.isVisible() and card.preview.isVisible()
    # The message's start as the person reads it, greeting first (never a line that
    # starts with "…" or lower case as if cut off at the front), cut at the card's end.
    shown = card.preview.text()
    assert shown.startswith("Guten Tag") and not shown.startswith("…"), shown
    assert shown.rstrip("…")[:20] in " ".join(card.text.toPlainText().split())
    card.toggle.click()
    assert card.text.isVisible() and card.choice.isVisible() and not card.preview.isVisible()
    # Stays open across a refresh.
    before = w.coach.result
    set_setting(w.journal, "unrelated", 2)
    qtbot.waitUntil(lambda: new_list_shown(w, before), timeout=30_000)
    assert w.coach.cards[0].text.isVisible() and not w.coach.cards[0].preview.isVisible()


def test_a_refresh_builds_again_only_the_cards_that_changed(window, qtbot):
    """On a large journal the list holds a hundred birthday cards: a change to one
    person must not build them all again (the same card objects stay)."""
    w, people = window
    anna, bernd, cara = w.coach.cards
    before = w.coach.result
    set_setting(w.journal, "unrelated", 3)
    qtbot.waitUntil(lambda: new_list_shown(w, before), timeout=30_000)
    assert w.coach.cards == [anna, bernd, cara]
    # Bernd's newest contact changes his reason: only his card is new, in its place,
    # with the words being written into it.
    bernd.text.setPlainText("Hallo Bernd, Kaffee am Dienstag?")
    before = w.coach.result
    create_interaction(w.journal, InteractionRecord(
        occurred_at=dt.datetime(2026, 1, 5, 18), participants=[people[1].id], kind="call",
        direction="inbound",
    ))  # fmt: skip
    qtbot.waitUntil(lambda: new_list_shown(w, before), timeout=30_000)
    assert card_names(w) == ["Anna Weiß", "Bernd Groß", "Cara Lang"]
    assert w.coach.cards[0] is anna and w.coach.cards[2] is cara
    assert w.coach.cards[1] is not bernd
    assert w.coach.cards[1].suggestion.reason != bernd.suggestion.reason
    assert w.coach.cards[1].text.toPlainText() == "Hallo Bernd, Kaffee am Dienstag?"
    layout = entries(w.coach.list)
    assert layout == w.coach.cards and len(layout) == 3  # his old card is gone
    w.coach.discard_messages()  # (closing would ask)


def test_scroll_position_is_kept_after_an_action(window, qtbot):
    w, _ = window
    w.coach.resize(320, 260)
    for c in w.coach.cards:
        c.toggle.click()  # tall cards: the list scrolls
    QApplication.processEvents()
    bar = w.coach.scroll_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 100, timeout=30_000)
    bar.setValue(bar.maximum() // 2)
    kept = bar.value()
    set_setting(w.journal, "unrelated", 3)  # a reload, as after an action
    before = w.coach.result
    qtbot.waitUntil(lambda: new_list_shown(w, before), timeout=30_000)
    QApplication.processEvents()
    assert bar.value() == kept


def test_legend_explains_warmth_and_closeness(window):
    w, _ = window
    legend = w.coach.legend
    assert legend.isVisible()
    assert "Nähe" in legend.text() or "closeness" in legend.text()
    assert "1" in legend.toolTip() and "5" in legend.toolTip()


def test_todays_birthday_is_listed_even_when_resting(make_window, where, qtbot):
    journal = Journal.open(where.journal, backup_dir=where.backups)
    c = create_contact(journal, ContactRecord(
        given_name="Heute", family_name="Geburtstag", closeness=1, met_on=dt.date(2020, 1, 1),
        birthday=Birthday(TODAY.month, TODAY.day, None),
    )).value  # fmt: skip
    create_interaction(journal, InteractionRecord(
        occurred_at=dt.datetime.combine(TODAY, dt.time(9)), participants=[c.id],
        kind="message", direction="outbound",
    ))  # fmt: skip
    w = make_window(journal, today=TODAY)
    qtbot.waitUntil(lambda: built(w) and (card_names(w) == ["Heute Geburtstag"]), timeout=30_000)


def test_settings_reminders_write_and_remove_the_login_entry(window, monkeypatch, tmp_path):
    from PySide6.QtCore import QTime

    from netzjournal import reminders
    from netzjournal.ui.settings_dialog import SettingsDialog

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    w, _ = window
    entry = tmp_path / "config" / "autostart" / "org.netzjournal.Netzjournal-remind.desktop"
    dialog = SettingsDialog(w.paths, w.journal, w)
    assert not dialog.remind_login.isChecked() and not dialog.remind_daily.isChecked()  # off
    dialog.remind_login.setChecked(True)
    dialog.remind_daily.setChecked(True)
    dialog.remind_time.setTime(QTime(8, 30))
    dialog.accept()
    text = entry.read_text(encoding="utf-8")
    assert "remind --notify --data-dir" in text and str(w.paths.root) in text
    assert reminders.load_settings(w.journal) == reminders.ReminderSettings(True, "08:30")
    again = SettingsDialog(w.paths, w.journal, w)
    assert again.remind_login.isChecked() and again.remind_time.time() == QTime(8, 30)
    again.remind_login.setChecked(False)
    again.accept()
    assert not entry.exists()


def test_the_welcome_page_offers_the_reminder(qtbot, tmp_path, monkeypatch):
    from netzjournal.ui.actions import Actions
    from netzjournal.ui.welcome import WelcomePage

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    where = paths.resolve(tmp_path / "data").ensure()
    page = WelcomePage(where, Actions(None))
    qtbot.addWidget(page)
    assert not page.remind.isChecked()
    page.remind.setChecked(True)
    entry = tmp_path / "config" / "autostart" / "org.netzjournal.Netzjournal-remind.desktop"
    assert entry.exists()
    page.remind.setChecked(False)
    assert not entry.exists()


def test_an_edited_opener_survives_a_refresh(window, qtbot):
    w, _ = window
    card = w.coach.cards[0]
    card.text.setPlainText("Liebe Anna, wie lief der Halbmarathon? Kaffee am Dienstag?")
    untouched = w.coach.cards[1].text.toPlainText()
    before = w.coach.result
    create_contact(w.journal, ContactRecord(given_name="Neu", family_name="Person"))
    qtbot.waitUntil(lambda: new_list_shown(w, before), timeout=30_000)
    assert card_names(w)[:2] == ["Anna Weiß", "Bernd Groß"]
    assert w.coach.cards[0].text.toPlainText() == (
        "Liebe Anna, wie lief der Halbmarathon? Kaffee am Dienstag?"
    )
    assert w.coach.cards[1].text.toPlainText() == untouched
    w.coach.discard_messages()  # (closing would ask)


def test_a_long_list_is_built_a_slice_at_a_time(window, qtbot, monkeypatch):
    """New cards are built a few at a time (here: one per turn of the event loop), so
    the window can react between them; the list ends up whole and in order."""
    from netzjournal.ui.coach import pane as pane_module

    w, _ = window
    monkeypatch.setattr(pane_module, "SLICE_MS", -1)
    before = w.coach.result
    assert before is not None
    w.coach.cards[0].text.setPlainText("Liebe Anna, Kaffee?")
    w.coach.reload()  # a fresh list, Anna's words kept; every card built again:
    for card in list(w.coach.cards):  # ... as after a change to each of them
        card.suggestion = dataclasses.replace(card.suggestion, reason="stale")
    w.coach._show(w.coach.result)
    assert len(w.coach.cards) == 1  # the first now, the rest on later turns
    qtbot.waitUntil(lambda: len(w.coach.cards) == 3, timeout=3000)
    assert card_names(w) == ["Anna Weiß", "Bernd Groß", "Cara Lang"]
    assert w.coach.cards[0].text.toPlainText() == "Liebe Anna, Kaffee?"
    layout = entries(w.coach.list)
    assert layout == w.coach.cards
    # A newer list while one is being built: the older one stops, nothing is left twice.
    for card in list(w.coach.cards):
        card.suggestion = dataclasses.replace(card.suggestion, reason="stale")
    w.coach._show(w.coach.result)
    w.coach._show(w.coach.result)
    qtbot.waitUntil(lambda: len(w.coach.cards) == 3, timeout=3000)
    qtbot.wait(50)
    layout = entries(w.coach.list)
    assert layout == w.coach.cards and card_names(w) == ["Anna Weiß", "Bernd Groß", "Cara Lang"]
    w.coach.discard_messages()  # (closing would ask)


def test_a_window_closed_while_the_first_list_is_worked_out_is_left_alone(
    qtbot, tmp_path, monkeypatch
):
    """The worker outlives the pane: its list must never reach the deleted pane
    (it raised "Signal source has been deleted" on the worker when it emitted a
    signal of the pane), and it still ends, its own connection closed."""
    import threading

    import shiboken6

    import netzjournal.ui.coach.pane as pane_module

    where = paths.resolve(tmp_path / "data").ensure()
    journal = Journal.open(where.journal, backup_dir=where.backups)
    create_contact(
        journal,
        ContactRecord(
            given_name="Anna", family_name="Weiß", closeness=5, met_on=dt.date(2020, 1, 1)
        ),
    )
    gate, threads, lists = threading.Event(), [], []
    real_suggest = pane_module.suggest

    def gated(*args, **kwargs):
        threads.append(threading.current_thread())
        assert gate.wait(5)
        lists.append(real_suggest(*args, **kwargs))
        return lists[-1]

    failures = []
    monkeypatch.setattr(pane_module, "suggest", gated)
    monkeypatch.setattr(threading, "excepthook", lambda args: failures.append(args.exc_value))
    w = MainWindow(journal, where, today=lambda: TODAY)
    with qtbot.waitSignal(w.first_painted, timeout=30_000):
        w.show()
    qtbot.waitUntil(lambda: bool(threads), timeout=30_000)
    shown = []
    monkeypatch.setattr(pane_module.CoachPane, "_show", lambda pane, result: shown.append(result))
    w.close()
    shiboken6.delete(w)  # the window and its pane are gone, the worker still reads
    gate.set()
    threads[0].join(10)
    assert not threads[0].is_alive()
    qtbot.wait(50)  # a result queued to the pane would arrive now
    journal.close()
    assert failures == []
    assert len(lists) == 1 and lists[0].suggestions  # the worker did finish its list …
    assert shown == []  # … and nothing took it in


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_new_template_is_in_the_interface_language(qtbot, tmp_path, language):
    """The English dialog offered a new template in "German" (the combo's first entry)."""
    from netzjournal.ui.coach.templates_dialog import TemplatesDialog

    where = paths.resolve(tmp_path / "data").ensure()
    journal = Journal.open(where.journal, backup_dir=where.backups)
    try:
        with in_language(language):
            dialog = TemplatesDialog(journal)
            qtbot.addWidget(dialog)
            assert dialog.language.currentData() == language
            assert dialog.language.currentText() == {"en": "English", "de": "Deutsch"}[language]
            # du or Sie is a German choice: greyed for an English template, as in the editor.
            assert dialog.form.isEnabled() == (language == "de")
            other = {"en": "de", "de": "en"}[language]
            dialog.language.setCurrentIndex(dialog.language.findData(other))
            assert dialog.form.isEnabled() == (other == "de")
    finally:
        journal.close()


def test_a_click_on_another_template_cancelled_leaves_the_edited_one_highlighted(window, qtbot):
    from netzjournal.ui.coach.templates_dialog import TemplatesDialog

    w, _ = window
    dialog = TemplatesDialog(w.journal, w)
    qtbot.addWidget(dialog)
    dialog.show()
    for subject in ("Espresso?", "Mittag?"):
        dialog.new_template()
        dialog.subject.setText(subject)
        dialog.body.setPlainText(f"{subject} In {{city}}?")
        assert dialog.save_template()
    edited = dialog.view.currentIndex().row()
    other = 1 - edited
    dialog.body.setPlainText("noch nicht fertig")
    asked = when_modal(answer(QMessageBox.StandardButton.Cancel))
    rect = dialog.view.visualRect(dialog.model.index(other, 0))
    QTest.mouseClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QApplication.processEvents()  # the click selects its row after making it current
    kept, highlighted = dialog.body.toPlainText(), dialog.view.selectionModel().selectedRows()
    dialog.discard()  # nobody is there to answer when the dialog closes at the end
    assert len(asked) == 1 and kept == "noch nicht fertig"
    assert [i.row() for i in highlighted] == [edited]


def test_an_edited_opener_is_kept_when_another_is_chosen(window, qtbot):
    """Choosing another opener put its text in the box and threw the person's words
    away without a word (the fresh-eyes walk found it). Each opener keeps what was
    typed into it: choosing it again brings the words back, also after a refresh,
    and Copy takes the text shown."""
    w, _ = window
    card = w.coach.cards[0]
    assert card.choice.count() >= 2
    card.set_expanded(True)
    mine = "Liebe Frau Weiß, Kaffee am Dienstag? Kein Problem, wenn nicht."
    card.text.setPlainText(mine)
    card.choice.setCurrentIndex(1)
    other = card.suggestion.openers[1].body
    assert card.text.toPlainText() == other
    card.choice.setCurrentIndex(0)
    assert card.text.toPlainText() == mine
    # Shown: the second opener, changed too; the list refreshes; both are kept.
    card.choice.setCurrentIndex(1)
    card.text.setPlainText(other + " Bis bald!")
    before = w.coach.result
    w.coach.reload()
    for c in list(w.coach.cards):  # every card built again (as after a change to each)
        c.suggestion = dataclasses.replace(c.suggestion, reason="stale")
    w.coach._show(before)
    qtbot.waitUntil(lambda: len(w.coach.cards) == 3 and w.coach.cards[0] is not card)
    again = w.coach.cards[0]
    assert again.choice.currentIndex() == 1
    assert again.text.toPlainText() == other + " Bis bald!"
    again.choice.setCurrentIndex(0)
    assert again.text.toPlainText() == mine
    again.actions_["copy"].click()
    assert QGuiApplication.clipboard().text() == mine
    w.coach.discard_messages()  # (closing would ask)


def test_a_read_only_journal_offers_no_coach_action_that_writes(make_window, where, qtbot):
    """Opened read-only (a write-protected disk), the window switches off what would
    write — but the coach's "Reached out" and "Later" stayed pressable, and each only
    answered "nothing was saved" (the fresh-eyes walk, a tmpfs mounted read-only).
    They are off, with the reason in the tooltip; Copy and E-mail still work."""
    journal = Journal.open(where.journal, backup_dir=where.backups)
    create_contact(journal, ContactRecord(
        given_name="Anna", family_name="Weiß", closeness=5, met_on=dt.date(2020, 1, 1),
        channels=[Channel("email", "anna@example.org")],
    ))  # fmt: skip
    journal.close()
    w = make_window(Journal.open(where.journal, read_only=True), today=TODAY)
    qtbot.waitUntil(lambda: len(w.coach.cards) == 1, timeout=30_000)
    card = w.coach.cards[0]
    done, later = card.actions_["done"], card.actions_["later"]
    assert not done.isEnabled() and not later.isEnabled()
    assert done.toolTip() and done.toolTip() == later.toolTip()
    never = card.findChild(QAction, "neverSuggest")
    assert never is not None and not never.isEnabled()
    # (Anna has no salutation: the card asks, and cannot store the answer)
    assert card.salutation_buttons and card.salutation_neutral is not None
    assert not any(b.isEnabled() for b in card.salutation_buttons.values())
    assert not card.salutation_neutral.isEnabled()
    # (and it looks it: grey text, not a link in the link colour: test_link_line.py)
    assert "<a " not in card.salutation_neutral.text()
    assert card.actions_["copy"].isEnabled() and card.actions_["mail"].isEnabled()
    card.actions_["copy"].click()
    assert QGuiApplication.clipboard().text() == card.text.toPlainText()


# -- edited openers are never dropped unasked ---------------------------------------------


def is_discard_question(widget) -> bool:
    return widget.objectName() == "confirmDestructive"


def test_closing_with_edited_openers_asks_once_cancel_default_and_cancel_keeps_them(window, qtbot):
    w, _ = window
    anna, bernd = w.coach.cards[0], w.coach.cards[1]
    anna.text.setPlainText("Liebe Anna, wie lief der Halbmarathon?")
    seen: list[tuple[str, bool, str]] = []

    def cancel(box) -> None:
        cancel_button = box.button(QMessageBox.StandardButton.Cancel)
        discard_text = box.button(QMessageBox.StandardButton.Yes).text()
        seen.append((box.text(), box.defaultButton() is cancel_button, discard_text))
        cancel_button.click()

    when_modal(cancel, is_discard_question)
    assert not w.close()
    assert w.isVisible() and anna.text.toPlainText() == "Liebe Anna, wie lief der Halbmarathon?"
    question, cancel_is_default, discard = seen[0]
    assert "Anna Weiß" in question and "Bernd" not in question, question
    assert cancel_is_default and "&" in discard  # Enter keeps the text; Alt+D discards
    # Two edited cards: one question naming both; Discard closes the window.
    bernd.text.setPlainText("Hallo Bernd, Kaffee am Dienstag?")
    seen.clear()

    def discard(box) -> None:
        seen.append((box.text(), True, ""))
        box.button(QMessageBox.StandardButton.Yes).click()

    when_modal(discard, is_discard_question)
    assert w.close()
    assert len(seen) == 1 and "Anna Weiß" in seen[0][0] and "Bernd Groß" in seen[0][0]


def test_closing_without_an_edited_opener_asks_nothing(window, qtbot):
    w, _ = window
    card = w.coach.cards[0]
    written = card.text.toPlainText()
    card.text.setPlainText("Liebe Anna, Kaffee?")
    card.text.setPlainText(written)  # back as the coach wrote it
    assert w.coach.unsaved_messages() == []
    assert w.close()


def test_an_edited_opener_of_someone_who_leaves_the_list_is_kept_and_asked_about(window, qtbot):
    w, people = window
    cara = people[2]
    w.coach.cards[2].text.setPlainText("Liebe Cara, Kaffee?")
    # A note saved elsewhere: Cara is no longer due and leaves the list.
    before = w.coach.result
    note = create_interaction(w.journal, InteractionRecord(
        occurred_at=dt.datetime(2026, 6, 14, 10), participants=[cara.id], kind="coffee",
    )).value  # fmt: skip
    qtbot.waitUntil(lambda: new_list_shown(w, before), timeout=30_000)
    assert "Cara Lang" not in card_names(w)
    assert w.coach.unsaved_messages() == ["Cara Lang"]  # closing would ask
    # Back on the list (the note deleted): her words are back.
    from netzjournal.store.interactions import delete_interactions

    before = w.coach.result
    delete_interactions(w.journal, [note.id])
    qtbot.waitUntil(lambda: new_list_shown(w, before) and "Cara Lang" in card_names(w),
                    timeout=30_000)  # fmt: skip
    card = w.coach.card_for(cara.id)
    assert card is not None and card.text.toPlainText() == "Liebe Cara, Kaffee?"
    assert w.coach.unsaved_messages() == ["Cara Lang"]
    w.coach.discard_messages()
    assert w.coach.unsaved_messages() == [] and card.text.toPlainText() != "Liebe Cara, Kaffee?"


def test_reached_out_sets_the_edited_text_aside_and_undo_brings_it_back(window, qtbot):
    w, people = window
    card = w.coach.cards[0]
    card.text.setPlainText("Liebe Anna, wie lief der Halbmarathon?")
    card.actions_["done"].click()  # the note holds the text: nothing to ask about
    assert w.coach.unsaved_messages() == []
    qtbot.waitUntil(lambda: built(w) and ("Anna Weiß" not in card_names(w)), timeout=30_000)
    assert w.coach.unsaved_messages() == []
    w.coach.notice_undo.click()
    qtbot.waitUntil(lambda: built(w) and ("Anna Weiß" in card_names(w)), timeout=30_000)
    again = w.coach.card_for(people[0].id)
    assert again.text.toPlainText() == "Liebe Anna, wie lief der Halbmarathon?"
    assert w.coach.unsaved_messages() == ["Anna Weiß"]
    w.coach.discard_messages()


# -- the coach's key ----------------------------------------------------------------------


def coach_key(widget) -> None:
    QTest.keyClick(
        widget, Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )  # fmt: skip


def test_the_coach_key_takes_the_keyboard_to_the_first_card_and_hides_from_inside(window, qtbot):
    w, _ = window
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    table = w.contacts.table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    first = w.coach.cards[0]
    # Shown but out of reach: the key takes the keyboard to the first card.
    coach_key(table)
    assert w.coach_dock.isVisible() and w.actions_.toggle_coach.isChecked()
    focus = QApplication.focusWidget()
    assert focus is not None and first.isAncestorOf(focus), focus
    # From inside the coach the key hides it, and the keyboard goes back to the view.
    coach_key(focus)
    assert not w.coach_dock.isVisible() and not w.actions_.toggle_coach.isChecked()
    assert table.hasFocus()
    # Hidden: the key shows it, the keyboard on the first card again.
    coach_key(table)
    assert w.coach_dock.isVisible() and w.actions_.toggle_coach.isChecked()
    focus = QApplication.focusWidget()
    assert focus is not None and first.isAncestorOf(focus), focus
    # Folded to its strip: the key opens it (the strip's button was not the coach).
    w.coach_dock.set_collapsed(True)
    w.coach_dock.expand_button.setFocus()
    coach_key(w.coach_dock.expand_button)
    assert not w.coach_dock.collapsed and first.isAncestorOf(QApplication.focusWidget())


def test_a_click_on_the_folded_strip_s_title_opens_the_coach(window, qtbot):
    """Folded (as at 800 px), the strip is the small « and the coach's name written
    down it; a click on the name did nothing, only the 20-px « opened it. The name
    opens it too, and says so."""
    from netzjournal.ui.coach.dock import _VerticalTitle

    w, _ = window
    w.coach_dock.set_collapsed(True)
    QApplication.processEvents()
    title = w.coach_dock.strip.findChild(_VerticalTitle)
    assert title.isVisible() and title.toolTip() == w.coach_dock.expand_button.toolTip()
    assert title.cursor().shape() == Qt.CursorShape.PointingHandCursor
    qtbot.mouseClick(title, Qt.MouseButton.LeftButton, pos=title.rect().center())
    assert not w.coach_dock.collapsed
    # A right click is no open.
    w.coach_dock.set_collapsed(True)
    QApplication.processEvents()
    qtbot.mouseClick(title, Qt.MouseButton.RightButton, pos=title.rect().center())
    assert w.coach_dock.collapsed


def test_the_menu_item_still_only_shows_and_hides_the_coach(window, qtbot):
    w, _ = window
    w.contacts.table.setFocus()
    w.actions_.toggle_coach.trigger()  # a click in the View menu
    assert not w.coach_dock.isVisible() and not w.actions_.toggle_coach.isChecked()
    w.actions_.toggle_coach.trigger()
    assert w.coach_dock.isVisible() and w.actions_.toggle_coach.isChecked()


def test_an_empty_journal_s_coach_says_to_add_contacts_first(make_window, qtbot):
    w = make_window(today=TODAY)
    qtbot.waitUntil(lambda: w.coach.result is not None, timeout=30_000)
    assert w.coach.result.no_contacts
    text = w.coach.intro.text()
    assert "contacts" in text and "import" in text and "quiet" not in text, text
    # Contacts but no note yet: nobody can be due, and "enjoy the quiet" was not true
    # for someone who just started (the fresh-eyes walk): it says what to do.
    before = w.coach.result
    new = create_contact(w.journal, ContactRecord(given_name="Neu", family_name="Person"))
    qtbot.waitUntil(lambda: w.coach.result is not before, timeout=30_000)
    assert not w.coach.result.no_contacts and w.coach.result.no_notes
    text = w.coach.intro.text()
    assert "quick note" in text and "quiet" not in text, text
    with in_language("de"):
        w.coach._show(w.coach.result)
        text = w.coach.intro.text()
    assert text.startswith("Noch kann niemand fällig sein") and "Schnellnotiz" in text, text
    # A first note (a call three weeks ago: nobody due): the quiet now.
    before = w.coach.result
    create_interaction(w.journal, InteractionRecord(
        occurred_at=dt.datetime.combine(TODAY - dt.timedelta(days=20), dt.time(9)), kind="call",
        participants=[new.value.id]))  # fmt: skip
    qtbot.waitUntil(lambda: w.coach.result is not before, timeout=30_000)
    assert not w.coach.result.no_notes and "quiet" in w.coach.intro.text()


def test_the_empty_list_says_why_people_without_a_note_are_not_on_it(make_window, qtbot):
    """The German walk (session 35): 30 people imported, a coffee with a new one noted,
    and the coach said „Genießen Sie die Ruhe“ – where had the 30 gone? It says how
    many have no note yet and that it suggests them once one is noted."""
    w = make_window(today=TODAY)
    qtbot.waitUntil(lambda: w.coach.result is not None, timeout=30_000)
    before = w.coach.result
    people = [
        create_contact(w.journal, ContactRecord(given_name=f"Person{i}", family_name="Import"))
        for i in range(3)
    ]
    qtbot.waitUntil(lambda: w.coach.result is not before, timeout=30_000)
    before = w.coach.result
    create_interaction(w.journal, InteractionRecord(
        occurred_at=dt.datetime.combine(TODAY, dt.time(8)), kind="coffee",
        participants=[people[0].value.id]))  # fmt: skip
    qtbot.waitUntil(lambda: w.coach.result is not before, timeout=30_000)
    assert w.coach.result.suggestions == [] and w.coach.result.never_noted == 2
    text = w.coach.intro.text()
    assert "2 of your contacts have no note yet" in text and "quiet" not in text, text
    with in_language("de"):
        w.coach._show(w.coach.result)
        text = w.coach.intro.text()
    assert text.startswith("Gerade ist niemand fällig. Zu 2 Ihrer Kontakte gibt es noch keine")
    assert "Ruhe" not in text, text


def test_a_birthday_soon_is_a_card_before_any_note(make_window, qtbot):
    """The walk (session 35): 60 contacts imported, Jonas Hofmann's birthday in five
    days, and the coach said only „Noch kann niemand fällig sein“. The card is there
    with its reason; the empty list's words say that occasions are named meanwhile."""
    w = make_window(today=TODAY)
    qtbot.waitUntil(lambda: w.coach.result is not None, timeout=30_000)
    before = w.coach.result
    for i in range(3):
        create_contact(w.journal, ContactRecord(given_name=f"Person{i}", family_name="Import"))
    qtbot.waitUntil(lambda: w.coach.result is not before, timeout=30_000)
    assert w.coach.result.no_notes
    with in_language("de"):
        w.coach._show(w.coach.result)
        assert "Geburtstag" in w.coach.intro.text()  # occasions meanwhile
    before = w.coach.result
    soon = TODAY + dt.timedelta(days=5)
    jonas = ContactRecord(given_name="Jonas", family_name="Hofmann")
    jonas.birthday = Birthday(soon.month, soon.day)
    create_contact(w.journal, jonas)
    qtbot.waitUntil(lambda: new_list_shown(w, before), timeout=30_000)
    assert card_names(w) == ["Jonas Hofmann"] and not w.coach.result.no_notes
    said = w.coach.cards[0].suggestion.reason.casefold()
    assert "birthday on saturday – congratulate on the day itself" in said  # (Monday + 5)
    assert w.coach.intro.text() == "Whom you could get back in touch with:"


def test_a_card_without_an_opener_offers_no_e_mail(make_window, where, qtbot):
    """The rules withheld the opener (Sie without a family name), Copy was off, but
    "E-mail" opened a mail with an empty body; it is off too, and says why. Completed,
    the card has its opener and E-mail again."""
    journal = Journal.open(where.journal, backup_dir=where.backups)
    made = {}
    for key, rec in (
        ("sie", ContactRecord(given_name="Jana", address_form="sie")),
        ("fine", ContactRecord(given_name="Kim", family_name="Meier", salutation="Frau")),
    ):
        rec.closeness, rec.met_on = 5, dt.date(2020, 1, 1)
        rec.channels = [Channel("email", f"{key}@example.org")]
        made[key] = create_contact(journal, rec).value.id
        create_interaction(journal, InteractionRecord(
            occurred_at=dt.datetime(2025, 10, 1, 10), participants=[made[key]], kind="coffee",
        ))  # fmt: skip
    w = make_window(journal, today=TODAY)
    qtbot.waitUntil(lambda: built(w) and len(w.coach.cards) == 2, timeout=30_000)
    sie, fine = (w.coach.card_for(made[k]) for k in ("sie", "fine"))
    assert sie.suggestion.email and not sie.suggestion.openers
    assert not sie.actions_["mail"].isEnabled()
    assert sie.actions_["mail"].toolTip() == "No opener to send"
    assert fine.actions_["mail"].isEnabled()
    record = get_contact(w.journal, made["sie"])
    record.family_name = "Berger"
    update_contact(w.journal, record)

    def completed() -> bool:
        card = w.coach.card_for(made["sie"])
        return card is not None and bool(card.suggestion.openers)

    qtbot.waitUntil(completed, timeout=30_000)
    assert w.coach.card_for(made["sie"]).actions_["mail"].isEnabled()


def test_a_card_without_an_opener_says_why_and_completes_the_contact(make_window, where, qtbot):
    """The rules withhold an opener rather than write a wrong greeting (the Sie without
    a family name, the du without a first name, an organisation only); the card said
    nothing. It says why and opens the editor on the missing field; saved, the card
    has its opener."""
    from netzjournal.ui.contacts.editor import ContactEditor

    journal = Journal.open(where.journal, backup_dir=where.backups)
    made = {}
    for key, rec in (
        ("sie", ContactRecord(given_name="Jana", address_form="sie")),
        ("du", ContactRecord(family_name="Berger", address_form="du")),
        ("org", ContactRecord(organisation="Stadtwerke Bonn", address_form="sie")),
        ("en", ContactRecord(family_name="Clarke", language="en")),
        ("fine", ContactRecord(given_name="Kim", family_name="Meier", salutation="Frau")),
    ):
        rec.closeness, rec.met_on = 5, dt.date(2020, 1, 1)
        made[key] = create_contact(journal, rec).value.id
        create_interaction(journal, InteractionRecord(
            occurred_at=dt.datetime(2025, 10, 1, 10), participants=[made[key]], kind="coffee",
        ))  # fmt: skip
    w = make_window(journal, today=TODAY)
    qtbot.waitUntil(lambda: built(w) and len(w.coach.cards) == 5, timeout=30_000)

    def card(key):
        return w.coach.card_for(made[key])

    why = {k: card(k).findChild(QLabel, "openerWithheld") for k in made}
    assert why["fine"] is None and card("fine").suggestion.openers
    said = {k: why[k].text() for k in ("sie", "du", "org", "en")}
    assert "family name" in said["sie"] and "family name" in said["org"]
    assert "first name" in said["du"] and "first name" in said["en"]
    # (A card put into the visible list is shown on the next turn of the event loop.)
    qtbot.waitUntil(lambda: all(why[k].isVisible() for k in said))
    for key in said:
        assert not card(key).suggestion.openers and why[key].isVisible()
        assert not card(key).actions_["copy"].isEnabled()  # (nothing to copy)
    assert card("fine").actions_["copy"].isEnabled()

    focused = []

    def complete(editor) -> None:
        assert isinstance(editor, ContactEditor)
        focused.append(editor.focusWidget())
        editor.family_name.setText("Berger")
        editor.accept()

    when_modal(complete, lambda widget: isinstance(widget, ContactEditor))
    card("sie").findChild(QPushButton, "completeContact").click()
    assert focused and focused[0] is not None and focused[0].objectName() == "familyName"
    assert get_contact(w.journal, made["sie"]).family_name == "Berger"
    qtbot.waitUntil(
        lambda: built(w) and card("sie") is not None and bool(card("sie").suggestion.openers),
        timeout=30_000,
    )
    assert card("sie").text.toPlainText().startswith("Guten Tag Jana Berger,")
    assert card("sie").findChild(QLabel, "openerWithheld") is None


def test_openers_without_a_name_say_once_where_to_set_it(window, qtbot, make_window):
    """Markus never filled in "Your name": every opener ended in „Viele Grüße“ and no
    name. The coach says so in one line whose link opens Settings on that field; the
    line goes once the name is set, and for good once set aside."""
    from netzjournal.ui.settings_dialog import SettingsDialog

    w, _ = window
    pane = w.coach
    assert not pane.name_hint.isHidden()
    assert not any(c.suggestion.openers[0].body.endswith("Kim") for c in pane.cards)
    opened: list[SettingsDialog] = []

    def type_name(dialog):
        assert isinstance(dialog, SettingsDialog), dialog
        opened.append(dialog)
        assert dialog.tabs.currentIndex() == 0 and dialog.focusWidget() is dialog.user_name
        dialog.user_name.setText("Kim Berger")
        dialog.accept()

    when_modal(type_name, lambda widget: isinstance(widget, SettingsDialog))
    pane.name_hint_text.linkActivated.emit("settings:user_name")
    assert opened
    qtbot.waitUntil(lambda: pane.name_hint.isHidden(), timeout=30_000)
    qtbot.waitUntil(
        lambda: all(c.suggestion.openers[0].body.endswith("\nKim Berger") for c in pane.cards),
        timeout=30_000,
    )
    # Without a name again, the line is back; set aside, it stays away (also next time).
    set_setting(w.journal, "user.name", "")
    qtbot.waitUntil(lambda: not pane.name_hint.isHidden(), timeout=30_000)
    qtbot.mouseClick(pane.name_hint_dismiss, Qt.MouseButton.LeftButton)
    assert pane.name_hint.isHidden()
    again = make_window(w.journal, today=TODAY)
    qtbot.waitUntil(lambda: len(again.coach.cards) == 3, timeout=30_000)
    assert again.coach.name_hint.isHidden()


def test_reached_out_on_todays_birthday_takes_the_card_off_says_when_and_undo_brings_it(
    make_window, where, qtbot
):
    """„Gemeldet“ on a birthday card: the birthday is answered, the card leaves (it did
    not: today's birthday outranked the rest), the notice says when they come back, and
    the notice's Undo brings the card back."""
    journal = Journal.open(where.journal, backup_dir=where.backups)
    c = create_contact(journal, ContactRecord(
        given_name="Heute", family_name="Geburtstag", closeness=3, met_on=dt.date(2020, 1, 1),
        birthday=Birthday(TODAY.month, TODAY.day, None),
    )).value  # fmt: skip
    create_interaction(journal, InteractionRecord(
        occurred_at=dt.datetime.combine(TODAY - dt.timedelta(days=3), dt.time(9)),
        participants=[c.id], kind="coffee", direction="together",
    ))  # fmt: skip
    w = make_window(journal, today=TODAY)
    qtbot.waitUntil(lambda: built(w) and card_names(w) == ["Heute Geburtstag"], timeout=30_000)
    with in_language("de"):
        w.coach.cards[0].actions_["done"].click()
        said = w.coach.notice_text.text()
    qtbot.waitUntil(lambda: built(w) and card_names(w) == [], timeout=30_000)
    # (closeness 3: due again in 90 days)
    assert said == "Heute Geburtstag: als gemeldet notiert – kommt in etwa 3 Monaten wieder."
    with in_language("en"):
        assert w.coach._back_in(14) == "in about 2 weeks"
        assert w.coach._back_in(365) == "in about a year"
    w.coach.notice_undo.click()
    qtbot.waitUntil(lambda: built(w) and card_names(w) == ["Heute Geburtstag"], timeout=30_000)


def test_a_promise_card_ticks_done_with_its_opener_and_marks_it_with_reached_out(
    make_window, where, qtbot
):
    """What I owe them: the opener that delivers it comes first and ticks „als erledigt
    markieren“; „Gemeldet“ marks the follow-up done with the message, one Undo opens it
    again. An overdue one keeps them listed though spoken to two days ago."""
    from PySide6.QtWidgets import QCheckBox

    from netzjournal.store.interactions import add_follow_up, follow_ups
    from netzjournal.store.records import FollowUpRecord

    journal = Journal.open(where.journal, backup_dir=where.backups)
    c = create_contact(journal, ContactRecord(
        given_name="Olga", family_name="Offen", closeness=3, salutation="Frau",
        met_on=dt.date(2020, 1, 1),
    )).value  # fmt: skip
    create_interaction(journal, InteractionRecord(
        occurred_at=dt.datetime.combine(TODAY - dt.timedelta(days=2), dt.time(9)),
        participants=[c.id], kind="coffee", direction="together",
    ))  # fmt: skip
    fid = add_follow_up(journal, FollowUpRecord(
        "Artikel über Wärmepumpen schicken", contact_id=c.id,
        due_on=TODAY - dt.timedelta(days=10), owed_by="me",
    )).value.id  # fmt: skip
    w = make_window(journal, today=TODAY)
    qtbot.waitUntil(lambda: built(w) and card_names(w) == ["Olga Offen"], timeout=30_000)
    card = w.coach.cards[0]
    assert card.suggestion.overdue_promise
    box = card.findChild(QCheckBox, "markPromiseDone")
    assert box is not None and box.isChecked() and box.isVisibleTo(card)
    assert card.suggestion.openers[0].category == "promised"
    # Another opener unticks it; the person's own tick is kept from then on.
    card.choice.setCurrentIndex(1)
    assert not box.isChecked()
    box.click()
    card.choice.setCurrentIndex(0)
    card.choice.setCurrentIndex(1)
    assert box.isChecked()
    card.actions_["done"].click()
    qtbot.waitUntil(lambda: built(w) and card_names(w) == [], timeout=30_000)
    assert follow_ups(journal, c.id) == []
    assert "Artikel über Wärmepumpen schicken" in w.coach.notice_text.text()
    w.coach.notice_undo.click()
    assert [f.id for f in follow_ups(journal, c.id)] == [fid]
    assert len(interactions_of(journal, c.id)) == 1
    qtbot.waitUntil(lambda: built(w) and card_names(w) == ["Olga Offen"], timeout=30_000)


def test_a_long_promise_fits_the_coach_at_800_px_in_german(make_window, where, qtbot):
    """The box named the whole follow-up („Artikel über Wärmepumpen schicken“ als
    erledigt markieren): every card grew wider than the coach at 800×600. It is cut
    with "…" to the card, or says only „Als erledigt markieren“ where a stub is left."""
    from PySide6.QtWidgets import QCheckBox

    from netzjournal.store.interactions import add_follow_up
    from netzjournal.store.records import FollowUpRecord

    with in_language("de"):
        journal = Journal.open(where.journal, backup_dir=where.backups)
        c = create_contact(journal, ContactRecord(
            given_name="Olga", family_name="Offen", closeness=5, salutation="Frau",
            met_on=dt.date(2020, 1, 1))).value  # fmt: skip
        create_interaction(
            journal,
            InteractionRecord(
                occurred_at=dt.datetime(2025, 10, 1, 10), participants=[c.id], kind="coffee"
            ),
        )
        what = "Artikel über Wärmepumpen und die Förderung der KfW schicken"
        add_follow_up(journal, FollowUpRecord(what, contact_id=c.id, owed_by="me"))
        w = make_window(journal, today=TODAY)
        w.resize(800, 600)
        qtbot.waitUntil(lambda: built(w) and len(w.coach.cards) == 1, timeout=30_000)
        w.resizeDocks([w.coach_dock], [EXPANDED_MIN], Qt.Orientation.Horizontal)
        qtbot.waitUntil(lambda: w.coach_dock.width() == EXPANDED_MIN, timeout=5_000)
        QApplication.processEvents()
        box = w.coach.cards[0].findChild(QCheckBox, "markPromiseDone")
        viewport = w.coach.scroll_area.viewport()
        assert w.coach.scroll_area.widget().width() <= viewport.width()
        assert box.mapTo(viewport, box.rect().topRight()).x() < viewport.width()
        assert what not in box.text() and "markieren" in box.text()
        assert what in box.toolTip() and what in box.accessibleName()
        # Wider: more of it is named.
        w.resizeDocks([w.coach_dock], [EXPANDED_MIN + 260], Qt.Orientation.Horizontal)
        qtbot.waitUntil(lambda: "„Artikel über" in box.text(), timeout=5_000)


def test_a_first_list_that_failed_after_the_window_closed_opens_no_journal_again(
    make_window, where, qtbot
):
    """The coach's first list is worked out on a worker; if it fails (None), the pane
    reads it itself — but not once the window is closed and its journal with it: that
    opened the file again, and a journal moved or deleted by then made it raise in the
    event loop (seen when a slow worker came back after a test's disk was unmounted)."""
    journal = Journal.open(where.journal, backup_dir=where.backups)
    create_contact(journal, ContactRecord(given_name="Anna", family_name="Weiß", closeness=5))
    w = make_window(journal, today=TODAY)
    qtbot.waitUntil(lambda: w.coach.result is not None, timeout=30_000)
    shown = w.coach.result
    w.close()
    journal.close()
    moved = where.journal.with_name("elsewhere.sqlite3")
    where.journal.rename(moved)
    w.coach._first_list_in(None)  # (the worker's failure, delivered late)
    assert journal.is_closed and not where.journal.exists()
    assert w.coach.result is shown


def test_a_birthday_ahead_card_sets_itself_aside_until_the_day_in_one_click(
    make_window, where, qtbot
):
    """A birthday on Friday: the card says the wishes belong to the day („gratulieren
    Sie am Tag selbst“) and offers no congratulations yet; „Am Geburtstag erinnern“
    takes it off the list until Friday (Undo brings it back), and on Friday it is
    there with the wishes first. A card without a birthday ahead has no such button."""
    birthday = TODAY + dt.timedelta(days=4)  # Friday
    with in_language("de"):
        journal = Journal.open(where.journal, backup_dir=where.backups)
        ids = []
        for given, bday in (("Frida", Birthday(birthday.month, birthday.day, 1980)),
                            ("Olaf", None)):  # fmt: skip
            c = create_contact(journal, ContactRecord(
                given_name=given, family_name="Früh", closeness=4, salutation="Frau",
                met_on=dt.date(2020, 1, 1), birthday=bday)).value  # fmt: skip
            create_interaction(
                journal,
                InteractionRecord(
                    occurred_at=dt.datetime(2025, 10, 1, 10), participants=[c.id], kind="coffee"
                ),
            )
            ids.append(c.id)
        w = make_window(journal, today=TODAY)
        w.resize(800, 600)
        qtbot.waitUntil(lambda: built(w) and len(w.coach.cards) == 2, timeout=30_000)
        frida = w.coach.card_for(ids[0])
        olaf = w.coach.card_for(ids[1])
        assert olaf is not None and olaf.findChild(QPushButton, "remindOnBirthday") is None
        reason = frida.findChild(QLabel, "suggestionReason").text().replace("\u00a0", " ")
        assert "Geburtstag am Freitag – gratulieren Sie am Tag selbst" in reason
        assert all(o.category != "congrats_birthday" for o in frida.suggestion.openers)
        button = frida.findChild(QPushButton, "remindOnBirthday")
        assert button.isVisibleTo(frida) and button.text() == "Am Geburtstag erinnern"
        assert not button.autoDefault()
        # It fits the coach at its narrowest, in German.
        w.resizeDocks([w.coach_dock], [EXPANDED_MIN], Qt.Orientation.Horizontal)
        qtbot.waitUntil(lambda: w.coach_dock.width() == EXPANDED_MIN, timeout=5_000)
        QApplication.processEvents()
        viewport = w.coach.scroll_area.viewport()
        assert button.mapTo(viewport, button.rect().topRight()).x() < viewport.width()
        button.click()
        qtbot.waitUntil(lambda: built(w) and card_names(w) == ["Olaf Früh"], timeout=30_000)
        assert coach_summaries(w.journal, TODAY, [ids[0]])[0].snoozed_until == birthday
        assert "Frida Früh" in w.coach.notice_text.text()
        w.coach.notice_undo.click()
        qtbot.waitUntil(lambda: built(w) and len(w.coach.cards) == 2, timeout=30_000)
        assert coach_summaries(w.journal, TODAY, [ids[0]])[0].snoozed_until is None
        button = w.coach.card_for(ids[0]).findChild(QPushButton, "remindOnBirthday")
        button.click()
        qtbot.waitUntil(lambda: built(w) and card_names(w) == ["Olaf Früh"], timeout=30_000)
    # On the day: back, with the wishes first and no button.
    on_the_day = make_window(journal, today=birthday)
    qtbot.waitUntil(lambda: built(on_the_day) and len(on_the_day.coach.cards) >= 1,
                    timeout=30_000)  # fmt: skip
    card = on_the_day.coach.card_for(ids[0])
    assert card is not None and card.suggestion.openers[0].category == "congrats_birthday"
    assert card.findChild(QPushButton, "remindOnBirthday") is None


def test_a_birthday_ahead_card_cannot_be_set_aside_read_only(make_window, where, qtbot):
    birthday = TODAY + dt.timedelta(days=2)
    journal = Journal.open(where.journal, backup_dir=where.backups)
    create_contact(
        journal,
        ContactRecord(
            given_name="Frida",
            family_name="Früh",
            closeness=4,
            salutation="Frau",
            met_on=dt.date(2020, 1, 1),
            birthday=Birthday(birthday.month, birthday.day, None),
        ),
    )
    w = make_window(journal, today=TODAY)
    qtbot.waitUntil(lambda: built(w) and len(w.coach.cards) == 1, timeout=30_000)
    card = w.coach.cards[0]
    card.set_read_only()
    assert not card.findChild(QPushButton, "remindOnBirthday").isEnabled()
