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


@pytest.fixture
def db(db_path):
    """A new, migrated database file, closed after the test."""
    database = open_database(db_path, create=True)
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
