"""The change log as the file keeps it: every value whole, the settings included, append-only
for the app's own connection, signed only by the app, and checked against its records."""

import random
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from peewee import DatabaseError

from fabrique_desktop.domain.history import record_history
from fabrique_desktop.domain.models import Need, StaffMember, database
from fabrique_desktop.domain.services import needs, network, settings
from fabrique_desktop.store import close_database, history, open_database, schema
from fabrique_desktop.store.integrity import integrity_problems

from ..factories import need_values

FIXTURES = Path(__file__).with_name("fixtures")


def log_rows():
    return database.execute_sql("SELECT * FROM change_log ORDER BY id").fetchall()


def test_a_value_with_a_nul_character_is_logged_whole(territory, staff):
    history.set_actor(database, staff.id)
    need = needs.create_need(need_values(territory, title="Laverie\x00 solidaire"))
    needs.update_need(need, need_values(territory, title="Laverie\x00 de Camon"))
    created, edited = record_history(need.id)
    assert {c.field: c.new for c in created.changes}["title"] == "Laverie\x00 solidaire"
    assert (edited.action, edited.author) == ("Modification", "Claire Vasseur")
    assert {c.field: (c.old, c.new) for c in edited.changes} == {
        "title": ("Laverie\x00 solidaire", "Laverie\x00 de Camon")
    }


def test_the_fabrique_settings_are_logged_old_to_new_with_their_author(staff):
    history.set_actor(database, staff.id)
    settings.update_settings({"fabrique_name": "Fabrique d'Amiens", "territory_name": "Amiens"})
    settings.update_settings(
        {"fabrique_name": "Fabrique d'Amiens Métropole", "territory_name": "Amiens"}
    )
    named = record_history("fabrique_name")
    assert [(e.action, e.author) for e in named] == [
        ("Création", "Claire Vasseur"),
        ("Modification", "Claire Vasseur"),
    ]
    assert {c.field: (c.old, c.new) for c in named[1].changes} == {
        "value": ("Fabrique d'Amiens", "Fabrique d'Amiens Métropole")
    }
    assert len(record_history("territory_name")) == 1  # saved again unchanged: nothing


#: What a statement through the app's connection may try against the log.
TAMPERING = {
    "update": "UPDATE change_log SET changes = '{}'",
    "delete": "DELETE FROM change_log WHERE id = 2",
    "forged entry": "INSERT INTO change_log (staff_id, action, table_name, record_id, changes) "
    "VALUES (NULL, 'DELETE', 'need', 'x', '{}')",
    "dropped trigger": 'DROP TRIGGER "need_history_UPDATE"',
    "dropped guard": 'DROP TRIGGER "change_log_refuse_DELETE"',
    "replaced trigger": 'CREATE TEMP TRIGGER "need_history_DELETE" AFTER DELETE ON need '
    "BEGIN SELECT 1; END",
    "renamed log": "ALTER TABLE change_log RENAME TO old_log",
    "dropped log": "DROP TABLE change_log",
    "numbering": "UPDATE sqlite_sequence SET seq = 0 WHERE name = 'change_log'",
    "schema by hand": "PRAGMA writable_schema = ON",
    "actor in the file": "UPDATE history_actor SET staff_id = NULL",
}


@pytest.mark.parametrize("statement", TAMPERING.values(), ids=TAMPERING.keys())
def test_the_app_connection_cannot_change_the_log(need, staff, statement):
    history.set_actor(database, staff.id)
    before = log_rows()
    with pytest.raises(DatabaseError):
        database.execute_sql(statement)
    assert log_rows() == before
    needs.update_need(need, need_values(need.territory, title="Recyclerie"))
    assert record_history(need.id)[-1].author == "Claire Vasseur"  # still logged, signed
    assert integrity_problems() == []


def test_a_trigger_cannot_write_entries_in_the_log(need, staff):
    """A trigger of one's own making that writes the log would forge entries at will."""
    database.execute_sql(
        "CREATE TRIGGER forger AFTER UPDATE ON need BEGIN INSERT INTO change_log "
        "(staff_id, action, table_name, record_id, changes) "
        "VALUES (NULL, 'DELETE', 'need', 'x', '{}'); END"
    )
    before = log_rows()
    with pytest.raises(DatabaseError):
        Need.update(title="Recyclerie").execute()
    assert log_rows() == before


def test_a_second_thread_connection_is_sealed_too(need):
    """Work in the background has its own connection: it cannot erase the log either."""
    errors = []
    before = log_rows()

    def erase():
        try:
            database.execute_sql("DELETE FROM change_log")
        except DatabaseError as error:
            errors.append(error)
        finally:
            database.close()

    worker = threading.Thread(target=erase)
    worker.start()
    worker.join()
    assert len(errors) == 1 and log_rows() == before


