"""0009 — the search indexes hold folded text: Ł, Ø, Œ, Æ, ß and decomposed accents found.

FTS5's ``remove_diacritics`` only strips the accents Unicode decomposes: « Łucja »,
« Ørsted », « cœur », « Straße » and an « é » typed as « e » + combining accent were not
found by « lucja », « orsted », « coeur », « strasse », « epicerie ». Each index now
receives its record's text through ``search_fold`` (:func:`fabrique_desktop.domain.text.fold`,
registered on every connection by :mod:`fabrique_desktop.store.database`), the same rule
the typed text goes through.

The indexes become contentless (``content=''``): an external-content index would
compare and rebuild itself from the raw columns, not from their folded text. The
triggers give the index the folded values it had, so a delete removes exactly what an
insert added. After a VACUUM (which may renumber rowids), empty and refill each index
with the last two statements of :func:`statements`.
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
    new = ", ".join(f"search_fold(new.{c})" for c in columns)
    old = ", ".join(f"search_fold(old.{c})" for c in columns)
    remove = f"INSERT INTO {index}({index}, rowid, {names}) VALUES ('delete', old.rowid, {old});"
    add = f"INSERT INTO {index}(rowid, {names}) VALUES (new.rowid, {new});"
    folded = ", ".join(f"search_fold({c})" for c in columns)
    return [
        *(f"DROP TRIGGER IF EXISTS {index}_{event}" for event in ("insert", "delete", "update")),
        f"DROP TABLE IF EXISTS {index}",
        f"CREATE VIRTUAL TABLE {index} USING fts5({names}, content='',"
        " tokenize='unicode61 remove_diacritics 2', prefix='2 3')",
        f"CREATE TRIGGER {index}_insert AFTER INSERT ON {table} BEGIN {add} END",
        f"CREATE TRIGGER {index}_delete AFTER DELETE ON {table} BEGIN {remove} END",
        f"CREATE TRIGGER {index}_update AFTER UPDATE OF {names} ON {table}"
        f" BEGIN {remove} {add} END",
        f"INSERT INTO {index}({index}) VALUES ('delete-all')",
        f"INSERT INTO {index}(rowid, {names}) SELECT rowid, {folded} FROM {table}",
    ]


def up(migrator, db):
    for table, columns in SEARCHABLE.items():
        for statement in statements(table, columns):
            db.execute_sql(statement)
