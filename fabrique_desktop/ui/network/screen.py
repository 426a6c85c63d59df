"""The Réseau screen: two lists in tabs, partners (Acteurs du réseau) and staff."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget

from ...domain import choices
from ...domain.enums import Organisation, PartnerKind
from ...domain.listing import PARTNERS, STAFF
from ...domain.models import Partner, StaffMember
from ...domain.services import network
from ..common import personal_data
from ..common.fields import CheckField, ChoiceField, LongTextField, TextField
from ..common.form import RecordForm
from ..common.list_screen import (
    ListFilterChoice,
    ListScreen,
    commune_filter,
)
from ..common.table_model import RecordTableModel
from ..session import Session


class PartnerColumn(IntEnum):
    NAME = 0
    KIND = 1
    CONTACT_NAME = 2
    EMAIL = 3
    PHONE = 4
    COMMUNE = 5


class PartnerTableModel(RecordTableModel):
    Column = PartnerColumn
    listing = PARTNERS

    def headers(self) -> dict[IntEnum, str]:
        return {
            PartnerColumn.NAME: QCoreApplication.translate("NetworkScreen", "Name"),
            PartnerColumn.KIND: QCoreApplication.translate("NetworkScreen", "Kind"),
            PartnerColumn.CONTACT_NAME: QCoreApplication.translate("NetworkScreen", "Contact"),
            PartnerColumn.EMAIL: QCoreApplication.translate("NetworkScreen", "E-mail"),
            PartnerColumn.PHONE: QCoreApplication.translate("NetworkScreen", "Phone"),
            PartnerColumn.COMMUNE: QCoreApplication.translate("NetworkScreen", "Commune"),
        }


class PartnerForm(personal_data.PersonalDataActions, RecordForm):
    def __init__(self, parent=None):
        super().__init__(parent)
        add = self.fields.add
        add("name", self.tr("&Name:"), TextField(self))
        kind = add("kind", self.tr("&Kind:"), ChoiceField(self, empty_label=""))
        kind.set_enum(PartnerKind)
        add("contact_name", self.tr("&Contact:"), TextField(self))
        add("email", self.tr("&E-mail:"), TextField(self))
        add("phone", self.tr("&Phone:"), TextField(self))
        territory = add("territory", self.tr("Co&mmune:"), ChoiceField(self, empty_label=""))
        territory.set_choices(choices.territories())
        add("notes", self.tr("N&otes:"), LongTextField(self, lines=3))
        personal_data.add_actions(self)

    def new_heading(self) -> str:
        return self.tr("New partner")

    def describe(self, partner: Partner) -> tuple[str, str]:
        return partner.name, partner.kind.label

    def values_of(self, partner: Partner) -> dict[str, Any]:
        return self.stored_values(partner)

    def persist(self, values: dict[str, Any]) -> Partner:
        if self.record is None:
            return network.create_partner(values)
        return network.update_partner(self.record, values)


class StaffColumn(IntEnum):
    NAME = 0
    ORGANISATION = 1
    EMAIL = 2
    PHONE = 3
    ACTIVE = 4


class StaffTableModel(RecordTableModel):
    Column = StaffColumn
    listing = STAFF

    def headers(self) -> dict[IntEnum, str]:
        return {
            StaffColumn.NAME: QCoreApplication.translate("NetworkScreen", "Name"),
            StaffColumn.ORGANISATION: QCoreApplication.translate("NetworkScreen", "Organisation"),
            StaffColumn.EMAIL: QCoreApplication.translate("NetworkScreen", "E-mail"),
            StaffColumn.PHONE: QCoreApplication.translate("NetworkScreen", "Phone"),
            StaffColumn.ACTIVE: QCoreApplication.translate("NetworkScreen", "Active"),
        }


class StaffForm(personal_data.PersonalDataActions, RecordForm):
    def __init__(self, parent=None):
        super().__init__(parent)
        add = self.fields.add
        add("name", self.tr("&Name:"), TextField(self))
        organisation = add("organisation", self.tr("&Organisation:"), ChoiceField(self))
        organisation.set_enum(Organisation)
        add("organisation_other", self.tr("&Which one:"), TextField(self))
        add("email", self.tr("&E-mail:"), TextField(self))
        add("phone", self.tr("&Phone:"), TextField(self))
        add("active", self.tr("&Active:"), CheckField(self))
        login = add("login", self.tr("Server &login:"), TextField(self))
        login.setToolTip(
            self.tr(
                "The PostgreSQL role this person connects to the server with: what they "
                "save there is signed with their name. Empty for a file."
            )
        )
        personal_data.add_actions(self)

    def new_heading(self) -> str:
        return self.tr("New staff member")

    def describe(self, staff: StaffMember) -> tuple[str, str]:
        return staff.name, staff.organisation.label

    def defaults(self) -> dict[str, Any]:
        return {"organisation": Organisation.CRESS, "active": True}

    def values_of(self, staff: StaffMember) -> dict[str, Any]:
        return self.stored_values(staff)

    def persist(self, values: dict[str, Any]) -> StaffMember:
        if self.record is None:
            return network.create_staff_member(values)
        return network.update_staff_member(self.record, values)


class NetworkScreen(QTabWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("network")
        self.partners = ListScreen(
            "partners",
            PartnerTableModel(),
            PartnerForm(),
            Partner,
            filters=(
                ListFilterChoice(
                    "status",
                    QCoreApplication.translate("NetworkScreen", "All kinds"),
                    PartnerKind.choices,
                ),
                commune_filter(),
            ),
            count_text=lambda n: QCoreApplication.translate(
                "NetworkScreen", "%n partner(s)", None, n
            ),
            delete=network.delete_partner,
            deletion_question=lambda partner: QCoreApplication.translate(
                "NetworkScreen",
                "Delete the partner « %1 »? It is also removed from the needs and committees "
                "it takes part in.",
            ).replace("%1", partner.name),
            restricted_filter=True,
        )
        self.staff = ListScreen(
            "staff",
            StaffTableModel(),
            StaffForm(),
            StaffMember,
            filters=(),
            count_text=lambda n: QCoreApplication.translate(
                "NetworkScreen", "%n staff member(s)", None, n
            ),
            delete=network.delete_staff_member,
            deletion_question=lambda staff: QCoreApplication.translate(
                "NetworkScreen",
                "Delete %1? Someone who recorded decisions cannot be deleted: mark them "
                "inactive instead.",
            ).replace("%1", staff.name),
        )
        self.addTab(self.partners, QCoreApplication.translate("NetworkScreen", "Network partners"))
        self.addTab(self.staff, QCoreApplication.translate("NetworkScreen", "Staff"))

    def current_list(self) -> ListScreen:
        return self.currentWidget()

    def lists(self) -> list[ListScreen]:
        return [self.partners, self.staff]

    def refresh(self) -> None:
        self.partners.refresh()
        self.staff.refresh()


def build(session: Session) -> NetworkScreen:
    return NetworkScreen()
