"""A new office's lists start empty: their columns, sized to the headings only, are sized
again once the first records come, and stay so after a restart, instead of cutting
« Alimentation et circuits courts » to « Alimenta… » for good."""

from PySide6.QtCore import QSettings

from fabrique_desktop.ui import needs
from fabrique_desktop.ui.needs.table import NeedColumn

from .actions import choose, click, type_into

SECTOR = "Alimentation et circuits courts"


def shows_whole(screen, column: int, text: str) -> bool:
    width = screen.table.horizontalHeader().sectionSize(column)
    return screen.table.fontMetrics().horizontalAdvance(text) < width


def first_need(qtbot, screen) -> None:
    screen.new_record()
    fields = screen.form.fields.editors
    type_into(qtbot, fields["title"], "Épicerie solidaire du quartier Nord")
    choose(fields["territory"], "Amiens")
    choose(fields["sector"], SECTOR)
    choose(fields["source"], "Habitants")
    click(qtbot, screen.form.save_button)


def test_columns_are_sized_again_when_the_first_record_comes(qtbot, session, territory):
    screen = needs.build(session)
    qtbot.addWidget(screen)
    screen.resize(1300, 700)
    screen.show()
    assert not shows_whole(screen, NeedColumn.SECTOR, SECTOR)  # the heading's width
    first_need(qtbot, screen)
    assert screen.count.text() == "1 besoin"
    assert shows_whole(screen, NeedColumn.SECTOR, SECTOR)
    assert shows_whole(screen, NeedColumn.STAFF, "Claire Vasseur")


def test_widths_measured_on_an_empty_list_are_measured_again_after_a_restart(
    qtbot, session, territory
):
    empty = needs.build(session)
    qtbot.addWidget(empty)
    empty.save_layout(QSettings())  # the app closed on the first day, nothing typed yet
    screen = needs.build(session)
    qtbot.addWidget(screen)
    screen.resize(1300, 700)
    screen.show()
    first_need(qtbot, screen)
    screen.save_layout(QSettings())
    again = needs.build(session)
    qtbot.addWidget(again)
    again.resize(1300, 700)
    again.show()
    assert shows_whole(again, NeedColumn.SECTOR, SECTOR)


def test_a_width_the_user_chose_on_an_empty_list_is_kept(qtbot, session, territory):
    screen = needs.build(session)
    qtbot.addWidget(screen)
    screen.resize(1300, 700)
    screen.show()
    screen.table.horizontalHeader().resizeSection(NeedColumn.SECTOR, 90)  # a drag
    first_need(qtbot, screen)
    assert screen.table.horizontalHeader().sectionSize(NeedColumn.SECTOR) == 90
