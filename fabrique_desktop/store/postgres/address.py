"""Server addresses: whether a location names a server rather than a file (no driver
imported for that), whether this installation can reach one, and the address's parts as
the connection form shows them."""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, quote, urlencode, urlsplit

DEFAULT_PORT = 5432


def is_server_address(location: object) -> bool:
    return isinstance(location, str) and re.match(r"postgres(ql)?://", location) is not None


def require_server_extra() -> None:
    """Refuse in French, before any connection, where the « server » extra (the driver
    and the vault) is not installed: the file mode does without them."""
    # Imported here: the command line reads addresses before the first paint, and the
    # file guard (sqlite3, shutil…) is not needed for that.
    from ..fileguard import DatabaseRefused

    if any(importlib.util.find_spec(name) is None for name in ("psycopg", "keyring")):
        raise DatabaseRefused(
            "Le mode serveur n'est pas installé sur ce poste : installez l'extra « server » "
            "(pip install 'fabrique-desktop[server]') ou ouvrez un fichier."
        )


@dataclass(frozen=True)
class ServerAddress:
    """What the connection form asks for (the password aside: never in an address).
    ``host`` starting with « / » is a local socket's folder; ``sslmode`` empty is the
    default (TLS required over the network)."""

    host: str
    port: int = DEFAULT_PORT
    database: str = "fabrique"
    user: str = ""
    sslmode: str = ""

    def address(self) -> str:
        query = {}
        netloc_host = self.host
        if self.host.startswith("/"):  # a socket: libpq takes its folder as ``host=``
            query["host"], netloc_host = self.host, ""
        if self.sslmode:
            query["sslmode"] = self.sslmode
        port = f":{self.port}" if self.port != DEFAULT_PORT and netloc_host else ""
        if self.port != DEFAULT_PORT and not netloc_host:
            query["port"] = str(self.port)
        user = f"{quote(self.user, safe='')}@" if self.user else ""
        text = f"postgresql://{user}{netloc_host}{port}/{quote(self.database, safe='')}"
        return text + (f"?{urlencode(query, safe='/')}" if query else "")

    @property
    def name(self) -> str:
        """« base@hôte », as the title and the status bar say which server."""
        return f"{self.database}@{self.host}"

    @classmethod
    def parse(cls, address: str) -> ServerAddress:
        parts = urlsplit(address)
        query = dict(parse_qsl(parts.query))
        port = parts.port or query.get("port") or DEFAULT_PORT
        return cls(
            host=parts.hostname or query.get("host") or "localhost",
            port=int(port),
            database=parts.path.lstrip("/") or query.get("dbname") or "",
            user=parts.username or query.get("user") or "",
            sslmode=query.get("sslmode", ""),
        )


def checked_address(values: dict) -> ServerAddress:
    """The address the connection form describes, or :class:`ValidationError` with a
    French message under each field left empty or wrong (nothing is connected yet)."""
    from ...domain.validation import Checker

    check = Checker(values)
    host = check.text("host", max_length=253, required=True)
    database = check.text("database", max_length=63, required=True)
    user = check.text("user", max_length=63, required=True)
    port_text = str(values.get("port") or "").strip() or str(DEFAULT_PORT)
    port = int(port_text) if port_text.isdigit() else 0
    if not 1 <= port <= 65535:
        check.fail("port", "Un port est un nombre entre 1 et 65535 (5432 d'ordinaire).")
    check.raise_if_any()
    return ServerAddress(host, port, database, user, values.get("sslmode") or "")
