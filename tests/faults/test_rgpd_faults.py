"""Faults during an erasure (RGPD): the process killed at random moments, a full disk.
Afterwards the file opens, passes ``check`` (history numbering included) and holds the
person either intact or fully erased, never half."""

import json
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from fabrique_desktop.domain.enums import HolderKind
from fabrique_desktop.domain.models import (
    Candidacy,
    CandidacyScore,
    Holder,
    PersonalDataErasure,
    database,
)
from fabrique_desktop.domain.rgpd.erasure import erasure_plan
from fabrique_desktop.domain.rgpd.persons import person_of
from fabrique_desktop.store import close_database, open_database

from .sandbox import cli, in_small_disk
from .test_full_disk import DRIVER, ROOM_TO_OPEN, assert_one_french_line
from .test_kills import fabrique, killed_at_random

KILLS = 10


@pytest.fixture(scope="module")
def demo_and_person(tmp_path_factory):
    """A demo file and a holder of it that may be erased, with what identifies them."""
    path = tmp_path_factory.mktemp("effacement") / "demo.sqlite"
    assert cli("demo", path, "--scale", 300).returncode == 0
    open_database(path, read_only=True)
    try:
        for holder in Holder.select().where(Holder.kind == HolderKind.PERSON):
            plan = erasure_plan(person_of(holder), None)
            if plan.refusal is None and Candidacy.select().where(Candidacy.holder == holder):
                return path, holder.id, holder.last_name, holder.email
    finally:
        close_database()
    raise AssertionError("the demo has no erasable holder with a candidacy")


def state_of(path: Path, key, last_name: str, email: str) -> str:
    """« intact » or « erased », after checking that it is exactly one of them."""
    open_database(path)
    try:
        holder = Holder.get_by_id(key)
        erased = PersonalDataErasure.select().where(PersonalDataErasure.person_id == key).exists()
        in_log = database.execute_sql(
            "SELECT count(*) FROM change_log WHERE changes LIKE ?", (f"%{email}%",)
        ).fetchone()[0]
        scores = CandidacyScore.select().join(Candidacy).where(Candidacy.holder == key)
        comments = {s.comment for s in scores}
        if not erased:
            assert holder.last_name == last_name and holder.email == email
            return "intact"
        assert holder.last_name.startswith("Porteur anonymisé n° ")
        assert (holder.first_name, holder.email, holder.phone, holder.notes) == ("", "", "", "")
        assert comments <= {""}
        assert in_log == 0  # and no entry of the history still holds the address
        return "erased"
    finally:
        close_database()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")
def test_an_erasure_killed_at_random_moments_is_all_or_nothing(demo_and_person, tmp_path):
    demo, key, last_name, email = demo_and_person
    rng = random.Random(20261129)
    outcomes = []
    for round_ in range(KILLS):
        path = tmp_path / f"base-{round_}.sqlite"
        shutil.copyfile(demo, path)
        command = fabrique("rgpd", "--db", path, "erase", key.hex, "--yes")
        killed_at_random(rng, command, earliest=0.15, latest=0.6)
        checked = cli("check", path)
        assert checked.returncode == 0, checked.stdout + checked.stderr
        outcomes.append(state_of(path, key, last_name, email))
        # The killed command's lock was this user's, on this computer: taken back.
        again = cli("rgpd", "--db", path, "erase", key.hex, "--yes")
        if outcomes[-1] == "intact":
            assert again.returncode == 0, again.stderr
            assert state_of(path, key, last_name, email) == "erased"
        else:
            assert again.returncode == 2 and "déjà été effacées" in again.stderr
    print("outcomes of the kills:", outcomes)


@pytest.mark.parametrize("leave", [ROOM_TO_OPEN, 1024 * 1024])
def test_an_erasure_on_a_full_disk_says_so_and_leaves_the_file_unchanged(
    demo_and_person, tmp_path, leave
):
    demo, key, _, _ = demo_and_person
    done = in_small_disk(DRIVER, "erase", demo, tmp_path, leave, key.hex)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert_one_french_line(result, "L'effacement a échoué : le disque est plein.")
    assert "Rien n'a été modifié" in result["err"]
    assert result["unchanged"]
    assert set(result["files"]) == {"base.sqlite", "copie.sqlite"}  # no lock, no WAL left


BULK = """
import sys
from fabrique_desktop.domain.enums import HolderKind
from fabrique_desktop.domain.models import Holder
from fabrique_desktop.domain.rgpd.erasure import erase_people
from fabrique_desktop.domain.rgpd.persons import person_of
from fabrique_desktop.store import open_database
open_database(sys.argv[1])
people = [person_of(h) for h in Holder.select().where(Holder.kind == HolderKind.PERSON)]
print("go", flush=True)
erase_people(people, None)
"""


def _bulk_erasure(path: Path, kill_after: float | None) -> float:
    """Run the bulk erasure of every holder of ``path``; SIGKILL it ``kill_after`` seconds
    after it started erasing (None: let it finish). How long it ran."""
    child = subprocess.Popen([sys.executable, "-c", BULK, str(path)], stdout=subprocess.PIPE)
    assert child.stdout.readline() == b"go\n"
    started = time.monotonic()
    if kill_after is not None:
        time.sleep(kill_after)
        child.send_signal(signal.SIGKILL)
    assert child.wait() in (0, -signal.SIGKILL)
    return time.monotonic() - started


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")
def test_a_bulk_erasure_killed_at_random_moments_leaves_each_person_whole(
    demo_and_person, tmp_path
):
    """Erased in batches of several people per transaction: killed at any moment of the
    erasure or of the scrubbing after it, each person is still intact or fully erased,
    and the file passes its check."""
    demo = demo_and_person[0]
    open_database(demo, read_only=True)
    try:
        people = {
            h.id: (h.last_name, h.email)
            for h in Holder.select().where(Holder.kind == HolderKind.PERSON)
        }
    finally:
        close_database()
    shutil.copyfile(demo, tmp_path / "whole.sqlite")
    whole = _bulk_erasure(tmp_path / "whole.sqlite", None)
    rng = random.Random(29112026)
    erased_counts = []
    for round_ in range(KILLS):
        path = tmp_path / f"bulk-{round_}.sqlite"
        shutil.copyfile(demo, path)
        _bulk_erasure(path, rng.uniform(0, whole))
        checked = cli("check", path)
        assert checked.returncode == 0, checked.stdout + checked.stderr
        open_database(path)
        try:
            erased = {e.person_id for e in PersonalDataErasure.select()}
            for key, (last_name, email) in people.items():
                holder = Holder.get_by_id(key)
                logged = database.execute_sql(
                    "SELECT count(*) FROM change_log WHERE changes LIKE ?", (f"%{email}%",)
                ).fetchone()[0]
                if key in erased:
                    assert holder.last_name.startswith("Porteur anonymisé n° ")
                    assert (holder.email, logged) == ("", 0) or not email
                else:
                    assert (holder.last_name, holder.email) == (last_name, email)
        finally:
            close_database()
        erased_counts.append(len(erased))
    print(f"erasing them all took {whole:.1f} s; people erased when killed:", erased_counts)
    assert len(set(erased_counts)) > 1  # the kills did fall at different moments
