"""Build the QApplication, open the database and show the main window."""

from __future__ import annotations

import os
import sys
import tempfile
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from .store import (
    DatabaseRefused,
    close_database,
    default_database_path,
    default_demo_path,
    open_database,
)

APP_NAME = "Fabrique Desktop"


def install_translations(app: QApplication) -> None:
    """French for our own strings and for Qt's standard buttons and dialogs."""
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    translations = resources.files("fabrique_desktop.resources") / "translations"
    sources = (
        ("qtbase_fr", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("fabrique_desktop_fr", str(translations)),
    )
    for name, directory in sources:
        translator = QTranslator(app)
        if translator.load(name, directory):
            app.installTranslator(translator)


def open_demo(path: Path) -> None:
    """Open the demonstration file, building it the first time (or after a failed build)."""
    from .demo import build_demo
    from .domain.models import Need

    open_database(path, create=True)
    if not Need.select().exists():
        build_demo()


def run_gui(db_path: Path | None = None, demo: bool = False, smoke_test: bool = False) -> int:
    if smoke_test:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("Fabrique à initiatives")
    install_translations(app)

    from .ui.main_window import MainWindow

    with tempfile.TemporaryDirectory(prefix="fabrique-smoke-") as scratch:
        try:
            if smoke_test:
                path = Path(scratch) / "demonstration.sqlite"
                open_demo(path)
            elif demo:
                path = default_demo_path()
                open_demo(path)
            else:
                path = db_path or default_database_path()
                open_database(path, create=db_path is None)
        except DatabaseRefused as error:
            QMessageBox.critical(None, APP_NAME, str(error))
            return 2
        window = MainWindow(path)
        window.show()
        if smoke_test:
            # Judge the window once the event loop has shown it; quitting closes it.
            QTimer.singleShot(
                0, lambda: app.exit(0 if window.isVisible() and window.is_populated() else 1)
            )
        status = app.exec()
        window.close()
        close_database()
    return status
