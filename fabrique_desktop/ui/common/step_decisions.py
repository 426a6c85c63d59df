"""The decision dialogs of the method's steps, worded once: each says what the decision
does and calls its domain service. The records' forms open them from their buttons, the
« Vue pipeline » when a card moves to the next column; both get the same dialog.

Each function returns the dialog unopened: the caller runs it and reloads what it shows.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...domain.enums import DecisionKind, LegalForm, StudyOutcome
from ...domain.models import Candidacy, Need, OpportunityStudy, Project, StaffMember
from ...domain.pipeline import retainable_candidacies
from ...domain.services import candidacies, needs, projects, studies
from ...domain.validation import refuse
from .decision import DecisionDialog
from .fields import ChoiceField, DateField, NumberField, TextField


def enterprise_editors(parent) -> list[tuple[str, str, Any]]:
    """The enterprise's fields, for the project form and the « created » decision."""
    legal_form = ChoiceField(parent, empty_label="")
    legal_form.set_enum(LegalForm)
    return [
        (
            "enterprise_name",
            QCoreApplication.translate("EnterpriseFields", "&Enterprise name:"),
            TextField(parent),
        ),
        ("legal_form", QCoreApplication.translate("EnterpriseFields", "&Legal form:"), legal_form),
        ("siret", QCoreApplication.translate("EnterpriseFields", "SI&RET:"), TextField(parent)),
        (
            "created_on",
            QCoreApplication.translate("EnterpriseFields", "Created &on:"),
            DateField(parent, optional=True),
        ),
        (
            "jobs_fte",
            QCoreApplication.translate("EnterpriseFields", "&Jobs (FTE):"),
            NumberField(parent),
        ),
    ]


# -- step 1: the need --------------------------------------------------------------------
def decide_on_idea(
    need: Need, kind: DecisionKind, title: str, staff: StaffMember, parent: QWidget
) -> DecisionDialog:
    """Keep, postpone or set aside the idea (``title`` is the button's own words)."""
    return DecisionDialog(
        title,
        QCoreApplication.translate("StepDecisions", "Decision on the idea « %1 ».").replace(
            "%1", need.title
        ),
        lambda values: needs.decide_on_idea(need, kind, values, staff),
        parent,
    )


def launch_study(need: Need, staff: StaffMember, parent: QWidget) -> DecisionDialog:
    return DecisionDialog(
        QCoreApplication.translate("StepDecisions", "Launch the opportunity study"),
        QCoreApplication.translate(
            "StepDecisions", "The opportunity study of « %1 » starts on the date of this decision."
        ).replace("%1", need.title),
        lambda values: needs.launch_study(need, values, staff),
        parent,
    )


# -- step 2: the opportunity study -------------------------------------------------------
def study_decision_title(outcome: StudyOutcome) -> str:
    """What the study's decision is called, on its button and its dialog."""
    return {
        StudyOutcome.FAVOURABLE: QCoreApplication.translate(
            "StepDecisions", "Validate the opportunity"
        ),
        StudyOutcome.UNFAVOURABLE: QCoreApplication.translate("StepDecisions", "Set aside"),
        StudyOutcome.REWORK: QCoreApplication.translate("StepDecisions", "To rework"),
    }[outcome]


def decide_on_study(
    study: OpportunityStudy, outcome: StudyOutcome, staff: StaffMember, parent: QWidget
) -> DecisionDialog:
    return DecisionDialog(
        study_decision_title(outcome),
        QCoreApplication.translate(
            "StepDecisions", "Committee decision on the opportunity study of « %1 »."
        ).replace("%1", study.need.title),
        lambda values: studies.decide_on_study(study, outcome, values, staff),
        parent,
    )


def open_project(need: Need, staff: StaffMember, parent: QWidget) -> DecisionDialog:
    """Open the project from a validated need; its title starts as the need's."""
    dialog = DecisionDialog(
        QCoreApplication.translate("StepDecisions", "Open the project"),
        QCoreApplication.translate(
            "StepDecisions", "The project opens on the date of this decision, from « %1 »."
        ).replace("%1", need.title),
        lambda values: projects.open_project(need, values, staff),
        parent,
    )
    dialog.add_field(
        "title", QCoreApplication.translate("StepDecisions", "Project &title:"), TextField(dialog)
    ).set_value(need.title)
    return dialog


