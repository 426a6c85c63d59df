"""Faults: a process killed in the middle of saves, a full disk during a save, a backup
or an export. Acknowledged saves survive, nothing is half-written, no truncated file."""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from peewee import OperationalError

from fabrique_desktop.domain.models import Need, NeedPartner, database
from fabrique_desktop.domain.services import needs
from fabrique_desktop.domain.validation import RECORD, ValidationError
from fabrique_desktop.store import backups, close_database, open_database

from ..factories import need_values

SAVER = r"""
import datetime as dt, sys
from pathlib import Path
from fabrique_desktop.store import open_database
from fabrique_desktop.domain.models import Partner, Territory
from fabrique_desktop.domain.services import needs, network, territories
path, start = Path(sys.argv[1]), int(sys.argv[2])
open_database(path, create=True)
territory = Territory.get_or_none() or territories.create_territory(
    {"name": "Amiens", "insee_code": "80021", "postal_code": "80000"})
partners = list(Partner.select()) or [
    network.create_partner({"name": n, "kind": "funder"}) for n in ("Avise", "France Active")]
number = start
while True:
    needs.create_need({"title": f"Besoin {number}", "territory": territory.id,
        "sector": "food", "source": "study", "detected_on": dt.date(2026, 1, 5),
        "partners": [p.id for p in partners]})
    print(number, flush=True)  # acknowledged: the transaction has committed
    number += 1
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")
def test_saves_survive_being_killed_at_random_moments(tmp_path):
    path = tmp_path / "fabrique.sqlite"
    rng = random.Random(20261127)
    acknowledged: set[int] = set()
    kills = 0
    while kills < 20 or len(acknowledged) < 1000:
        child = subprocess.Popen(
            [sys.executable, "-c", SAVER, str(path), str(len(acknowledged) + kills * 100000)],
            stdout=subprocess.PIPE,
            text=True,
        )
        deadline = time.monotonic() + rng.uniform(0.6, 1.6)
        os.set_blocking(child.stdout.fileno(), False)
        while time.monotonic() < deadline:
            line = child.stdout.readline()
            if line.strip():
                acknowledged.add(int(line))
            elif child.poll() is not None:
                break
            else:
                time.sleep(0.002)
        child.send_signal(signal.SIGKILL)
        child.wait()
        for line in child.stdout.read().splitlines() if child.stdout.readable() else []:
            if line.strip():
                acknowledged.add(int(line))
        kills += 1
    open_database(path)
    try:
        saved = {int(n.title.split()[1]) for n in Need.select(Need.title)}
        assert acknowledged <= saved  # every acknowledged save is there
        counts = [len(n.partner_links) for n in Need.select()]
        assert set(counts) == {2}  # none half-written: each need with both its partners
        assert database.execute_sql("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert database.execute_sql("PRAGMA foreign_key_check").fetchall() == []
    finally:
        close_database()
    assert kills >= 20 and len(acknowledged) >= 1000


def test_full_disk_during_a_save_keeps_the_file_intact(db, territory):
    needs.create_need(need_values(territory, title="Recyclerie"))
    pages = database.execute_sql("PRAGMA page_count").fetchone()[0]
    database.execute_sql(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(ValidationError) as refused:
        for index in range(200):  # until the file would have to grow
            needs.create_need(
                need_values(territory, title=f"Besoin {index}", description="x" * 4000)
            )
    assert refused.value.errors[RECORD].startswith(
        "L'enregistrement a échoué : le disque est plein."
    )
    written = Need.select().count()
    assert NeedPartner.select().count() == 0
    database.execute_sql("PRAGMA max_page_count = 1073741823")
    assert database.execute_sql("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert Need.select().count() == written  # the refused save left nothing behind


def test_full_disk_during_a_backup_leaves_no_partial_file(db, db_path, monkeypatch):
    real_connect = sqlite3.connect

    def tiny_disk(*args, **kwargs):
        connection = real_connect(*args, **kwargs)
        connection.execute("PRAGMA max_page_count = 2")
        return connection

    monkeypatch.setattr(backups.sqlite3, "connect", tiny_disk)
    with pytest.raises((sqlite3.OperationalError, OperationalError)):
        backups.make_backup(db, db_path)
    assert list(backups.backup_folder(db_path).iterdir()) == []
