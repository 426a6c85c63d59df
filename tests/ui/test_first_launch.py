"""The first launch on a fresh account: the real entry point with an empty home creates
the data folder, the file, its lock and its backups, all private; the end of a session
(SIGTERM at logout) releases the lock."""

import json
import os
import signal
import stat
import subprocess
import sys
import time

import platformdirs
import platformdirs.windows
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWizard

from fabrique_desktop import cli
from fabrique_desktop.store.lock import lock_path
from fabrique_desktop.store.paths import default_database_path

from .actions import choose, type_into

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are a POSIX notion")


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def empty_home(tmp_path, monkeypatch):
    """HOME and the XDG folders point at empty temporary folders."""
    home = tmp_path / "home"
    for name, folder in (("data", "XDG_DATA_HOME"), ("config", "XDG_CONFIG_HOME")):
        (tmp_path / name).mkdir()
        monkeypatch.setenv(folder, str(tmp_path / name))
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    return tmp_path


@pytest.fixture
def windows_paths(tmp_path, monkeypatch):
    """platformdirs' Windows logic, reading %APPDATA% from the environment."""
    appdata = tmp_path / "Users" / "claire" / "AppData" / "Roaming"
    monkeypatch.setenv("APPDATA", str(appdata))
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)
    monkeypatch.setattr(
        platformdirs.windows,
        "_RESOLVE_WIN_FOLDER",
        platformdirs.windows.get_win_folder_from_env_vars,
    )
    return appdata


def first_launch(qtbot, monkeypatch):
    """Run ``fabrique-desktop`` as a new user would: go through the set-up assistant,
    wait for the first backup, look at the files while the window is open, then quit."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    path = default_database_path()
    seen = {}

    def set_up():
        wizard = QApplication.activeModalWidget()
        if wizard is None:
            QTimer.singleShot(20, set_up)
            return
        seen["lock while asking"] = lock_path(path).exists()
        try:
            type_into(qtbot, wizard.identity.fields.editors["fabrique_name"], "Fabrique")
            wizard.next()
            type_into(qtbot, wizard.who.fields.editors["name"], "Claire Vasseur")
            choose(wizard.who.fields.editors["organisation"], "CRESS")
            while not wizard.button(QWizard.WizardButton.FinishButton).isVisible():
                wizard.next()  # the territory and the method: kept for later
            wizard.button(QWizard.WizardButton.FinishButton).click()
        finally:
            if wizard.isVisible():  # a failed step: close it, so the test reports
                wizard.reject()

    def once_backed_up(tries=1200):  # 30 s at most
        backups = path.with_name("fabrique-sauvegardes")
        if not (backups.exists() and any(backups.iterdir())) and tries:
            QTimer.singleShot(25, lambda: once_backed_up(tries - 1))
            return
        seen["modes"] = {
            "folder": mode(path.parent),
            "file": mode(path),
            "lock": mode(lock_path(path)),
            "backups": mode(backups),
            "backup": mode(next(backups.iterdir())),
        }
        seen["lock"] = json.loads(lock_path(path).read_text())
        QApplication.instance().exit(0)

    QTimer.singleShot(0, set_up)
    QTimer.singleShot(0, once_backed_up)
    assert cli.main([]) == 0
    assert seen["lock while asking"]
    assert seen["modes"] == {
        "folder": 0o700,
        "file": 0o600,
        "lock": 0o600,
        "backups": 0o700,
        "backup": 0o600,
    }
    assert seen["lock"]["staff"] == "Claire Vasseur"
    assert not lock_path(path).exists()  # released on quitting
    return path


def test_first_launch_with_an_empty_home(qapp, qtbot, empty_home, monkeypatch):
    path = first_launch(qtbot, monkeypatch)
    assert path == empty_home / "data" / "FabriqueDesktop" / "fabrique.sqlite"


def test_first_launch_with_windows_paths(qapp, qtbot, windows_paths, monkeypatch):
    path = first_launch(qtbot, monkeypatch)
    assert path == windows_paths / "FabriqueDesktop" / "fabrique.sqlite"
    # Every missing folder above the data folder was made private too.
    assert {mode(folder) for folder in (windows_paths, windows_paths.parent)} == {0o700}


#: Make a file someone already uses on this account: a staff member, remembered.
PREPARE = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from fabrique_desktop.domain.services import network
from fabrique_desktop.store import close_database, open_database
from fabrique_desktop.ui.session import remember_staff
QCoreApplication.setOrganizationName("Fabrique à initiatives")
QCoreApplication.setApplicationName("Fabrique Desktop")
path = Path(sys.argv[1])
open_database(path, create=True)
staff = network.create_staff_member({"name": "Claire Vasseur", "organisation": "cress"})
remember_staff(path, staff)
close_database()
"""


def test_the_end_of_a_session_releases_the_lock(empty_home):
    path = empty_home / "fabrique.sqlite"
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, "-c", PREPARE, path], check=True, env=environment)
    app = subprocess.Popen(
        [sys.executable, "-m", "fabrique_desktop", "--db", path],
        env=environment,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if lock_path(path).exists() and "Claire" in lock_path(path).read_text():
                break
            time.sleep(0.05)
        assert "Claire Vasseur" in lock_path(path).read_text()  # the window is open
        time.sleep(1.0)  # the event loop runs
        app.send_signal(signal.SIGTERM)  # logout, shutdown
        assert app.wait(timeout=30) == 0, app.stderr.read()
    finally:
        app.kill()
    assert not lock_path(path).exists()
