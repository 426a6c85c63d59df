"""The connection form's fields and the address they make: the same address back, a
local socket's folder as ``host=``, no password ever."""

import pytest

from fabrique_desktop.domain.validation import ValidationError
from fabrique_desktop.store.postgres.address import ServerAddress, checked_address


@pytest.mark.parametrize(
    "address",
    [
        ServerAddress("serveur.exemple.fr", 5432, "fabrique", "claire"),
        ServerAddress("serveur.exemple.fr", 6432, "fabrique", "claire", "verify-full"),
        ServerAddress("/run/postgresql", 5433, "fabrique", "claire", "disable"),
    ],
)
def test_the_fields_make_an_address_that_gives_them_back(address):
    text = address.address()
    assert text.startswith("postgresql://claire@")
    assert ServerAddress.parse(text) == address


def test_the_name_shown_is_database_at_host():
    parsed = ServerAddress.parse("postgresql://claire@serveur.exemple.fr/fabrique")
    assert parsed.name == "fabrique@serveur.exemple.fr"


def test_missing_or_wrong_fields_are_refused_in_french():
    with pytest.raises(ValidationError) as refused:
        checked_address({"host": " ", "port": "5432x", "database": "fabrique", "user": ""})
    assert refused.value.errors == {
        "host": "Ce champ est obligatoire.",
        "user": "Ce champ est obligatoire.",
        "port": "Un port est un nombre entre 1 et 65535 (5432 d'ordinaire).",
    }
