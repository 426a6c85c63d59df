"""Why a server refused a connection: the field of the connection form it is about and
the cause in French.

libpq gives no SQLSTATE for a refused connection, only its message, in English or in
the server's language (``lc_messages``): both spellings are recognised. What is not
recognised is put on the host, with the server's own words.
"""

from __future__ import annotations

#: (field, what the message contains, in English or French, the cause to show). In
#: order: « SSL » before the host (its message also names the host and port).
RULES = (
    (
        "password",
        ("password authentication failed", "authentification par mot de passe"),
        "Le serveur refuse ce mot de passe pour ce rôle.",
    ),
    (
        "password",
        ("no password supplied", "aucun mot de passe"),
        "Le serveur demande un mot de passe.",
    ),
    (
        "sslmode",
        ("does not support ssl", "ne supporte pas ssl", "ssl negotiation", "ssl error"),
        "Le serveur refuse le chiffrement TLS demandé\u00a0: demandez à son administrateur "
        "d'activer TLS, ou le mode de connexion à choisir.",
    ),
    (
        "user",
        ('role "', "le rôle « "),
        "Ce rôle n'existe pas sur le serveur\u00a0: son administrateur le crée.",
    ),
    (
        "database",
        ('database "', "la base de données « "),
        "Cette base n'existe pas sur ce serveur.",
    ),
    (
        "host",
        (
            "connection refused",
            "connexion refusée",
            "failed to resolve host",
            "could not translate host name",
            "name or service not known",
            "timeout expired",
            "no route to host",
            "no such file or directory",
            "network is unreachable",
        ),
        "Le serveur ne répond pas à cette adresse\u00a0: vérifiez l'hôte, le port et le réseau.",
    ),
)


def classify(error: BaseException) -> tuple[str, str]:
    """The field (``host``, ``port``, ``database``, ``user``, ``password``, ``sslmode``)
    and the French cause of a refused connection."""
    text = " ".join(str(e) for e in _chain(error)).lower()
    for field, fragments, cause in RULES:
        if any(fragment.lower() in text for fragment in fragments):
            return field, cause
    first = (str(error).strip().splitlines() or [type(error).__name__])[0]
    return "host", f"Le serveur refuse la connexion : {first}"


def _chain(error: BaseException | None):
    """The error, what it was raised from, and what it was raised while handling."""
    seen = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        yield error
        error = error.__cause__ or error.__context__


def permission_denied(error: BaseException) -> bool:
    """Whether the server refused a statement for want of a privilege (SQLSTATE 42501:
    a partner's role reading a personal column), whatever its language."""
    return any(getattr(e, "sqlstate", None) == "42501" for e in _chain(error))
