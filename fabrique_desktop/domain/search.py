"""Search as staff type it: every word, as a prefix, accents and case ignored.

The FTS5 indexes (migrations 0002, 0008, 0009) hold folded text (:func:`.text.fold`) and
are kept up to date by triggers; this module turns what was typed into a safe MATCH
expression, and that into a filter for list queries or into the set of matching rows
(with which a list narrows the ordered ids it already holds instead of sorting again at
each keystroke). The short lists without an index (committees, staff) are searched by
:func:`containing`, with the same folding.
"""

from __future__ import annotations

from functools import reduce
from operator import and_, or_

from peewee import SQL, Column, Expression, fn

from .models import BaseModel
from .text import search_words


def match_expression(text: str) -> str | None:
    """``"Épicerie sol"`` → ``"epicerie"* "sol"*``; None when nothing searchable was typed.

    Each word is quoted, so FTS5 operators (AND, NEAR, *, :) typed by a user are
    searched as text instead of being obeyed or raising a syntax error.
    """
    words = search_words(text)
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
    index = _index_query(model, text)
    if index is None:
        return None
    query, expression = index
    return rowid_of(model).in_(SQL(f"({query})", (expression,)))


def matching_rowids(model: type[BaseModel], text: str) -> set[int] | None:
    """The rowids of the records of ``model`` that ``text`` matches; None: no search."""
    words = search_words(text)
    if not words:
        return None
    return model._meta.database.full_text_rowids(model._meta.table_name, words)


def _index_query(model: type[BaseModel], text: str) -> tuple[str, str] | None:
    """The index query of the store in use (FTS5 in a file, tsvector on a server) and
    its parameter; None when nothing searchable was typed."""
    words = search_words(text)
    if not words:
        return None
    return model._meta.database.full_text_query(model._meta.table_name, words)


def containing(text: str, *fields) -> Expression | None:
    """A WHERE clause keeping the rows where each typed word is in one of ``fields``,
    folded: for short lists without a search index.

    Words are what spaces separate, punctuation included, and ``instr`` rather than
    LIKE: ``%`` and ``_`` are searched as typed, and no pattern can be « too complex ».
    """
    words = search_words(text, punctuation=True)
    if not words:
        return None
    return reduce(
        and_,
        (
            reduce(or_, (fn.instr(fn.search_fold(field), word) > 0 for field in fields))
            for word in words
        ),
    )
