"""0007 — indexes that let the home screen stop at its first fifty lines.

- « En attente de décision »: (status, started_on) and (status, received_on) give the open
  studies and the received candidacies in date order; the query stops at the first
  fifty complete ones instead of counting the grid of every open record and sorting.
- « Jalons en retard »: with the project in the milestone index and (stage, id) on
  projects, skipping the milestones of abandoned projects reads two indexes, not two
  tables (ten years of abandoned projects leave thousands of open milestones).

Each new index starts with the column of the one it replaces, so the lists' filters
keep an index.
"""

STATEMENTS = (
    'DROP INDEX "opportunity_study_status"',
    'CREATE INDEX "opportunity_study_status_started_on" '
    'ON "opportunity_study" ("status", "started_on")',
    'DROP INDEX "candidacy_status"',
    'CREATE INDEX "candidacy_status_received_on" ON "candidacy" ("status", "received_on")',
    'DROP INDEX "milestone_done_on_planned_on"',
    'CREATE INDEX "milestone_done_on_planned_on_project_id" '
    'ON "milestone" ("done_on", "planned_on", "project_id")',
    'DROP INDEX "project_stage"',
    'CREATE INDEX "project_stage_id" ON "project" ("stage", "id")',
)


def up(migrator, db):
    for statement in STATEMENTS:
        db.execute_sql(statement)
