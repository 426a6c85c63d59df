"""Paramètres → Modèles d'accompagnement: the support plans a project's milestones are
created from — named steps, each a number of days after the start of support."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.models import MilestoneTemplate
from ...domain.services import milestones
from ...domain.validation import RECORD, ValidationError
from ..common.columns import fit_columns
from ..common.flow_layout import FlowLayout

ID_ROLE = Qt.ItemDataRole.UserRole


class TemplatesPage(QWidget):
    """The list of support plans beside the steps of the one selected, edited in place
    and saved with « Enregistrer le modèle »."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.templates = QListWidget(self)
        self.templates.setObjectName("templates")
        left.addWidget(self.templates, 1)
        row = QHBoxLayout()
        for name, text, slot in (
            ("new_template", self.tr("&New…"), self.new_template),
            ("rename_template", self.tr("Re&name…"), self.rename_template),
            ("delete_template", self.tr("&Delete"), self.delete_template),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            row.addWidget(button)
        left.addLayout(row)
        layout.addLayout(left, 1)

        right = QVBoxLayout()
        self.steps = QTableWidget(0, 2, self)
        self.steps.setObjectName("steps")
        self.steps.setHorizontalHeaderLabels([self.tr("Step"), self.tr("Days after the start")])
        self.steps.verticalHeader().hide()
        self.steps.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        fit_columns(self.steps, 0)
        right.addWidget(self.steps, 1)
        self.message = QLabel(self)
        self.message.setObjectName("steps_message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        right.addWidget(self.message)
        row = FlowLayout()  # five buttons: two lines in a narrow window
        for name, text, slot in (
            ("add_step", self.tr("&Add a step"), self.add_step),
            ("remove_step", self.tr("&Remove the step"), self.remove_step),
            ("step_up", self.tr("Move &up"), lambda: self.move_step(-1)),
            ("step_down", self.tr("Move do&wn"), lambda: self.move_step(1)),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            row.addWidget(button)
        self.save_button = QPushButton(self.tr("&Save the template"), self)
        self.save_button.setObjectName("save_template")
        self.save_button.clicked.connect(self.save_steps)
        row.addWidget(self.save_button)
        right.addLayout(row)
        layout.addLayout(right, 2)
        self.templates.currentItemChanged.connect(lambda *_: self.show_steps())
        self.reload()

    def reload(self, keep: MilestoneTemplate | None = None) -> None:
        self.templates.blockSignals(True)
        self.templates.clear()
        for template in MilestoneTemplate.select().order_by(MilestoneTemplate.name):
            item = QListWidgetItem(template.name, self.templates)
            item.setData(ID_ROLE, str(template.id))
            if keep is not None and template.id == keep.id:
                self.templates.setCurrentItem(item)
        if self.templates.currentItem() is None and self.templates.count():
            self.templates.setCurrentRow(0)
        self.templates.blockSignals(False)
        self.show_steps()

    def current(self) -> MilestoneTemplate | None:
        item = self.templates.currentItem()
        return (
            MilestoneTemplate.get_or_none(MilestoneTemplate.id == item.data(ID_ROLE))
            if item
            else None
        )

    def show_steps(self) -> None:
        template = self.current()
        self.steps.setRowCount(0)
        self.message.hide()
        if template is not None:
            for step in template.steps.order_by(template.steps.model.position):
                self._append(step.title, str(step.offset_days))
        for name in ("add_step", "remove_step", "step_up", "step_down", "save_template"):
            self.findChild(QPushButton, name).setEnabled(template is not None)

    def _append(self, title: str, offset: str) -> None:
        row = self.steps.rowCount()
        self.steps.insertRow(row)
        self.steps.setItem(row, 0, QTableWidgetItem(title))
        offset_item = QTableWidgetItem(offset)
        offset_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.steps.setItem(row, 1, offset_item)

    def typed_steps(self) -> list[dict[str, str]]:
        """The steps as typed in the table, for the domain to check."""
        return [
            {
                "title": self.steps.item(row, 0).text(),
                "offset_days": self.steps.item(row, 1).text(),
            }
            for row in range(self.steps.rowCount())
        ]

    def add_step(self) -> None:
        last = self.steps.item(self.steps.rowCount() - 1, 1) if self.steps.rowCount() else None
        self._append("", last.text() if last else "0")
        self.steps.setCurrentCell(self.steps.rowCount() - 1, 0)
        self.steps.editItem(self.steps.item(self.steps.rowCount() - 1, 0))

    def remove_step(self) -> None:
        row = self.steps.currentRow()
        if row >= 0:
            self.steps.removeRow(row)

    def move_step(self, by: int) -> None:
        row = self.steps.currentRow()
        target = row + by
        if row < 0 or not 0 <= target < self.steps.rowCount():
            return
        for column in range(2):
            here, there = self.steps.takeItem(row, column), self.steps.takeItem(target, column)
            self.steps.setItem(row, column, there)
            self.steps.setItem(target, column, here)
        self.steps.setCurrentCell(target, self.steps.currentColumn())

    def save_steps(self) -> bool:
        template = self.current()
        if template is None:
            return True
        try:
            milestones.update_template(
                template, {"name": template.name, "steps": self.typed_steps()}
            )
        except ValidationError as refused:
            self.show_refusal(refused.errors)
            return False
        self.reload(keep=template)
        return True

    def show_refusal(self, errors: dict[str, str]) -> None:
        """Say which step is wrong (« Étape 3 : … ») and select it; nothing typed is lost."""
        lines = []
        for field, text in errors.items():
            parts = field.split(".")
            if len(parts) == 3 and parts[0] == "steps":
                row = int(parts[1]) - 1
                lines.append(self.tr("Step %1: %2").replace("%1", parts[1]).replace("%2", text))
                self.steps.setCurrentCell(row, 0 if parts[2] == "title" else 1)
            else:
                lines.append(text)
        self.message.setText("\n".join(lines))
        self.message.show()

    def _ask_name(self, title: str, name: str = "") -> str | None:
        text, accepted = QInputDialog.getText(
            self, title, self.tr("Name of the template:"), text=name
        )
        return text if accepted else None

    def new_template(self) -> None:
        name = self._ask_name(self.tr("New support template"))
        if name is None:
            return
        try:
            template = milestones.create_template(
                {"name": name, "steps": [{"title": self.tr("First step"), "offset_days": 30}]}
            )
        except ValidationError as refused:
            QMessageBox.warning(self, self.tr("Support templates"), _first(refused.errors))
            return
        self.reload(keep=template)

    def rename_template(self) -> None:
        template = self.current()
        if template is None:
            return
        name = self._ask_name(self.tr("Rename the template"), template.name)
        if name is None:
            return
        try:
            milestones.update_template(template, {"name": name, "steps": self.typed_steps()})
        except ValidationError as refused:
            QMessageBox.warning(self, self.tr("Support templates"), _first(refused.errors))
            return
        self.reload(keep=template)

    def delete_template(self) -> None:
        template = self.current()
        if template is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Support templates"),
            self.tr(
                "Delete the template « %1 »? Projects already planned keep their milestones."
            ).replace("%1", template.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            milestones.delete_template(template)
            self.reload()


def _first(errors: dict[str, str]) -> str:
    return errors.get("name") or errors.get(RECORD) or next(iter(errors.values()), "")
