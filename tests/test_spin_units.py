"""A number's unit follows the number: "1 Tag", "30 Tage" (the settings' cadences and
a contact's "every … days" said "1 Tage" / "1 days")."""

from __future__ import annotations

from netzjournal.store.journal import Journal


def test_a_cadence_of_one_day_is_said_in_the_singular(language, where, qtbot):
    from netzjournal.ui.contacts.editor import ContactEditor
    from netzjournal.ui.settings_dialog import SettingsDialog

    journal = Journal.open(where.journal)
    try:
        settings = SettingsDialog(where, journal)
        editor = ContactEditor(journal, None, new=True)
        said = []
        for dialog in (settings, editor):
            qtbot.addWidget(dialog)
            dialog.show()
        for box in (*settings.cadence.values(), editor.cadence_days):
            was = box.value()
            box.setValue(1)
            said.append((box.text(), box.width()))
            box.setValue(30)
            said.append((box.text(), box.width()))
            box.setValue(was)  # (nothing changed: closing asks nothing)
    finally:
        journal.close()
    one, many = {"de": ("1 Tag", "30 Tage"), "en": ("1 day", "30 days")}[language]
    assert [text for text, _w in said] == [one, many] * 6
    # no jump as the unit changes
    assert all(said[i][1] == said[i + 1][1] for i in range(0, len(said), 2))
