# ruff: noqa: E501  (frozen DDL, one statement a line)
"""0001 — the initial schema of Fabrique Desktop, and the defaults every new file needs.

The statements are a frozen copy of what the models described when this migration was
written: later model changes come as new numbered migrations, never as edits here.
"""

import uuid

from fabrique_desktop.store.fileguard import APPLICATION_ID

SCHEMA = (
    'CREATE TABLE "territory" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "name" VARCHAR(120) NOT NULL, "insee_code" VARCHAR(5) NOT NULL, "postal_code" VARCHAR(5) NOT NULL)',
    'CREATE UNIQUE INDEX "territory_insee_code" ON "territory" ("insee_code")',
    'CREATE TABLE "staff_member" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "name" VARCHAR(120) NOT NULL, "organisation" VARCHAR(20) NOT NULL, "organisation_other" VARCHAR(120) NOT NULL, "email" VARCHAR(254) NOT NULL, "phone" VARCHAR(30) NOT NULL, "active" INTEGER NOT NULL)',
    'CREATE INDEX "staff_member_active" ON "staff_member" ("active")',
    'CREATE TABLE "partner" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "name" VARCHAR(200) NOT NULL, "kind" VARCHAR(30) NOT NULL, "contact_name" VARCHAR(120) NOT NULL, "email" VARCHAR(254) NOT NULL, "phone" VARCHAR(30) NOT NULL, "territory_id" TEXT, "notes" TEXT NOT NULL, FOREIGN KEY ("territory_id") REFERENCES "territory" ("id") ON DELETE SET NULL)',
    'CREATE INDEX "partner_name" ON "partner" ("name")',
    'CREATE INDEX "partner_kind" ON "partner" ("kind")',
    'CREATE INDEX "partner_territory_id" ON "partner" ("territory_id")',
    'CREATE TABLE "committee_kind" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "name" VARCHAR(120) NOT NULL)',
    'CREATE UNIQUE INDEX "committee_kind_name" ON "committee_kind" ("name")',
    'CREATE TABLE "need" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "title" VARCHAR(200) NOT NULL, "description" TEXT NOT NULL, "territory_id" TEXT NOT NULL, "sector" VARCHAR(30) NOT NULL, "source" VARCHAR(30) NOT NULL, "source_detail" VARCHAR(200) NOT NULL, "target_public" TEXT NOT NULL, "existing_offer" TEXT NOT NULL, "detected_on" DATE NOT NULL, "staff_id" TEXT, "status" VARCHAR(20) NOT NULL, FOREIGN KEY ("territory_id") REFERENCES "territory" ("id") ON DELETE RESTRICT, FOREIGN KEY ("staff_id") REFERENCES "staff_member" ("id") ON DELETE SET NULL)',
    'CREATE INDEX "need_territory_id" ON "need" ("territory_id")',
    'CREATE INDEX "need_sector" ON "need" ("sector")',
    'CREATE INDEX "need_detected_on" ON "need" ("detected_on")',
    'CREATE INDEX "need_staff_id" ON "need" ("staff_id")',
    'CREATE INDEX "need_status" ON "need" ("status")',
    'CREATE TABLE "need_partner" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "need_id" TEXT NOT NULL, "partner_id" TEXT NOT NULL, FOREIGN KEY ("need_id") REFERENCES "need" ("id") ON DELETE CASCADE, FOREIGN KEY ("partner_id") REFERENCES "partner" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "need_partner_partner_id" ON "need_partner" ("partner_id")',
    'CREATE UNIQUE INDEX "need_partner_need_id_partner_id" ON "need_partner" ("need_id", "partner_id")',
    'CREATE TABLE "opportunity_study" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "need_id" TEXT NOT NULL, "started_on" DATE NOT NULL, "staff_id" TEXT, "recommendation" VARCHAR(20), "recommendation_text" TEXT NOT NULL, "status" VARCHAR(20) NOT NULL, FOREIGN KEY ("need_id") REFERENCES "need" ("id") ON DELETE CASCADE, FOREIGN KEY ("staff_id") REFERENCES "staff_member" ("id") ON DELETE SET NULL)',
    'CREATE UNIQUE INDEX "opportunity_study_need_id" ON "opportunity_study" ("need_id")',
    'CREATE INDEX "opportunity_study_started_on" ON "opportunity_study" ("started_on")',
    'CREATE INDEX "opportunity_study_staff_id" ON "opportunity_study" ("staff_id")',
    'CREATE INDEX "opportunity_study_status" ON "opportunity_study" ("status")',
    'CREATE TABLE "study_score" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "study_id" TEXT NOT NULL, "criterion" VARCHAR(30) NOT NULL, "score" INTEGER CHECK (score BETWEEN 0 AND 5), "comment" TEXT NOT NULL, FOREIGN KEY ("study_id") REFERENCES "opportunity_study" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "study_score_study_id_criterion" ON "study_score" ("study_id", "criterion")',
    'CREATE TABLE "holder" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "kind" VARCHAR(20) NOT NULL, "first_name" VARCHAR(100) NOT NULL, "last_name" VARCHAR(100) NOT NULL, "organisation_name" VARCHAR(200) NOT NULL, "siret" VARCHAR(14) NOT NULL, "email" VARCHAR(254) NOT NULL, "phone" VARCHAR(30) NOT NULL, "address" TEXT NOT NULL, "territory_id" TEXT, "recruitment_source" VARCHAR(30) NOT NULL, "consent_basis" VARCHAR(30), "consent_on" DATE, "notes" TEXT NOT NULL, FOREIGN KEY ("territory_id") REFERENCES "territory" ("id") ON DELETE SET NULL)',
    'CREATE INDEX "holder_last_name" ON "holder" ("last_name")',
    'CREATE INDEX "holder_organisation_name" ON "holder" ("organisation_name")',
    'CREATE INDEX "holder_territory_id" ON "holder" ("territory_id")',
    'CREATE TABLE "project" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "need_id" TEXT NOT NULL, "title" VARCHAR(200) NOT NULL, "stage" VARCHAR(20) NOT NULL, "opened_on" DATE NOT NULL, "staff_id" TEXT, "selected_holder_id" TEXT, "enterprise_name" VARCHAR(200) NOT NULL, "legal_form" VARCHAR(20), "siret" VARCHAR(14) NOT NULL, "created_on" DATE, "jobs_fte" REAL, "closed_on" DATE, FOREIGN KEY ("need_id") REFERENCES "need" ("id") ON DELETE RESTRICT, FOREIGN KEY ("staff_id") REFERENCES "staff_member" ("id") ON DELETE SET NULL, FOREIGN KEY ("selected_holder_id") REFERENCES "holder" ("id") ON DELETE RESTRICT)',
    'CREATE UNIQUE INDEX "project_need_id" ON "project" ("need_id")',
    'CREATE INDEX "project_stage" ON "project" ("stage")',
    'CREATE INDEX "project_opened_on" ON "project" ("opened_on")',
    'CREATE INDEX "project_staff_id" ON "project" ("staff_id")',
    'CREATE INDEX "project_selected_holder_id" ON "project" ("selected_holder_id")',
    'CREATE TABLE "milestone_template" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "name" VARCHAR(120) NOT NULL)',
    'CREATE UNIQUE INDEX "milestone_template_name" ON "milestone_template" ("name")',
    'CREATE TABLE "milestone_template_step" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "template_id" TEXT NOT NULL, "position" INTEGER NOT NULL, "title" VARCHAR(200) NOT NULL, "offset_days" INTEGER NOT NULL, FOREIGN KEY ("template_id") REFERENCES "milestone_template" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "milestone_template_step_template_id_position" ON "milestone_template_step" ("template_id", "position")',
    'CREATE TABLE "milestone" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "project_id" TEXT NOT NULL, "position" INTEGER NOT NULL, "title" VARCHAR(200) NOT NULL, "planned_on" DATE NOT NULL, "done_on" DATE, "notes" TEXT NOT NULL, FOREIGN KEY ("project_id") REFERENCES "project" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "milestone_planned_on" ON "milestone" ("planned_on")',
    'CREATE INDEX "milestone_done_on" ON "milestone" ("done_on")',
    'CREATE INDEX "milestone_project_id_position" ON "milestone" ("project_id", "position")',
    'CREATE TABLE "candidacy" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "project_id" TEXT NOT NULL, "holder_id" TEXT NOT NULL, "received_on" DATE NOT NULL, "status" VARCHAR(20) NOT NULL, "notes" TEXT NOT NULL, FOREIGN KEY ("project_id") REFERENCES "project" ("id") ON DELETE CASCADE, FOREIGN KEY ("holder_id") REFERENCES "holder" ("id") ON DELETE RESTRICT)',
    'CREATE INDEX "candidacy_holder_id" ON "candidacy" ("holder_id")',
    'CREATE INDEX "candidacy_received_on" ON "candidacy" ("received_on")',
    'CREATE INDEX "candidacy_status" ON "candidacy" ("status")',
    'CREATE UNIQUE INDEX "candidacy_project_id_holder_id" ON "candidacy" ("project_id", "holder_id")',
    'CREATE TABLE "candidacy_score" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "candidacy_id" TEXT NOT NULL, "criterion" VARCHAR(30) NOT NULL, "score" INTEGER CHECK (score BETWEEN 0 AND 5), "comment" TEXT NOT NULL, FOREIGN KEY ("candidacy_id") REFERENCES "candidacy" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "candidacy_score_candidacy_id_criterion" ON "candidacy_score" ("candidacy_id", "criterion")',
    'CREATE TABLE "committee" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "kind_id" TEXT NOT NULL, "meeting_on" DATE NOT NULL, "starts_at" TIME, "place" VARCHAR(200) NOT NULL, "notes" TEXT NOT NULL, FOREIGN KEY ("kind_id") REFERENCES "committee_kind" ("id") ON DELETE RESTRICT)',
    'CREATE INDEX "committee_kind_id" ON "committee" ("kind_id")',
    'CREATE INDEX "committee_meeting_on" ON "committee" ("meeting_on")',
    'CREATE TABLE "committee_member" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "committee_id" TEXT NOT NULL, "partner_id" TEXT, "staff_id" TEXT, FOREIGN KEY ("committee_id") REFERENCES "committee" ("id") ON DELETE CASCADE, FOREIGN KEY ("partner_id") REFERENCES "partner" ("id") ON DELETE CASCADE, FOREIGN KEY ("staff_id") REFERENCES "staff_member" ("id") ON DELETE CASCADE, CHECK ((partner_id IS NULL) <> (staff_id IS NULL)))',
    'CREATE INDEX "committee_member_committee_id" ON "committee_member" ("committee_id")',
    'CREATE INDEX "committee_member_partner_id" ON "committee_member" ("partner_id")',
    'CREATE INDEX "committee_member_staff_id" ON "committee_member" ("staff_id")',
    'CREATE TABLE "agenda_item" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "committee_id" TEXT NOT NULL, "position" INTEGER NOT NULL, "purpose" VARCHAR(30) NOT NULL, "need_id" TEXT, "project_id" TEXT, "candidacy_id" TEXT, "title" VARCHAR(200) NOT NULL, "notes" TEXT NOT NULL, FOREIGN KEY ("committee_id") REFERENCES "committee" ("id") ON DELETE CASCADE, FOREIGN KEY ("need_id") REFERENCES "need" ("id") ON DELETE RESTRICT, FOREIGN KEY ("project_id") REFERENCES "project" ("id") ON DELETE RESTRICT, FOREIGN KEY ("candidacy_id") REFERENCES "candidacy" ("id") ON DELETE RESTRICT)',
    'CREATE INDEX "agenda_item_need_id" ON "agenda_item" ("need_id")',
    'CREATE INDEX "agenda_item_project_id" ON "agenda_item" ("project_id")',
    'CREATE INDEX "agenda_item_candidacy_id" ON "agenda_item" ("candidacy_id")',
    'CREATE INDEX "agenda_item_committee_id_position" ON "agenda_item" ("committee_id", "position")',
    'CREATE TABLE "decision" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "kind" VARCHAR(30) NOT NULL, "decided_on" DATE NOT NULL, "committee_id" TEXT, "agenda_item_id" TEXT, "author_id" TEXT NOT NULL, "need_id" TEXT, "study_id" TEXT, "project_id" TEXT, "candidacy_id" TEXT, "notes" TEXT NOT NULL, FOREIGN KEY ("committee_id") REFERENCES "committee" ("id") ON DELETE RESTRICT, FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item" ("id") ON DELETE RESTRICT, FOREIGN KEY ("author_id") REFERENCES "staff_member" ("id") ON DELETE RESTRICT, FOREIGN KEY ("need_id") REFERENCES "need" ("id") ON DELETE RESTRICT, FOREIGN KEY ("study_id") REFERENCES "opportunity_study" ("id") ON DELETE RESTRICT, FOREIGN KEY ("project_id") REFERENCES "project" ("id") ON DELETE RESTRICT, FOREIGN KEY ("candidacy_id") REFERENCES "candidacy" ("id") ON DELETE RESTRICT, CHECK (need_id IS NOT NULL OR study_id IS NOT NULL OR project_id IS NOT NULL OR candidacy_id IS NOT NULL))',
    'CREATE INDEX "decision_kind" ON "decision" ("kind")',
    'CREATE INDEX "decision_decided_on" ON "decision" ("decided_on")',
    'CREATE INDEX "decision_committee_id" ON "decision" ("committee_id")',
    'CREATE INDEX "decision_agenda_item_id" ON "decision" ("agenda_item_id")',
    'CREATE INDEX "decision_author_id" ON "decision" ("author_id")',
    'CREATE INDEX "decision_need_id" ON "decision" ("need_id")',
    'CREATE INDEX "decision_study_id" ON "decision" ("study_id")',
    'CREATE INDEX "decision_project_id" ON "decision" ("project_id")',
    'CREATE INDEX "decision_candidacy_id" ON "decision" ("candidacy_id")',
    'CREATE TABLE "attachment" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "file_name" VARCHAR(255) NOT NULL, "media_type" VARCHAR(100) NOT NULL, "size" INTEGER NOT NULL CHECK (size BETWEEN 0 AND 10485760), "sha256" VARCHAR(64) NOT NULL, "content" BLOB NOT NULL, "need_id" TEXT, "project_id" TEXT, "holder_id" TEXT, "committee_id" TEXT, FOREIGN KEY ("need_id") REFERENCES "need" ("id") ON DELETE CASCADE, FOREIGN KEY ("project_id") REFERENCES "project" ("id") ON DELETE CASCADE, FOREIGN KEY ("holder_id") REFERENCES "holder" ("id") ON DELETE CASCADE, FOREIGN KEY ("committee_id") REFERENCES "committee" ("id") ON DELETE CASCADE, CHECK ((need_id IS NOT NULL) + (project_id IS NOT NULL) + (holder_id IS NOT NULL) + (committee_id IS NOT NULL) = 1))',
    'CREATE INDEX "attachment_need_id" ON "attachment" ("need_id")',
    'CREATE INDEX "attachment_project_id" ON "attachment" ("project_id")',
    'CREATE INDEX "attachment_holder_id" ON "attachment" ("holder_id")',
    'CREATE INDEX "attachment_committee_id" ON "attachment" ("committee_id")',
)

