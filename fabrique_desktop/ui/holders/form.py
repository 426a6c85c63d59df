"""The holder's form: a person (with the lawful basis for keeping their data) or an
existing organisation, contact details, and the holder's candidacies."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from ...domain import choices, french
from ...domain.enums import ConsentBasis, HolderKind, RecruitmentSource
from ...domain.models import Candidacy, Holder, Project
from ...domain.rgpd.retention import last_contact
from ...domain.services import holders
from ..common import personal_data
from ..common.columns import fit_columns
from ..common.fields import ChoiceField, DateField, LongTextField, TextField
from ..common.form import RecordForm


class HolderForm(personal_data.PersonalDataActions, RecordForm):
    PERSON_FIELDS = ("first_name", "last_name", "consent_basis", "consent_on")
    ORGANISATION_FIELDS = ("organisation_name", "siret")

    def __init__(self, parent=None):
        super().__init__(parent)
        add = self.fields.add
        kind = add("kind", self.tr("&Kind:"), ChoiceField(self))
        kind.set_enum(HolderKind)
        add("first_name", self.tr("&First name:"), TextField(self))
        add("last_name", self.tr("&Last name:"), TextField(self))
        add("organisation_name", self.tr("&Organisation:"), TextField(self))
        add("siret", self.tr("SI&RET:"), TextField(self))
        add("email", self.tr("&E-mail:"), TextField(self))
        add("phone", self.tr("&Phone:"), TextField(self))
        add("address", self.tr("A&ddress:"), LongTextField(self, lines=2))
        territory = add("territory", self.tr("Co&mmune:"), ChoiceField(self, empty_label=""))
        territory.set_choices(choices.territories())
        source = add("recruitment_source", self.tr("Recruited &through:"), ChoiceField(self))
        source.set_enum(RecruitmentSource)
        basis = add(
            "consent_basis", self.tr("Legal &basis (GDPR):"), ChoiceField(self, empty_label="")
        )
        basis.set_enum(ConsentBasis)
        add("consent_on", self.tr("Consent &given on:"), DateField(self, optional=True))
        add("notes", self.tr("&Notes:"), LongTextField(self))
        kind.changed.connect(self.follow_kind)

        self.candidacies = QTreeWidget(self)
        self.candidacies.setObjectName("candidacies")
        self.candidacies.setRootIsDecorated(False)
        self.candidacies.setHeaderLabels(
            [self.tr("Project"), self.tr("Received on"), self.tr("Status")]
        )
        self.candidacies.setMaximumHeight(140)
        fit_columns(self.candidacies, 0)
        self.form.addRow(self.tr("Candidacies:"), self.candidacies)
        self.follow_kind()
        self.show_attachments()
        personal_data.add_actions(self)

    def follow_kind(self) -> None:
        """Show the fields of a person or of an organisation, not both."""
        person = self.fields.editors["kind"].value() == HolderKind.PERSON.value
        for name in self.PERSON_FIELDS:
            self.form.setRowVisible(self.fields.editors[name].parentWidget(), person)
        for name in self.ORGANISATION_FIELDS:
            self.form.setRowVisible(self.fields.editors[name].parentWidget(), not person)

    def new_heading(self) -> str:
        return self.tr("New holder")

    def describe(self, holder: Holder) -> tuple[str, str]:
        contact = self.tr("last contact on %1").replace(
            "%1", french.short_date(last_contact(holder))
        )
        return holder.display_name, f"{holder.kind.label} · {contact}"

    def defaults(self) -> dict[str, Any]:
        return {"kind": HolderKind.PERSON, "recruitment_source": RecruitmentSource.CALL_FOR_HOLDERS}

    def values_of(self, holder: Holder) -> dict[str, Any]:
        return self.stored_values(holder)

    def show_record(self, record) -> None:
        self.follow_kind()
        self.candidacies.clear()
        if record is None:
            return
        rows = (
            Candidacy.select(Project.title, Candidacy.received_on, Candidacy.status)
            .join(Project)
            .where(Candidacy.holder == record)
            .order_by(Candidacy.received_on.desc())
            .tuples()
        )
        for title, received, status in rows:
            QTreeWidgetItem(self.candidacies, [title, french.short_date(received), status.label])

    def persist(self, values: dict[str, Any]) -> Holder:
        if self.record is None:
            return holders.create_holder(values)
        return holders.update_holder(self.record, values)
