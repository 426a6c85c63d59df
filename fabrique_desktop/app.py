"""Build the QApplication, open the database and show the main window."""

from __future__ import annotations

import getpass
import os
import shutil
import sys
import tempfile
import time
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QThreadPool, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from .domain.models import StaffMember, database
from .store import (
    DatabaseDamaged,
    DatabaseRefused,
    close_database,
    default_database_path,
    default_demo_path,
    open_database,
)
from .store.database import QUICK_CHECK_LIMIT
from .store.lock import REFRESH_EVERY, FileLock, FileLocked
from .ui.common.screen_fit import keep_windows_on_screen

APP_NAME = "Fabrique Desktop"
OPENING_CHORES_DELAY_MS = 2000


def install_translations(app: QApplication) -> None:
    """French for our own strings and for Qt's standard buttons and dialogs.

    ``qt_fr`` gathers every Qt module's French catalogue (qtbase's file and print dialogs
    among them); ours comes last, so it also fills the few strings Qt's leave in English
    (see :mod:`.ui.common.file_dialogs`).
    """
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    translations = resources.files("fabrique_desktop.resources") / "translations"
    sources = (
        ("qt_fr", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("fabrique_desktop_fr", str(translations)),
    )
    for name, directory in sources:
        translator = QTranslator(app)
        if translator.load(name, directory):
            app.installTranslator(translator)


def report_unexpected_errors(interactive: bool = True) -> None:
    """Show an unexpected error to the user instead of letting Qt print and carry on.

    Saves are single transactions: an error in the middle of one rolls it back, so the
    message can honestly say that what was saved before is safe. Without a user (the
    smoke test), the application stops with status 1 instead of waiting on a dialog.
    """
    previous = sys.excepthook

    def hook(kind, error, trace) -> None:
        previous(kind, error, trace)  # the traceback still goes to the terminal/log
        if not interactive:
            QApplication.instance().exit(1)
            return
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
        self.lock: FileLock | None = None
        self.lock_timer = QTimer(interval=int(REFRESH_EVERY.total_seconds() * 1000))
        self.lock_timer.timeout.connect(self.refresh_lock)
        app.aboutToQuit.connect(self.release_lock)

    def open(self, path: Path, create: bool = False, demo: bool = False) -> bool:
        from .ui.files import remember_recent

        if self.window is not None and not self.window.confirm_close():
            return False
        lock = FileLock(path.absolute(), getpass.getuser())
        try:
            lock.acquire()
        except FileLocked as locked:
            choice = self.ask_about_lock(locked)
            if choice == "read_only":
                return self.open_locked_read_only(path, locked)
            if choice != "take_over":
                return False
            lock.acquire(take_over=True)
        try:
            close_database()
            if demo:
                open_demo(path)
            else:
                open_database(path, create=create)
        except DatabaseDamaged as error:
            lock.release()
            return self.offer_backup(path, str(error))
        except DatabaseRefused as error:
            lock.release()
            QMessageBox.critical(self.window, APP_NAME, str(error))
            return False
        staff = self.who_is_using(path)
        if staff is None:
            lock.release()
            return False
        self.release_lock()
        self.lock, lock.staff = lock, staff.name
        lock.refresh()  # now it names the staff member, not only the computer's user
        self.lock_timer.start()
        remember_recent(path)
        self.show(path, staff)
        if database.obj.on_network_share:
            QMessageBox.warning(
                self.window,
                APP_NAME,
                QApplication.translate(
                    "Application",
                    "This file is on a network share: it works more slowly and only one "
                    "workstation at a time may open it. A copy on this computer is safer.",
                ),
            )
        # Once the window has settled: a backup if the file changed since its newest
        # one, and the check a large file skipped on opening.
        QTimer.singleShot(OPENING_CHORES_DELAY_MS, self.window.back_up)
        if path.stat().st_size > QUICK_CHECK_LIMIT:
            QTimer.singleShot(OPENING_CHORES_DELAY_MS, self.window.check_in_background)
        return True

    def ask_about_lock(self, locked: FileLocked) -> str | None:
        """Someone holds the file: « read_only », « take_over » (stale locks only) or None."""
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, str(locked), parent=self.window)
        choices = {
            box.addButton(
                QApplication.translate("Application", "Open read-only"),
                QMessageBox.ButtonRole.AcceptRole,
            ): "read_only"
        }
        if locked.stale:
            take_over = box.addButton(
                QApplication.translate("Application", "Take over"),
                QMessageBox.ButtonRole.DestructiveRole,
            )
            choices[take_over] = "take_over"
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return choices.get(box.clickedButton())

    def open_locked_read_only(self, path: Path, locked: FileLocked) -> bool:
        try:
            close_database()
            open_database(path, read_only=True)
        except DatabaseRefused as error:
            QMessageBox.critical(self.window, APP_NAME, str(error))
            return False
        staff = StaffMember.get_or_none(StaffMember.name == locked.info.staff)
        self.show(path, staff or StaffMember.select().first(), read_only=True)
        return True

    def refresh_lock(self) -> None:
        if self.lock is not None:
            self.lock.refresh()

    def release_lock(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None
            self.lock_timer.stop()

    def offer_backup(self, path: Path, problem: str) -> bool:
        """A damaged file is never written to: offer its newest sound backup instead."""
        from .store import backups

        sound = next((b for b in backups.list_backups(path) if backups.is_sound(b.path)), None)
        if sound is None:
            QMessageBox.critical(self.window, APP_NAME, problem)
            return False
        answer = QMessageBox.question(
            self.window,
            APP_NAME,
            QApplication.translate(
                "Application",
                "%1\n\nRestore the backup of %2? The damaged file is kept beside it, renamed.",
            )
            .replace("%1", problem)
            .replace("%2", sound.taken_at.strftime("%d/%m/%Y %H:%M")),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        path.rename(path.with_name(f"{path.stem}-endommagé{path.suffix}"))
        backups.restore(sound.path, path)
        return self.open(path)

    def restore(self, backup: Path) -> bool:
        """Put a backup in place of the open file, the current content backed up first."""
        from .domain.models import database
        from .store import backups

        path = self.window.session.path
        if not self.window.confirm_close():
            return False
        backups.make_backup(database, path)
        close_database()
        backups.restore(backup, path)
        return self.open(path)

    def open_read_only(self, backup: Path) -> bool:
        """Show a backup to look something up: a private copy, upgraded, opened read-only."""
        if self.window is not None and not self.window.confirm_close():
            return False
        scratch = Path(tempfile.mkdtemp(prefix="fabrique-consultation-"))
        copy = scratch / backup.name
        shutil.copyfile(backup, copy)
        try:
            close_database()
            open_database(copy)  # brings an older backup to this version's schema
            close_database()
            open_database(copy, read_only=True)
        except DatabaseRefused as error:
            QMessageBox.critical(self.window, APP_NAME, str(error))
            return False
        staff = self.window.session.staff if self.window else StaffMember.select().first()
        self.show(copy, StaffMember.get_by_id(staff.id), read_only=True)
        return True

    def who_is_using(self, path: Path) -> StaffMember | None:
        from .ui.session import remember_staff, remembered_staff

        staff = remembered_staff(path)
        if staff is not None:
            return staff
        from .ui.setup.wizard import SetupWizard, needs_set_up  # only when asked

        if needs_set_up():
            dialog = SetupWizard(self.window)
        else:
            from .ui.first_run import WhoAreYouDialog

            dialog = WhoAreYouDialog(self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        remember_staff(path, dialog.staff)
        return dialog.staff

    def show(self, path: Path, staff: StaffMember, read_only: bool = False) -> None:
        from .domain.models import database
        from .store import history
        from .ui.main_window import MainWindow
        from .ui.session import Session

        if not read_only:
            history.set_actor(database, staff.id)  # signs every change made in this window
        previous = self.window
        self.window = MainWindow(Session(path, staff, read_only))
        self.window.open_requested.connect(self.open)
        self.window.restore_requested.connect(self.restore)
        self.window.read_only_requested.connect(self.open_read_only)
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
    icon = resources.files("fabrique_desktop.resources") / "icons" / "fabrique-desktop.png"
    app.setWindowIcon(QIcon(str(icon)))
    install_translations(app)
    keep_windows_on_screen(app)
    report_unexpected_errors(interactive=not smoke_test)
    controller = Controller(app)

    if smoke_test:
        return _smoke_test(app, controller, db_path)
    if demo:
        opened = controller.open(default_demo_path(), create=True, demo=True)
    else:
        opened = controller.open(db_path or default_database_path(), create=db_path is None)
    if not opened:
        return 2
    status = app.exec()
    QThreadPool.globalInstance().waitForDone()  # a backup under way completes first
    close_database()
    return status


#: A string of Qt's own catalogue (qtbase_fr, through qt_fr), kept out of ours: lupdate reads only
#: literal translate() calls.
QT_OWN_CANCEL = ("QPlatformTheme", "Cancel")


def french_is_installed() -> bool:
    """Our catalogue and Qt's own French are loaded (a packaging mistake drops them)."""
    return (
        QApplication.translate("MainWindow", "Needs") == "Besoins"
        and QApplication.translate(*QT_OWN_CANCEL) == "Annuler"
    )


def dossier_prints() -> bool:
    """A committee dossier renders (reportlab, the embedded fonts) — from any meeting."""
    from .domain.models import Committee
    from .dossiers.committee import prepare

    committee = Committee.select().order_by(Committee.meeting_on.desc()).first()
    return committee is None or prepare(committee).startswith(b"%PDF")


def _smoke_test(app: QApplication, controller: Controller, db_path: Path | None) -> int:
    """Start on a throw-away demo file (or ``db_path``), show every screen, exit 0 if all
    went well. With FABRIQUE_STARTUP_T0 (a time.time()) in the environment, print the
    seconds from then to the main window shown and populated: the benchmark's probe."""
    from .ui.session import remember_staff

    with tempfile.TemporaryDirectory(prefix="fabrique-smoke-") as scratch:
        # Settings go to the scratch folder: a smoke test must not touch the user's own.
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, scratch)
        if db_path is None:
            path = Path(scratch) / "demonstration.sqlite"
            open_demo(path)
        else:
            path = db_path
            # Only to name a user: no write, no checkpoint; an older file is upgraded below.
            open_database(path, read_only=True, require_current=False)
        remember_staff(path, StaffMember.select().first())
        if not controller.open(path):
            return 1
        window = controller.window

        def visit_every_screen() -> None:
            started = os.environ.get("FABRIQUE_STARTUP_T0")
            if started:
                print(f"startup-seconds {time.time() - float(started):.4f}", flush=True)
                app.exit(0)  # the probe only measures start-up
                return
            for row in range(window.navigation.count()):
                window.navigation.setCurrentRow(row)
            healthy = (
                window.isVisible()
                and window.stack.currentIndex() == row
                and french_is_installed()
                and dossier_prints()
            )
            app.exit(0 if healthy else 1)

        QTimer.singleShot(0, visit_every_screen)
        status = app.exec()
        QThreadPool.globalInstance().waitForDone()
        window.close()
        close_database()
    return status
