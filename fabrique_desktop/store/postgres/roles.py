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

from peewee import CharField, TextField

from ...domain.models import ALL_MODELS
from ...domain.rgpd.personal_map import CLASSIFICATION, Category
from .history import REWRITE_SIGNATURE
from .migrations import server_migration

#: Each searched table's searched columns (the server's migration 0002).
SEARCHABLE = server_migration("0002_search").SEARCHABLE

STAFF_ROLE = "fabrique_staff"
#: Where a partner's queries find the tables, their personal columns emptied (views).
PARTNER_VIEWS = "fabrique_partenaire_vues"
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
    # The schema's version, for the app to check it before opening; the log's numbers
    # alone (no author, no content), for its lists to know whether something changed.
    statements = [
        f"GRANT USAGE ON SCHEMA public TO {role}",
        f'GRANT SELECT ON "schema_migration" TO {role}',
        f'GRANT SELECT ("id") ON "change_log" TO {role}',
    ]
    for table, columns in partner_columns().items():
        statements.append(
            f"GRANT SELECT ({', '.join(map(_ident, columns))}) ON {_ident(table)} TO {role}"
        )
    return statements + partner_views(role)


def partner_views(role: str) -> list[str]:
    """The tables as a partner's app reads them: each one a view of the same name, in
    :data:`PARTNER_VIEWS`, whose personal columns are empty and whose private tables
    have no row. The app puts that schema first in the partner's ``search_path``: its
    lists and forms then run unchanged, without a refused column. Run by the tables'
    owner, the views read for the partner only what they show."""
    schema = _ident(PARTNER_VIEWS)
    statements = [f"CREATE SCHEMA IF NOT EXISTS {schema}"]
    readable = partner_columns()
    for model in ALL_MODELS:
        table = model._meta.table_name
        shown = readable.get(table, [])
        columns = [
            _ident(field.column_name)
            if field.column_name in shown or table in PRIVATE_TABLES
            else f"{_masked(field)} AS {_ident(field.column_name)}"
            for field in model._meta.sorted_fields
        ]
        if table in SEARCHABLE:  # the search's key, and its words without a person's
            words = [c if c in shown else "''" for c in SEARCHABLE[table]]
            columns += ['"rowid"', f'search_vector({", ".join(words)}) AS "search_words"']
        private = " WHERE false" if table in PRIVATE_TABLES else ""
        statements.append(
            f"CREATE OR REPLACE VIEW {schema}.{_ident(table)} AS SELECT {', '.join(columns)} "
            f"FROM public.{_ident(table)}{private}"
        )
    statements += [
        f"GRANT USAGE ON SCHEMA {schema} TO {role}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {role}",
    ]
    return statements


def _masked(field) -> str:
    """An empty value of the column's kind: texts are empty, anything else unknown."""
    return "''::text" if isinstance(field, CharField | TextField) else "NULL"
