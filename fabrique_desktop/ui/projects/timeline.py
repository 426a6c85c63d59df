"""A simple horizontal timeline of a project's milestones: done, late, to come, today."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...domain import french
from ...domain.models import Milestone
from ...domain.services.milestones import is_late
from ..common.colours import ALERT

DONE = QColor("#2e7d32")
LATE = ALERT
PLANNED = QColor("#6b6b6b")


class Timeline(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timeline")
        self.milestones: list[Milestone] = []
        self.today = dt.date.today()
        self.setMinimumHeight(70)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_milestones(self, milestones: list[Milestone]) -> None:
        self.milestones = milestones
        self.setVisible(bool(milestones))
        self.update()

    def colour(self, milestone: Milestone) -> QColor:
        if milestone.done_on is not None:
            return DONE
        return LATE if is_late(milestone, self.today) else PLANNED

    def paintEvent(self, event) -> None:
        if not self.milestones:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        days = [m.planned_on for m in self.milestones] + [self.today]
        first, last = min(days), max(days)
        span = max((last - first).days, 1)
        left, right = 12.0, self.width() - 12.0
        axis = 30.0  # "today" is written above the line, the first and last dates below

        def x(day: dt.date) -> float:
            return left + (right - left) * (day - first).days / span

        painter.setPen(QPen(PLANNED, 2))
        painter.drawLine(QPointF(left, axis), QPointF(right, axis))
        painter.setPen(QPen(QColor("#1565c0"), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x(self.today), 16), QPointF(x(self.today), axis + 10))
        for milestone in self.milestones:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.colour(milestone))
            painter.drawEllipse(QPointF(x(milestone.planned_on), axis), 6, 6)
        painter.setPen(self.palette().text().color())
        for day, align in (
            (first, Qt.AlignmentFlag.AlignLeft),
            (last, Qt.AlignmentFlag.AlignRight),
        ):
            painter.drawText(
                QRectF(left, axis + 12, right - left, 20), align, french.short_date(day)
            )
        label = QRectF(x(self.today) - 60, 0, 120, 16)
        label.moveLeft(min(max(label.left(), left), right - label.width()))
        painter.drawText(label, Qt.AlignmentFlag.AlignHCenter, self.tr("today"))
