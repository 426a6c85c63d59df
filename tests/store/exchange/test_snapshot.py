"""A first envoi carries a snapshot (a SQLite database): an empty file takes it whole,
a file with records of its own receives its numbered changes one by one, relaying to a
third office keeps working, and a hostile snapshot is refused with the file untouched."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile

import pytest

from fabrique_desktop.cli import main
from fabrique_desktop.domain.models import Holder, Need, StaffMember, database
from fabrique_desktop.domain.search import matching
from fabrique_desktop.store import close_database, exchange
from fabrique_desktop.store.exchange import journal

from .desks import Desk, dump, first_records, new_holder, new_need
from .test_refusals import refused

SNAPSHOT = "snapshot.sqlite"


@pytest.fixture
def cress(tmp_path):
    """CRESS's file: records, an edit in their history, a holder with contact details."""
    desk = Desk(tmp_path, "CRESS")
    territory, _ = first_records(desk)
    need = new_need("Épicerie solidaire", territory.id, description="Produits frais")
    Need.update(title="Épicerie solidaire du quartier").where(Need.id == need.id).execute()
    new_holder()
    yield desk
    desk.close()
    close_database()


def _names(envoi) -> list[str]:
    with zipfile.ZipFile(envoi) as archive:
        return archive.namelist()


def test_an_empty_file_takes_a_first_envoi_whole_and_exchanges_on_as_before(cress, tmp_path):
    envoi = cress.prepare(tmp_path)
    assert sorted(_names(envoi)) == ["manifest.json", SNAPSHOT]
    griep = Desk(tmp_path, "GRIEP")
    received = griep.receive(envoi)
    assert received.outcome.applied["need", "INSERT"] == 1
    assert dump(griep) == dump(cress)
    # The sender's history travelled: the edit made before the envoi is there.
    actions = [
        row[0]
        for row in database.execute_sql(
            "SELECT action FROM change_log WHERE table_name = 'need' ORDER BY id"
        )
    ]
    assert actions == ["INSERT", "UPDATE"]
    assert [need.title for need in Need.select().where(matching(Need, "epicerie quartier"))] == [
        "Épicerie solidaire du quartier"
    ]
    # Incremental envois both ways, as after any first envoi.
    need_id = Need.get().id
    Need.update(description="Fruits et légumes").where(Need.id == need_id).execute()
    cress.receive(griep.prepare(tmp_path, "CRESS"))
    assert Need.get_by_id(need_id).description == "Fruits et légumes"
    Need.update(title="Épicerie").where(Need.id == need_id).execute()
    griep.receive(cress.prepare(tmp_path, "GRIEP"))
    assert dump(griep) == dump(cress)
    assert exchange.open_conflicts() == []
    griep.close()


def test_a_file_with_records_of_its_own_receives_the_snapshot_change_by_change(cress, tmp_path):
    envoi = cress.prepare(tmp_path)
    griep = Desk(tmp_path, "GRIEP")
    own = StaffMember.create(
        name="Paul Leroy", organisation="griep", organisation_other="", email="", phone=""
    )
    received = griep.receive(envoi)
    assert received.outcome.applied["need", "INSERT"] == 1
    assert StaffMember.get_by_id(own.id).name == "Paul Leroy"
    cress.receive(griep.prepare(tmp_path, "CRESS"))
    assert dump(cress) == dump(griep)
    griep.close()


def test_a_restricted_snapshot_holds_no_contact_detail_anywhere(cress, tmp_path):
    exchange.update_identity({"name": "CRESS", "sharing": "restricted"})
    envoi = cress.prepare(tmp_path)
    with zipfile.ZipFile(envoi) as archive:
        content = archive.read(SNAPSHOT)
    assert b"ines@exemple.fr" not in content and b"06 12 34 56 78" not in content
    assert b"Martin" in content
    griep = Desk(tmp_path, "GRIEP")
    griep.receive(envoi)
    holder = Holder.get()
    assert (holder.last_name, holder.email, holder.phone) == ("Martin", "", "")
    griep.close()


