"""Build the QApplication, open the database and show the main window."""

from __future__ import annotations

import contextlib
import getpass
import os
import shutil
import signal
import socket
import stat
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSocketNotifier, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

# Imported once the window is painted (launch.py), and still without peewee or the
# models: the store's database module and the models load as the file is opened.
from . import store
from .store.failures import DatabaseDamaged, read_only_reason
from .store.fileguard import DatabaseRefused
from .store.lock import REFRESH_EVERY, FileLock, FileLocked, LockLost, lock_path
from .store.paths import default_database_path, default_demo_path
from .store.postgres.address import is_server_address
from .ui.application import APP_NAME
from .ui.common import plain
from .ui.first_paint import FirstPaint
from .ui.servers import server_extra_installed, server_extra_missing

if TYPE_CHECKING:
    from .domain.models import StaffMember

OPENING_CHORES_DELAY_MS = 2000


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
        plain.critical(
            QApplication.activeWindow(),
            APP_NAME,
            QApplication.translate(
                "Application",
                "An unexpected error occurred: %1\nWhat was saved before is safe. "
                "Please tell your administrator what you were doing.",
            ).replace("%1", str(error) or kind.__name__),
        )

    sys.excepthook = hook


@contextlib.contextmanager
def quitting_on_termination(app: QApplication) -> Iterator[None]:
    """SIGTERM (logout, shutdown, ``kill``) and SIGHUP end the session as closing the
    window does: the lock is released, the file closed.

    Python runs its signal handlers only between bytecodes, never while Qt waits for
    events: the C-level handler writes a byte on a socket, and Qt watching that socket
    hands control back to Python. The window system's own « end session » already ends
    the event loop (Qt emits ``aboutToQuit``). Windows has no such signals.
    """
    if sys.platform == "win32":
        yield
        return
    reader, writer = socket.socketpair()
    for end in (reader, writer):
        end.setblocking(False)
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(lambda: reader.recv(64))
    previous_fd = signal.set_wakeup_fd(writer.fileno())
    previous = {number: signal.getsignal(number) for number in (signal.SIGTERM, signal.SIGHUP)}
    for number in previous:
        signal.signal(number, lambda *_: app.quit())
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        signal.set_wakeup_fd(previous_fd)
        notifier.setEnabled(False)
        reader.close()
        writer.close()


def open_demo(path: Path) -> None:
    """Open the demonstration file, building it the first time (or after a failed build)."""
    from .demo import build_demo
    from .domain.models import Need

    store.open_database(path, create=True)
    if not Need.select().exists():
        build_demo()


