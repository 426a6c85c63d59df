"""The server's own versions of the migrations that use what SQLite alone has.

Each file has the name of the SQLite migration it stands for (the schema's version is
the same on both backends); every migration without a file here runs as SQLite's,
translated (:mod:`..dialect`).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

SQLITE_MIGRATIONS = Path(__file__).parents[2] / "migrations"
SERVER_MIGRATIONS = Path(__file__).parent


def sqlite_migration(name: str) -> ModuleType:
    """SQLite's migration ``name``, loaded as playhouse's runner loads it."""
    spec = importlib.util.spec_from_file_location(name, SQLITE_MIGRATIONS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def server_migration(name: str) -> ModuleType:
    """The migration ``name`` as it runs on a server: its own version when it has one,
    else SQLite's run through :class:`..dialect.Translating`."""
    from ..dialect import Translating

    own = SERVER_MIGRATIONS / f"{name}.py"
    if own.exists():
        spec = importlib.util.spec_from_file_location(f"server_{name}", own)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    sqlite = sqlite_migration(name)
    translated = ModuleType(f"server_{name}", sqlite.__doc__)
    translated.atomic = getattr(sqlite, "atomic", True)
    translated.up = lambda migrator, db: sqlite.up(migrator, Translating(db))
    return translated
