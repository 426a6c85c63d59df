"""The base every record shares: a UUID key, UTC timestamps, and the database proxy.

UUID keys and stored timestamps let two offices' files be merged later without key
clashes and with a reliable "which is newer".
"""

from __future__ import annotations

import datetime as dt
import os
import time
import uuid

from peewee import SQL, DatabaseProxy, Field, Model, UUIDField

database = DatabaseProxy()

#: Every grid (opportunity study, candidacy qualification) scores from 0 to 5.
SCORE_MIN, SCORE_MAX = 0, 5
SCORE_CHECK = SQL(f"CHECK (score BETWEEN {SCORE_MIN} AND {SCORE_MAX})")

_TIMESTAMP_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def uuid7_int(unix_ms: int, random_bits: int) -> int:
    """The 128 bits of a time-ordered UUID (RFC 9562 version 7).

    Keys that grow with time keep every index's inserts near its end, where random
    version 4 keys scatter them over the whole file; they stay unique across offices.
    """
    value = (unix_ms & (1 << 48) - 1) << 80 | random_bits & (1 << 80) - 1
    value = value & ~(0xF << 76) | 0x7 << 76  # version 7
    return value & ~(0x3 << 62) | 0x2 << 62  # RFC 9562 variant


def uuid7() -> uuid.UUID:
    """A new time-ordered key for a record."""
    random_bits = int.from_bytes(os.urandom(10), "big")
    return uuid.UUID(int=uuid7_int(time.time_ns() // 1_000_000, random_bits))


class TimestampField(Field):
    """A UTC instant stored as fixed-width ISO-8601 text, so text order is time order.

    ``str(datetime)`` drops the microseconds when they are zero, which breaks sorting.
    """

    field_type = "TEXT"

    def db_value(self, value: dt.datetime | None) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware")
        return value.astimezone(dt.UTC).strftime(_TIMESTAMP_FORMAT)

    def python_value(self, value: str | None) -> dt.datetime | None:
        if value is None:
            return None
        # fromisoformat reads the « Z » as UTC (Python ≥ 3.11), thirty times faster than
        # strptime: an export reads 100,000 of these.
        return dt.datetime.fromisoformat(value)


class BaseModel(Model):
    id = UUIDField(primary_key=True, default=uuid7)
    created_at = TimestampField(default=utc_now)
    updated_at = TimestampField(default=utc_now)

    class Meta:
        database = database
        legacy_table_names = False

    def save(self, *args, **kwargs):
        if self._pk is not None and not kwargs.get("force_insert"):
            self.updated_at = utc_now()
        return super().save(*args, **kwargs)
