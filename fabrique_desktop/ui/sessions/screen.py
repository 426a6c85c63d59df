"""Séances de créativité: the sessions held with partners and inhabitants, the needs
that came out of each."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from ...domain import choices
from ...domain.listing import SESSIONS
from ...domain.models import CreativitySession
from ...domain.services import sessions
from ..common.fields import (
    ChoiceField,
    DateField,
    LongTextField,
    MultiChoiceField,
    NumberField,
    TextField,
)
from ..common.form import RecordForm
from ..common.list_screen import ListScreen, commune_filter, staff_filter
from ..common.table_model import RecordTableModel
from ..session import Session


class SessionColumn(IntEnum):
    HELD_ON = 0
    PLACE = 1
    COMMUNE = 2
    PARTICIPANTS = 3
    NEEDS = 4
    STAFF = 5


class SessionTableModel(RecordTableModel):
    Column = SessionColumn
    listing = SESSIONS

    def headers(self) -> dict[IntEnum, str]:
        return {
            SessionColumn.HELD_ON: self.tr("Held on"),
            SessionColumn.PLACE: self.tr("Place"),
            SessionColumn.COMMUNE: self.tr("Commune"),
            SessionColumn.PARTICIPANTS: self.tr("Participants"),
            SessionColumn.NEEDS: self.tr("Needs"),
            SessionColumn.STAFF: self.tr("Led by"),
        }


class SessionForm(RecordForm):
    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        add = self.fields.add
        add("held_on", self.tr("&Held on:"), DateField(self))
        add("place", self.tr("&Place:"), TextField(self))
        territory = add("territory", self.tr("Co&mmune:"), ChoiceField(self, empty_label=""))
        territory.set_choices(choices.territories())
        add(
            "participants", self.tr("Parti&cipants:"), NumberField(self, maximum=100000, decimals=0)
        )
        partners = add("partners", self.tr("Pa&rtners:"), MultiChoiceField(self))
        partners.set_choices(choices.partners())
        staff = add("staff", self.tr("Led b&y:"), ChoiceField(self, empty_label=""))
        staff.set_choices(choices.staff_members())
        add("notes", self.tr("N&otes:"), LongTextField(self, lines=3))
        self.show_history()

    def new_heading(self) -> str:
        return self.tr("New creativity session")

    def describe(self, record: CreativitySession) -> tuple[str, str]:
        count = record.needs.count()
        return str(record), self.tr("%n need(s) came out of it", None, count)

    def defaults(self) -> dict[str, Any]:
        return {"staff": self.session.staff.id, "partners": []}

    def values_of(self, record: CreativitySession) -> dict[str, Any]:
        values = self.stored_values(record, [n for n in self.fields.editors if n != "partners"])
        values["partners"] = [link.partner_id for link in record.partner_links]
        return values

    def persist(self, values: dict[str, Any]) -> CreativitySession:
        if self.record is None:
            return sessions.create_session(values)
        return sessions.update_session(self.record, values)


def build(session: Session) -> ListScreen:
    return ListScreen(
        "sessions",
        SessionTableModel(),
        SessionForm(session),
        CreativitySession,
        filters=(commune_filter(), staff_filter()),
        count_text=lambda n: QCoreApplication.translate("SessionsScreen", "%n session(s)", None, n),
        delete=sessions.delete_session,
        deletion_question=lambda record: QCoreApplication.translate(
            "SessionsScreen", "Delete the creativity session of %1?"
        ).replace("%1", str(record)),
        default_sort=(SessionColumn.HELD_ON, Qt.SortOrder.DescendingOrder),
        title_column=SessionColumn.PLACE,
    )
