"""The Comités screen: the list of meetings and the meeting's form."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from ...domain import choices, french, listing
from ...domain.models import Committee
from ...domain.services import committees
from ..common.fields import (
    ChoiceField,
    DateField,
    LongTextField,
    MultiChoiceField,
    TextField,
    TimeField,
)
from ..common.form import RecordForm
from ..common.list_screen import ListFilterChoice, ListScreen
from ..common.table_model import RecordTableModel
from ..session import Session


class CommitteeColumn(IntEnum):
    MEETING_ON = 0
    STARTS_AT = 1
    KIND = 2
    PLACE = 3
    ITEMS = 4


class CommitteeTableModel(RecordTableModel):
    Column = CommitteeColumn
    load = listing.committees

    def headers(self) -> dict[IntEnum, str]:
        return {
            CommitteeColumn.MEETING_ON: QCoreApplication.translate("CommitteesScreen", "Date"),
            CommitteeColumn.STARTS_AT: QCoreApplication.translate("CommitteesScreen", "Time"),
            CommitteeColumn.KIND: QCoreApplication.translate("CommitteesScreen", "Committee"),
            CommitteeColumn.PLACE: QCoreApplication.translate("CommitteesScreen", "Place"),
            CommitteeColumn.ITEMS: QCoreApplication.translate("CommitteesScreen", "Agenda items"),
        }

    def cell(self, row: dict, column: IntEnum) -> Any:
        if column is CommitteeColumn.STARTS_AT and row["starts_at"] is not None:
            return row["starts_at"].strftime("%H:%M")
        return super().cell(row, column)


class CommitteeForm(RecordForm):
    def __init__(self, parent=None):
        super().__init__(parent)
        add = self.fields.add
        kind = add("kind", self.tr("&Committee:"), ChoiceField(self, empty_label=""))
        kind.set_choices(choices.committee_kinds())
        add("meeting_on", self.tr("&Date:"), DateField(self))
        add("starts_at", self.tr("&Time:"), TimeField(self))
        add("place", self.tr("&Place:"), TextField(self))
        partners = add("partners", self.tr("&Partners:"), MultiChoiceField(self))
        partners.set_choices(choices.partners())
        staff = add("staff", self.tr("&Staff:"), MultiChoiceField(self))
        staff.set_choices(choices.staff_members())
        add("notes", self.tr("&Notes:"), LongTextField(self, lines=3))

    def new_heading(self) -> str:
        return self.tr("New committee meeting")

    def describe(self, committee: Committee) -> tuple[str, str]:
        return f"{committee.kind.name} — {french.long_date(committee.meeting_on)}", committee.place

    def defaults(self) -> dict[str, Any]:
        return {"partners": [], "staff": []}

    def values_of(self, committee: Committee) -> dict[str, Any]:
        members = list(committee.members)
        return {
            "kind": committee.kind_id,
            "meeting_on": committee.meeting_on,
            "starts_at": committee.starts_at,
            "place": committee.place,
            "notes": committee.notes,
            "partners": [m.partner_id for m in members if m.partner_id],
            "staff": [m.staff_id for m in members if m.staff_id],
        }

    def persist(self, values: dict[str, Any]) -> Committee:
        if self.record is None:
            return committees.create_committee(values)
        return committees.update_committee(self.record, values)


def build(session: Session) -> ListScreen:
    screen = ListScreen(
        "committees",
        CommitteeTableModel(),
        CommitteeForm(),
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
        delete=committees.delete_committee,
        deletion_question=lambda committee: QCoreApplication.translate(
            "CommitteesScreen",
            "Delete the meeting of %1 and its agenda? A meeting where decisions were taken "
            "cannot be deleted.",
        ).replace("%1", french.long_date(committee.meeting_on)),
    )
    screen.table.sortByColumn(CommitteeColumn.MEETING_ON, Qt.SortOrder.DescendingOrder)
    return screen
