"""The settings an administrator sets once for every user of a workstation, read before
the user's own: where new databases and their backups go, the Fabrique's name, whether
users may change that name, and the encryption asked of a new server connection.

Linux reads ``/etc/fabrique-desktop/config.ini``; Windows reads the policy key
``HKLM\\Software\\Policies\\FabriqueDesktop`` (what a group policy writes). The
environment variable ``FABRIQUE_DESKTOP_MACHINE_CONFIG`` names another INI file instead,
on any system: tests use it, and so can an administrator trying a configuration out.

A mistake of the administrator's never stops the app: the value is ignored, and a French
line on the error output says which and why.
"""

from __future__ import annotations

import configparser
import os
import sys
from dataclasses import dataclass
from pathlib import Path

ENVIRONMENT = "FABRIQUE_DESKTOP_MACHINE_CONFIG"
LINUX_FILE = Path("/etc/fabrique-desktop/config.ini")
SECTION = "fabrique-desktop"
POLICY_KEY = r"Software\Policies\FabriqueDesktop"
#: The INI key of each setting, and its name under the Windows policy key.
KEYS = {
    "database_folder": "DatabaseFolder",
    "backups_folder": "BackupsFolder",
    "fabrique_name": "FabriqueName",
    "users_may_change": "UsersMayChange",
    "server_sslmode": "ServerSslMode",
}
#: The encryption a server connection may be told to use (libpq's ``sslmode``).
SSLMODES = ("require", "verify-ca", "verify-full", "prefer", "disable")
YES, NO = {"1", "yes", "true", "on", "oui"}, {"0", "no", "false", "off", "non"}


@dataclass(frozen=True)
class MachineConfig:
    database_folder: Path | None = None
    backups_folder: Path | None = None
    fabrique_name: str | None = None
    users_may_change: bool = True
    #: The connection form's encryption for a new server (None: TLS required).
    server_sslmode: str | None = None

    @property
    def name_is_fixed(self) -> bool:
        return bool(self.fabrique_name) and not self.users_may_change


def machine_config() -> MachineConfig:
    """The workstation's configuration (every field empty where nothing is set)."""
    override = os.environ.get(ENVIRONMENT)
    if override:
        raw, origin = _read_ini(Path(override)), override
    elif sys.platform == "win32":
        raw, origin = _read_policy(), f"HKLM\\{POLICY_KEY}"
    else:
        raw, origin = _read_ini(LINUX_FILE), str(LINUX_FILE)
    return _parse(raw, origin)


def _read_ini(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    try:
        with open(path, encoding="utf-8") as handle:
            parser.read_file(handle)
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, configparser.Error) as error:
        _warn(f"la configuration du poste « {path} » est illisible et ignorée ({error})")
        return {}
    if not parser.has_section(SECTION):
        return {}
    return {key: parser.get(SECTION, key) for key in KEYS if parser.has_option(SECTION, key)}


def _read_policy() -> dict[str, str]:  # pragma: no cover - Windows only
    import winreg

    try:
        key = winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, POLICY_KEY)
    except OSError:
        return {}
    values = {}
    with key:
        for setting, name in KEYS.items():
            try:
                values[setting] = str(winreg.QueryValueEx(key, name)[0])
            except OSError:
                continue
    return values


def _parse(raw: dict[str, str], origin: str) -> MachineConfig:
    fields: dict[str, object] = {}
    for setting in ("database_folder", "backups_folder"):
        text = raw.get(setting, "").strip()
        if not text:
            continue
        folder = Path(os.path.expandvars(os.path.expanduser(text)))
        if folder.is_absolute():
            fields[setting] = folder
        else:
            _warn(f"{origin} : « {setting} » doit être un chemin absolu ({text}) ; ignoré")
    name = raw.get("fabrique_name", "").strip()
    if name:
        fields["fabrique_name"] = name[:200]
    answer = raw.get("users_may_change", "").strip().lower()
    if answer in NO:
        fields["users_may_change"] = False
    elif answer and answer not in YES:
        _warn(f"{origin} : « users_may_change » vaut oui ou non, pas « {answer} » ; ignoré")
    sslmode = raw.get("server_sslmode", "").strip().lower()
    if sslmode in SSLMODES:
        fields["server_sslmode"] = sslmode
    elif sslmode:
        modes = ", ".join(SSLMODES)
        _warn(f"{origin} : « server_sslmode » vaut {modes}, pas « {sslmode} » ; ignoré")
    return MachineConfig(**fields)


def _warn(message: str) -> None:
    print(f"Fabrique Desktop : {message}", file=sys.stderr)
