"""0022 — exchanging changes with another office by file (see ``store/exchange``).

Six bookkeeping tables, none of them tracked by the history triggers (their prefix is in
``history.UNTRACKED_PREFIXES``): the exchange never sends its own bookkeeping.

- ``exchange_setting``: this file's Fabrique id, office id, name and structure, and
  how far the change log has been turned into numbered changes;
- ``exchange_office``: each partner office, what is shared with it and what it has
  acknowledged holding (one sequence number per office of origin);
- ``exchange_change``: every change known here, this office's and those received, each
  numbered by its office of origin and carrying what that office had seen (causality);
- ``exchange_version``: which change last set a field, to tell a later edit from a
  concurrent one;
- ``exchange_tombstone``: deleted records, which no late change brings back;
- ``exchange_conflict``: what a person must decide.

Plain tables and indexes (no trigger, no virtual table): PostgreSQL needs only its own
spelling of the two auto-numbered keys (``AUTOINCREMENT`` here).
"""

STATEMENTS = (
    'CREATE TABLE "exchange_setting" ("key" TEXT NOT NULL PRIMARY KEY, "value" TEXT NOT NULL)',
    'CREATE TABLE "exchange_office" ("id" TEXT NOT NULL PRIMARY KEY, "name" TEXT NOT NULL, '
    '"structure" TEXT NOT NULL, "sharing" TEXT NOT NULL, "knows" TEXT NOT NULL, '
    '"last_received_at" TEXT, "last_sent_at" TEXT)',
    'CREATE TABLE "exchange_change" ("position" INTEGER PRIMARY KEY AUTOINCREMENT, '
    '"origin" TEXT NOT NULL, "seq" INTEGER NOT NULL, "deps" TEXT NOT NULL, '
    '"at" TEXT NOT NULL, "staff_id" TEXT, "action" TEXT NOT NULL, '
    '"table_name" TEXT NOT NULL, "record_id" TEXT NOT NULL, "changes" TEXT NOT NULL)',
    'CREATE UNIQUE INDEX "exchange_change_origin_seq" ON "exchange_change" ("origin", "seq")',
    'CREATE TABLE "exchange_version" ("table_name" TEXT NOT NULL, "record_id" TEXT NOT NULL, '
    '"field" TEXT NOT NULL, "origin" TEXT NOT NULL, "seq" INTEGER NOT NULL, '
    'PRIMARY KEY ("table_name", "record_id", "field"))',
    'CREATE TABLE "exchange_tombstone" ("table_name" TEXT NOT NULL, "record_id" TEXT NOT NULL, '
    '"origin" TEXT NOT NULL, "seq" INTEGER NOT NULL, PRIMARY KEY ("table_name", "record_id"))',
    'CREATE TABLE "exchange_conflict" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, '
    '"kind" TEXT NOT NULL, "table_name" TEXT NOT NULL, "record_id" TEXT NOT NULL, '
    '"field" TEXT NOT NULL, "mine" TEXT, "mine_staff_id" TEXT, "mine_at" TEXT, '
    '"theirs" TEXT, "theirs_origin" TEXT NOT NULL, "theirs_seq" INTEGER NOT NULL, '
    '"theirs_staff_id" TEXT, "theirs_at" TEXT NOT NULL, "message" TEXT NOT NULL, '
    '"detected_at" TEXT NOT NULL, "resolved_at" TEXT, "resolution" TEXT)',
    'CREATE INDEX "exchange_conflict_record" ON "exchange_conflict" '
    '("table_name", "record_id", "resolved_at")',
)


def up(migrator, db):
    for statement in STATEMENTS:
        db.execute_sql(statement)
