"""The register of RGPD requests: who asked what, when, the deadline, what was done.

A request must be answered within one month of its receipt, extendable by two more
months with a reason (RGPD art. 12-3).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Mapping
from typing import Any

from ..enums import RequestKind
from ..models import PersonalDataRequest, StaffMember
from ..services.base import current, transactional
from ..validation import Checker, refuse
from .persons import Person

#: How many days before its deadline a request shows on « Aujourd'hui ».
NEAR_DAYS = 7
MAX_EXTENSION_MONTHS = 2


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, or the month's last day (31 January → 28 February)."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


def deadline(request: PersonalDataRequest) -> dt.date:
    return add_months(request.received_on, 1 + request.extended_months)


@transactional
def record_request(
    person: Person, values: Mapping[str, Any], staff: StaffMember | None
) -> PersonalDataRequest:
    check = Checker(values)
    kind = check.choice("kind", RequestKind, required=True)
    received_on = check.date("received_on", required=True)
    check.not_after(
        "received_on", received_on, dt.date.today(), "La date ne peut pas être dans le futur."
    )
    check.raise_if_any()
    return _line(person, kind, received_on, staff)


def _line(person: Person, kind: RequestKind, received_on: dt.date, staff, **answer):
    return PersonalDataRequest.create(
        person_kind=person.kind,
        person_id=person.id,
        person_label=person.name[:200],
        kind=kind,
        received_on=received_on,
        staff=staff,
        **answer,
    )


def note_done(
    person: Person, kind: RequestKind, on: dt.date, action: str, staff: StaffMember | None
) -> PersonalDataRequest:
    """A line for what the Fabrique decided and did on ``on`` (an opposition recorded or
    lifted, a retention extended): answered the same day, with what was done."""
    return _line(person, kind, on, staff, answered_on=on, action_taken=action)


@transactional
def extend_request(request: PersonalDataRequest, months: int, reason: str) -> PersonalDataRequest:
    """Push the deadline by ``months`` (two at most in all), with the reason recorded."""
    request = current(request)
    if request.answered_on is not None:
        raise refuse("Cette demande a déjà reçu sa réponse.")
    total = request.extended_months + months
    if months < 1 or total > MAX_EXTENSION_MONTHS:
        raise refuse(
            "Le délai ne peut être prolongé que de deux mois au plus (RGPD, art. 12-3).", "months"
        )
    if not reason.strip():
        raise refuse(
            "Dites pourquoi le délai est prolongé : la personne doit en être informée.", "reason"
        )
    request.extended_months = total
    request.extension_reason = reason.strip()
    request.save()
    return request


@transactional
def answer_request(request: PersonalDataRequest, values: Mapping[str, Any]) -> PersonalDataRequest:
    request = current(request)
    check = Checker(values)
    answered_on = check.date("answered_on", required=True)
    action = check.text("action_taken", max_length=2000, required=True)
    if answered_on and answered_on < request.received_on:
        check.fail("answered_on", "La réponse ne peut pas précéder la demande.")
    check.raise_if_any()
    request.answered_on, request.action_taken = answered_on, action
    request.save()
    return request


def open_requests(today: dt.date | None = None, near_days: int = NEAR_DAYS):
    """Unanswered requests late or due within ``near_days``, most urgent first, as
    (request, deadline, late)."""
    today = today or dt.date.today()
    pending = PersonalDataRequest.select().where(PersonalDataRequest.answered_on.is_null())
    found = [(r, deadline(r)) for r in pending]
    return sorted(
        [(r, due, due < today) for r, due in found if due <= today + dt.timedelta(days=near_days)],
        key=lambda item: item[1],
    )


#: Where a request stands, as « Demandes RGPD » shows and filters it.
PENDING, LATE, DONE = "en cours", "en retard", "traitée"
STATUSES = (PENDING, LATE, DONE)


def request_status(request: PersonalDataRequest, today: dt.date | None = None) -> str:
    """« traitée » once answered, else « en retard » past the deadline, else « en cours »."""
    if request.answered_on is not None:
        return DONE
    return LATE if deadline(request) < (today or dt.date.today()) else PENDING


def all_requests(
    status: str | None = None,
    kind: RequestKind | None = None,
    person_id=None,
    today: dt.date | None = None,
) -> list[tuple[PersonalDataRequest, dt.date, str]]:
    """The register (or one person's lines), newest first, as (request, deadline, status),
    narrowed to a status of :data:`STATUSES` and a kind when given."""
    query = PersonalDataRequest.select().order_by(
        PersonalDataRequest.received_on.desc(), PersonalDataRequest.created_at.desc()
    )
    if kind is not None:
        query = query.where(PersonalDataRequest.kind == kind)
    if person_id is not None:
        query = query.where(PersonalDataRequest.person_id == person_id)
    rows = [(r, deadline(r), request_status(r, today)) for r in query]
    return [row for row in rows if status is None or row[2] == status]
