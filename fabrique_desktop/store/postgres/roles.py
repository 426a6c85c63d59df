"""The SQL that gives a PostgreSQL role its rights on a Fabrique schema.

- Staff (``fabrique_staff``, a group role each staff member's login role joins): read
  and write the records, read the change log and the migrations, nothing else. They own
  nothing, so they cannot create, drop or disable a trigger: with the triggers of
  :mod:`.history`, this is the seal SQLite's authorizer gives a file. They may run the
  one function that rewrites the values of an entry, for an erasure (RGPD).
- A partner, read-only (``fabrique_partenaire``): the method's facts (needs, studies,
  projects, committees, decisions, indicators) column by column, never a column the RGPD
  map classifies as personal (:data:`...domain.rgpd.personal_map.CLASSIFICATION`), nor
  the change log, the attachments or the RGPD register.

The README prints these statements for the admin; the tests run them.
"""

from __future__ import annotations

from ...domain.models import ALL_MODELS
from ...domain.rgpd.personal_map import CLASSIFICATION, Category
from .history import REWRITE_SIGNATURE

STAFF_ROLE = "fabrique_staff"
PARTNER_ROLE = "fabrique_partenaire"
#: Read-only for staff: the history is written by its triggers, the schema by the admin.
READ_ONLY_TABLES = ("change_log", "schema_migration")
#: Tables a partner never reads, whatever their columns.
PRIVATE_TABLES = ("attachment", "personal_data_request", "personal_data_erasure")


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def staff_grants(role: str = STAFF_ROLE) -> list[str]:
    role = _ident(role)
    tables = [model._meta.table_name for model in ALL_MODELS]
    return [
        f"GRANT USAGE ON SCHEMA public TO {role}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {', '.join(map(_ident, tables))} TO {role}",
        f"GRANT SELECT ON {', '.join(map(_ident, READ_ONLY_TABLES))} TO {role}",
        # An erasure (RGPD) rewrites the erased values in the log, through this alone.
        f"GRANT EXECUTE ON FUNCTION {REWRITE_SIGNATURE} TO {role}",
    ]


def partner_columns() -> dict[str, list[str]]:
    """Each table a partner may read, and its columns that name or reach no one."""
    readable = {}
    for model in ALL_MODELS:
        table = model._meta.table_name
        if table in PRIVATE_TABLES:
            continue
        categories = CLASSIFICATION.get(model, {})
        readable[table] = [
            field.column_name
            for field in model._meta.sorted_fields
            if categories.get(field.name, Category.FACT) is Category.FACT
        ]
    return readable


def partner_grants(role: str = PARTNER_ROLE) -> list[str]:
    role = _ident(role)
    statements = [f"GRANT USAGE ON SCHEMA public TO {role}"]
    for table, columns in partner_columns().items():
        statements.append(
            f"GRANT SELECT ({', '.join(map(_ident, columns))}) ON {_ident(table)} TO {role}"
        )
    return statements
