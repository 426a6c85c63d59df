"""The one map of personal data: for each kind of person, every table and field of the
file that can hold them, and what erasure does with each.

Export and erasure both walk :data:`PERSON_MAP`, so a field cannot be exported and
forgotten by the erasure, or the reverse. :data:`CLASSIFICATION` says, for every text or
file field of every model, whether it identifies someone; a test fails when a model
gains such a field that this module does not classify. The change history and the
full-text indexes follow the rows: the erasure purges the history entries of every row
reached here and rebuilds the indexes of their tables.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from peewee import Expression

from ..enums import PersonKind
from ..models import (
    AgendaItem,
    Attachment,
    BaseModel,
    Candidacy,
    CandidacyScore,
    Committee,
    CommitteeKind,
    CommitteeMember,
    CreativitySession,
    Decision,
    FabriqueSetting,
    FollowUp,
    Holder,
    Milestone,
    MilestoneTemplate,
    MilestoneTemplateStep,
    Need,
    NeedPartner,
    OpportunityStudy,
    Partner,
    PersonalDataErasure,
    PersonalDataFlag,
    PersonalDataRequest,
    Project,
    SessionPartner,
    StaffMember,
    StudyScore,
    Territory,
)


class Category(enum.Enum):
    """What a text or file field holds, as far as the RGPD is concerned."""

    FACT = "fait"  # about the method, an organisation or a place: kept
    IDENTITY = "identité"  # names a person
    CONTACT = "coordonnées"  # reaches a person
    FREE_TEXT = "texte libre"  # typed about a person, may say anything
    FILE = "fichier"  # a document about a person (CV…)


F, ID, C, T, D = (
    Category.FACT,
    Category.IDENTITY,
    Category.CONTACT,
    Category.FREE_TEXT,
    Category.FILE,
)

#: Every text and file field of every model (choice fields aside: codes from a list).
CLASSIFICATION: dict[type[BaseModel], dict[str, Category]] = {
    Territory: {"name": F, "insee_code": F, "postal_code": F, "department": F},
    StaffMember: {"name": ID, "organisation_other": F, "email": C, "phone": C, "login": ID},
    Partner: {"name": F, "contact_name": ID, "email": C, "phone": C, "notes": T},
    CommitteeKind: {"name": F},
    Need: {
        "title": F,
        "description": F,
        "source_detail": F,
        "target_public": F,
        "existing_offer": F,
    },
    NeedPartner: {},
    OpportunityStudy: {"recommendation_text": F},
    StudyScore: {"comment": F},
    Holder: {
        "first_name": ID,
        "last_name": ID,
        "organisation_name": ID,
        "siret": ID,
        "email": C,
        "phone": C,
        "address": C,
        "notes": T,
    },
    Project: {"title": F, "enterprise_name": F, "siret": F},
    MilestoneTemplate: {"name": F},
    MilestoneTemplateStep: {"title": F},
    Milestone: {"title": F, "notes": T},
    Candidacy: {"notes": T},
    CandidacyScore: {"comment": T},
    Committee: {"place": F, "notes": F},
    CommitteeMember: {},
    AgendaItem: {"title": ID, "notes": T, "outcome_notes": T},
    Decision: {"notes": T},
    Attachment: {"file_name": D, "media_type": F, "sha256": D, "content": D},
    FabriqueSetting: {"key": F, "value": F},
    # What the Fabrique did and why is its accountability (art. 5-2): kept.
    PersonalDataRequest: {"person_label": ID, "extension_reason": F, "action_taken": F},
    PersonalDataErasure: {},
    PersonalDataFlag: {"kept_reason": F, "restricted_reason": F},
    CreativitySession: {"place": F, "notes": F},
    SessionPartner: {},
    # About an enterprise (a legal person), written by the staff.
    FollowUp: {"comment": F},
}


@dataclass(frozen=True)
class Reach:
    """The rows of ``model`` that hold one person, and what erasure does to them.

    ``erase`` lists the fields blanked (``mention`` gets the neutral mention instead);
    ``delete`` removes the rows (files). A reach with neither is exported, not erased:
    facts the Fabrique keeps (a project carried, a decision signed).
    """

    model: type[BaseModel]
    label: str
    rows: Callable[[uuid.UUID], Expression]
    erase: tuple[str, ...] = ()
    mention: str | None = None
    delete: bool = False

    @property
    def erases(self) -> bool:
        return bool(self.erase) or self.delete


def _candidacies(person: uuid.UUID):
    return Candidacy.select(Candidacy.id).where(Candidacy.holder == person)


def _carried_projects(person: uuid.UUID):
    return Project.select(Project.id).where(Project.selected_holder == person)


def _requests(label_of_kind: str) -> Reach:
    return Reach(
        PersonalDataRequest,
        f"Demandes RGPD {label_of_kind}",
        lambda p: PersonalDataRequest.person_id == p,
        erase=("person_label",),
        mention="person_label",
    )


def _flags() -> Reach:
    return Reach(
        PersonalDataFlag,
        "Opposition, limitation, conservation prolongée",
        lambda p: PersonalDataFlag.person_id == p,
    )


PERSON_MAP: dict[PersonKind, tuple[Reach, ...]] = {
    PersonKind.HOLDER: (
        Reach(
            Holder,
            "Fiche du porteur",
            lambda p: Holder.id == p,
            erase=tuple(f for f, c in CLASSIFICATION[Holder].items() if c is not F),
            mention="last_name",
        ),
        Reach(
            Attachment, "Pièces jointes du porteur", lambda p: Attachment.holder == p, delete=True
        ),
        Reach(Candidacy, "Candidatures", lambda p: Candidacy.holder == p, erase=("notes",)),
        Reach(
            CandidacyScore,
            "Grilles de qualification",
            lambda p: CandidacyScore.candidacy.in_(_candidacies(p)),
            erase=("comment",),
        ),
        Reach(
            Decision,
            "Décisions sur ses candidatures",
            lambda p: Decision.candidacy.in_(_candidacies(p)),
            erase=("notes",),
        ),
        Reach(
            AgendaItem,
            "Points de l'ordre du jour sur ses candidatures",
            lambda p: AgendaItem.candidacy.in_(_candidacies(p)),
            erase=("title", "notes", "outcome_notes"),
        ),
        Reach(Project, "Projets portés", lambda p: Project.selected_holder == p),
        Reach(
            Decision,
            "Décisions sur les projets portés",
            lambda p: Decision.project.in_(_carried_projects(p)),
        ),
        Reach(
            Milestone,
            "Jalons des projets portés",
            lambda p: Milestone.project.in_(_carried_projects(p)),
            erase=("notes",),
        ),
        _requests("du porteur"),
        _flags(),
    ),
    PersonKind.PARTNER_CONTACT: (
        Reach(
            Partner,
            "Fiche de l'acteur du réseau",
            lambda p: Partner.id == p,
            erase=("contact_name", "email", "phone", "notes"),
            mention="contact_name",
        ),
        Reach(CommitteeMember, "Participation aux comités", lambda p: CommitteeMember.partner == p),
        Reach(
            NeedPartner, "Besoins où l'acteur est partenaire", lambda p: NeedPartner.partner == p
        ),
        _requests("du contact"),
        _flags(),
    ),
    PersonKind.STAFF: (
        Reach(
            StaffMember,
            "Fiche du chargé ou de la chargée de mission",
            lambda p: StaffMember.id == p,
            erase=("name", "email", "phone", "login"),
            mention="name",
        ),
        Reach(CommitteeMember, "Participation aux comités", lambda p: CommitteeMember.staff == p),
        Reach(Decision, "Décisions signées", lambda p: Decision.author == p),
        Reach(Need, "Besoins suivis", lambda p: Need.staff == p),
        Reach(OpportunityStudy, "Études suivies", lambda p: OpportunityStudy.staff == p),
        Reach(Project, "Projets suivis", lambda p: Project.staff == p),
        _requests("du chargé de mission"),
        _flags(),
    ),
}

#: The neutral mention that replaces a person's name, by kind (``{number}`` is theirs).
MENTIONS = {
    PersonKind.HOLDER: "Porteur anonymisé n° {number}",
    PersonKind.PARTNER_CONTACT: "Contact anonymisé n° {number}",
    # Decisions keep « who decided » as a role, without the name.
    PersonKind.STAFF: "Chargé·e de mission anonymisé·e n° {number}",
}

#: The model each kind of person is recorded in.
PERSON_MODELS: dict[PersonKind, type[BaseModel]] = {
    kind: reaches[0].model for kind, reaches in PERSON_MAP.items()
}

#: French names of the fields a person reads in an export or an erasure's confirmation.
FIELD_LABELS = {
    "first_name": "prénom",
    "last_name": "nom",
    "organisation_name": "structure",
    "siret": "SIRET",
    "email": "courriel",
    "phone": "téléphone",
    "login": "rôle sur le serveur",
    "address": "adresse",
    "notes": "notes",
    "comment": "commentaires",
    "title": "intitulé",
    "outcome_notes": "notes de décision",
    "contact_name": "nom du contact",
    "name": "nom",
    "person_label": "nom",
    "kind": "type",
    "territory": "commune",
    "recruitment_source": "origine du contact",
    "consent_basis": "base légale",
    "consent_on": "date du consentement",
    "file_name": "fichier",
    "media_type": "format",
    "size": "taille (octets)",
    "received_on": "reçue le",
    "status": "statut",
    "criterion": "critère",
    "score": "note",
    "decided_on": "décidé le",
    "stage": "étape",
    "opened_on": "ouvert le",
    "enterprise_name": "entreprise",
    "legal_form": "forme juridique",
    "created_on": "créée le",
    "jobs_fte": "emplois (ETP)",
    "closed_on": "clos le",
    "planned_on": "prévu le",
    "done_on": "fait le",
    "position": "rang",
    "purpose": "objet",
    "outcome": "issue",
    "organisation": "structure",
    "active": "actif",
    "restricted": "opposition ou limitation",
    "kept_until": "conservé jusqu'au",
    "kept_reason": "motif de la conservation prolongée",
    "restricted_on": "opposition ou limitation depuis le",
    "restricted_reason": "motif de l'opposition ou de la limitation",
    "answered_on": "répondu le",
    "action_taken": "suite donnée",
    "extended_months": "prolongation (mois)",
    "extension_reason": "motif de la prolongation",
    "detected_on": "repéré le",
    "description": "description",
    "started_on": "commencée le",
    "record": "fiche",
    "field": "champ",
    "excerpt": "extrait",
}
