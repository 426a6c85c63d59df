"""What the server mode looks like where it cannot run: without its extra the menu says
how to install it; the command line hands a server address to the app; start-up finds
the database used last, file or server."""

from __future__ import annotations

import importlib.util

import pytest
from PySide6.QtGui import QAction

from fabrique_desktop import cli
from fabrique_desktop.ui import servers
from fabrique_desktop.ui.main_window import MainWindow


def test_without_the_server_extra_the_menu_says_how_to_install_it(
    qtbot, session, monkeypatch, dialogs
):
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "psycopg" else real(name, *a)
    )
    window = MainWindow(session)
    qtbot.addWidget(window)
    said = []
    dialogs.next(lambda box: (said.append(box.text()), box.accept()))
    asked = []
    window.server_requested.connect(lambda: asked.append(True))
    action = window.findChild(QAction, "connect_server")
    assert action.text() == "Se connec&ter à un serveur…"
    action.trigger()
    assert said == [
        "La connexion à un serveur demande le mode serveur, qui n'est pas installé avec cette "
        "copie de Fabrique Desktop\u00a0: demandez à votre administrateur de l'installer "
        "(pip install 'fabrique-desktop[server]')."
    ]
    assert asked == []  # no form for a connection that cannot be made


def test_a_server_address_on_the_command_line_opens_that_server(monkeypatch):
    asked = []
    monkeypatch.setattr(
        "fabrique_desktop.launch.run_gui", lambda **kwargs: asked.append(kwargs) or 0
    )
    address = "postgresql://claire@serveur.exemple.fr/fabrique"
    assert cli.main([address]) == 0
    assert cli.main(["--server", address]) == 0
    assert [kwargs["server"] for kwargs in asked] == [address, address]
    assert cli.main([]) == 0
    assert asked[-1]["server"] is None


def test_start_up_finds_the_database_used_last_file_or_server(tmp_path, qapp):
    assert servers.last_location() is None  # a first start: the default file
    file = tmp_path / "bureau.sqlite"
    file.write_bytes(b"")
    servers.remember_last(file)
    assert servers.last_location() == file
    file.unlink()  # moved away since: the default file, not an error
    assert servers.last_location() is None
    address = "postgresql://claire@serveur.exemple.fr/fabrique"
    servers.remember_last(address)
    assert servers.last_location() == address


def test_the_servers_connected_to_are_remembered_without_password(qapp):
    first = "postgresql://claire@serveur.exemple.fr/fabrique"
    second = "postgresql://claire@autre.exemple.fr:6432/fabrique?sslmode=verify-full"
    servers.remember_server(first)
    servers.remember_server(second)
    servers.remember_server(first)
    assert servers.remembered_servers() == [first, second]


@pytest.mark.server_only  # the form needs the server extra (keyring)
def test_a_new_server_gets_the_encryption_the_workstations_admin_set(qtbot, no_machine_config):
    from fabrique_desktop.ui.server_dialog import ServerDialog

    no_machine_config.write_text("[fabrique-desktop]\nserver_sslmode = verify-full\n")
    dialog = ServerDialog(lambda address, password: None)
    qtbot.addWidget(dialog)
    assert dialog.sslmode.currentText() == "TLS, certificat du serveur vérifié"
    remembered = ServerDialog(lambda a, p: None, None, "postgresql://claire@serveur/fabrique")
    qtbot.addWidget(remembered)
    assert remembered.sslmode.currentText() == "TLS exigé (recommandé)"  # its own address