COMMITTEE_KINDS = ("Comité de pilotage", "Comité d'engagement", "Comité de sélection")

#: The standard support plan (title, days after the start of support).
SUPPORT_PLAN = (
    ("Étude de faisabilité", 60),
    ("Business plan social", 120),
    ("Plan de financement", 150),
    ("Recherche de financements (France Active, prêts d'honneur)", 210),
    ("Choix du statut juridique", 240),
    ("Rédaction des statuts", 270),
    ("Recherche de locaux", 300),
    ("Immatriculation", 330),
    ("Démarrage de l'activité", 365),
)

TIMESTAMP = "strftime('%Y-%m-%dT%H:%M:%f000Z', 'now')"

#: Default records get the same key in every office's file, so merged files agree.
DEFAULTS_NAMESPACE = uuid.UUID("6c1d8a2e-3f3b-4b53-9a55-0f2b1a7e0c01")


def default_key(name: str) -> str:
    return uuid.uuid5(DEFAULTS_NAMESPACE, name).hex


def up(migrator, db):
    for statement in SCHEMA:
        db.execute_sql(statement)
    for name in COMMITTEE_KINDS:
        db.execute_sql(
            f"INSERT INTO committee_kind (id, created_at, updated_at, name)"
            f" VALUES (?, {TIMESTAMP}, {TIMESTAMP}, ?)",
            (default_key(name), name),
        )
    template_id = default_key("Accompagnement standard")
    db.execute_sql(
        f"INSERT INTO milestone_template (id, created_at, updated_at, name)"
        f" VALUES (?, {TIMESTAMP}, {TIMESTAMP}, ?)",
        (template_id, "Accompagnement standard"),
    )
    for position, (title, offset) in enumerate(SUPPORT_PLAN, start=1):
        db.execute_sql(
            f"INSERT INTO milestone_template_step"
            f" (id, created_at, updated_at, template_id, position, title, offset_days)"
            f" VALUES (?, {TIMESTAMP}, {TIMESTAMP}, ?, ?, ?, ?)",
            (
                default_key(f"Accompagnement standard/{position}"),
                template_id,
                position,
                title,
                offset,
            ),
        )
    db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
