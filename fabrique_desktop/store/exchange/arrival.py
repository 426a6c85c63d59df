"""The services' rules that the schema alone does not hold, checked again on arrival.

A change made on another office passed that office's services, but against that
office's records: here, with this file's records, it may break a rule the services
keep (two offices each retained a different holder for one project; one office typed
the SIRET another office's holder already has). Each check runs on the record as the
change left it, inside the change's own savepoint: a broken rule rolls the change back
and becomes a conflict of kind « refusée » with the rule's French message, never a
silently inconsistent file.

Only what a single change can be judged on is checked: rules spanning records that one
envoi brings in table order (a first envoi brings candidacies before their grids) would
refuse sound changes.
"""

from __future__ import annotations

from ...domain.enums import CandidacyStatus, DecisionKind, NeedStatus, ProjectStage
from ...domain.models import Candidacy, Decision, Holder, Need, Project
from ...domain.validation import siret_error
from .journal import Change

_HOLDER_CHOSEN = {ProjectStage.SUPPORT.value, ProjectStage.CREATED.value}
_VALIDATED = {NeedStatus.VALIDATED.value, NeedStatus.IN_PROJECT.value}


def broken_rule(change: Change) -> str | None:
    """The French message of the rule the written ``change`` breaks, or None."""
    check = _CHECKS.get(change.table)
    if check is None or change.action not in ("INSERT", "UPDATE"):
        return None
    return check(change)


def _siret(model, change: Change) -> str | None:
    siret = change.changes.get("siret")
    if not siret:
        return None
    problem = siret_error(siret)
    if problem:
        return f"le SIRET {siret} est refusé ({problem[0].lower()}{problem[1:].rstrip('.')})."
    twin = model.get_or_none((model.siret == siret) & (model._meta.primary_key != change.record_id))
    if twin is not None:
        return f"le SIRET {siret} est déjà celui de « {twin} » sur ce poste."
    return None


def _holder(change: Change) -> str | None:
    return _siret(Holder, change)


def _project(change: Change) -> str | None:
    problem = _siret(Project, change)
    if problem or not {"stage", "selected_holder_id", "legal_form", "created_on"} & set(
        change.changes
    ):
        return problem
    project = Project.get_by_id(change.record_id)
    stage = project.stage.value
    if stage in _HOLDER_CHOSEN and project.selected_holder_id is None:
        return (
            f"un projet « {project.stage.label} » a un porteur retenu ; "
            "ce projet n'en a pas sur ce poste."
        )
    if stage == ProjectStage.CREATED.value and (
        project.legal_form is None or project.created_on is None
    ):
        return "une entreprise créée a une forme juridique et une date de création."
    return None


def _candidacy(change: Change) -> str | None:
    if change.changes.get("status") != CandidacyStatus.RETAINED.value:
        return None
    candidacy = Candidacy.get_by_id(change.record_id)
    other = Candidacy.get_or_none(
        (Candidacy.project == candidacy.project_id)
        & (Candidacy.status == CandidacyStatus.RETAINED)
        & (Candidacy.id != candidacy.id)
    )
    if other is None:
        return None
    project = candidacy.project
    return (
        f"ce projet est « {project.stage.label} » : son porteur est déjà choisi "
        f"(« {other.holder} »)."
    )


def _need(change: Change) -> str | None:
    # Only an edit: a first envoi brings needs before the decisions that validated them.
    if change.action != "UPDATE" or change.changes.get("status") not in _VALIDATED:
        return None
    favourable = Decision.select().where(
        (Decision.need == change.record_id) & (Decision.kind == DecisionKind.STUDY_FAVOURABLE)
    )
    if favourable.exists():
        return None
    need = Need.get_by_id(change.record_id)
    return (
        f"« {need} » ne devient « {need.status.label} » que par une décision favorable "
        "datée, que ce poste n'a pas."
    )


_CHECKS = {
    "holder": _holder,
    "project": _project,
    "candidacy": _candidacy,
    "need": _need,
}
