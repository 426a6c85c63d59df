"""What SQLite does with the statements a piece of code sends: for tests that guard the
indexes the lists and the home screen depend on."""

from __future__ import annotations

from collections.abc import Callable

from fabrique_desktop.domain.models import database


def query_plans(run: Callable[[], object]) -> list[str]:
    """The query plan of every statement ``run`` sends, one line per step."""
    statements = []
    connection = database.obj
    original = connection.execute_sql

    def recording(sql, params=None, *args, **kwargs):
        statements.append((sql, params))
        return original(sql, params, *args, **kwargs)

    connection.execute_sql = recording
    try:
        run()
    finally:
        del connection.execute_sql
    return [
        step[3]
        for sql, params in statements
        for step in original(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()
    ]
