"""Creating, editing and deleting records through the services: what lands in the file,
the French message next to each bad field, and deletions that would lose history."""

import datetime as dt

import pytest

from fabrique_desktop.domain.enums import (
    AgendaPurpose,
    DecisionKind,
    HolderKind,
    Organisation,
    PartnerKind,
    RecruitmentSource,
)
from fabrique_desktop.domain.models import (
    MAX_ATTACHMENT_BYTES,
    AgendaItem,
    Attachment,
    CommitteeKind,
    CommitteeMember,
    Holder,
    Need,
    NeedPartner,
    Partner,
    StaffMember,
    Territory,
)
from fabrique_desktop.domain.services import (
    attachments,
    candidacies,
    committees,
    holders,
    needs,
    network,
    territories,
)
from fabrique_desktop.domain.validation import RECORD, ValidationError

from ..factories import TODAY, days_ago, decision, need_values, opened_project, person_values


def test_need_is_saved_with_its_first_partners(territory, staff):
    partners = [
        network.create_partner({"name": name, "kind": PartnerKind.FUNDER})
        for name in ("France Active Picardie", "Banque des Territoires")
    ]
    need = needs.create_need(
        need_values(territory, staff=staff.id, partners=[p.id for p in partners])
    )
    stored = Need.get_by_id(need.id)
    assert stored.title == "Épicerie sociale et solidaire"
    assert stored.territory.name == "Amiens"
    assert {link.partner.name for link in stored.partner_links} == {
        "France Active Picardie",
        "Banque des Territoires",
    }
    needs.update_need(stored, need_values(territory, partners=[partners[0].id]))
    assert [link.partner.name for link in stored.partner_links] == ["France Active Picardie"]


def test_need_errors_are_per_field_and_nothing_is_written(territory):
    values = need_values(
        territory, title="", sector="inconnu", detected_on=TODAY + dt.timedelta(days=3)
    )
    values["territory"] = None
    with pytest.raises(ValidationError) as refused:
        needs.create_need(values)
    assert refused.value.errors == {
        "title": "Ce champ est obligatoire.",
        "territory": "Ce champ est obligatoire.",
        "sector": "Choisissez une valeur de la liste.",
        "detected_on": "La date de repérage ne peut pas être dans le futur.",
    }
    assert Need.select().count() == 0


def test_a_failure_late_in_a_service_rolls_back_everything(territory):
    partner = network.create_partner({"name": "Avise", "kind": PartnerKind.EXPERT})
    gone = network.create_partner({"name": "Ancien partenaire", "kind": PartnerKind.OTHER})
    network.delete_partner(gone)
    with pytest.raises(ValidationError) as refused:
        needs.create_need(need_values(territory, partners=[partner.id, gone.id]))
    assert refused.value.errors == {"partners": "Un des partenaires choisis n'existe plus."}
    assert (Need.select().count(), NeedPartner.select().count()) == (0, 0)


def test_need_with_decisions_cannot_be_deleted(need, staff):
    needs.decide_on_idea(need, DecisionKind.NEED_KEPT, decision(3), staff)
    with pytest.raises(ValidationError) as refused:
        needs.delete_need(need)
    assert "ces traces doivent rester" in refused.value.errors[RECORD]
    assert Need.select().count() == 1


def test_need_without_history_is_deleted(need):
    needs.delete_need(need)
    assert Need.select().count() == 0


def test_person_holder_needs_a_lawful_basis_rgpd(db):
    with pytest.raises(ValidationError) as refused:
        holders.create_holder(person_values(consent_basis=None, consent_on=None, last_name=""))
    assert refused.value.errors == {
        "last_name": "Ce champ est obligatoire.",
        "consent_basis": "Indiquez sur quelle base légale ces données sont conservées.",
        "consent_on": "Indiquez la date du recueil du consentement ou de l'information.",
    }
    assert Holder.select().count() == 0


def test_holder_contact_details_are_validated_and_normalised(db):
    with pytest.raises(ValidationError) as refused:
        holders.create_holder(person_values(email="nguyen@", phone="12"))
    assert set(refused.value.errors) == {"email", "phone"}
    holder = holders.create_holder(person_values(phone="+33 6 12 34 56 78"))
    assert Holder.get_by_id(holder.id).phone == "06 12 34 56 78"


