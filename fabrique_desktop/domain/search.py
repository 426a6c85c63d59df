"""Full-text search as staff type it: every word, as a prefix, accents and case ignored.

The FTS5 indexes (migration 0002) are kept up to date by triggers; this module only
turns what was typed into a safe MATCH expression and a filter for list queries.
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


def matching(model: type[BaseModel], text: str) -> Expression | None:
    """A WHERE clause keeping the rows of ``model`` whose indexed text matches ``text``.

    It compares rowids, which the index is keyed on, whatever alias the query gives the
    model's table: no detour through the records' UUID keys.
    """
    expression = match_expression(text)
    if expression is None:
        return None
    table = model._meta.table_name
    rowid = Column(model._meta.table, "rowid")
    return rowid.in_(
        SQL(f"(SELECT rowid FROM {table}_search WHERE {table}_search MATCH ?)", (expression,))
    )
