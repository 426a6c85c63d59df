"""The SQLite file: opening and creating it, pragmas, schema migrations, refusal of bad files;
and its counterpart on a PostgreSQL server (:mod:`.postgres`), chosen by the location.

Nothing here imports Qt. The names below are loaded on first use: the application paints
its window (it needs only the file's path) before peewee and the models are imported.
"""

from __future__ import annotations

import importlib
from typing import Any

#: The names of the default files (paths.py chooses their folders): here, so that the
#: window painted first shows the name before platformdirs and the workstation's
#: configuration are read.
DATABASE_NAME = "fabrique.sqlite"
DEMO_NAME = "demonstration.sqlite"

#: Each public name, and the module of this package that defines it.
_EXPORTS = {
    "DatabaseDamaged": "failures",
    "DatabaseReadOnly": "failures",
    "DatabaseRefused": "database",
    "close_database": "database",
    "default_database_path": "paths",
    "default_demo_path": "paths",
    "open_database": "database",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
