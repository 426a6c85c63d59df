"""SQLite's own checks of the open file: page structure, indexes and foreign keys.

On a file of ten years (a gigabyte) they take several seconds, so they can report how
far they got and be stopped: SQLite calls a progress handler every few thousand steps
of its virtual machine, and the checks take a steady number of steps per page.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator

from ..domain.models import database
from .failures import is_corruption

#: Steps of SQLite's virtual machine the two checks take per page of the file, measured
#: on files of 0.3 MB to 940 MB (integrity ~390-400, foreign keys ~95): an estimate.
STEPS_PER_PAGE = 490
#: Steps between two reports (a few milliseconds).
REPORT_EVERY = 10_000


def integrity_problems(
    limit: int = 20, progress: Callable[[float], None] | None = None
) -> list[str]:
    """What ``integrity_check`` and ``foreign_key_check`` report, in French (empty: sound).

    ``progress`` is told the estimated share done (below 1 until the end); when it raises,
    the check stops where it stands and its exception comes out of this function.
    """
    with _reporting(progress):
        findings = damage_findings(database.connection(), limit=limit)
        problems = [f"Structure : {finding}" for finding in findings]
        if problems:  # references cannot be followed reliably through damaged pages
            return problems
        for table, rowid, parent, _ in database.execute_sql("PRAGMA foreign_key_check").fetchall():
            problems.append(
                f"Référence cassée : la ligne {rowid} de « {table} » pointe vers « {parent} » "
                "qui n'existe pas."
            )
    return problems


def damage_findings(
    connection: sqlite3.Connection, check: str = "integrity_check", limit: int = 5
) -> list[str]:
    """SQLite's findings on a connection's file (empty when it is sound).

    ``integrity_check`` reads everything, indexes included; ``quick_check`` only the
    pages. A damaged page can stop the check itself: SQLite's corruption error is a
    finding too, any other error (disk, access) is raised as it is.
    """
    cursor = connection.cursor()
    try:
        verdict = [row[0] for row in cursor.execute(f"PRAGMA {check}({limit})")]
    except sqlite3.DatabaseError as error:
        if is_corruption(error):
            return [str(error)]
        raise
    finally:
        # A statement left open would keep the file open after close(): its -wal and
        # -shm would stay, and move with a damaged file set aside.
        cursor.close()
    return [] if verdict == ["ok"] else verdict


@contextlib.contextmanager
def _reporting(progress: Callable[[float], None] | None) -> Iterator[None]:
    if progress is None:
        yield
        return
    pages = database.execute_sql("PRAGMA page_count").fetchone()[0]
    expected = max(1, STEPS_PER_PAGE * pages // REPORT_EVERY)
    reports = 0
    stopped: list[BaseException] = []

    def handler() -> int:
        nonlocal reports
        reports += 1
        try:
            progress(min(0.99, reports / expected))
        except Exception as reason:  # SQLite only hears "stop": keep the reason
            stopped.append(reason)
            return 1
        return 0

    connection = database.connection()
    connection.set_progress_handler(handler, REPORT_EVERY)
    try:
        yield
    except Exception:
        if stopped:  # SQLite reports « interrupted »: the reason is the report's
            raise stopped[0] from None
        raise
    finally:
        connection.set_progress_handler(None, REPORT_EVERY)
