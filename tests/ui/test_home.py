"""Aujourd'hui: what is late, what comes next, what awaits a decision, what changed;
a double-click opens the record in its own screen."""

import pytest

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
