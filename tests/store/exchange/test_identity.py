"""A file that goes back in time (an old backup restored) or is copied to a second
workstation: its numbering must not be taken for duplicates (lost edits), nor two
files merged into one numbering. Nothing lost, nothing resurrected."""

from __future__ import annotations

import hashlib
import shutil

import pytest

from fabrique_desktop.domain.models import Need, database
from fabrique_desktop.store import backups, close_database, exchange, open_database
from fabrique_desktop.store.exchange.identity import DIVERGED, RENEWED_MESSAGES, RESTORED

from .desks import Desk, dump, new_need, two_offices


@pytest.fixture
def pair(tmp_path):
    """CRESS and GRIEP after a first exchange both ways, with two needs."""
    cress, griep, territory, _, [kept, doomed] = two_offices(
        tmp_path, "Épicerie solidaire", "Garage solidaire"
    )
    yield cress, griep, kept.id, doomed.id, territory.id
    cress.close()
    griep.close()
    close_database()


def reopen(desk: Desk) -> None:
    desk.db = open_database(desk.path)


def exchange_both_ways(cress: Desk, griep: Desk, folder, rounds: int = 2) -> list:
    received = []
    for _ in range(rounds):
        received.append(griep.receive(cress.prepare(folder, "GRIEP")))
        received.append(cress.receive(griep.prepare(folder, "CRESS")))
    return received


def back_in_time(cress: Desk, griep: Desk, kept, doomed, folder, by_hand=False) -> None:
    """CRESS takes a backup, retitles one need and deletes the other; GRIEP receives
    both, and CRESS learns that it did; then CRESS's file is put back as the backup was
    (by the application, or copied back by hand)."""
    cress.use()
    old = backups.make_backup(database.obj, cress.path)
    Need.update(title="Épicerie sociale").where(Need.id == kept).execute()
    Need.delete_by_id(doomed)
    griep.receive(cress.prepare(folder, "GRIEP"))
    cress.receive(griep.prepare(folder, "CRESS"))
    cress.close()
    if by_hand:
        shutil.copyfile(old, cress.path)
    else:
        backups.restore(old, cress.path)
    reopen(cress)
    cress.use()


def test_restoring_an_old_backup_then_exchanging_loses_nothing(pair, tmp_path):
    cress, griep, kept, doomed, territory = pair
    back_in_time(cress, griep, kept, doomed, tmp_path)
    assert Need.get_by_id(kept).title == "Épicerie solidaire"  # back in time
    Need.update(description="Produits frais").where(Need.id == kept).execute()
    made_after = new_need("Recyclerie", territory).id

    first, *_ = received = exchange_both_ways(cress, griep, tmp_path)
    assert first.sender_renewed
    assert "échange désormais sous une nouvelle identité" in first.describe()
    for desk in (cress, griep):
        desk.use()
        need = Need.get_by_id(kept)
        # The edit made after the restore arrived; the one the backup lost came back.
        assert (need.title, need.description) == ("Épicerie sociale", "Produits frais")
        assert Need.get_or_none(Need.id == made_after) is not None
        assert Need.get_or_none(Need.id == doomed) is None  # not resurrected
        assert exchange.open_conflicts() == []
    assert dump(cress) == dump(griep)
    assert all(not r.renewed for r in received)  # said once, when preparing


def test_the_restored_file_says_so_when_it_next_exchanges(pair, tmp_path):
    cress, griep, kept, doomed, _ = pair
    back_in_time(cress, griep, kept, doomed, tmp_path)
    before = exchange.own_identity().id
    prepared = exchange.prepare(tmp_path / "envoi.fabrique-echange", "GRIEP")
    assert prepared.renewed == RESTORED
    assert prepared.describe().endswith(RENEWED_MESSAGES[RESTORED])
    assert exchange.own_identity().id != before
    again = exchange.prepare(tmp_path / "again.fabrique-echange", "GRIEP")
    assert again.renewed is None


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_backup_copied_back_by_hand_is_found_out(pair, tmp_path):
    """Restored outside the application, the file does not know it went back: GRIEP
    refuses its envoi (nothing written), and the file renews when it hears from GRIEP."""
    cress, griep, kept, doomed, territory = pair
    back_in_time(cress, griep, kept, doomed, tmp_path, by_hand=True)
    made_after = new_need("Recyclerie", territory).id
    Need.update(description="Produits frais").where(Need.id == kept).execute()
    envoi = cress.prepare(tmp_path, "GRIEP")
    griep.close()
    close_database()
    held = digest(griep.path)
    reopen(griep)
    griep.use()
    with pytest.raises(exchange.EnvoiRefused) as refusal:
        exchange.read(envoi)
    assert "numérote ses modifications comme « CRESS » sans avoir les mêmes" in str(refusal.value)
    assert "Rien n'a été reçu" in str(refusal.value)
    griep.close()
    close_database()
    assert digest(griep.path) == held
    reopen(griep)

    renewed = cress.receive(griep.prepare(tmp_path, "CRESS"))
    assert renewed.renewed == DIVERGED
    assert "restauré d'une sauvegarde hors de l'application, ou copié" in renewed.describe()
    exchange_both_ways(cress, griep, tmp_path)
    for desk in (cress, griep):
        desk.use()
        assert Need.get_by_id(kept).title == "Épicerie sociale"
        assert Need.get_by_id(kept).description == "Produits frais"
        assert Need.get_or_none(Need.id == made_after) is not None
        assert Need.get_or_none(Need.id == doomed) is None
    assert dump(cress) == dump(griep)


def test_a_file_copied_to_a_second_workstation_is_not_merged_into_one_numbering(pair, tmp_path):
    cress, griep, _, _, territory = pair
    cress.close()
    copy_path = tmp_path / "CRESS-portable.sqlite"
    shutil.copyfile(cress.path, copy_path)
    reopen(cress)
    laptop = Desk.__new__(Desk)
    laptop.name, laptop.path, laptop.sent = "CRESS-portable", copy_path, 0
    reopen(laptop)

    cress.use()
    from_desk = new_need("Recyclerie", territory).id
    laptop.use()
    from_laptop = new_need("Ressourcerie", territory).id
    griep.receive(cress.prepare(tmp_path, "GRIEP"))
    with pytest.raises(exchange.EnvoiRefused) as refusal:
        griep.receive(laptop.prepare(tmp_path, "GRIEP"))
    assert "copié sur un second poste" in str(refusal.value)

    told = laptop.receive(griep.prepare(tmp_path, "CRESS"))
    assert told.renewed == DIVERGED
    assert "donnez-lui un autre nom" in told.describe()
    assert griep.receive(laptop.prepare(tmp_path, "GRIEP")).sender_renewed
    griep.use()
    assert Need.get_or_none(Need.id == from_desk) is not None
    assert Need.get_or_none(Need.id == from_laptop) is not None
    laptop.receive(griep.prepare(tmp_path, "CRESS"))  # what the copy lacked comes now
    assert Need.get_or_none(Need.id == from_desk) is not None
    laptop.close()
