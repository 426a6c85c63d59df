"""The decisions taken about a record, newest first: date, decision, committee, author;
and the button that reverses the one chosen, when nothing depends on it."""

from __future__ import annotations

from peewee import JOIN
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain import french
from ...domain.enums import DecisionKind
from ...domain.history import field_label, record_history
from ...domain.models import Committee, CommitteeKind, Decision, StaffMember
from ...domain.services.decisions import why_not_reversible
from .columns import FullTextTips
from .decision import set_possible


def decision_caption(decision: Decision, reversed_ids: set) -> str:
    """The decision as its list shows it: « Idée écartée (annulée) », or for a reversal
    « Annulation de « Idée écartée » du 12/03/2027 »."""
    if decision.kind is DecisionKind.DECISION_REVERSED and decision.reverses is not None:
        return (
            QCoreApplication.translate("DecisionHistory", "Cancellation of « %1 » of %2")
            .replace("%1", decision.reverses.kind.label)
            .replace("%2", french.short_date(decision.reverses.decided_on))
        )
    if decision.id in reversed_ids:
        return QCoreApplication.translate("DecisionHistory", "%1 (cancelled)").replace(
            "%1", decision.kind.label
        )
    return decision.kind.label


class DecisionHistory(QGroupBox):
    #: The decision chosen to be reversed (the form asks the date and the reason).
    reverse_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("DecisionHistory", "Decisions"), parent)
        #: Why the form itself cannot reverse a decision (None: it can), e.g. the study
        #: form for the launch that created the study.
        self.refusal = lambda decision: None
        self.decisions: dict[str, Decision] = {}
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("decisions")
        self.tree.setRootIsDecorated(False)
        self.tree.setMaximumHeight(130)
        self.tree.setItemDelegate(FullTextTips(self.tree))
        self.tree.setHeaderLabels(
            [
                QCoreApplication.translate("DecisionHistory", "Date"),
                QCoreApplication.translate("DecisionHistory", "Decision"),
                QCoreApplication.translate("DecisionHistory", "Committee"),
                QCoreApplication.translate("DecisionHistory", "Recorded by"),
                QCoreApplication.translate("DecisionHistory", "Notes"),
            ]
        )
        self.tree.itemSelectionChanged.connect(self.refresh)
        column = QVBoxLayout(self)
        column.addWidget(self.tree)
        row = QHBoxLayout()
        row.addStretch()
        self.reverse_button = QPushButton(
            QCoreApplication.translate("DecisionHistory", "Cancel this decision…"), self
        )
        self.reverse_button.setObjectName("reverse_decision")
        self.reverse_button.clicked.connect(lambda: self.reverse_requested.emit(self.selected()))
        row.addWidget(self.reverse_button)
        column.addLayout(row)
        self.refresh()

    def selected(self) -> Decision | None:
        items = self.tree.selectedItems()
        return self.decisions.get(items[0].data(0, Qt.ItemDataRole.UserRole)) if items else None

    def refresh(self) -> None:
        """Offer to reverse the chosen decision, or say why it cannot be."""
        decision = self.selected()
        if decision is None:
            why = QCoreApplication.translate(
                "DecisionHistory", "Choose the decision recorded by mistake in the list."
            )
        else:
            why = self.refusal(decision) or why_not_reversible(decision)
        set_possible(self.reverse_button, why is None, why or "")

    def show_decisions(self, condition) -> None:
        """Fill with the decisions matching ``condition`` (e.g. ``Decision.need == need``)."""
        self.tree.clear()
        self.decisions = {}
        if condition is None:
            self.refresh()
            return
        # One query: committee, its kind and the author come joined, not one by one.
        decisions = (
            Decision.select(Decision, Committee, CommitteeKind, StaffMember)
            .join(Committee, JOIN.LEFT_OUTER)
            .join(CommitteeKind, JOIN.LEFT_OUTER)
            .switch(Decision)
            .join(StaffMember)
            .where(condition)
            .order_by(Decision.decided_on.desc(), Decision.created_at.desc())
        )
        decisions = list(decisions)
        reversed_ids = {d.reverses_id for d in decisions if d.reverses_id is not None}
        for decision in decisions:
            committee = decision.committee
            where = (
                QCoreApplication.translate("DecisionHistory", "%1 of %2")
                .replace("%1", committee.kind.name)
                .replace("%2", french.short_date(committee.meeting_on))
                if committee is not None
                else "—"
            )
            row = QTreeWidgetItem(
                self.tree,
                [
                    french.short_date(decision.decided_on),
                    decision_caption(decision, reversed_ids),
                    where,
                    decision.author.name,
                    decision.notes,
                ],
            )
            row.setData(0, Qt.ItemDataRole.UserRole, str(decision.id))
            self.decisions[str(decision.id)] = decision
        for column in range(4):
            self.tree.resizeColumnToContents(column)
        self.refresh()


class ChangeHistoryDialog(QDialog):
    """Who changed what and when, field by field; read-only by construction."""

    def __init__(self, title: str, record_id, captions: dict[str, str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("ChangeHistoryDialog", "History — %1").replace("%1", title)
        )
        layout = QVBoxLayout(self)
        entries = record_history(record_id)
        self.empty = QLabel(
            QCoreApplication.translate(
                "ChangeHistoryDialog", "No change has been recorded for this record yet."
            ),
            self,
        )
        self.empty.setObjectName("no_changes")
        self.empty.setVisible(not entries)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.empty, 0 if entries else 1)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("changes")
        self.tree.setItemDelegate(FullTextTips(self.tree))
        self.tree.setHeaderLabels(
            [
                QCoreApplication.translate("ChangeHistoryDialog", "Field"),
                QCoreApplication.translate("ChangeHistoryDialog", "Before"),
                QCoreApplication.translate("ChangeHistoryDialog", "After"),
            ]
        )
        for entry in reversed(entries):  # newest first
            at = entry.at.astimezone()
            top = QTreeWidgetItem(
                self.tree,
                [
                    QCoreApplication.translate("ChangeHistoryDialog", "%1 at %2 — %3 by %4")
                    .replace("%1", at.strftime("%d/%m/%Y"))
                    .replace("%2", f"{at.hour} h {at.minute:02d}")
                    .replace("%3", entry.action)
                    .replace("%4", entry.author)
                ],
            )
            top.setFirstColumnSpanned(True)  # one line of its own above its fields
            for change in entry.changes:
                label = captions.get(change.field) or field_label(change.field)
                QTreeWidgetItem(top, [label, change.old, change.new])
            top.setExpanded(True)
        self.tree.setVisible(bool(entries))
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(760, 520)
