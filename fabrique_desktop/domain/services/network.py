"""The network: staff members, partners, committee kinds (communes: :mod:`.territories`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..enums import Organisation, PartnerKind
from ..models import CommitteeKind, Partner, StaffMember, Territory
from ..validation import Checker
from .base import delete_record, is_taken, transactional, update_record


def _clean_staff_member(values: Mapping[str, Any], staff: StaffMember | None = None) -> dict:
    check = Checker(values)
    cleaned = {
        "name": check.text("name", max_length=120, required=True),
        "organisation": check.choice("organisation", Organisation),
        "organisation_other": check.text("organisation_other", max_length=120),
        "email": check.email("email"),
        "phone": check.phone("phone"),
    }
    if cleaned["organisation"] is Organisation.OTHER and not cleaned["organisation_other"]:
        check.fail("organisation_other", "Précisez la structure.")
    if cleaned["organisation"] is not Organisation.OTHER:
        cleaned["organisation_other"] = ""
    if "login" in values:  # forms that do not show it keep the link as it is
        cleaned["login"] = _login(check, staff)
    check.raise_if_any()
    return cleaned


def _login(check: Checker, staff: StaffMember | None) -> str:
    """The server role (PostgreSQL) the person connects with: what signs their changes
    there (migration 0028). One role, one person.

    A link once made is changed or undone by the server's administrator only (in SQL,
    README « Mode serveur »): every staff role may save this form, and one who could move
    a colleague's link to their own role would sign as that colleague."""
    login = check.text("login", max_length=63)
    if staff is not None and staff.login and login != staff.login:
        check.fail(
            "login",
            f"{staff.name} est déjà lié·e à l'identifiant « {staff.login} » : seul "
            "l'administrateur du serveur peut changer ce lien.",
        )
    elif login:
        holder = StaffMember.get_or_none(StaffMember.login == login)
        if holder is not None and (staff is None or holder.id != staff.id):
            check.fail("login", f"Cet identifiant est déjà celui de {holder.name}.")
    return login


@transactional
def create_staff_member(values: Mapping[str, Any]) -> StaffMember:
    return StaffMember.create(**_clean_staff_member(values))


@transactional
def update_staff_member(staff: StaffMember, values: Mapping[str, Any]) -> StaffMember:
    return update_record(staff, _clean_staff_member(values, staff))


def staff_member_for_login(login: str) -> StaffMember | None:
    """The staff member who connects to a server with the role ``login``."""
    if not login:
        return None
    return StaffMember.get_or_none(StaffMember.login == login)


def delete_staff_member(staff: StaffMember) -> None:
    delete_record(
        staff,
        f"{staff.name} a enregistré des décisions, qui doivent garder leur auteur : "
        "marquez plutôt cette personne comme inactive.",
    )


def _clean_partner(values: Mapping[str, Any]) -> dict:
    check = Checker(values)
    cleaned = {
        "name": check.text("name", max_length=200, required=True),
        "kind": check.choice("kind", PartnerKind),
        "contact_name": check.text("contact_name", max_length=120),
        "email": check.email("email"),
        "phone": check.phone("phone"),
        "territory": check.record("territory", Territory, required=False),
        "notes": check.text("notes", max_length=20000),
    }
    check.raise_if_any()
    return cleaned


@transactional
def create_partner(values: Mapping[str, Any]) -> Partner:
    return Partner.create(**_clean_partner(values))


@transactional
def update_partner(partner: Partner, values: Mapping[str, Any]) -> Partner:
    return update_record(partner, _clean_partner(values))


@transactional
def delete_partner(partner: Partner) -> None:
    # Links from needs and committee memberships cascade; nothing else refers to a partner.
    partner.delete_instance()


def _clean_committee_kind(values: Mapping[str, Any], record: CommitteeKind | None) -> dict:
    check = Checker(values)
    name = check.text("name", max_length=120, required=True)
    if name and is_taken(CommitteeKind.name, name, record):
        check.fail("name", "Ce type de comité existe déjà.")
    check.raise_if_any()
    return {"name": name}


@transactional
def create_committee_kind(values: Mapping[str, Any]) -> CommitteeKind:
    return CommitteeKind.create(**_clean_committee_kind(values, None))


@transactional
def rename_committee_kind(kind: CommitteeKind, values: Mapping[str, Any]) -> CommitteeKind:
    return update_record(kind, _clean_committee_kind(values, kind))


def delete_committee_kind(kind: CommitteeKind) -> None:
    delete_record(
        kind, f"Des comités de type « {kind.name} » existent : ce type ne peut pas être supprimé."
    )
