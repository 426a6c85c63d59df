"""Killed in the middle: init, backup, restore and a schema upgrade, each SIGKILLed at
random moments. Afterwards the file opens, is sound and holds either the old or the new
content, never a mix; a backup folder holds only sound backups once the next one ran."""

import hashlib
import random
import signal
import subprocess
import sys
import time

import pytest

from fabrique_desktop.domain.models import Need
from fabrique_desktop.store import backups, close_database, open_database, schema
from fabrique_desktop.store.database import PRAGMAS, FabriqueDatabase

from .sandbox import cli

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")

KILLS = 8
UPGRADE = "import sys; from fabrique_desktop.store import open_database; open_database(sys.argv[1])"


def killed_at_random(rng, command, earliest=0.15, latest=0.7):
    """Start ``command`` and SIGKILL it after a random delay (it may have finished)."""
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(rng.uniform(earliest, latest))
    child.send_signal(signal.SIGKILL)
    child.wait()


def fabrique(*args):
    return [sys.executable, "-m", "fabrique_desktop", *map(str, args)]


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sound_and_counted(path):
    """Open like the app (recovering a WAL), check fully; the needs, and how many of them
    bear the mark " *"; then close."""
    open_database(path)
    try:
        from fabrique_desktop.domain.models import database

        assert database.execute_sql("PRAGMA integrity_check").fetchall() == [("ok",)]
        return Need.select().count(), Need.select().where(Need.title.endswith(" *")).count()
    finally:
        close_database()


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("kills") / "demo.sqlite"
    assert cli("demo", path, "--scale", 300).returncode == 0
    return path


def test_init_killed_leaves_nothing_or_a_file_that_opens(tmp_path):
    rng = random.Random(12)
    for attempt in range(KILLS):
        path = tmp_path / f"n{attempt}.sqlite"
        killed_at_random(rng, fabrique("init", path), 0.1, 0.5)
        if path.exists() and path.stat().st_size > 0:
            assert sound_and_counted(path) == (0, 0)
            assert schema.applied_version(open_database(path)) == schema.latest_version()
            close_database()
        else:
            assert cli("init", path).returncode == 0


def test_backup_killed_leaves_the_file_and_only_sound_backups(demo_file, tmp_path):
    rng = random.Random(13)
    path = tmp_path / "d.sqlite"
    path.write_bytes(demo_file.read_bytes())
    before = digest(path)
    folder = tmp_path / "cles"
    for _ in range(KILLS):
        killed_at_random(rng, fabrique("backup", path, "--to", folder))
        assert digest(path) == before
    assert cli("backup", path, "--to", folder).returncode == 0  # cleans what was left
    names = [p.name for p in folder.iterdir()]
    assert all(not name.startswith(".") for name in names), names
    assert all(backups.is_sound(folder / name) for name in names)


def test_restore_killed_leaves_the_old_or_the_new_content(demo_file, tmp_path):
    rng = random.Random(14)
    path = tmp_path / "d.sqlite"
    path.write_bytes(demo_file.read_bytes())
    assert cli("backup", path, "--to", tmp_path / "cles").returncode == 0
    (backup,) = (tmp_path / "cles").iterdir()
    open_database(path)
    Need.update(title=Need.title.concat(" *")).execute()  # the content after the backup
    close_database()
    for _ in range(KILLS):
        killed_at_random(rng, fabrique("restore", backup, path, "--take-over"), 0.2, 1.0)
        assert sound_and_counted(path) in ((300, 300), (300, 0))  # current or restored
    done = cli("restore", backup, path, "--take-over")
    assert done.returncode == 0, done.stderr
    assert sound_and_counted(path) == (300, 0)
    assert not list(tmp_path.glob(".d.sqlite.*"))  # what killed restores left is cleaned


def test_upgrade_killed_leaves_a_file_that_upgrades_at_the_next_opening(tmp_path):
    rng = random.Random(15)
    for attempt in range(KILLS):
        path = tmp_path / f"ancienne{attempt}.sqlite"
        first_release = FabriqueDatabase(str(path), pragmas=PRAGMAS)
        schema.runner(first_release).up(target="0001_initial")
        first_release.execute_sql("PRAGMA user_version = 1")
        first_release.close()
        killed_at_random(rng, [sys.executable, "-c", UPGRADE, str(path)], 0.1, 0.5)
        assert sound_and_counted(path) == (0, 0)
        assert cli("check", path).returncode == 0
