"""List screens on the demo data: search as you type, filters, counts; and the table
models on their own, without a view."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from fabrique_desktop.demo import build_demo
from fabrique_desktop.domain.enums import NeedStatus
from fabrique_desktop.domain.listing import ListFilter
from fabrique_desktop.domain.models import Need, Territory
from fabrique_desktop.ui import needs
from fabrique_desktop.ui.common.table_model import ID_ROLE, SORT_ROLE
from fabrique_desktop.ui.needs.table import NeedColumn, NeedTableModel

from .actions import choose


@pytest.fixture
def demo(db, staff):
    build_demo(scale=120)


def visible_titles(screen):
    return [
        screen.proxy.index(row, NeedColumn.TITLE).data() for row in range(screen.proxy.rowCount())
    ]


def test_search_filters_as_you_type_without_accents(qtbot, session, demo):
    screen = needs.build(session)
    qtbot.addWidget(screen)
    qtbot.keyClicks(screen.search, "epicerie")
    qtbot.waitUntil(lambda: screen.proxy.rowCount() < Need.select().count())
    titles = visible_titles(screen)
    assert titles and all(t.startswith("Épicerie sociale et solidaire") for t in titles)
    assert screen.count.text() == f"{len(titles)} besoins"


def test_filters_narrow_the_list_and_the_count(qtbot, session, demo):
    screen = needs.build(session)
    qtbot.addWidget(screen)
    choose(screen.filters["status"], "Projet ouvert")
    choose(screen.filters["territory"], "Amiens")
    amiens = Territory.get(Territory.name == "Amiens")
    expected = (
        Need.select()
        .where((Need.status == NeedStatus.IN_PROJECT) & (Need.territory == amiens))
        .count()
    )
    assert screen.proxy.rowCount() == expected > 0
    assert screen.count.text() == f"{expected} besoins"


def test_enter_opens_the_record(qtbot, session, demo):
    screen = needs.build(session)
    qtbot.addWidget(screen)
    screen.show()
    screen.table.setFocus()
    screen.table.setCurrentIndex(screen.proxy.index(3, 0))
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    opened = screen.form.record
    assert opened is not None
    assert str(opened.id) == screen.proxy.index(3, 0).data(ID_ROLE)
    assert screen.form.heading.text() == opened.title


def test_table_model_roles_without_a_view(demo):
    model = NeedTableModel()
    model.reload(ListFilter())
    assert model.rowCount() == 120
    assert model.columnCount() == len(NeedColumn)
    assert model.headerData(NeedColumn.DETECTED_ON, Qt.Orientation.Horizontal) == "Repéré le"
    index = model.index(0, NeedColumn.DETECTED_ON)
    need = Need.get_by_id(model.data(index, ID_ROLE))
    assert model.data(index) == need.detected_on.strftime("%d/%m/%Y")
    assert model.data(index, SORT_ROLE) == need.detected_on.isoformat()
    status = model.index(0, NeedColumn.STATUS)
    assert model.data(status) == need.status.label
    model.reload(ListFilter(status=NeedStatus.DROPPED))
    assert model.rowCount() == Need.select().where(Need.status == NeedStatus.DROPPED).count()


def test_sorting_by_date_is_chronological(qtbot, session, demo):
    screen = needs.build(session)
    qtbot.addWidget(screen)
    screen.table.sortByColumn(NeedColumn.DETECTED_ON, Qt.SortOrder.AscendingOrder)
    days = [
        dt.datetime.strptime(screen.proxy.index(r, NeedColumn.DETECTED_ON).data(), "%d/%m/%Y")
        for r in range(screen.proxy.rowCount())
    ]
    assert days == sorted(days)


@pytest.mark.sqlite_only
def test_model_reads_ids_once_and_rows_a_page_at_a_time(demo, monkeypatch):
    from fabrique_desktop.domain.models import database
    from fabrique_desktop.ui.common import table_model

    monkeypatch.setattr(table_model, "PAGE_SIZE", 50)
    model = NeedTableModel()
    statements = []
    database.obj.connection().set_trace_callback(statements.append)
    try:
        model.reload(ListFilter())
        for row in range(model.rowCount()):  # 120 rows: three pages of 50
            for column in NeedColumn:
                model.data(model.index(row, column))
    finally:
        database.obj.connection().set_trace_callback(None)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    version = [s for s in selects if "change_log" in s]  # when was the list read
    assert model.rowCount() == 120
    assert len(version) == 1
    assert len(selects) - 1 == 4  # the ordered ids, then one query per page, never one per row


@pytest.mark.sqlite_only
def test_typing_narrows_the_ids_read_without_sorting_again(qtbot, session, demo):
    from fabrique_desktop.domain.models import database

    screen = needs.build(session)
    qtbot.addWidget(screen)
    choose(screen.filters["territory"], "Amiens")
    ordered = list(screen.model.ids)
    statements = []
    database.obj.connection().set_trace_callback(statements.append)
    try:
        qtbot.keyClicks(screen.search, "soli")
        qtbot.waitUntil(lambda: screen.model.criteria.text == "soli")
    finally:
        database.obj.connection().set_trace_callback(None)
    # Only the search index was asked: no query on the need table, nothing sorted.
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    searched = [s for s in selects if "need_search" in s]
    version = [s for s in selects if "change_log" in s]  # has the file changed meanwhile?
    assert searched and sorted(searched + version) == sorted(selects)
    amiens = Territory.get(Territory.name == "Amiens")
    expected = {
        n.id.hex
        for n in Need.select().where(Need.territory == amiens)
        if "solidaire" in n.title.casefold() or "solidaire" in n.description.casefold()
    }
    assert set(screen.model.ids) == expected
    assert screen.model.ids == [key for key in ordered if key in expected]  # same order
    assert screen.count.text() == f"{len(expected)} besoins"


def test_a_record_saved_while_a_search_is_typed_appears(qtbot, session, demo):
    screen = needs.build(session)
    qtbot.addWidget(screen)
    qtbot.keyClicks(screen.search, "laverie")
    qtbot.waitUntil(lambda: screen.model.criteria.text == "laverie")
    before = screen.proxy.rowCount()
    screen.new_record()
    form = screen.form
    form.fields.editors["title"].set_value("Laverie solidaire du quartier Nord")
    form.fields.editors["description"].set_value("Pas de laverie à moins de 5 km.")
    choose(form.fields.editors["territory"], "Amiens")
    choose(form.fields.editors["sector"], "Alimentation et circuits courts")
    choose(form.fields.editors["source"], "Habitants")
    assert form.save()
    assert screen.proxy.rowCount() == before + 1
    assert "Laverie solidaire du quartier Nord" in visible_titles(screen)


@pytest.mark.sqlite_only
def test_a_list_reads_its_ids_once_in_the_order_saved_last_time(qtbot, session, demo):
    from PySide6.QtCore import QSettings

    from fabrique_desktop.domain.models import database

    first = needs.build(session)
    qtbot.addWidget(first)
    first.table.horizontalHeader().setSortIndicator(  # as a click on the header does
        NeedColumn.DETECTED_ON, Qt.SortOrder.DescendingOrder
    )
    first.save_layout(QSettings())
    statements = []
    database.obj.connection().set_trace_callback(statements.append)
    try:
        again = needs.build(session)
        qtbot.addWidget(again)
    finally:
        database.obj.connection().set_trace_callback(None)
    orderings = [s for s in statements if 'FROM "need"' in s and "ORDER BY" in s]
    assert len(orderings) == 1  # 100,000 ids at scale: read once, not once per sort
    assert '"detected_on" DESC' in orderings[0]
    days = [again.model.row(r)["detected_on"] for r in range(again.model.rowCount())]
    assert days == sorted(days, reverse=True)


@pytest.mark.sqlite_only
def test_back_on_a_list_it_is_read_again_only_if_the_file_changed(qtbot, session, demo):
    from fabrique_desktop.domain.models import database
    from fabrique_desktop.domain.services import needs as need_service
    from fabrique_desktop.ui.main_window import MainWindow

    from ..factories import need_values

    window = MainWindow(session)
    qtbot.addWidget(window)
    window.navigation.setCurrentRow(1)
    listed = window.current_list().model.rowCount()
    window.navigation.setCurrentRow(0)
    statements = []
    database.obj.connection().set_trace_callback(statements.append)
    try:
        window.navigation.setCurrentRow(1)
    finally:
        database.obj.connection().set_trace_callback(None)
    assert [s for s in statements if 'FROM "need"' in s] == []  # nothing changed: not read

    window.navigation.setCurrentRow(0)
    amiens = Territory.get(Territory.name == "Amiens")
    need_service.create_need(need_values(amiens, title="Laverie du quartier Nord"))
    window.navigation.setCurrentRow(1)  # a change made elsewhere: read again
    assert window.current_list().model.rowCount() == listed + 1
    assert "Laverie du quartier Nord" in visible_titles(window.current_list())


def test_typing_after_a_change_made_elsewhere_reads_the_list_again(qtbot, session, demo):
    from fabrique_desktop.domain.services import needs as need_service

    from ..factories import need_values

    screen = needs.build(session)
    qtbot.addWidget(screen)
    amiens = Territory.get(Territory.name == "Amiens")
    need_service.create_need(need_values(amiens, title="Laverie du quartier Nord"))
    qtbot.keyClicks(screen.search, "laverie nord")
    qtbot.waitUntil(lambda: screen.model.criteria.text == "laverie nord")
    assert visible_titles(screen) == ["Laverie du quartier Nord"]
