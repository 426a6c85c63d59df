"""Step 4: the support plan — milestones generated from a template, planned and done dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from peewee import fn

from ..enums import ProjectStage
from ..models import Milestone, MilestoneTemplate, MilestoneTemplateStep, Project
from ..validation import RECORD, Checker, ValidationError, refuse
from .base import current, is_taken, transactional, update_record


def is_late(milestone: Milestone, today: dt.date) -> bool:
    """A milestone is late when its planned date has passed and it is not done."""
    return milestone.done_on is None and milestone.planned_on < today


@transactional
def generate_milestones(
    project: Project, template: MilestoneTemplate, start_on: dt.date
) -> list[Milestone]:
    """Create the project's milestones from ``template``, each planned relative to ``start_on``."""
    project = current(project)
    if project.stage is not ProjectStage.SUPPORT:
        raise refuse(
            "Les jalons d'accompagnement se créent une fois le porteur retenu ; "
            f"ce projet est « {project.stage.label} »."
        )
    if project.milestones.exists():
        raise refuse("Ce projet a déjà ses jalons : modifiez-les ou ajoutez-en un.")
    steps = list(template.steps.order_by(template.steps.model.position))
    if not steps:
        raise refuse(f"Le modèle « {template.name} » ne contient aucune étape.")
    return [
        Milestone.create(
            project=project,
            position=step.position,
            title=step.title,
            planned_on=start_on + dt.timedelta(days=step.offset_days),
        )
        for step in steps
    ]


def _clean_milestone(values: Mapping[str, Any], project: Project) -> dict:
    check = Checker(values)
    cleaned = {
        "title": check.text("title", max_length=200, required=True),
        "planned_on": check.date("planned_on", required=True),
        "done_on": check.date("done_on"),
        "notes": check.text("notes", max_length=5000),
    }
    check.not_after(
        "done_on",
        cleaned["done_on"],
        dt.date.today(),
        "Un jalon ne peut pas être réalisé dans le futur.",
    )
    if cleaned["done_on"] is not None and cleaned["done_on"] < project.opened_on:
        check.fail("done_on", "Un jalon ne peut pas être réalisé avant l'ouverture du projet.")
    check.raise_if_any()
    return cleaned


def _check_plan_open(project: Project) -> None:
    """The plan changes shape (a milestone more or less) only while the support runs;
    a closed project's milestones are its history."""
    if project.stage is not ProjectStage.SUPPORT:
        raise refuse(
            "Les jalons s'ajoutent et se retirent pendant l'accompagnement ; "
            f"ce projet est « {project.stage.label} »."
        )


@transactional
def add_milestone(project: Project, values: Mapping[str, Any]) -> Milestone:
    """One more milestone, after the others (the plan is not regenerated)."""
    project = current(project)
    _check_plan_open(project)
    cleaned = _clean_milestone(values, project)
    last = project.milestones.select(fn.MAX(Milestone.position)).scalar() or 0
    return Milestone.create(project=project, position=last + 1, **cleaned)


@transactional
def update_milestone(milestone: Milestone, values: Mapping[str, Any]) -> Milestone:
    """Its title, dates and notes; allowed after the support too (a late done date)."""
    return update_record(milestone, _clean_milestone(values, milestone.project))


def clean_dates(project: Project, dates: Mapping[str, Mapping[str, Any]]) -> tuple[list, dict]:
    """The planned and done dates typed in a project's plan, ``{milestone id: {"planned_on",
    "done_on"}}``, checked as one edit of each milestone: ``(changes, errors)``, where
    ``changes`` pairs each changed milestone with its cleaned values and ``errors`` are
    keyed ``milestones.<id>.<field>``. Nothing is written here: the project's save does it.
    """
    changes, errors = [], {}
    for milestone_id, typed in dates.items():
        milestone = Milestone.get_or_none(
            (Milestone.id == milestone_id) & (Milestone.project == project)
        )
        if milestone is None:
            errors[RECORD] = "Un jalon a été retiré entre-temps : rouvrez le projet."
            continue
        values = {"title": milestone.title, "notes": milestone.notes, **typed}
        try:
            cleaned = _clean_milestone(values, project)
        except ValidationError as refused:
            for field, message in refused.errors.items():
                errors[f"milestones.{milestone_id}.{field}"] = message
            continue
        if (cleaned["planned_on"], cleaned["done_on"]) != (milestone.planned_on, milestone.done_on):
            changes.append((milestone, cleaned))
    return changes, errors


@transactional
def delete_milestone(milestone: Milestone) -> None:
    milestone = current(milestone)
    _check_plan_open(milestone.project)
    milestone.delete_instance()


def _clean_template(values: Mapping[str, Any], record: MilestoneTemplate | None) -> tuple:
    """The template's name and its steps, from ``values["steps"]``: (title, offset) pairs."""
    check = Checker(values)
    name = check.text("name", max_length=120, required=True)
    if name and is_taken(MilestoneTemplate.name, name, record):
        check.fail("name", "Un modèle porte déjà ce nom.")
    steps = []
    for index, step in enumerate(values.get("steps") or (), start=1):
        entry = Checker(step)
        title = entry.text("title", max_length=200, required=True)
        offset = entry.number("offset_days", minimum=0, maximum=3650, required=True, whole=True)
        for part, message in entry.errors.items():
            check.fail(f"steps.{index}.{part}", message)
        steps.append((title, offset))
    if not steps:
        check.fail("steps", "Un modèle compte au moins une étape.")
    check.raise_if_any()
    return name, steps


def _write_steps(template: MilestoneTemplate, steps: list[tuple[str, int]]) -> None:
    MilestoneTemplateStep.delete().where(MilestoneTemplateStep.template == template).execute()
    for position, (title, offset) in enumerate(steps, start=1):
        MilestoneTemplateStep.create(
            template=template, position=position, title=title, offset_days=offset
        )


@transactional
def create_template(values: Mapping[str, Any]) -> MilestoneTemplate:
    """A new support plan: a name and its steps, each ``{"title", "offset_days"}``."""
    name, steps = _clean_template(values, None)
    template = MilestoneTemplate.create(name=name)
    _write_steps(template, steps)
    return template


@transactional
def update_template(template: MilestoneTemplate, values: Mapping[str, Any]) -> MilestoneTemplate:
    """Rename the plan and replace its steps; projects already planned keep their milestones."""
    name, steps = _clean_template(values, template)
    update_record(template, {"name": name})
    _write_steps(template, steps)
    return template


@transactional
def delete_template(template: MilestoneTemplate) -> None:
    template.delete_instance()  # its steps cascade; milestones are copies and stay
