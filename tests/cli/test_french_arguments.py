"""A mistyped command line is answered in French, in one line with exit code 2, and the
help is in French: a new office's first ``fabrique-desktop --help`` showed argparse's
English (``positional arguments``, ``error: the following arguments are required``)."""

import re

import pytest

from ..faults.sandbox import cli


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["info"], "Erreur : fabrique-desktop info : il manque FICHIER. "),
        (["badcmd"], "COMMANDE : choix inconnu : « badcmd » (au choix : « init », « demo »"),
        (["demo", "x.sqlite", "--scale", "beaucoup"], "--scale : valeur refusée : « beaucoup »"),
        (["demo", "x.sqlite", "--scale", "0"], "--scale : doit être un entier positif"),
        (["--db"], "--db : il faut lui donner une valeur"),
        (["info", "a.sqlite", "b.sqlite"], "arguments inconnus : b.sqlite"),
        (["rgpd"], "fabrique-desktop rgpd : il manque ACTION"),
        (["dossier", "a.sqlite", "-o", "x.pdf"], "il faut l'une de ces options : --committee"),
        (
            ["dossier", "a.sqlite", "--next", "--committee", "3", "-o", "x.pdf"],
            "--committee : impossible avec --next",
        ),
    ],
)
def test_a_mistyped_command_gets_one_french_line(tmp_path, args, expected):
    result = cli(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("Erreur : ")
    assert expected in result.stderr
    assert result.stderr.rstrip().endswith("--help ».")
    assert list(tmp_path.iterdir()) == []  # nothing was created


def test_the_help_is_in_french():
    result = cli("--help")
    assert result.returncode == 0
    assert result.stdout.startswith("utilisation : fabrique-desktop [-h]")
    # argparse aligns the descriptions on the longest option: spaces vary.
    assert re.search(r"  -h, --help +afficher cette aide puis quitter", result.stdout)
    assert re.search(r"  --version +afficher la version puis quitter", result.stdout)
    for english in ("usage:", "positional arguments", "show this help", "show program's"):
        assert english not in result.stdout
    subcommand = cli("restore", "--help")
    assert subcommand.stdout.startswith("utilisation : fabrique-desktop restore [-h]")
    assert "afficher cette aide puis quitter" in subcommand.stdout


def test_the_rgpd_help_says_how_to_name_a_person():
    for action in ("export", "erase"):
        result = cli("rgpd", action, "--help")
        line = next(line for line in result.stdout.splitlines() if "PERSONNE " in line)
        assert line.split(maxsplit=1) == [
            "PERSONNE",
            "son adresse de courriel, ou l'identifiant de sa fiche",
        ]
