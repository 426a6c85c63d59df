"""``fabrique-desktop rgpd``: export, erase and due, with French refusals and exit codes."""

from __future__ import annotations

import datetime as dt
import json
import re
import stat

from fabrique_desktop.cli import main
from fabrique_desktop.domain.models import Holder
from fabrique_desktop.domain.services import holders, settings
from fabrique_desktop.store import close_database

from ..dossiers.test_committee_dossier import pdf_text, words
from ..factories import days_ago, person_values
from ..rgpd_scenario import CV_TEXT, NOTES_PHRASE, build


def test_export_holds_everything_about_the_person_and_nothing_about_the_other(
    db, db_path, need, staff, tmp_path, capsys
):
    scenario = build(db, need, staff)
    close_database()
    folder = tmp_path / "export"

    code = main(
        ["rgpd", "--db", str(db_path), "export", "lucja.kowalczyk@exemple.fr", "-o", str(folder)]
    )

    assert code == 0, capsys.readouterr().err
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in files)
    data = json.loads(next(p for p in files if p.suffix == ".json").read_text("utf-8"))
    text = json.dumps(data, ensure_ascii=False)
    assert data["personne"]["identifiant"] == scenario.holder.id.hex
    for expected in (
        NOTES_PHRASE,
        "Notes initiales",
        "Entretien : Łucja très motivée.",
        "Épicerie du Marais",
        "CV Łucja Kowalczyk.txt",
    ):
        assert expected in text
    rubriques = {f["rubrique"] for f in data["fiches"]}
    assert {
        "Fiche du porteur",
        "Candidatures",
        "Grilles de qualification",
        "Décisions sur ses candidatures",
        "Projets portés",
    } <= rubriques
    assert data["historique"]
    # The holder with a similar name is not in it.
    assert "Kowalczyk-Nowak" not in text and "Saint-Leu" not in text
    assert scenario.other.id.hex not in text
    assert any(p.read_bytes() == CV_TEXT for p in files)
    pdf = next(p for p in files if p.suffix == ".pdf")
    assert pdf.read_bytes().startswith(b"%PDF")


def test_the_export_pdf_reads_as_the_forms_do(db, db_path, need, staff, tmp_path, capsys):
    build(db, need, staff)
    settings.update_settings(
        {"fabrique_name": "Fabrique à initiatives de la Somme", "address": "3 rue Dijon, Amiens"}
    )
    close_database()
    folder = tmp_path / "export"

    code = main(
        ["rgpd", "--db", str(db_path), "export", "lucja.kowalczyk@exemple.fr", "-o", str(folder)]
    )

    assert code == 0, capsys.readouterr().err
    text = words(pdf_text(next(folder.glob("*.pdf")).read_bytes()))
    # The form's labels, dates jj/mm/aaaa, the commune's name, the Fabrique by its name.
    for expected in (
        "Prénom Łucja",
        "Base légale (RGPD) Consentement",
        f"Consentement recueilli le {days_ago(30):%d/%m/%Y}",
        f"Reçue le {days_ago(150):%d/%m/%Y}",
        "en vous adressant à : Fabrique à initiatives de la Somme, 3 rue Dijon, Amiens.",
        "après le dernier contact : 2 ans (",
        "Notes : Notes initiales →",  # the history, under the form's label
    ):
        assert expected in text
    assert not re.search(r"\d{4}-\d{2}-\d{2}", text)  # no ISO date anywhere
    for raw in ("first_name", "consent_on", "received_on", "chez ", "an(s)", "notes :"):
        assert raw not in text