def test_organisation_holder(db):
    with pytest.raises(ValidationError) as refused:
        holders.create_holder(
            {
                "kind": HolderKind.ORGANISATION,
                "siret": "12000101100011",
                "recruitment_source": RecruitmentSource.ESS_NETWORK,
            }
        )
    assert refused.value.errors == {
        "siret": "Ce SIRET n'existe pas : sa clé de contrôle est fausse.",
        "organisation_name": "Ce champ est obligatoire.",
    }
    holder = holders.create_holder(
        {
            "kind": HolderKind.ORGANISATION,
            "organisation_name": "SCIC Somme Mobilités",
            "siret": "12000101100010",
            "recruitment_source": RecruitmentSource.ESS_NETWORK,
        }
    )
    assert holder.display_name == "SCIC Somme Mobilités"


def test_holder_with_a_candidacy_cannot_be_deleted(need, staff, holder):
    project = opened_project(need, staff)
    candidacies.create_candidacy(project, {"holder": holder.id, "received_on": days_ago(5)})
    with pytest.raises(ValidationError):
        holders.delete_holder(holder)
    assert Holder.select().count() == 1


def test_territory_codes_are_checked_and_unique(db):
    with pytest.raises(ValidationError) as refused:
        territories.create_territory(
            {"name": "Amiens", "insee_code": "8021", "postal_code": "8000"}
        )
    assert refused.value.errors == {
        "insee_code": "Le code INSEE compte 5 caractères (exemple : 80021).",
        "postal_code": "Le code postal compte 5 chiffres.",
    }
    territories.create_territory({"name": "Amiens", "insee_code": "80021", "postal_code": "80000"})
    with pytest.raises(ValidationError) as refused:
        territories.create_territory(
            {"name": "Doublon", "insee_code": "80021", "postal_code": "80000"}
        )
    assert refused.value.errors == {"insee_code": "Une commune porte déjà ce code INSEE."}
    territories.create_territory({"name": "Ajaccio", "insee_code": "2a004", "postal_code": "20000"})
    assert Territory.get(Territory.name == "Ajaccio").insee_code == "2A004"


def test_territory_of_a_need_cannot_be_deleted(need, territory):
    with pytest.raises(ValidationError) as refused:
        territories.delete_territory(territory)
    assert refused.value.errors[RECORD] == (
        "La commune « Amiens » est utilisée (1 besoin) : elle ne peut pas être supprimée. "
        "Retirez-la de la liste, ou fusionnez-la avec une autre commune."
    )


def test_staff_member_other_organisation_must_be_named(db):
    with pytest.raises(ValidationError) as refused:
        network.create_staff_member({"name": "Samia Haddad", "organisation": Organisation.OTHER})
    assert refused.value.errors == {"organisation_other": "Précisez la structure."}


def test_author_of_decisions_cannot_be_deleted(need, staff):
    needs.decide_on_idea(need, DecisionKind.NEED_KEPT, decision(3), staff)
    with pytest.raises(ValidationError) as refused:
        network.delete_staff_member(staff)
    assert "inactive" in refused.value.errors[RECORD]
    assert StaffMember.select().count() == 1


@pytest.fixture
def meeting(staff):
    partner = network.create_partner(
        {"name": "Amiens Métropole", "kind": PartnerKind.LOCAL_AUTHORITY}
    )
    return committees.create_committee(
        {
            "kind": CommitteeKind.get(CommitteeKind.name == "Comité de pilotage").id,
            "meeting_on": TODAY + dt.timedelta(days=10),
            "starts_at": "14h30",
            "place": "Hôtel de ville d'Amiens",
            "partners": [partner.id],
            "staff": [staff.id],
        }
    )


def test_committee_members_and_time(meeting):
    assert meeting.starts_at == dt.time(14, 30)
    members = CommitteeMember.select().where(CommitteeMember.committee == meeting)
    assert sorted(str(m.partner or m.staff) for m in members) == [
        "Amiens Métropole",
        "Claire Vasseur",
    ]


