"""Pick lists of records for forms and filters: (id, label) pairs, one query each."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from peewee import JOIN

from . import french
from .enums import AgendaPurpose, NeedStatus, ProjectStage
from .listing import french as in_french_order
from .models import (
    Candidacy,
    CommitteeKind,
    CreativitySession,
    Holder,
    MilestoneTemplate,
    Need,
    Partner,
    Project,
    StaffMember,
    Territory,
)
from .services.needs import OPEN_IDEA
from .text import french_sort_key

Choices = list[tuple[Any, str]]


def territories() -> Choices:
    """Communes in use first, by name; retired ones after them, marked, so a record that
    still names one shows it (and keeps it) instead of silently taking another.
    Namesakes (Saint-Aubin…) are told apart by their département."""
    rows = list(
        Territory.select(Territory.id, Territory.name, Territory.department, Territory.active)
        .order_by(Territory.active.desc(), in_french_order(Territory.name))
        .tuples()
    )
    names = Counter(name for _, name, _, _ in rows)
    choices = []
    for key, name, department, active in rows:
        label = f"{name} ({department})" if names[name] > 1 and department else name
        choices.append((key, label if active else f"{label} — retirée"))
    return choices


def staff_members(active_only: bool = True) -> Choices:
    query = StaffMember.select(StaffMember.id, StaffMember.name).order_by(
        in_french_order(StaffMember.name)
    )
    if active_only:
        query = query.where(StaffMember.active)
    return list(query.tuples())


def partners() -> Choices:
    return list(
        Partner.select(Partner.id, Partner.name).order_by(in_french_order(Partner.name)).tuples()
    )


def epci_areas() -> list[tuple[str, str, tuple]]:
    """The intercommunalités (EPCI) the file's communes belong to: (code, name, the ids
    of the file's communes in it), by name. Read from the official list shipped."""
    from .official_communes import official_list

    ids = dict(Territory.select(Territory.insee_code, Territory.id).tuples())
    if not ids:
        return []
    found = []
    for area in official_list().areas:
        members = tuple(ids[code] for code in area.members if code in ids)
        if area.kind == "epci" and members:
            found.append((area.code, area.name, members))
    return sorted(found, key=lambda area: french_sort_key(area[1]))


def creativity_sessions() -> Choices:
    """Sessions, the latest first: « 12/03/2025 — Maison du Marais (Amiens) »."""
    rows = (
        CreativitySession.select(
            CreativitySession.id, CreativitySession.held_on, CreativitySession.place, Territory.name
        )
        .join(Territory)
        .order_by(CreativitySession.held_on.desc())
        .tuples()
    )
    return [
        (key, f"{day:%d/%m/%Y} — {place or commune} ({commune})")
        for key, day, place, commune in rows
    ]


def committee_kinds() -> Choices:
    return list(
        CommitteeKind.select(CommitteeKind.id, CommitteeKind.name)
        .order_by(in_french_order(CommitteeKind.name))
        .tuples()
    )


def holders() -> Choices:
    """Every holder; namesakes told apart by commune, kind and the date of their record."""
    ordered = (
        Holder.select(Holder, Territory)
        .join(Territory, JOIN.LEFT_OUTER)
        .order_by(in_french_order(Holder.name_expression()))
    )
    return told_apart(
        (
            holder.id,
            holder.display_name,
            [
                holder.territory.name if holder.territory_id else "",
                holder.kind.label,
                f"fiche du {french.short_date(holder.created_at.date())}",
            ],
        )
        for holder in ordered
    )


def told_apart(rows: Iterable[tuple[Any, str, list[str]]]) -> Choices:
    """(key, label) pairs where labels that look alike (three « Association Cultures
    Partagées ») get what tells them apart: only the details that differ among them."""
    rows = list(rows)
    namesakes: dict[str, list[list[str]]] = {}
    for _, label, details in rows:
        namesakes.setdefault(label, []).append(details)
    choices = []
    for key, label, details in rows:
        alike = namesakes[label]
        if len(alike) > 1:
            telling = [d for i, d in enumerate(details) if d and len({a[i] for a in alike}) > 1]
            label = f"{label} — {' · '.join(telling)}" if telling else label
        choices.append((key, label))
    return choices


def milestone_templates() -> Choices:
    return list(
        MilestoneTemplate.select(MilestoneTemplate.id, MilestoneTemplate.name)
        .order_by(in_french_order(MilestoneTemplate.name))
        .tuples()
    )


def agenda_subjects(purpose: AgendaPurpose) -> tuple[str | None, Choices]:
    """Which field an agenda item of ``purpose`` points at, and the records it may choose.

    Only records the committee can still decide on are offered: ideas not yet decided,
    studies in progress, undecided candidacies, active projects.
    """
    if purpose is AgendaPurpose.LAUNCH_STUDY:
        return "need", _needs(Need.status.in_(list(OPEN_IDEA)))
    if purpose is AgendaPurpose.VALIDATE_OPPORTUNITY:
        return "need", _needs(Need.status == NeedStatus.STUDY)
    if purpose is AgendaPurpose.SELECT_HOLDER:
        rows = (
            Candidacy.select(
                Candidacy.id, Project.title, Holder.name_expression(), Candidacy.received_on
            )
            .join(Project)
            .switch(Candidacy)
            .join(Holder)
            .where(Candidacy.undecided())
            .order_by(in_french_order(Project.title))
            .tuples()
        )
        return "candidacy", told_apart(
            (key, f"{title} — {holder}", [f"reçue le {french.short_date(received)}"])
            for key, title, holder, received in rows
        )
    if purpose in (AgendaPurpose.REVIEW_PROGRESS, AgendaPurpose.HANDOVER):
        projects = (
            Project.select(Project.id, Project.title, Project.stage, Project.opened_on)
            .where(Project.stage.in_([ProjectStage.RECRUITING, ProjectStage.SUPPORT]))
            .order_by(in_french_order(Project.title))
            .tuples()
        )
        return "project", told_apart(
            (key, title, [ProjectStage(stage).label, f"ouvert le {french.short_date(day)}"])
            for key, title, stage, day in projects
        )
    return None, []


def _needs(condition) -> Choices:
    rows = (
        Need.select(Need.id, Need.title, Territory.name, Need.status, Need.detected_on)
        .join(Territory)
        .where(condition)
        .order_by(in_french_order(Need.title))
        .tuples()
    )
    return told_apart(
        (
            key,
            title,
            [commune, NeedStatus(status).label, f"repéré le {french.short_date(day)}"],
        )
        for key, title, commune, status, day in rows
    )
