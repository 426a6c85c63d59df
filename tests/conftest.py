"""Fixtures shared by every tier: a fresh database file per test, and the records most
tests start from. Widgets run offscreen so the suite needs no display."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from fabrique_desktop.domain.enums import Organisation
from fabrique_desktop.domain.services import holders, needs, network, territories
from fabrique_desktop.store import close_database, open_database

from .factories import need_values, person_values
from .postgres import server

#: The tiers that run on the server too: the domain, the dossiers and reports, the
#: screens, the demonstration data, and the server's own store tests. tests/store and
#: tests/faults test the file (backups, locks, damage, a full disk): SQLite only.
SERVER_TIERS = ("domain", "dossiers", "ui", "demo", "postgres")


def pytest_collection_modifyitems(config, items):
    """Keep, on each run, the tests that make sense on its backend.

    On the PostgreSQL run: the tests of :data:`SERVER_TIERS` whose database is the
    server's, except those that read what only SQLite has (``sqlite_only``) or open the
    file by its path (``db_path``: backups, locks, the app's start-up): the others
    already ran on SQLite and would prove nothing more. On the SQLite run: all but the
    ``server_only`` ones. Deselected, never skipped; a server asked for that does not
    answer fails the run (:class:`.postgres.server.TestServer`).
    """
    on_server = server.requested() is not None
    kept, left = [], []
    for item in items:
        if on_server:
            keep = (
                item.path.parent.name in SERVER_TIERS
                and "db_location" in getattr(item, "fixturenames", ())
                and not _file_bound(item)
            ) or item.get_closest_marker("server_only") is not None
        else:
            keep = item.get_closest_marker("server_only") is None
        (kept if keep else left).append(item)
    if left:
        config.hook.pytest_deselected(items=left)
        items[:] = kept


def _file_bound(item) -> bool:
    """Whether a test needs SQLite: marked so, or naming the file itself (``db_path``)."""
    direct = getattr(getattr(item, "_fixtureinfo", None), "argnames", ())
    return item.get_closest_marker("sqlite_only") is not None or "db_path" in direct


@pytest.fixture(autouse=True)
def no_machine_config(tmp_path, monkeypatch):
    """No test reads the workstation's real configuration (/etc, the registry): each points
    at a file of its own, absent unless the test writes it."""
    config = tmp_path / "machine-config.ini"
    monkeypatch.setenv("FABRIQUE_DESKTOP_MACHINE_CONFIG", str(config))
    return config


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "fabrique.sqlite"


@pytest.fixture(scope="session")
def test_server():
    """The PostgreSQL server of this run, when ``FABRIQUE_TEST_DATABASE`` asks for one."""
    if server.requested() is None:
        yield None
        return
    running = server.TestServer(server.requested())
    yield running
    running.close()


@pytest.fixture
def db_location(db_path, test_server):
    """Where the test's database is: a new file, or a new database on the test server."""
    if test_server is None:
        yield db_path
        return
    name = test_server.new_database()
    yield server.address_of(test_server.admin, name)
    close_database()
    test_server.drop(name)


@pytest.fixture
def db(db_location):
    """A new, migrated database (a file, or on the test server), closed after the test."""
    database = open_database(db_location, create=True)
    yield database
    close_database()


@pytest.fixture
def staff(db):
    return network.create_staff_member(
        {"name": "Claire Vasseur", "organisation": Organisation.CRESS}
    )


@pytest.fixture
def territory(db):
    return territories.create_territory(
        {"name": "Amiens", "insee_code": "80021", "postal_code": "80000"}
    )


@pytest.fixture
def need(territory, staff):
    return needs.create_need(need_values(territory, staff=staff.id))


@pytest.fixture
def holder(db):
    return holders.create_holder(person_values())
