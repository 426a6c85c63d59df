"""Statuses, kinds and pick lists of the method, each value with its French label.

Values are short English codes stored in the database; labels are what staff read in
forms, lists and dossiers.
"""

from __future__ import annotations

from enum import StrEnum


class LabelledEnum(StrEnum):
    """A string enum whose members carry a French label: ``Member = ("code", "Libellé")``."""

    label: str

    def __new__(cls, value: str, label: str) -> LabelledEnum:
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label
        return member

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        return [(m.value, m.label) for m in cls]


class Organisation(LabelledEnum):
    CRESS = ("cress", "CRESS")
    GRIEP = ("griep", "GRIEP")
    OTHER = ("other", "Autre")


class PartnerKind(LabelledEnum):
    LOCAL_AUTHORITY = ("local_authority", "Collectivité")
    FUNDER = ("funder", "Financeur")
    EXPERT = ("expert", "Expert")
    ESS_ORGANISATION = ("ess_organisation", "Structure de l'ESS")
    OTHER = ("other", "Autre")


class Sector(LabelledEnum):
    FOOD = ("food", "Alimentation et circuits courts")
    MOBILITY = ("mobility", "Mobilité")
    REUSE = ("reuse", "Réemploi et environnement")
    SERVICES = ("services", "Services aux habitants")
    CARE = ("care", "Santé, soin et petite enfance")
    HOUSING = ("housing", "Habitat et énergie")
    CULTURE = ("culture", "Culture, sport et loisirs")
    DIGITAL = ("digital", "Numérique")
    EMPLOYMENT = ("employment", "Insertion et emploi")
    OTHER = ("other", "Autre")


class AreaKind(LabelledEnum):
    """The kinds of area funders ask figures for, as marked on the communes."""

    PRIORITY = ("qpv", "Quartiers prioritaires")
    RURAL = ("rural", "Zones rurales")


class NeedSource(LabelledEnum):
    IDEA_SENSOR = ("idea_sensor", "Capteur d'idées")
    CREATIVITY_SESSION = ("creativity_session", "Séance de créativité")
    LOCAL_AUTHORITY = ("local_authority", "Collectivité")
    RESIDENTS = ("residents", "Habitants")
    STUDY = ("study", "Étude")
    DRAWING_RIGHT = ("drawing_right", "Droit de tirage d'un financeur")
    OTHER = ("other", "Autre")


class NeedStatus(LabelledEnum):
    DETECTED = ("detected", "Repéré")
    KEPT = ("kept", "Idée retenue")
    POSTPONED = ("postponed", "Reporté")
    STUDY = ("study", "Étude d'opportunité en cours")
    VALIDATED = ("validated", "Opportunité validée")
    NOT_VALIDATED = ("not_validated", "Opportunité non validée")
    DROPPED = ("dropped", "Écarté")
    IN_PROJECT = ("in_project", "Projet ouvert")


class StudyCriterion(LabelledEnum):
    SOCIAL_NEED = ("social_need", "Besoin social qualifié")
    COMPLEMENTARITY = ("complementarity", "Complémentarité avec l'offre existante")
    ECONOMIC_POTENTIAL = ("economic_potential", "Potentiel économique")
    PARTNER_COMMITMENT = ("partner_commitment", "Engagement des partenaires")
    JOB_POTENTIAL = ("job_potential", "Potentiel d'emplois")
    ESS_LEGAL_FORM = ("ess_legal_form", "Pertinence d'une forme juridique de l'ESS")


class StudyOutcome(LabelledEnum):
    FAVOURABLE = ("favourable", "Favorable")
    UNFAVOURABLE = ("unfavourable", "Défavorable")
    REWORK = ("rework", "À retravailler")


class StudyStatus(LabelledEnum):
    IN_PROGRESS = ("in_progress", "En cours")
    FAVOURABLE = ("favourable", "Validée")
    UNFAVOURABLE = ("unfavourable", "Non validée")
    REWORK = ("rework", "À retravailler")


#: Studies still being worked on: they can be edited and decided upon.
OPEN_STUDY = (StudyStatus.IN_PROGRESS, StudyStatus.REWORK)


class ProjectStage(LabelledEnum):
    RECRUITING = ("recruiting", "Recherche du porteur")
    SUPPORT = ("support", "Accompagnement")
    CREATED = ("created", "Entreprise créée")
    ABANDONED = ("abandoned", "Abandonné")


class HolderKind(LabelledEnum):
    PERSON = ("person", "Personne")
    ORGANISATION = ("organisation", "Structure existante")


class RecruitmentSource(LabelledEnum):
    CALL_FOR_HOLDERS = ("call_for_holders", "Appel à porteurs")
    NETWORK = ("network", "Réseau de partenaires")
    EMPLOYMENT_SERVICE = ("employment_service", "France Travail")
    SPONTANEOUS = ("spontaneous", "Candidature spontanée")
    ESS_NETWORK = ("ess_network", "Réseau de l'ESS")
    OTHER = ("other", "Autre")


class ConsentBasis(LabelledEnum):
    """Legal basis of processing a person's data (RGPD, article 6)."""

    CONSENT = ("consent", "Consentement")
    PRE_CONTRACT = ("pre_contract", "Mesures précontractuelles")
    LEGITIMATE_INTEREST = ("legitimate_interest", "Intérêt légitime")


