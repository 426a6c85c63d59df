"""Build the QApplication, open the database and show the main window."""

from __future__ import annotations

import os
import sys
import tempfile
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from .domain.models import StaffMember
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


def report_unexpected_errors() -> None:
    """Show an unexpected error to the user instead of letting Qt print and carry on.

    Saves are single transactions: an error in the middle of one rolls it back, so the
    message can honestly say that what was saved before is safe.
    """
    previous = sys.excepthook

    def hook(kind, error, trace) -> None:
        previous(kind, error, trace)  # the traceback still goes to the terminal/log
        QMessageBox.critical(
            QApplication.activeWindow(),
            APP_NAME,
            QApplication.translate(
                "Application",
                "An unexpected error occurred: %1\nWhat was saved before is safe. "
                "Please tell your administrator what you were doing.",
            ).replace("%1", str(error) or kind.__name__),
        )

    sys.excepthook = hook


def open_demo(path: Path) -> None:
    """Open the demonstration file, building it the first time (or after a failed build)."""
    from .demo import build_demo
    from .domain.models import Need

    open_database(path, create=True)
    if not Need.select().exists():
        build_demo()


class Controller:
    """Opens files and shows one main window per open file."""

    def __init__(self, app: QApplication):
        self.app = app
        self.window = None

    def open(self, path: Path, create: bool = False, demo: bool = False) -> bool:
        from .ui.files import remember_recent

        if self.window is not None and not self.window.confirm_close():
            return False
        try:
            close_database()
            if demo:
                open_demo(path)
            else:
                open_database(path, create=create)
        except DatabaseRefused as error:
            QMessageBox.critical(self.window, APP_NAME, str(error))
            return False
        staff = self.who_is_using(path)
        if staff is None:
            return False
        remember_recent(path)
        self.show(path, staff)
        return True

    def who_is_using(self, path: Path) -> StaffMember | None:
        from .ui.first_run import WhoAreYouDialog, remember_staff, remembered_staff

        staff = remembered_staff(path)
        if staff is None:
            dialog = WhoAreYouDialog(self.window)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            staff = dialog.staff
            remember_staff(path, staff)
        return staff

    def show(self, path: Path, staff: StaffMember) -> None:
        from .domain.models import database
        from .store import history
        from .ui.main_window import MainWindow
        from .ui.session import Session

        history.set_actor(database, staff.id)  # signs every change made in this window
        previous = self.window
        self.window = MainWindow(Session(path, staff))
        self.window.open_requested.connect(self.open)
        self.window.show()
        if previous is not None:
            previous.save_layout()
            previous.hide()
            previous.deleteLater()


def run_gui(db_path: Path | None = None, demo: bool = False, smoke_test: bool = False) -> int:
    if smoke_test:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("Fabrique à initiatives")
    install_translations(app)
    report_unexpected_errors()
    controller = Controller(app)

    if smoke_test:
        return _smoke_test(app, controller)
    if demo:
        opened = controller.open(default_demo_path(), create=True, demo=True)
    else:
        opened = controller.open(db_path or default_database_path(), create=db_path is None)
    if not opened:
        return 2
    status = app.exec()
    close_database()
    return status


def _smoke_test(app: QApplication, controller: Controller) -> int:
    """Start on a throw-away demo file, show every screen, and exit 0 if all went well."""
    from .ui.first_run import remember_staff

    with tempfile.TemporaryDirectory(prefix="fabrique-smoke-") as scratch:
        # Settings go to the scratch folder: a smoke test must not touch the user's own.
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, scratch)
        path = Path(scratch) / "demonstration.sqlite"
        open_demo(path)
        remember_staff(path, StaffMember.select().first())
        if not controller.open(path):
            return 1
        window = controller.window

        def visit_every_screen() -> None:
            for row in range(window.navigation.count()):
                window.navigation.setCurrentRow(row)
            app.exit(0 if window.isVisible() and window.stack.currentIndex() == row else 1)

        QTimer.singleShot(0, visit_every_screen)
        status = app.exec()
        window.close()
        close_database()
    return status
