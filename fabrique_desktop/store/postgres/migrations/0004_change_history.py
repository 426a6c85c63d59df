"""0004 on a server: the change log, its entries numbered and dated as SQLite's, and the
history triggers (:mod:`..history`). No ``history_actor`` table: the author reaches the
triggers as a session setting from the start (where SQLite's 0010 moved it).
"""

from fabrique_desktop.store.postgres import history
from fabrique_desktop.store.postgres.dialect import SERVER_NOW

STATEMENTS = (
    'CREATE TABLE "change_log" ('
    '"id" BIGSERIAL PRIMARY KEY, '
    f'"at" TEXT NOT NULL DEFAULT ({SERVER_NOW}), '
    '"staff_id" TEXT, "action" TEXT NOT NULL, "table_name" TEXT NOT NULL, '
    '"record_id" TEXT NOT NULL, "changes" TEXT NOT NULL)',
    'CREATE INDEX "change_log_record" ON "change_log" ("record_id", "id")',
)


def up(migrator, db):
    for statement in STATEMENTS:
        db.execute_sql(statement)
    history.install_triggers(db)
