"""The schema the migrations build, on whichever backend the run uses, is the models'."""

from fabrique_desktop.domain.models import ALL_MODELS, database
from fabrique_desktop.store.postgres.history import SERVER_COLUMNS
from fabrique_desktop.store.postgres.migrations import SQLITE_MIGRATIONS
from fabrique_desktop.store.schema import applied_version, latest_version, pending_migrations


def model_columns(model) -> dict[str, bool]:
    """Each column of the model and whether it may be NULL."""
    return {field.column_name: field.null for field in model._meta.sorted_fields}


def test_the_migrations_build_every_table_as_its_model_describes_it(db):
    for model in ALL_MODELS:
        table = model._meta.table_name
        columns = {c.name: c.null for c in database.get_columns(table)}
        for extra in SERVER_COLUMNS:  # the server's search index lives in the table
            columns.pop(extra, None)
        assert columns == model_columns(model), table
        references = {
            (fk.column, fk.dest_table, fk.dest_column) for fk in database.get_foreign_keys(table)
        }
        assert references == {
            (f.column_name, f.rel_model._meta.table_name, f.rel_field.column_name)
            for f in model._meta.refs
        }, table


def test_every_migration_is_applied(db):
    assert pending_migrations(db) == []
    assert (
        applied_version(db)
        == latest_version()
        == max(int(path.name[:4]) for path in SQLITE_MIGRATIONS.glob("[0-9]*.py"))
    )
