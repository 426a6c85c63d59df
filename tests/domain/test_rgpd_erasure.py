"""Erasing a person: the records keep their facts, the file keeps no copy of the person."""

from __future__ import annotations

import pytest
from peewee import BlobField, CharField, TextField
from playhouse.fields import EnumField

from fabrique_desktop.domain.enums import HolderKind, Organisation, PersonKind
from fabrique_desktop.domain.history import record_history
from fabrique_desktop.domain.indicators import overview
from fabrique_desktop.domain.models import (
    ALL_MODELS,
    Attachment,
    Candidacy,
    Decision,
    Holder,
    PersonalDataErasure,
    StaffMember,
)
from fabrique_desktop.domain.rgpd.erasure import erase_person, erasure_plan
from fabrique_desktop.domain.rgpd.personal_map import CLASSIFICATION, PERSON_MAP, Category
from fabrique_desktop.domain.rgpd.persons import find_person, person_of
from fabrique_desktop.domain.services import holders, network
from fabrique_desktop.domain.validation import ValidationError
from fabrique_desktop.store import history
from fabrique_desktop.store.integrity import integrity_problems

from ..factories import person_values
from ..rgpd_scenario import CV_TEXT, NOTES_PHRASE, build


def test_every_text_or_file_field_of_every_model_is_classified():
    unclassified = [
        f"{model.__name__}.{field.name}"
        for model in ALL_MODELS
        for field in model._meta.sorted_fields
        if isinstance(field, CharField | TextField | BlobField)
        and not isinstance(field, EnumField)
        and field.name not in CLASSIFICATION.get(model, {})
    ]
    assert unclassified == []


def test_every_personal_field_is_erased_for_some_kind_of_person():
    erased = {
        (reach.model, name)
        for reaches in PERSON_MAP.values()
        for reach in reaches
        for name in (CLASSIFICATION[reach.model] if reach.delete else reach.erase)
    }
    personal = {
        (model, name)
        for model, fields in CLASSIFICATION.items()
        for name, category in fields.items()
        if category is not Category.FACT
    }
    assert personal - erased == set()


def _raw_files(db_path) -> bytes:
    data = db_path.read_bytes()
    wal = db_path.with_name(db_path.name + "-wal")
    if wal.exists():
        data += wal.read_bytes()
    return data


@pytest.mark.sqlite_only
def test_erasure_leaves_no_copy_in_the_file_and_keeps_the_indicators(db, db_path, need, staff):
    scenario = build(db, need, staff)
    before = overview()
    raw = _raw_files(db_path)
    secrets = [
        b"Kowalczyk",
        "Łucja".encode(),
        b"lucja.kowalczyk@exemple.fr",
        b"06 12 34 56 78",
        "Mésanges".encode(),
        NOTES_PHRASE.encode(),
        b"Notes initiales",
        CV_TEXT,
    ]
    assert all(secret in raw for secret in secrets)  # the test would catch them

    erasure = erase_person(person_of(scenario.holder), staff)

    holder = Holder.get_by_id(scenario.holder.id)
    assert holder.display_name == "Porteur anonymisé n° 1"
    assert (holder.email, holder.phone, holder.address, holder.notes) == ("", "", "", "")
    assert holder.territory_id == scenario.holder.territory_id
    raw = _raw_files(db_path)
    # The other holder's own data stay: only « lucja.kowalczyk@ » exactly is gone.
    leftovers = [s for s in secrets if s in raw.replace(b"Kowalczyk-Nowak", b"")]
    assert leftovers == []
    # The search index keeps words folded (lower case, no accents): none of hers is left.
    assert [w for w in (b"thionville", b"mirabelles", b"cheffe") if w in raw.lower()] == []
    after = overview()
    assert (after.projects_by_stage, after.jobs_created, after.candidacies, after.decisions) == (
        before.projects_by_stage,
        before.jobs_created,
        before.candidacies,
        before.decisions,
    )
    assert Attachment.select().where(Attachment.holder == holder.id).count() == 0
    assert Candidacy.get(Candidacy.holder == holder.id).notes == ""
    # The change log keeps every entry: the file check finds no gap, no bad trigger.
    assert integrity_problems() == []
    entries = record_history(holder.id)
    assert any(c.new == "Porteur anonymisé n° 1" for e in entries for c in e.changes)
    assert erasure.staff_id == staff.id and erasure.person_kind is PersonKind.HOLDER
    assert PersonalDataErasure.select().count() == 1
    # The other holder is untouched.
    assert Holder.get_by_id(scenario.other.id).last_name == "Kowalczyk-Nowak"


@pytest.mark.sqlite_only
def test_the_log_guards_are_back_after_an_erasure(db, need, staff):
    scenario = build(db, need, staff)
    erase_person(person_of(scenario.holder), staff)
    _assert_log_guarded(db)


