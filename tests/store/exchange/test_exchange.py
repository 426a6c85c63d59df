"""Two offices exchanging envois: first envoi, field-level merge, conflicts and their
resolution, deletions, repeated and late envois, sharing, refused gates."""

from __future__ import annotations

import datetime as dt
import time
import zipfile

import pytest

from fabrique_desktop.cli import main
from fabrique_desktop.domain.history import record_history
from fabrique_desktop.domain.models import (
    Holder,
    Need,
    NeedPartner,
    Partner,
    Project,
    database,
)
from fabrique_desktop.domain.services import attachments
from fabrique_desktop.store import close_database, exchange, history
from fabrique_desktop.store.exchange.tables import ExchangeChange

from .desks import Desk, dump, first_records, new_holder, new_need


@pytest.fixture
def pair(tmp_path):
    """CRESS with a need, and GRIEP's new file that received CRESS's first envoi."""
    cress = Desk(tmp_path, "CRESS")
    territory, staff = first_records(cress)
    need = new_need("Épicerie solidaire", territory.id, description="Produits frais")
    griep = Desk(tmp_path, "GRIEP")
    griep.receive(cress.prepare(tmp_path))
    cress.receive(griep.prepare(tmp_path, "CRESS"))
    yield cress, griep, need.id, staff.id
    cress.close()
    griep.close()
    close_database()


def test_a_first_envoi_brings_everything_to_an_empty_file(pair):
    cress, griep, need_id, _ = pair
    assert dump(cress) == dump(griep)
    griep.use()
    assert Need.get_by_id(need_id).title == "Épicerie solidaire"


def test_edits_of_different_fields_merge(pair, tmp_path):
    cress, griep, need_id, _ = pair
    cress.use()
    Need.update(title="Épicerie sociale").where(Need.id == need_id).execute()
    griep.use()
    Need.update(description="Fruits et légumes").where(Need.id == need_id).execute()
    to_griep = cress.prepare(tmp_path, "GRIEP")
    to_cress = griep.prepare(tmp_path, "CRESS")
    assert not griep.receive(to_griep).conflicts
    assert not cress.receive(to_cress).conflicts
    assert dump(cress) == dump(griep)
    need = Need.get_by_id(need_id)
    assert (need.title, need.description) == ("Épicerie sociale", "Fruits et légumes")


def test_one_field_edited_on_both_sides_is_a_conflict_until_someone_decides(pair, tmp_path):
    cress, griep, need_id, _ = pair
    cress.use()
    Need.update(title="Épicerie CRESS").where(Need.id == need_id).execute()
    griep.use()
    Need.update(title="Épicerie GRIEP").where(Need.id == need_id).execute()
    to_griep = cress.prepare(tmp_path, "GRIEP")
    to_cress = griep.prepare(tmp_path, "CRESS")

    received = griep.receive(to_griep)
    assert "1 conflit à trancher" in received.describe()
    [conflict] = received.conflicts
    assert (conflict.field, conflict.mine, conflict.theirs) == (
        "title",
        "Épicerie GRIEP",
        "Épicerie CRESS",
    )
    assert conflict.theirs_at and conflict.mine_at
    assert Need.get_by_id(need_id).title == "Épicerie GRIEP"  # nothing overwritten
    [conflict_at_cress] = cress.receive(to_cress).conflicts
    assert Need.get_by_id(need_id).title == "Épicerie CRESS"

    # GRIEP decides for CRESS's title; its decision travels and settles CRESS's conflict.
    griep.use()
    exchange.resolve(conflict.id, conflict.theirs)
    assert exchange.open_conflicts() == []
    assert Need.get_by_id(need_id).title == "Épicerie CRESS"
    titles = [
        (entry.changes[0].old, entry.changes[0].new)
        for entry in record_history(need_id)
        if entry.changes and entry.changes[0].field == "title"
    ]
    assert ("Épicerie GRIEP", "Épicerie CRESS") in titles
    cress.receive(griep.prepare(tmp_path, "CRESS"))
    assert exchange.open_conflicts() == []
    assert conflict_at_cress.id
    assert dump(cress) == dump(griep)


def test_a_deleted_record_never_comes_back(pair, tmp_path):
    cress, griep, need_id, _ = pair
    cress.use()
    Need.delete_by_id(need_id)
    griep.use()
    Need.update(title="Modifié pendant ce temps").where(Need.id == need_id).execute()
    late_edit = griep.prepare(tmp_path, "CRESS")
    griep.receive(cress.prepare(tmp_path, "GRIEP"))
    assert Need.get_or_none(Need.id == need_id) is None
    received = cress.receive(late_edit)
    assert received.outcome.ignored_deleted == 1
    assert Need.get_or_none(Need.id == need_id) is None
    assert dump(cress) == dump(griep)


def test_a_repeated_or_older_envoi_changes_nothing(pair, tmp_path):
    cress, griep, need_id, _ = pair
    cress.use()
    Need.update(title="Premier titre").where(Need.id == need_id).execute()
    older = cress.prepare(tmp_path, "GRIEP")
    Need.update(title="Second titre").where(Need.id == need_id).execute()
    newer = cress.prepare(tmp_path, "GRIEP")
    griep.receive(newer)
    before = dump(griep)
    again = griep.receive(newer)
    late = griep.receive(older)
    assert dump(griep) == before
    assert Need.get_by_id(need_id).title == "Second titre"
    assert not again.outcome.applied and not late.outcome.applied
    assert "rien de nouveau" in late.describe()


