"""Step 1: the fiche besoin, and the committee's first decision on the idea.

A need starts *repéré*; a committee keeps it, postpones it, drops it or launches an
opportunity study (see :mod:`.studies` for what follows).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from ..enums import DecisionKind, NeedSource, NeedStatus, Sector
from ..models import (
    CreativitySession,
    Decision,
    Need,
    NeedPartner,
    OpportunityStudy,
    Partner,
    StaffMember,
    Territory,
)
from ..validation import Checker, refuse
from .base import current, delete_record, transactional, update_record
from .decisions import IDEA_STATUS, record_decision
from .partner_links import chosen_partners, match_links

#: Statuses from which the committee can still decide on the idea itself.
OPEN_IDEA = (NeedStatus.DETECTED, NeedStatus.KEPT, NeedStatus.POSTPONED)


NO_COMMUNE_YET = (
    "Aucune commune n'est encore enregistrée : ajoutez celles de votre territoire dans "
    "Fichier → Paramètres de la Fabrique, onglet « Communes »."
)


def _clean_need(values: Mapping[str, Any]) -> tuple[dict, list[Partner]]:
    check = Checker(values)
    cleaned = {
        "title": check.text("title", max_length=200, required=True),
        "description": check.text("description", max_length=20000),
        "territory": check.record("territory", Territory),
        "sector": check.choice("sector", Sector),
        "source": check.choice("source", NeedSource),
        "source_detail": check.text("source_detail", max_length=200),
        "target_public": check.text("target_public", max_length=5000),
        "existing_offer": check.text("existing_offer", max_length=5000),
        "detected_on": check.date("detected_on", required=True),
        "staff": check.record("staff", StaffMember, required=False),
    }
    check.not_after(
        "detected_on",
        cleaned["detected_on"],
        dt.date.today(),
        "La date de repérage ne peut pas être dans le futur.",
    )
    if "session" in values:  # forms that do not show it keep the link as it is
        cleaned["session"] = check.record("session", CreativitySession, required=False)
        if (
            cleaned["session"] is not None
            and cleaned["source"] is not NeedSource.CREATIVITY_SESSION
        ):
            check.fail(
                "session",
                "Seul un besoin dont la source est « Séance de créativité » se rattache "
                "à une séance.",
            )
    partners = chosen_partners(check, values)
    if cleaned["territory"] is None and not Territory.select().exists():
        # « Obligatoire » would send a new office looking for a list that is empty.
        check.errors["territory"] = NO_COMMUNE_YET
    check.raise_if_any()
    return cleaned, partners


def _link_partners(need: Need, partners: Iterable[Partner]) -> None:
    match_links(
        need.partner_links, partners, lambda partner: NeedPartner.create(need=need, partner=partner)
    )


@transactional
def create_need(values: Mapping[str, Any]) -> Need:
    """Record a new fiche besoin; ``values["partners"]`` lists the first partners' ids."""
    cleaned, partners = _clean_need(values)
    need = Need.create(**cleaned)
    _link_partners(need, partners)
    return need


@transactional
def update_need(need: Need, values: Mapping[str, Any]) -> Need:
    cleaned, partners = _clean_need(values)
    update_record(need, cleaned)
    _link_partners(need, partners)
    return need


def delete_need(need: Need) -> None:
    delete_record(
        need,
        f"« {need.title} » a déjà des décisions, un projet ou un passage en comité : "
        "ces traces doivent rester. Écartez plutôt ce besoin par une décision.",
    )


@transactional
def decide_on_idea(
    need: Need, kind: DecisionKind, values: Mapping[str, Any], author: StaffMember
) -> Decision:
    """Keep, postpone or drop an idea that has no study yet."""
    need = current(need)
    if kind not in IDEA_STATUS:
        raise ValueError(f"{kind} is not a decision on an idea")
    if need.status not in OPEN_IDEA:
        raise refuse(f"Ce besoin est « {need.status.label} » : cette décision n'est plus possible.")
    decision = record_decision(kind, values, author, need=need)
    need.status = IDEA_STATUS[kind]
    need.save()
    return decision


@transactional
def launch_study(need: Need, values: Mapping[str, Any], author: StaffMember) -> OpportunityStudy:
    """Decide to launch the opportunity study of a need; the study starts on the decision date."""
    need = current(need)
    if need.status not in OPEN_IDEA:
        raise refuse(
            f"Ce besoin est « {need.status.label} » : "
            "une étude d'opportunité ne peut plus être lancée."
        )
    decision = record_decision(DecisionKind.STUDY_LAUNCHED, values, author, need=need)
    study = OpportunityStudy.create(need=need, started_on=decision.decided_on, staff=need.staff)
    decision.study = study
    decision.save()
    need.status = NeedStatus.STUDY
    need.save()
    return study