class Controller:
    """Opens files and shows one main window per open file."""

    def __init__(self, app: QApplication):
        self.app = app
        self.window = None
        #: The empty window painted before the file was opened (see run_gui).
        self.first_paint = None
        self.lock: FileLock | None = None
        self.lock_timer = QTimer(interval=int(REFRESH_EVERY.total_seconds() * 1000))
        self.lock_timer.timeout.connect(self.refresh_lock)
        app.aboutToQuit.connect(self.release_lock)

    def open(self, path: Path | str, create: bool = False, demo: bool = False) -> bool:
        from .domain.models import database
        from .store.database import QUICK_CHECK_LIMIT
        from .ui.files import remember_recent
        from .ui.servers import remember_last

        if is_server_address(path):
            return self.open_server(path)
        if self.window is not None and not self.window.confirm_close():
            return False
        try:
            unwritable = read_only_reason(path)
        except DatabaseRefused as error:  # a folder without access
            QMessageBox.critical(self.window, APP_NAME, str(error))
            return False
        if unwritable is not None:  # no lock can be taken there either: nobody writes
            return self.open_read_only_file(path, None, unwritable)
        # Reopening the file this window holds (after a restore) keeps the same lock.
        held = self.lock is not None and self.lock.path == lock_path(path)
        lock = self.lock if held else FileLock(path.absolute(), getpass.getuser())
        try:
            lock.acquire(make_folder=create)  # a first launch: no data folder yet
        except FileLocked as locked:
            choice = self.ask_about_lock(locked)
            if choice == "read_only":
                holder = locked.info.staff if locked.info is not None else None
                return self.open_read_only_file(path, holder, held_by=locked.info)
            if choice != "take_over":
                return False
            try:
                lock.acquire(take_over=True)
            except DatabaseRefused as error:  # another instance took it over first
                plain.critical(self.window, APP_NAME, str(error))
                return False
        except DatabaseRefused as error:
            plain.critical(self.window, APP_NAME, str(error))
            return False
        try:
            store.close_database()
            if demo:
                open_demo(path)
            else:
                store.open_database(path, create=create)
        except DatabaseDamaged as error:
            lock.release()
            return self.offer_backup(path, str(error))
        except DatabaseRefused as error:
            lock.release()
            plain.critical(self.window, APP_NAME, str(error))
            return False
        staff = self.who_is_using(path)
        if staff is None:
            lock.release()
            return False
        if self.lock is not lock:
            self.release_lock()
        self.lock, lock.staff = lock, staff.name
        lock.refresh()  # now it names the staff member, not only the computer's user
        self.lock_timer.start()
        database.obj.before_write = lambda: self.check_lock(lock)
        remember_recent(path)
        remember_last(path)
        self.show(path, staff)
        if database.obj.on_network_share:
            plain.warning(
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

    # -- a server ---------------------------------------------------------------------
    def open_server(self, address: str) -> bool:
        """Connect to ``address`` with the password kept for it; when that is refused
        (no password kept, the server away), the connection form says why."""
        if self.window is not None and not self.window.confirm_close():
            return False
        if not server_extra_installed():
            plain.information(self.window, APP_NAME, server_extra_missing())
            return False
        try:
            staff = self.attach_server(address, None)
        except DatabaseRefused as refusal:
            return self.connect_server(address, refusal, confirmed=True)
        self.show_server(address, staff)
        return True

    def connect_server(
        self,
        address: str | None = None,
        refusal: DatabaseRefused | None = None,
        confirmed: bool = False,
    ) -> bool:
        """« Se connecter à un serveur… »: the form, prefilled with ``address`` and the
        ``refusal`` met with it; the open file stays open until the server accepts."""
        from .ui.server_dialog import ServerDialog

        if not server_extra_installed():
            plain.information(self.window, APP_NAME, server_extra_missing())
            return False
        if not confirmed and self.window is not None and not self.window.confirm_close():
            return False
        connected = {}

        def attempt(address: str, password: str | None) -> None:
            connected["staff"] = self.attach_server(address, password)
            connected["address"] = address

        dialog = ServerDialog(attempt, self.window, address)
        if refusal is not None:
            dialog.show_refusal(refusal)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.show_server(connected["address"], connected["staff"])
        return True

    def attach_server(self, address: str, password: str | None) -> StaffMember | None:
        """Connect to ``address`` and bind the models to it, then leave the file that was
        open. The staff member is the one linked to the connected role; None for a
        read-only role (a partner). A role that writes and names nobody is refused, and
        the file stays open as it was."""
        from .domain.models import database
        from .domain.services.network import staff_member_for_login
        from .store.postgres import credentials, identity
        from .store.postgres.database import ServerRefused, open_server

        credentials.refuse_password_in(address)
        previous = database.obj
        password = password or credentials.stored_password(address)
        db = open_server(address, password=password, upgrade=False)
        try:
            who = identity.connected(db)
            staff = staff_member_for_login(who.role) if who.writes else None
            if who.writes and staff is None:
                message = identity.unlinked_role(who.role)
                raise ServerRefused(message, "user", message)
        except BaseException:
            db.close()
            database.initialize(previous)
            raise
        if not who.writes:
            identity.read_as_partner(db)
        self.release_lock()
        if previous is not None:
            store.close_database(previous)
        return staff

    def show_server(self, address: str, staff: StaffMember | None) -> None:
        """Show the server; a partner's role (no staff member) reads only, greeted as
        « Partenaire » (nobody is saved under that name: nothing can be saved)."""
        from .domain.enums import Organisation
        from .domain.models import StaffMember
        from .ui.servers import remember_last

        remember_last(address)
        partner = StaffMember(
            name=QApplication.translate("Application", "Partner"),
            organisation=Organisation.OTHER,
        )
        self.show(address, staff or partner, read_only=staff is None)

    def ask_about_lock(self, locked: FileLocked) -> str | None:
        """Someone holds the file: « read_only », « take_over » (stale locks only) or None."""
        box = plain.message_box(
            QMessageBox.Icon.Warning,
            self.window,
            APP_NAME,
            str(locked),
            QMessageBox.StandardButton.NoButton,
        )
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

    def open_read_only_file(
        self, path: Path, staff_name: str | None, why: str = "", held_by=None
    ) -> bool:
        """Show a file nobody may write from here: someone holds it (``held_by``: their
        lock, to offer reopening once they close it), or it is read-only."""
        from .domain.models import StaffMember

        try:
            store.close_database()
            store.open_database(path, read_only=True)
        except DatabaseRefused as error:
            plain.critical(self.window, APP_NAME, str(error))
            return False
        staff = StaffMember.get_or_none(StaffMember.name == staff_name)
        self.show(path, staff or StaffMember.select().first(), read_only=True, held_by=held_by)
        if why:
            plain.information(self.window, APP_NAME, why)
        return True

    def refresh_lock(self) -> None:
        if self.lock is None:
            return
        try:
            self.lock.refresh()
        except LockLost as lost:
            self.lose_lock(self.lock, lost)
        except OSError:
            pass  # a share that hiccups: the next refresh tries again

    def check_lock(self, lock: FileLock) -> None:
        """Before each save: refuse it, the form keeping what was typed, if another
        instance has taken the file over (a computer that slept past the stale delay)."""
        from .domain.validation import refuse

        try:
            lock.verify()
        except LockLost as lost:
            self.lose_lock(lock, lost)
            raise refuse(str(lost)) from None

    def lose_lock(self, lock: FileLock, lost: LockLost) -> None:
        """Stop writing for good and tell who took over; their lock is left alone."""
        lock.held = False
        if self.lock is lock:
            self.lock = None
            self.lock_timer.stop()
            QTimer.singleShot(0, lambda: plain.warning(self.window, APP_NAME, str(lost)))

    def release_lock(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None
            self.lock_timer.stop()

    def offer_backup(self, path: Path, problem: str) -> bool:
        """A damaged file is never written to: offer its newest sound backup instead."""
        from .store import backups

        # The full integrity check: a backup with a damaged index is not offered.
        sound = next((b for b in backups.list_backups(path) if backups.is_sound(b.path)), None)
        if sound is None:
            plain.critical(self.window, APP_NAME, problem)
            return False
        answer = plain.question(
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
        try:
            backups.set_aside(path)
            backups.restore(sound.path, path)
        except (OSError, DatabaseRefused) as error:
            QMessageBox.critical(self.window, APP_NAME, f"{problem}\n\n{error}")
            return False
        return self.open(path)

    def restore(self, backup: Path) -> bool:
        """Put a backup in place of the open file, the current content backed up first."""
        from .domain.models import database
        from .store import backups

        path = self.window.session.path
        if not self.window.confirm_close():
            return False
        try:
            backups.make_backup(database, path)
            store.close_database()
        except DatabaseDamaged:  # nothing to keep as a backup: keep the file itself
            store.close_database()
            backups.set_aside(path)
        except DatabaseRefused as error:  # a full disk: nothing is replaced
            QMessageBox.critical(self.window, APP_NAME, str(error))
            return False
        try:
            backups.restore(backup, path)
        except DatabaseRefused as error:
            QMessageBox.critical(self.window, APP_NAME, str(error))
        return self.open(path)

    def open_read_only(self, backup: Path) -> bool:
        """Show a backup to look something up: a private copy, upgraded, opened read-only."""
        from .domain.models import StaffMember

        if self.window is not None and not self.window.confirm_close():
            return False
        scratch = Path(tempfile.mkdtemp(prefix="fabrique-consultation-"))
        copy = scratch / backup.name
        shutil.copyfile(backup, copy)
        try:
            store.close_database()
            store.open_database(copy)  # brings an older backup to this version's schema
            store.close_database()
            store.open_database(copy, read_only=True)
        except DatabaseRefused as error:
            plain.critical(self.window, APP_NAME, str(error))
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

    def show(
        self, path: Path | str, staff: StaffMember, read_only: bool = False, held_by=None
    ) -> None:
        """Show the file in a new window; ``held_by``: the lock of the colleague who
        holds it (then it is shown read-only)."""
        from .domain.models import database
        from .store import history
        from .ui.main_window import MainWindow
        from .ui.session import Session

        read_only = read_only or held_by is not None
        if not read_only:
            history.set_actor(database, staff.id)  # signs every change made in this window
        previous = self.window
        self.window = MainWindow(Session(path, staff, read_only, held_by))
        self.window.open_requested.connect(self.open)
        self.window.restore_requested.connect(self.restore)
        self.window.read_only_requested.connect(self.open_read_only)
        self.window.server_requested.connect(self.connect_server)
        self.window.show()
        if self.first_paint is not None:  # the real window now stands where it was
            self.first_paint.close()
            self.first_paint = None
        if previous is not None:
            previous.save_layout()
            previous.hide()
            previous.deleteLater()


def run(
    app: QApplication,
    first: FirstPaint | None,
    db_path: Path | None,
    demo: bool,
    server: str | None = None,
    last: Path | str | None = None,
) -> int:
    """Open ``db_path``, the demonstration file, the ``server`` (an address), or else
    the database used ``last`` (file or server) or the default file, and run the window
    (``first`` painted meanwhile for a file, see launch.py)."""
    report_unexpected_errors()
    controller = Controller(app)
    if server is not None:
        opened = controller.open_server(server)
    elif is_server_address(last):
        # The server used last: away (offline), or its form cancelled, the file instead.
        opened = controller.open_server(last) or controller.open(
            default_database_path(), create=True
        )
    else:
        controller.first_paint = first
        path = default_demo_path() if demo else db_path or last or default_database_path()
        opened = controller.open(path, create=demo or db_path is None, demo=demo)
    if not opened:
        return 2
    with quitting_on_termination(app):
        status = app.exec()
    QThreadPool.globalInstance().waitForDone()  # a backup under way completes first
    store.close_database()
    return status


#: A string of Qt's own catalogue (qtbase_fr), kept out of ours: lupdate reads only
#: literal translate() calls.
QT_OWN_CANCEL = ("QPlatformTheme", "Cancel")


def french_is_installed() -> bool:
    """Our catalogue and Qt's own French are loaded (a packaging mistake drops them)."""
    return (
        QApplication.translate("MainWindow", "Needs") == "Besoins"
        and QApplication.translate(*QT_OWN_CANCEL) == "Annuler"
    )


def communes_ship() -> bool:
    """The official list the set-up assistant imports communes from is in the package."""
    from .domain.official_communes import official_list

    return len(official_list().area("epci", "248000531").members) == 39


def dossier_prints() -> bool:
    """A committee dossier renders (reportlab, the embedded fonts) — from any meeting."""
    from .domain.models import Committee
    from .dossiers.committee import prepare

    committee = Committee.select().order_by(Committee.meeting_on.desc()).first()
    return committee is None or prepare(committee).startswith(b"%PDF")


#: Where the per-user folders are found, on each platform (platformdirs reads them).
HOME_VARIABLES = ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "APPDATA", "LOCALAPPDATA")


def private_on_disk(path: Path, lock: FileLock | None) -> bool:
    """The data folder, the file and its lock readable by their owner only (POSIX)."""
    if os.name != "posix":
        return True
    modes = [
        (path.parent, 0o700),
        (path, 0o600),
        *([(lock.path, 0o600)] if lock is not None else []),
    ]
    return all(p.exists() and stat.S_IMODE(p.stat().st_mode) == mode for p, mode in modes)


def smoke_test(app: QApplication, first: FirstPaint, db_path: Path | None, scratch: Path) -> int:
    """Open a throw-away demo file (or ``db_path``) in ``first``'s place, show every screen,
    exit 0 if all went well. With FABRIQUE_STARTUP_T0 (a time.time()) in the environment,
    print the seconds from then to the main window shown and populated: the benchmark's
    probe.

    Without ``db_path``, the demo file is made where a first launch puts it, in the data
    folder of a new, empty home in ``scratch``: the folders, the lock and the file must all
    appear there, private, as on a fresh account."""
    report_unexpected_errors(interactive=False)
    controller = Controller(app)
    controller.first_paint = first
    home = scratch / "home"
    if db_path is None:
        os.environ.update({name: str(home) for name in HOME_VARIABLES})
        os.environ["WIN_PD_OVERRIDE_APPDATA"] = str(home)  # platformdirs on Windows
    path = db_path or default_demo_path()
    from .domain.models import StaffMember
    from .ui.session import remember_staff

    if db_path is None:
        if not path.is_relative_to(home):  # never the user's own data folder
            print(f"smoke test: the data folder is not in {home}: {path}", file=sys.stderr)
            return 1
        controller.who_is_using = lambda _: StaffMember.select().first()
        opened = controller.open(path, create=True, demo=True)
    else:
        # Only to name a user: no write, no checkpoint; an older file is upgraded below, so
        # only the columns every version has are read.
        store.open_database(path, read_only=True, require_current=False)
        remember_staff(path, StaffMember.select(StaffMember.id).first())
        opened = controller.open(path)
    if not opened:
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
        checks = {
            "window shown": lambda: window.isVisible(),
            "private files": lambda: db_path is not None or private_on_disk(path, controller.lock),
            "every screen": lambda: window.stack.currentIndex() == row,
            "French": french_is_installed,
            "dossier": dossier_prints,
            "communes": communes_ship,
        }
        # The first failing check is named: a packaging mistake says what it broke.
        failed = next((name for name, check in checks.items() if not check()), None)
        if failed:
            print(f"smoke test failed: {failed}", file=sys.stderr)
        app.exit(1 if failed else 0)

    QTimer.singleShot(0, visit_every_screen)
    status = app.exec()
    QThreadPool.globalInstance().waitForDone()
    window.close()
    store.close_database()
    return status
