"""Whether a location names a server rather than a file (no driver imported for that),
and whether this installation can reach one."""

from __future__ import annotations

import importlib.util
import re

from ..fileguard import DatabaseRefused


def is_server_address(location: object) -> bool:
    return isinstance(location, str) and re.match(r"postgres(ql)?://", location) is not None


def require_server_extra() -> None:
    """Refuse in French, before any connection, where the « server » extra (the driver
    and the vault) is not installed: the file mode does without them."""
    if any(importlib.util.find_spec(name) is None for name in ("psycopg", "keyring")):
        raise DatabaseRefused(
            "Le mode serveur n'est pas installé sur ce poste : installez l'extra « server » "
            "(pip install 'fabrique-desktop[server]') ou ouvrez un fichier."
        )
