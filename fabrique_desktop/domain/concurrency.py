"""Two people saving the same record: the second is told, never silently overwrites.

Optimistic concurrency: a record's version is its ``updated_at``, which every save
renews (:class:`.models.BaseModel`). A save writes only if the record still has the
version the form read (:func:`save_if_unchanged`); otherwise nothing is written and
:class:`ConcurrentChange` says who changed it and when (from the change history), with
both versions of each field both people changed, next to that field.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .history import readable_value, record_history
from .models import BaseModel, utc_now
from .validation import RECORD, ValidationError


class ConcurrentChange(ValidationError):
    """The record changed since it was read: ``errors`` holds the message for the record
    and, for each field both changed, the other person's value beside the one typed."""

    def __init__(self, errors: dict[str, str], theirs: BaseModel):
        super().__init__(errors)
        self.theirs = theirs


def save_if_unchanged(record: BaseModel, changed: dict[str, Any]) -> None:
    """Write ``changed`` onto ``record`` if nobody saved it since it was read.

    ``record`` holds the values (and the version) read; it gets the new ones only when
    they are written.
    """
    model = type(record)
    read_version = record.updated_at
    now = utc_now()
    written = (
        model.update({**{model._meta.fields[f]: v for f, v in changed.items()}, "updated_at": now})
        .where((model.id == record.id) & (model.updated_at == read_version))
        .execute()
    )
    if written != 1:
        raise _conflict(record, changed)
    for field, value in changed.items():
        setattr(record, field, value)
    record.updated_at = now
    record._dirty.clear()


def _conflict(record: BaseModel, changed: dict[str, Any]) -> ValidationError:
    model = type(record)
    theirs = model.get_or_none(model.id == record.id)
    if theirs is None:
        return ValidationError(
            {RECORD: "Cette fiche a été supprimée entre-temps par une autre personne."}
        )
    last = next(
        (e for e in reversed(record_history(record.id)) if e.action == "Modification"), None
    )
    who = last.author if last is not None else "une autre personne"
    when = (last.at if last is not None else theirs.updated_at).astimezone()
    errors = {
        RECORD: f"Cette fiche a été modifiée par {who} à {_clock(when)} pendant que "
        "vous la modifiiez : rien n'a été enregistré. Sous chaque champ que vous avez "
        "changé tous les deux, sa valeur ; votre saisie est conservée. Enregistrez de "
        "nouveau pour garder la vôtre."
    }
    for name, yours in changed.items():
        field = model._meta.fields[name]
        their_value = getattr(theirs, name)
        if their_value != getattr(record, name) and their_value != yours:
            shown = readable_value(field, field.db_value(their_value))
            errors[name] = f"Modifié par {who} à {_clock(when)} : « {shown} »."
    return ConcurrentChange(errors, theirs)


def _clock(moment: dt.datetime) -> str:
    return f"{moment.hour:02d} h {moment.minute:02d}"
