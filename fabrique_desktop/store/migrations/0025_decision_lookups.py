"""0025 — indexes of the decisions by need (or project), kind and date, for the Tableau
de bord's funnel and median durations.

The funnel asks, for each need of the period, whether it was kept and whether its study
was validated; the durations pair each holder retained with the latest validation of its
need before it, and each enterprise with the latest holder retained before its creation.
With these indexes each answer is one look-up in an index alone. Without them SQLite
read every decision of the need from the table, or — worse — walked the (kind, date)
index over every earlier decision of that kind, for each row.
"""


def up(migrator, db):
    db.execute_sql(
        'CREATE INDEX "decision_need_id_kind_decided_on" '
        'ON "decision" ("need_id", "kind", "decided_on")'
    )
    db.execute_sql(
        'CREATE INDEX "decision_project_id_kind_decided_on" '
        'ON "decision" ("project_id", "kind", "decided_on")'
    )
