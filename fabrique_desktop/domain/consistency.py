"""Checks that a file follows the method: each finding is a French sentence with a count.

The services never produce these states; a finding means the file was edited outside
the app or by a faulty version, and is worth a look before the next committee.
"""

from __future__ import annotations

from peewee import JOIN, fn

from . import french
from .enums import CandidacyStatus, DecisionKind, NeedStatus, ProjectStage, QualificationCriterion
from .models import Candidacy, CandidacyScore, Decision, Need, Project


def findings() -> list[str]:
    """Every breach of the method found in the open file (empty when it is sound)."""
    found = []
    orphans = (
        Need.select()
        .join(Project, JOIN.LEFT_OUTER)
        .where((Need.status == NeedStatus.IN_PROJECT) & Project.id.is_null())
        .count()
    )
    if orphans:
        marked = french.plural(orphans, "besoin marqué", "besoins marqués")
        found.append(f"{marked} « Projet ouvert » sans projet.")
    validated = Decision.select(Decision.need).where(Decision.kind == DecisionKind.STUDY_FAVOURABLE)
    unvalidated = (
        Need.select()
        .where(
            Need.status.in_([NeedStatus.VALIDATED, NeedStatus.IN_PROJECT])
            & Need.id.not_in(validated)
        )
        .count()
    )
    if unvalidated:
        validated_only = french.plural(unvalidated, "besoin validé", "besoins validés")
        found.append(f"{validated_only} sans décision favorable datée.")
    incomplete_enterprises = (
        Project.select()
        .where(
            (Project.stage == ProjectStage.CREATED)
            & (Project.legal_form.is_null() | Project.created_on.is_null())
        )
        .count()
    )
    if incomplete_enterprises:
        found.append(
            f"{french.plural(incomplete_enterprises, 'entreprise créée', 'entreprises créées')} "
            "sans forme juridique "
            "ou date de création."
        )
    holderless = (
        Project.select()
        .where(
            Project.stage.in_([ProjectStage.SUPPORT, ProjectStage.CREATED])
            & Project.selected_holder.is_null()
        )
        .count()
    )
    if holderless:
        supported = french.plural(holderless, "projet accompagné", "projets accompagnés")
        found.append(f"{supported} sans porteur retenu.")
    scored = (
        CandidacyScore.select(CandidacyScore.candidacy)
        .where(CandidacyScore.score.is_null(False))
        .group_by(CandidacyScore.candidacy)
        .having(fn.COUNT(CandidacyScore.id) == len(QualificationCriterion))
    )
    ungraded = (
        Candidacy.select()
        .where((Candidacy.status == CandidacyStatus.RETAINED) & Candidacy.id.not_in(scored))
        .count()
    )
    if ungraded:
        retained = french.plural(ungraded, "candidature retenue", "candidatures retenues")
        found.append(f"{retained} avec une grille incomplète.")
    return found