def test_erase_needs_yes_and_refuses_in_french(db, db_path, need, staff, capsys):
    scenario = build(db, need, staff)
    close_database()

    assert main(["rgpd", "--db", str(db_path), "erase", "lucja.kowalczyk@exemple.fr"]) == 2
    assert "--yes" in capsys.readouterr().err
    assert main(["rgpd", "--db", str(db_path), "erase", scenario.holder.id.hex, "--yes"]) == 0
    assert "effacées" in capsys.readouterr().out
    code = main(["rgpd", "--db", str(db_path), "erase", scenario.holder.id.hex, "--yes"])
    err = capsys.readouterr().err
    assert code == 2 and "déjà été effacées" in err and "Traceback" not in err
    assert main(["rgpd", "--db", str(db_path), "erase", "inconnu@exemple.fr", "--yes"]) == 2
    assert "Aucune personne" in capsys.readouterr().err
    assert b"Kowalczyk\x00" not in db_path.read_bytes()
    assert b"lucja.kowalczyk@exemple.fr" not in db_path.read_bytes()


def test_due_lists_people_past_their_retention(db, db_path, capsys):
    old = holders.create_holder(person_values(last_name="Ancien"))
    holders.create_holder(person_values(last_name="Récent", email="recent@exemple.fr"))
    three_years_ago = dt.datetime.combine(days_ago(1100), dt.time(), dt.UTC)
    Holder.update({Holder.updated_at: three_years_ago}).where(Holder.id == old.id).execute()
    close_database()

    assert main(["rgpd", "--db", str(db_path), "due"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1 and "Ancien" in lines[0] and old.id.hex in lines[0]


def test_purging_the_backups_leaves_none_holding_the_person(db, db_path, need, staff, capsys):
    from fabrique_desktop.store import backups

    scenario = build(db, need, staff)
    backups.make_backup(db, db_path)
    close_database()
    args = ["rgpd", "--db", str(db_path), "erase", scenario.holder.id.hex, "--yes"]

    assert main(args) == 0
    assert "au plus tard" in capsys.readouterr().out  # kept, with the date they go
    held = [b for b in backups.list_backups(db_path) if b"lucja.kowalczyk@" in b.path.read_bytes()]
    assert len(held) == 1

    # The second holder, with « Purger aussi les sauvegardes »: the older backup goes.
    other = ["rgpd", "--db", str(db_path), "erase", scenario.other.id.hex, "--yes"]
    assert main([*other, "--purge-backups"]) == 0
    assert "supprimée" in capsys.readouterr().out
    remaining = backups.list_backups(db_path)
    assert remaining
    for backup in remaining:
        content = backup.path.read_bytes()
        assert b"lucja.kowalczyk@" not in content and b"lucja.kowalczyk.nowak@" not in content


def test_erase_refuses_while_a_colleague_holds_the_file(db, db_path, need, staff, capsys):
    from fabrique_desktop.store.lock import lock_path

    from ..store.test_lock import write_lock

    scenario = build(db, need, staff)
    close_database()
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    colleague = {"staff": "Yannick Morel", "host": "poste-accueil", "pid": 4242}
    write_lock(db_path, {**colleague, "user": "ymorel", "since": now, "refreshed": now})
    before = db_path.read_bytes()

    code = main(["rgpd", "--db", str(db_path), "erase", scenario.holder.id.hex, "--yes"])

    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("Erreur : Ce fichier est ouvert par Yannick Morel sur poste-accueil")
    assert db_path.read_bytes() == before  # nothing written
    assert b"Yannick Morel" in lock_path(db_path).read_bytes()  # their lock left as it was


def test_erase_holds_the_lock_while_it_writes_and_releases_it(
    db, db_path, need, staff, monkeypatch
):
    from fabrique_desktop.store import lock

    scenario = build(db, need, staff)
    close_database()
    seen = []
    real = lock.FileLock.acquire

    def acquire(self, *args, **kwargs):
        real(self, *args, **kwargs)
        seen.append(json.loads(self.path.read_bytes())["staff"])

    monkeypatch.setattr(lock.FileLock, "acquire", acquire)
    assert main(["rgpd", "--db", str(db_path), "erase", scenario.holder.id.hex, "--yes"]) == 0
    assert seen and seen[0].endswith("(ligne de commande)")
    assert not lock.lock_path(db_path).exists()
