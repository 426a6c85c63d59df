"""What a committee dossier says, read from the database into plain data.

Rendering then works from memory only (no query while laying out pages), and the
choice of what may be printed lives here: a holder appears by name, organisation and
commune only, never with their e-mail, phone or address; a holder in opposition or
restriction (RGPD) not even by name: the project is printed, nothing about them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ..domain import french
from ..domain.enums import (
    AgendaPurpose,
    Attendance,
    HolderKind,
    QualificationCriterion,
    StudyCriterion,
)
from ..domain.models import (
    AgendaItem,
    Candidacy,
    CandidacyScore,
    Committee,
    CommitteeMember,
    Holder,
    Milestone,
    Need,
    OpportunityStudy,
    Project,
    StudyScore,
)
from ..domain.models.committees import meeting_time
from ..domain.rgpd.restriction import MASK, restricted_ids
from ..domain.services.grids import grid_total
from ..domain.services.milestones import is_late
from ..domain.services.settings import fabrique_settings, logo
from ..domain.text import french_sort_key


@dataclass(frozen=True)
class GridLine:
    criterion: str
    score: int | None
    comment: str


@dataclass(frozen=True)
class Grid:
    title: str
    lines: list[GridLine]

    @property
    def total(self) -> str:
        total = grid_total([line.score for line in self.lines])
        return (
            f"Total : {total.points} / {total.maximum}"
            f" ({total.scored} critères notés sur {total.criteria})"
        )


@dataclass(frozen=True)
class MilestoneLine:
    title: str
    planned_on: dt.date
    done_on: dt.date | None
    late: bool


@dataclass
class ItemSheet:
    position: int
    purpose: str
    title: str
    facts: list[tuple[str, str]] = field(default_factory=list)
    texts: list[tuple[str, str]] = field(default_factory=list)
    grids: list[Grid] = field(default_factory=list)
    milestones: list[MilestoneLine] = field(default_factory=list)
    #: False for an information point: the committee hears it, it decides nothing.
    to_decide: bool = True
    outcome: str | None = None
    outcome_notes: str = ""


@dataclass
class DossierData:
    fabrique_name: str
    territory_name: str
    operator_name: str
    address: str
    logo: bytes | None
    committee_kind: str
    meeting_on: dt.date
    starts_at: dt.time | None
    place: str
    members: list[str]
    items: list[ItemSheet]
    today: dt.date
    #: Who attended, as the minutes print it: (« Présents », names)…; empty while the
    #: attendance is not recorded.
    attendance: list[tuple[str, list[str]]] = field(default_factory=list)


def gather(
    committee: Committee,
    today: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> DossierData:
    """Everything the dossier prints, read from the file; ``progress(done, total)`` is
    told after each agenda item."""
    today = today or dt.date.today()
    settings = fabrique_settings()
    people = list(committee.members)
    members = _names(m for m in people if m.convened)
    agenda = list(committee.agenda_items.order_by(AgendaItem.position))
    restricted = restricted_ids()
    items = []
    for item in agenda:
        items.append(_sheet(item, today, restricted))
        if progress is not None:
            progress(len(items), len(agenda))
    return DossierData(
        fabrique_name=settings["fabrique_name"],
        territory_name=settings["territory_name"],
        operator_name=settings["operator_name"],
        address=settings["address"],
        logo=logo(),
        committee_kind=committee.kind.name,
        meeting_on=committee.meeting_on,
        starts_at=meeting_time(committee.starts_at),
        place=committee.place,
        members=members,
        items=items,
        today=today,
        attendance=_attendance(people),
    )


def _names(members: Iterable[CommitteeMember]) -> list[str]:
    return sorted((str(m.partner or m.staff) for m in members), key=french_sort_key)


def _attendance(people: list[CommitteeMember]) -> list[tuple[str, list[str]]]:
    """Présents, excusés, absents among the convened, then the guests; nothing at all
    while no attendance is recorded (the minutes then list who was convened)."""
    if not any(m.attendance for m in people):
        return []
    convened = [m for m in people if m.convened]
    groups = [
        ("Présents", _names(m for m in convened if m.attendance is Attendance.PRESENT)),
        ("Excusés", _names(m for m in convened if m.attendance is Attendance.EXCUSED)),
        ("Absents", _names(m for m in convened if m.attendance is Attendance.ABSENT)),
        ("Présence non indiquée", _names(m for m in convened if m.attendance is None)),
        ("Invités", _names(m for m in people if not m.convened)),
    ]
    return [(label, names) for label, names in groups if names]


def _sheet(item: AgendaItem, today: dt.date, restricted: frozenset = frozenset()) -> ItemSheet:
    withheld = item.candidacy_id is not None and item.candidacy.holder_id in restricted
    # The item's title and notes may name the candidate: not printed for a withheld one.
    sheet = ItemSheet(item.position, item.purpose.label, "" if withheld else item.title)
    sheet.to_decide = item.purpose is not AgendaPurpose.INFORMATION
    if item.need_id:
        _need(sheet, item.need)
    if item.candidacy_id:
        _candidacy(sheet, item.candidacy, withheld)
    if item.project_id:
        _project(sheet, item.project, today, restricted)
    if withheld:
        return sheet
    if item.notes:
        sheet.texts.append(("Note pour le comité", item.notes))
    if item.outcome is not None:
        sheet.outcome, sheet.outcome_notes = item.outcome.label, item.outcome_notes
    return sheet


def _need(sheet: ItemSheet, need: Need) -> None:
    sheet.title = sheet.title or need.title
    source = need.source.label + (f" ({need.source_detail})" if need.source_detail else "")
    sheet.facts += [
        ("Commune", need.territory.name),
        ("Secteur", need.sector.label),
        ("Source", source),
        ("Repéré le", french.long_date(need.detected_on)),
        ("Statut", need.status.label),
        ("Suivi par", need.staff.name if need.staff else "—"),
    ]
    partners = ", ".join(sorted(link.partner.name for link in need.partner_links))
    if partners:
        sheet.facts.append(("Premiers partenaires", partners))
    sheet.texts += [
        (label, text)
        for label, text in (
            ("Description", need.description),
            ("Public cible", need.target_public),
            ("Offre existante", need.existing_offer),
        )
        if text
    ]
    study = OpportunityStudy.get_or_none(OpportunityStudy.need == need)
    if study is not None:
        sheet.facts.append(
            (
                "Étude d'opportunité",
                f"{study.status.label}, depuis le {french.long_date(study.started_on)}",
            )
        )
        rows = {row.criterion: row for row in StudyScore.select().where(StudyScore.study == study)}
        sheet.grids.append(_grid("Grille de l'étude d'opportunité", StudyCriterion, rows))
        if study.recommendation is not None:
            sheet.texts.append(
                (f"Recommandation : {study.recommendation.label}", study.recommendation_text)
            )


def _holder_summary(holder: Holder, withheld: bool = False) -> list[tuple[str, str]]:
    """Name, organisation and commune: no contact data leaves the app in a dossier (and
    nothing at all about a holder in opposition)."""
    if withheld:
        return [("Porteur", MASK)]
    if holder.kind is HolderKind.ORGANISATION:
        summary = [("Porteur", holder.organisation_name), ("Nature", "Structure existante")]
    else:
        summary = [("Porteur", f"{holder.first_name} {holder.last_name}")]
    summary.append(("Commune du porteur", holder.territory.name if holder.territory else "—"))
    return summary


def _candidacy(sheet: ItemSheet, candidacy: Candidacy, withheld: bool = False) -> None:
    name = MASK if withheld else candidacy.holder.display_name
    sheet.title = sheet.title or f"{candidacy.project.title} — {name}"
    sheet.facts += [
        ("Projet", candidacy.project.title),
        *_holder_summary(candidacy.holder, withheld),
    ]
    if withheld:  # the grid, the notes and the source are about the person too
        return
    sheet.facts += [
        ("Candidature reçue le", french.long_date(candidacy.received_on)),
        ("Statut", candidacy.status.label),
        ("Recruté via", candidacy.holder.recruitment_source.label),
    ]
    if candidacy.notes:
        sheet.texts.append(("Notes sur la candidature", candidacy.notes))
    rows = {
        row.criterion: row
        for row in CandidacyScore.select().where(CandidacyScore.candidacy == candidacy)
    }
    sheet.grids.append(_grid("Grille de qualification", QualificationCriterion, rows))


def _project(
    sheet: ItemSheet, project: Project, today: dt.date, restricted: frozenset = frozenset()
) -> None:
    sheet.title = sheet.title or project.title
    holder = project.selected_holder
    sheet.facts += [
        ("Étape", project.stage.label),
        ("Ouvert le", french.long_date(project.opened_on)),
        ("Commune", project.need.territory.name),
        ("Suivi par", project.staff.name if project.staff else "—"),
    ]
    if holder is not None:
        sheet.facts += _holder_summary(holder, holder.id in restricted)
    if project.enterprise_name:
        sheet.facts.append(("Entreprise", project.enterprise_name))
    sheet.milestones = [
        MilestoneLine(m.title, m.planned_on, m.done_on, is_late(m, today))
        for m in project.milestones.order_by(Milestone.position)
    ]


def _grid(title: str, criteria, rows: dict) -> Grid:
    lines = []
    for criterion in criteria:
        row = rows.get(criterion)
        lines.append(
            GridLine(criterion.label, row.score if row else None, row.comment if row else "")
        )
    return Grid(title, lines)
