"""Run inside ``unshare --user --map-root-user --mount``: mount a small tmpfs, copy a demo
file and a backup of it there, fill the disk, try one thing, print what happened as JSON.

Usage: full_disk_driver.py SCENARIO DEMO_FILE WORK_FOLDER [BYTES_LEFT_FREE [PERSON]]
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

SIZE = "24m"  # two copies of a 300-need demo file (about 5 MB each) and room to fill


def fill(disk: Path, leave: int = 0) -> Path:
    """Fill the disk to its last byte with one file, then free ``leave`` bytes; return the
    file (delete it to free the space)."""
    filler = disk / "remplissage"
    with open(filler, "wb", buffering=0) as stream:
        for chunk in (65536, 4096, 512, 1):
            try:
                while True:
                    stream.write(b"\0" * chunk)
            except OSError as error:
                assert error.errno == errno.ENOSPC, error
    os.truncate(filler, max(0, filler.stat().st_size - leave))
    return filler


def cli(*args) -> dict:
    done = subprocess.run(
        [sys.executable, "-m", "fabrique_desktop", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    return {"code": done.returncode, "out": done.stdout, "err": done.stderr}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def listing(folder: Path) -> dict:
    return {
        str(path.relative_to(folder)): path.stat().st_size
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.name != "remplissage"
    }


def save(disk: Path, base: Path) -> dict:
    import datetime as dt

    from fabrique_desktop.domain.models import Need, Territory
    from fabrique_desktop.domain.services import needs
    from fabrique_desktop.domain.validation import ValidationError
    from fabrique_desktop.store import close_database, open_database

    open_database(base)
    territory = Territory.select().first()
    filler = fill(disk)
    result = {"saved_on_full_disk": 0}
    for number in range(400):
        count = Need.select().count()
        try:
            needs.create_need(
                {
                    "title": f"Besoin {number}",
                    "territory": territory.id,
                    "sector": "food",
                    "source": "study",
                    "detected_on": dt.date(2026, 1, 5),
                    "description": "x" * 3000,
                }
            )
            result["saved_on_full_disk"] += 1
        except ValidationError as refused:
            result["message"] = refused.errors
            break
        except Exception as error:  # what the user would have seen instead
            result["message"] = {"unexpected": f"{type(error).__name__}: {error}"}
            break
    result["count_after_refusal"] = Need.select().count()
    result["count_before_refusal"] = count
    filler.unlink()
    result["saved_after_freeing"] = bool(
        needs.create_need(
            {
                "title": "Après",
                "territory": territory.id,
                "sector": "food",
                "source": "study",
                "detected_on": dt.date(2026, 1, 5),
            }
        )
    )
    from fabrique_desktop.domain.models import database

    result["integrity"] = database.execute_sql("PRAGMA integrity_check").fetchall()[0][0]
    close_database()
    return result


def open_it(base: Path) -> dict:
    """Open the file as the app does (read-write) on the full disk."""
    from fabrique_desktop.store import DatabaseRefused, close_database, open_database

    try:
        open_database(base)
    except DatabaseRefused as refused:
        return {"refused": type(refused).__name__, "message": str(refused)}
    close_database()
    return {"refused": None}


def first_envoi(demo: Path, work: Path, disk: Path) -> tuple[Path, Path]:
    """A new, empty file on the small disk, and the demo file's first envoi for it (the
    envoi whose creations are written many at a time)."""
    sender = work / "envoyeur.sqlite"
    shutil.copyfile(demo, sender)
    envoi = work / "premier.fabrique-echange"
    for args in (("office", sender, "CRESS"), ("prepare", sender, "-o", envoi)):
        assert cli("exchange", *args)["code"] == 0
    empty = disk / "vide.sqlite"
    assert cli("init", empty)["code"] == 0
    return empty, envoi


def main() -> None:
    scenario, demo, work = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    leave = int(sys.argv[4]) if len(sys.argv) > 4 else 0
    person = sys.argv[5] if len(sys.argv) > 5 else ""
    disk = work / "disque"
    disk.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={SIZE}", "tmpfs", str(disk)], check=True)
    base = disk / "base.sqlite"
    shutil.copyfile(demo, base)
    backup = disk / "copie.sqlite"
    shutil.copyfile(demo, backup)
    if scenario == "receive":
        base, envoi = first_envoi(demo, work, disk)
    before = digest(base)
    if scenario == "save":
        result = save(disk, base)
    else:
        fill(disk, leave)
        if scenario == "backup":
            result = cli("backup", base)
        elif scenario == "dossier":
            result = cli("dossier", base, "--next", "-o", disk / "dossier.pdf")
        elif scenario == "export":
            result = cli("export", "needs", base, "--format", "xlsx", "-o", disk / "b.xlsx")
        elif scenario == "restore":
            result = cli("restore", backup, base)
        elif scenario == "erase":
            result = cli("rgpd", "--db", base, "erase", person, "--yes")
        elif scenario == "open":
            result = open_it(base)
        elif scenario == "init":
            result = cli("init", disk / "nouvelle.sqlite")
        elif scenario == "receive":
            result = cli("exchange", "receive", base, envoi)
        else:
            raise SystemExit(f"unknown scenario {scenario}")
        result["unchanged"] = digest(base) == before
    result["files"] = listing(disk)
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
