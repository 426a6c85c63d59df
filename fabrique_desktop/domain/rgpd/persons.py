"""A person whose data the file holds, whichever table they live in, and finding one
from what a user or a script gives: a record's key or an e-mail address."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from ..enums import HolderKind, PersonKind
from ..models import BaseModel, Holder, Partner, PersonalDataErasure, StaffMember
from ..validation import refuse
from .personal_map import PERSON_MODELS


@dataclass(frozen=True)
class Person:
    """One person: a holder (a person, not an organisation), a partner's contact or a
    staff member (committee members are one or the other)."""

    kind: PersonKind
    record: BaseModel

    @property
    def id(self) -> uuid.UUID:
        return self.record.id

    @property
    def name(self) -> str:
        if self.kind is PersonKind.PARTNER_CONTACT:
            return f"{self.record.contact_name} ({self.record.name})"
        return str(self.record)

    @property
    def email(self) -> str:
        return self.record.email

    def describe(self) -> str:
        """« Łucja Kowalczyk (porteur de projet) »: for messages and listings."""
        return f"{self.name} ({self.kind.label.lower()})"

    def erasure(self) -> PersonalDataErasure | None:
        """The record of this person's erasure, if they were already anonymised."""
        return PersonalDataErasure.get_or_none(PersonalDataErasure.person_id == self.id)


def person_of(record: BaseModel) -> Person:
    """The person a holder, a partner or a staff member record stands for."""
    kind = next(k for k, model in PERSON_MODELS.items() if isinstance(record, model))
    return Person(kind, record)


def find_person(text: str) -> Person:
    """The person whose record key or e-mail address is ``text``; refused in French when
    there is none or when the address is shared."""
    text = text.strip()
    try:
        key = uuid.UUID(text)
    except ValueError:
        key = None
    if key is not None:
        for kind, model in PERSON_MODELS.items():
            record = model.get_or_none(model.id == key)
            if record is not None:
                return Person(kind, record)
        raise refuse(f"Aucune personne n'a l'identifiant {text} dans ce fichier.")
    found = [
        Person(kind, record)
        for kind, model in PERSON_MODELS.items()
        for record in model.select().where(model.email == text)
    ]
    if not text or not found:
        raise refuse(f"Aucune personne n'a l'adresse « {text} » dans ce fichier.")
    if len(found) > 1:
        keys = ", ".join(f"{p.describe()} : {p.id}" for p in found)
        raise refuse(
            f"Plusieurs fiches ont l'adresse « {text} » ; précisez l'identifiant ({keys})."
        )
    return found[0]


def is_person(record: BaseModel) -> bool:
    """Whether the record stands for a natural person (the RGPD applies)."""
    if isinstance(record, Holder):
        return record.kind == HolderKind.PERSON
    if isinstance(record, Partner):
        return bool(record.contact_name.strip())
    return isinstance(record, StaffMember)
