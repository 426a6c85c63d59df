"""« Accepter la suppression »: a need deleted by one office while the other recorded a
decision on it. Each side's refused change becomes a conflict; accepting the deletion
deletes here too, clears the conflict, and both files end the same, read from disk."""

from __future__ import annotations

import sqlite3

import pytest

from fabrique_desktop.domain.models import Decision, Territory
from fabrique_desktop.domain.validation import ValidationError
from fabrique_desktop.store import close_database, exchange

from .desks import Desk, deleted_while_decided, dump


@pytest.fixture
def split(tmp_path):
    """CRESS deleted the need; GRIEP, meanwhile, recorded a decision on it."""
    cress, griep, need_id, decision_id = deleted_while_decided(tmp_path)
    yield cress, griep, need_id, decision_id
    cress.close()
    griep.close()
    close_database()


def rows(desk: Desk, sql: str) -> list[tuple]:
    """What the desk's file holds, read by a connection of its own."""
    with sqlite3.connect(desk.path) as connection:
        return connection.execute(sql).fetchall()


def test_accepting_the_deletion_on_both_sides_deletes_everywhere(split, tmp_path):
    cress, griep, need_id, decision_id = split
    to_griep = cress.prepare(tmp_path, "GRIEP")
    to_cress = griep.prepare(tmp_path, "CRESS")

    [at_griep] = griep.receive(to_griep).conflicts
    assert (at_griep.kind, at_griep.action, at_griep.record_id) == ("refused", "DELETE", need_id)
    assert exchange.deletion_offer(at_griep) == [("decision", decision_id), ("need", need_id)]
    [at_cress] = cress.receive(to_cress).conflicts
    assert (at_cress.table, at_cress.action, at_cress.record_id) == (
        "decision",
        "INSERT",
        decision_id,
    )
    assert exchange.deletion_offer(at_cress) == []  # CRESS never held the decision

    griep.use()
    assert exchange.accept_deletion(at_griep.id) == [("decision", decision_id), ("need", need_id)]
    assert exchange.open_conflicts() == []
    assert rows(griep, f"SELECT id FROM need WHERE id = '{need_id}'") == []
    assert rows(griep, "SELECT id FROM decision") == []
    assert rows(griep, "SELECT count(*) FROM exchange_conflict WHERE resolved_at IS NULL") == [(0,)]
    cress.use()
    assert exchange.accept_deletion(at_cress.id) == []
    assert exchange.open_conflicts() == []

    griep.receive(cress.prepare(tmp_path, "GRIEP"))
    cress.receive(griep.prepare(tmp_path, "CRESS"))
    for desk in (cress, griep):
        desk.use()
        assert exchange.open_conflicts() == []
        assert Decision.select().count() == 0
        assert rows(desk, "SELECT count(*) FROM exchange_tombstone WHERE table_name = 'decision'")
        assert rows(desk, "SELECT count(*) FROM need") == [(0,)]
    assert dump(cress) == dump(griep)


def test_accepting_on_one_side_settles_the_other(split, tmp_path):
    """GRIEP accepts; its deletions reach CRESS, whose refused decision is settled too."""
    cress, griep, _, decision_id = split
    to_cress = griep.prepare(tmp_path, "CRESS")
    [at_griep] = griep.receive(cress.prepare(tmp_path, "GRIEP")).conflicts
    [at_cress] = cress.receive(to_cress).conflicts
    assert at_cress.record_id == decision_id
    griep.use()
    exchange.accept_deletion(at_griep.id)
    cress.receive(griep.prepare(tmp_path, "CRESS"))
    assert exchange.open_conflicts() == []
    assert rows(cress, "SELECT resolution FROM exchange_conflict") == [('"deleted"',)]
    assert dump(cress) == dump(griep)


def test_a_field_conflict_offers_no_deletion(split, tmp_path):
    cress, griep, _, _ = split
    cress.use()
    Territory.update(name="Amiens (CRESS)").execute()
    griep.use()
    Territory.update(name="Amiens (GRIEP)").execute()
    [refused, field] = griep.receive(cress.prepare(tmp_path, "GRIEP")).conflicts
    assert (field.kind, refused.kind) == ("field", "refused")
    assert exchange.deletion_offer(field) is None
    with pytest.raises(ValidationError) as refusal:
        exchange.accept_deletion(field.id)
    assert list(refusal.value.errors.values()) == ["Ce conflit ne porte pas sur une suppression."]
    assert [c.id for c in exchange.open_conflicts()] == [refused.id, field.id]