class CandidacyStatus(LabelledEnum):
    RECEIVED = ("received", "Reçue")
    RETAINED = ("retained", "Retenue")
    NOT_RETAINED = ("not_retained", "Non retenue")
    WITHDRAWN = ("withdrawn", "Retirée")


class QualificationCriterion(LabelledEnum):
    MOTIVATION = ("motivation", "Motivation")
    ENTREPRENEURIAL_SKILLS = ("entrepreneurial_skills", "Compétences entrepreneuriales")
    SECTOR_KNOWLEDGE = ("sector_knowledge", "Connaissance du secteur")
    LOCAL_ROOTS = ("local_roots", "Ancrage local")
    ESS_VALUES = ("ess_values", "Adhésion aux valeurs de l'ESS et à la gouvernance partagée")
    AVAILABILITY = ("availability", "Disponibilité")


class LegalForm(LabelledEnum):
    ASSOCIATION = ("association", "Association")
    SCIC = ("scic", "SCIC")
    SCOP = ("scop", "SCOP")
    SAS_ESUS = ("sas_esus", "SAS agréée ESUS")
    SARL_ESUS = ("sarl_esus", "SARL agréée ESUS")
    COOPERATIVE = ("cooperative", "Autre coopérative")
    OTHER = ("other", "Autre")


class AgendaPurpose(LabelledEnum):
    LAUNCH_STUDY = ("launch_study", "Lancer une étude d'opportunité")
    VALIDATE_OPPORTUNITY = ("validate_opportunity", "Valider l'opportunité")
    SELECT_HOLDER = ("select_holder", "Sélectionner un porteur")
    REVIEW_PROGRESS = ("review_progress", "Point d'avancement")
    HANDOVER = ("handover", "Passage de relais au porteur")
    INFORMATION = ("information", "Information")


class AgendaOutcome(LabelledEnum):
    """What the committee decided on an agenda item, as written in the minutes."""

    FAVOURABLE = ("favourable", "Favorable")
    UNFAVOURABLE = ("unfavourable", "Défavorable")
    ADJOURNED = ("adjourned", "Ajourné")
    NOTED = ("noted", "Pris acte")


class DecisionKind(LabelledEnum):
    """What a dated decision decided; each one moves a need, a project or a candidacy."""

    NEED_KEPT = ("need_kept", "Idée retenue")
    NEED_POSTPONED = ("need_postponed", "Idée reportée")
    NEED_DROPPED = ("need_dropped", "Idée écartée")
    STUDY_LAUNCHED = ("study_launched", "Étude d'opportunité lancée")
    STUDY_FAVOURABLE = ("study_favourable", "Opportunité validée")
    STUDY_UNFAVOURABLE = ("study_unfavourable", "Opportunité non validée")
    STUDY_REWORK = ("study_rework", "Étude à retravailler")
    PROJECT_OPENED = ("project_opened", "Projet ouvert")
    CANDIDACY_RETAINED = ("candidacy_retained", "Porteur retenu")
    CANDIDACY_NOT_RETAINED = ("candidacy_not_retained", "Candidature non retenue")
    CANDIDACY_WITHDRAWN = ("candidacy_withdrawn", "Candidature retirée")
    ENTERPRISE_CREATED = ("enterprise_created", "Entreprise créée")
    PROJECT_ABANDONED = ("project_abandoned", "Projet abandonné")
    DECISION_REVERSED = ("decision_reversed", "Décision annulée")


class Attendance(LabelledEnum):
    """Whether a member of a committee came to the meeting, as the minutes record it."""

    PRESENT = ("present", "Présent")
    EXCUSED = ("excused", "Excusé")
    ABSENT = ("absent", "Absent")


class PersonKind(LabelledEnum):
    """The people whose data the file holds (RGPD): each lives in its own table."""

    HOLDER = ("holder", "Porteur de projet")
    PARTNER_CONTACT = ("partner_contact", "Contact d'un acteur du réseau")
    STAFF = ("staff", "Chargé·e de mission")


class RequestKind(LabelledEnum):
    """The rights a person may exercise (RGPD articles 15 to 21)."""

    ACCESS = ("access", "Accès")
    RECTIFICATION = ("rectification", "Rectification")
    ERASURE = ("erasure", "Effacement")
    OPPOSITION = ("opposition", "Opposition")
    RESTRICTION = ("restriction", "Limitation")
    PORTABILITY = ("portability", "Portabilité")

    # Not a right a person exercises: the Fabrique's own decision to keep someone past
    # their retention period, in the register for accountability (art. 5-2).
    RETENTION = ("retention", "Conservation prolongée")

    @classmethod
    def rights(cls) -> list[RequestKind]:
        """The kinds a person may ask for (a new request offers these)."""
        return [kind for kind in cls if kind is not cls.RETENTION]


class EnterpriseHealth(LabelledEnum):
    """How a created enterprise was doing at a post-creation follow-up."""

    ACTIVE = ("active", "Active")
    STRUGGLING = ("struggling", "En difficulté")
    CLOSED = ("closed", "Fermée")
