"""0004 — change history: every insert, update and delete, who made it, old → new.

Modelled on ``playhouse.sqlite_changelog`` (triggers that write the changed columns as
JSON), with one addition: the staff member behind the change, read from the one-row
``history_actor`` table the app fills when it opens the file.

The triggers are built from the tables as they stand when this migration runs
(``PRAGMA table_info``), not from the application's models: a later migration that
adds a column rebuilds them with :func:`fabrique_desktop.store.history.install_triggers`.
"""

from fabrique_desktop.store.history import install_triggers

STATEMENTS = (
    'CREATE TABLE "change_log" ('
    '"id" INTEGER PRIMARY KEY AUTOINCREMENT, '
    "\"at\" TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f000Z', 'now')), "
    '"staff_id" TEXT, "action" TEXT NOT NULL, "table_name" TEXT NOT NULL, '
    '"record_id" TEXT NOT NULL, "changes" TEXT NOT NULL)',
    'CREATE INDEX "change_log_record" ON "change_log" ("record_id", "id")',
    'CREATE TABLE "history_actor" ("id" INTEGER PRIMARY KEY CHECK ("id" = 1), "staff_id" TEXT)',
    'INSERT INTO "history_actor" ("id", "staff_id") VALUES (1, NULL)',
)


def up(migrator, db):
    for statement in STATEMENTS:
        db.execute_sql(statement)
    install_triggers(db)
