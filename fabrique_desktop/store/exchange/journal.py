"""The numbered changes of a file: this office's, read from the change history the
triggers write, and those received from other offices.

Each change is numbered by its office of origin (``origin``, ``seq``: a per-office
sequence) and carries ``deps``, the highest number of each office its origin had seen
when it was made. A change ``a`` *saw* a change ``b`` when ``a.deps[b.origin] >=
b.seq``: that is how a later edit is told from a concurrent one, whatever the clocks.

Changes are kept in the order this file learnt them (``position``); since a file only
learns a change after those its origin had seen, that order never puts an effect before
its cause, and an envoi replays changes in it.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from peewee import __exception_wrapper__, fn

from ...domain.models import database, utc_now
from ...domain.models.base import TimestampField
from .. import history
from . import rules
from .tables import ExchangeChange, ExchangeSetting, ExchangeTombstone

CAPTURED = "captured_upto"
FABRIQUE = "fabrique_id"
OFFICE = "office_id"
_BATCH = 5000


@dataclass(frozen=True)
class Change:
    origin: str
    seq: int
    deps: dict[str, int]
    at: str
    staff_id: str | None
    action: str
    table: str
    record_id: str
    changes: dict[str, Any]

    def saw(self, origin: str, seq: int) -> bool:
        """Whether this change was made knowing change (``origin``, ``seq``)."""
        return (origin == self.origin and seq < self.seq) or self.deps.get(origin, 0) >= seq

    def as_json(self) -> dict[str, Any]:
        return {
            "origin": self.origin,
            "seq": self.seq,
            "deps": self.deps,
            "at": self.at,
            "staff_id": self.staff_id,
            "action": self.action,
            "table": self.table,
            "record_id": self.record_id,
            "changes": self.changes,
        }


def now_text() -> str:
    return TimestampField().db_value(utc_now())


def setting(key: str) -> str | None:
    row = ExchangeSetting.get_or_none(ExchangeSetting.key == key)
    return None if row is None else row.value


def put_setting(key: str, value: str) -> None:
    # An upsert both backends spell the same (PostgreSQL has no INSERT OR REPLACE).
    ExchangeSetting.insert(key=key, value=value).on_conflict(
        conflict_target=[ExchangeSetting.key], update={ExchangeSetting.value: value}
    ).execute()


def delete_setting(key: str) -> None:
    ExchangeSetting.delete().where(ExchangeSetting.key == key).execute()


def own_office_id() -> str:
    """This file's office id, made the first time it is asked for (inside a write)."""
    office = setting(OFFICE)
    if office is None:
        office = uuid.uuid4().hex
        put_setting(OFFICE, office)
    return office


def known() -> dict[str, int]:
    """The highest sequence number held here from each office of origin."""
    query = ExchangeChange.select(ExchangeChange.origin, fn.MAX(ExchangeChange.seq)).group_by(
        ExchangeChange.origin
    )
    return {origin: seq for origin, seq in query.tuples()}


COLUMNS = (
    "origin",
    "seq",
    "deps",
    "at",
    "staff_id",
    "action",
    "table_name",
    "record_id",
    "changes",
)


def store(change: Change) -> None:
    """Keep a received change (to relay it to a third office)."""
    store_many([change])


def store_many(changes: list[Change]) -> None:
    """Keep numbered changes, in their order. Hand-written SQL run with ``executemany``:
    a first envoi stores one change per record of the file, and building each insert
    through peewee cost more than the insert itself."""
    # The changes of one capture share one ``deps``: written out once, not per change
    # (ids are safe as keys while ``changes`` holds every one of these dicts).
    deps_texts: dict[int, str] = {}
    rows = []
    for change in changes:
        deps = deps_texts.get(id(change.deps))
        if deps is None:
            deps = deps_texts[id(change.deps)] = _deps_text(change.deps)
        rows.append(_values(change, deps))
    execute_many(_sql("insert_change"), rows)


def execute_many(sql: str, rows: list) -> None:
    """Run ``sql`` once per row on one prepared statement, failing as peewee's own
    statements do (``IntegrityError``…) on either backend."""
    if rows:
        with __exception_wrapper__:
            database.cursor().executemany(sql, rows)


