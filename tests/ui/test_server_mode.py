"""The desktop app on a PostgreSQL server: the connection form and its refusals, the
password in the system's vault (a test double, never the user's), the connected role
signing the changes, the window saying which server, backups left to the server, a
colleague's save showing in the other window, and a partner's read-only role."""

from __future__ import annotations

import dataclasses
import socket
import threading
import time
import uuid
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox

from fabrique_desktop.app import Controller
from fabrique_desktop.domain.models import Need, StaffMember, database
from fabrique_desktop.store.postgres import credentials, roles
from fabrique_desktop.store.postgres.address import ServerAddress
from fabrique_desktop.ui.main_window import MainWindow
from fabrique_desktop.ui.server_dialog import ServerDialog
from fabrique_desktop.ui.session import Session

from .actions import click, type_into

pytestmark = pytest.mark.server_only


class MemoryKeyring:
    """An in-memory vault: ``keyring``'s backend interface, nothing on the disk."""

    @classmethod
    def make(cls):
        from keyring.backend import KeyringBackend

        class Backend(KeyringBackend):
            priority = 1

            def __init__(self):
                super().__init__()
                self.passwords = {}

            def get_password(self, service, username):
                return self.passwords.get((service, username))

            def set_password(self, service, username, password):
                self.passwords[(service, username)] = password

            def delete_password(self, service, username):
                self.passwords.pop((service, username), None)

        return Backend()


@pytest.fixture(autouse=True)
def vault(monkeypatch):
    """Every test here uses a vault of its own, empty: never the user's keyring."""
    import keyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring.make()
    keyring.set_keyring(backend)
    monkeypatch.setattr(credentials, "_this_session", {})
    yield backend
    keyring.set_keyring(previous)


def admin(address: str, *statements: str):
    import psycopg

    with psycopg.connect(address, autocommit=True) as connection:
        return [connection.execute(statement) for statement in statements][-1].fetchall()


@pytest.fixture
def make_role(db_location, test_server):
    """Login roles of the cluster with the staff's (or a partner's) rights on this
    test's database, gone after the test."""
    made = []

    def make(grants=roles.staff_grants, password: str | None = None) -> str:
        name = f"personne_{uuid.uuid4().hex[:8]}"
        secret = f" PASSWORD '{password}'" if password else ""
        test_server.connection.execute(f'CREATE ROLE "{name}" LOGIN{secret}')
        admin(db_location, *grants(name), "SELECT 1")
        made.append(name)
        return name

    yield make
    from fabrique_desktop.store import close_database

    close_database()
    for name in made:
        admin(db_location, f'DROP OWNED BY "{name}"', "SELECT 1")
        test_server.connection.execute(f'DROP ROLE "{name}"')


def as_role(address: str, role: str) -> str:
    return dataclasses.replace(ServerAddress.parse(address), user=role).address()


def link(staff: StaffMember, role: str) -> None:
    """What the README tells the admin to run."""
    database.execute_sql("UPDATE staff_member SET login = %s WHERE id = %s", (role, staff.id.hex))


def open_window(qtbot, address: str, staff: StaffMember) -> MainWindow:
    """A window on the server, as the app shows it once connected (it signs as ``staff``)."""
    from fabrique_desktop.store import history

    history.set_actor(database, staff.id)
    window = MainWindow(Session(address, staff))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def signed_in(qtbot, controller, db_location, staff, make_role) -> MainWindow:
    """A staff member's role, linked to their record, connected, in a window."""
    role = make_role()
    link(staff, role)
    address = as_role(db_location, role)
    signer = controller.attach_server(address, None)
    assert signer == staff  # the connected role names who signs
    return open_window(qtbot, address, signer)


@pytest.fixture
def controller(qapp):
    return Controller(qapp)


def form(qtbot, controller, address: str | None = None) -> ServerDialog:
    dialog = ServerDialog(controller.attach_server, None, address)
    qtbot.addWidget(dialog)
    return dialog


def submit(qtbot, dialog: ServerDialog, **values) -> None:
    for name, value in values.items():
        dialog.fields.editors[name].set_value(value)
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))


