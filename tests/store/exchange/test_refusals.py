"""A hostile envoi is refused with one French line (exit 2) and changes nothing: the
receiving file and the envoi stay byte for byte as they were."""

from __future__ import annotations

import hashlib
import json
import warnings
import zipfile

import pytest

from fabrique_desktop.cli import main
from fabrique_desktop.store import close_database
from fabrique_desktop.store.backups import backup_folder

from .desks import Desk, first_records, new_need


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    """GRIEP's file after a first exchange, and a sound envoi from CRESS to GRIEP."""
    folder = tmp_path_factory.mktemp("offices")
    cress = Desk(folder, "CRESS")
    territory, _ = first_records(cress)
    griep = Desk(folder, "GRIEP")
    griep.receive(cress.prepare(folder))
    cress.receive(griep.prepare(folder, "CRESS"))
    cress.use()
    new_need("Recyclerie", territory.id)
    envoi = cress.prepare(folder, "GRIEP")
    cress.close()
    griep.close()
    close_database()
    return griep.path, envoi


def parts(envoi) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(envoi) as archive:
        return [(name, archive.read(name)) for name in archive.namelist()]


def rebuild(target, entries, manifest_changes=None, changes_edit=None, recompute=True):
    """Write ``entries`` to ``target``, editing the manifest or the changes on the way."""
    entries = dict(entries) if not isinstance(entries, list) else entries
    items = list(entries.items()) if isinstance(entries, dict) else entries
    manifest = json.loads(dict(items)["manifest.json"])
    manifest.update(manifest_changes or {})
    result = []
    for name, data in items:
        if name == "changes.jsonl" and changes_edit is not None:
            data = changes_edit(data)
            if recompute:
                manifest["parts"][name]["sha256"] = hashlib.sha256(data).hexdigest()
        result.append((name, data))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names are the point of one test
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in result:
                if name == "manifest.json":
                    data = json.dumps(manifest).encode()
                archive.writestr(name, data)
    return target


def refused(capsys, db_path, envoi) -> str:
    before = db_path.read_bytes(), envoi.read_bytes()
    code = main(["exchange", "receive", str(db_path), str(envoi)])
    err = capsys.readouterr().err
    assert code == 2
    assert (db_path.read_bytes(), envoi.read_bytes()) == before
    assert not backup_folder(db_path).exists()  # refused before the backup
    assert err.startswith("Erreur : ") and err.count("\n") == 1 and "Traceback" not in err
    return err


def test_a_sound_envoi_is_received(files, tmp_path, capsys):
    db_path, envoi = files
    copy = tmp_path / db_path.name
    copy.write_bytes(db_path.read_bytes())
    assert main(["exchange", "receive", str(copy), str(envoi)]) == 0
    assert "1 besoins" in capsys.readouterr().out
    assert len(list(backup_folder(copy).iterdir())) == 1  # made before applying


def test_a_truncated_envoi(files, tmp_path, capsys):
    db_path, envoi = files
    cut = tmp_path / "cut.fabrique-echange"
    cut.write_bytes(envoi.read_bytes()[: envoi.stat().st_size // 2])
    assert "abîmé ou tronqué" in refused(capsys, db_path, cut)


def test_an_altered_change_fails_its_checksum(files, tmp_path, capsys):
    db_path, envoi = files
    altered = rebuild(
        tmp_path / "x.fabrique-echange",
        parts(envoi),
        changes_edit=lambda data: data.replace(b"Recyclerie", b"Recyclage!"),
        recompute=False,
    )
    assert "somme de contrôle" in refused(capsys, db_path, altered)


def test_an_envoi_from_a_newer_version(files, tmp_path, capsys):
    db_path, envoi = files
    manifest = json.loads(dict(parts(envoi))["manifest.json"])
    newer = rebuild(
        tmp_path / "x.fabrique-echange",
        parts(envoi),
        {"schema_version": manifest["schema_version"] + 1},
    )
    assert "mettez l'application à jour" in refused(capsys, db_path, newer)


def test_an_envoi_from_another_fabrique(files, tmp_path, capsys):
    db_path, envoi = files
    other = rebuild(tmp_path / "x.fabrique-echange", parts(envoi), {"fabrique_id": "0" * 32})
    assert "autre Fabrique" in refused(capsys, db_path, other)


def test_an_envoi_addressed_to_another_office(files, tmp_path, capsys):
    db_path, envoi = files
    other = rebuild(tmp_path / "x.fabrique-echange", parts(envoi), {"recipient": "1" * 32})
    assert "adressé à un autre poste" in refused(capsys, db_path, other)


def test_a_zip_bomb_is_refused_before_it_is_decompressed(files, tmp_path, capsys):
    db_path, envoi = files
    bomb = rebuild(
        tmp_path / "x.fabrique-echange",
        parts(envoi),
        changes_edit=lambda data: data + b" " * (200 * 1024**2),
    )
    assert "bombe de décompression" in refused(capsys, db_path, bomb)


@pytest.mark.parametrize("name", ["../../evil.txt", "/tmp/evil.txt", "attachments/../x"])
def test_paths_leaving_the_envoi(files, tmp_path, capsys, name):
    db_path, envoi = files
    hostile = rebuild(tmp_path / "x.fabrique-echange", [*parts(envoi), (name, b"x")])
    assert "chemin dangereux" in refused(capsys, db_path, hostile)


def test_duplicated_names(files, tmp_path, capsys):
    db_path, envoi = files
    entries = parts(envoi)
    changes = dict(entries)["changes.jsonl"]
    hostile = rebuild(tmp_path / "x.fabrique-echange", [*entries, ("changes.jsonl", changes)])
    assert "y figure deux fois" in refused(capsys, db_path, hostile)


@pytest.mark.parametrize(
    ("sector", "expected"),
    [
        (b'"casino"', "need.sector : valeur refusée"),
        # A JSON list cannot even be looked up among the choices: refused, not a crash.
        (b'["food"]', "need.sector : valeur refusée"),
    ],
)
def test_a_record_the_domain_would_refuse(files, tmp_path, capsys, sector, expected):
    db_path, envoi = files
    hostile = rebuild(
        tmp_path / "x.fabrique-echange",
        parts(envoi),
        changes_edit=lambda data: data.replace(b'"sector": "food"', b'"sector": ' + sector),
    )
    message = refused(capsys, db_path, hostile)
    assert "ne respecte pas les règles de la Fabrique" in message and expected in message
