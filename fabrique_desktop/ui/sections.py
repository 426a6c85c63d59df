"""The navigation's sections, in their order: the name each shows and the screen module
that builds it. One list for the main window and for the window painted before it
(first_paint.py), so the two cannot part. Qt only, and light: it is imported before the
first paint."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# Each: its name, in the MainWindow context; the module under ui/ whose build() makes it.
NAVIGATION = (
    (QT_TRANSLATE_NOOP("MainWindow", "Today"), "home"),
    (QT_TRANSLATE_NOOP("MainWindow", "Needs"), "needs"),
    (QT_TRANSLATE_NOOP("MainWindow", "Studies and validations"), "studies"),
    (QT_TRANSLATE_NOOP("MainWindow", "Projects"), "projects"),
    (QT_TRANSLATE_NOOP("MainWindow", "Holders"), "holders"),
    (QT_TRANSLATE_NOOP("MainWindow", "Committees"), "committees"),
    (QT_TRANSLATE_NOOP("MainWindow", "Network"), "network"),
    (QT_TRANSLATE_NOOP("MainWindow", "Pipeline view"), "pipeline"),
    (QT_TRANSLATE_NOOP("MainWindow", "Creativity sessions"), "sessions"),
    (QT_TRANSLATE_NOOP("MainWindow", "Dashboard"), "dashboard"),
)


def section_name(name: str) -> str:
    """A section's name as the navigation shows it (in French)."""
    return QCoreApplication.translate("MainWindow", name)
