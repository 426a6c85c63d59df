"""The dialog every status change goes through: the decision's date, committee and notes
(plus what the decision needs, e.g. the enterprise's legal form), then the service call.

The dialog stays open on a refusal, showing the messages next to the fields."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from ...domain import french
from ...domain.models import Committee, CommitteeKind, Decision, StaffMember, database
from ...domain.services.decisions import reverse_decision
from ...domain.validation import ValidationError
from . import plain
from .buttons import without_mnemonic
from .fields import ChoiceField, DateField, LongTextField
from .fieldset import FieldSet
from .plain import PlainLabel


def committee_choices(until: dt.date) -> list[tuple[Any, str]]:
    """Meetings up to ``until``, most recent first, as « 12/03/2027 — Comité de pilotage »."""
    meetings = (
        Committee.select(Committee.id, Committee.meeting_on, CommitteeKind.name)
        .join(CommitteeKind)
        .where(Committee.meeting_on <= until)
        .order_by(Committee.meeting_on.desc())
        .limit(40)
        .tuples()
    )
    return [(key, f"{french.short_date(day)} — {kind}") for key, day, kind in meetings]


#: A meeting held this recently is the one whose decisions are being recorded.
RECORDING_WINDOW = dt.timedelta(days=30)


def meeting_just_held(today: dt.date):
    """The latest meeting of the last weeks, the one decisions are usually recorded for
    (none: « Hors comité »)."""
    return (
        Committee.select(Committee.id)
        .where(Committee.meeting_on.between(today - RECORDING_WINDOW, today))
        .order_by(Committee.meeting_on.desc())
        .scalar()
    )


class DecisionDialog(QDialog):
    def __init__(
        self,
        title: str,
        explanation: str,
        action: Callable[[dict[str, Any]], Any],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(without_mnemonic(title))
        self.action = action
        self.result_value: Any = None
        layout = QVBoxLayout(self)
        intro = PlainLabel(explanation, self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        banner = PlainLabel(self)
        banner.setObjectName("error_banner")
        layout.addWidget(banner)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.fields = FieldSet(self.form, banner)
        today = dt.date.today()
        self.fields.add(
            "decided_on",
            QCoreApplication.translate("DecisionDialog", "Decision &date:"),
            DateField(self),
        )
        committee = ChoiceField(
            self, empty_label=QCoreApplication.translate("DecisionDialog", "— No committee —")
        )
        committee.set_choices(committee_choices(today))
        committee.set_value(meeting_just_held(today))
        self.fields.add(
            "committee", QCoreApplication.translate("DecisionDialog", "&Committee:"), committee
        )
        self.fields.add(
            "notes",
            QCoreApplication.translate("DecisionDialog", "&Notes:"),
            LongTextField(self, lines=3),
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        # The button says what it does (« Écarter »), not « OK »; Enter presses it.
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(without_mnemonic(title))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def add_field(self, name: str, label: str, editor: QWidget) -> QWidget:
        """A field the decision needs besides date, committee and notes."""
        return self.fields.add(name, label, editor)

    def submit(self) -> None:
        try:
            self.result_value = self.action(self.fields.values())
        except ValidationError as refused:
            self.fields.show_errors(refused.errors)
            return
        self.accept()


def ask_reversal(decision: Decision, author: StaffMember, parent: QWidget) -> bool:
    """Ask the date and the reason of reversing ``decision``, then reverse it; True when
    it was. The dialog is the confirmation: it says what will happen, and its button
    « Annuler cette décision » does it."""
    title = QCoreApplication.translate("DecisionDialog", "Cancel this decision")
    explanation = (
        QCoreApplication.translate(
            "DecisionDialog",
            "The decision « %1 » of %2 will be cancelled by a new dated decision, and the "
            "record will return to its state before it. Both decisions stay in the history. "
            "Say why in the notes.",
        )
        .replace("%1", decision.kind.label)
        .replace("%2", french.short_date(decision.decided_on))
    )
    dialog = DecisionDialog(
        title, explanation, lambda values: reverse_decision(decision, values, author), parent
    )
    dialog.setObjectName("reversal")
    # Beside « Annuler cette décision », Qt's « Annuler » would read as the same action.
    keep = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    keep.setText(QCoreApplication.translate("DecisionDialog", "Keep the decision"))
    # A correction of the file, usually not a committee's: « Hors comité » unless chosen.
    dialog.fields.editors["committee"].set_value(None)
    return bool(dialog.exec())


# Buttons that only read (history, opening an attachment): usable on a read-only file.
READING_BUTTONS = frozenset({"history", "open_attachment", "save_attachment"})


def set_possible(button: QWidget, possible: bool, why_not: str = "") -> None:
    """Enable an action, or disable it with a tooltip that says why it is impossible.

    On a file opened read-only every action that would write stays disabled."""
    if possible and database.obj.read_only and button.objectName() not in READING_BUTTONS:
        possible = False
        why_not = QCoreApplication.translate("RecordForm", "The file is open read-only.")
    button.setEnabled(possible)
    button.setToolTip("" if possible else plain.tooltip(why_not))
