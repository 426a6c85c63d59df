"""The Porteurs screen, assembled."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.enums import HolderKind
from ...domain.models import Holder
from ...domain.services import holders
from ..common.list_screen import (
    ListFilterChoice,
    ListScreen,
    commune_filter,
)
from ..session import Session
from .form import HolderForm
from .table import HolderTableModel


def build(session: Session) -> ListScreen:
    return ListScreen(
        "holders",
        HolderTableModel(),
        HolderForm(),
        Holder,
        filters=(
            ListFilterChoice(
                "status",
                QCoreApplication.translate("HoldersScreen", "Persons and organisations"),
                HolderKind.choices,
            ),
            commune_filter(),
        ),
        count_text=lambda n: QCoreApplication.translate("HoldersScreen", "%n holder(s)", None, n),
        delete=holders.delete_holder,
        deletion_question=lambda holder: QCoreApplication.translate(
            "HoldersScreen",
            "Delete the holder « %1 », their contact details and attached files? "
            "A holder with candidacies cannot be deleted.",
        ).replace("%1", holder.display_name),
        restricted_filter=True,
    )