def _sql(name: str) -> str:
    """The exchange's few statements run once per change, written once per backend."""
    param = database.param
    return {
        "insert_change": (
            f'INSERT INTO "exchange_change" ({", ".join(COLUMNS)}) '
            f"VALUES ({', '.join([param] * len(COLUMNS))})"
        ),
        "set_version": (
            'INSERT INTO "exchange_version" (table_name, record_id, field, origin, seq) '
            f"VALUES ({param}, {param}, {param}, {param}, {param}) "
            "ON CONFLICT (table_name, record_id, field) "
            "DO UPDATE SET origin = excluded.origin, seq = excluded.seq"
        ),
        "version": (
            'SELECT origin, seq FROM "exchange_version" '
            f"WHERE table_name = {param} AND record_id = {param} AND field = {param}"
        ),
        "tombstone": (
            'INSERT INTO "exchange_tombstone" (table_name, record_id, origin, seq) '
            f"VALUES ({param}, {param}, {param}, {param}) ON CONFLICT DO NOTHING"
        ),
    }[name]


def _deps_text(deps: dict[str, int]) -> str:
    return json.dumps(deps, sort_keys=True)


def _values(change: Change, deps_text: str) -> list[Any]:
    """The change as ``exchange_change``'s columns, in :data:`COLUMNS`' order."""
    return [
        change.origin,
        change.seq,
        deps_text,
        change.at,
        change.staff_id,
        change.action,
        change.table,
        change.record_id,
        json.dumps(change.changes, ensure_ascii=False, sort_keys=True),
    ]


def changes_after(knows: dict[str, int]) -> Iterator[Change]:
    """Every change held here that an office knowing ``knows`` lacks, in causal order."""
    lacking = ExchangeChange.origin.not_in(list(knows)) if knows else True
    for origin, seq in knows.items():
        lacking |= (ExchangeChange.origin == origin) & (ExchangeChange.seq > seq)
    query = (
        ExchangeChange.select(*[getattr(ExchangeChange, name) for name in COLUMNS])
        .where(lacking)
        .order_by(ExchangeChange.position)
    )
    yield from from_rows(query.tuples())


def from_rows(rows: Iterable[tuple]) -> Iterator[Change]:
    """Changes from ``exchange_change`` rows (their :data:`COLUMNS`, in order)."""
    parsed: dict[str, dict[str, int]] = {}  # most changes share their ``deps``
    for origin, seq, deps, at, staff_id, action, table, record_id, changes in rows:
        if deps not in parsed:
            parsed[deps] = json.loads(deps)
        yield Change(
            origin,
            seq,
            parsed[deps],
            at,
            staff_id,
            action,
            table,
            record_id,
            json.loads(changes),
        )


def capture() -> int:
    """Number this office's changes made since the last capture; return how many.

    The first capture numbers every record of the file as a creation (a file filled
    before exchanging, or by bulk demonstration data that the history does not log);
    later ones read the change history. Runs inside the caller's transaction.
    """
    from .identity import renew_if_due

    renew_if_due()  # a restored file numbers nothing more under its old identity
    office = own_office_id()
    upto = setting(CAPTURED)
    last = database.execute_sql("SELECT COALESCE(MAX(id), 0) FROM change_log").fetchone()[0]
    seen = known()
    next_seq = seen.get(office, 0) + 1
    deps = {origin: seq for origin, seq in seen.items() if origin != office}
    if upto is None and not history.is_server(database):
        count = _number_whole_file(office, next_seq, deps)
        put_setting(CAPTURED, str(last))
        return count
    entries = _whole_file() if upto is None else _history_since(int(upto))
    batch: list[Change] = []
    count = 0
    for staff_id, at, action, table, record_id, values in entries:
        change = Change(office, next_seq, deps, at, staff_id, action, table, record_id, values)
        if upto is not None:
            _mark_local(change)
        batch.append(change)
        next_seq += 1
        count += 1
        if len(batch) >= _BATCH:
            store_many(batch)
            batch.clear()
    store_many(batch)
    put_setting(CAPTURED, str(last))
    return count


def mark_captured() -> None:
    """What the file's history holds so far is not this office's own (it was received)."""
    last = database.execute_sql("SELECT COALESCE(MAX(id), 0) FROM change_log").fetchone()[0]
    put_setting(CAPTURED, str(last))


def _mark_local(change: Change) -> None:
    """A local edit is the newest version of the fields it sets; a deletion is final."""
    from .conflicts import close_open

    if change.action == "DELETE":
        add_tombstone(change)
        return
    if change.action == "UPDATE":
        for column in change.changes:
            set_version(change.table, change.record_id, column, change.origin, change.seq)
        # Editing a field in conflict decides it: the edit saw both values.
        close_open(change.table, change.record_id, change.changes)


def number_own(action: str, table: str, record_id: str, values: dict[str, Any]) -> Change:
    """Number, as this office's next change, one that the change history does not show
    (keeping one's own value in a conflict, deleting a record never received), and keep it."""
    from ..history import current_actor

    office = own_office_id()
    seen = known()
    change = Change(
        office,
        seen.get(office, 0) + 1,
        {origin: seq for origin, seq in seen.items() if origin != office},
        now_text(),
        current_actor(database),
        action,
        table,
        record_id,
        values,
    )
    store(change)
    return change