def test_a_third_office_gets_what_the_first_numbered_through_the_second(cress, tmp_path):
    griep = Desk(tmp_path, "GRIEP")
    griep.receive(cress.prepare(tmp_path))
    adie = Desk(tmp_path, "ADIE")
    adie.receive(griep.prepare(tmp_path))  # a snapshot of GRIEP's file, relayed
    assert dump(adie) == dump(cress)
    cress.use()
    cress_id = journal.own_office_id()
    adie.use()
    assert journal.known()[cress_id] >= 4
    # ADIE's edit reaches CRESS through GRIEP, and CRESS's next edit ADIE the same way.
    need_id = Need.get().id
    Need.update(description="Vrac").where(Need.id == need_id).execute()
    griep.receive(adie.prepare(tmp_path, "GRIEP"))
    cress.receive(griep.prepare(tmp_path, "CRESS"))
    assert Need.get_by_id(need_id).description == "Vrac"
    Need.update(title="Épicerie du centre").where(Need.id == need_id).execute()
    griep.receive(cress.prepare(tmp_path, "GRIEP"))
    adie.receive(griep.prepare(tmp_path, "ADIE"))
    assert Need.get_by_id(need_id).title == "Épicerie du centre"
    assert dump(adie) == dump(cress)
    griep.close()
    adie.close()


# -- a hostile snapshot -------------------------------------------------------------------


@pytest.fixture
def target(cress, tmp_path):
    """An empty file, and CRESS's first envoi for it."""
    envoi = cress.prepare(tmp_path)
    cress.close()
    close_database()
    empty = tmp_path / "vide.sqlite"
    assert main(["init", str(empty)]) == 0
    return empty, envoi


def _altered(envoi, tmp_path, sql: str | None = None, pragma: str | None = None, damage=False):
    """The envoi with its snapshot edited (its checksum recomputed, as an attacker would)."""
    folder = tmp_path / "altered"
    folder.mkdir()
    with zipfile.ZipFile(envoi) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        archive.extract(SNAPSHOT, folder)
    part = folder / SNAPSHOT
    connection = sqlite3.connect(part)
    if sql:
        connection.executescript(sql)
    if pragma:
        connection.execute(f"PRAGMA {pragma}")
    connection.commit()
    connection.close()
    data = part.read_bytes()
    if damage:  # a page of the first table overwritten
        data = data[:8192] + b"\xff" * 4096 + data[12288:]
    manifest["parts"][SNAPSHOT]["sha256"] = hashlib.sha256(data).hexdigest()
    altered = tmp_path / "altered.fabrique-echange"
    with zipfile.ZipFile(altered, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        archive.writestr(SNAPSHOT, data)
    return altered


@pytest.mark.parametrize(
    ("alteration", "expected"),
    [
        (
            {"sql": "CREATE TRIGGER t AFTER INSERT ON need BEGIN SELECT 1; END;"},
            "« t » (trigger)",
        ),
        ({"sql": "CREATE VIEW v AS SELECT 1;"}, "« v » (view)"),
        ({"sql": "CREATE INDEX i ON need (title);"}, "« i » (index)"),
        ({"sql": "ALTER TABLE need ADD COLUMN extra TEXT;"}, "pas les tables de ce fichier"),
        ({"sql": "CREATE TABLE extra (x);"}, "pas les tables de ce fichier (« extra »)"),
        ({"pragma": "application_id = 1"}, "n'est pas une base Fabrique Desktop"),
        ({"pragma": "user_version = 3"}, "autre version de Fabrique Desktop"),
        ({"sql": "UPDATE need SET sector = 'casino';"}, "need.sector : valeur refusée"),
        ({"sql": "UPDATE need SET id = 'abc';"}, "need.id : valeur refusée"),
        ({"sql": "UPDATE exchange_change SET origin = '../x';"}, "exchange_change.origin"),
        ({"sql": "UPDATE change_log SET changes = 'pas du JSON';"}, "change_log.changes"),
        ({"damage": True}, "abîmée"),
    ],
)
def test_a_hostile_snapshot_is_refused_and_nothing_changes(
    target, tmp_path, capsys, alteration, expected
):
    empty, envoi = target
    altered = _altered(envoi, tmp_path, **alteration)
    assert expected in refused(capsys, empty, altered)


def test_a_snapshot_that_is_not_the_one_announced_is_refused(target, tmp_path, capsys):
    empty, envoi = target
    with zipfile.ZipFile(envoi) as archive:
        entries = {name: archive.read(name) for name in archive.namelist()}
    entries[SNAPSHOT] = entries[SNAPSHOT][:-4096] + b"\0" * 4096
    altered = tmp_path / "modifie.fabrique-echange"
    with zipfile.ZipFile(altered, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    assert "somme de contrôle" in refused(capsys, empty, altered)


def test_a_reference_to_a_missing_record_refuses_the_whole_load(target, tmp_path, capsys):
    empty, envoi = target
    altered = _altered(
        envoi, tmp_path, sql="UPDATE need SET territory_id = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';"
    )
    before = empty.read_bytes()
    code = main(["exchange", "receive", str(empty), str(altered)])
    err = capsys.readouterr().err
    assert code == 2 and "Traceback" not in err and err.count("\n") == 1
    assert "n'a pas été modifié" in err
    assert empty.read_bytes() == before
