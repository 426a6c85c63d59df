"""0010 on a server: the history triggers of every table with a one-column key (the
settings included), and the guards that keep the log append-only (:mod:`..history`)."""

from fabrique_desktop.store.postgres import history


def up(migrator, db):
    history.install_triggers(db)
    history.install_log_guards(db)
