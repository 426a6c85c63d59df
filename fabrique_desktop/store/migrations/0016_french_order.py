"""0016 — lists sorted in French alphabetical order without sorting at each opening.

``fr_sort`` (registered on every connection by ``FabriqueDatabase``) gives the French
sort key of a text. Indexed, the needs, projects and partners lists read their rows
already in that order: computing the key of 100,000 titles at each opening tripled
the time the list took to appear.
"""

STATEMENTS = (
    'CREATE INDEX "need_title_fr" ON "need" (fr_sort("title"), "id")',
    'CREATE INDEX "project_title_fr" ON "project" (fr_sort("title"), "id")',
    'CREATE INDEX "partner_name_fr" ON "partner" (fr_sort("name"), "id")',
)


def up(migrator, db):
    for statement in STATEMENTS:
        db.execute_sql(statement)
