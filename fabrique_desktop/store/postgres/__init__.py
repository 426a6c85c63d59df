"""The server backend: the same schema, search, history and seal on PostgreSQL.

What SQLite does inside the file (FTS5, triggers calling Python functions, the
authorizer, pragmas) has its counterpart here, chosen by :func:`..open_database` from
the location it is given (a ``postgresql://`` address). Nothing here imports Qt.
"""
