"""View → Sort contacts by: the keyboard sorts the contacts as a click on a title does.

The keyboard walk (a consultant with 5,000 contacts, no mouse): a header takes no
focus, so the contacts could not be sorted by last contact or organisation at all.
"""

from __future__ import annotations

from conftest import person
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu
from uihelpers import shown

from netzjournal.store.contacts import create_contact
from netzjournal.ui.contacts.model import ContactsTableModel
from netzjournal.ui.main_window import MainWindow


def _open(w: MainWindow) -> QMenu:
    menu = w.findChild(QMenu, "sortMenu")
    assert menu is not None
    view = next(a.menu() for a in w.menuBar().actions() if shown(a.text()) in ("View", "Ansicht"))
    assert menu.menuAction() in view.actions()  # in the View menu, reached by Alt+V
    menu.aboutToShow.emit()  # as opening it does
    return menu


def _names(w: MainWindow) -> list[str]:
    model = w.contacts.model
    return [model.index(r, ContactsTableModel.ORGANISATION).data() for r in range(model.rowCount())]


def test_the_contacts_sort_by_organisation_from_the_menu_and_keep_the_selection(
    make_window, qtbot, language
):
    w = make_window()
    ids = {}
    for given, org in (("Anna", "Zeppelin AG"), ("Bernd", "Alster Design"), ("Cem", "Mainufer")):
        ids[given] = create_contact(w.journal, person(given, "Kurz", organisation=org)).value.id
    w.contacts.reload()
    assert _names(w) == ["Zeppelin AG", "Alster Design", "Mainufer"]  # by name
    w.contacts.select(ids["Cem"])
    menu = _open(w)
    titles = [shown(a.text()) for a in menu.actions() if not a.isSeparator()]
    assert titles[:2] == {"en": ["Name", "Organisation"], "de": ["Name", "Organisation"]}[language]
    assert titles[-1] == {"en": "Descending", "de": "Absteigend"}[language]
    letters = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert all("&" in t for t in letters), letters  # each reached by a letter
    assert menu.actions()[0].isChecked()  # sorted by name now
    next(a for a in menu.actions() if shown(a.text()) == "Organisation").trigger()
    assert _names(w) == ["Alster Design", "Mainufer", "Zeppelin AG"]
    header = w.contacts.table.horizontalHeader()
    assert header.sortIndicatorSection() == ContactsTableModel.ORGANISATION
    assert w.contacts.selected_ids() == [ids["Cem"]]  # the same person, by id
    menu = _open(w)
    assert [a for a in menu.actions() if a.isChecked()] == [menu.actions()[1]]  # Organisation
    descending = menu.actions()[-1]
    assert descending.objectName() == "sortDescending" and not descending.isChecked()
    descending.trigger()
    assert _names(w) == ["Zeppelin AG", "Mainufer", "Alster Design"]
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert w.contacts.selected_ids() == [ids["Cem"]]
