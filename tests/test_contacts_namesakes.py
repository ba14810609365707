"""Namesakes in a narrow contacts list (house rule 4): with the organisation column
hidden (800 px and the coach), two rows of „Julia Schneider“ looked the same."""

from __future__ import annotations

import pytest
from uihelpers import in_language, settle

from netzjournal.store.contacts import create_contact, get_contact, update_contact
from netzjournal.store.journal import Journal
from netzjournal.store.records import ContactRecord
from netzjournal.ui.contacts.model import ContactsTableModel as M


def _people(where) -> None:
    with Journal.open(where.journal, backup_dir=where.backups) as journal:
        for rec in (
            ContactRecord("Julia", "Schneider", organisation="Spreadshirt", city="Leipzig"),
            ContactRecord("Julia", "Schneider", organisation="Porsche Leipzig", city="Leipzig"),
            ContactRecord("Paul", "Neumann", organisation="Spreadshirt", city="Leipzig"),
            ContactRecord("Max", "Weber", city="Dresden"),
            ContactRecord("Max", "Weber", city="Halle"),
        ):
            create_contact(journal, rec)


def _names(w) -> list[str]:
    model, header = w.contacts.model, w.contacts.table.horizontalHeader()
    assert not header.isSectionHidden(M.NAME)
    return sorted(str(model.index(r, M.NAME).data()) for r in range(model.rowCount()))


@pytest.mark.parametrize("language", ["de", "en"])
def test_namesakes_are_told_apart_in_the_name_cell_when_the_organisation_is_hidden(
    make_window, where, qtbot, qtmodeltester, language
):
    _people(where)
    with in_language(language):
        w = make_window()
        _ = w.coach
        w.coach_dock.set_collapsed(False)
        w.coach_dock.show()
        w.resize(800, 600)
        settle()
        header = w.contacts.table.horizontalHeader()
        qtbot.waitUntil(lambda: header.isSectionHidden(M.ORGANISATION))
        assert header.isSectionHidden(M.CITY)
        # Only namesakes carry it; the organisation, else the city.
        assert _names(w) == [
            "Julia Schneider · Porsche Leipzig",
            "Julia Schneider · Spreadshirt",
            "Max Weber · Dresden",
            "Max Weber · Halle",
            "Paul Neumann",
        ]
        qtmodeltester.check(w.contacts.model)
        # The organisation shown, the city not: the organisation tells the Julias
        # apart (both in Leipzig), the city the two without one.
        w.coach_dock.set_collapsed(True)  # (as a window of 800 px starts)
        settle()
        qtbot.waitUntil(lambda: not header.isSectionHidden(M.ORGANISATION))
        assert header.isSectionHidden(M.CITY)
        assert _names(w) == [
            "Julia Schneider",
            "Julia Schneider",
            "Max Weber · Dresden",
            "Max Weber · Halle",
            "Paul Neumann",
        ]
        # With room for both, the name cell is the name again.
        w.coach_dock.hide()
        w.resize(1920, 1080)
        settle()
        qtbot.waitUntil(lambda: not header.isSectionHidden(M.ORGANISATION))
        assert _names(w)[:2] == ["Julia Schneider", "Julia Schneider"]
        assert header.isSectionHidden(M.CITY) is False
        assert _names(w)[2:4] == ["Max Weber", "Max Weber"]


@pytest.mark.parametrize("language", ["de", "en"])
def test_namesakes_at_one_organisation_are_told_apart_by_city_then_role(
    make_window, where, qtbot, qtmodeltester, language
):
    """Two „Felix Wagner · Acme“ looked the same: when the organisation does not tell
    them apart, the city does, then the role (the pickers' order, the review's words)."""
    with Journal.open(where.journal, backup_dir=where.backups) as journal:
        for rec in (
            ContactRecord("Felix", "Wagner", organisation="Acme", city="Kassel"),
            ContactRecord("Felix", "Wagner", organisation="Acme", city="Berlin"),
            ContactRecord("Lena", "Koch", organisation="Acme", city="Kassel", role="Einkauf"),
            ContactRecord("Lena", "Koch", organisation="Acme", city="Kassel", role="Vertrieb"),
        ):
            create_contact(journal, rec)
    with in_language(language):
        w = make_window()
        _ = w.coach
        w.coach_dock.set_collapsed(False)
        w.coach_dock.show()
        w.resize(800, 600)
        settle()
        header = w.contacts.table.horizontalHeader()
        qtbot.waitUntil(lambda: header.isSectionHidden(M.ORGANISATION))
        assert header.isSectionHidden(M.CITY) and header.isSectionHidden(M.ROLE)
        assert _names(w) == [
            "Felix Wagner · Berlin",
            "Felix Wagner · Kassel",
            "Lena Koch · Einkauf",
            "Lena Koch · Vertrieb",
        ]
        qtmodeltester.check(w.contacts.model)
        # With room for every column, each says its part itself.
        w.coach_dock.hide()
        w.resize(1920, 1080)
        settle()
        qtbot.waitUntil(lambda: not header.isSectionHidden(M.ROLE))
        assert _names(w) == ["Felix Wagner", "Felix Wagner", "Lena Koch", "Lena Koch"]


def test_a_renamed_namesake_is_no_longer_told_apart(make_window, where, qtbot):
    _people(where)
    w = make_window()
    w.resize(800, 600)
    _ = w.coach
    w.coach_dock.set_collapsed(False)
    w.coach_dock.show()
    settle()
    header = w.contacts.table.horizontalHeader()
    qtbot.waitUntil(lambda: header.isSectionHidden(M.ORGANISATION))
    model = w.contacts.model
    rows = range(model.rowCount())
    row = next(r for r in rows if model.contact_at(r).organisation == "Porsche Leipzig")
    cid = model.id_at(row)
    rec = get_contact(w.journal, cid)
    rec.given_name = "Jule"
    update_contact(w.journal, rec)
    w.contacts.refresher.flush()
    settle()
    assert "Julia Schneider · Spreadshirt" not in _names(w)
    assert "Julia Schneider" in _names(w)
    assert "Jule Schneider" in _names(w)
