"""The SQLite file: opening and creating it, pragmas, schema migrations, refusal of bad files;
and its counterpart on a PostgreSQL server (:mod:`.postgres`), chosen by the location.

Nothing here imports Qt.
"""

from .database import DatabaseRefused, close_database, open_database
from .failures import DatabaseDamaged, DatabaseReadOnly
from .paths import default_database_path, default_demo_path

__all__ = [
    "DatabaseDamaged",
    "DatabaseReadOnly",
    "DatabaseRefused",
    "close_database",
    "default_database_path",
    "default_demo_path",
    "open_database",
]
