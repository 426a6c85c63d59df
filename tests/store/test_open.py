"""Opening and creating files: pragmas on every connection, the schema from migrations,
and files that are refused without a single byte changed."""

import hashlib
import os
import sqlite3
import stat
import threading
import uuid

import pytest
from peewee import IntegrityError, OperationalError, SqliteDatabase

from fabrique_desktop.domain.models import ALL_MODELS, Need, database
from fabrique_desktop.domain.text import french_sort_key
from fabrique_desktop.store import DatabaseRefused, close_database, open_database, schema
from fabrique_desktop.store.fileguard import APPLICATION_ID


def fingerprint(path):
    """The bytes of the file and of any companion file SQLite might have created."""
    files = {}
    for suffix in ("", "-wal", "-shm", "-journal"):
        candidate = path.with_name(path.name + suffix)
        if candidate.exists():
            files[suffix] = hashlib.sha256(candidate.read_bytes()).hexdigest()
    return files


def assert_refused_untouched(path, expected_message):
    before = fingerprint(path)
    with pytest.raises(DatabaseRefused) as refused:
        open_database(path)
    assert expected_message in str(refused.value)
    assert fingerprint(path) == before


def test_new_file_is_marked_as_ours_and_fully_migrated(db, db_path):
    raw = sqlite3.connect(db_path)
    assert raw.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert raw.execute("PRAGMA user_version").fetchone()[0] == schema.latest_version()
    assert schema.pending_migrations(db) == []


def test_migrated_schema_matches_the_models(db):
    """Migrations are frozen copies: this catches a model changed without a migration."""
    reference = SqliteDatabase(":memory:")
    reference.register_function(french_sort_key, "fr_sort", 1, deterministic=True)  # indexed
    with reference.bind_ctx(ALL_MODELS):
        reference.create_tables(ALL_MODELS)

    def describe(conn):
        tables = {}
        for model in ALL_MODELS:
            name = model._meta.table_name
            columns = conn.execute_sql(f'PRAGMA table_info("{name}")').fetchall()
            keys = conn.execute_sql(f'PRAGMA foreign_key_list("{name}")').fetchall()
            indexes = conn.execute_sql(f'PRAGMA index_list("{name}")').fetchall()
            tables[name] = (
                sorted((c[1], c[2], c[3]) for c in columns),
                sorted((k[2], k[3], k[4], k[6]) for k in keys),
                sorted((i[1], i[2]) for i in indexes),
            )
        return tables

    assert describe(db) == describe(reference)


def test_pragmas_hold_on_every_connection(db):
    def read(results):
        results.append(
            (
                database.execute_sql("PRAGMA foreign_keys").fetchone()[0],
                database.execute_sql("PRAGMA journal_mode").fetchone()[0],
                database.execute_sql("PRAGMA synchronous").fetchone()[0],
                database.execute_sql("PRAGMA busy_timeout").fetchone()[0],
            )
        )
        database.close()

    results = []
    read(results)
    database.connect()
    worker = threading.Thread(target=read, args=(results,))  # peewee: one connection per thread
    worker.start()
    worker.join()
    assert results == [(1, "wal", 2, 5000)] * 2


def test_an_orphan_row_is_refused_by_the_database(db):
    with pytest.raises(IntegrityError):
        Need.insert(
            id=uuid.uuid4(),
            created_at=Need.created_at.default(),
            updated_at=Need.updated_at.default(),
            title="Orphelin",
            territory=uuid.uuid4(),
            sector="food",
            source="other",
            detected_on="2026-01-01",
            status="detected",
        ).execute()


def test_reopening_keeps_the_data(db_path, need):
    close_database()
    open_database(db_path)
    assert Need.get().title == "Épicerie sociale et solidaire"


@pytest.mark.skipif(os.name != "posix", reason="file modes are a POSIX notion")
def test_new_file_is_readable_by_its_owner_only(tmp_path):
    path = tmp_path / "private" / "fabrique.sqlite"
    open_database(path, create=True)
    try:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    finally:
        close_database()


def test_missing_file_is_not_created_unless_asked(tmp_path):
    path = tmp_path / "absent.sqlite"
    with pytest.raises(DatabaseRefused) as refused:
        open_database(path)
    assert "n'existe pas" in str(refused.value)
    assert not path.exists()


def test_a_text_file_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("Compte rendu du comité de pilotage\n" * 10, encoding="utf-8")
    assert_refused_untouched(path, "ce n'est pas un fichier SQLite")


def test_another_programs_database_is_refused_untouched(tmp_path):
    path = tmp_path / "autre.sqlite"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE contacts (nom TEXT)")
    other.execute("INSERT INTO contacts VALUES ('Dvořák')")
    other.commit()
    other.close()
    assert_refused_untouched(path, "une base SQLite d'un autre logiciel")


def test_a_file_from_a_newer_version_is_refused_untouched(db_path, db):
    close_database()
    raw = sqlite3.connect(db_path)
    raw.execute(f"PRAGMA user_version = {schema.latest_version() + 1}")
    raw.commit()
    raw.close()
    assert_refused_untouched(db_path, "version plus récente")


def test_an_unknown_migration_in_the_history_means_newer(db_path, db):
    close_database()
    raw = sqlite3.connect(db_path)
    raw.execute(
        f"INSERT INTO {schema.HISTORY_TABLE} (name, applied) VALUES ('0999_future', '2030-01-01')"
    )
    raw.commit()
    raw.close()
    assert_refused_untouched(db_path, "version plus récente")


def test_a_damaged_file_is_refused_untouched(db_path, need):
    close_database()
    data = bytearray(db_path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    # Keep the header (it says "ours"), overwrite the schema page and the next ones.
    data[100 : page_size * 4] = b"\xa5" * (page_size * 4 - 100)
    db_path.write_bytes(bytes(data))
    assert_refused_untouched(db_path, "endommagé")


def test_read_only_opening_writes_nothing(db_path, need):
    close_database()
    before = fingerprint(db_path)
    open_database(db_path, read_only=True)
    try:
        assert Need.select().count() == 1
        with pytest.raises(OperationalError, match="readonly"):
            Need.update(title="Modifié").execute()
    finally:
        close_database()
    assert fingerprint(db_path)[""] == before[""]
