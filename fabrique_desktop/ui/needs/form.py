"""The fiche besoin: every field of step 1, and the committee's decisions on the idea."""

from __future__ import annotations

from typing import Any

from ...domain import choices
from ...domain.enums import DecisionKind, NeedSource, Sector
from ...domain.models import Decision, Need
from ...domain.services import needs
from ..common import step_decisions
from ..common.decision import set_possible
from ..common.fields import (
    ChoiceField,
    DateField,
    LongTextField,
    MultiChoiceField,
    TextField,
)
from ..common.form import RecordForm
from ..session import Session


class NeedForm(RecordForm):
    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        add = self.fields.add
        add("title", self.tr("&Title:"), TextField(self))
        territory = add("territory", self.tr("Co&mmune:"), ChoiceField(self, empty_label=""))
        territory.set_choices(choices.territories())
        sector = add("sector", self.tr("&Sector:"), ChoiceField(self, empty_label=""))
        sector.set_enum(Sector)
        source = add("source", self.tr("So&urce:"), ChoiceField(self, empty_label=""))
        source.set_enum(NeedSource)
        add("source_detail", self.tr("Source &details:"), TextField(self))
        creativity = add("session", self.tr("Ori&gin session:"), ChoiceField(self, empty_label=""))
        creativity.set_choices(choices.creativity_sessions())
        add("detected_on", self.tr("Spotted &on:"), DateField(self))
        add("description", self.tr("&Description:"), LongTextField(self))
        add("target_public", self.tr("Target &public:"), LongTextField(self, lines=2))
        add("existing_offer", self.tr("E&xisting offer:"), LongTextField(self, lines=2))
        partners = add("partners", self.tr("First &partners:"), MultiChoiceField(self))
        partners.set_choices(choices.partners())
        staff = add("staff", self.tr("Followed b&y:"), ChoiceField(self, empty_label=""))
        staff.set_choices(choices.staff_members())

        self.keep_button = self.add_action(self.tr("Keep the idea"), self.keep, "keep")
        self.postpone_button = self.add_action(self.tr("Postpone"), self.postpone, "postpone")
        self.drop_button = self.add_action(self.tr("Set aside"), self.drop, "drop")
        self.study_button = self.add_action(
            self.tr("Launch the opportunity study"), self.launch_study, "launch_study"
        )

        self.show_attachments()
        self.show_history()

    def decisions_about(self, need):
        return Decision.need == need

    def new_heading(self) -> str:
        return self.tr("New need")

    def describe(self, need: Need) -> tuple[str, str]:
        return need.title, self.tr("Status: %1").replace("%1", need.status.label)

    def defaults(self) -> dict[str, Any]:
        return {"staff": self.session.staff.id, "partners": []}

    def values_of(self, need: Need) -> dict[str, Any]:
        values = self.stored_values(need, [n for n in self.fields.editors if n != "partners"])
        values["partners"] = [link.partner_id for link in need.partner_links]
        return values

    def persist(self, values: dict[str, Any]) -> Need:
        if self.record is None:
            return needs.create_need(values)
        return needs.update_need(self.record, values)

    def refresh_actions(self) -> None:
        saved = self.record is not None
        open_idea = saved and self.record.status in needs.OPEN_IDEA
        why = (
            self.tr("Save the need first.")
            if not saved
            else self.tr("The committee has already decided on this idea.")
        )
        for button in (
            self.keep_button,
            self.postpone_button,
            self.drop_button,
            self.study_button,
        ):
            set_possible(button, open_idea, why)

    # -- decisions -----------------------------------------------------------------------
    def _decide(self, dialog) -> None:
        """Run the decision ``dialog()`` builds, once unsaved changes are dealt with."""
        if not self.confirm_leave():
            return
        if dialog().exec():
            self.load(Need.get_by_id(self.record.id))
            self.saved.emit(self.record)

    def _idea(self, kind: DecisionKind, title: str) -> None:
        self._decide(
            lambda: step_decisions.decide_on_idea(
                self.record, kind, title, self.session.staff, self
            )
        )

    def keep(self) -> None:
        self._idea(DecisionKind.NEED_KEPT, self.tr("Keep the idea"))

    def postpone(self) -> None:
        self._idea(DecisionKind.NEED_POSTPONED, self.tr("Postpone"))

    def drop(self) -> None:
        self._idea(DecisionKind.NEED_DROPPED, self.tr("Set aside"))

    def launch_study(self) -> None:
        self._decide(lambda: step_decisions.launch_study(self.record, self.session.staff, self))
