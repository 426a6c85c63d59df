"""A scored grid (criterion, score 0–5, comment) inside a form, with its running total.

Used by the opportunity study and the candidacy's qualification grid; its fields are
named like the domain's errors (``scores.<criterion>.score``) so messages land in place.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QGroupBox

from ...domain.enums import LabelledEnum
from ...domain.models import SCORE_MAX, SCORE_MIN
from ...domain.services.grids import grid_field, grid_total
from .fields import ChoiceField, TextField
from .fieldset import ERROR_STYLE, FieldSet
from .plain import PlainLabel


class ScoreGrid(QGroupBox):
    def __init__(self, title: str, criteria: type[LabelledEnum], fields: FieldSet, parent=None):
        super().__init__(title, parent)
        self.criteria = criteria
        self.fields = fields
        layout = QGridLayout(self)
        layout.addWidget(
            PlainLabel(QCoreApplication.translate("ScoreGrid", "Criterion"), self), 0, 0
        )
        layout.addWidget(PlainLabel(QCoreApplication.translate("ScoreGrid", "Score"), self), 0, 1)
        layout.addWidget(PlainLabel(QCoreApplication.translate("ScoreGrid", "Comment"), self), 0, 2)
        for row, criterion in enumerate(criteria, start=1):
            caption = PlainLabel(criterion.label, self)
            caption.setWordWrap(True)
            layout.addWidget(caption, 2 * row - 1, 0)
            score = ChoiceField(self, empty_label="—")
            score.set_choices((str(n), str(n)) for n in range(SCORE_MIN, SCORE_MAX + 1))
            caption.setBuddy(score)
            comment = TextField(self, max_length=5000)
            layout.addWidget(score, 2 * row - 1, 1)
            layout.addWidget(comment, 2 * row - 1, 2)
            for part, editor, column in (("score", score, 1), ("comment", comment, 2)):
                message = PlainLabel(self)
                message.setStyleSheet(ERROR_STYLE)
                message.hide()
                layout.addWidget(message, 2 * row, column)
                fields.register(grid_field(criterion, part), editor, message)
            score.changed.connect(self.update_total)
        self.total = PlainLabel(self)
        self.total.setObjectName("grid_total")
        layout.addWidget(self.total, 2 * len(criteria) + 1, 0, 1, 3)
        layout.setColumnStretch(2, 1)
        self.update_total()

    def scores(self, values: dict[str, Any]) -> dict[str, dict[str, Any]]:
        """The grid as the domain services take it, from the form's flat values."""
        return {
            c.value: {
                "score": values.pop(grid_field(c, "score"), None),
                "comment": values.pop(grid_field(c, "comment"), ""),
            }
            for c in self.criteria
        }

    @staticmethod
    def values_of(rows, criteria: type[LabelledEnum]) -> dict[str, Any]:
        """Form values of a grid from its stored score rows."""
        values: dict[str, Any] = {}
        for criterion in criteria:
            values[grid_field(criterion, "score")] = None
            values[grid_field(criterion, "comment")] = ""
        for row in rows:
            values[grid_field(row.criterion, "score")] = row.score
            values[grid_field(row.criterion, "comment")] = row.comment
        return values

    def update_total(self) -> None:
        total = grid_total(
            [self.fields.editors[grid_field(c, "score")].value() for c in self.criteria]
        )
        self.total.setText(
            QCoreApplication.translate("ScoreGrid", "Total: %1 / %2 (%3 of %4 criteria scored)")
            .replace("%1", str(total.points))
            .replace("%2", str(total.maximum))
            .replace("%3", str(total.scored))
            .replace("%4", str(total.criteria))
        )
