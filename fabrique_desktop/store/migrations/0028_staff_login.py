"""0028 — the PostgreSQL role a staff member connects with (server mode).

On a server each person connects with their own role; the app signs their decisions and
changes with the staff member whose ``login`` is that role (``current_user``). Empty on a
file, where the person is chosen in the app. Two staff members cannot share a role.
"""

from fabrique_desktop.store.history import install_triggers

STATEMENTS = (
    'ALTER TABLE "staff_member" ADD COLUMN "login" VARCHAR(63) NOT NULL DEFAULT \'\'',
    'CREATE UNIQUE INDEX "staff_member_login" ON "staff_member" ("login") WHERE "login" <> \'\'',
)


def up(migrator, db):
    for statement in STATEMENTS:
        db.execute_sql(statement)
    install_triggers(db)  # the history records the new column too
