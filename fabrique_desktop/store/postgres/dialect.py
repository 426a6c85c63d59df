"""SQLite's SQL as the numbered migrations wrote it, said in PostgreSQL's words.

Most migrations are frozen DDL (tables, columns, indexes) and a few inserts: on a server
they run as they are, through :class:`Translating`, which changes only what the two
dialects spell differently. The migrations that use what SQLite alone has (FTS5, its
history triggers, ``PRAGMA``) have a server version of their own in ``migrations/``.
"""

from __future__ import annotations

import re

from peewee import BooleanField, Database

_TYPES = (
    (re.compile(r'("\w+") INTEGER PRIMARY KEY AUTOINCREMENT', re.I), r"\1 BIGSERIAL PRIMARY KEY"),
    (re.compile(r"\bBLOB\b"), "BYTEA"),
    # SQLite never enforced a VARCHAR's length, and the forms rely on it: the same here.
    (re.compile(r"\bVARCHAR\(\d+\)"), "TEXT"),
    # SQLite's REAL is 8 bytes, PostgreSQL's 4.
    (re.compile(r"\bREAL\b"), "DOUBLE PRECISION"),
    # Checked at commit when asked (bulk loads, imports): SQLite's defer_foreign_keys.
    (
        re.compile(r"(REFERENCES \"\w+\" \(\"\w+\"\) ON DELETE (?:CASCADE|RESTRICT|SET NULL))"),
        r"\1 DEFERRABLE INITIALLY IMMEDIATE",
    ),
    # SQLite adds truth values as integers (« exactly one of these is set »).
    (re.compile(r"\((\w+ IS NOT NULL)\)(?=\s*[+=])"), r"(\1)::int"),
)
#: SQLite's « now » as the timestamps of the records are written (microseconds, UTC).
_SQLITE_NOW = "strftime('%Y-%m-%dT%H:%M:%f000Z', 'now')"
SERVER_NOW = """to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')"""


def truth_columns() -> frozenset[str]:
    """The columns the models read as truth values: SQLite stores them as integers,
    PostgreSQL as booleans (``WHERE active`` needs one)."""
    from ...domain.models import ALL_MODELS

    return frozenset(
        field.column_name
        for model in ALL_MODELS
        for field in model._meta.sorted_fields
        if isinstance(field, BooleanField)
    )


def _truth(column: re.Match) -> str:
    name, not_null, default = column.groups()
    boolean = f'"{name}" BOOLEAN{not_null or ""}'
    return boolean + (f" DEFAULT {'TRUE' if default == '1' else 'FALSE'}" if default else "")


def translate(sql: str) -> str | None:
    """``sql`` for PostgreSQL; None for what has no meaning there (``PRAGMA``)."""
    if sql.lstrip().upper().startswith("PRAGMA"):
        return None
    for pattern, replacement in _TYPES:
        sql = pattern.sub(replacement, sql)
    truths = "|".join(truth_columns())
    sql = re.sub(rf'"({truths})" INTEGER( NOT NULL)?(?: DEFAULT ([01]))?', _truth, sql)
    return sql.replace(_SQLITE_NOW, SERVER_NOW)


class Translating:
    """The server database as a SQLite migration sees it: same calls, its own dialect."""

    def __init__(self, db: Database) -> None:
        self._db = db

    @property
    def obj(self) -> Database:
        """The server database itself (as peewee's proxy names it): what code written
        for the server, such as the history's triggers, is given."""
        return self._db

    def __getattr__(self, name: str):
        return getattr(self._db, name)

    def execute_sql(self, sql: str, params=None, *args, **kwargs):
        translated = translate(sql)
        if translated is None:
            return None
        if params:
            translated = translated.replace("%", "%%").replace("?", "%s")
        return self._db.execute_sql(translated, params, *args, **kwargs)