def add_tombstone(change: Change) -> None:
    database.execute_sql(
        _sql("tombstone"), (change.table, change.record_id, change.origin, change.seq)
    )


def tombstones() -> set[tuple[str, str]]:
    return set(
        ExchangeTombstone.select(ExchangeTombstone.table_name, ExchangeTombstone.record_id).tuples()
    )


def set_version(table: str, record_id: str, field: str, origin: str, seq: int) -> None:
    database.execute_sql(_sql("set_version"), (table, record_id, field, origin, seq))


def renumber_versions(old: str, new: str, common: int) -> None:
    """Fields last set by ``old``'s changes after ``common`` were set by ``new``'s."""
    param = database.param
    database.execute_sql(
        f'UPDATE "exchange_version" SET origin = {param}, seq = seq - {param} '
        f"WHERE origin = {param} AND seq > {param}",
        (new, common, old, common),
    )


def version(table: str, record_id: str, field: str) -> tuple[str, int] | None:
    row = database.execute_sql(_sql("version"), (table, record_id, field)).fetchone()
    return None if row is None else (row[0], row[1])


def _history_since(upto: int) -> Iterator[tuple]:
    param = database.param
    cursor = database.execute_sql(
        "SELECT staff_id, at, action, table_name, record_id, changes FROM change_log "
        f"WHERE id > {param} ORDER BY id",
        (upto,),
    )
    created: dict[tuple[str, str], str | None] = {}
    for staff_id, at, action, table, record_id, raw in cursor.fetchall():
        if table not in rules.MODELS:
            continue
        values = {column: pair[1] for column, pair in json.loads(raw).items()}
        if action == "DELETE":
            values = {}
        elif action == "INSERT":
            key = (table, record_id)
            if key not in created:
                created[key] = _created_at(table, record_id)
            if created[key]:
                values["created_at"] = created[key]
        yield staff_id, at, action, table, record_id, values


def _created_at(table: str, record_id: str) -> str | None:
    if "created_at" not in rules.columns(table):
        return None
    param = database.param
    row = database.execute_sql(
        f'SELECT created_at FROM "{table}" WHERE "{rules.key_column(table)}" = {param}',
        (record_id,),
    ).fetchone()
    return None if row is None else row[0]


def _creation_columns(table: str) -> list[str]:
    """The columns a record's first numbered creation carries (a file's contents travel
    apart, named by their checksum; ``updated_at`` is each file's own)."""
    key = rules.key_column(table)
    return [
        name
        for name in rules.columns(table)
        if name != key and name not in rules.LOCAL_COLUMNS and name != "content"
    ]


def _number_whole_file(office: str, next_seq: int, deps: dict[str, int]) -> int:
    """Number every record of a SQLite file as a creation, one ``INSERT … SELECT`` per
    table: the first capture of a large file numbers millions of records, which turning
    each row into a Python dict and back into JSON made the slowest part of a first
    envoi. ``json_patch`` leaves out the empty columns, as :func:`_whole_file` does."""
    at, deps_text, count = now_text(), _deps_text(deps), 0
    for table in rules.TABLE_ORDER:
        key = rules.key_column(table)
        values = ", ".join(f"'{name}', \"{name}\"" for name in sorted(_creation_columns(table)))
        cursor = database.execute_sql(
            f'INSERT INTO "exchange_change" ({", ".join(COLUMNS)}) '
            f"SELECT ?, ? + ROW_NUMBER() OVER (ORDER BY \"{key}\"), ?, ?, NULL, 'INSERT', ?, "
            f"\"{key}\", json_patch('{{}}', json_object({values})) "
            f'FROM "{table}" ORDER BY "{key}"',
            (office, next_seq + count - 1, deps_text, at, table),
        )
        count += cursor.rowcount
    return count


def _whole_file() -> Iterator[tuple]:
    """The same numbering on a server, record by record (PostgreSQL spells JSON its
    own way; a server is filled by ``server import``, not by a first envoi)."""
    at = now_text()
    for table in rules.TABLE_ORDER:
        key = rules.key_column(table)
        names = _creation_columns(table)
        quoted = ", ".join(f'"{name}"' for name in [key, *names])
        cursor = database.execute_sql(f'SELECT {quoted} FROM "{table}" ORDER BY "{key}"')
        for row in cursor.fetchall():
            values = {
                name: value for name, value in zip(names, row[1:], strict=True) if value is not None
            }
            yield None, at, "INSERT", table, row[0], values
