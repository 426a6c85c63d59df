"""The decisions taken about a record, newest first: date, decision, committee, author."""

from __future__ import annotations

from peewee import JOIN
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain import french
from ...domain.history import field_label, record_history
from ...domain.models import Committee, CommitteeKind, Decision, StaffMember
from .columns import FullTextTips


class DecisionHistory(QGroupBox):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("DecisionHistory", "Decisions"), parent)
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
        QVBoxLayout(self).addWidget(self.tree)

    def show_decisions(self, condition) -> None:
        """Fill with the decisions matching ``condition`` (e.g. ``Decision.need == need``)."""
        self.tree.clear()
        if condition is None:
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
        for decision in decisions:
            committee = decision.committee
            where = (
                QCoreApplication.translate("DecisionHistory", "%1 of %2")
                .replace("%1", committee.kind.name)
                .replace("%2", french.short_date(committee.meeting_on))
                if committee is not None
                else "—"
            )
            QTreeWidgetItem(
                self.tree,
                [
                    french.short_date(decision.decided_on),
                    decision.kind.label,
                    where,
                    decision.author.name,
                    decision.notes,
                ],
            )
        for column in range(4):
            self.tree.resizeColumnToContents(column)


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
