"""Aujourd'hui: what is late, what comes next, what awaits a decision, what changed;
a double-click opens the record in its own screen."""

import pytest
from PySide6.QtWidgets import QPushButton

from fabrique_desktop.demo import build_demo
from fabrique_desktop.domain.models import Project
from fabrique_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, session):
    build_demo(scale=120)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    return window


def test_home_panels_are_filled(window):
    home = window.stack.currentWidget()
    assert home.greeting.text().startswith("Bonjour Claire — ")
    for panel in (home.late, home.committees, home.awaiting, home.recent):
        assert panel.topLevelItemCount() > 0
        assert not panel.topLevelItem(0).isDisabled()
    assert "à l'ordre du jour" in home.committees.topLevelItem(0).text(2)
    assert home.recent.topLevelItem(0).text(2) in {"Besoin", "Projet", "Porteur"}


def test_late_milestone_opens_its_project(qtbot, window):
    home = window.stack.currentWidget()
    item = home.late.topLevelItem(0)
    project = Project.get_by_id(item.data(0, 0x0100).record_id)
    home.late.itemActivated.emit(item, 0)
    assert window.navigation.currentRow() == 3
    form = window.current_list().form
    assert form.record.id == project.id
    late = [form.milestone_table.item(r, 0) for r in range(form.milestone_table.rowCount())]
    assert any(
        cell.text() == item.text(1) and cell.toolTip().startswith("En retard") for cell in late
    )


def test_home_panels_are_filled_without_a_getting_started(window):
    assert not window.stack.currentWidget().start.isVisible()  # records: nothing to start


def test_an_empty_file_says_where_to_start_until_a_first_need(qtbot, session, monkeypatch):
    from fabrique_desktop.domain.services import needs, territories
    from fabrique_desktop.store import default_demo_path
    from fabrique_desktop.ui.files import FileMenu

    from ..factories import need_values
    from .actions import click

    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    home = window.stack.currentWidget()
    assert home.start.isVisible() and home.start.title() == "Pour commencer"
    buttons = {b.objectName(): b.text() for b in home.start.findChildren(QPushButton)}
    assert buttons == {
        "start_need": "Saisir un premier &besoin",
        "start_settings": "Compléter les &paramètres de la Fabrique…",
        "start_demo": "Ouvrir la base de dé&monstration",
    }
    asked = []
    monkeypatch.setattr(FileMenu, "request", lambda menu, *args: asked.append(args))
    click(qtbot, home.start.findChild(QPushButton, "start_demo"))
    assert asked == [(default_demo_path(), True, True)]

    click(qtbot, home.start.findChild(QPushButton, "start_need"))
    screen = window.current_list()
    assert window.navigation.currentRow() == 1 and screen.form.record is None
    assert screen.form.heading.text() == "Nouveau besoin"  # a blank need, ready to type
    amiens = territories.create_territory(
        {"name": "Amiens", "insee_code": "80021", "postal_code": "80000"}
    )
    needs.create_need(need_values(amiens))  # the first need, saved
    window.navigation.setCurrentRow(0)
    assert not home.start.isVisible()  # gone once the file has records
