"""« Fichier → Se connecter à un serveur… »: where the Fabrique's PostgreSQL server is,
who connects, the password (kept in the system's vault, or for this session only where
there is none), the encryption. A refusal shows under the field it is about and the
dialog stays open with everything typed; once connected, the address is remembered
(never the password)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from ..domain.validation import refuse
from ..store.fileguard import DatabaseRefused
from ..store.machine_config import machine_config
from ..store.postgres import credentials
from ..store.postgres.address import ServerAddress, checked_address
from .common import plain
from .common.fields import CheckField, ChoiceField, TextField
from .common.fields_dialog import FieldsDialog
from .common.plain import PlainLabel
from .common.screen_fit import available_area
from .servers import remember_server, remembered_servers

#: Connects to an address with a password (None: the one kept, if any), or raises
#: :class:`DatabaseRefused` (a ``ServerRefused`` names the field it is about).
Attempt = Callable[[str, str | None], object]


class ServerDialog(FieldsDialog):
    def __init__(self, attempt: Attempt, parent=None, address: str | None = None):
        super().__init__(self.tr("Connect to a server"), parent)
        self.setObjectName("server_dialog")
        self.attempt = attempt
        self.vault = credentials.vault_available()
        fields = self.fields
        self.servers = fields.add(
            "remembered", self.tr("Remembered &servers:"), ChoiceField(self, self.tr("—"))
        )
        self.servers.set_choices(
            (address, ServerAddress.parse(address).name) for address in remembered_servers()
        )
        self.servers.changed.connect(self.fill_remembered)
        fields.add("host", self.tr("&Host:"), TextField(self, 253))
        fields.add("port", self.tr("&Port:"), TextField(self, 5))
        fields.add("database", self.tr("&Database:"), TextField(self, 63))
        fields.add("user", self.tr("&User (your role):"), TextField(self, 63))
        self.password = fields.add("password", self.tr("Pass&word:"), TextField(self, 1000))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        keep = (
            self.tr("&Keep the password in the system's keyring")
            if self.vault
            else self.tr("&Keep the password until the application closes")
        )
        self.keep = fields.add("keep", "", CheckField(self, keep))
        self.keep.setChecked(True)
        self.no_vault = PlainLabel(
            self.tr(
                "This system has no keyring: the password cannot be kept between sessions, "
                "it will be asked again at the next start."
            ),
            self,
        )
        self.no_vault.setObjectName("no_vault")
        self.no_vault.setWordWrap(True)
        self.no_vault.setVisible(not self.vault)
        self.form.addRow("", self.no_vault)
        self.sslmode = fields.add("sslmode", self.tr("&Encryption:"), ChoiceField(self))
        self.sslmode.set_choices(
            [
                ("", self.tr("TLS required (recommended)")),
                ("verify-full", self.tr("TLS, server certificate verified")),
                ("verify-ca", self.tr("TLS, certificate authority verified")),
                ("prefer", self.tr("TLS if the server offers it")),
                ("disable", self.tr("No encryption (local network only)")),
            ]
        )
        # A new server: the encryption the workstation's admin set, if any.
        self.fill(
            ServerAddress.parse(address)
            if address
            else ServerAddress("", sslmode=machine_config().server_sslmode or "")
        )
        self.finish()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Connect"))
        self.setMinimumWidth(600)

    def fill(self, address: ServerAddress) -> None:
        self.fields.fill(
            {
                "host": address.host,
                "port": str(address.port),
                "database": address.database,
                "user": address.user,
                "sslmode": address.sslmode,
            }
        )
        stored = address.host and credentials.stored_password(address.address())
        self.password.setPlaceholderText(
            self.tr("kept in the keyring") if stored else self.tr("if the server asks for one")
        )

    def fill_remembered(self) -> None:
        if self.servers.value():
            self.fill(ServerAddress.parse(self.servers.value()))

    def show_refusal(self, refusal: DatabaseRefused) -> None:
        """A refusal met before the dialog opened (at start-up), under its field."""
        self.fields.show_errors({getattr(refusal, "field", "host"): _cause(refusal)})
        self.fit_fields()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.fit_fields()  # the fields' true width is known now: wrapped lines too

    def fit_fields(self) -> None:
        """Room for a long refusal (the admin's command) under its field, then the
        dialog as tall as its content."""
        super().fit_fields()
        body = self.scroll.widget()
        width = max(self.scroll.viewport().width(), self.minimumWidth() - 40)
        if body.layout().hasHeightForWidth():  # wrapped messages: their height at this width
            tall = body.layout().heightForWidth(width) + 2
            self.scroll.setMinimumHeight(min(tall, available_area(self).height() * 2 // 3))
        self.adjustSize()

    def apply(self, values: dict) -> None:
        address = checked_address(values).address()
        password = values["password"] or None
        try:
            self.attempt(address, password)
        except DatabaseRefused as refusal:
            raise refuse(_cause(refusal), getattr(refusal, "field", "host")) from None
        remember_server(address)
        if password is None:
            return
        credentials.keep_for_this_session(address, password)
        if self.vault and values["keep"]:
            try:
                credentials.remember_password(address, password)
            except DatabaseRefused as refusal:  # connected all the same: said, not fatal
                plain.warning(self, self.windowTitle(), str(refusal))


def _cause(refusal: DatabaseRefused) -> str:
    return getattr(refusal, "cause", None) or str(refusal)
