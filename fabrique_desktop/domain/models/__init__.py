"""The peewee models of every entity of the method, in dependency order.

A foreign key that leads a composite index declares ``index=False``: the composite
index serves its look-ups and ON DELETE checks, a second one would only slow writes.
"""

from .attachments import MAX_ATTACHMENT_BYTES, Attachment
from .base import SCORE_MAX, SCORE_MIN, BaseModel, database, utc_now, uuid7
from .candidacies import Candidacy, CandidacyScore
from .committees import AgendaItem, Committee, CommitteeMember
from .decisions import Decision
from .holders import Holder
from .needs import Need, NeedPartner, OpportunityStudy, StudyScore
from .personal_data import PersonalDataErasure, PersonalDataFlag, PersonalDataRequest
from .projects import FollowUp, Milestone, MilestoneTemplate, MilestoneTemplateStep, Project
from .reference import CommitteeKind, Partner, StaffMember, Territory
from .sessions import CreativitySession, SessionPartner
from .settings import FabriqueSetting

#: Every table, parents before children: the order to create them in.
ALL_MODELS: tuple[type[BaseModel], ...] = (
    Territory,
    StaffMember,
    Partner,
    CommitteeKind,
    CreativitySession,
    SessionPartner,
    Need,
    NeedPartner,
    OpportunityStudy,
    StudyScore,
    Holder,
    Project,
    MilestoneTemplate,
    MilestoneTemplateStep,
    Milestone,
    FollowUp,
    Candidacy,
    CandidacyScore,
    Committee,
    CommitteeMember,
    AgendaItem,
    Decision,
    Attachment,
    FabriqueSetting,
    PersonalDataRequest,
    PersonalDataErasure,
    PersonalDataFlag,
)

__all__ = [
    "ALL_MODELS",
    "MAX_ATTACHMENT_BYTES",
    "SCORE_MAX",
    "SCORE_MIN",
    "AgendaItem",
    "Attachment",
    "BaseModel",
    "Candidacy",
    "CandidacyScore",
    "Committee",
    "CommitteeKind",
    "CommitteeMember",
    "CreativitySession",
    "Decision",
    "FabriqueSetting",
    "FollowUp",
    "Holder",
    "Milestone",
    "MilestoneTemplate",
    "MilestoneTemplateStep",
    "Need",
    "NeedPartner",
    "OpportunityStudy",
    "Partner",
    "PersonalDataErasure",
    "PersonalDataFlag",
    "PersonalDataRequest",
    "Project",
    "SessionPartner",
    "StaffMember",
    "StudyScore",
    "Territory",
    "database",
    "utc_now",
    "uuid7",
]
