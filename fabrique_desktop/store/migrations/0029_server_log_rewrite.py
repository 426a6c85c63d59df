"""0029 — nothing in a file: the server's erasure path through the sealed log.

On a server (``store/postgres/migrations/0029_server_log_rewrite.py``) the guard of the
change log learns to let an erasure (RGPD) rewrite an entry's values through one
function. A file needs nothing: its erasure lifts the seal of its own connection
(``history.unsealed``) inside the erasing transaction. The number is kept on both
backends so that a schema's version means the same thing everywhere.
"""


def up(migrator, db):
    pass
