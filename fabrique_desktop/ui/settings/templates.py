"""Paramètres → Modèles d'accompagnement: the support plans a project's milestones are
created from — named steps, each a number of days after the start of support."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
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
from ..common import plain
from ..common.buttons import action_button
from ..common.columns import fit_columns
from ..common.fields import PickList
from ..common.fieldset import ERROR_STYLE
from ..common.flow_layout import FlowLayout
from ..common.plain import PlainLabel


class TemplatesPage(QWidget):
    """A support plan chosen at the top, its steps below, edited in place and saved with
    « Enregistrer le modèle »."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        column = QVBoxLayout(self)
        row = QHBoxLayout()
        self.templates = PickList(self)
        self.templates.setObjectName("templates")
        caption = PlainLabel(self.tr("&Template:"), self)
        caption.setBuddy(self.templates)
        row.addWidget(caption)
        row.addWidget(self.templates, 1)
        action_button(self, row, self.tr("&New…"), self.new_template, "new_template")
        action_button(self, row, self.tr("Re&name…"), self.rename_template, "rename_template")
        action_button(self, row, self.tr("&Delete"), self.delete_template, "delete_template")
        column.addLayout(row)

        self.steps = QTableWidget(0, 2, self)
        self.steps.setObjectName("steps")
        self.steps.setHorizontalHeaderLabels([self.tr("Step"), self.tr("Days after the start")])
        # Rows numbered: a refusal says « Étape 10 », the user finds row 10.
        self.steps.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        fit_columns(self.steps, 0)
        column.addWidget(self.steps, 1)
        self.message = PlainLabel(self)
        self.message.setObjectName("steps_message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.hide()
        column.addWidget(self.message)
        row = FlowLayout()  # five buttons: two lines in a narrow window
        action_button(self, row, self.tr("&Add a step"), self.add_step, "add_step")
        action_button(self, row, self.tr("&Remove the step"), self.remove_step, "remove_step")
        action_button(self, row, self.tr("Move &up"), lambda: self.move_step(-1), "step_up")
        action_button(self, row, self.tr("Move do&wn"), lambda: self.move_step(1), "step_down")
        action_button(self, row, self.tr("&Save the template"), self.save_steps, "save_template")
        column.addLayout(row)
        self.templates.currentIndexChanged.connect(lambda *_: self.show_steps())
        self.reload()

    def reload(self, keep: MilestoneTemplate | None = None) -> None:
        self.templates.blockSignals(True)
        self.templates.clear()
        for template in MilestoneTemplate.select().order_by(MilestoneTemplate.name):
            self.templates.addItem(template.name, str(template.id))
            if keep is not None and template.id == keep.id:
                self.templates.setCurrentIndex(self.templates.count() - 1)
        self.templates.blockSignals(False)
        self.show_steps()

    def current(self) -> MilestoneTemplate | None:
        key = self.templates.currentData()
        return None if key is None else MilestoneTemplate.get_or_none(MilestoneTemplate.id == key)

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
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Template saved."))
        self.message.show()
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
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText("\n".join(lines))
        self.message.show()

    def _ask_name(self, title: str, name: str = "") -> str | None:
        text, accepted = QInputDialog.getText(
            self, title, self.tr("Name of the template:"), text=name
        )
        return text if accepted else None

    def new_template(self) -> None:
        name = self._ask_name(self.tr("New support template"))
        if name is not None:
            first = [{"title": self.tr("First step"), "offset_days": 30}]
            self._write(lambda: milestones.create_template({"name": name, "steps": first}))

    def rename_template(self) -> None:
        template = self.current()
        name = template and self._ask_name(self.tr("Rename the template"), template.name)
        if name is not None:
            steps = self.typed_steps()
            self._write(
                lambda: milestones.update_template(template, {"name": name, "steps": steps})
            )

    def _write(self, action) -> None:
        """Create or rename a template; a refusal is said in a message, the list kept."""
        try:
            template = action()
        except ValidationError as refused:
            plain.warning(self, self.tr("Support templates"), _first(refused.errors))
            return
        self.reload(keep=template)

    def delete_template(self) -> None:
        template = self.current()
        if template is None:
            return
        answer = plain.question(
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
