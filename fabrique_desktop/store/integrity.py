"""SQLite's own checks of the open file: page structure, indexes and foreign keys."""

from __future__ import annotations

from ..domain.models import database


def integrity_problems(limit: int = 20) -> list[str]:
    """What ``integrity_check`` and ``foreign_key_check`` report, in French (empty: sound)."""
    problems = [
        f"Structure : {row[0]}"
        for row in database.execute_sql(f"PRAGMA integrity_check({limit})").fetchall()
        if row[0] != "ok"
    ]
    for table, rowid, parent, _ in database.execute_sql("PRAGMA foreign_key_check").fetchall():
        problems.append(
            f"Référence cassée : la ligne {rowid} de « {table} » pointe vers « {parent} » "
            "qui n'existe pas."
        )
    return problems
