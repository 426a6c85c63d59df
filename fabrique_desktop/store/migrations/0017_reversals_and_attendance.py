"""0017 — decisions that reverse a decision recorded by mistake, and who attended.

A decision may name the one it reverses (``reverses_id``, at most one reversal each);
a committee member gains whether they were present, excused or absent, and whether
they were convened or came as a guest. The history triggers are rebuilt so that the
new columns are logged like the others.
"""

from fabrique_desktop.store.history import install_triggers

STATEMENTS = (
    'ALTER TABLE "decision" ADD COLUMN "reverses_id" TEXT'
    ' REFERENCES "decision" ("id") ON DELETE RESTRICT',
    'CREATE UNIQUE INDEX "decision_reverses_id" ON "decision" ("reverses_id")',
    'ALTER TABLE "committee_member" ADD COLUMN "attendance" VARCHAR(20)',
    'ALTER TABLE "committee_member" ADD COLUMN "convened" INTEGER NOT NULL DEFAULT 1',
)


def up(migrator, db):
    for statement in STATEMENTS:
        db.execute_sql(statement)
    install_triggers(db)