def test_changes_are_signed_by_the_app_only(territory, staff):
    other = network.create_staff_member({"name": "Marc Petit", "organisation": "griep"})
    history.set_actor(database, staff.id)
    with pytest.raises(DatabaseError):  # no table, no setting: the actor is not in the file
        database.execute_sql("UPDATE history_actor SET staff_id = ?", (other.id.hex,))
    need = needs.create_need(need_values(territory))
    assert record_history(need.id)[0].author == "Claire Vasseur"


def test_the_deliberate_path_nests_and_seals_again_when_it_ends(db):
    """Migrations run unsealed and call functions that unseal too (a table rebuilt)."""
    with history.unsealed(database):
        history.install_triggers(database)
        database.execute_sql('DROP TRIGGER "need_history_UPDATE"')  # still unsealed
    history.install_triggers(database)
    with pytest.raises(DatabaseError):
        database.execute_sql('DROP TRIGGER "need_history_UPDATE"')
    assert integrity_problems() == []


def raw(path):
    """The file as another program sees it."""
    return sqlite3.connect(path, isolation_level=None)


def test_another_program_cannot_write_a_record_without_the_log(db_path, need):
    close_database()
    other = raw(db_path)
    with pytest.raises(sqlite3.OperationalError):
        other.execute("UPDATE need SET description = 'Modifié ailleurs'")
    with pytest.raises(sqlite3.IntegrityError, match="ni modifié ni effacé"):
        other.execute("DELETE FROM change_log")
    other.close()


def tamper(path, *statements):
    """Another program changes the file behind the app's back (its own triggers aside)."""
    close_database()
    other = raw(path)
    schema.add_functions(other)  # it knows the search's folding: only the log is bypassed
    for statement in statements:
        other.execute(statement)
    other.close()
    open_database(path)


def test_the_check_reports_a_history_trigger_gone(db_path, need):
    tamper(
        db_path,
        'DROP TRIGGER "need_history_UPDATE"',
        "UPDATE need SET description = 'Modifié sans trace'",
    )
    assert integrity_problems() == [
        "Historique : les modifications dans « need » ne sont plus notées "
        "(déclencheur absent ou modifié)."
    ]


def test_the_check_reports_erased_entries(db_path, need):
    needs.update_need(need, need_values(need.territory, title="Recyclerie"))
    needs.update_need(need, need_values(need.territory, title="Recyclerie de Camon"))
    tamper(
        db_path,
        'DROP TRIGGER "change_log_refuse_DELETE"',
        "DELETE FROM change_log WHERE id IN (2, 3, 5)",
        history.LOG_GUARDS["DELETE"],
    )
    assert integrity_problems() == ["Historique : 3 entrées effacées (numéros 2 à 3, 5)."]


def test_the_check_reports_a_log_left_unguarded(db_path, need):
    tamper(db_path, 'DROP TRIGGER "change_log_refuse_UPDATE"')
    assert integrity_problems() == [
        "Historique : il n'est plus protégé contre les modifications "
        "(déclencheur absent ou modifié)."
    ]


@pytest.fixture
def upgraded(tmp_path):
    """A file made by the version of migration 0008 (kept as a fixture), opened by this one."""
    path = tmp_path / "ancienne.sqlite"
    shutil.copyfile(FIXTURES / "fabrique-0008.sqlite", path)
    open_database(path)
    yield
    close_database()


def test_a_file_from_before_the_seal_keeps_its_history_and_is_sealed(upgraded):
    assert schema.pending_migrations(database.obj) == []
    assert integrity_problems() == []
    need = Need.get()
    assert [(e.action, e.author) for e in record_history(need.id)] == [
        ("Création", "Claire Vasseur"),
        ("Modification", "Claire Vasseur"),
    ]
    history.set_actor(database, StaffMember.get().id)
    settings.update_settings({"fabrique_name": "Fabrique d'Amiens", "territory_name": "Amiens"})
    assert {c.field: (c.old, c.new) for c in record_history("territory_name")[-1].changes} == {
        "value": ("Amiens Métropole", "Amiens")
    }
    with pytest.raises(DatabaseError):
        database.execute_sql("DELETE FROM change_log")


UPGRADE = "import sys; from fabrique_desktop.store import open_database; open_database(sys.argv[1])"


def test_an_upgrade_killed_anywhere_leaves_the_history_whole(tmp_path):
    """Migration 0010 is one transaction: killed before, during or after it, the file
    opens, finishes its upgrade and keeps every entry of its log."""
    rng = random.Random(12)
    for attempt in range(12):
        path = tmp_path / f"ancienne-{attempt}.sqlite"
        shutil.copyfile(FIXTURES / "fabrique-0008.sqlite", path)
        child = subprocess.Popen([sys.executable, "-c", UPGRADE, str(path)])
        time.sleep(rng.uniform(0.1, 0.3))  # the upgrade runs from about 0.15 s to 0.25 s
        child.kill()
        child.wait()
        open_database(path)
        try:
            assert schema.pending_migrations(database.obj) == []
            assert len(log_rows()) == 4 and integrity_problems() == []
        finally:
            close_database()
