"""How long the Fabrique keeps people's data, and who is past that date.

Periods are settings of the Fabrique (kept in its file), with defaults from the CNIL's
guidance; « dernier contact » is derived from the records themselves.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from peewee import fn

from .. import french
from ..enums import HolderKind, PersonKind, ProjectStage, RequestKind
from ..models import (
    Candidacy,
    Committee,
    CommitteeMember,
    Decision,
    FabriqueSetting,
    Holder,
    Partner,
    PersonalDataErasure,
    PersonalDataFlag,
    Project,
    StaffMember,
)
from ..services.base import transactional
from ..services.follow_ups import anniversary
from ..services.settings import _store
from ..validation import Checker, refuse
from .persons import Person
from .register import note_done
from .restriction import flag_of


@dataclass(frozen=True)
class RetentionSetting:
    key: str
    default_years: int
    label: str
    source: str


RETENTION = (
    RetentionSetting(
        "retention_holder_not_retained",
        2,
        "Porteur non retenu, après le dernier contact",
        "CNIL, guide du recrutement : un candidat non retenu, deux ans au plus après le "
        "dernier contact, sauf s'il s'y oppose",
    ),
    RetentionSetting(
        "retention_holder_created",
        3,
        "Porteur accompagné, après la fin de l'accompagnement",
        "CNIL, référentiel sur la gestion des prospects et clients : trois ans après la "
        "fin de la relation",
    ),
    RetentionSetting(
        "retention_partner_contact",
        3,
        "Contact d'un acteur du réseau, après le dernier contact",
        "CNIL, référentiel sur la gestion des prospects : trois ans après le dernier contact",
    ),
)


def retention_years() -> dict[str, int]:
    stored = {
        row.key: row.value
        for row in FabriqueSetting.select().where(
            FabriqueSetting.key.in_([r.key for r in RETENTION])
        )
    }
    return {r.key: int(stored.get(r.key, r.default_years)) for r in RETENTION}


@transactional
def update_retention(values: Mapping[str, Any]) -> dict[str, int]:
    check = Checker(values)
    cleaned = {
        r.key: check.number(r.key, minimum=1, maximum=30, required=True)
        for r in RETENTION
        if r.key in values
    }
    check.raise_if_any()
    for key, value in cleaned.items():
        _store(key, str(int(value)))
    return {key: int(value) for key, value in cleaned.items()}


def describe_retention(kind: PersonKind) -> str:
    """The sentence printed in an export: how long, and where that period comes from."""
    years = retention_years()
    chosen = {
        PersonKind.HOLDER: RETENTION[:2],
        PersonKind.PARTNER_CONTACT: RETENTION[2:],
        PersonKind.STAFF: (),
    }[kind]
    if not chosen:
        return "Le temps de votre mission, puis le temps des obligations de la structure."
    return " ".join(
        f"{r.label} : {french.plural(years[r.key], 'an')} ({r.source})." for r in chosen
    )


@dataclass(frozen=True)
class Due:
    person: Person
    last_contact: dt.date
    due_on: dt.date


def _latest(*days) -> dt.date:
    return max(_day(d) for d in days if d)


def _day(value) -> dt.date:
    """A day from a date, a timestamp (a datetime is a date too: compare days, not both)
    or the ISO text SQLite gives back."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def holder_last_contacts(holder: Any = None, among: Any = None) -> dict[Any, dt.date]:
    """« Dernier contact » of every holder (or of ``holder`` alone, or of the holders a
    query of ids ``among`` selects): their record's last change, candidacy or decision on
    a candidacy, whichever is latest."""
    holders = Holder.select(Holder.id, Holder.updated_at)
    candidacies = Candidacy.select(Candidacy.holder, fn.MAX(Candidacy.received_on))
    decisions = Decision.select(Candidacy.holder, fn.MAX(Decision.decided_on)).join(
        Candidacy, on=Decision.candidacy == Candidacy.id
    )
    if holder is not None:
        holders = holders.where(Holder.id == holder)
        candidacies = candidacies.where(Candidacy.holder == holder)
        decisions = decisions.where(Candidacy.holder == holder)
    if among is not None:
        holders = holders.where(Holder.id.in_(among))
        candidacies = candidacies.where(Candidacy.holder.in_(among))
        decisions = decisions.where(Candidacy.holder.in_(among))
    last: dict[Any, dt.date] = {key: updated.date() for key, updated in holders.tuples()}
    for query in (candidacies.group_by(Candidacy.holder), decisions.group_by(Candidacy.holder)):
        for key, day in query.tuples():
            if day:
                last[key] = _latest(last.get(key), day)
    return last


