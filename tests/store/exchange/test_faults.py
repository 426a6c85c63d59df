"""Faults while exchanging: receiving killed at random moments leaves the file as it was
or fully applied (never half), and a full disk while preparing leaves no envoi."""

from __future__ import annotations

import errno
import random
import shutil
import signal
import subprocess
import sys
import time

import pytest

from fabrique_desktop.cli import main
from fabrique_desktop.store import close_database, exchange, open_database
from fabrique_desktop.store.exchange import envoi as envoi_module

from .desks import Desk, dump

RECEIVER = (
    "import sys; from fabrique_desktop.cli import main; "
    "sys.exit(main(['exchange', 'receive', sys.argv[1], sys.argv[2]]))"
)


def _state(path) -> dict:
    desk = Desk.__new__(Desk)
    desk.db = open_database(path)
    try:
        return dump(desk)
    finally:
        close_database()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")
def test_receiving_killed_at_random_moments_applies_all_or_nothing(tmp_path):
    cress, griep = tmp_path / "cress.sqlite", tmp_path / "griep.sqlite"
    assert main(["demo", str(cress), "--scale", "60"]) == 0
    assert main(["init", str(griep)]) == 0
    assert main(["exchange", "office", str(cress), "CRESS"]) == 0
    envoi = tmp_path / "e.fabrique-echange"
    assert main(["exchange", "prepare", str(cress), "-o", str(envoi)]) == 0
    before = _state(griep)
    done = tmp_path / "done.sqlite"
    shutil.copy(griep, done)
    started = time.monotonic()
    assert main(["exchange", "receive", str(done), str(envoi)]) == 0
    duration = time.monotonic() - started
    after = _state(done)
    assert after != before

    rng = random.Random(20261129)
    outcomes = set()
    for attempt in range(5):
        work = tmp_path / f"work{attempt}.sqlite"
        shutil.copy(griep, work)
        child = subprocess.Popen([sys.executable, "-c", RECEIVER, str(work), str(envoi)])
        time.sleep(rng.uniform(0.2, duration * 1.5))
        child.send_signal(signal.SIGKILL)
        child.wait()
        state = _state(work)
        assert state in (before, after)
        outcomes.add(state == after)
        # Received again (or once more), the envoi completes what was interrupted.
        assert main(["exchange", "receive", str(work), str(envoi)]) == 0
        assert _state(work) == after
    assert False in outcomes  # at least one kill landed before the commit


class _FillingDisk:
    """A file whose disk fills after a few kilobytes."""

    def __init__(self, raw, room: int):
        self._raw, self._room = raw, room

    def write(self, data):
        self._room -= len(data)
        if self._room < 0:
            raise OSError(errno.ENOSPC, "No space left on device")
        return self._raw.write(data)

    def __getattr__(self, name):
        return getattr(self._raw, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._raw.close()


def test_a_full_disk_while_preparing_leaves_no_partial_envoi(tmp_path, monkeypatch, capsys):
    db = tmp_path / "cress.sqlite"
    assert main(["demo", str(db), "--scale", "30"]) == 0
    assert main(["exchange", "office", str(db), "CRESS"]) == 0
    out = tmp_path / "envois"
    out.mkdir()
    # The writer closes it: _FillingDisk is the context manager of the real file.
    filling = lambda *a, **k: _FillingDisk(open(*a, **k), 8192)  # noqa: E731, SIM115
    monkeypatch.setattr(envoi_module, "open", filling, raising=False)
    assert main(["exchange", "prepare", str(db), "-o", str(out / "e.fabrique-echange")]) == 2
    error = capsys.readouterr().err
    assert "n'a pas pu être écrit : le disque est plein" in error
    assert "Aucun fichier d'envoi n'a été laissé" in error
    assert list(out.iterdir()) == []
    monkeypatch.undo()
    # Nothing was numbered for an envoi that does not exist: the next one is whole.
    open_database(db)
    try:
        prepared = exchange.prepare(out / "e.fabrique-echange")
        assert prepared.tables["need"] == 30
    finally:
        close_database()
