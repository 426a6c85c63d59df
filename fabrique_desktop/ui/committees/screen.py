"""The Comités screen: the list of meetings and the meeting's form."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from ...domain import choices, french
from ...domain.list_exports import time_of_day
from ...domain.listing import COMMITTEES
from ...domain.models import Committee
from ...domain.services import committees
from ..common.list_screen import ListFilterChoice, ListScreen
from ..common.table_model import RecordTableModel
from ..session import Session
from .form import CommitteeForm


class CommitteeColumn(IntEnum):
    MEETING_ON = 0
    STARTS_AT = 1
    KIND = 2
    PLACE = 3
    ITEMS = 4


class CommitteeTableModel(RecordTableModel):
    Column = CommitteeColumn
    listing = COMMITTEES

    def headers(self) -> dict[IntEnum, str]:
        return {
            CommitteeColumn.MEETING_ON: QCoreApplication.translate("CommitteesScreen", "Date"),
            CommitteeColumn.STARTS_AT: QCoreApplication.translate("CommitteesScreen", "Time"),
            CommitteeColumn.KIND: QCoreApplication.translate("CommitteesScreen", "Committee"),
            CommitteeColumn.PLACE: QCoreApplication.translate("CommitteesScreen", "Place"),
            CommitteeColumn.ITEMS: QCoreApplication.translate("CommitteesScreen", "Agenda items"),
        }

    def cell(self, row: dict, column: IntEnum) -> Any:
        if column is CommitteeColumn.STARTS_AT:
            return time_of_day(row)
        return super().cell(row, column)


def build(session: Session) -> ListScreen:
    return ListScreen(
        "committees",
        CommitteeTableModel(),
        CommitteeForm(session),
        Committee,
        filters=(
            ListFilterChoice(
                "status",
                QCoreApplication.translate("CommitteesScreen", "All committees"),
                choices.committee_kinds,
            ),
        ),
        count_text=lambda n: QCoreApplication.translate(
            "CommitteesScreen", "%n committee meeting(s)", None, n
        ),
        title_column=CommitteeColumn.PLACE,
        delete=committees.delete_committee,
        deletion_question=lambda committee: QCoreApplication.translate(
            "CommitteesScreen",
            "Delete the meeting of %1, its agenda and its attached files? A meeting where "
            "decisions were taken "
            "cannot be deleted.",
        ).replace("%1", french.long_date(committee.meeting_on)),
        default_sort=(CommitteeColumn.MEETING_ON, Qt.SortOrder.DescendingOrder),
    )