def last_contact(holder) -> dt.date:
    """« Dernier contact » of one holder, shown on their form."""
    return holder_last_contacts(holder.id)[holder.id]


def people_due(today: dt.date | None = None) -> list[Due]:
    """People past their retention date, oldest due first (not anonymised, not kept)."""
    today = today or dt.date.today()
    years = retention_years()
    skipped = {
        key for (key,) in PersonalDataErasure.select(PersonalDataErasure.person_id).tuples()
    } | {
        key
        for (key,) in PersonalDataFlag.select(PersonalDataFlag.person_id)
        .where(PersonalDataFlag.kept_until >= today)
        .tuples()
    }
    closed = dict(
        Project.select(Project.selected_holder, Project.closed_on)
        .where(
            Project.selected_holder.is_null(False)
            & Project.stage.in_((ProjectStage.CREATED, ProjectStage.ABANDONED))
        )
        .tuples()
    )
    carrying = {
        key
        for (key,) in Project.select(Project.selected_holder)
        .where(Project.stage.in_((ProjectStage.RECRUITING, ProjectStage.SUPPORT)))
        .tuples()
    }
    # A last contact is never before the record's last change: only a person whose record
    # was last changed before the shortest retention's cut-off can be due. Reading the
    # others (nearly everyone, in a large file) made « Aujourd'hui » take seconds to open.
    shortest = min(years["retention_holder_created"], years["retention_holder_not_retained"])
    cut_off = today.replace(year=today.year - shortest, day=min(today.day, 28))
    changed_before = dt.datetime.combine(cut_off + dt.timedelta(days=7), dt.time(), dt.UTC)
    candidates = Holder.select().where(
        (Holder.kind == HolderKind.PERSON) & (Holder.updated_at < changed_before)
    )
    last = holder_last_contacts(among=candidates.select(Holder.id))
    found = []
    for holder in candidates:
        if holder.id in skipped or holder.id in carrying:
            continue
        contact = last[holder.id]
        if holder.id in closed:
            contact = _latest(contact, closed[holder.id])
            due_on = anniversary(contact, years["retention_holder_created"])
        else:
            due_on = anniversary(contact, years["retention_holder_not_retained"])
        if due_on <= today:
            found.append(Due(Person(PersonKind.HOLDER, holder), contact, due_on))
    meetings = dict(
        CommitteeMember.select(CommitteeMember.partner, fn.MAX(Committee.meeting_on))
        .join(Committee)
        .where(CommitteeMember.partner.is_null(False), Committee.meeting_on <= today)
        .group_by(CommitteeMember.partner)
        .tuples()
    )
    for partner in Partner.select().where(Partner.contact_name != ""):
        if partner.id in skipped:
            continue
        contact = _latest(partner.updated_at, meetings.get(partner.id))
        due_on = anniversary(contact, years["retention_partner_contact"])
        if due_on <= today:
            found.append(Due(Person(PersonKind.PARTNER_CONTACT, partner), contact, due_on))
    return sorted(found, key=lambda due: due.due_on)


@transactional
def extend_retention(
    person: Person, values: Mapping[str, Any], staff: StaffMember | None
) -> PersonalDataFlag:
    """Keep ``person`` past their retention date until ``values["until"]``, for
    ``values["reason"]`` (« Données à revoir » › « Prolonger… »); the register of requests
    gets the line, the person's form shows it, and they leave « Données à revoir » until
    that date."""
    if person.erasure() is not None:
        raise refuse("Les données de cette personne ont été effacées : rien à conserver.")
    check = Checker(values)
    until = check.date("until", required=True)
    reason = check.text("reason", max_length=2000, required=True)
    if until is not None and until <= dt.date.today():
        check.fail("until", "Choisissez une date à venir.")
    check.raise_if_any()
    flag = flag_of(person)
    flag.kept_until, flag.kept_reason = until, reason
    flag.save()
    note_done(
        person,
        RequestKind.RETENTION,
        dt.date.today(),
        f"Conservation prolongée jusqu'au {french.short_date(until)}. Motif : {reason}",
        staff,
    )
    return flag


def kept_past_retention(person: Person, today: dt.date | None = None) -> str:
    """« Conservation prolongée jusqu'au 31/12/2027 : … », or "" when it is not."""
    today = today or dt.date.today()
    flag = PersonalDataFlag.get_or_none(PersonalDataFlag.person_id == person.id)
    if flag is None or flag.kept_until is None or flag.kept_until < today:
        return ""
    return (
        f"Conservation prolongée jusqu'au {french.short_date(flag.kept_until)} : {flag.kept_reason}"
    )
