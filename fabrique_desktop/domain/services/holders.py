"""Step 3: project holders — a person (with a lawful basis for keeping their data) or an
existing organisation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from ..enums import ConsentBasis, HolderKind, RecruitmentSource
from ..models import Holder, Territory
from ..validation import Checker
from .base import delete_record, transactional, update_record


def _clean_holder(values: Mapping[str, Any]) -> dict:
    check = Checker(values)
    kind = check.choice("kind", HolderKind)
    cleaned = {
        "kind": kind,
        "first_name": check.text("first_name", max_length=100),
        "last_name": check.text("last_name", max_length=100),
        "organisation_name": check.text("organisation_name", max_length=200),
        "siret": check.siret("siret"),
        "email": check.email("email"),
        "phone": check.phone("phone"),
        "address": check.text("address", max_length=1000),
        "territory": check.record("territory", Territory, required=False),
        "recruitment_source": check.choice("recruitment_source", RecruitmentSource),
        "consent_basis": check.choice("consent_basis", ConsentBasis, required=False),
        "consent_on": check.date("consent_on"),
        "notes": check.text("notes", max_length=20000),
    }
    if kind is HolderKind.PERSON:
        for field in ("first_name", "last_name"):
            if not cleaned[field]:
                check.fail(field, "Ce champ est obligatoire.")
        # RGPD: a person's data is kept only on a recorded lawful basis, from a known date.
        if cleaned["consent_basis"] is None:
            check.fail(
                "consent_basis", "Indiquez sur quelle base légale ces données sont conservées."
            )
        if cleaned["consent_on"] is None and not check.has_error("consent_on"):
            check.fail(
                "consent_on", "Indiquez la date du recueil du consentement ou de l'information."
            )
        check.not_after(
            "consent_on",
            cleaned["consent_on"],
            dt.date.today(),
            "Cette date ne peut pas être dans le futur.",
        )
    elif kind is HolderKind.ORGANISATION and not cleaned["organisation_name"]:
        check.fail("organisation_name", "Ce champ est obligatoire.")
    check.raise_if_any()
    return cleaned


@transactional
def create_holder(values: Mapping[str, Any]) -> Holder:
    return Holder.create(**_clean_holder(values))


@transactional
def update_holder(holder: Holder, values: Mapping[str, Any]) -> Holder:
    return update_record(holder, _clean_holder(values))


def delete_holder(holder: Holder) -> None:
    delete_record(
        holder,
        f"{holder.display_name} a des candidatures ou porte un projet : ces traces doivent rester.",
    )
