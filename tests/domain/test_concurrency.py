"""Several people saving at once (issue 18): the second saver of a record is told who
changed it and when, with both versions; savers of different records lose nothing.

Each « client » is a thread with its own connection, as two workstations on one server
(or two windows on one file) have."""

import datetime as dt
import threading
import time

import pytest

from fabrique_desktop.domain.concurrency import ConcurrentChange
from fabrique_desktop.domain.models import Need, database
from fabrique_desktop.domain.services import needs
from fabrique_desktop.domain.validation import RECORD
from fabrique_desktop.store import history

from ..factories import need_values

#: Seconds the ten clients save for in the suite (the benchmark runs them for 30 s).
SAVING_SECONDS = 3


def test_the_second_saver_is_told_who_changed_the_record_and_keeps_both_versions(
    need, staff, territory
):
    history.set_actor(database, staff.id)
    mine, theirs = Need.get_by_id(need.id), Need.get_by_id(need.id)  # both forms open
    needs.update_need(theirs, need_values(territory, title="Recyclerie de Camon"))
    saved_at = dt.datetime.now().astimezone()

    with pytest.raises(ConcurrentChange) as refused:
        needs.update_need(mine, need_values(territory, title="Ressourcerie d'Amiens"))

    errors = refused.value.errors
    clock = f"{saved_at.hour:02d} h {saved_at.minute:02d}"
    assert f"modifiée par Claire Vasseur à {clock}" in errors[RECORD]
    assert errors["title"] == f"Modifié par Claire Vasseur à {clock} : « Recyclerie de Camon »."
    assert mine.title == "Ressourcerie d'Amiens" or mine.title == need.title  # form kept
    assert Need.get_by_id(need.id).title == "Recyclerie de Camon"  # nothing overwritten
    # Having seen their version, the second person saves again on top of it.
    needs.update_need(refused.value.theirs, need_values(territory, title="Ressourcerie"))
    assert Need.get_by_id(need.id).title == "Ressourcerie"


def test_ten_clients_saving_different_records_lose_nothing(db, staff, territory):
    records = [needs.create_need(need_values(territory, title=f"Besoin {n}")) for n in range(10)]
    last_saved: dict = {}
    failures: list = []
    stop = time.monotonic() + SAVING_SECONDS

    def client(need):
        history.set_actor(database, staff.id)
        count = 0
        try:
            while time.monotonic() < stop:
                count += 1
                title = f"Besoin {need.title.split()[1]} version {count}"
                needs.update_need(need, need_values(territory, title=title))
                last_saved[need.id] = (title, count)
        except Exception as error:
            failures.append(error)
        finally:
            database.close()

    threads = [threading.Thread(target=client, args=(record,)) for record in records]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert failures == []
    for record in records:
        title, count = last_saved[record.id]
        assert Need.get_by_id(record.id).title == title
        updates = database.execute_sql(
            f"SELECT COUNT(*) FROM change_log WHERE record_id = {database.param} "
            "AND action = 'UPDATE'",
            (record.id.hex,),
        ).fetchone()[0]
        assert updates == count  # every save that returned is there, logged once
