"""Record keys and timestamps: stored so that text order is time order, across offices."""

import datetime as dt

import pytest

from fabrique_desktop.domain.models import Need, uuid7
from fabrique_desktop.domain.models.base import TimestampField


def test_timestamps_sort_as_text_like_in_time():
    field = TimestampField()
    moments = [
        dt.datetime(2026, 3, 1, 9, 0, 0, 0, tzinfo=dt.UTC),  # no microseconds
        dt.datetime(2026, 3, 1, 9, 0, 0, 5, tzinfo=dt.UTC),
        dt.datetime(2026, 3, 1, 10, 30, tzinfo=dt.timezone(dt.timedelta(hours=2))),
        dt.datetime(2026, 3, 1, 9, 0, 1, tzinfo=dt.UTC),
    ]
    stored = [field.db_value(m) for m in moments]
    assert sorted(stored) == [stored[0], stored[1], stored[3], stored[2]] or sorted(moments) == [
        field.python_value(s) for s in sorted(stored)
    ]
    assert [field.python_value(s) for s in sorted(stored)] == sorted(moments)
    assert stored[0] == "2026-03-01T09:00:00.000000Z"


def test_naive_timestamps_are_refused():
    with pytest.raises(ValueError):
        TimestampField().db_value(dt.datetime(2026, 3, 1, 9, 0))


def test_keys_grow_with_time_and_are_version_7():
    keys = [uuid7() for _ in range(50)]
    assert all(key.version == 7 for key in keys)
    assert len(set(keys)) == 50
    assert [k.hex[:12] for k in keys] == sorted(k.hex[:12] for k in keys)


def test_update_moves_updated_at_only(need):
    created, first_update = need.created_at, need.updated_at
    need.title = "Épicerie solidaire"
    need.save()
    stored = Need.get_by_id(need.id)
    assert stored.created_at == created
    assert stored.updated_at > first_update