def test_restricted_sharing_leaves_contact_details_and_attachments_out(pair, tmp_path):
    cress, griep, need_id, _ = pair
    cress.use()
    holder = new_holder()
    attachments.attach_file(Need.get_by_id(need_id), "plan.txt", b"secret plan")
    exchange.set_sharing(exchange.partners()[0].id, "restricted")
    envoi = cress.prepare(tmp_path, "GRIEP")
    content = b"".join(
        zipfile.ZipFile(envoi).read(name) for name in zipfile.ZipFile(envoi).namelist()
    )
    assert b"ines@exemple.fr" not in content and b"secret plan" not in content
    assert "Inès" in content.decode()
    griep.receive(envoi)
    received = Holder.get_by_id(holder.id)
    assert (received.last_name, received.email, received.phone) == ("Martin", "", "")
    assert not list(attachments.attachments_of(Need.get_by_id(need_id)))


def test_a_gate_refused_on_arrival_becomes_a_conflict(pair, tmp_path):
    cress, griep, need_id, _ = pair
    cress.use()
    NeedPartner.delete().execute()
    Need.delete_by_id(need_id)
    griep.use()
    Project.create(
        need=need_id,
        title="Épicerie",
        stage="recruiting",
        opened_on="2026-03-01",
        enterprise_name="",
        siret="",
    )
    received = griep.receive(cress.prepare(tmp_path, "GRIEP"))
    [conflict] = received.conflicts
    assert conflict.kind == "refused"
    assert "d'autres fiches de ce poste y renvoient" in conflict.message
    assert Need.get_or_none(Need.id == need_id) is not None
    assert Partner.select().count() == 0


def test_erasing_a_person_erases_their_values_from_the_exchange_too(pair, tmp_path):
    from fabrique_desktop.domain.enums import PersonKind
    from fabrique_desktop.domain.rgpd.erasure import erase_person
    from fabrique_desktop.domain.rgpd.persons import Person
    from fabrique_desktop.store.exchange.tables import ExchangeChange

    cress, _, _, _ = pair
    cress.use()
    holder = new_holder()
    cress.prepare(tmp_path, "GRIEP")  # her values are now numbered changes, to be sent
    assert "ines@exemple.fr" in " ".join(row.changes for row in ExchangeChange.select())
    erase_person(Person(PersonKind.HOLDER, holder), None, scrub_file=False)
    kept = " ".join(row.changes for row in ExchangeChange.select())
    assert "ines@exemple.fr" not in kept and "Inès" not in kept and "rue Haute" not in kept


def test_the_cli_summary_gives_conflict_times_in_local_time(pair, tmp_path, capsys, monkeypatch):
    """Stored in UTC (« Z »), printed as a workstation in France reads its clock."""
    cress, griep, need_id, staff_id = pair
    monkeypatch.setenv("TZ", "Europe/Paris")
    time.tzset()
    try:
        cress.use()
        history.set_actor(database, staff_id)
        Need.update(title="Épicerie CRESS").where(Need.id == need_id).execute()
        history.set_actor(database, None)
        griep.use()
        Need.update(title="Épicerie GRIEP").where(Need.id == need_id).execute()
        envoi = cress.prepare(tmp_path, "GRIEP")
        griep.close()
        close_database()
        assert main(["exchange", "receive", str(griep.path), str(envoi)]) == 0
        out = capsys.readouterr().out
        stamp = next(
            row.at
            for row in ExchangeChange.select().where(ExchangeChange.table_name == "need")
            if "Épicerie CRESS" in row.changes
        )
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
    utc = dt.datetime.fromisoformat(stamp)
    paris = utc + dt.timedelta(hours=2 if 4 <= utc.month <= 10 else 1)
    assert "  Conflit : Besoin « Épicerie GRIEP », Titre — ici « Épicerie GRIEP » (—, " in out
    assert f"reçu « Épicerie CRESS » (Claire Vasseur, {paris:%d/%m/%Y à %H:%M})" in out
    assert f"{utc:%d/%m/%Y à %H:%M})" not in out


def test_a_change_not_shared_does_not_hold_back_the_ones_after_it(pair, tmp_path):
    """Restricted sharing keeps an attachment and a holder's e-mail from GRIEP; the
    title edited after them still arrives (they travel empty, to keep the numbering)."""
    cress, griep, need_id, _ = pair
    cress.use()
    exchange.set_sharing(exchange.partners()[0].id, "restricted")
    holder = new_holder()
    attachments.attach_file(Need.get_by_id(need_id), "plan.txt", b"secret plan")
    Holder.update(email="ines.martin@exemple.fr").where(Holder.id == holder.id).execute()
    Need.update(title="Après la pièce jointe").where(Need.id == need_id).execute()
    envoi = cress.prepare(tmp_path, "GRIEP")
    content = b"".join(
        zipfile.ZipFile(envoi).read(name) for name in zipfile.ZipFile(envoi).namelist()
    )
    assert b"secret plan" not in content and b"ines.martin" not in content
    received = griep.receive(envoi)
    assert Need.get_by_id(need_id).title == "Après la pièce jointe"
    assert Holder.get_by_id(holder.id).email == ""
    assert received.outcome.already_known == 0
    assert "pièces jointes" not in received.describe()
