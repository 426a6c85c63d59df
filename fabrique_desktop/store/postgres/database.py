"""A Fabrique database on a PostgreSQL server: connecting, the schema, the actor.

:func:`open_server` is what :func:`..database.open_database` calls for a
``postgresql://`` address. Each thread has its own connection (peewee's); each
connection is told who signs the changes (the history's author) before its statements
run, as SQLite's connections get their actor function.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from urllib.parse import parse_qsl, urlsplit

from peewee import DatabaseError, InterfaceError, OperationalError, PostgresqlDatabase

from ...domain.models import database
from .. import history, schema
from ..fileguard import DatabaseRefused
from .history import ACTOR_SETTING
from .refusals import classify

#: Where no ``sslmode`` is given, TLS is required: staff data crosses the network.
DEFAULT_SSLMODE = "require"
#: How long to wait for a server that does not answer before saying so.
CONNECT_TIMEOUT_SECONDS = 10


class ServerDatabase(PostgresqlDatabase):
    """A Fabrique schema on a server: ``read_only`` and ``on_network_share`` as for a file
    (never, here), ``server`` names the address shown to the user (without password)."""

    server = True
    read_only = False
    on_network_share = False
    before_write: Callable[[], None] | None = None
    #: Schemas searched before ``public`` (a partner's masked views, see :mod:`.roles`).
    search_first: str | None = None

    def __init__(self, address: str, **kwargs) -> None:
        self.address = address
        self.label = server_label(address)
        self._actor_sent = threading.local()
        super().__init__(address, prefer_psycopg3=True, **kwargs)

    def _connect(self):
        connection = super()._connect()
        self._actor_sent.value = None
        if self.read_only:  # each thread's connection: the server refuses any write
            connection.execute("SET default_transaction_read_only = on")
        if self.search_first:
            connection.execute(f'SET search_path = "{self.search_first}", public')
        return connection

    def begin(self, *args, **kwargs) -> None:
        if self.before_write is not None:
            self.before_write()
        super().begin(*args, **kwargs)

    def execute_sql(self, sql, params=None, *args, **kwargs):
        if sql.startswith("ROLLBACK"):  # to a savepoint: the setting may go back too
            self._actor_sent.value = None
        else:
            self._send_actor()
        return super().execute_sql(sql, params, *args, **kwargs)

    def rollback(self) -> None:
        self._actor_sent.value = None  # a setting made in the transaction is undone
        super().rollback()

    def _send_actor(self) -> None:
        """Tell this thread's connection who signs the changes, when that changed."""
        actor = history.actor_of(self) or ""
        cursor = self.cursor()  # connects first if need be (which forgets what was sent)
        if getattr(self._actor_sent, "value", None) != actor:
            cursor.execute("SELECT set_config(%s, %s, false)", (ACTOR_SETTING, actor))
            self._actor_sent.value = actor

    def full_text_query(self, table: str, words: list[str]) -> tuple[str, str]:
        """The rowids of ``table`` whose folded words start with each of ``words``.

        The words are what :func:`..domain.text.search_words` keeps (letters, digits,
        ``_``): quoted as lexemes, nothing typed is read as a tsquery operator.
        """
        expression = " & ".join(f"'{word}':*" for word in words)
        return f'SELECT rowid FROM "{table}" WHERE search_words @@ %s::tsquery', expression

    def full_text_rowids(self, table: str, words: list[str]) -> set[int]:
        """The rowids :meth:`full_text_query` finds, as one array: a row each made the
        client spend 40 ms of processor on the 63,000 needs two letters may find."""
        query, expression = self.full_text_query(table, words)
        sql = f"SELECT array_agg(rowid) FROM ({query}) AS found"
        (rowids,) = self.execute_sql(sql, (expression,)).fetchone()
        return set(rowids or ())


def normalized(address: str) -> str:
    """``postgres://`` is libpq's other spelling; peewee knows only ``postgresql://``."""
    return re.sub(r"^postgres://", "postgresql://", address)


