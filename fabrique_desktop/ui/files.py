"""The File menu: new file, open, recent files, the demonstration file, quit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu

from .common import plain
from .common.file_dialogs import all_files_filter, file_dialog, file_to_save

RECENT_KEY = "files/recent"
MAX_RECENT = 8


def recent_files() -> list[str]:
    value = QSettings().value(RECENT_KEY) or []
    return [value] if isinstance(value, str) else list(value)


def remember_recent(path: Path) -> None:
    files = [str(path)] + [f for f in recent_files() if f != str(path)]
    QSettings().setValue(RECENT_KEY, files[:MAX_RECENT])


class FileMenu(QObject):
    def __init__(self, window: QMainWindow, menu: QMenu):
        super().__init__(window)
        self.window = window
        self.menu = menu
        self._add(self.tr("&New file…"), self.new_file, None, "new_file")
        self._add(self.tr("&Open…"), self.open_file, QKeySequence.StandardKey.Open, "open_file")
        self.server = self._add(
            self.tr("Connect to a &server…"), self.connect_server, None, "connect_server"
        )
        self.recent = menu.addMenu(self.tr("&Recent files"))
        self.recent.aboutToShow.connect(self.fill_recent)
        self._add(self.tr("&Demonstration file"), self.open_demo, None, "open_demo")
        menu.addSeparator()
        self._add(self.tr("&Backups…"), self.show_backups, None, "backups")
        self._add(self.tr("&Check the file"), self.check_file, None, "check")
        self._add(self.tr("Settings of the &Fabrique…"), self.edit_settings, None, "settings")
        self._add(self.tr("E&xchange with another office…"), self.exchange, None, "exchange")
        self._add(self.tr("&GDPR requests…"), self.show_requests, None, "personal_data_requests")
        menu.addSeparator()
        self._add(self.tr("&Quit"), window.close, QKeySequence.StandardKey.Quit, "quit")
        self.fill_recent()
        if window.session.on_server:
            self.on_server()

    def on_server(self) -> None:
        """What only a file has: its checks and its exchange by file. « Sauvegardes »
        stays, to say where a server's backups are made."""
        why = self.tr("Only for a file: on a server, its administrator checks the database.")
        for name in ("check", "exchange"):
            action = self.window.findChild(QAction, name)
            action.setEnabled(False)
            action.setToolTip(why)

    def connect_server(self) -> None:
        from .servers import server_extra_installed, server_extra_missing

        if not server_extra_installed():
            plain.information(self.window, self.tr("Connect to a server"), server_extra_missing())
            return
        self.window.server_requested.emit()

    def _add(self, text: str, slot, shortcut, name: str) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        return action

    def fill_recent(self) -> None:
        self.recent.clear()
        files = [f for f in recent_files() if f != str(self.window.session.path)]
        for file in files:
            action = self.recent.addAction(file)
            action.triggered.connect(lambda _=False, f=file: self.request(Path(f), False))
        self.recent.setEnabled(bool(files))

    def request(self, path: Path, create: bool, demo: bool = False) -> None:
        self.window.open_requested.emit(path, create, demo)

    def file_filters(self) -> list[str]:
        return [self.tr("Fabrique files (*.sqlite *.db)"), all_files_filter()]

    def new_file(self) -> None:
        path = file_to_save(
            self.window, self.tr("New Fabrique file"), self.file_filters()[0], "fabrique.sqlite"
        )
        if path is not None:
            self.request(path, True)

    def open_file(self) -> None:
        dialog = file_dialog(
            self.window,
            self.tr("Open a Fabrique file"),
            QFileDialog.AcceptMode.AcceptOpen,
            self.file_filters(),
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        if dialog.exec():
            self.request(Path(dialog.selectedFiles()[0]), False)

    def show_backups(self) -> None:
        from .backups_dialog import BackupsDialog

        if self.window.session.on_server:
            plain.information(
                self.window,
                self.tr("Backups"),
                self.tr(
                    "This database is on a server: its backups are the server's job, made "
                    "by its administrator (pg_dump each night, or the host's continuous "
                    "backup; see the README). The app makes no backup copy of it."
                ),
            )
            return

        dialog = BackupsDialog(self.window.session.path, self.window)
        dialog.restore_requested.connect(self.window.restore_requested)
        dialog.open_requested.connect(self.window.read_only_requested)
        dialog.exec()

    def show_requests(self) -> None:
        """The whole register of RGPD requests (Demandes RGPD)."""
        from .common.requests_dialog import RequestsDialog

        RequestsDialog(None, self.window.session.staff, self.window).exec()
        screen = self.window.stack.currentWidget()
        if hasattr(screen, "refresh"):
            screen.refresh()  # « Aujourd'hui » lists late requests: answered ones go

    def check_file(self) -> None:
        """Full integrity, foreign-key and method checks, off the GUI thread, with their
        progress and a button to stop them (several seconds on a large file)."""
        from ..domain.consistency import findings
        from ..store.integrity import integrity_problems
        from .common.background import ProgressTask

        def check(report) -> list[str]:
            # The method's checks are quick next to SQLite's: the last few percent.
            problems = integrity_problems(progress=lambda share: report(0.95 * share))
            return problems + findings()

        self.check_task = ProgressTask(
            self.window,
            self.tr("Check the file"),
            self.tr("Checking the file…"),
            check,
            self.checked,
            self.check_failed,
        )

    def checked(self, problems: list[str]) -> None:
        if problems:
            plain.warning(
                self.window,
                self.tr("Check the file"),
                self.tr("%n problem(s) found:", "", len(problems))
                + "\n\n• "
                + "\n• ".join(problems),
            )
        else:
            plain.information(self.window, self.tr("Check the file"), self.tr("No problem found."))

    def check_failed(self, message: str) -> None:
        plain.warning(self.window, self.tr("Check the file"), message)

    def edit_settings(self) -> None:
        from .settings.dialog import FabriqueSettingsDialog

        FabriqueSettingsDialog(self.window).exec()

    def exchange(self) -> None:
        from .exchange.dialog import ExchangeDialog

        ExchangeDialog(self.window.session.path, self.window).exec()

    def open_demo(self) -> None:
        from ..store import default_demo_path

        self.request(default_demo_path(), True, True)
