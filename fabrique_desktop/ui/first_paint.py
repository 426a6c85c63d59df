"""The window painted first, before peewee, the models and the file are loaded: the
navigation, the home screen's panels with their headings, the file's name. The main
window takes its place, at the same spot, once the file is open and the home screen
filled. Qt only: importing this module loads nothing of the domain or the store."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from .common.screen_fit import bring_inside
from .sections import NAVIGATION, section_name


def _panels() -> list[str]:
    """The home screen's panel headings, in its order (row by row, two a row)."""
    translate = QCoreApplication.translate
    return [
        translate("HomeScreen", "Late milestones"),
        translate("HomeScreen", "Next committees"),
        translate("HomeScreen", "Awaiting a decision"),
        translate("HomeScreen", "Latest changes"),
        translate("HomeScreen", "Data to review (GDPR)"),
    ]


def _menus() -> list[str]:
    translate = QCoreApplication.translate
    return [
        translate("MainWindow", "&File"),
        translate("MainWindow", "&Edit"),
        translate("MainWindow", "&Go"),
        translate("MainWindow", "&View"),
        translate("MainWindow", "&Help"),
    ]


class FirstPaint(QMainWindow):
    """What the main window will look like, empty, with « Ouverture… » in its status bar."""

    def __init__(self, path: Path):
        super().__init__()
        self.setObjectName("first_paint")
        self.setWindowTitle(
            QCoreApplication.translate("MainWindow", "%1 — Fabrique Desktop").replace(
                "%1", path.name
            )
        )
        self.setMinimumSize(900, 560)
        navigation = QListWidget(self)
        navigation.setFixedWidth(210)
        navigation.setStyleSheet(
            "QListWidget { font-size: 11pt; } QListWidget::item { padding: 7px 10px; }"
        )
        navigation.addItems([section_name(name) for name, _module in NAVIGATION])
        navigation.setCurrentRow(0)
        home = QWidget(self)
        column = QVBoxLayout(home)
        # Where the greeting will be; a plain QLabel: a PlainLabel would build the Qt
        # namespace's enums (some 50 ms) before the frame is painted.
        column.addWidget(QLabel(" ", home))
        grid = QGridLayout()
        panels = _panels()
        for index, heading in enumerate(panels):
            box = QGroupBox(heading, home)
            QVBoxLayout(box).addStretch()
            last = index == len(panels) - 1  # the last one spans the width, as at home
            grid.addWidget(box, index // 2, index % 2, 1, 2 if last else 1)
        column.addLayout(grid, 1)
        central = QWidget(self)
        row = QHBoxLayout(central)
        row.addWidget(navigation)
        row.addWidget(home, 1)
        self.setCentralWidget(central)
        for title in _menus():  # the same bar: nothing moves when the real window comes
            self.menuBar().addMenu(title)
        self.statusBar().showMessage(
            QCoreApplication.translate("FirstPaint", "Opening %1…").replace("%1", path.name)
        )


def paint_first(app: QApplication, path: Path) -> FirstPaint:
    """Show the empty window at once, and let it paint before anything slow starts."""
    from PySide6.QtCore import QSettings

    window = FirstPaint(path)
    geometry = QSettings().value("window/geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
    else:
        window.resize(1280, 800)
    window.show()
    # Fitted here, as the application's filter fits a window being shown: the filter is
    # installed once the frame has painted (launch.py), its enums (the Qt namespace,
    # QEvent.Type) cost some 65 ms.
    bring_inside(window, with_frame=True)
    app.processEvents()
    return window
