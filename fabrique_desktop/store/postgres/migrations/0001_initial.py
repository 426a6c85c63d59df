"""0001 on a server: the functions the schema calls, then SQLite's 0001 translated.

``search_fold``, ``fr_sort`` and ``instr`` come first:
indexes of later migrations are built on them.
"""

from fabrique_desktop.store.postgres import functions
from fabrique_desktop.store.postgres.dialect import Translating
from fabrique_desktop.store.postgres.migrations import sqlite_migration


def up(migrator, db):
    functions.install(db)
    sqlite_migration("0001_initial").up(migrator, Translating(db))
