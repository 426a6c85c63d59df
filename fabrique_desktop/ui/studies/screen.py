"""The Études et validations screen, assembled."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.enums import StudyStatus
from ...domain.models import OpportunityStudy
from ..common.list_screen import ListFilterChoice, ListScreen, method_filters
from ..session import Session
from .form import StudyForm
from .table import StudyTableModel


def build(session: Session) -> ListScreen:
    return ListScreen(
        "studies",
        StudyTableModel(),
        StudyForm(session),
        OpportunityStudy,
        filters=method_filters(
            ListFilterChoice(
                "status",
                QCoreApplication.translate("StudiesScreen", "All statuses"),
                StudyStatus.choices,
            )
        ),
        count_text=lambda n: QCoreApplication.translate("StudiesScreen", "%n study(ies)", None, n),
        can_create=False,  # a study is launched by a decision on a need
        how_to_create=QCoreApplication.translate(
            "StudiesScreen",
            "An opportunity study is launched from its need: open the need in « Needs » "
            "and choose « Launch the opportunity study ».",
        ),
    )
