"""Windows, dialogs and pop-ups stay within the screen; records open at their top; an
empty date's calendar opens on today."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QDate, QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow

from fabrique_desktop.domain.services import needs as need_services
from fabrique_desktop.ui import needs
from fabrique_desktop.ui.common.fields import DateField
from fabrique_desktop.ui.common.screen_fit import available_area

from ..factories import need_values


def inside(widget) -> bool:
    return available_area(widget).contains(widget.frameGeometry())


def test_a_dialog_larger_than_the_screen_opens_inside_it(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    area = available_area(dialog)
    dialog.resize(area.width() + 300, area.height() + 400)  # the dossier's 900×1000
    dialog.move(area.right() - 50, area.bottom() - 50)
    dialog.show()
    assert inside(dialog)


def test_a_geometry_from_a_bigger_screen_is_brought_back(qtbot):
    big = QMainWindow()
    qtbot.addWidget(big)
    area = available_area(big)
    # What a 2560×1440 monitor leaves in the settings: larger than this screen, and
    # placed beyond its right and bottom edges.
    saved = QByteArray(big.saveGeometry())
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setMinimumSize(area.width() + 100, 300)  # and a minimum the screen cannot hold
    window.restoreGeometry(saved)
    window.setGeometry(area.right() + 100, area.bottom() - 20, 2400, 1300)
    window.show()
    assert inside(window)


def test_each_record_opens_at_its_top(qtbot, session, territory):
    first = need_services.create_need(need_values(territory, title="Recyclerie"))
    second = need_services.create_need(need_values(territory, title="Garage solidaire"))
    screen = needs.build(session)
    qtbot.addWidget(screen)
    screen.resize(900, 400)  # the form scrolls
    screen.show()
    screen.open_record(first.id)
    bar = screen.form.scroll.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    screen.open_record(second.id)
    assert bar.value() == 0


def test_empty_date_calendar_opens_on_today_and_on_screen(qtbot):
    field = DateField(optional=True)
    qtbot.addWidget(field)
    area = available_area(field)
    field.move(area.right() - field.sizeHint().width(), area.bottom() - 40)  # a corner
    field.show()
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=QPoint(field.width() - 8, 8))
    calendar = field.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    assert field.value() is None  # nothing chosen yet
    assert inside(calendar.window())
    QApplication.activePopupWidget().close()
