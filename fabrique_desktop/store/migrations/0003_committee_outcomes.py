"""0003 — what the committee decided on each agenda item, and the Fabrique's settings.

Agenda items gain the outcome written in the minutes (favorable, défavorable, ajourné,
pris acte) with its notes; ``fabrique_setting`` holds the name and territory that
head every dossier.
"""

STATEMENTS = (
    'ALTER TABLE "agenda_item" ADD COLUMN "outcome" VARCHAR(20)',
    'ALTER TABLE "agenda_item" ADD COLUMN "outcome_notes" TEXT NOT NULL DEFAULT \'\'',
    'CREATE TABLE "fabrique_setting"'
    ' ("key" VARCHAR(60) NOT NULL PRIMARY KEY, "value" TEXT NOT NULL)',
)


def up(migrator, db):
    for statement in STATEMENTS:
        db.execute_sql(statement)
