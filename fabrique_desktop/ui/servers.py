"""What the app remembers of the servers it connected to (their addresses, never a
password: that is in the system's vault), and the database used last, file or server,
which start-up opens again."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtCore import QSettings

SERVERS_KEY = "servers/recent"
LAST_KEY = "files/last"
MAX_SERVERS = 8


def server_extra_installed() -> bool:
    """The « server » extra (psycopg 3 and keyring) is there: without it peewee cannot
    talk to PostgreSQL."""
    return all(importlib.util.find_spec(name) is not None for name in ("psycopg", "keyring"))


def remembered_servers() -> list[str]:
    value = QSettings().value(SERVERS_KEY) or []
    return [value] if isinstance(value, str) else list(value)


def remember_server(address: str) -> None:
    servers = [address] + [a for a in remembered_servers() if a != address]
    QSettings().setValue(SERVERS_KEY, servers[:MAX_SERVERS])


def remember_last(location: Path | str) -> None:
    QSettings().setValue(LAST_KEY, str(location))


def last_location() -> Path | str | None:
    """The database used last: a server's address, an existing file, or None."""
    from ..store.postgres.address import is_server_address

    last = QSettings().value(LAST_KEY)
    if not last:
        return None
    if is_server_address(last):
        return last
    return Path(last) if Path(last).is_file() else None


def server_extra_missing() -> str:
    """What to install for the server mode, said where it is asked for."""
    from PySide6.QtWidgets import QApplication

    return QApplication.translate(
        "Servers",
        "Connecting to a server needs the server mode, which is not installed with this "
        "copy of Fabrique Desktop: ask your administrator to install it "
        "(pip install 'fabrique-desktop[server]').",
    )
