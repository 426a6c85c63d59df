"""What the server does in SQLite's stead: folding, French order, the sealed history.

Run only with ``FABRIQUE_TEST_DATABASE`` (the ``server_only`` mark); the behaviour the
domain sees is tested by tests/domain, tests/dossiers and tests/ui, which run on both.
"""

import json
import threading

import pytest
from peewee import DatabaseError

from fabrique_desktop.domain.history import record_history
from fabrique_desktop.domain.models import Need, StaffMember, database
from fabrique_desktop.domain.services import needs, network
from fabrique_desktop.domain.text import fold, french_sort_key
from fabrique_desktop.store import history
from fabrique_desktop.store.integrity import history_problems
from fabrique_desktop.store.postgres.database import connection_address, server_label

from ..factories import need_values

pytestmark = pytest.mark.server_only

#: Every letter of Latin-1, Latin Extended A and B, Greek and Cyrillic, and the cases
#: the README names, inside words.
CORPUS = [
    *(f"a{chr(code)}b" for code in [*range(0xC0, 0x250), *range(0x370, 0x460)]),
    "Épicerie",
    "E\u0301picerie",
    "cœur",
    "Łucja",
    "Straße",
    "ΝΙΚΟΣ Νίκος",
    "ﬁnancement",
    "12\u00a0000 €",
    "Tiers-lieu",
    "épicerie",
    "Epicerie",
    "",
]


def server_values(function: str) -> list:
    rows = database.execute_sql(
        f"SELECT {function}(w) FROM unnest(%s::text[]) WITH ORDINALITY AS t(w, n) ORDER BY n",
        (CORPUS,),
    )
    return [row[0] for row in rows]


def test_the_server_folds_as_the_typed_text_is_folded(db):
    assert server_values("search_fold") == [fold(text) for text in CORPUS]


def test_the_server_sorts_in_french_order_byte_for_byte(db):
    assert [bytes(key) for key in server_values("fr_sort")] == [
        french_sort_key(text) for text in CORPUS
    ]


TAMPERING = {
    "update": "UPDATE change_log SET changes = '{}'",
    "delete": "DELETE FROM change_log",
    "truncate": "TRUNCATE change_log",
    "forged entry": "INSERT INTO change_log (staff_id, action, table_name, record_id, changes) "
    "VALUES (NULL, 'DELETE', 'need', 'x', '{}')",
}


def log_rows():
    return database.execute_sql("SELECT * FROM change_log ORDER BY id").fetchall()


@pytest.mark.parametrize("statement", TAMPERING.values(), ids=TAMPERING.keys())
def test_the_log_cannot_be_changed(need, staff, statement):
    history.set_actor(database, staff.id)
    before = log_rows()
    refused = "historique ne peut être ni modifié ni effacé"
    with pytest.raises(DatabaseError, match=refused), database.atomic():
        database.execute_sql(statement)
    assert log_rows() == before
    needs.update_need(need, need_values(need.territory, title="Recyclerie"))
    assert record_history(need.id)[-1].author == "Claire Vasseur"


def test_each_connection_signs_with_the_actor_even_after_a_rollback(db, territory, staff):
    other = network.create_staff_member({"name": "Marc Petit", "organisation": "griep"})
    history.set_actor(database, other.id)
    with pytest.raises(ZeroDivisionError), database.atomic():
        needs.create_need(need_values(territory, title="Annulé"))
        # The transaction that first sent the actor is undone, and the setting with it.
        raise ZeroDivisionError
    need = needs.create_need(need_values(territory))
    history.set_actor(database, staff.id)
    signed = []

    def in_the_background():
        needs.update_need(Need.get_by_id(need.id), need_values(territory, title="Recyclerie"))
        database.close()
        signed.append(True)

    worker = threading.Thread(target=in_the_background)
    worker.start()
    worker.join()
    assert signed
    assert [e.author for e in record_history(need.id)] == ["Marc Petit", "Claire Vasseur"]


def test_the_history_rows_are_those_sqlite_writes(need, staff):
    """Same columns, same timestamp format, changes as {column: [old, new]}, truth as 0/1."""
    history.set_actor(database, staff.id)
    StaffMember.update(active=False).where(StaffMember.id == staff.id).execute()
    at, action, table, changes = database.execute_sql(
        "SELECT at, action, table_name, changes FROM change_log ORDER BY id DESC LIMIT 1"
    ).fetchone()
    assert (action, table) == ("UPDATE", "staff_member")
    assert len(at) == len("2026-01-01T09:00:00.000000Z") and at.endswith("Z")
    assert json.loads(changes) == {"active": [1, 0]}


def test_the_address_requires_tls_unless_it_says_otherwise():
    assert "sslmode=require" in connection_address("postgresql://claire@serveur/fabrique")
    assert "sslmode=require" not in connection_address(
        "postgresql://claire@serveur/fabrique?sslmode=verify-full"
    )
    assert "sslmode" not in connection_address("postgresql://claire@/fabrique?host=/run/pg")
    assert server_label("postgresql://claire:secret@serveur:5433/fabrique") == (
        "fabrique sur serveur:5433"
    )


@pytest.mark.parametrize(
    ("statement", "reported"),
    [
        (
            'ALTER TABLE need DISABLE TRIGGER "need_history_UPDATE"',
            "les modifications dans « need »",
        ),
        ('DROP TRIGGER "holder_history_DELETE" ON holder', "les suppressions dans « holder »"),
        ('DROP TRIGGER "change_log_refuse_DELETE" ON change_log', "plus protégé"),
        (
            "CREATE OR REPLACE FUNCTION fabrique_history() RETURNS trigger "
            "LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$",
            "la fonction qui l'écrit a été modifiée",
        ),
    ],
)
def test_the_check_reports_a_history_that_no_longer_records(db, statement, reported):
    assert history_problems() == []
    database.execute_sql(statement)  # as the owner: what a staff role cannot do
    assert reported in " ".join(history_problems())


def test_a_read_only_connection_writes_nothing(db, need, test_server, db_location):
    from fabrique_desktop.store import close_database, open_database

    close_database()
    open_database(db_location, read_only=True)
    with pytest.raises(DatabaseError, match="read-only transaction"):
        needs.update_need(Need.get_by_id(need.id), need_values(need.territory, title="Autre"))
    assert Need.get_by_id(need.id).title == need.title
