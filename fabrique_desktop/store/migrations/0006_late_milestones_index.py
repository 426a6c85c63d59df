"""0006 — an index for the home screen's late milestones: not done, planned before today.

With (done_on, planned_on) the milestones still to do come out in date order, and the
query stops at the first fifty instead of sorting every open milestone.
"""


def up(migrator, db):
    db.execute_sql(
        'CREATE INDEX "milestone_done_on_planned_on" ON "milestone" ("done_on", "planned_on")'
    )
