"""The few colours the interface gives a meaning to."""

from PySide6.QtGui import QColor

#: Errors and what is late: field messages, late milestones.
ALERT = QColor("#b3261e")
