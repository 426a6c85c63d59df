"""Widget tests: French translations, settings kept in the test's folder, cycles collected
in the GUI thread as in the app, and a way to answer the modal dialogs (decisions,
confirmations) the way a user would."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from fabrique_desktop.ui.application import install_translations
from fabrique_desktop.ui.collector import collect_in_gui_thread
from fabrique_desktop.ui.common.screen_fit import keep_windows_on_screen
from fabrique_desktop.ui.session import Session


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, qapp):
    """Every test starts with empty settings of its own, never the developer's."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    QSettings().clear()
    install_translations(qapp)
    keep_windows_on_screen(qapp)
    collect_in_gui_thread(qapp)  # as the app does: no widget freed in a worker thread
    yield


_sweeper: QTimer | None = None


def _sweep() -> None:
    dialog = QApplication.activeModalWidget()
    if isinstance(dialog, QMessageBox) and dialog.button(QMessageBox.StandardButton.Discard):
        dialog.button(QMessageBox.StandardButton.Discard).click()
    elif dialog is not None:
        dialog.reject()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item):
    """From teardown on, answer any dialog left asking a question.

    pytest-qt closes the test's widgets first thing in teardown; a form left with
    unsaved changes (a failed assertion, typically) then asks Save / Discard / Cancel,
    and nobody would answer: the run would hang instead of reporting the failure.
    """
    global _sweeper
    _sweeper = QTimer()
    _sweeper.timeout.connect(_sweep)
    _sweeper.start(50)
    return (yield)


@pytest.fixture(autouse=True)
def no_sweeping_during_the_test():
    if _sweeper is not None:
        _sweeper.stop()


@pytest.fixture
def session(db_path, staff):
    return Session(db_path, staff)


class DialogAnswerer:
    """Acts on the next modal dialog once it is open (``exec()`` blocks the test)."""

    def __init__(self, qtbot):
        self.qtbot = qtbot
        self.seen: list[QWidget] = []

    def next(self, act: Callable[[QWidget], None]) -> None:
        def attempt(tries: int = 50) -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None or dialog in self.seen:
                if tries:
                    QTimer.singleShot(20, lambda: attempt(tries - 1))
                return
            self.seen.append(dialog)
            act(dialog)

        QTimer.singleShot(0, attempt)


@pytest.fixture
def dialogs(qtbot):
    return DialogAnswerer(qtbot)
