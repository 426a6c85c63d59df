"""`fabrique-desktop check` reports a change log that no longer matches its records."""

import sqlite3

from fabrique_desktop.store import schema
from fabrique_desktop.store.history import LOG_GUARDS

from .test_cli import run


def test_check_reports_erased_history_entries(tmp_path):
    path = tmp_path / "d.sqlite"
    assert run("demo", path, "--scale", 5).returncode == 0
    other = sqlite3.connect(path, isolation_level=None)  # another program, on purpose
    other.create_function("fabrique_history_actor", 0, lambda: None)
    schema.add_functions(other)  # and the search's folding: only the log is bypassed
    other.execute("UPDATE need SET description = 'Recyclerie'")  # five entries, numbered 1 to 5
    other.execute('DROP TRIGGER "change_log_refuse_DELETE"')
    other.execute("DELETE FROM change_log WHERE id = 2")
    other.execute(LOG_GUARDS["DELETE"])
    other.close()
    result = run("check", path)
    assert result.returncode == 1
    assert "  - Historique : 1 entrée effacée (numéro 2)." in result.stdout.splitlines()