def _assert_log_guarded(db):
    with pytest.raises(Exception, match="not authorized"):
        db.execute_sql("UPDATE change_log SET changes = '{}'")
    # Even past the seal, the triggers in the file refuse: the erasure put them back.
    with history.unsealed(db), db.atomic():
        for statement in ("UPDATE change_log SET changes = '{}'", "DELETE FROM change_log"):
            with pytest.raises(Exception, match="ne peut être ni modifié ni effacé"):
                db.execute_sql(statement)


@pytest.mark.sqlite_only
def test_a_failed_erasure_changes_nothing(db, need, staff, monkeypatch):
    scenario = build(db, need, staff)
    from fabrique_desktop.store import scrub

    def broken(self, *args):
        raise RuntimeError("coupure")

    monkeypatch.setattr(scrub.LogRewriter, "erase_values", broken)
    with pytest.raises(RuntimeError):
        erase_person(person_of(scenario.holder), staff)
    assert Holder.get_by_id(scenario.holder.id).last_name == "Kowalczyk"
    assert PersonalDataErasure.select().count() == 0
    _assert_log_guarded(db)


def test_an_organisation_is_not_a_person(db):
    organisation = holders.create_holder(
        person_values(kind=HolderKind.ORGANISATION, organisation_name="Régie de quartier")
    )
    plan = erasure_plan(person_of(organisation), None)
    assert "personnes physiques" in plan.refusal
    with pytest.raises(ValidationError, match="pas une personne"):
        erase_person(person_of(organisation), None)


def test_a_holder_in_support_is_refused_until_the_project_closes(db, need, staff):
    from ..factories import opened_project, retained_candidacy

    holder = holders.create_holder(person_values())
    project = opened_project(need, staff)
    retained_candidacy(project, holder, staff)
    plan = erasure_plan(person_of(holder), staff)
    assert "en cours d'accompagnement" in plan.refusal
    assert Holder.get_by_id(holder.id).last_name == "Kowalczyk"


@pytest.mark.sqlite_only
def test_a_second_erasure_and_erasing_oneself_are_refused(db, need, staff):
    scenario = build(db, need, staff)
    erase_person(person_of(scenario.holder), staff)
    with pytest.raises(ValidationError, match="déjà été effacées"):
        erase_person(person_of(Holder.get_by_id(scenario.holder.id)), staff)
    with pytest.raises(ValidationError, match="vos propres données"):
        erase_person(person_of(staff), staff)


@pytest.mark.sqlite_only
def test_a_staff_member_who_signed_decisions_keeps_the_role(db, need, staff):
    build(db, need, staff)
    colleague = network.create_staff_member(
        {"name": "Marc Dubreuil", "organisation": Organisation.GRIEP}
    )
    plan = erasure_plan(person_of(staff), colleague)
    assert plan.refusal is None
    assert any("décision" in notice and "rôle" in notice for notice in plan.notices)
    signed = Decision.select().where(Decision.author == staff).count()

    erase_person(person_of(staff), colleague)

    staff = StaffMember.get_by_id(staff.id)
    assert staff.name == "Chargé·e de mission anonymisé·e n° 1"
    assert Decision.select().where(Decision.author == staff).count() == signed


def test_a_person_is_found_by_key_or_email(db, need, staff):
    scenario = build(db, need, staff)
    assert find_person(str(scenario.holder.id)).record.id == scenario.holder.id
    assert find_person("lucja.kowalczyk@exemple.fr").record.id == scenario.holder.id
    with pytest.raises(ValidationError, match="Aucune personne"):
        find_person("personne@exemple.fr")


@pytest.mark.sqlite_only
def test_a_bulk_erasure_cancelled_mid_batch_keeps_whom_it_erased(db, db_path, monkeypatch):
    """« Annuler » while anonymising in bulk: the people erased before it (in the same
    transaction batch too) stay erased, in the file and its log; the others stay whole."""
    from fabrique_desktop.domain.rgpd import erasure

    monkeypatch.setattr(erasure, "BATCH", 3)
    people = [
        holders.create_holder(
            person_values(
                first_name=f"Prénom{n}", last_name=f"Nomdefamille{n}", email=f"p{n}@exemple.fr"
            )
        )
        for n in range(8)
    ]

    class Cancelled(Exception):
        pass

    def progress(done, total):
        if done == 5:  # the second batch's second person
            raise Cancelled

    with pytest.raises(Cancelled):
        erasure.erase_people([person_of(h) for h in people], None, progress)

    names = [Holder.get_by_id(h.id).last_name for h in people]
    assert names == [f"Porteur anonymisé n° {n}" for n in range(1, 6)] + [
        "Nomdefamille5",
        "Nomdefamille6",
        "Nomdefamille7",
    ]
    assert PersonalDataErasure.select().count() == 5
    raw = _raw_files(db_path)  # scrubbed once, although cancelled
    assert [n for n in range(8) if f"p{n}@exemple.fr".encode() in raw] == [5, 6, 7]
    assert integrity_problems() == []
    _assert_log_guarded(db)
