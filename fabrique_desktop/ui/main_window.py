"""The main window: a navigation column, one screen per part of the method, the menus.

Screens are built the first time they are shown, so start-up only pays for the home
screen (this module does not even import the list screens: a screen that holds lists
says so through ``current_list()`` and ``lists()``). Window geometry, splitters and
column widths are kept in QSettings.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from importlib import import_module
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from .. import __version__
from .common import plain
from .common.background import run_in_background
from .common.plain import PlainLabel
from .sections import NAVIGATION, section_name
from .session import Session

if TYPE_CHECKING:
    from .common.list_screen import ListScreen


#: The navigation's rows, by the section names the domain uses for its lists.
SECTIONS = ("home", "needs", "studies", "projects", "holders", "committees", "network")


class MainWindow(QMainWindow):
    #: Asks the application to open another file: (path, create, demo).
    open_requested = Signal(object, bool, bool)
    #: Asks the application to restore this backup over the open file.
    restore_requested = Signal(object)
    #: Asks the application to show this backup, read-only.
    read_only_requested = Signal(object)
    #: Asks the application for the server connection form.
    server_requested = Signal()
    #: Unsaved-to-backup changes are backed up this often (and on opening).
    BACKUP_EVERY_MS = 15 * 60 * 1000
    #: A file a colleague holds: how often to look whether they have closed it.
    LOCK_WATCH_MS = 10 * 1000

    def __init__(self, session: Session):
        super().__init__()
        self.session = session
        if session.on_server:
            title = self.tr("server %1 — Fabrique Desktop").replace("%1", session.server_name)
        else:
            title = self.tr("%1 — Fabrique Desktop").replace("%1", session.path.name)
        if session.on_server and session.read_only:
            title = self.tr("%1 (read-only)").replace("%1", title)
        elif session.held_by is not None:
            title = f"{title} — {self.held_by_text(session.held_by)}"
        elif session.read_only:
            title = self.tr("%1 (read-only backup)").replace("%1", title)
        self.setWindowTitle(title)
        self.setMinimumSize(900, 560)
        self.screens: dict[int, QWidget] = {}
        #: Places visited, as (navigation row, record id), for « Précédent » / « Suivant ».
        self.back_places: list[tuple[int, object]] = []
        self.forward_places: list[tuple[int, object]] = []
        self._place: tuple[int, object] | None = None
        self._arriving = 0  # inside go_to: one move, noted once at the end
        self._travelling = False  # going back or forward: the stacks move themselves

        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(210)
        self.navigation.setStyleSheet(
            "QListWidget { font-size: 11pt; } QListWidget::item { padding: 7px 10px; }"
        )
        self.stack = QStackedWidget(self)
        self.builders: list[Callable[[], QWidget]] = []
        for label, builder in self._sections():
            self.navigation.addItem(label)
            self.builders.append(builder)
            self.stack.addWidget(QWidget(self.stack))  # placeholder until first shown
        self.navigation.currentRowChanged.connect(self.show_section)

        central = QWidget(self)
        row = QHBoxLayout(central)
        row.addWidget(self.navigation)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self._build_status_bar()
        self.restore_layout()
        self.navigation.setCurrentRow(0)
        self.backup_job = None
        self.check_job = None
        if session.on_server:  # backups are the server's; others' changes are watched
            from .change_watch import ChangeWatch

            self.change_watch = ChangeWatch(self)
        elif not session.read_only:
            self.backup_timer = QTimer(self, interval=self.BACKUP_EVERY_MS)
            self.backup_timer.timeout.connect(self.back_up)
            self.backup_timer.start()

    # -- status bar and read-only files -------------------------------------------------
    def _build_status_bar(self) -> None:
        """Who is signed in stays on the right; passing messages show on the left."""
        bar = self.statusBar()
        if self.session.held_by is not None:
            self.held_label = PlainLabel(self.held_by_text(self.session.held_by), bar)
            self.held_label.setObjectName("held_by")
            bar.addWidget(self.held_label)
            self.reopen_button = QPushButton(self.tr("&Reopen to edit"), bar)
            self.reopen_button.setObjectName("reopen")
            self.reopen_button.clicked.connect(
                lambda: self.open_requested.emit(self.session.path, False, False)
            )
            self.reopen_button.hide()
            bar.addWidget(self.reopen_button)
            self.lock_watch = QTimer(self, interval=self.LOCK_WATCH_MS)
            self.lock_watch.timeout.connect(self.watch_the_holder)
            self.lock_watch.start()
        if self.session.on_server:
            self.server_label = PlainLabel(
                self.tr("server %1").replace("%1", self.session.server_name), bar
            )
            self.server_label.setObjectName("server")
            bar.addPermanentWidget(self.server_label)
        if self.session.read_only:
            signed_in = self.tr("Read-only")
        else:
            signed_in = self.tr("Signed in as %1").replace("%1", self.session.staff.name)
        self.identity = PlainLabel(signed_in, bar)
        self.identity.setObjectName("identity")
        bar.addPermanentWidget(self.identity)

    def held_by_text(self, info) -> str:
        """« ouvert en lecture seule : Yannick Morel l'utilise sur POSTE-12 depuis 9 h 05 »."""
        import datetime as dt

        if info.since is None:  # a lock being written, or unreadable: no time to give
            return (
                self.tr("open read-only: %1 is using it on %2")
                .replace("%1", info.staff or self.tr("someone"))
                .replace("%2", info.host or "?")
            )
        since = info.since.astimezone()
        moment = f"{since.hour} h {since.minute:02d}"
        if since.date() != dt.date.today():
            moment = self.tr("%1 at %2").replace("%1", f"{since:%d/%m/%Y}").replace("%2", moment)
        return (
            self.tr("open read-only: %1 is using it on %2 since %3")
            .replace("%1", info.staff or self.tr("someone"))
            .replace("%2", info.host)
            .replace("%3", moment)
        )

    def watch_the_holder(self) -> None:
        """Once the colleague has closed the file (or left it abandoned), offer to
        reopen it for editing."""
        from ..store.lock import FileLock

        lock = FileLock(self.session.path, "")
        current = lock.current()
        held = self.session.held_by
        if current is not None and not lock.is_stale(current) and current.pid == held.pid:
            return
        self.lock_watch.stop()
        self.held_label.setText(
            self.tr("%1 has closed the file: reopen it to edit it.").replace(
                "%1", held.staff or self.tr("The colleague")
            )
        )
        self.reopen_button.show()

    # -- backups ------------------------------------------------------------------------
    def back_up(self) -> None:
        """Back the file up in a worker thread when it changed since its newest backup."""
        from ..domain.models import database
        from ..store import backups

        path = self.session.path
        self.backup_job = run_in_background(
            lambda: backups.backup_if_changed(database, path), self.backed_up, self.backup_failed
        )

    def check_in_background(self) -> None:
        """The page check a large file skipped on opening, off the GUI thread."""
        from ..domain.models import database
        from ..store.database import quick_check

        self.check_job = run_in_background(
            lambda: quick_check(database), lambda _: None, self.damage_found
        )

    def damage_found(self, message: str) -> None:
        if not self.isVisible():  # reported after the window was closed: nobody to tell
            return
        plain.critical(
            self,
            self.tr("Check"),
            self.tr(
                "SQLite found damage in this file: %1. Make no more changes; restore a "
                "backup from Fichier → Sauvegardes."
            ).replace("%1", message),
        )

    def backed_up(self, taken) -> None:
        if taken is not None:
            self.statusBar().showMessage(
                self.tr("Backup made: %1").replace("%1", taken.name), 10000
            )

    def backup_failed(self, message: str) -> None:
        if not self.isVisible():  # reported after the window was closed: nobody to tell
            return
        plain.warning(
            self,
            self.tr("Backup"),
            self.tr(
                "The automatic backup failed: %1. Your data is still in the file; "
                "check the free disk space."
            ).replace("%1", message),
        )

    def _sections(self) -> list[tuple[str, Callable[[], QWidget]]]:
        session = self.session

        def screen(name: str, *extra) -> Callable[[], QWidget]:
            # Each screen's module is imported when first shown: start-up pays only for
            # the home screen (the committees' one brings reportlab and QtPdf).
            return lambda: import_module(f".{name}", __package__).build(session, *extra)

        # What some screens are given besides the session: where to send the user.
        extras = {
            "home": (self.go_to,),
            "pipeline": (self.go_to,),
            "dashboard": (self.show_selection,),
        }
        return [
            (section_name(name), screen(module, *extras.get(module, ())))
            for name, module in NAVIGATION
        ]

    # -- navigation ---------------------------------------------------------------------
    def screen(self, row: int) -> QWidget:
        if row not in self.screens:
            widget = self.build_screen(row)
            placeholder = self.stack.widget(row)
            self.stack.insertWidget(row, widget)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.screens[row] = widget  # its lists restored their own saved layout
            for screen in self._lists_in(widget):
                screen.form.follow.connect(self.follow)
                screen.form.loaded.connect(self._moved)
        return self.screens[row]

    def build_screen(self, row: int) -> QWidget:
        """The screen of ``row``; on a server, a role that may not read what it shows
        (a partner and personal data) gets a French line instead of the screen."""
        from peewee import ProgrammingError

        try:
            return self.builders[row]()
        except ProgrammingError as error:
            from ..store.postgres.refusals import permission_denied

            if not permission_denied(error):
                raise
            message = PlainLabel(
                self.tr(
                    "Your role on the server may not read this screen: it shows personal "
                    "data. Ask the Fabrique's staff for what you need."
                ),
                self.stack,
            )
            message.setObjectName("not_readable")
            message.setWordWrap(True)
            message.setAlignment(Qt.AlignmentFlag.AlignCenter)
            return message

    def show_section(self, row: int) -> None:
        previous = self.current_list()
        if previous is not None and not previous.form.confirm_leave():
            self.navigation.blockSignals(True)
            self.navigation.setCurrentRow(self.stack.currentIndex())
            self.navigation.blockSignals(False)
            return
        built = row in self.screens
        widget = self.screen(row)
        if built and hasattr(widget, "refresh"):
            widget.refresh()  # back to a screen: show what changed elsewhere meanwhile
        self.stack.setCurrentWidget(widget)
        self._moved()

    def go_to(self, section: int, record_id=None, new: bool = False) -> None:
        """Show a section, and in it the record ``record_id`` (from the home screen), or
        a blank one (``new``)."""
        self._arriving += 1
        try:
            self.navigation.setCurrentRow(section)
            screen = self.current_list()
            if screen is not None and record_id is not None:
                screen.open_record(record_id)
            elif screen is not None and new:
                screen.new_record()
        finally:
            self._arriving -= 1
        self._moved()

    def follow(self, section: str, record_id) -> None:
        """Open a related record a form links to, in its own screen."""
        self.go_to(SECTIONS.index(section), record_id)

    # -- « Précédent » / « Suivant » ------------------------------------------------------
    def here(self) -> tuple[int, object]:
        screen = self.current_list()
        record = screen.form.record if screen is not None else None
        return self.stack.currentIndex(), record.id if record is not None else None

    def _moved(self, *_) -> None:
        """Note a new place (another screen, another record) in the browsing history."""
        if self._arriving:
            return
        place = self.here()
        if place == self._place:
            return
        if self._place is not None and not self._travelling:
            self.back_places.append(self._place)
            self.forward_places.clear()
        self._place = place
        self.back_action.setEnabled(bool(self.back_places))
        self.forward_action.setEnabled(bool(self.forward_places))

    def go_back(self) -> None:
        self._travel(self.back_places, self.forward_places)

    def go_forward(self) -> None:
        self._travel(self.forward_places, self.back_places)

    def _travel(self, source: list, target: list) -> None:
        """Go to the last place of ``source``, keeping this one in ``target``; unsaved
        changes are asked about first, and a record deleted meanwhile is passed over."""
        if not source or not self.confirm_close():
            return
        target.append(self._place)
        row, record_id = source.pop()
        self._travelling = True
        try:
            self.go_to(row, record_id)
        finally:
            self._travelling = False

    #: The navigation row of each list a figure of the dashboard can open.
    SELECTION_ROWS = {
        "needs": 1,
        "studies": 2,
        "projects": 3,
        "holders": 4,
        "partners": 6,
        "sessions": 7,
    }

    def show_selection(self, selection) -> None:
        """Open the list of the records behind a figure of the dashboard, and only them."""
        from .common.list_screen import opening_on  # with the first list, not at start-up

        row = self.SELECTION_ROWS[selection.section]
        built_on_it = row not in self.screens
        if built_on_it:
            with opening_on(selection):  # its list read once, on the figure's records
                self.screen(row)
        if selection.section == "partners":
            self.screen(row).setCurrentIndex(0)  # the Réseau screen's first tab
        self.navigation.setCurrentRow(row)
        screen = self.current_list()
        if (
            self.stack.currentIndex() == row
            and screen is not None
            and not (built_on_it and screen.selection is selection)
        ):
            screen.show_selection(selection)

    def current_list(self) -> ListScreen | None:
        """The list screen in front, if any (the Réseau screen holds two in tabs)."""
        widget = self.stack.currentWidget()
        return widget.current_list() if hasattr(widget, "current_list") else None

    @staticmethod
    def _lists_in(widget: QWidget) -> list[ListScreen]:
        return widget.lists() if hasattr(widget, "lists") else []

    # -- menus ----------------------------------------------------------------------------
    def _action(self, menu, text: str, slot, shortcut=None, name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.setObjectName(name)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        from .files import FileMenu

        bar = self.menuBar()
        self.file_menu = FileMenu(self, bar.addMenu(self.tr("&File")))
        edit = bar.addMenu(self.tr("&Edit"))
        self._action(
            edit, self.tr("&New record"), self.new_record, QKeySequence.StandardKey.New, "new"
        )
        self._action(
            edit, self.tr("&Save"), self.save_record, QKeySequence.StandardKey.Save, "save"
        )
        self._action(edit, self.tr("&Delete…"), self.delete_record, None, "delete")
        edit.addSeparator()
        self._action(edit, self.tr("&Find"), self.find, QKeySequence.StandardKey.Find, "find")
        self._action(
            edit,
            self.tr("Search &everywhere…"),
            self.search_everywhere,
            QKeySequence("Ctrl+K"),
            "everywhere",
        )
        self._action(edit, self.tr("E&xport the list…"), self.export_list, None, "export")
        # Alt+É in French: every letter of « Aller » is taken in some form.
        go = bar.addMenu(self.tr("&Go"))
        self.back_action = self._action(
            go, self.tr("&Back"), self.go_back, QKeySequence("Alt+Left"), "back"
        )
        self.forward_action = self._action(
            go, self.tr("&Forward"), self.go_forward, QKeySequence("Alt+Right"), "forward"
        )
        for action in (self.back_action, self.forward_action):
            action.setEnabled(False)  # nowhere to go yet
        view = bar.addMenu(self.tr("&View"))
        for row in range(self.navigation.count()):
            self._action(
                view,
                self.navigation.item(row).text(),
                lambda _=False, row=row: self.navigation.setCurrentRow(row),
                QKeySequence(f"Ctrl+{row + 1}") if row < 9 else None,  # Ctrl+1 to Ctrl+9
                f"section_{row}",
            )
        view.addSeparator()
        self._action(
            view,
            self.tr("Ne&xt pane"),
            lambda: self.cycle_panes(1),
            QKeySequence("F6"),
            "next_pane",
        )
        self._action(
            view,
            self.tr("Pre&vious pane"),
            lambda: self.cycle_panes(-1),
            QKeySequence("Shift+F6"),
            "previous_pane",
        )
        if self.session.read_only:  # nothing that writes on a file open read-only
            why = self.tr("The file is open read-only.")
            names = ["new", "save", "delete", "settings", "backups", "exchange"]
            if self.session.on_server:  # a partner's role: nor any personal data
                why = self.tr("Your role on the server may only read.")
                names.append("personal_data_requests")
            for name in names:
                action = self.findChild(QAction, name)
                action.setEnabled(False)
                action.setToolTip(why)
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&About Fabrique Desktop"), self.about, None, "about")

    def panes(self) -> list[QWidget]:
        """What F6 goes round: the navigation, the list, the form (or the screen)."""
        screen = self.current_list()
        if screen is not None:
            return [self.navigation, screen.table, screen.form]
        return [self.navigation, self.stack.currentWidget()]

    def cycle_panes(self, step: int) -> None:
        """Put the focus in the next (step 1) or previous (-1) pane, round and round."""
        from .common.focus import first_focusable

        panes = self.panes()
        focus = QApplication.focusWidget()
        current = next(
            (
                i
                for i, pane in enumerate(panes)
                if focus is not None and (focus is pane or pane.isAncestorOf(focus))
            ),
            0 if step > 0 else len(panes),  # from elsewhere (a menu…): the first or last
        )
        for offset in range(1, len(panes) + 1):
            pane = panes[(current + step * offset) % len(panes)]
            takes_focus = pane.focusPolicy() & Qt.FocusPolicy.TabFocus
            target = pane if takes_focus else first_focusable(pane)
            if target is not None:
                target.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return

    def new_record(self) -> None:
        screen = self.current_list()
        if screen is not None:
            screen.new_record()

    def save_record(self) -> None:
        screen = self.current_list()
        if screen is not None:
            screen.form.save()

    def delete_record(self) -> None:
        screen = self.current_list()
        if screen is not None:
            screen.delete_current()

    def export_list(self) -> None:
        screen = self.current_list()
        if screen is not None:
            screen.export_list()

    def find(self) -> None:
        screen = self.current_list()
        if screen is not None:
            screen.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            screen.search.selectAll()

    def search_everywhere(self) -> None:
        from .everywhere import EverywhereDialog

        dialog = EverywhereDialog(self)
        dialog.chosen.connect(self.show_found)
        dialog.exec()

    def show_found(self, section: int, record_id) -> None:
        """Open a record the search everywhere found, in its own screen."""
        if section == 6:  # the Réseau screen: partners are its first tab
            self.screen(section).setCurrentIndex(0)
        self.go_to(section, record_id)

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Fabrique Desktop"),
            self.tr(
                "<b>Fabrique Desktop %1</b><p>Follow-up of a Fabrique à initiatives: needs, "
                "opportunity studies, holders, support and committees.</p><p>File: %2</p>"
            )
            .replace("%1", __version__)
            .replace("%2", html.escape(self._where())),
        )

    def _where(self) -> str:
        """The file's path, or the server (its address holds no password)."""
        if self.session.on_server:
            return self.tr("server %1").replace("%1", self.session.server_name)
        return str(self.session.path)

    # -- closing --------------------------------------------------------------------------
    def confirm_close(self) -> bool:
        screen = self.current_list()
        return screen is None or screen.form.confirm_leave()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.confirm_close():
            event.ignore()
            return
        self.save_layout()
        event.accept()
        # A backup or a check still running speaks about a window the user has left:
        # what it finds must not pop up over the next window (or the next file).
        for job in (self.backup_job, self.check_job):
            if job is not None:
                job.cancel()

    def save_layout(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        for widget in self.screens.values():
            for screen in self._lists_in(widget):
                screen.save_layout(settings)

    def restore_layout(self) -> None:
        geometry = QSettings().value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
