"""0010 — a change log that keeps every value whole, covers the settings, and is sealed.

- The history triggers are rebuilt: they compare and encode each value as it is (the
  triggers of 0004 decoded JSON in SQL, which cut a text at its first NUL character and
  then missed a change made after it), and they now cover every table with a one-column
  key, so the Fabrique's settings (``fabrique_setting``, keyed by ``key``) are logged.
- The author comes from a function of the app's connection, no longer from the
  ``history_actor`` table that any statement could rewrite: that table goes.
- Two triggers refuse any UPDATE or DELETE of ``change_log``.
"""

from fabrique_desktop.store.history import install_log_guards, install_triggers


def up(migrator, db):
    db.execute_sql('DROP TABLE "history_actor"')
    install_triggers(db)
    install_log_guards(db)
