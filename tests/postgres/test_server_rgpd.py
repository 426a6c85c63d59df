"""Erasing a person on a server (RGPD art. 17): the same outcome as in a file, read from
the server's rows and its sealed change log. (The confirmation's list of mentions and the
access export, art. 15, are tested on both backends: ``tests/domain/test_rgpd_mentions``.)

What a file's tests read in its raw bytes (free pages, WAL) is the server's own business
here (old row versions until autovacuum): the confirmation says so, and these tests read
every row of every table instead.
"""

from __future__ import annotations

import json
import uuid

import pytest

from fabrique_desktop.domain.history import record_history
from fabrique_desktop.domain.indicators import overview
from fabrique_desktop.domain.models import Candidacy, Decision, Holder, Need, database
from fabrique_desktop.domain.rgpd import erasure as erasure_module
from fabrique_desktop.domain.rgpd.erasure import SERVER_COPIES, erase_person, erasure_plan
from fabrique_desktop.domain.rgpd.persons import person_of
from fabrique_desktop.domain.validation import ValidationError
from fabrique_desktop.store import close_database, open_database, scrub
from fabrique_desktop.store.integrity import history_problems
from fabrique_desktop.store.postgres import history, roles

from ..domain.test_rgpd_mentions import _name_her_elsewhere
from ..rgpd_scenario import NOTES_PHRASE, build
from .test_roles import refused

pytestmark = pytest.mark.server_only

SECRETS = (
    "Kowalczyk",
    "KOWALCZYK",
    "kowalczyk, lucja",
    "Łucja",
    "lucja.kowalczyk@exemple.fr",
    "06 12 34 56 78",
    "Mésanges",
    NOTES_PHRASE,
    "Notes initiales",
)


def _everything() -> str:
    """Every row of every table of the schema, the change log included, as text."""
    tables = [
        row[0]
        for row in database.execute_sql(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
        ).fetchall()
    ]
    text = []
    for table in tables:
        rows = database.execute_sql(f'SELECT row_to_json(t)::text FROM "{table}" AS t')
        text += [row[0] for row in rows.fetchall()]
    # The CV is stored as bytes: its content is what must go, hex-encoded in JSON.
    return "\n".join(text).replace("Kowalczyk-Nowak", "").replace("kowalczyk.nowak@", "")


def _log() -> list[tuple]:
    return database.execute_sql("SELECT * FROM change_log ORDER BY id").fetchall()


def test_erasure_on_a_server_leaves_no_value_in_the_rows_or_the_log(db, need, staff):
    scenario = build(db, need, staff)
    decided = _name_her_elsewhere(need, scenario)
    before, entries = overview(), len(_log())
    assert [s for s in SECRETS if s not in _everything()] == []  # the test would see them
    plan = erasure_plan(person_of(scenario.holder), staff)
    assert plan.refusal is None and SERVER_COPIES in plan.notices
    assert sorted(m.where for m in plan.mentions) == ["Besoin — description", "Décision — notes"]

    erase_person(person_of(scenario.holder), staff)

    assert [s for s in SECRETS if s in _everything()] == []
    mention = "Porteur anonymisé n° 1"
    holder = Holder.get_by_id(scenario.holder.id)
    assert holder.display_name == mention
    assert (holder.email, holder.phone, holder.address, holder.notes) == ("", "", "", "")
    assert Candidacy.get(Candidacy.holder == holder.id).notes == ""
    assert Decision.get_by_id(decided.id).notes == f"Appeler {mention}"
    assert Need.get_by_id(need.id).description.startswith(f"Porteuse pressentie : {mention}")
    # The rest of an old text stays in the history, without her name.
    assert f"Idée soufflée par {mention} au marché" in json.dumps(
        [c.old for e in record_history(need.id) for c in e.changes], ensure_ascii=False
    )
    # Every entry kept (more: the erasure's own), the seal whole, the figures unchanged.
    assert len(_log()) > entries
    assert history_problems() == []
    after = overview()
    assert (after.projects_by_stage, after.jobs_created, after.decisions) == (
        before.projects_by_stage,
        before.jobs_created,
        before.decisions,
    )
    assert Holder.get_by_id(scenario.other.id).last_name == "Kowalczyk-Nowak"


def test_after_an_erasure_the_log_is_still_sealed_even_with_the_setting(db, need, staff):
    scenario = build(db, need, staff)
    erase_person(person_of(scenario.holder), staff)
    for statement in (
        "UPDATE change_log SET changes = '{}'",
        "DELETE FROM change_log",
        "TRUNCATE change_log",
        # The rewrite's setting, set by hand, lets no one move an entry to another record.
        f"SELECT set_config('{history.REWRITE_SETTING}', 'on', true); "
        "UPDATE change_log SET record_id = 'autre'",
    ):
        with pytest.raises(Exception, match="ne peut être ni modifié ni effacé"), db.atomic():
            db.execute_sql(statement)


def test_a_failed_erasure_on_a_server_changes_nothing(db, need, staff, monkeypatch):
    scenario = build(db, need, staff)
    _name_her_elsewhere(need, scenario)
    everything, log = _everything(), _log()

    def fail(*args, **kwargs):
        raise RuntimeError("le serveur s'arrête")

    # Midway: the records are blanked, the log is being rewritten.
    monkeypatch.setattr(scrub.LogRewriter, "redact_values", fail)
    with pytest.raises(RuntimeError):
        erase_person(person_of(scenario.holder), staff)

    assert _everything() == everything and _log() == log
    assert erasure_module.is_anonymised(scenario.holder) is False


@pytest.fixture
def staff_login(db, db_location, test_server):
    """A staff member's own login role with the README's grants, gone after the test."""
    name = f"chargee_{uuid.uuid4().hex[:8]}"
    test_server.connection.execute(f'CREATE ROLE "{name}" LOGIN')
    for statement in roles.staff_grants(name):
        database.execute_sql(statement)
    yield name
    close_database()
    open_database(db_location)
    database.execute_sql(f'DROP OWNED BY "{name}"')
    close_database()
    test_server.connection.execute(f'DROP ROLE "{name}"')


def test_a_staff_role_erases_through_the_function_and_a_partner_cannot(
    db, db_location, need, staff, staff_login, test_server
):
    scenario = build(db, need, staff)
    close_database()
    parts = db_location.split("://", 1)
    open_database(f"{parts[0]}://{staff_login}{parts[1][parts[1].index('@') :]}")

    erase_person(person_of(scenario.holder), staff)

    assert [s for s in SECRETS if s in _everything()] == []
    with pytest.raises(Exception, match="permission denied"), database.atomic():  # no UPDATE
        database.execute_sql("UPDATE change_log SET changes = '{}'")
    partner = f"partenaire_{uuid.uuid4().hex[:8]}"
    test_server.connection.execute(f'CREATE ROLE "{partner}" LOGIN')
    try:
        import psycopg

        # PostgreSQL lets PUBLIC run a new function: 0029 revoked that.
        with (
            psycopg.connect(db_location, user=partner, autocommit=True) as other,
            pytest.raises(refused()),
        ):
            other.execute("SELECT fabrique_rewrite_log_entry('{}', 1)")
    finally:
        test_server.connection.execute(f'DROP ROLE "{partner}"')


def test_erasing_a_second_time_is_still_refused_on_a_server(db, need, staff):
    scenario = build(db, need, staff)
    erase_person(person_of(scenario.holder), staff)
    with pytest.raises(ValidationError, match="déjà été effacées"):
        erase_person(person_of(Holder.get_by_id(scenario.holder.id)), staff)
