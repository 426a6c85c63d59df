"""0019 — opposition and restriction (RGPD art. 18 and 21) say since when and why.

The flag kept out of lists, dossiers and exports only said « restricted »: the date it
was set and the reason given now sit beside it, shown on the person's form (the
register of requests keeps the line of each change). Every list asks who is restricted:
an index answers without reading the table.
"""

from fabrique_desktop.store.history import install_triggers

STATEMENTS = (
    'ALTER TABLE "personal_data_flag" ADD COLUMN "restricted_on" DATE',
    'ALTER TABLE "personal_data_flag" ADD COLUMN "restricted_reason" TEXT NOT NULL DEFAULT \'\'',
    'CREATE INDEX "personal_data_flag_restricted_person_id"'
    ' ON "personal_data_flag" ("restricted", "person_id")',
)


def up(migrator, db):
    for statement in STATEMENTS:
        db.execute_sql(statement)
    install_triggers(db)  # the history records the new columns too
