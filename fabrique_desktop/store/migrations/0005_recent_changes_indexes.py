"""0005 — indexes on ``updated_at`` for the home screen's « Dernières modifications ».

Without them the latest changes are found by sorting every need, project and holder.
"""

STATEMENTS = (
    'CREATE INDEX "need_updated_at" ON "need" ("updated_at")',
    'CREATE INDEX "project_updated_at" ON "project" ("updated_at")',
    'CREATE INDEX "holder_updated_at" ON "holder" ("updated_at")',
)


def up(migrator, db):
    for statement in STATEMENTS:
        db.execute_sql(statement)
