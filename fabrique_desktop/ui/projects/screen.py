"""The Projets screen, assembled."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.enums import ProjectStage
from ...domain.models import Project
from ..common.list_screen import ListFilterChoice, ListScreen, method_filters
from ..session import Session
from .form import ProjectForm
from .table import ProjectTableModel


def build(session: Session) -> ListScreen:
    # Projects are opened from a validated opportunity (Études screen), never from blank.
    return ListScreen(
        "projects",
        ProjectTableModel(),
        ProjectForm(session),
        Project,
        filters=method_filters(
            ListFilterChoice(
                "status",
                QCoreApplication.translate("ProjectsScreen", "All stages"),
                ProjectStage.choices,
            )
        ),
        count_text=lambda n: QCoreApplication.translate("ProjectsScreen", "%n project(s)", None, n),
        can_create=False,
        how_to_create=QCoreApplication.translate(
            "ProjectsScreen",
            "A project is opened from a validated opportunity study: open the study in "
            "« Studies and validations » and choose « Open the project ».",
        ),
    )
