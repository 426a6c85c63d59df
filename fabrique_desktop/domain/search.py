"""Full-text search as staff type it: every word, as a prefix, accents and case ignored.

The FTS5 indexes (migrations 0002, 0008) are kept up to date by triggers; this module
only turns what was typed into a safe MATCH expression, and that into a filter for list
queries or into the set of matching rows (with which a list narrows the ordered ids it
already holds instead of sorting again at each keystroke).
"""

from __future__ import annotations

import re

from peewee import SQL, Column, Expression

from .models import BaseModel

_WORD = re.compile(r"\w+", re.UNICODE)


def match_expression(text: str) -> str | None:
    """``"épicerie sol"`` → ``"épicerie"* "sol"*``; None when nothing searchable was typed.

    Each word is quoted, so FTS5 operators (AND, NEAR, *, :) typed by a user are
    searched as text instead of being obeyed or raising a syntax error.
    """
    words = _WORD.findall(text)
    if not words:
        return None
    return " ".join(f'"{word}"*' for word in words)


def rowid_of(model: type[BaseModel]) -> Column:
    """The rowid of ``model``'s table, which its search index is keyed on, under whatever
    alias a query gives the table."""
    return Column(model._meta.table, "rowid")


def matching(model: type[BaseModel], text: str) -> Expression | None:
    """A WHERE clause keeping the rows of ``model`` whose indexed text matches ``text``.

    It compares rowids, which the index is keyed on: no detour through the records'
    UUID keys.
    """
    expression = match_expression(text)
    if expression is None:
        return None
    return rowid_of(model).in_(SQL(f"({_index_query(model)})", (expression,)))


def matching_rowids(model: type[BaseModel], text: str) -> set[int] | None:
    """The rowids of the records of ``model`` that ``text`` matches; None: no search."""
    expression = match_expression(text)
    if expression is None:
        return None
    cursor = model._meta.database.execute_sql(_index_query(model), (expression,))
    return {rowid for (rowid,) in cursor}


def _index_query(model: type[BaseModel]) -> str:
    table = model._meta.table_name
    return f"SELECT rowid FROM {table}_search WHERE {table}_search MATCH ?"
