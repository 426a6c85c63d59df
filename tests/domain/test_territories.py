"""The communes of a Fabrique: the official list shipped with the app, imported into a
file, retired, merged and deleted without ever breaking a record that names them."""

from __future__ import annotations

import pytest

from fabrique_desktop.domain import choices
from fabrique_desktop.domain.history import changes_of
from fabrique_desktop.domain.models import Holder, Need, Partner, Territory
from fabrique_desktop.domain.official_communes import official_list
from fabrique_desktop.domain.services import holders, needs, network, territories
from fabrique_desktop.domain.validation import RECORD, ValidationError

from ..factories import need_values, person_values

AMIENS_METROPOLE = "248000531"


def test_the_official_list_is_shipped_whole():
    official = official_list()
    assert official.source.startswith("@etalab/decoupage-administratif ")
    # Current communes and the arrondissements of Paris, Lyon and Marseille.
    assert 34_000 < len(official.communes) < 36_000
    assert len([a for a in official.areas if a.kind == "epci"]) == 1255
    amiens_metropole = official.area("epci", AMIENS_METROPOLE)
    assert amiens_metropole.name == "CA Amiens Métropole"
    assert len(amiens_metropole.members) == 39
    amiens = official.commune("80021")
    assert (amiens.name, amiens.department, amiens.postal_code) == ("Amiens", "80", "80000")
    assert amiens.population > 130_000
    somme = official.area("departement", "80")
    assert somme.label == "Somme (80)" and len(somme.members) > 700


def test_communes_are_found_as_people_type_them():
    official = official_list()
    # Accents, case and hyphens ignored; the most populated namesake first.
    assert official.find_communes("saint etienne")[0].insee_code == "42218"
    assert official.find_communes("80000")[0].name == "Amiens"  # by postal code
    assert official.find_communes("ABBEVILLE")[0].insee_code == "80001"
    assert [a.code for a in official.find_areas("amiens")] == [AMIENS_METROPOLE]
    assert official.find_communes("   ") == []


def test_an_area_is_imported_once_with_its_facts(db):
    official = official_list()
    members = [official.commune(code) for code in official.area("epci", AMIENS_METROPOLE).members]
    done = territories.import_communes(members)
    assert (done.added, done.already_there) == (39, 0)
    amiens = Territory.get(Territory.insee_code == "80021")
    assert (amiens.name, amiens.postal_code, amiens.department) == ("Amiens", "80000", "80")
    assert amiens.population == official.commune("80021").population
    # Asking again adds nothing and changes nothing.
    again = territories.import_communes(members)
    assert (again.added, again.already_there) == (0, 39)
    assert Territory.select().count() == 39


def test_a_retired_commune_leaves_the_lists_not_the_records(need, territory):
    other = territories.create_territory(
        {"name": "Abbeville", "insee_code": "80001", "postal_code": "80100"}
    )
    territories.retire_territory(territory)
    assert Need.get_by_id(need.id).territory_id == territory.id
    # In use first; the retired one last, marked, so a form showing the need keeps it.
    assert choices.territories() == [(other.id, "Abbeville"), (territory.id, "Amiens — retirée")]
    # Importing it again from the official list brings it back.
    territories.import_communes([official_list().commune("80021")])
    assert Territory.get_by_id(territory.id).active


def test_namesakes_are_told_apart_by_their_departement(db):
    official = official_list()
    saint_aubins = [c for c in official.communes.values() if c.name == "Saint-Aubin"]
    territories.import_communes(saint_aubins[:2])
    labels = [label for _, label in choices.territories()]
    assert labels == [f"Saint-Aubin ({c.department})" for c in saint_aubins[:2]] or sorted(
        labels
    ) == sorted(f"Saint-Aubin ({c.department})" for c in saint_aubins[:2])


def test_merging_points_every_record_at_the_commune_kept(need, territory, staff):
    doublon = territories.create_territory(
        {"name": "Amiens (ancienne saisie)", "insee_code": "80999", "postal_code": "80000"}
    )
    other_need = needs.create_need(need_values(doublon, title="Recyclerie"))
    holder = holders.create_holder(person_values(territory=doublon.id))
    partner = network.create_partner(
        {"name": "Ville", "kind": "local_authority", "territory": doublon.id}
    )
    assert territories.uses(doublon) == ["1 besoin", "1 porteur", "1 acteur du réseau"]

    territories.merge_territories(doublon, territory)

    assert not Territory.select().where(Territory.id == doublon.id).exists()
    assert Need.get_by_id(other_need.id).territory_id == territory.id
    assert Holder.get_by_id(holder.id).territory_id == territory.id
    assert Partner.get_by_id(partner.id).territory_id == territory.id
    assert Need.get_by_id(need.id).territory_id == territory.id
    # Each record's change of commune is in its history.
    last = changes_of(other_need.id)[-1]
    assert last.action == "UPDATE" and "territory_id" in last.changes
    with pytest.raises(ValidationError) as refused:
        territories.merge_territories(territory, territory)
    assert refused.value.errors[RECORD] == "Choisissez deux communes différentes."


def test_a_commune_in_use_is_never_deleted_and_says_where(need, territory):
    holders.create_holder(person_values(territory=territory.id))
    with pytest.raises(ValidationError) as refused:
        territories.delete_territory(territory)
    assert "(1 besoin, 1 porteur)" in refused.value.errors[RECORD]
    assert Territory.get_by_id(territory.id).name == "Amiens"
    unused = territories.create_territory(
        {"name": "Boves", "insee_code": "80125", "postal_code": "80440"}
    )
    territories.delete_territory(unused)
    assert not Territory.select().where(Territory.id == unused.id).exists()


def test_a_commune_typed_by_hand_gets_its_departement(db):
    commune = territories.create_territory(
        {"name": "Saint-Denis", "insee_code": "97411", "postal_code": "97400"}
    )
    assert commune.department == "974"


def test_a_need_on_a_file_without_communes_says_where_to_add_them(staff):
    with pytest.raises(ValidationError) as refused:
        needs.create_need({"title": "Laverie solidaire", "territory": None})
    assert refused.value.errors["territory"] == (
        "Aucune commune n'est encore enregistrée : ajoutez celles de votre territoire dans "
        "Fichier → Paramètres de la Fabrique, onglet « Communes »."
    )
    territories.import_communes([official_list().commune("80021")])
    with pytest.raises(ValidationError) as refused:
        needs.create_need({"title": "Laverie solidaire", "territory": None})
    assert refused.value.errors["territory"] == "Ce champ est obligatoire."
