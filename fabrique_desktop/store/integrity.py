"""SQLite's own checks of the open file: page structure, indexes and foreign keys, and
whether the change log still matches its records.

On a file of ten years (a gigabyte) they take several seconds, so they can report how
far they got and be stopped: SQLite calls a progress handler every few thousand steps
of its virtual machine, and the checks take a steady number of steps per page.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator

from ..domain import french
from ..domain.models import database
from . import history
from .failures import is_corruption

#: Steps of SQLite's virtual machine the two checks take per page of the file, measured
#: on files of 0.3 MB to 940 MB (integrity ~390-400, foreign keys ~95): an estimate.
STEPS_PER_PAGE = 490
#: Steps between two reports (a few milliseconds).
REPORT_EVERY = 10_000
#: What each history trigger notes, in the words of :func:`history_problems`.
#: How SQLite's own findings begin: past them, nothing read from the file is reliable.
STRUCTURE = "Structure : "
HISTORY_ACTIONS = {"INSERT": "créations", "UPDATE": "modifications", "DELETE": "suppressions"}


def integrity_problems(
    limit: int = 20, progress: Callable[[float], None] | None = None
) -> list[str]:
    """What ``integrity_check`` and ``foreign_key_check`` report, in French (empty: sound).

    ``progress`` is told the estimated share done (below 1 until the end); when it raises,
    the check stops where it stands and its exception comes out of this function.
    On a server, the checks that make sense there (:mod:`.postgres.integrity`).
    """
    if history.is_server(database):
        from .postgres.integrity import problems

        return problems(database.obj)
    with _reporting(progress):
        findings = damage_findings(database.connection(), limit=limit)
        problems = [f"{STRUCTURE}{finding}" for finding in findings]
        if problems:  # references cannot be followed reliably through damaged pages
            return problems
        for table, rowid, parent, _ in database.execute_sql("PRAGMA foreign_key_check").fetchall():
            problems.append(
                f"Référence cassée : la ligne {rowid} de « {table} » pointe vers « {parent} » "
                "qui n'existe pas."
            )
        problems += history_problems()
    return problems


def history_problems() -> list[str]:
    """Where the change log no longer matches its records, in French (empty: it does).

    A history trigger missing or changed means changes went unnoted; a guard missing, that
    the log could be rewritten; a number missing from the entries, that some were erased
    (they are numbered without gaps, a rolled-back change gives its number back).
    """
    if history.is_server(database):
        from .postgres.history import problems

        return problems(database.obj)
    present = dict(
        database.execute_sql("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
    )
    problems = []
    for name, sql in history.expected_triggers(database).items():
        if present.get(name) != sql:
            table, _, action = name.rpartition("_history_")
            problems.append(
                f"Historique : les {HISTORY_ACTIONS[action]} dans « {table} » ne sont plus "
                "notées (déclencheur absent ou modifié)."
            )
    if any(present.get(f"change_log_refuse_{a}") != sql for a, sql in history.LOG_GUARDS.items()):
        problems.append(
            "Historique : il n'est plus protégé contre les modifications "
            "(déclencheur absent ou modifié)."
        )
    missing = _erased_entries()
    if missing:
        erased = sum(last - first + 1 for first, last in missing)
        numbers = ", ".join(str(a) if a == b else f"{a} à {b}" for a, b in missing[:5])
        problems.append(
            f"Historique : {french.plural(erased, 'entrée effacée', 'entrées effacées')} "
            f"(numéro{'s' if erased > 1 else ''} {numbers}"
            f"{', …' if len(missing) > 5 else ''})."
        )
    return problems


def _erased_entries() -> list[tuple[int, int]]:
    """The ranges of entry numbers missing from the log, the last ones included."""
    count, last = database.execute_sql(
        "SELECT COUNT(*), COALESCE(MAX(id), 0) FROM change_log"
    ).fetchone()
    issued = database.execute_sql(
        "SELECT COALESCE(MAX(seq), 0) FROM sqlite_sequence WHERE name = 'change_log'"
    ).fetchone()[0]
    if count == last == issued:  # the usual case, at the cost of a count (0.1 s for 1 M)
        return []
    return database.execute_sql(
        "SELECT previous + 1, id - 1 FROM ("
        "  SELECT id, LAG(id, 1, 0) OVER (ORDER BY id) AS previous FROM change_log"
        "  UNION ALL SELECT ?, ?"
        ") WHERE id > previous + 1 ORDER BY previous",
        (issued + 1, last),
    ).fetchall()


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
