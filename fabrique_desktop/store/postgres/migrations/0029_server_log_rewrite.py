"""0029 on a server: the erasure (RGPD) may rewrite the values of a log entry.

The guard of the log is replaced by one that lets ``fabrique_rewrite_log_entry`` (owned
by the schema's owner, granted to staff by :mod:`..roles`) change an entry's values and
nothing else; every other UPDATE, DELETE or TRUNCATE is still refused, even to the owner.
"""

from fabrique_desktop.store.postgres import history


def up(migrator, db):
    history.install_log_guards(db)
    history.install_log_rewrite(db)
