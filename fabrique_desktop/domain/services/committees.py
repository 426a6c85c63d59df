"""Committee meetings: date and place, members, and an ordered agenda.

Each agenda item points at the record its purpose is about: a need for launching a
study or validating an opportunity, a candidacy for selecting a holder, a project for
a progress review or a hand-over, nothing for information.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from peewee import fn

from ..enums import AgendaOutcome, AgendaPurpose, Attendance, DecisionKind, StudyOutcome
from ..models import (
    AgendaItem,
    Candidacy,
    Committee,
    CommitteeKind,
    CommitteeMember,
    Need,
    OpportunityStudy,
    Partner,
    Project,
    StaffMember,
    database,
)
from ..validation import Checker, ValidationError, refuse
from . import candidacies, needs, studies
from .base import delete_record, transactional, update_record

#: Which record an agenda item of each purpose is about (None: free information).
PURPOSE_SUBJECT: dict[AgendaPurpose, type | None] = {
    AgendaPurpose.LAUNCH_STUDY: Need,
    AgendaPurpose.VALIDATE_OPPORTUNITY: Need,
    AgendaPurpose.SELECT_HOLDER: Candidacy,
    AgendaPurpose.REVIEW_PROGRESS: Project,
    AgendaPurpose.HANDOVER: Project,
    AgendaPurpose.INFORMATION: None,
}
_SUBJECT_FIELD = {Need: "need", Candidacy: "candidacy", Project: "project"}


def _clean_committee(values: Mapping[str, Any]) -> tuple[dict, list[Partner], list[StaffMember]]:
    check = Checker(values)
    cleaned = {
        "kind": check.record("kind", CommitteeKind),
        "meeting_on": check.date("meeting_on", required=True),
        "starts_at": _time(check, "starts_at"),
        "place": check.text("place", max_length=200),
        "notes": check.text("notes", max_length=20000),
    }
    partners = [p for p in (_member(check, Partner, v) for v in values.get("partners") or ()) if p]
    staff = [s for s in (_member(check, StaffMember, v) for v in values.get("staff") or ()) if s]
    check.raise_if_any()
    return cleaned, partners, staff


def _time(check: Checker, field: str) -> dt.time | None:
    value = check.values.get(field)
    if value is None or value == "" or isinstance(value, dt.time):
        return value or None
    try:
        return dt.datetime.strptime(str(value).strip().replace("h", ":"), "%H:%M").time()
    except ValueError:
        check.fail(field, "Heure invalide : écrivez-la hh:mm (exemple : 14:30).")
        return None


def _member(check: Checker, model: type, value: Any):
    member = Checker({"m": value}).record("m", model)
    if member is None:
        check.fail("members", "Un des membres choisis n'existe plus.")
    return member


def member_key(member: CommitteeMember) -> str:
    """How a form names a member in ``values["attendance"]``: « partner:<id> », « staff:<id> »."""
    return f"partner:{member.partner_id}" if member.partner_id else f"staff:{member.staff_id}"


def _clean_attendance(
    check: Checker, meeting_on: dt.date | None, convened: Sequence[Any]
) -> tuple[dict[str, Attendance], list[Partner]]:
    """Who came (``values["attendance"]``, by member key) and the guests who came without
    being convened (``values["guests"]``, partners' ids)."""
    attendance = {}
    for key, value in (check.values.get("attendance") or {}).items():
        if value in (None, ""):
            continue
        try:
            attendance[str(key)] = Attendance(value)
        except ValueError:
            check.fail("attendance", "Présence inconnue : choisissez présent, excusé ou absent.")
    guests = [
        g for g in (_member(check, Partner, v) for v in check.values.get("guests") or ()) if g
    ]
    for guest in guests:
        if guest in convened:
            check.fail("guests", f"{guest.name} est déjà parmi les membres convoqués.")
    held = meeting_on is not None and meeting_on <= dt.date.today()
    if (attendance or guests) and meeting_on is not None and not held:
        field = "attendance" if attendance else "guests"
        check.fail(field, "Les présences se saisissent le jour de la réunion ou après.")
    return attendance, guests


def _set_members(
    committee: Committee,
    partners: Sequence[Partner],
    staff: Sequence[StaffMember],
    attendance: Mapping[str, Attendance],
    guests: Sequence[Partner],
) -> None:
    """Make the members those given, keeping the rows (and their history) of those who stay."""
    wanted = [("partner", p, True) for p in dict.fromkeys(partners)]
    wanted += [("staff", s, True) for s in dict.fromkeys(staff)]
    wanted += [("partner", g, False) for g in dict.fromkeys(guests)]
    existing = {member_key(m): m for m in committee.members}
    kept = set()
    for field, person, convened in wanted:
        key = f"{field}:{person.id}"
        kept.add(key)
        presence = Attendance.PRESENT if not convened else attendance.get(key)
        member = existing.get(key)
        if member is None:
            CommitteeMember.create(
                committee=committee, convened=convened, attendance=presence, **{field: person}
            )
        else:
            update_record(member, {"convened": convened, "attendance": presence})
    for key, member in existing.items():
        if key not in kept:
            member.delete_instance()


def _save_committee(committee: Committee | None, values: Mapping[str, Any]) -> Committee:
    cleaned, partners, staff = _clean_committee(values)
    check = Checker(values)
    attendance, guests = _clean_attendance(check, cleaned["meeting_on"], partners)
    check.raise_if_any()
    if committee is None:
        committee = Committee.create(**cleaned)
    else:
        update_record(committee, cleaned)
    _set_members(committee, partners, staff, attendance, guests)
    return committee


@transactional
def create_committee(values: Mapping[str, Any]) -> Committee:
    """Plan a meeting; ``values["partners"]`` and ``values["staff"]`` list its members."""
    return _save_committee(None, values)


@transactional
def update_committee(committee: Committee, values: Mapping[str, Any]) -> Committee:
    """Save the meeting and its members; once it is held, who attended
    (``values["attendance"]``) and the guests who came (``values["guests"]``)."""
    return _save_committee(committee, values)


def delete_committee(committee: Committee) -> None:
    delete_record(
        committee,
        "Des décisions ont été prises lors de ce comité : il doit rester dans l'historique.",
    )


@transactional
def add_agenda_item(committee: Committee, values: Mapping[str, Any]) -> AgendaItem:
    """Append an item to the agenda; its subject must match its purpose."""
    check = Checker(values)
    purpose = check.choice("purpose", AgendaPurpose)
    cleaned = {
        "title": check.text("title", max_length=200),
        "notes": check.text("notes", max_length=20000),
    }
    subject_model = PURPOSE_SUBJECT.get(purpose) if purpose else None
    if subject_model is not None:
        field = _SUBJECT_FIELD[subject_model]
        cleaned[field] = check.record(field, subject_model)
    elif purpose is AgendaPurpose.INFORMATION and not cleaned["title"]:
        check.fail("title", "Donnez un intitulé à ce point d'information.")
    check.raise_if_any()
    last = committee.agenda_items.select(fn.MAX(AgendaItem.position)).scalar() or 0
    return AgendaItem.create(committee=committee, position=last + 1, purpose=purpose, **cleaned)


@transactional
def reorder_agenda(committee: Committee, item_ids: Sequence[Any]) -> None:
    """Put the agenda in the order of ``item_ids``, which must list every item once."""
    items = {item.id: item for item in committee.agenda_items}
    wanted = [uuid.UUID(str(item_id)) for item_id in item_ids]
    if len(wanted) != len(items) or set(wanted) != set(items):
        raise refuse("L'ordre du jour a changé entre-temps : rechargez-le puis recommencez.")
    for position, item_id in enumerate(wanted, start=1):
        update_record(items[item_id], {"position": position})


@transactional
def remove_agenda_item(item: AgendaItem) -> None:
    committee = item.committee
    delete_record(
        item, "Une décision a été enregistrée sur ce point : il doit rester à l'ordre du jour."
    )
    for position, remaining in enumerate(committee.agenda_items.order_by(AgendaItem.position), 1):
        update_record(remaining, {"position": position})


@transactional
def record_outcomes(
    committee: Committee, outcomes: Mapping[str, Mapping[str, Any]], author: StaffMember
) -> list[AgendaItem]:
    """Record, after the meeting, what was decided on each agenda item, all or nothing.

    ``outcomes`` maps an item's id to ``{"outcome": AgendaOutcome, "notes": str}``. Each
    outcome goes through the gate its purpose calls for (launching a study, validating
    an opportunity, retaining a holder…), dated on the meeting's day and linked to the
    committee and the item. A refused gate refuses everything, with the message under
    that item (``items.<id>.outcome``).
    """
    if committee.meeting_on > dt.date.today():
        raise refuse("Les décisions se saisissent après la réunion du comité.")
    recorded = []
    errors = {}
    for item in committee.agenda_items.order_by(AgendaItem.position):
        entry = outcomes.get(str(item.id))
        if not entry or not entry.get("outcome"):
            continue
        field = f"items.{item.id}.outcome"
        check = Checker(entry)
        outcome = check.choice("outcome", AgendaOutcome)
        notes = check.text("notes", max_length=5000)
        if check.errors:
            errors[field] = next(iter(check.errors.values()))
            continue
        if item.outcome is not None:
            errors[field] = f"Une décision est déjà enregistrée : {item.outcome.label}."
            continue
        values = {
            "decided_on": committee.meeting_on,
            "committee": committee,
            "agenda_item": item,
            "notes": notes,
        }
        try:
            with database.atomic():
                _through_the_gate(item, outcome, values, author)
        except ValidationError as refused:
            errors[field] = " ".join(refused.errors.values())
            continue
        update_record(item, {"outcome": outcome, "outcome_notes": notes})
        recorded.append(item)
    if errors:
        raise ValidationError(errors)
    return recorded


def _through_the_gate(
    item: AgendaItem, outcome: AgendaOutcome, values: dict, author: StaffMember
) -> None:
    """Carry an outcome through the domain's gate for the item's purpose.

    Outcomes with no gate (pris acte, progress reviews, hand-overs, information) are
    kept on the item only: the minutes show them, no status moves.
    """
    purpose = item.purpose
    if purpose is AgendaPurpose.LAUNCH_STUDY:
        if outcome is AgendaOutcome.FAVOURABLE:
            needs.launch_study(item.need, values, author)
        elif outcome in _IDEA_OUTCOMES:
            needs.decide_on_idea(item.need, _IDEA_OUTCOMES[outcome], values, author)
    elif purpose is AgendaPurpose.VALIDATE_OPPORTUNITY and outcome in _STUDY_OUTCOMES:
        study = OpportunityStudy.get_or_none(OpportunityStudy.need == item.need)
        if study is None:
            raise refuse("Ce besoin n'a pas d'étude d'opportunité à valider.")
        studies.decide_on_study(study, _STUDY_OUTCOMES[outcome], values, author)
    elif purpose is AgendaPurpose.SELECT_HOLDER and outcome in _SELECTION_OUTCOMES:
        retained = _SELECTION_OUTCOMES[outcome]
        candidacies.decide_on_candidacy(item.candidacy, retained, values, author)


_IDEA_OUTCOMES = {
    AgendaOutcome.UNFAVOURABLE: DecisionKind.NEED_DROPPED,
    AgendaOutcome.ADJOURNED: DecisionKind.NEED_POSTPONED,
}
_STUDY_OUTCOMES = {
    AgendaOutcome.FAVOURABLE: StudyOutcome.FAVOURABLE,
    AgendaOutcome.UNFAVOURABLE: StudyOutcome.UNFAVOURABLE,
    AgendaOutcome.ADJOURNED: StudyOutcome.REWORK,
}
_SELECTION_OUTCOMES = {AgendaOutcome.FAVOURABLE: True, AgendaOutcome.UNFAVOURABLE: False}
