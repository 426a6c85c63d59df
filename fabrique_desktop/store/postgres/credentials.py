"""Server passwords in the system's vault (Windows Credential Manager, Secret Service on
Linux, macOS Keychain) through ``keyring``; never in a file of ours, nor in an address."""

from __future__ import annotations

from urllib.parse import urlsplit

from ..fileguard import DatabaseRefused

SERVICE = "fabrique-desktop"
#: Passwords kept for this run only, where the system has no vault (or the user chose
#: not to keep them there): gone when the application closes.
_this_session: dict[str, str] = {}


def account(address: str) -> str:
    """The vault's name for the password of ``address``: user, host, port, database."""
    parts = urlsplit(address)
    return f"{parts.username or ''}@{parts.hostname or ''}:{parts.port or 5432}{parts.path}"


def refuse_password_in(address: str) -> None:
    if urlsplit(address).password:
        raise DatabaseRefused(
            "L'adresse contient un mot de passe : retirez-le (il resterait dans l'historique "
            "des commandes). Le mot de passe est demandé puis gardé dans le trousseau du système."
        )


def vault_available() -> bool:
    """Whether the system has a vault ``keyring`` can use (none: a server without a
    desktop session, a Linux without Secret Service)."""
    import keyring
    from keyring.backends import fail

    return not isinstance(keyring.get_keyring(), fail.Keyring)


def keep_for_this_session(address: str, password: str) -> None:
    _this_session[account(address)] = password


def stored_password(address: str) -> str | None:
    """The password kept for ``address`` (this session's, else the vault's), or None
    (none kept, or no vault on this system)."""
    import keyring
    from keyring.errors import KeyringError

    if account(address) in _this_session:
        return _this_session[account(address)]
    try:
        return keyring.get_password(SERVICE, account(address))
    except KeyringError:
        return None


def remember_password(address: str, password: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(SERVICE, account(address), password)
    except KeyringError as error:
        raise DatabaseRefused(
            f"Le trousseau du système refuse de garder le mot de passe ({error}) : il sera "
            "demandé à chaque connexion."
        ) from error
