"""Words a new office met on its first day: the empty form of a list whose records are
made elsewhere says how to open one (a single click only selects the row), and every
tab of the settings has its Alt key."""

from PySide6.QtCore import Qt

from fabrique_desktop.domain.services import needs
from fabrique_desktop.ui import studies
from fabrique_desktop.ui.settings.dialog import FabriqueSettingsDialog

from ..factories import decision, need_values


def test_the_empty_study_form_says_to_double_click_and_a_double_click_opens(
    qtbot, session, territory, staff
):
    need = needs.create_need(need_values(territory, title="Garage solidaire"))
    needs.launch_study(need, decision(10), staff)
    screen = studies.build(session)
    qtbot.addWidget(screen)
    screen.resize(1300, 700)
    screen.show()
    heading = screen.form.heading
    assert heading.text() == "Double-cliquez sur une étude de la liste"
    row = screen.table.visualRect(screen.proxy.index(0, 0)).center()
    qtbot.mouseClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=row)
    assert heading.text() == "Double-cliquez sur une étude de la liste"  # selected only
    qtbot.mouseDClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=row)
    assert heading.text() == "Garage solidaire"


def test_every_settings_tab_has_its_alt_key(qtbot, db):
    dialog = FabriqueSettingsDialog()
    qtbot.addWidget(dialog)
    labels = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert "Données p&ersonnelles" in labels
    assert [label for label in labels if "&" not in label] == []
