"""A first envoi received on either backend (a new file, or a new database on the test
server): its creations are written in batches, and a batch the database refuses is
rolled back to its savepoint and replayed one by one (on PostgreSQL a failed statement
spoils the whole transaction unless a savepoint catches it)."""

from __future__ import annotations

import json

from fabrique_desktop.domain.models import Need, StaffMember, Territory, database
from fabrique_desktop.store import exchange, open_database

from ..store.exchange.desks import Desk, dump, first_records, new_need


def _first_envoi(tmp_path):
    cress = Desk(tmp_path, "CRESS")
    territory, _ = first_records(cress)
    for number in range(25):
        new_need(f"Besoin {number}", territory.id)
    envoi = cress.prepare(tmp_path)
    return cress, envoi, dump(cress)


def _neutral(tables: dict[str, list]) -> dict[str, list]:
    """A dump as both backends read it: PostgreSQL returns booleans, SQLite 0 and 1."""
    return {
        table: sorted(
            json.dumps([int(v) if isinstance(v, bool) else v for v in json.loads(row)])
            for row in rows
        )
        for table, rows in tables.items()
    }


def _receiving(db_location):
    receiver = Desk.__new__(Desk)
    receiver.db = open_database(db_location, create=True)
    exchange.update_identity({"name": "GRIEP"})
    return receiver


def test_a_first_envoi_lands_whole(tmp_path, db_location):
    cress, envoi, sent = _first_envoi(tmp_path)
    griep = _receiving(db_location)
    received = exchange.receive(exchange.read(envoi), None)
    assert received.outcome.applied["need", "INSERT"] == 25
    assert _neutral(dump(griep)) == _neutral(sent)
    assert not exchange.open_conflicts()
    cress.close()


def test_a_refused_creation_is_a_conflict_and_the_rest_lands(tmp_path, db_location):
    cress, envoi, _ = _first_envoi(tmp_path)
    _receiving(db_location)
    Territory.create(name="Amiens (GRIEP)", insee_code="80021", postal_code="80000")
    received = exchange.receive(exchange.read(envoi), None)
    assert received.outcome.refused == 26  # the commune, and the needs that point at it
    assert StaffMember.select().where(StaffMember.name == "Claire Vasseur").count() == 1
    assert Need.select().count() == 0
    # Read from the table: on a server the app lists none (exchanges are a file's).
    stored = database.execute_sql("SELECT DISTINCT table_name FROM exchange_conflict")
    assert {table for (table,) in stored} == {"territory", "need"}
    # The transaction went on after the refusals: it committed what was accepted.
    assert database.execute_sql("SELECT COUNT(*) FROM exchange_change").fetchone()[0] > 25
    cress.close()
