"""The « Vue pipeline »: needs, studies and projects as cards in the column of their stage,
and which moves between columns the method allows.

A move is never a status overwrite: each allowed move is the decision of that step
(launch the study, validate it, open the project, retain a holder, declare the enterprise
created), recorded by its own service with its gates. :func:`move_refusal` says, in
French, why a move cannot be made before any dialog opens (backwards, skipping a step, a
study whose grid is incomplete…).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from peewee import JOIN

from .enums import (
    OPEN_STUDY,
    CandidacyStatus,
    LabelledEnum,
    NeedStatus,
    ProjectStage,
)
from .models import Candidacy, Holder, Milestone, Need, OpportunityStudy, Project, Territory
from .services.candidacies import candidacy_gaps
from .services.studies import study_gaps

#: Cards shown per column (the most recent); the column says how many there are in all.
CARDS_PER_STAGE = 150


class Stage(LabelledEnum):
    KEPT = ("kept", "Besoin retenu")
    STUDY = ("study", "Étude en cours")
    VALIDATED = ("validated", "Validé")
    RECRUITING = ("recruiting", "Recherche du porteur")
    SUPPORT = ("support", "Accompagnement")
    CREATED = ("created", "Créée")


STAGES = list(Stage)


@dataclass(frozen=True)
class Card:
    stage: Stage
    record: Any  # the Need (kept, validated), the OpportunityStudy or the Project
    title: str
    commune: str
    holder: str  # the retained holder's name, or "" while there is none
    milestone: str  # the next milestone not done, or ""
    milestone_on: dt.date | None
    days_late: int  # 0 when on time


@dataclass(frozen=True)
class Column:
    stage: Stage
    cards: list[Card]
    total: int  # cards of this stage in the file (more than shown at 100,000 needs)


def board(today: dt.date | None = None, limit: int = CARDS_PER_STAGE) -> list[Column]:
    """Every column of the pipeline, left to right."""
    today = today or dt.date.today()
    return [
        _need_column(Stage.KEPT, NeedStatus.KEPT, limit),
        _study_column(limit),
        _need_column(Stage.VALIDATED, NeedStatus.VALIDATED, limit),
        *(_project_column(stage, limit, today) for stage in STAGES[3:]),
    ]


def _newest(model, condition, day, limit: int) -> tuple[list, int]:
    """The keys of the ``limit`` newest records meeting ``condition`` (by ``day``), and how
    many meet it. Keys first, rows after: sorting thousands of joined rows took seconds."""
    query = model.select(model.id).where(condition)
    keys = [key for (key,) in query.order_by(day.desc(), model.id).limit(limit).tuples()]
    return keys, query.count()


def _in_order(query, model, keys: list) -> list:
    records = {record.id: record for record in query.where(model.id.in_(keys))}
    return [records[key] for key in keys if key in records]


def _need_column(stage: Stage, status: NeedStatus, limit: int) -> Column:
    keys, total = _newest(Need, Need.status == status, Need.detected_on, limit)
    needs = _in_order(Need.select(Need, Territory).join(Territory), Need, keys)
    cards = [Card(stage, need, need.title, need.territory.name, "", "", None, 0) for need in needs]
    return Column(stage, cards, total)


def _study_column(limit: int) -> Column:
    study = OpportunityStudy
    keys, total = _newest(study, study.status.in_(OPEN_STUDY), study.started_on, limit)
    query = study.select(study, Need, Territory).join(Need).join(Territory)
    cards = [
        Card(Stage.STUDY, record, record.need.title, record.need.territory.name, "", "", None, 0)
        for record in _in_order(query, study, keys)
    ]
    return Column(Stage.STUDY, cards, total)


def _project_column(stage: Stage, limit: int, today: dt.date) -> Column:
    condition = Project.stage == ProjectStage(stage.value)
    keys, total = _newest(Project, condition, Project.opened_on, limit)
    query = (
        Project.select(Project, Need, Territory, Holder)
        .join(Need)
        .join(Territory)
        .switch(Project)
        .join(Holder, JOIN.LEFT_OUTER)
    )
    projects = _in_order(query, Project, keys)
    upcoming = _next_milestones(keys)
    cards = []
    for project in projects:
        title, planned_on = upcoming.get(project.id, ("", None))
        late = (today - planned_on).days if planned_on and planned_on < today else 0
        holder = project.selected_holder.display_name if project.selected_holder_id else ""
        cards.append(
            Card(
                stage,
                project,
                project.title,
                project.need.territory.name,
                holder,
                title,
                planned_on,
                late,
            )
        )
    return Column(stage, cards, total)


def _next_milestones(project_ids: list) -> dict:
    """Each project's first milestone not done: (title, planned date)."""
    if not project_ids:
        return {}
    milestones = (
        Milestone.select(Milestone.project, Milestone.title, Milestone.planned_on)
        .where(Milestone.project.in_(project_ids), Milestone.done_on.is_null())
        .order_by(Milestone.project, Milestone.planned_on, Milestone.position)
        .tuples()
    )
    upcoming: dict = {}
    for project, title, planned_on in milestones:
        upcoming.setdefault(project, (title, planned_on))
    return upcoming


def retainable_candidacies(project: Project) -> list[Candidacy]:
    """The project's candidacies that can be retained now (received, grid complete)."""
    received = (
        Candidacy.select(Candidacy, Holder)
        .join(Holder)
        .where(Candidacy.project == project, Candidacy.status == CandidacyStatus.RECEIVED)
        .order_by(Candidacy.received_on)
    )
    return [candidacy for candidacy in received if not candidacy_gaps(candidacy)]


def move_refusal(card: Card, target: Stage) -> str | None:
    """Why ``card`` cannot go to ``target``, in French; None when the move's decision can
    be asked for (its dialog then applies the step's own gates)."""
    source = STAGES.index(card.stage)
    step = STAGES.index(target) - source
    if step == 0:
        return f"« {card.title} » est déjà à l'étape « {target.label} »."
    if step < 0:
        return (
            f"« {card.title} » ne revient pas à « {target.label} » : une décision prise reste "
            "prise. Pour l'arrêter, enregistrez « Écarter » ou « Abandonner » sur sa fiche."
        )
    if step > 1:
        return (
            f"« {card.title} » passe une étape à la fois : de « {card.stage.label} », "
            f"l'étape suivante est « {STAGES[source + 1].label} »."
        )
    if target is Stage.VALIDATED:
        gaps = study_gaps(card.record)
        if gaps:
            return f"L'opportunité ne peut pas encore être validée. {' '.join(gaps)}"
    if target is Stage.SUPPORT and not retainable_candidacies(card.record):
        return (
            f"Aucune candidature à « {card.title} » ne peut être retenue : il faut une "
            "candidature reçue dont la grille de qualification est complète."
        )
    return None
