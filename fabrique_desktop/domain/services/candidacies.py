"""Step 3: candidacies for a project, their qualification grid, and selecting the holder.

A candidacy is retained only with a complete grid, while the project still looks for
its holder; retaining it makes the holder the project's and starts the support.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from ..enums import CandidacyStatus, DecisionKind, ProjectStage, QualificationCriterion
from ..models import Candidacy, CandidacyScore, Decision, Holder, Project, StaffMember
from ..validation import Checker, refuse
from .base import current, delete_record, transactional, update_record
from .decisions import record_decision
from .grids import check_grid, missing_criteria, missing_message, save_grid


def _clean_candidacy(check: Checker) -> dict:
    cleaned = {
        "received_on": check.date("received_on", required=True),
        "notes": check.text("notes", max_length=20000),
    }
    check.not_after(
        "received_on",
        cleaned["received_on"],
        dt.date.today(),
        "La date de réception ne peut pas être dans le futur.",
    )
    return cleaned


@transactional
def create_candidacy(project: Project, values: Mapping[str, Any]) -> Candidacy:
    """Record a holder's candidacy for a project that is looking for its holder."""
    project = current(project)
    if project.stage is not ProjectStage.RECRUITING:
        raise refuse(
            f"Ce projet est « {project.stage.label} » : il ne reçoit plus de candidatures."
        )
    check = Checker(values)
    holder = check.record("holder", Holder)
    cleaned = _clean_candidacy(check)
    if holder is not None and (
        Candidacy.select()
        .where((Candidacy.project == project) & (Candidacy.holder == holder))
        .exists()
    ):
        check.fail("holder", f"{holder.display_name} a déjà candidaté pour ce projet.")
    check.raise_if_any()
    return Candidacy.create(project=project, holder=holder, **cleaned)


@transactional
def update_candidacy(candidacy: Candidacy, values: Mapping[str, Any]) -> Candidacy:
    """Save the reception date, the notes and the qualification grid (``values["scores"]``)."""
    candidacy = current(candidacy)
    if candidacy.status is not CandidacyStatus.RECEIVED:
        raise refuse(f"Cette candidature est « {candidacy.status.label} » : elle est close.")
    check = Checker(values)
    cleaned = _clean_candidacy(check)
    grid = check_grid(check, QualificationCriterion, values.get("scores") or {})
    check.raise_if_any()
    update_record(candidacy, cleaned)
    save_grid(CandidacyScore, "candidacy", candidacy, grid)
    return candidacy


def candidacy_gaps(candidacy: Candidacy) -> list[str]:
    """What keeps the candidacy from being retained, in French (empty: it can be)."""
    missing = missing_criteria(CandidacyScore, "candidacy", candidacy, QualificationCriterion)
    return [missing_message(missing)] if missing else []


@transactional
def decide_on_candidacy(
    candidacy: Candidacy, retained: bool, values: Mapping[str, Any], author: StaffMember
) -> Decision:
    """Retain the candidacy (the holder takes the project) or turn it down."""
    candidacy = current(candidacy)
    if candidacy.status is not CandidacyStatus.RECEIVED:
        raise refuse(f"Cette candidature est déjà « {candidacy.status.label} ».")
    project = candidacy.project
    if retained:
        if project.stage is not ProjectStage.RECRUITING:
            raise refuse(f"Ce projet est « {project.stage.label} » : son porteur est déjà choisi.")
        gaps = candidacy_gaps(candidacy)
        if gaps:
            raise refuse(" ".join(gaps))
    kind = DecisionKind.CANDIDACY_RETAINED if retained else DecisionKind.CANDIDACY_NOT_RETAINED
    decision = record_decision(kind, values, author, candidacy=candidacy, project=project)
    status = CandidacyStatus.RETAINED if retained else CandidacyStatus.NOT_RETAINED
    update_record(candidacy, {"status": status})
    if retained:
        update_record(project, {"selected_holder": candidacy.holder, "stage": ProjectStage.SUPPORT})
    return decision


@transactional
def withdraw_candidacy(
    candidacy: Candidacy, values: Mapping[str, Any], author: StaffMember
) -> Decision:
    """The holder withdraws: no committee decides it, but the withdrawal is a dated record
    with its reason (``values["notes"]``), like every other end of a candidacy."""
    candidacy = current(candidacy)
    if candidacy.status is not CandidacyStatus.RECEIVED:
        raise refuse(f"Cette candidature est déjà « {candidacy.status.label} ».")
    check = Checker(values)
    check.text("notes", max_length=5000, required=True)
    decision = record_decision(
        DecisionKind.CANDIDACY_WITHDRAWN,
        values,
        author,
        checker=check,
        candidacy=candidacy,
        project=candidacy.project,
    )
    check.raise_if_any()
    update_record(candidacy, {"status": CandidacyStatus.WITHDRAWN})
    return decision


def delete_candidacy(candidacy: Candidacy) -> None:
    delete_record(
        candidacy,
        "Cette candidature a fait l'objet d'une décision ou d'un passage en comité : "
        "elle doit rester.",
    )
