"""A simple horizontal timeline of a project's milestones: done, late, to come, today."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

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

    #: « today » is written above the line, the first and last dates below.
    AXIS = 30.0
    MARGIN = 12.0

    def _span(self) -> tuple[dt.date, dt.date]:
        days = [m.planned_on for m in self.milestones] + [self.today]
        return min(days), max(days)

    def x(self, day: dt.date) -> float:
        """Where ``day`` falls on the line."""
        first, last = self._span()
        span = max((last - first).days, 1)
        left, right = self.MARGIN, self.width() - self.MARGIN
        return left + (right - left) * (day - first).days / span

    def describe(self, milestone: Milestone) -> str:
        """A dot's tooltip: title, planned and done dates, how late."""
        lines = [
            milestone.title,
            self.tr("Planned on %1").replace("%1", french.short_date(milestone.planned_on)),
        ]
        if milestone.done_on is not None:
            lines.append(self.tr("Done on %1").replace("%1", french.short_date(milestone.done_on)))
        elif is_late(milestone, self.today):
            late = (self.today - milestone.planned_on).days
            lines.append(self.tr("Late by %n day(s)", "", late))
        return "\n".join(lines)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            near = [m for m in self.milestones if abs(self.x(m.planned_on) - event.pos().x()) <= 8]
            if near and abs(event.pos().y() - self.AXIS) <= 10:
                QToolTip.showText(
                    event.globalPos(), "\n\n".join(self.describe(m) for m in near), self
                )
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def paintEvent(self, event) -> None:
        if not self.milestones:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        first, last = self._span()
        left, right = self.MARGIN, self.width() - self.MARGIN
        axis = self.AXIS
        x = self.x

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
