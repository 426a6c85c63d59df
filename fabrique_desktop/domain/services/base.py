"""What every service shares: one transaction per call, and deletion with a French refusal."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from peewee import Field, IntegrityError, OperationalError

from ..concurrency import save_if_unchanged
from ..models import BaseModel, database
from ..validation import refuse

P = ParamSpec("P")
R = TypeVar("R")
M = TypeVar("M", bound=BaseModel)


def transactional(function: Callable[P, R]) -> Callable[P, R]:
    """Run the service in one transaction: everything it writes lands, or nothing does.

    A full disk or an I/O error rolls the transaction back and becomes a French message
    about the record (the form keeps what the user typed).
    """

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            with database.atomic():
                return function(*args, **kwargs)
        except OperationalError as error:
            # When SQLite rolled a failed write back itself (a full disk), peewee's own
            # ROLLBACK then fails with « no transaction is active »: the cause is the
            # error it was handling.
            cause = error
            while cause is not None and storage_failure(cause) is None:
                cause = cause.__context__
            if cause is None:
                raise
            raise refuse(storage_failure(cause)) from error

    return wrapper


def storage_failure(error: Exception) -> str | None:
    """The French explanation of a storage failure, or None for any other error."""
    text = str(error).lower()
    if "disk is full" in text or "database or disk is full" in text:
        cause = "le disque est plein"
    elif "readonly" in text:
        cause = "ce fichier est ouvert en lecture seule"
    elif "disk i/o error" in text:
        cause = "le fichier ne peut plus être écrit (erreur du disque ou du partage réseau)"
    else:
        return None
    return (
        f"L'enregistrement a échoué : {cause}. Rien n'a été écrit et votre saisie est "
        "conservée ; libérez de la place ou vérifiez le disque, puis enregistrez de nouveau."
    )


@transactional
def delete_record(record: BaseModel, still_used: str) -> None:
    """Delete ``record``; if other records still point at it, refuse with ``still_used``.

    The foreign keys' ON DELETE RESTRICT rules are the authority: the database says
    whether something still refers to the record, the message says what to do.
    """
    try:
        with database.atomic():
            record.delete_instance()
    except IntegrityError:
        raise refuse(still_used) from None


def update_record(record: BaseModel, cleaned: dict) -> BaseModel:
    """Save the cleaned values that really changed onto ``record``, unless someone else
    saved it since it was read (:class:`..concurrency.ConcurrentChange`)."""
    changed = {field: value for field, value in cleaned.items() if getattr(record, field) != value}
    if changed:
        save_if_unchanged(record, changed)
    return record


def is_taken(field: Field, value: object, record: BaseModel | None) -> bool:
    """Whether another record than ``record`` already has ``value`` in a unique ``field``."""
    query = field.model.select().where(field == value)
    if record is not None:
        query = query.where(field.model.id != record.id)
    return query.exists()


def current(record: M) -> M:
    """The record as the database holds it now: gates judge that, not a caller's old copy."""
    return type(record).get_by_id(record.id)
