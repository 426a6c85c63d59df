"""The roles the README gives the admin: staff write records but cannot touch the log's
seal; a partner reads the method's facts and no personal data."""

import uuid

import pytest

from fabrique_desktop.domain.models import database
from fabrique_desktop.store.postgres import roles

pytestmark = pytest.mark.server_only


@pytest.fixture
def login_role(db, test_server):
    """A new login role of the cluster, gone after the test."""
    name = f"personne_{uuid.uuid4().hex[:8]}"
    test_server.connection.execute(f'CREATE ROLE "{name}" LOGIN')
    yield name
    database.execute_sql(f'DROP OWNED BY "{name}"')
    database.close()
    test_server.connection.execute(f'DROP ROLE "{name}"')


def refused():
    """The server's refusal for want of privileges (the driver comes with the « server »
    extra, which the SQLite run does without)."""
    import psycopg

    return psycopg.errors.InsufficientPrivilege


def connect_as(location: str, role: str):
    import psycopg

    return psycopg.connect(location, user=role, autocommit=True)


REFUSED_TO_STAFF = [
    "DELETE FROM change_log",
    "UPDATE change_log SET changes = '{}'",
    "INSERT INTO change_log (action, table_name, record_id, changes) VALUES ('x', 'x', 'x', '{}')",
    'DROP TRIGGER "need_history_UPDATE" ON need',
    "ALTER TABLE need DISABLE TRIGGER ALL",
    "CREATE TRIGGER forger AFTER UPDATE ON need "
    "FOR EACH ROW EXECUTE FUNCTION fabrique_history('id')",
    "DROP TABLE change_log",
]


def test_staff_write_records_signed_in_the_log_and_cannot_change_it(db_location, login_role, need):
    for statement in roles.staff_grants(login_role):
        database.execute_sql(statement)
    with connect_as(db_location, login_role) as staff:
        staff.execute("UPDATE need SET title = 'Recyclerie' WHERE id = %s", (need.id.hex,))
        logged = staff.execute(
            "SELECT changes FROM change_log WHERE record_id = %s ORDER BY id DESC", (need.id.hex,)
        ).fetchone()
        assert '"Recyclerie"' in logged[0]
        count = staff.execute("SELECT count(*) FROM change_log").fetchone()
        for statement in REFUSED_TO_STAFF:
            with pytest.raises(refused()):
                staff.execute(statement)
        assert staff.execute("SELECT count(*) FROM change_log").fetchone() == count


def test_a_partner_reads_the_facts_and_no_personal_data(db_location, login_role, need, holder):
    for statement in roles.partner_grants(login_role):
        database.execute_sql(statement)
    with connect_as(db_location, login_role) as partner:
        assert partner.execute("SELECT title FROM need").fetchall() == [(need.title,)]
        assert partner.execute("SELECT kind FROM holder").fetchall() == [(holder.kind,)]
        for statement in (
            "SELECT first_name FROM holder",
            "SELECT email FROM staff_member",
            "SELECT * FROM change_log",
            "SELECT content FROM attachment",
            "UPDATE need SET title = 'x'",
        ):
            with pytest.raises(refused()):
                partner.execute(statement)
