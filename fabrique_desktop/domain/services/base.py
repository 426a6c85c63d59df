"""What every service shares: one transaction per call, and deletion with a French refusal."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from peewee import Field, IntegrityError

from ..models import BaseModel, database
from ..validation import refuse

P = ParamSpec("P")
R = TypeVar("R")
M = TypeVar("M", bound=BaseModel)


def transactional(function: Callable[P, R]) -> Callable[P, R]:
    """Run the service in one transaction: everything it writes lands, or nothing does."""

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        with database.atomic():
            return function(*args, **kwargs)

    return wrapper


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
    """Copy cleaned values onto ``record``; save it only when something really changed."""
    changed = {field: value for field, value in cleaned.items() if getattr(record, field) != value}
    if changed:
        for field, value in changed.items():
            setattr(record, field, value)
        record.save()
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