def test_agenda_item_subject_must_match_its_purpose(meeting, need):
    with pytest.raises(ValidationError) as refused:
        committees.add_agenda_item(meeting, {"purpose": AgendaPurpose.VALIDATE_OPPORTUNITY})
    assert refused.value.errors == {"need": "Ce champ est obligatoire."}
    with pytest.raises(ValidationError) as refused:
        committees.add_agenda_item(meeting, {"purpose": AgendaPurpose.INFORMATION})
    assert refused.value.errors == {"title": "Donnez un intitulé à ce point d'information."}


def test_agenda_order_can_be_changed_and_stays_dense(meeting, need):
    first = committees.add_agenda_item(
        meeting, {"purpose": AgendaPurpose.LAUNCH_STUDY, "need": need.id}
    )
    second = committees.add_agenda_item(
        meeting, {"purpose": AgendaPurpose.INFORMATION, "title": "Bilan annuel"}
    )
    third = committees.add_agenda_item(
        meeting, {"purpose": AgendaPurpose.INFORMATION, "title": "Questions diverses"}
    )
    committees.reorder_agenda(meeting, [third.id, first.id, second.id])

    def order():
        items = AgendaItem.select().where(AgendaItem.committee == meeting)
        return [(i.position, i.title or i.need.title) for i in items.order_by(AgendaItem.position)]

    assert order() == [
        (1, "Questions diverses"),
        (2, "Épicerie sociale et solidaire"),
        (3, "Bilan annuel"),
    ]
    committees.remove_agenda_item(first)
    assert order() == [(1, "Questions diverses"), (2, "Bilan annuel")]
    with pytest.raises(ValidationError):
        committees.reorder_agenda(meeting, [second.id])


def test_attachment_size_is_capped(need):
    kept = attachments.attach_file(need, "étude.pdf", b"%PDF-1.7 ...")
    assert (kept.media_type, kept.size) == ("application/pdf", 12)
    with pytest.raises(ValidationError) as refused:
        attachments.attach_file(need, "gros.zip", b"0" * (MAX_ATTACHMENT_BYTES + 1))
    assert refused.value.errors["content"].startswith("« gros.zip » pèse 10,0 Mo")
    assert Attachment.select().count() == 1


def test_attachment_name_is_required_and_size_checked_before_reading(need):
    with pytest.raises(ValidationError) as refused:
        attachments.attach_file(need, "   ", b"x")
    assert refused.value.errors == {
        "file_name": "Le nom du fichier doit compter de 1 à 255 caractères."
    }
    with pytest.raises(ValidationError) as refused:
        attachments.check_size("film.mp4", 2 * 1024**3)
    assert refused.value.errors["content"].startswith("« film.mp4 » pèse 2\u202f048,0 Mo")
    attachments.check_size("cv.pdf", MAX_ATTACHMENT_BYTES)  # the limit itself is allowed
    assert Attachment.select().count() == 0


def test_attachments_are_listed_without_content_and_read_back_checked(need, holder):
    first = attachments.attach_file(need, "étude.pdf", b"%PDF-1.7 etude")
    attachments.attach_file(need, "budget.ods", b"PK ods")
    attachments.attach_file(holder, "cv.pdf", b"%PDF cv")
    listed = list(attachments.attachments_of(need))
    assert [(a.file_name, a.size) for a in listed] == [("étude.pdf", 14), ("budget.ods", 6)]
    assert "content" not in listed[0].__data__
    assert attachments.content_of(first) == b"%PDF-1.7 etude"
    Attachment.update(content=b"%PDF-1.7 abime").where(Attachment.id == first.id).execute()
    with pytest.raises(ValidationError) as refused:
        attachments.content_of(first)
    assert "« étude.pdf » est endommagé" in refused.value.errors[RECORD]


def test_unknown_partner_id_is_refused(territory):
    with pytest.raises(ValidationError):
        needs.create_need(need_values(territory, partners=["pas-un-identifiant"]))
    assert Partner.select().count() == 0