# -- step 3: the holder ------------------------------------------------------------------
def decide_on_candidacy(
    candidacy: Candidacy, retained: bool, staff: StaffMember, parent: QWidget
) -> DecisionDialog:
    """Retain the holder of ``candidacy``, or not."""
    return DecisionDialog(
        QCoreApplication.translate("StepDecisions", "Retain this holder")
        if retained
        else QCoreApplication.translate("StepDecisions", "Not retained"),
        QCoreApplication.translate(
            "StepDecisions", "Committee decision on the candidacy of %1."
        ).replace("%1", candidacy.holder.display_name),
        lambda values: candidacies.decide_on_candidacy(candidacy, retained, values, staff),
        parent,
    )


def retain_a_holder(project: Project, staff: StaffMember, parent: QWidget) -> DecisionDialog:
    """Retain one of the project's candidacies, chosen in the dialog."""

    def chosen(values: dict) -> Candidacy:
        if not values.get("candidacy"):
            raise refuse(
                QCoreApplication.translate("StepDecisions", "Choose the candidacy retained."),
                "candidacy",
            )
        return Candidacy.get_by_id(values["candidacy"])

    dialog = DecisionDialog(
        QCoreApplication.translate("StepDecisions", "Retain this holder"),
        QCoreApplication.translate(
            "StepDecisions", "The holder retained takes the project « %1 »."
        ).replace("%1", project.title),
        lambda values: candidacies.decide_on_candidacy(chosen(values), True, values, staff),
        parent,
    )
    choice = ChoiceField(dialog, empty_label="")
    choice.set_choices((c.id, c.holder.display_name) for c in retainable_candidacies(project))
    dialog.add_field(
        "candidacy", QCoreApplication.translate("StepDecisions", "&Candidacy:"), choice
    )
    return dialog


def withdraw_candidacy(candidacy: Candidacy, staff: StaffMember, parent: QWidget) -> DecisionDialog:
    """The holder withdraws: a dated record with its reason, no committee."""
    dialog = DecisionDialog(
        QCoreApplication.translate("StepDecisions", "Withdraw the candidacy"),
        QCoreApplication.translate(
            "StepDecisions",
            "%1 withdraws from « %2 ». The reason stays in the project's decisions.",
        )
        .replace("%1", candidacy.holder.display_name)
        .replace("%2", candidacy.project.title),
        lambda values: candidacies.withdraw_candidacy(candidacy, values, staff),
        parent,
    )
    dialog.fields.editors["committee"].set_value(None)  # the holder's own choice
    dialog.form.setRowVisible(dialog.fields.editors["committee"].parentWidget(), False)
    for name, caption in (
        ("decided_on", QCoreApplication.translate("StepDecisions", "&Withdrawn on:")),
        ("notes", QCoreApplication.translate("StepDecisions", "&Reason:")),
    ):
        dialog.form.labelForField(dialog.fields.editors[name].parentWidget()).setText(caption)
    return dialog


# -- step 4: the support's end -----------------------------------------------------------
def declare_enterprise_created(
    project: Project, staff: StaffMember, parent: QWidget
) -> DecisionDialog:
    dialog = DecisionDialog(
        QCoreApplication.translate("StepDecisions", "Declare the enterprise created"),
        QCoreApplication.translate(
            "StepDecisions", "The support of « %1 » ends: the enterprise exists."
        ).replace("%1", project.title),
        lambda values: projects.declare_enterprise_created(project, values, staff),
        parent,
    )
    for name, label, editor in enterprise_editors(dialog):
        dialog.add_field(name, label, editor)
    return dialog


def abandon_project(project: Project, staff: StaffMember, parent: QWidget) -> DecisionDialog:
    return DecisionDialog(
        QCoreApplication.translate("StepDecisions", "Abandon"),
        QCoreApplication.translate("StepDecisions", "The project « %1 » stops here.").replace(
            "%1", project.title
        ),
        lambda values: projects.abandon_project(project, values, staff),
        parent,
    )
