"""The test server: one fresh database per test, cloned from a migrated template.

``FABRIQUE_TEST_DATABASE=postgresql://…`` (an address where the user may create
databases, as ``tests/postgres/cluster.sh`` gives) selects the server for the tests
that use the ``db`` fixture. Asked for and not answering, it fails the tests: a server
run that silently fell back to SQLite would prove nothing.
"""

from __future__ import annotations

import os
import uuid
from urllib.parse import urlsplit, urlunsplit

import pytest

from fabrique_desktop.store import close_database, open_database

ENVIRONMENT = "FABRIQUE_TEST_DATABASE"


def requested() -> str | None:
    return os.environ.get(ENVIRONMENT) or None


def address_of(admin: str, name: str) -> str:
    """``admin`` with its database name replaced by ``name``."""
    parts = urlsplit(admin)
    return urlunsplit(parts._replace(path=f"/{name}"))


class TestServer:
    """Creates and drops the databases of one test session."""

    def __init__(self, admin: str) -> None:
        import psycopg  # the « server » extra: not needed for the SQLite run

        self.admin = admin
        try:
            self.connection = psycopg.connect(admin, autocommit=True, connect_timeout=10)
        except psycopg.Error as error:
            pytest.fail(f"{ENVIRONMENT} est demandé mais le serveur ne répond pas : {error}")
        self.template = f"fabrique_modele_{uuid.uuid4().hex[:12]}"
        self.connection.execute(f'CREATE DATABASE "{self.template}"')
        open_database(address_of(admin, self.template))
        close_database()

    def new_database(self) -> str:
        name = f"fabrique_test_{uuid.uuid4().hex[:12]}"
        self.connection.execute(
            f'CREATE DATABASE "{name}" TEMPLATE "{self.template}" STRATEGY FILE_COPY'
        )
        return name

    def drop(self, name: str) -> None:
        self.connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def close(self) -> None:
        self.drop(self.template)
        self.connection.close()
