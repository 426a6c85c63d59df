# ruff: noqa: E501  (frozen DDL, one statement a line)
"""0014 — the RGPD's records: the register of requests, the erasures done, the flags.

Frozen copies of what :mod:`fabrique_desktop.domain.models.personal_data` described when
this migration was written. The new tables get their history triggers like every other.
"""

from fabrique_desktop.store.history import install_triggers

SCHEMA = (
    'CREATE TABLE "personal_data_request" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "person_kind" VARCHAR(20) NOT NULL, "person_id" TEXT NOT NULL, "person_label" VARCHAR(200) NOT NULL, "kind" VARCHAR(20) NOT NULL, "received_on" DATE NOT NULL, "extended_months" INTEGER NOT NULL, "extension_reason" TEXT NOT NULL, "answered_on" DATE, "action_taken" TEXT NOT NULL, "staff_id" TEXT, FOREIGN KEY ("staff_id") REFERENCES "staff_member" ("id") ON DELETE SET NULL)',
    'CREATE INDEX "personal_data_request_person_id" ON "personal_data_request" ("person_id")',
    'CREATE INDEX "personal_data_request_received_on" ON "personal_data_request" ("received_on")',
    'CREATE INDEX "personal_data_request_answered_on" ON "personal_data_request" ("answered_on")',
    'CREATE INDEX "personal_data_request_staff_id" ON "personal_data_request" ("staff_id")',
    'CREATE TABLE "personal_data_erasure" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "person_kind" VARCHAR(20) NOT NULL, "person_id" TEXT NOT NULL, "number" INTEGER NOT NULL, "staff_id" TEXT, "request_id" TEXT, "backups_until" DATE, "backups_purged" INTEGER NOT NULL, FOREIGN KEY ("staff_id") REFERENCES "staff_member" ("id") ON DELETE SET NULL, FOREIGN KEY ("request_id") REFERENCES "personal_data_request" ("id") ON DELETE SET NULL)',
    'CREATE UNIQUE INDEX "personal_data_erasure_person_id" ON "personal_data_erasure" ("person_id")',
    'CREATE INDEX "personal_data_erasure_staff_id" ON "personal_data_erasure" ("staff_id")',
    'CREATE INDEX "personal_data_erasure_request_id" ON "personal_data_erasure" ("request_id")',
    'CREATE UNIQUE INDEX "personal_data_erasure_person_kind_number" ON "personal_data_erasure" ("person_kind", "number")',
    'CREATE TABLE "personal_data_flag" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "person_kind" VARCHAR(20) NOT NULL, "person_id" TEXT NOT NULL, "restricted" INTEGER NOT NULL, "kept_until" DATE, "kept_reason" TEXT NOT NULL)',
    'CREATE UNIQUE INDEX "personal_data_flag_person_id" ON "personal_data_flag" ("person_id")',
)


def up(migrator, db):
    for statement in SCHEMA:
        db.execute_sql(statement)
    install_triggers(db)
