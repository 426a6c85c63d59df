# ruff: noqa: E501  (frozen DDL, one statement a line)
"""0020 — what the activity figures need: creativity sessions (and the needs that came
out of them), post-creation follow-ups, and the priority-area and rural-area marks of a
commune.

Frozen copies of the models when this migration was written. The new tables, and the
tables that gain a column, get their history triggers rebuilt like every other.
"""

from fabrique_desktop.store.history import install_triggers

STATEMENTS = (
    'CREATE TABLE "creativity_session" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "held_on" DATE NOT NULL, "place" VARCHAR(200) NOT NULL, "territory_id" TEXT NOT NULL, "participants" INTEGER NOT NULL CHECK (participants >= 0), "staff_id" TEXT, "notes" TEXT NOT NULL, FOREIGN KEY ("territory_id") REFERENCES "territory" ("id") ON DELETE RESTRICT, FOREIGN KEY ("staff_id") REFERENCES "staff_member" ("id") ON DELETE SET NULL)',
    'CREATE INDEX "creativity_session_held_on" ON "creativity_session" ("held_on")',
    'CREATE INDEX "creativity_session_territory_id" ON "creativity_session" ("territory_id")',
    'CREATE INDEX "creativity_session_staff_id" ON "creativity_session" ("staff_id")',
    'CREATE TABLE "session_partner" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "session_id" TEXT NOT NULL, "partner_id" TEXT NOT NULL, FOREIGN KEY ("session_id") REFERENCES "creativity_session" ("id") ON DELETE CASCADE, FOREIGN KEY ("partner_id") REFERENCES "partner" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "session_partner_partner_id" ON "session_partner" ("partner_id")',
    'CREATE UNIQUE INDEX "session_partner_session_id_partner_id" ON "session_partner" ("session_id", "partner_id")',
    'ALTER TABLE "need" ADD COLUMN "session_id" TEXT REFERENCES "creativity_session" ("id") ON DELETE SET NULL',
    'CREATE INDEX "need_session_id" ON "need" ("session_id")',
    'CREATE TABLE "follow_up" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "project_id" TEXT NOT NULL, "years" INTEGER, "planned_on" DATE, "observed_on" DATE, "health" VARCHAR(20), "jobs_fte" REAL, "comment" TEXT NOT NULL, FOREIGN KEY ("project_id") REFERENCES "project" ("id") ON DELETE CASCADE, CHECK ((observed_on IS NULL) = (health IS NULL)))',
    'CREATE INDEX "follow_up_project_id_observed_on" ON "follow_up" ("project_id", "observed_on")',
    'CREATE INDEX "follow_up_observed_on_planned_on" ON "follow_up" ("observed_on", "planned_on")',
    'ALTER TABLE "territory" ADD COLUMN "priority_area" INTEGER NOT NULL DEFAULT 0',
    'ALTER TABLE "territory" ADD COLUMN "rural_area" INTEGER NOT NULL DEFAULT 0',
    # The activity figures read decisions of one kind, and creations, over a period.
    'CREATE INDEX "decision_kind_decided_on" ON "decision" ("kind", "decided_on")',
    'CREATE INDEX "project_stage_created_on" ON "project" ("stage", "created_on")',
)


def up(migrator, db):
    for statement in STATEMENTS:
        db.execute_sql(statement)
    install_triggers(db)
