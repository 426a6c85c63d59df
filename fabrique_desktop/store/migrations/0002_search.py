"""0002 — full-text search over needs, holders, projects and partners.

FTS5 tables index the text of each record (accent- and case-insensitive:
``remove_diacritics 2``); triggers keep them in step with every insert, update and
delete, so the database itself maintains the index whatever writes to it.

Each index is an external-content table keyed by the record's rowid. SQLite may
renumber such rowids on VACUUM: whoever runs VACUUM must rebuild these indexes after it
(``INSERT INTO need_search(need_search) VALUES ('rebuild')``).
"""

SEARCHABLE = {
    "need": ("title", "description", "target_public", "source_detail"),
    "holder": ("first_name", "last_name", "organisation_name", "notes"),
    "project": ("title", "enterprise_name"),
    "partner": ("name", "contact_name", "notes"),
}


def statements(table: str, columns: tuple[str, ...]) -> list[str]:
    index = f"{table}_search"
    names = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    remove = f"INSERT INTO {index}({index}, rowid, {names}) VALUES ('delete', old.rowid, {old});"
    add = f"INSERT INTO {index}(rowid, {names}) VALUES (new.rowid, {new});"
    return [
        f"CREATE VIRTUAL TABLE {index} USING fts5({names}, content='{table}',"
        " content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')",
        f"CREATE TRIGGER {index}_insert AFTER INSERT ON {table} BEGIN {add} END",
        f"CREATE TRIGGER {index}_delete AFTER DELETE ON {table} BEGIN {remove} END",
        f"CREATE TRIGGER {index}_update AFTER UPDATE OF {names} ON {table}"
        f" BEGIN {remove} {add} END",
        f"INSERT INTO {index}({index}) VALUES ('rebuild')",
    ]


def up(migrator, db):
    for table, columns in SEARCHABLE.items():
        for statement in statements(table, columns):
            db.execute_sql(statement)
