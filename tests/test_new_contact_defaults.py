"""A new contact speaks the interface's language until the person chooses otherwise.

In the English interface every new contact was German and "Sie" (the coach's
settings fixed both): an English user's first contact got German openers.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox
from uihelpers import answer, type_text, when_modal

from netzjournal import cli
from netzjournal.coach import settings as coach_settings
from netzjournal.commands.notes import create_person
from netzjournal.paths import DataPaths
from netzjournal.store.catalog import set_setting
from netzjournal.store.contacts import get_contact
from netzjournal.store.journal import Journal
from netzjournal.store.people import find_people_by_typed_name
from netzjournal.store.reading import get_setting


@pytest.fixture
def interface(qapp) -> Iterator:
    """Switch the interface's language for the rest of the test."""
    from netzjournal.ui.i18n import install_translators

    before = QLocale()
    installed: list = []

    def switch(language: str) -> None:
        for translator in installed:
            qapp.removeTranslator(translator)
        installed[:] = install_translators(qapp, language)

    yield switch
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def test_a_fresh_journal_follows_the_interface_and_keeps_a_choice(journal):
    assert coach_settings.new_contact(journal, "en").language == "en"
    assert coach_settings.new_contact(journal, "de").language == "de"
    assert {coach_settings.new_contact(journal, lang).address_form for lang in ("de", "en")} == {
        "sie"
    }
    # Saving other coach settings stores no language: it keeps following the interface.
    settings = coach_settings.load(journal)
    settings.limit = 7
    coach_settings.save(journal, settings)
    assert "new_contact_language" not in get_setting(journal, "coach", {})
    assert coach_settings.new_contact(journal, "en").language == "en"
    # A journal whose owner chose (or whose settings were saved before) keeps that.
    set_setting(journal, "coach", {"new_contact_language": "de", "new_contact_address_form": "du"})
    for lang in ("de", "en"):
        made = coach_settings.new_contact(journal, lang)
        assert (made.language, made.address_form) == ("de", "du")
    # A name typed in a note's people gets the same defaults.
    person = get_contact(journal, create_person(journal, "Chloe Baker", "en"))
    assert (person.language, person.address_form) == ("de", "du")


