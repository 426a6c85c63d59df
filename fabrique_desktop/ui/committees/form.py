"""The committee meeting: kind, date, place, members, its agenda, and what follows —
the dossier to print, the decisions to record, the minutes."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QTableWidgetItem,
    QVBoxLayout,
)

from ...domain import choices, french
from ...domain.models import AgendaItem, Committee, Decision
from ...domain.services import committees, decisions
from ...domain.validation import RECORD, ValidationError
from ..common import plain
from ..common.background import ProgressTask
from ..common.buttons import without_mnemonic
from ..common.columns import fit_columns, record_table
from ..common.decision import ask_reversal, set_possible
from ..common.fields import (
    ChoiceField,
    DateField,
    LongTextField,
    MultiChoiceField,
    TextField,
    TimeField,
)
from ..common.form import RecordForm
from ..session import Session
from .agenda import AgendaItemDialog
from .attendance import AttendanceField
from .outcomes import OutcomesDialog, agenda_subject


class CommitteeForm(RecordForm):
    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.task: ProgressTask | None = None  # the dossier being prepared
        self.preview = None  # the PdfPreviewDialog last shown
        self.preparing_minutes = False
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
        self.attendance = add("attendance", self.tr("Attendance:"), AttendanceField(self))
        partners.changed.connect(self.convened_changed)
        staff.changed.connect(self.convened_changed)
        guests = add("guests", self.tr("Guests who came (not con&vened):"), MultiChoiceField(self))
        guests.set_choices(choices.partners())
        add("notes", self.tr("&Notes:"), LongTextField(self, lines=3))
        self.add_section(self._agenda_box())
        self.dossier_button = self.add_action(
            self.tr("Prepare the dossier"), lambda: self.prepare(minutes=False), "dossier"
        )
        self.outcomes_button = self.add_action(
            self.tr("Record the decisions"), self.record_outcomes, "outcomes"
        )
        self.minutes_button = self.add_action(
            self.tr("Minutes"), lambda: self.prepare(minutes=True), "minutes"
        )
        self.show_attachments()

    def _agenda_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Agenda"), self)
        column = QVBoxLayout(box)
        self.agenda = record_table(
            box,
            "agenda",
            [self.tr("No."), self.tr("Purpose"), self.tr("Point"), self.tr("Decision")],
        )
        self.agenda.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.agenda.setWordWrap(False)
        fit_columns(self.agenda, 2)  # the point's title takes the rest
        self.agenda.setMinimumHeight(200)
        self.agenda.itemSelectionChanged.connect(self.refresh_actions)
        column.addWidget(self.agenda)
        row = QHBoxLayout()
        self.add_item_button = self.add_button(
            row, self.tr("Add a point…"), self.add_item, "add_item"
        )
        self.up_button = self.add_button(row, self.tr("Move up"), lambda: self.move(-1), "up")
        self.down_button = self.add_button(row, self.tr("Move down"), lambda: self.move(1), "down")
        row.addStretch()
        self.reverse_button = self.add_button(
            row, self.tr("Cancel the decision…"), self.reverse_outcome, "reverse_outcome"
        )
        self.remove_button = self.add_button(row, self.tr("Remove"), self.remove_item, "remove")
        column.addLayout(row)
        return box

    # -- record --------------------------------------------------------------------------
    def new_heading(self) -> str:
        return self.tr("New committee meeting")

    def describe(self, committee: Committee) -> tuple[str, str]:
        return f"{committee.kind.name} — {french.long_date(committee.meeting_on)}", committee.place

    def defaults(self) -> dict[str, Any]:
        return {"partners": [], "staff": [], "attendance": {}, "guests": []}

    def values_of(self, committee: Committee) -> dict[str, Any]:
        members = list(committee.members)
        convened = [m for m in members if m.convened]
        return {
            "kind": committee.kind_id,
            "meeting_on": committee.meeting_on,
            "starts_at": committee.starts_at,
            "place": committee.place,
            "notes": committee.notes,
            "partners": [m.partner_id for m in convened if m.partner_id],
            "staff": [m.staff_id for m in convened if m.staff_id],
            "attendance": {
                committees.member_key(m): m.attendance.value if m.attendance else None
                for m in convened
            },
            "guests": [m.partner_id for m in members if not m.convened],
        }

    def convened_changed(self) -> None:
        """One attendance row per member checked above, in the lists' order."""
        rows = []
        for field, prefix in (("partners", "partner"), ("staff", "staff")):
            editor = self.fields.editors[field]
            for row in range(editor.count()):
                item = editor.item(row)
                if item.checkState() == Qt.CheckState.Checked:
                    key = f"{prefix}:{item.data(Qt.ItemDataRole.UserRole)}"
                    rows.append((key, item.text()))
        self.attendance.set_members(rows)

    def persist(self, values: dict[str, Any]) -> Committee:
        if self.record is None:
            return committees.create_committee(values)
        return committees.update_committee(self.record, values)

    def show_record(self, record) -> None:
        self.fill_agenda()

    def items(self) -> list[AgendaItem]:
        return list(self.record.agenda_items.order_by(AgendaItem.position))

    def fill_agenda(self, select: int | None = None) -> None:
        self.agenda.setRowCount(0)
        if self.record is None:
            return
        for item in self.items():
            row = self.agenda.rowCount()
            self.agenda.insertRow(row)
            outcome = item.outcome.label if item.outcome else ""
            for column, text in enumerate(
                (str(item.position), item.purpose.label, agenda_subject(item), outcome)
            ):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, str(item.id))
                self.agenda.setItem(row, column, cell)
        self.agenda.resizeColumnsToContents()
        if select is not None:
            self.agenda.selectRow(select)
        self.refresh_actions()

    def selected_row(self) -> int | None:
        rows = {index.row() for index in self.agenda.selectedIndexes()}
        return rows.pop() if rows else None

    def refresh_actions(self) -> None:
        saved = self.record is not None
        save_first = self.tr("Save the meeting first.")
        row = self.selected_row() if saved else None
        count = self.agenda.rowCount()
        set_possible(self.add_item_button, saved, save_first)
        choose = self.tr("Choose a point of the agenda.")
        set_possible(self.up_button, row is not None and row > 0, choose)
        set_possible(self.down_button, row is not None and row < count - 1, choose)
        set_possible(self.remove_button, row is not None, choose)
        set_possible(self.reverse_button, *self._reversible(row))
        set_possible(self.dossier_button, saved and count > 0, self.tr("The agenda is empty."))
        held = saved and self.record.meeting_on <= dt.date.today()
        not_yet = self.tr("Decisions are recorded once the meeting has taken place.")
        set_possible(self.outcomes_button, held and count > 0, not_yet)
        set_possible(self.minutes_button, held and count > 0, not_yet)

    # -- agenda --------------------------------------------------------------------------
    def add_item(self) -> None:
        if AgendaItemDialog(self.record, self).exec():
            self.fill_agenda(select=self.agenda.rowCount())

    def move(self, step: int) -> None:
        row = self.selected_row()
        ids = [str(item.id) for item in self.items()]
        ids.insert(row + step, ids.pop(row))
        committees.reorder_agenda(self.record, ids)
        self.fill_agenda(select=row + step)

    def remove_item(self) -> None:
        item = AgendaItem.get_by_id(self.items()[self.selected_row()].id)
        answer = plain.question(
            self,
            self.tr("Remove"),
            self.tr("Remove point %1 « %2 » from the agenda?")
            .replace("%1", str(item.position))
            .replace("%2", agenda_subject(item)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            committees.remove_agenda_item(item)
        except ValidationError as refused:
            plain.warning(self, self.tr("Remove"), refused.errors.get(RECORD, ""))
            return
        self.fill_agenda()

    # -- after the meeting ---------------------------------------------------------------
    def point_decision(self, row: int) -> Decision | None:
        """The dated decision still standing on the agenda point of ``row``."""
        return (
            Decision.select()
            .where((Decision.agenda_item == self.items()[row].id) & decisions.standing())
            .first()
        )

    def _reversible(self, row: int | None) -> tuple[bool, str]:
        if row is None:
            return False, self.tr("Choose a point of the agenda.")
        decision = self.point_decision(row)
        if decision is None:
            return False, self.tr("No dated decision is recorded on this point.")
        why = decisions.why_not_reversible(decision)
        return why is None, why or ""

    def reverse_outcome(self) -> None:
        row = self.selected_row()
        if ask_reversal(self.point_decision(row), self.session.staff, self):
            self.fill_agenda(select=row)
            self.saved.emit(self.record)

    def record_outcomes(self) -> None:
        if OutcomesDialog(self.record, self.session, self).exec():
            self.fill_agenda()
            self.saved.emit(self.record)

    def prepare(self, minutes: bool) -> None:
        """Build the PDF in a worker thread, with its progress and a button to cancel;
        the window stays usable meanwhile."""
        if not self.confirm_leave():
            return
        self.preparing_minutes = minutes
        committee_id = self.record.id

        def render(report) -> bytes:
            from ...dossiers.committee import prepare  # reportlab: loaded on first use

            return prepare(Committee.get_by_id(committee_id), minutes, progress=report)

        self.task = ProgressTask(
            self,
            self.tr("Committee dossier"),
            self.tr("Preparing the dossier…"),
            render,
            self.show_pdf,
            self.dossier_failed,
        )

    def show_pdf(self, content: bytes) -> None:
        """Show the finished PDF (called in the GUI thread)."""
        from ..common.pdf_preview import PdfPreviewDialog  # QtPdf: loaded on first use

        minutes = self.preparing_minutes
        kind = without_mnemonic(self.tr("Minutes") if minutes else self.tr("Committee dossier"))
        day = self.record.meeting_on.isoformat()
        self.preview = PdfPreviewDialog(
            f"{kind} — {self.record.kind.name}", content, f"{kind} {day}.pdf", self
        )
        self.preview.show()

    def dossier_failed(self, message: str) -> None:
        plain.warning(
            self,
            self.tr("Committee dossier"),
            self.tr("The dossier could not be prepared: %1").replace("%1", message),
        )
