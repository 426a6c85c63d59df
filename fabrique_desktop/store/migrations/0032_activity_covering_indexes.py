"""0032 — covering indexes for the Tableau de bord and the « Bilan d'activité ».

The ids are text, not SQLite's row ids: an index on a date alone leads to the table's
row for every id, and on a large file (100,000 needs) those reads of whole rows — title,
description — were most of a year's figures. These indexes hold what the figures read,
so each query is answered from an index alone: the needs of a period with what they are
counted by, what the decisions of a kind and a period are about, and the need of a
study or a project found from its id (the median durations). Plain ``CREATE INDEX``:
the same statements run on PostgreSQL.
"""


def up(migrator, db):
    db.execute_sql(
        'CREATE INDEX "need_detected_on_id_source_sector_territory_id_staff_id" ON "need" '
        '("detected_on", "id", "source", "sector", "territory_id", "staff_id")'
    )
    db.execute_sql(
        'CREATE INDEX "decision_kind_decided_on_subjects" ON "decision" '
        '("kind", "decided_on", "need_id", "study_id", "project_id", "candidacy_id", "id")'
    )
    db.execute_sql(
        'CREATE INDEX "opportunity_study_id_need_id" ON "opportunity_study" ("id", "need_id")'
    )
    db.execute_sql('CREATE INDEX "project_id_need_id" ON "project" ("id", "need_id")')
