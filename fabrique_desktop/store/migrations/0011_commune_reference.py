"""0011 — communes from the official list: département, population, and retirement.

Communes imported from Etalab's list carry their département and population; a commune
the Fabrique no longer works in is retired (``active`` = 0) rather than deleted, so the
needs, holders and partners that name it keep it. The change-history triggers of the
table are rebuilt to follow its new columns.
"""

from fabrique_desktop.store.history import install_triggers

STATEMENTS = (
    'ALTER TABLE "territory" ADD COLUMN "department" VARCHAR(3) NOT NULL DEFAULT \'\'',
    'ALTER TABLE "territory" ADD COLUMN "population" INTEGER',
    'ALTER TABLE "territory" ADD COLUMN "active" INTEGER NOT NULL DEFAULT 1',
    'CREATE INDEX "territory_active" ON "territory" ("active")',
)


def up(migrator, db):
    for statement in STATEMENTS:
        db.execute_sql(statement)
    install_triggers(db)
