"""Each validation rule accepts what staff really type and refuses the rest in French."""

import pytest

from fabrique_desktop.domain.validation import (
    REQUIRED,
    Checker,
    normalise_phone,
    parse_date,
    siret_error,
)


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("03 22 12 34 56", "03 22 12 34 56"),
        ("0322123456", "03 22 12 34 56"),
        ("03.22.12.34.56", "03 22 12 34 56"),
        ("+33 6 12 34 56 78", "06 12 34 56 78"),
        ("0033 6 12 34 56 78", "06 12 34 56 78"),
        ("+33 (0)6 12 34 56 78", "06 12 34 56 78"),
        ("+32 2 123 45 67", "+3221234567"),
    ],
)
def test_phone_numbers_are_accepted_and_normalised(raw, expected):
    assert normalise_phone(raw) == expected


@pytest.mark.parametrize(
    "raw", ["12 34", "00 22 12 34 56", "03 22 12 34 5X", "+33 6 12 34", "06 12 34 56 78 9"]
)
def test_phone_numbers_that_cannot_be_dialled_are_refused(raw):
    check = Checker({"phone": raw})
    assert check.phone("phone") == raw  # what was typed is kept for the form
    assert "Numéro de téléphone invalide" in check.errors["phone"]


@pytest.mark.parametrize(
    "email",
    [
        "prenom.nom@exemple.fr",
        "a+b@sous.domaine.org",
        "josé.garcía@exemple.es",
        "o'neil@exemple.ie",
        '"jean dupont"@exemple.fr',
    ],
)
def test_valid_emails(email):
    check = Checker({"email": email})
    check.email("email")
    assert check.errors == {}


@pytest.mark.parametrize(
    "email",
    [
        "prenom.nom",
        "a@b",
        "a b@exemple.fr",
        "@exemple.fr",
        "<script>@x.fr",
        "Jean Dupont <jean@exemple.fr>",
        "jean@exemple.fr>",
        'jean"dupont@exemple.fr',
        "jean@exem ple.fr",
        "jean,paul@exemple.fr",
    ],
)
def test_invalid_emails(email):
    check = Checker({"email": email})
    check.email("email")
    assert check.errors["email"].startswith("Adresse e-mail invalide")


def test_siret_checksum():
    # The SIRET of a real establishment (INSEE, Paris) passes the Luhn key.
    assert siret_error("12000101100010") is None
    assert siret_error("12000101100011") == "Ce SIRET n'existe pas : sa clé de contrôle est fausse."
    assert siret_error("1200010110001") == "Le SIRET compte 14 chiffres (espaces permis)."
    # La Poste's establishments use the sum of digits instead of Luhn.
    assert siret_error("35600000000010") is None
    assert siret_error("35600000000011") is not None


def test_siret_with_spaces_is_accepted_compact():
    check = Checker({"siret": "120 001 011 00010"})
    assert check.siret("siret") == "12000101100010"
    assert check.errors == {}


def test_required_and_length_messages():
    check = Checker({"title": "   ", "name": "x" * 201})
    check.text("title", max_length=200, required=True)
    check.text("name", max_length=200)
    assert check.errors == {
        "title": REQUIRED,
        "name": "200 caractères au maximum (201 actuellement).",
    }


def test_dates_french_and_iso():
    assert parse_date("12/03/2027").isoformat() == "2027-03-12"
    assert parse_date("2027-03-12").isoformat() == "2027-03-12"
    check = Checker({"d": "31/02/2027"})
    assert check.date("d") is None
    assert check.errors["d"] == "Date invalide : écrivez-la jj/mm/aaaa."


@pytest.mark.parametrize(
    "score, ok", [(0, True), (5, True), ("3", True), (6, False), (-1, False), ("x", False)]
)
def test_score_range(score, ok):
    check = Checker({"s": score})
    check.score("s")
    assert ("s" not in check.errors) is ok
    if not ok:
        assert check.errors["s"] == "La note va de 0 à 5."


def test_numbers_accept_french_decimal_comma():
    check = Checker({"fte": "2,5", "bad": "deux"})
    assert check.number("fte", minimum=0, maximum=100) == 2.5
    check.number("bad", minimum=0, maximum=100)
    assert check.errors == {"bad": "Nombre invalide (exemple : 2,5)."}
