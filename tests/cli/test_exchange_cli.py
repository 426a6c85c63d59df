"""``fabrique-desktop exchange``: a first envoi from a filled file to an empty one made
by ``init``, the summary printed, and the envoi back."""

from __future__ import annotations

from fabrique_desktop.cli import main


def test_a_first_envoi_to_an_empty_file_and_back(tmp_path, capsys):
    cress, griep = tmp_path / "cress.sqlite", tmp_path / "griep.sqlite"
    assert main(["demo", str(cress), "--scale", "20"]) == 0
    assert main(["init", str(griep)]) == 0
    assert main(["exchange", "office", str(cress), "CRESS Amiens", "--structure", "CRESS"]) == 0
    assert main(["exchange", "office", str(griep), "GRIEP"]) == 0
    capsys.readouterr()

    first = tmp_path / "CRESS-AMIENS-20261129.fabrique-echange"
    assert main(["exchange", "prepare", str(cress), "-o", str(first)]) == 0
    out = capsys.readouterr().out
    assert "pour un nouveau poste" in out and "20 besoins" in out and "Partagé : tout" in out

    assert main(["exchange", "receive", str(griep), str(first)]) == 0
    received = capsys.readouterr().out
    assert "Envoi de CRESS Amiens (CRESS)" in received and "20 besoins" in received
    assert main(["exchange", "receive", str(griep), str(first)]) == 0
    assert "rien de nouveau" in capsys.readouterr().out

    back = tmp_path / "back.fabrique-echange"
    assert main(["exchange", "prepare", str(griep), "-o", str(back)]) == 0
    assert "pour « CRESS Amiens »" in capsys.readouterr().out
    assert main(["exchange", "receive", str(cress), str(back)]) == 0
    assert "Envoi de GRIEP" in capsys.readouterr().out


def test_an_envoi_needs_a_named_office(tmp_path, capsys):
    db = tmp_path / "f.sqlite"
    main(["init", str(db)])
    out = tmp_path / "e.fabrique-echange"
    assert main(["exchange", "prepare", str(db), "-o", str(out)]) == 2
    assert "Nommez d'abord ce poste" in capsys.readouterr().err
    assert not out.exists()


def test_an_existing_envoi_file_is_not_overwritten(tmp_path, capsys):
    db = tmp_path / "f.sqlite"
    main(["init", str(db)])
    taken = tmp_path / "taken.fabrique-echange"
    taken.write_bytes(b"already here")
    assert main(["exchange", "prepare", str(db), "-o", str(taken)]) == 2
    assert "existe déjà" in capsys.readouterr().err
    assert taken.read_bytes() == b"already here"


def test_an_unknown_partner(tmp_path, capsys):
    db = tmp_path / "f.sqlite"
    main(["init", str(db)])
    main(["exchange", "office", str(db), "CRESS"])
    out = tmp_path / "e.fabrique-echange"
    assert main(["exchange", "prepare", str(db), "-o", str(out), "--for", "Nulle part"]) == 2
    assert "Aucun poste partenaire ne s'appelle « Nulle part »" in capsys.readouterr().err
    assert not out.exists()