def test_names_typed_in_a_note_follow_the_interface(journal):
    for lang in ("en", "de"):
        person = get_contact(journal, create_person(journal, f"Ada Lovelace{lang}", lang))
        assert (person.language, person.address_form) == (lang, "sie")


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_contact_editor_and_the_quick_note_follow_the_interface(
    make_window, qtbot, where: DataPaths, interface, language
):
    from netzjournal.ui.contacts.editor import ContactEditor

    interface(language)
    w = make_window()
    seen = []

    def look(editor) -> None:
        assert isinstance(editor, ContactEditor)
        seen.append((editor.language.currentData(), editor.address_form.currentData()))
        editor.reject()

    when_modal(look)
    assert w.contacts.new_contact() is None
    assert seen == [(language, "sie")]
    # A new person named in the quick note (created after the confirmation)
    w.actions_.quick_note.trigger()
    dialog = w.quick_note_dialog()
    type_text(dialog.who, "Hanna Vogt")
    type_text(dialog.body, "Kaffee")
    when_modal(answer(QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(dialog.saved, timeout=30_000):
        dialog.save()
    (hanna,) = find_people_by_typed_name(w.journal, "Hanna Vogt")
    assert get_contact(w.journal, hanna.id).language == language


def test_the_settings_store_a_default_only_when_changed(make_window, qtbot, interface):
    from netzjournal.ui.settings_dialog import SettingsDialog

    interface("en")
    w = make_window()
    dialog = SettingsDialog(w.paths, w.journal, w)
    qtbot.addWidget(dialog)
    assert dialog.new_language.currentData() == "en"  # what a new contact gets today
    assert not dialog.new_form.isEnabled()  # du/Sie: a German choice
    dialog.limit.setValue(4)
    dialog.accept()
    saved = coach_settings.load(w.journal)
    assert (saved.limit, saved.new_contact_language, saved.new_contact_address_form) == (
        4, None, None,
    )  # fmt: skip
    interface("de")
    dialog = SettingsDialog(w.paths, w.journal, w)
    qtbot.addWidget(dialog)
    assert dialog.new_language.currentData() == "de"  # still following the interface
    dialog.new_language.setCurrentIndex(dialog.new_language.findData("en"))
    dialog.accept()
    assert coach_settings.load(w.journal).new_contact_language == "en"
    assert coach_settings.new_contact(w.journal, "de").language == "en"  # kept as chosen


def test_contact_add_on_the_command_line_follows_the_interface(tmp_path: Path, capsys, monkeypatch):
    from netzjournal import paths

    for variable in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    made = {}
    for lang, env in (("en", "en_GB.UTF-8"), ("de", "de_DE.UTF-8")):
        monkeypatch.setenv("LANG", env)
        data = tmp_path / lang
        data.mkdir()
        args = ["contact", "add", "--given", "Ole", "--data-dir", str(data)]
        assert cli.main(args) == 0
        assert cli.main([*args, "--lang", "de", "--form", "du"]) == 0
        ids = [int(line) for line in capsys.readouterr().out.split()]
        where = paths.resolve(data)
        with Journal.open(where.journal, backup_dir=where.backups) as j:
            made[lang] = [(get_contact(j, i).language, get_contact(j, i).address_form) for i in ids]
    assert made == {"en": [("en", "sie"), ("de", "du")], "de": [("de", "sie"), ("de", "du")]}


def test_an_editor_opened_without_a_record_gets_the_defaults(qtbot, journal, interface):
    """The screenshots (and any caller) open the editor with no record: it showed German."""
    from netzjournal.ui.contacts.editor import ContactEditor

    interface("en")
    editor = ContactEditor(journal, None, new=True)
    qtbot.addWidget(editor)
    assert (editor.language.currentData(), editor.address_form.currentData()) == ("en", "sie")
    # Du or Sie is a German choice: greyed (and kept) while the language is English.
    assert not editor.address_form.isEnabled() and editor.address_form.toolTip()
    editor.language.setCurrentIndex(editor.language.findData("de"))
    assert editor.address_form.isEnabled() and not editor.address_form.toolTip()
    editor.address_form.setCurrentIndex(editor.address_form.findData("du"))
    editor.language.setCurrentIndex(editor.language.findData("en"))
    assert not editor.address_form.isEnabled() and editor.address_form.currentData() == "du"


def test_imported_people_s_language_is_not_known_unless_their_card_says(journal, tmp_path):
    """An import made everyone German and "Sie" whatever the interface spoke; then
    everyone the interface's language: an English interface wrote "Hi Frank" to a
    German lawyer. Sie/du follow the defaults; the language is "not known" unless
    the card says it: a card of our own export (its line, or none there: German,
    the default it leaves out), or the vCard's LANG."""
    from netzjournal.interchange.importer import apply_import, plan_import, read_paths

    cards = tmp_path / "people.vcf"
    cards.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jane Doe\r\nN:Doe;Jane;;;\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jens Dohm\r\nN:Dohm;Jens;;;\r\n"
        "X-NETZJOURNAL-LANGUAGE:de\r\nX-NETZJOURNAL-ADDRESS-FORM:du\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Frank Ebert\r\nN:Ebert;Frank;;;\r\n"
        "LANG;PREF=1:de-DE\r\nLANG;PREF=2:en\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:4.0\r\nPRODID:-//netzjournal//1.0//EN\r\n"
        "FN:Ida Pohl\r\nN:Pohl;Ida;;;\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    outcome = apply_import(journal, plan_import(journal, read_paths([cards])), language="en")
    made = [get_contact(journal, i) for i in outcome.created]
    assert {c.name: (c.language, c.address_form) for c in made} == {
        "Jane Doe": ("", "sie"), "Jens Dohm": ("de", "du"), "Frank Ebert": ("de", "sie"),
        "Ida Pohl": ("de", "sie"),
    }  # fmt: skip
    # A journal whose person chose a default keeps it for imports too.
    set_setting(journal, coach_settings.KEY, {"new_contact_language": "de"})
    cards.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Max Muster\r\nN:Muster;Max;;;\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    again = apply_import(journal, plan_import(journal, read_paths([cards])), language="en")
    assert get_contact(journal, again.created[0]).language == "de"


def test_the_where_exactly_example_names_this_year(qtbot, journal, language):
    """ "e.g. Barcamp Köln 2024" named a past year for ever: the example's edition is the
    clock's year, in the interface's words."""
    import datetime as dt

    from netzjournal.ui.contacts.editor import ContactEditor

    editor = ContactEditor(journal, None, new=True, today=dt.date(2031, 3, 1))
    qtbot.addWidget(editor)
    assert editor.source_detail.placeholderText() == {
        "de": "z. B. Barcamp Köln 2031", "en": "e.g. Barcamp Cologne 2031",
    }[language]  # fmt: skip
