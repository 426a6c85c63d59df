"""A holder walked through the method (candidacy, grid, decision, project created, CV
attached), beside a second holder with a similar name: what the RGPD tests start from."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from fabrique_desktop.domain.enums import LegalForm, QualificationCriterion
from fabrique_desktop.domain.models import Holder, Project, StaffMember
from fabrique_desktop.domain.services import attachments, candidacies, holders, projects
from fabrique_desktop.store import history

from .factories import (
    days_ago,
    decision,
    full_grid,
    graded_candidacy,
    opened_project,
    person_values,
)

NOTES_PHRASE = "tartes aux mirabelles de Thionville"
CV_TEXT = b"Curriculum vitae confidentiel de Lucja"


@dataclass
class Scenario:
    holder: Holder
    other: Holder
    project: Project
    staff: StaffMember


def build(db, need, staff) -> Scenario:
    history.set_actor(db, staff.id)
    holder = holders.create_holder(
        person_values(address="12 rue des Mésanges, 80000 Amiens", notes="Notes initiales")
    )
    # An edit: the old notes stay in the change log, the new ones in the record.
    holders.update_holder(
        holder,
        person_values(
            address="12 rue des Mésanges, 80000 Amiens",
            notes=f"Passionnée de {NOTES_PHRASE}, ancienne cheffe de rayon.",
        ),
    )
    other = holders.create_holder(
        person_values(
            first_name="Lucja",
            last_name="Kowalczyk-Nowak",
            email="lucja.kowalczyk.nowak@exemple.fr",
            phone="07 98 76 54 32",
            notes="Connaît bien le quartier Saint-Leu.",
        )
    )
    project = opened_project(need, staff)
    candidacy = graded_candidacy(project, holder)
    candidacies.update_candidacy(
        candidacy,
        {
            "received_on": days_ago(150),
            "notes": "Entretien : Łucja très motivée.",
            "scores": full_grid(QualificationCriterion),
        },
    )
    candidacies.decide_on_candidacy(candidacy, True, decision(120), staff)
    attachments.attach_file(holder, "CV Łucja Kowalczyk.txt", CV_TEXT)
    projects.declare_enterprise_created(
        project,
        decision(
            5,
            enterprise_name="Épicerie du Marais",
            legal_form=LegalForm.SCIC,
            created_on=days_ago(5),
            jobs_fte=3,
        ),
        staff,
    )
    return Scenario(holder, other, Project.get_by_id(project.id), staff)


def past_retention(holder: Holder) -> Holder:
    """``holder`` last changed 1,000 days ago: past the two years of a holder not retained."""
    long_ago = dt.datetime.combine(days_ago(1000), dt.time(), dt.UTC)
    Holder.update({Holder.updated_at: long_ago}).where(Holder.id == holder.id).execute()
    return Holder.get_by_id(holder.id)