def unused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def refusing_tls() -> int:
    """A server that answers the client's TLS request « N » (no TLS), as a PostgreSQL
    without certificates does."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()

    def answer():
        connection, _ = listener.accept()
        with connection:
            connection.recv(8)  # SSLRequest
            connection.sendall(b"N")
            connection.recv(1024)
        listener.close()

    threading.Thread(target=answer, daemon=True).start()
    return listener.getsockname()[1]


def test_each_refusal_shows_under_its_field_and_nothing_typed_is_lost(
    qtbot, controller, db_location, staff, make_role
):
    role = make_role()
    dialog = form(qtbot, controller, as_role(db_location, role))

    submit(qtbot, dialog, host="127.0.0.1", port=str(unused_port()))
    assert dialog.fields.message("host").startswith("Le serveur ne répond pas à cette adresse")
    submit(qtbot, dialog, port=str(refusing_tls()))
    assert dialog.fields.message("sslmode").startswith("Le serveur refuse le chiffrement TLS")
    assert dialog.fields.message("host") == ""
    assert dialog.fields.editors["port"].value() != "5432"  # what was typed stays

    socket_folder = ServerAddress.parse(db_location).host
    submit(qtbot, dialog, host=socket_folder, port="5432", database="nulle_part")
    assert dialog.fields.message("database") == "Cette base n'existe pas sur ce serveur."
    submit(qtbot, dialog, database=ServerAddress.parse(db_location).database, user="personne")
    assert dialog.fields.message("user").startswith("Ce rôle n'existe pas sur le serveur")
    submit(qtbot, dialog, user=role)  # exists, but is linked to no staff member
    assert dialog.fields.message("user").startswith(f"Le rôle « {role} » n'est lié à aucun")
    assert "UPDATE staff_member SET login" in dialog.fields.message("user")
    assert database.obj.address.startswith(db_location.split("?")[0])  # still the admin's
    submit(qtbot, dialog, port="99999")
    assert dialog.fields.message("port").startswith("Un port est un nombre entre 1 et 65535")


def test_an_uninitialised_or_newer_database_is_refused_naming_the_admins_command(
    qtbot, controller, db_location, test_server
):
    empty = f"fabrique_vide_{uuid.uuid4().hex[:8]}"
    test_server.connection.execute(f'CREATE DATABASE "{empty}"')
    try:
        dialog = form(qtbot, controller)
        address = ServerAddress.parse(db_location)
        submit(qtbot, dialog, host=address.host, database=empty, user="postgres")
        assert "fabrique-desktop server init" in dialog.fields.message("database")
        assert admin(
            f"postgresql://postgres@/{empty}?host={address.host}",
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'",
        ) == [(0,)]
    finally:
        test_server.drop(empty)
    admin(
        db_location,
        "INSERT INTO schema_migration (name, applied) VALUES ('9999_future', now())",
        "SELECT 1",
    )
    submit(qtbot, dialog, database=address.database)
    assert "version plus récente" in dialog.fields.message("database")


@pytest.fixture
def password_auth(test_server):
    """The cluster asks the roles of this test for a password (it trusts the others)."""
    hba = test_server.connection.execute("SHOW hba_file").fetchone()[0]
    with open(hba) as handle:
        original = handle.read()
    names = []

    def require(role: str) -> None:
        names.append(role)
        rules = "".join(f"local all {name} scram-sha-256\n" for name in names)
        with open(hba, "w") as handle:
            handle.write(rules + original)
        test_server.connection.execute("SELECT pg_reload_conf()")
        time.sleep(0.5)  # the postmaster reloads on its signal

    yield require
    with open(hba, "w") as handle:
        handle.write(original)
    test_server.connection.execute("SELECT pg_reload_conf()")


def test_the_password_is_asked_checked_and_kept_in_the_vault(
    qtbot, controller, db_location, staff, make_role, password_auth, vault
):
    role = make_role(password="juste")
    link(staff, role)
    password_auth(role)
    address = as_role(db_location, role)
    dialog = form(qtbot, controller, address)
    submit(qtbot, dialog)
    assert dialog.fields.message("password") == "Le serveur demande un mot de passe."
    submit(qtbot, dialog, password="faux")
    assert dialog.fields.message("password") == "Le serveur refuse ce mot de passe pour ce rôle."
    assert vault.passwords == {}
    submit(qtbot, dialog, password="juste")
    assert dialog.result() == ServerDialog.DialogCode.Accepted
    assert list(vault.passwords.values()) == ["juste"]  # never in the settings
    assert "juste" not in Path(settings_file()).read_text()
    # Next time (a restart: this session's memory gone), the vault's password serves.
    credentials._this_session.clear()
    assert controller.attach_server(address, None) == staff


def settings_file() -> str:
    from PySide6.QtCore import QSettings

    settings = QSettings()
    settings.sync()
    return settings.fileName()


def test_without_a_vault_the_password_serves_this_session_only(
    qtbot, controller, db_location, staff, make_role, password_auth
):
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    role = make_role(password="juste")
    link(staff, role)
    password_auth(role)
    address = as_role(db_location, role)
    dialog = form(qtbot, controller, address)
    assert not dialog.no_vault.isHidden()
    assert "aucun trousseau" in dialog.no_vault.text()
    assert dialog.keep.text() == "&Garder le mot de passe jusqu'à la fermeture de l'application"
    submit(qtbot, dialog, password="juste")
    assert dialog.result() == ServerDialog.DialogCode.Accepted
    assert controller.attach_server(address, None) == staff  # kept for this session


def test_the_window_names_the_server_and_leaves_backups_to_it(
    qtbot, controller, db_location, staff, make_role, dialogs
):
    window = signed_in(qtbot, controller, db_location, staff, make_role)
    address = ServerAddress.parse(window.session.path)
    name = f"{address.database}@{address.host}"
    assert window.windowTitle() == f"serveur {name} — Fabrique Desktop"
    assert window.findChild(type(window.identity), "server").text() == f"serveur {name}"
    assert window.identity.text() == f"Connecté·e\u00a0: {staff.name}"
    assert not window.findChild(QAction, "check").isEnabled()
    assert not window.findChild(QAction, "exchange").isEnabled()
    said = []
    dialogs.next(lambda box: (said.append(box.text()), box.accept()))
    window.findChild(QAction, "backups").trigger()
    assert "sauvegardes sont le travail du serveur" in said[0]


def retitle(qtbot, window: MainWindow, need: Need, title: str) -> None:
    """Open ``need`` in the window, type a new title, click « Enregistrer »."""
    window.go_to(1, need.id)
    form = window.current_list().form
    field = form.fields.editors["title"]
    field.clear()
    type_into(qtbot, field, title)
    click(qtbot, form.save_button)


def test_the_connected_role_signs_the_changes(
    qtbot, controller, db_location, staff, make_role, need
):
    window = signed_in(qtbot, controller, db_location, staff, make_role)
    retitle(qtbot, window, need, "Recyclerie de Camon")
    assert Need.get_by_id(need.id).title == "Recyclerie de Camon"
    logged = database.execute_sql(
        "SELECT staff_id FROM change_log WHERE record_id = %s ORDER BY id DESC LIMIT 1",
        (need.id.hex,),
    ).fetchone()
    assert logged[0] == staff.id.hex


def test_a_linked_colleague_links_a_new_role_in_the_staff_form(
    qtbot, controller, db_location, staff, make_role
):
    from fabrique_desktop.domain.enums import Organisation
    from fabrique_desktop.domain.services import network

    from .test_staff_login import staff_form

    newcomer = network.create_staff_member(
        {"name": "Julien Morel", "organisation": Organisation.GRIEP}
    )
    signed_in(qtbot, controller, db_location, staff, make_role)  # Claire, linked
    role = make_role()
    _, form = staff_form(qtbot, newcomer)
    type_into(qtbot, form.fields.editors["login"], role)
    click(qtbot, form.save_button)
    assert controller.attach_server(as_role(db_location, role), None) == newcomer


def test_a_colleagues_save_shows_in_the_other_window_keeping_place_and_typing(
    qtbot, controller, db_location, staff, make_role, need, territory
):
    from fabrique_desktop.domain.services import needs as need_services

    from ..factories import need_values

    other = need_services.create_need(need_values(territory, title="Épicerie solidaire"))
    first = signed_in(qtbot, controller, db_location, staff, make_role)
    second = open_window(qtbot, first.session.path, staff)
    second.go_to(1, other.id)  # she looks at another need and is typing in it
    watched = second.current_list()
    type_into(qtbot, watched.form.fields.editors["description"], " (en cours)")
    typed = watched.form.fields.editors["description"].value()
    assert not second.change_watch.look()  # nothing new yet: nothing read again

    retitle(qtbot, first, need, "Recyclerie de Camon")

    assert second.change_watch.look()
    row = watched.model.position(need.id)
    assert watched.proxy.index(row, watched.title_column).data() == "Recyclerie de Camon"
    selected = watched.table.currentIndex()
    assert watched.model.ids[selected.row()] == other.id.hex  # her place is kept
    assert watched.form.fields.editors["description"].value() == typed  # and her typing


def test_an_open_form_shows_a_colleagues_save_unless_something_is_typed_in_it(
    qtbot, controller, db_location, staff, make_role, need
):
    first = signed_in(qtbot, controller, db_location, staff, make_role)
    second = open_window(qtbot, first.session.path, staff)
    second.go_to(1, need.id)  # she reads the need a colleague is about to retitle
    form = second.current_list().form

    retitle(qtbot, first, need, "Recyclerie de Camon")
    assert second.change_watch.look()
    assert form.fields.editors["title"].value() == "Recyclerie de Camon"
    assert form.heading.text() == "Recyclerie de Camon"
    assert not form.is_dirty()

    type_into(qtbot, form.fields.editors["description"], " (à revoir)")
    typed = form.fields.editors["description"].value()
    retitle(qtbot, first, need, "Recyclerie de Longueau")
    assert second.change_watch.look()
    assert form.fields.editors["title"].value() == "Recyclerie de Camon"  # left alone
    assert form.fields.editors["description"].value() == typed
    click(qtbot, form.save_button)  # her save meets the colleague's: nothing lost
    banner = form.findChild(type(form.heading), "error_banner")
    assert "modifiée par" in banner.text()
    assert Need.get_by_id(need.id).title == "Recyclerie de Longueau"
    assert form.fields.editors["description"].value() == typed


def test_a_partner_reads_the_facts_writes_nothing_and_never_crashes(
    qtbot, controller, db_location, staff, make_role, need, holder
):
    role = make_role(roles.partner_grants)
    address = as_role(db_location, role)
    assert controller.attach_server(address, None) is None  # no staff member: read-only
    controller.show_server(address, None)
    window = controller.window
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert window.windowTitle().endswith("(lecture seule)")
    for name in ("new", "save", "delete", "settings", "personal_data_requests"):
        assert not window.findChild(QAction, name).isEnabled(), name
    assert window.identity.text() == "Lecture seule"
    for row in range(window.navigation.count()):  # every screen opens, none refused
        window.navigation.setCurrentRow(row)
        assert window.stack.currentIndex() == row
        assert window.stack.currentWidget().objectName() != "not_readable"
        window.grab()  # painted as the partner sees it, without a crash

    def cells(screen) -> list[str]:
        model = screen.proxy
        return [
            model.index(r, c).data() or ""
            for r in range(model.rowCount())
            for c in range(model.columnCount())
        ]

    window.navigation.setCurrentRow(1)
    assert need.title in cells(window.current_list())  # the facts
    window.navigation.setCurrentRow(4)
    holders = window.current_list()
    assert holders.count.text() == "1 porteur"  # the holder is there, unnamed
    assert not any(holder.last_name in cell or holder.email in cell for cell in cells(holders))


def test_without_the_partners_views_a_screen_says_why_in_french(
    qtbot, controller, db_location, need, make_role
):
    role = make_role(lambda name: roles.partner_grants(name)[: -len(roles.partner_views(name))])
    address = as_role(db_location, role)
    controller.attach_server(address, None)
    controller.show_server(address, None)
    window = controller.window
    qtbot.addWidget(window)
    window.navigation.setCurrentRow(4)
    message = window.stack.currentWidget()
    assert message.objectName() == "not_readable"
    assert message.text().startswith("Votre rôle sur le serveur ne permet pas de lire cet écran")


def test_opening_a_server_that_refuses_shows_the_form_with_the_reason(
    qtbot, controller, db_location, staff, make_role, dialogs
):
    """At start-up (the server used last) or from « Récents »: the form says why."""
    role = make_role()  # linked to no one yet
    address = as_role(db_location, role)
    seen = []

    def look_and_cancel(dialog):
        seen.append((dialog.fields.editors["user"].value(), dialog.fields.message("user")))
        dialog.reject()

    dialogs.next(look_and_cancel)
    assert controller.open(address) is False
    assert seen[0][0] == role
    assert seen[0][1].startswith(f"Le rôle « {role} » n'est lié à aucun")
    assert controller.window is None

    link(staff, role)
    assert controller.open(address) is True  # now it opens without asking
    qtbot.addWidget(controller.window)
    assert controller.window.session.staff == staff
    from fabrique_desktop.ui.servers import last_location

    assert last_location() == address
