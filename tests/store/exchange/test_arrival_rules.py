"""The services' rules re-checked on arrival: a change made on the other office that
breaks one here (SIRET, one retained holder per project, stage gates) becomes a
conflict « refusée » carrying the rule's French message, and the file stays as it was.

The sending office writes through the models, as an older version or another tool
could: its own services would have refused some of these."""

from __future__ import annotations

import datetime as dt

import pytest

from fabrique_desktop.domain.models import Candidacy, Holder, Need, Project
from fabrique_desktop.domain.validation import luhn_valid
from fabrique_desktop.store import close_database

from .desks import Desk, dump, first_records, new_holder, new_need


def valid_siret(prefix: str) -> str:
    for last in range(10):
        siret = f"{prefix}{last}"
        if luhn_valid(siret):
            return siret
    raise AssertionError("no Luhn digit")


def organisation(name: str, siret: str = "") -> Holder:
    return Holder.create(
        kind="organisation",
        first_name="",
        last_name="",
        organisation_name=name,
        siret=siret,
        email="",
        phone="",
        address="",
        recruitment_source="network",
        notes="",
    )


@pytest.fixture
def offices(tmp_path):
    """CRESS and GRIEP sharing a need, its project looking for a holder, and two
    candidacies for it."""
    cress = Desk(tmp_path, "CRESS")
    territory, _ = first_records(cress)
    need = new_need("Épicerie solidaire", territory.id)
    project = Project.create(
        need=need.id,
        title="Épicerie",
        stage="recruiting",
        opened_on=dt.date(2026, 3, 1),
        enterprise_name="",
        siret="",
    )
    ines = new_holder()
    regie = organisation("Régie de quartier")
    first = Candidacy.create(project=project.id, holder=ines.id, received_on=dt.date(2026, 4, 1))
    second = Candidacy.create(project=project.id, holder=regie.id, received_on=dt.date(2026, 4, 2))
    griep = Desk(tmp_path, "GRIEP")
    griep.receive(cress.prepare(tmp_path))
    cress.receive(griep.prepare(tmp_path, "CRESS"))
    yield (
        cress,
        griep,
        {
            "need": need.id,
            "project": project.id,
            "ines": ines.id,
            "regie": regie.id,
            "first": first.id,
            "second": second.id,
        },
    )
    cress.close()
    griep.close()
    close_database()


def refused(received) -> list[str]:
    return [c.message for c in received.conflicts if c.kind == "refused"]


def test_a_siret_with_a_wrong_key_is_refused_and_a_right_one_arrives(offices, tmp_path):
    cress, griep, ids = offices
    good, bad = valid_siret("4428794500001"), "44287945000010"
    assert not luhn_valid(bad)
    cress.use()
    Holder.update(siret=bad).where(Holder.id == ids["regie"]).execute()
    received = griep.receive(cress.prepare(tmp_path, "GRIEP"))
    assert refused(received) == [
        f"La modification reçue est refusée : le SIRET {bad} est refusé (ce SIRET "
        "n'existe pas : sa clé de contrôle est fausse)."
    ]
    assert Holder.get_by_id(ids["regie"]).siret == ""

    cress.use()
    Holder.update(siret=good).where(Holder.id == ids["regie"]).execute()
    assert refused(griep.receive(cress.prepare(tmp_path, "GRIEP"))) == [refused(received)[0]]
    assert Holder.get_by_id(ids["regie"]).siret == good


def test_a_siret_another_record_has_here_is_refused(offices, tmp_path):
    cress, griep, ids = offices
    siret = valid_siret("4428794500001")
    griep.use()
    Holder.update(siret=siret).where(Holder.id == ids["regie"]).execute()
    cress.use()
    twin = organisation("La Régie (doublon)", siret)
    [message] = refused(griep.receive(cress.prepare(tmp_path, "GRIEP")))
    assert message == (
        f"La création reçue est refusée : le SIRET {siret} est déjà celui de "
        "« Régie de quartier » sur ce poste."
    )
    assert Holder.get_or_none(Holder.id == twin.id) is None


def retain(candidacy_id, holder_id, project_id) -> None:
    """What retaining a candidacy writes (see ``decide_on_candidacy``)."""
    Candidacy.update(status="retained").where(Candidacy.id == candidacy_id).execute()
    Project.update(selected_holder=holder_id, stage="support").where(
        Project.id == project_id
    ).execute()


def test_two_offices_retaining_two_holders_for_one_project(offices, tmp_path):
    cress, griep, ids = offices
    cress.use()
    retain(ids["first"], ids["ines"], ids["project"])
    griep.use()
    retain(ids["second"], ids["regie"], ids["project"])
    received = griep.receive(cress.prepare(tmp_path, "GRIEP"))
    assert refused(received) == [
        "La modification reçue est refusée : ce projet est « Accompagnement » : son porteur "
        "est déjà choisi (« Régie de quartier »)."
    ]
    [field] = [c for c in received.conflicts if c.kind == "field"]
    assert (field.field, field.mine, field.theirs) == (
        "selected_holder_id",
        ids["regie"].hex,
        ids["ines"].hex,
    )
    assert Candidacy.get_by_id(ids["first"]).status.value == "received"
    assert [c.holder_id for c in Candidacy.select().where(Candidacy.status == "retained")] == [
        ids["regie"]
    ]


@pytest.mark.parametrize(
    ("table", "written", "reason"),
    [
        (
            "project",
            {"stage": "created"},
            "un projet « Entreprise créée » a un porteur retenu ; ce projet n'en a pas "
            "sur ce poste.",
        ),
        (
            "project",
            {"stage": "created", "selected_holder": "ines"},
            "une entreprise créée a une forme juridique et une date de création.",
        ),
        (
            "need",
            {"status": "validated"},
            "« Épicerie solidaire » ne devient « Opportunité validée » que par une décision "
            "favorable datée, que ce poste n'a pas.",
        ),
    ],
)
def test_a_gate_this_file_does_not_meet_is_refused(offices, tmp_path, table, written, reason):
    cress, griep, ids = offices
    before = dump(griep)[table]
    model = {"project": Project, "need": Need}[table]
    cress.use()
    model.update(**{name: ids.get(value, value) for name, value in written.items()}).where(
        model.id == ids[table]
    ).execute()
    received = griep.receive(cress.prepare(tmp_path, "GRIEP"))
    assert refused(received) == [f"La modification reçue est refusée : {reason}"]
    assert dump(griep)[table] == before  # nothing of the change written


def test_sound_changes_still_converge(offices, tmp_path):
    cress, griep, ids = offices
    cress.use()
    retain(ids["first"], ids["ines"], ids["project"])
    Holder.update(siret=valid_siret("4428794500001")).where(Holder.id == ids["regie"]).execute()
    assert not griep.receive(cress.prepare(tmp_path, "GRIEP")).conflicts
    cress.receive(griep.prepare(tmp_path, "CRESS"))
    assert dump(cress) == dump(griep)