def server_label(address: str) -> str:
    """« base sur hôte:port » for titles and messages: never the password."""
    parts = urlsplit(address)
    query = dict(parse_qsl(parts.query))
    host = parts.hostname or query.get("host") or "localhost"
    port = parts.port or query.get("port")
    name = parts.path.lstrip("/") or query.get("dbname") or parts.username or ""
    where = f"{host}:{port}" if port and not host.startswith("/") else host
    return f"{name} sur {where}"


def connection_address(address: str) -> str:
    """``address`` with TLS required and a connection timeout unless it says otherwise.

    A Unix socket (``host=/chemin``) never crosses the network: no TLS there.
    """
    parts = urlsplit(address)
    query = dict(parse_qsl(parts.query))
    extra = []
    local_socket = (query.get("host") or parts.hostname or "").startswith("/")
    if "sslmode" not in query and not local_socket:
        extra.append(f"sslmode={DEFAULT_SSLMODE}")
    if "connect_timeout" not in query:
        extra.append(f"connect_timeout={CONNECT_TIMEOUT_SECONDS}")
    if not extra:
        return address
    separator = "&" if parts.query else "?"
    return address + separator + "&".join(extra)


class ServerRefused(DatabaseRefused):
    """A refused connection: ``field`` of the connection form it is about (``host``,
    ``port``, ``database``, ``user``, ``password``, ``sslmode``) and its ``cause``."""

    def __init__(self, message: str, field: str, cause: str) -> None:
        super().__init__(message)
        self.field = field
        self.cause = cause


def open_server(
    address: str,
    *,
    password: str | None = None,
    read_only: bool = False,
    upgrade: bool = True,
) -> ServerDatabase:
    """Connect to the Fabrique schema at ``address``, create or upgrade it, bind the
    models to it; ``read_only`` connects without any write (no upgrade either), and
    without ``upgrade`` (the desktop app: its users' roles own no table) a schema that
    is missing or older is refused, naming the admin's command.
    Refusals (no answer, wrong password, newer or older schema) come as
    :class:`DatabaseRefused` with the cause in French; nothing is written then."""
    kwargs = {"password": password} if password else {}
    db = ServerDatabase(connection_address(normalized(address)), **kwargs)
    db.read_only = read_only
    try:
        db.connect()
        if schema.unknown_applied_migrations(db):
            raise ServerRefused(
                f"La base « {db.label} » vient d'une version plus récente de Fabrique "
                "Desktop : mettez l'application à jour pour l'ouvrir.",
                "database",
                "Cette base vient d'une version plus récente de Fabrique Desktop : "
                "mettez l'application à jour pour l'ouvrir.",
            )
        pending = schema.pending_migrations(db)
        if pending and not schema.applied_version(db) and not upgrade:
            raise ServerRefused(
                f"La base « {db.label} » n'est pas initialisée : son administrateur y crée "
                "le schéma (fabrique-desktop server init ADRESSE).",
                "database",
                "Cette base n'est pas initialisée : son administrateur y crée le schéma "
                "(fabrique-desktop server init ADRESSE).",
            )
        if pending and (read_only or not upgrade):
            raise ServerRefused(
                f"La base « {db.label} » n'est pas à jour pour cette version de Fabrique "
                "Desktop : son administrateur la met à jour (fabrique-desktop server init).",
                "database",
                "Cette base n'est pas à jour pour cette version de Fabrique Desktop : son "
                "administrateur la met à jour (fabrique-desktop server init ADRESSE).",
            )
        if pending:
            try:
                schema.migrate(db)
            except DatabaseError as error:
                raise DatabaseRefused(
                    f"La mise à jour de la base « {db.label} » vers cette version a échoué "
                    f"({first_line(error)}). Elle est restée telle qu'elle était."
                ) from error
    except (OperationalError, InterfaceError, DatabaseError) as error:
        db.close()
        raise ServerRefused(
            f"Le serveur « {db.label} » ne répond pas ou refuse la connexion : "
            f"{first_line(error)}.",
            *classify(error),
        ) from error
    except DatabaseRefused:
        db.close()
        raise
    database.initialize(db)
    return db


def password_wanted(error: BaseException) -> bool:
    """Whether the server refused for want of a (right) password."""
    cause = error.__cause__ or error
    return "password" in str(cause).lower() or "mot de passe" in str(cause).lower()


def first_line(error: BaseException) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0].rstrip(".")
