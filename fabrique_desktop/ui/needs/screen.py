"""The Besoins screen, assembled: list, filters, form."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.enums import NeedStatus
from ...domain.models import Need
from ...domain.services import needs
from ..common.list_screen import ListFilterChoice, ListScreen, method_filters
from ..session import Session
from .form import NeedForm
from .table import NeedTableModel


def build(session: Session) -> ListScreen:
    return ListScreen(
        "needs",
        NeedTableModel(),
        NeedForm(session),
        Need,
        filters=method_filters(
            ListFilterChoice(
                "status",
                QCoreApplication.translate("NeedsScreen", "All statuses"),
                NeedStatus.choices,
            )
        ),
        count_text=lambda n: QCoreApplication.translate("NeedsScreen", "%n need(s)", None, n),
        delete=needs.delete_need,
        deletion_question=lambda need: QCoreApplication.translate(
            "NeedsScreen",
            "Delete the need « %1 »? Its links to partners and its attached files go with it. "
            "A need with decisions or a project cannot be deleted.",
        ).replace("%1", need.title),
    )
