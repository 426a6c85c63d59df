"""Who came to a committee meeting: one pick list per convened member (présent, excusé,
absent, or not recorded yet), rebuilt as members are checked or unchecked."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QWidget

from ...domain.enums import Attendance
from ..common.fields import ChoiceField
from ..common.plain import PlainLabel


class AttendanceField(QWidget):
    """``value()`` is ``{member key: Attendance code or None}``, keys as the domain's
    :func:`~fabrique_desktop.domain.services.committees.member_key` writes them."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(2, 1)  # the pick lists as wide as their words
        self.empty = PlainLabel(self.tr("Check the convened members above."), self)
        self.grid.addWidget(self.empty, 0, 0, 1, 2)
        self.rows: dict[str, tuple[PlainLabel, ChoiceField]] = {}
        self.wanted: dict[str, Any] = {}

    def set_members(self, members: Sequence[tuple[str, str]]) -> None:
        """Show a row for each ``(key, name)``, keeping what was chosen for those who stay."""
        kept = self.value() | {k: v for k, v in self.wanted.items() if k not in self.rows}
        for row in self.rows.values():
            for widget in row:  # off the layout now, not at the next turn of the loop
                self.grid.removeWidget(widget)
                widget.hide()
                widget.deleteLater()
        self.rows = {}
        for row, (key, name) in enumerate(members):
            label = PlainLabel(name, self)
            choice = ChoiceField(self, empty_label=self.tr("— not recorded —"))
            choice.set_enum(Attendance)
            choice.set_value(kept.get(key))
            choice.changed.connect(self.changed)
            label.setBuddy(choice)
            self.grid.addWidget(label, row + 1, 0)
            self.grid.addWidget(choice, row + 1, 1)
            self.rows[key] = (label, choice)
        self.empty.setVisible(not self.rows)
        self.changed.emit()

    def value(self) -> dict[str, Any]:
        return {key: choice.value() for key, (_, choice) in self.rows.items()}

    def set_value(self, values: dict[str, Any] | None) -> None:
        # Members may arrive after their attendance (fields fill in any order): remember it.
        self.wanted = dict(values or {})
        for key, (_, choice) in self.rows.items():
            choice.set_value(self.wanted.get(key))
