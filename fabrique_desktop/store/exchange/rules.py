"""What travels, to whom, and what a received change must look like to be accepted.

The tables exchanged are the domain's models; the sharing chosen per partner office
filters them (no holders' contact details, no attachments). Every received change is
checked against the models' own field definitions before anything is written: an envoi
holding one record the domain would refuse is refused whole.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Hashable, Iterable
from typing import Any

from peewee import (
    BlobField,
    BooleanField,
    CharField,
    DateField,
    Field,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
    TimeField,
    UUIDField,
)

from ...domain.models import (
    ALL_MODELS,
    MAX_ATTACHMENT_BYTES,
    SCORE_MAX,
    SCORE_MIN,
    FabriqueSetting,
)
from ...domain.models.base import TimestampField

#: What may be shared with a partner office, and how the settings name it.
SHARING = {
    "all": "Tout",
    "restricted": "Tout, sauf les coordonnées des porteurs et les pièces jointes",
}
DEFAULT_SHARING = "all"
#: Left out of a restricted envoi: whole tables, and columns of a table.
RESTRICTED_TABLES = {
    "attachment",
    "personal_data_request",
    "personal_data_erasure",
    "personal_data_flag",
}
RESTRICTED_COLUMNS = {"holder": {"email", "phone", "address"}}
#: Settings of one file only: the set-up assistant's « already done ».
LOCAL_SETTINGS = {"set_up"}
#: Columns each side sets for itself: the history has its own dates.
LOCAL_COLUMNS = {"updated_at"}
#: A change the sharing keeps from the partner: it travels empty, to keep the numbering.
WITHHELD = "WITHHELD"
ACTIONS = ("INSERT", "UPDATE", "DELETE", WITHHELD)
MAX_TEXT = 1_000_000

_HEX_KEY = re.compile(r"[0-9a-f]{32}")
_TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z")
_TIME = re.compile(r"\d\d:\d\d(:\d\d(\.\d+)?)?")

MODELS: dict[str, type[Model]] = {model._meta.table_name: model for model in ALL_MODELS}
#: Parents before children: the order of a first envoi.
TABLE_ORDER = list(MODELS)


@functools.cache
def columns(table: str) -> dict[str, Field]:
    """The table's columns by name (cached: asked for every record of an envoi; the
    caller must not change the dict)."""
    return {field.column_name: field for field in MODELS[table]._meta.sorted_fields}


def key_column(table: str) -> str:
    return MODELS[table]._meta.primary_key.column_name


def shared_change(
    sharing: str, table: str, record_id: str, changes: dict[str, Any]
) -> dict[str, Any] | None:
    """``changes`` as a partner with this ``sharing`` may receive them, None for nothing."""
    if table == FabriqueSetting._meta.table_name and record_id in LOCAL_SETTINGS:
        return None
    if sharing == "all":
        return changes
    if table in RESTRICTED_TABLES:
        return None
    hidden = RESTRICTED_COLUMNS.get(table)
    if not hidden:
        return changes
    kept = {column: value for column, value in changes.items() if column not in hidden}
    return kept if kept or not changes else None


def change_error(table: str, action: str, record_id: Any, changes: Any) -> str | None:
    """Why a received change is not acceptable, in French, or None when it is."""
    if table not in MODELS:
        return f"table inconnue « {str(table)[:40]} »"
    if action not in ACTIONS:
        return f"action inconnue « {str(action)[:20]} »"
    if not isinstance(changes, dict):
        return "contenu illisible"
    key = MODELS[table]._meta.primary_key
    if isinstance(key, UUIDField):
        if not (isinstance(record_id, str) and _HEX_KEY.fullmatch(record_id)):
            return "clé d'enregistrement invalide"
    elif not (isinstance(record_id, str) and 0 < len(record_id) <= key.max_length):
        return "clé d'enregistrement invalide"
    checks = _checks(table)
    for column, value in changes.items():
        check = checks.get(column)
        if check is None:
            return f"champ inconnu « {str(column)[:40]} » dans {table}"
        nullable, accepts = check
        if value is None:
            if not nullable:
                return f"{table}.{column} : valeur obligatoire absente"
        elif not accepts(value):
            return f"{table}.{column} : valeur refusée ({str(value)[:40]!r})"
    return None


@functools.cache
def _checks(table: str) -> dict[str, tuple[bool, Callable[[Any], bool]]]:
    """Per column a received change may set: whether it may be empty, and the test of
    a value. Built once per table: an envoi checks every value of every record."""
    key = MODELS[table]._meta.primary_key
    return {
        name: (field.null, _accepts(field))
        for name, field in columns(table).items()
        if field is not key and not isinstance(field, BlobField)
    }


def _accepts(field: Field) -> Callable[[Any], bool]:
    if isinstance(field, (ForeignKeyField, UUIDField)):
        return lambda value: isinstance(value, str) and bool(_HEX_KEY.fullmatch(value))
    if isinstance(field, TimestampField):
        return lambda value: isinstance(value, str) and bool(_TIMESTAMP.fullmatch(value))
    if getattr(field, "choices", None):
        choices = {choice for choice, _ in field.choices}
        return lambda value: isinstance(value, Hashable) and value in choices
    if isinstance(field, CharField):
        return lambda value: isinstance(value, str) and len(value) <= field.max_length
    if isinstance(field, TextField):
        return lambda value: isinstance(value, str) and len(value) <= MAX_TEXT
    if isinstance(field, DateField):
        return lambda value: isinstance(value, str) and _is_date(value)
    if isinstance(field, TimeField):
        return lambda value: isinstance(value, str) and bool(_TIME.fullmatch(value))
    if isinstance(field, BooleanField):
        return lambda value: value in (0, 1) and not isinstance(value, float)
    if isinstance(field, IntegerField):
        if field.column_name == "score":
            return lambda value: _is_int(value) and SCORE_MIN <= value <= SCORE_MAX
        return _is_int
    if isinstance(field, FloatField):
        return lambda value: isinstance(value, (int, float)) and not isinstance(value, bool)
    return lambda value: isinstance(value, (str, int, float))


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_date(text: str) -> bool:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) == 10


# -- the same tests in SQL, for a received snapshot (see ``snapshot_check``) -----------------

_DIGITS = "[0-9]"
_SQL_TIMESTAMP = f"{_DIGITS * 4}-{_DIGITS * 2}-{_DIGITS * 2}T{_DIGITS * 2}:{_DIGITS * 2}:" + (
    f"{_DIGITS * 2}.{_DIGITS * 6}Z"
)


def sql_quoted(values: Iterable[Any]) -> str:
    """``values`` as a list of SQL text literals (they are this program's own names)."""
    return ", ".join("'" + str(value).replace("'", "''") + "'" for value in values)


def sql_hex(column: str) -> str:
    """SQL true when ``column`` holds a key as :data:`_HEX_KEY` accepts it."""
    return (
        f"(typeof({column}) = 'text' AND length({column}) = 32 AND {column} NOT GLOB '*[^0-9a-f]*')"
    )


def sql_accepts(field: Field, column: str) -> str:
    """SQL true when ``column`` holds a value :func:`change_error` would accept: the
    test of :func:`_accepts`, for a whole table at once (a received snapshot)."""
    test = _value_test(field, column)
    if field.null:
        return f"{column} IS NULL OR ({test})"
    return f"{column} IS NOT NULL AND ({test})"


def _value_test(field: Field, column: str) -> str:
    text = f"typeof({column}) = 'text'"
    if isinstance(field, (ForeignKeyField, UUIDField)):
        return sql_hex(column)
    if isinstance(field, TimestampField):
        return f"{text} AND {column} GLOB '{_SQL_TIMESTAMP}'"
    if getattr(field, "choices", None):
        return f"{column} IN ({sql_quoted(choice for choice, _ in field.choices)})"
    if isinstance(field, CharField):
        return f"{text} AND length({column}) <= {field.max_length}"
    if isinstance(field, TextField):
        return f"{text} AND length({column}) <= {MAX_TEXT}"
    if isinstance(field, DateField):
        return f"{text} AND length({column}) = 10 AND date({column}) = {column}"
    if isinstance(field, TimeField):
        two = f"{_DIGITS}{_DIGITS}"
        return (
            f"{text} AND ({column} GLOB '{two}:{two}' OR {column} GLOB '{two}:{two}:{two}' "
            f"OR ({column} GLOB '{two}:{two}:{two}.[0-9]*' "
            f"AND substr({column}, 10) NOT GLOB '*[^0-9]*'))"
        )
    if isinstance(field, BooleanField):
        return f"typeof({column}) = 'integer' AND {column} IN (0, 1)"
    if isinstance(field, IntegerField):
        if field.column_name == "score":
            return f"typeof({column}) = 'integer' AND {column} BETWEEN {SCORE_MIN} AND {SCORE_MAX}"
        return f"typeof({column}) = 'integer'"
    if isinstance(field, FloatField):
        return f"typeof({column}) IN ('integer', 'real')"
    if isinstance(field, BlobField):
        return f"typeof({column}) = 'blob' AND length({column}) <= {MAX_ATTACHMENT_BYTES}"
    return f"typeof({column}) IN ('text', 'integer', 'real')"
