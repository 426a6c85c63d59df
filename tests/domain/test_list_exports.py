"""The lists as tables to export: a period on a creation instant, rows in the given order."""

import datetime as dt

from fabrique_desktop.domain.list_exports import ids_in_period, list_table
from fabrique_desktop.domain.services import holders, needs

from ..factories import need_values, person_values


def test_a_period_on_the_records_creation_day_in_local_time(db):
    holder = holders.create_holder(person_values())
    today = holder.created_at.astimezone().date()
    assert ids_in_period("holders", today, today) == [holder.id.hex]
    assert ids_in_period("holders", None, today - dt.timedelta(days=1)) == []
    assert ids_in_period("holders", today + dt.timedelta(days=1), None) == []


def test_rows_follow_the_order_given_and_skip_records_deleted_since(db, territory):
    first = needs.create_need(need_values(territory, title="Recyclerie"))
    second = needs.create_need(need_values(territory, title="Garage solidaire"))
    gone = needs.create_need(need_values(territory, title="Laverie"))
    table = list_table(
        "needs",
        [second.id.hex, gone.id.hex, first.id.hex],
        [("title", "Titre"), ("detected_on", "Le")],
    )
    needs.delete_need(gone)
    assert [column.heading for column in table.columns] == ["Titre", "Le"]
    assert [row[0] for row in table.rows] == ["Garage solidaire", "Recyclerie"]
    assert table.rows[0] == ("Garage solidaire", second.detected_on)
