"""Numbered schema migrations, run in order by :mod:`fabrique_desktop.store.schema`.

Each ``NNNN_name.py`` defines ``up(migrator, db)``; migrations are only ever appended.
"""
