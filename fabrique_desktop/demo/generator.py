"""Build the demonstration data set straight into an open database.

The same seed and reference day always give the same data. Every record follows the
method as the services enforce it (a project only from a validated need, a retained
candidacy only with a complete grid, one dated decision per step), but rows are written
in bulk rather than through the services, so that 100,000 needs take seconds.
"""

from __future__ import annotations

import bisect
import datetime as dt
import operator
import random
import unicodedata
import uuid
from collections import defaultdict
from typing import Any

from peewee import DateField, TimeField

from ..domain import enums
from ..domain.enums import (
    AgendaOutcome,
    AgendaPurpose,
    Attendance,
    CandidacyStatus,
    ConsentBasis,
    DecisionKind,
    EnterpriseHealth,
    HolderKind,
    NeedSource,
    NeedStatus,
    ProjectStage,
    QualificationCriterion,
    RecruitmentSource,
    StudyCriterion,
    StudyOutcome,
    StudyStatus,
)
from ..domain.models import (
    AgendaItem,
    BaseModel,
    Candidacy,
    CandidacyScore,
    Committee,
    CommitteeKind,
    CommitteeMember,
    CreativitySession,
    Decision,
    FollowUp,
    Holder,
    Milestone,
    MilestoneTemplate,
    Need,
    NeedPartner,
    OpportunityStudy,
    Partner,
    Project,
    SessionPartner,
    StaffMember,
    StudyScore,
    Territory,
    database,
)
from ..domain.models.base import TimestampField, uuid7_int
from ..domain.official_communes import official_list
from ..domain.services.settings import update_settings
from ..domain.services.studies import VERDICTS
from ..domain.validation import luhn_valid
from ..store.bulk import bulk_load
from . import catalogue

#: Needs in the default demonstration file; ``--scale`` replaces it.
DEFAULT_NEEDS = 60
HISTORY_DAYS = 1500
COMMITTEE_EVERY_DAYS = 42
#: How many needs one committee meeting deals with, to size meetings at any scale.
NEEDS_PER_MEETING = 100
STUDY_DAYS = 270
#: Rows kept in memory before writing: bounds memory at any scale.
FLUSH_EVERY = 50_000
#: A partner at a held meeting: mostly present, now and then excused, rarely absent.
ATTENDANCE = [Attendance.PRESENT] * 6 + [Attendance.EXCUSED] * 2 + [Attendance.ABSENT]


class DemoBuilder:
    """Accumulates rows per model, then writes them in bulk, parents first."""

    def __init__(self, seed: int, today: dt.date):
        self.rng = random.Random(seed)
        self.today = today
        self.rows: dict[type[BaseModel], list[dict[str, Any]]] = defaultdict(list)
        self.pending = 0
        # Keys are stamped from the reference day's start, so the same seed and day
        # give the same keys, in insertion order.
        self.clock_ms = int(dt.datetime.combine(today, dt.time(), tzinfo=dt.UTC).timestamp() * 1000)
        self.stamps: dict[dt.date, str] = {}

    # -- helpers -----------------------------------------------------------------
    def new_id(self) -> str:
        """A time-ordered key in hex: one millisecond after the previous one, seeded bits."""
        self.clock_ms += 1
        return f"{uuid7_int(self.clock_ms, self.rng.getrandbits(80)):032x}"

    def add(self, model: type[BaseModel], day: dt.date, **values: Any) -> str:
        stamp = self.stamps.get(day)
        if stamp is None:
            moment = dt.datetime.combine(day, dt.time(9), tzinfo=dt.UTC)
            stamp = self.stamps[day] = TimestampField().db_value(moment)
        row_id = self.new_id()
        self.rows[model].append({"id": row_id, "created_at": stamp, "updated_at": stamp, **values})
        self.pending += 1
        return row_id

    def siret(self) -> str:
        while True:
            digits = "".join(str(self.rng.randrange(10)) for _ in range(13))
            for last in "0123456789":
                if luhn_valid(digits + last) and not digits.startswith("356000000"):
                    return digits + last

    def flush(self) -> None:
        """Write the buffered rows with one prepared statement per table.

        peewee builds one SQL text per insert, which costs more than SQLite's own work
        at this volume; ``executemany`` reuses a single prepared statement. Values are
        stored as peewee stores them: keys as hex, enums as their code, timestamps
        pre-formatted by :meth:`add`, dates and times as ISO text.
        """
        cursor = database.cursor()
        for model, rows in self.rows.items():
            fields = model._meta.sorted_fields
            defaults = {f.name: f.default() if callable(f.default) else f.default for f in fields}
            values = operator.itemgetter(*defaults)
            temporal = [i for i, f in enumerate(fields) if isinstance(f, DateField | TimeField)]
            columns = ", ".join(f'"{f.column_name}"' for f in fields)
            marks = ", ".join([database.param] * len(fields))
            cursor.executemany(
                f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ({marks})',
                (_with_iso(values(defaults | row), temporal) for row in rows),
            )
        self.rows.clear()
        self.pending = 0


def build_demo(scale: int = DEFAULT_NEEDS, seed: int = 1, today: dt.date | None = None) -> None:
    """Fill the open (freshly created) database with ``scale`` needs and what follows them."""
    builder = DemoBuilder(seed, today or dt.date.today())
    # Generated rows are not changes anybody made: the history starts after them.
    with bulk_load(database):
        _Scenario(builder, scale).run()
        builder.flush()


class _Scenario:
    """Walks each need through the method until its story reaches today."""

    def __init__(self, builder: DemoBuilder, scale: int):
        self.b = builder
        self.rng = builder.rng
        self.today = builder.today
        self.scale = scale
        self.start = self.today - dt.timedelta(days=HISTORY_DAYS)
        # What awaits a decision, for the agendas of the next meeting.
        self.awaiting_study: list[uuid.UUID] = []
        self.awaiting_selection: list[uuid.UUID] = []
        self.in_support: list[uuid.UUID] = []
        # The sessions, follow-ups and attendance draw from their own stream, so that
        # adding them left every other record of a seed as it was.
        self.aside = random.Random(repr(builder.rng.getstate()[1][:8]))
        self.creativity: dict[tuple[int, int, int], str] = {}

    def run(self) -> None:
        self.reference_data()
        self.plan_committees()
        for index in range(self.scale):
            self.need_story(index)
            if self.b.pending > FLUSH_EVERY:
                self.b.flush()
        self.upcoming_agendas()

    # -- reference data ----------------------------------------------------------
    def reference_data(self) -> None:
        b, day = self.b, self.start
        update_settings(
            {
                "fabrique_name": "Fabrique à initiatives d'Amiens Métropole",
                "territory_name": "Amiens Métropole",
            }
        )
        official = official_list()
        self.territories = [
            b.add(
                Territory,
                day,
                name=name,
                insee_code=insee,
                postal_code=postal,
                department=insee[:2],
                population=official.commune(insee).population,
                # Amiens has priority neighbourhoods; the villages are rural areas.
                priority_area=insee == "80021",
                rural_area=(official.commune(insee).population or 0) < 2000,
            )
            for name, insee, postal in catalogue.COMMUNES
        ]
        self.staff = [
            b.add(
                StaffMember,
                day,
                name=name,
                organisation=org,
                email=_email(name, "fabrique-amiens.fr"),
            )
            for name, org in catalogue.STAFF
        ]
        self.partners = [
            b.add(Partner, day, name=name, kind=kind, territory=self.territories[0])
            for name, kind in catalogue.PARTNERS
        ]
        kinds = {kind.name: kind.id.hex for kind in CommitteeKind.select()}
        self.steering = kinds["Comité de pilotage"]
        self.selection = kinds["Comité de sélection"]
        template = MilestoneTemplate.get(MilestoneTemplate.name == "Accompagnement standard")
        self.plan = [(step.position, step.title, step.offset_days) for step in template.steps]

    # -- committees --------------------------------------------------------------
    def plan_committees(self) -> None:
        """Meetings every six weeks up to today, and the next two, sized to the scale."""
        per_session = max(1, round(self.scale / NEEDS_PER_MEETING))
        self.sessions: list[dt.date] = []
        self.meetings: dict[dt.date, list[uuid.UUID]] = {}
        day = self.today + dt.timedelta(days=12 + COMMITTEE_EVERY_DAYS)
        while day > self.start:
            self.sessions.append(day)
            day -= dt.timedelta(days=COMMITTEE_EVERY_DAYS)
        self.sessions.reverse()
        self.agenda_size: dict[uuid.UUID, int] = defaultdict(int)
        for number, day in enumerate(self.sessions):
            kind = self.selection if number % 3 == 2 else self.steering
            self.meetings[day] = []
            for _ in range(per_session):
                meeting = self.b.add(
                    Committee,
                    min(day, self.today) - dt.timedelta(days=30),
                    kind=kind,
                    meeting_on=day,
                    starts_at=dt.time(14, 30),
                    place="Hôtel de ville d'Amiens, salle du conseil",
                )
                self.meetings[day].append(meeting)
                held = day <= self.today  # who came is known once the meeting is held
                for partner in self.rng.sample(self.partners, 4):
                    presence = self.aside.choice(ATTENDANCE) if held else None
                    self.b.add(
                        CommitteeMember,
                        day,
                        committee=meeting,
                        partner=partner,
                        attendance=presence,
                    )
                self.b.add(
                    CommitteeMember,
                    day,
                    committee=meeting,
                    staff=self.staff[0],
                    attendance=Attendance.PRESENT if held else None,
                )

    def session_after(self, day: dt.date) -> dt.date | None:
        """The first committee date after ``day`` that has already taken place, if any."""
        index = bisect.bisect_right(self.sessions, day)
        if index < len(self.sessions) and self.sessions[index] < self.today:
            return self.sessions[index]
        return None

    def decide(self, kind: DecisionKind, day: dt.date, purpose: AgendaPurpose, **subject) -> None:
        meeting = self.rng.choice(self.meetings[day])
        item = self.agenda_item(meeting, day, purpose, outcome=_OUTCOME_OF[kind], **subject)
        self.b.add(
            Decision,
            day,
            kind=kind,
            decided_on=day,
            committee=meeting,
            agenda_item=item,
            author=self.rng.choice(self.staff),
            **subject,
        )

    def agenda_item(self, meeting, day, purpose: AgendaPurpose, outcome=None, **subject) -> str:
        self.agenda_size[meeting] += 1
        target = {k: v for k, v in subject.items() if k in _AGENDA_TARGET[purpose]}
        return self.b.add(
            AgendaItem,
            day,
            committee=meeting,
            position=self.agenda_size[meeting],
            purpose=purpose,
            outcome=outcome,
            **target,
        )

    # -- one need's story ----------------------------------------------------------
    def need_story(self, index: int) -> None:
        rng, b = self.rng, self.b
        title, sector, description, public, offer = catalogue.NEED_IDEAS[
            index % len(catalogue.NEED_IDEAS)
        ]
        territory_index = 0 if rng.random() < 0.4 else rng.randrange(len(self.territories))
        commune = catalogue.COMMUNES[territory_index][0]
        detected = self.start + dt.timedelta(days=rng.randrange(HISTORY_DAYS - 20))
        need_row = dict(
            title=f"{title} — {commune}",
            description=description,
            territory=self.territories[territory_index],
            sector=sector,
            source=rng.choice(list(NeedSource)),
            target_public=public,
            existing_offer=offer,
            detected_on=detected,
            staff=rng.choice(self.staff),
            status=NeedStatus.DETECTED,
        )
        if need_row["source"] is NeedSource.CREATIVITY_SESSION:
            need_row["session"] = self.creativity_session(territory_index, detected)
        need = b.add(Need, detected, **need_row)
        need_row = b.rows[Need][-1]
        for partner in rng.sample(self.partners, rng.randint(1, 3)):
            b.add(NeedPartner, detected, need=need, partner=partner)

        launch = self.session_after(detected + dt.timedelta(days=20))
        if launch is None:
            return
        fate = rng.random()
        if fate < 0.25:
            kind, status = rng.choice(_IDEA_FATES)
            self.decide(kind, launch, AgendaPurpose.LAUNCH_STUDY, need=need)
            need_row["status"] = status
            return
        self.study_story(need, need_row, launch)

    def creativity_session(self, territory_index: int, detected: dt.date) -> str:
        """The session of the month in the need's commune, held before it was noted."""
        key = (territory_index, detected.year, detected.month)
        if key not in self.creativity:
            held = detected.replace(day=1)
            commune = catalogue.COMMUNES[territory_index][0]
            session = self.b.add(
                CreativitySession,
                held,
                held_on=held,
                place=f"Maison de quartier, {commune}",
                territory=self.territories[territory_index],
                participants=self.aside.randint(8, 40),
                staff=self.aside.choice(self.staff),
            )
            for partner in self.aside.sample(self.partners, 2):
                self.b.add(SessionPartner, held, session=session, partner=partner)
            self.creativity[key] = session
        return self.creativity[key]

    def follow_ups(self, project, created: dt.date, jobs: float) -> None:
        """The 1- and 3-year follow-ups, done when their day has passed."""
        closed = False
        for years in (1, 3):
            planned = created.replace(year=created.year + years, day=min(created.day, 28))
            seen = planned + dt.timedelta(days=self.aside.randint(0, 45))
            values = {}
            if seen < self.today:
                draw = self.aside.random()
                closed = closed or draw < 0.12
                health = (
                    EnterpriseHealth.CLOSED
                    if closed
                    else EnterpriseHealth.STRUGGLING
                    if draw < 0.22
                    else EnterpriseHealth.ACTIVE
                )
                values = dict(
                    observed_on=seen,
                    health=health,
                    jobs_fte=0.0 if closed else jobs + self.aside.choice((-0.5, 0, 0, 1, 2)),
                )
            self.b.add(
                FollowUp, created, project=project, years=years, planned_on=planned, **values
            )

    def study_story(self, need, need_row, launch: dt.date) -> None:
        rng, b = self.rng, self.b
        study_row = dict(
            need=need, started_on=launch, staff=need_row["staff"], status=StudyStatus.IN_PROGRESS
        )
        study = b.add(OpportunityStudy, launch, **study_row)
        study_row = b.rows[OpportunityStudy][-1]
        self.decide(
            DecisionKind.STUDY_LAUNCHED, launch, AgendaPurpose.LAUNCH_STUDY, need=need, study=study
        )
        need_row["status"] = NeedStatus.STUDY

        verdict_day = self.session_after(launch + dt.timedelta(days=STUDY_DAYS + rng.randrange(90)))
        outcome = StudyOutcome.FAVOURABLE if rng.random() < 0.7 else StudyOutcome.UNFAVOURABLE
        complete = verdict_day is not None or rng.random() < 0.5
        self.grid(
            StudyScore,
            "study",
            study,
            StudyCriterion,
            launch,
            complete,
            outcome is StudyOutcome.FAVOURABLE,
        )
        if complete:
            study_row["recommendation"] = outcome
            study_row["recommendation_text"] = _RECOMMENDATIONS[outcome]
        if verdict_day is None:
            if complete:
                self.awaiting_study.append(need)
            return
        kind, study_row["status"], need_row["status"] = VERDICTS[outcome]
        self.decide(kind, verdict_day, AgendaPurpose.VALIDATE_OPPORTUNITY, need=need, study=study)
        if outcome is StudyOutcome.UNFAVOURABLE:
            return
        if rng.random() < 0.15:
            return  # validated, project not opened yet
        self.project_story(need, need_row, verdict_day)

    def project_story(self, need, need_row, opened: dt.date) -> None:
        rng, b = self.rng, self.b
        project_row = dict(
            need=need,
            title=need_row["title"],
            opened_on=opened,
            staff=need_row["staff"],
            stage=ProjectStage.RECRUITING,
        )
        project = b.add(Project, opened, **project_row)
        project_row = b.rows[Project][-1]
        self.decide(
            DecisionKind.PROJECT_OPENED,
            opened,
            AgendaPurpose.VALIDATE_OPPORTUNITY,
            need=need,
            project=project,
        )
        need_row["status"] = NeedStatus.IN_PROJECT

        received = [
            opened + dt.timedelta(days=rng.randint(20, 120)) for _ in range(rng.randint(1, 3))
        ]
        received = [day for day in received if day < self.today]
        candidacies = []
        for day in received:
            holder = self.holder(day)
            row = dict(
                project=project, holder=holder, received_on=day, status=CandidacyStatus.RECEIVED
            )
            candidacy = b.add(Candidacy, day, **row)
            candidacies.append((candidacy, b.rows[Candidacy][-1], holder))
        if not candidacies:
            return
        selection_day = self.session_after(max(received) + dt.timedelta(days=30))
        for candidacy, _, _ in candidacies:
            self.grid(
                CandidacyScore,
                "candidacy",
                candidacy,
                QualificationCriterion,
                max(received),
                selection_day is not None or rng.random() < 0.6,
                True,
            )
        if selection_day is None:
            self.awaiting_selection.extend(c for c, _, _ in candidacies)
            return
        chosen, chosen_row, holder = candidacies[0]
        self.decide(
            DecisionKind.CANDIDACY_RETAINED,
            selection_day,
            AgendaPurpose.SELECT_HOLDER,
            candidacy=chosen,
            project=project,
        )
        chosen_row["status"] = CandidacyStatus.RETAINED
        for other, other_row, _ in candidacies[1:]:
            self.decide(
                DecisionKind.CANDIDACY_NOT_RETAINED,
                selection_day,
                AgendaPurpose.SELECT_HOLDER,
                candidacy=other,
                project=project,
            )
            other_row["status"] = CandidacyStatus.NOT_RETAINED
        project_row["selected_holder"] = holder
        project_row["stage"] = ProjectStage.SUPPORT
        commune = need_row["title"].split(" — ")[-1]
        self.support_story(project, project_row, selection_day, commune)

    def support_story(self, project, project_row, start: dt.date, commune: str) -> None:
        rng, b = self.rng, self.b
        ending = self.session_after(start + dt.timedelta(days=rng.randint(330, 480)))
        abandoned = ending is not None and rng.random() < 0.2
        created = ending is not None and not abandoned
        last_day = ending or self.today - dt.timedelta(days=1)
        for position, title, offset in self.plan:
            planned = start + dt.timedelta(days=offset)
            done = None
            # A created enterprise went through every step; otherwise some are late.
            if created or (planned < self.today and rng.random() < 0.7):
                jitter = dt.timedelta(days=rng.randint(-20, 25))
                done = max(start, min(planned + jitter, last_day))
            b.add(
                Milestone,
                start,
                project=project,
                position=position,
                title=title,
                planned_on=planned,
                done_on=done,
            )
        if ending is None:
            self.in_support.append(project)
            return
        if abandoned:
            self.decide(
                DecisionKind.PROJECT_ABANDONED,
                ending,
                AgendaPurpose.REVIEW_PROGRESS,
                project=project,
            )
            project_row.update(stage=ProjectStage.ABANDONED, closed_on=ending)
            return
        self.decide(
            DecisionKind.ENTERPRISE_CREATED, ending, AgendaPurpose.HANDOVER, project=project
        )
        legal_form = rng.choice([f for f in enums.LegalForm if f is not enums.LegalForm.OTHER])
        project_row.update(
            stage=ProjectStage.CREATED,
            closed_on=ending,
            enterprise_name=f"{rng.choice(catalogue.ENTERPRISE_PREFIXES)} de {commune}",
            legal_form=legal_form,
            siret=self.b.siret(),
            created_on=ending - dt.timedelta(days=rng.randint(5, 40)),
            jobs_fte=rng.choice((1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 6.5)),
        )
        self.follow_ups(project, project_row["created_on"], project_row["jobs_fte"])

    def holder(self, day: dt.date) -> uuid.UUID:
        rng, b = self.rng, self.b
        territory = rng.choice(self.territories)
        source = rng.choice(list(RecruitmentSource))
        if rng.random() < 0.15:
            name, _ = rng.choice(catalogue.ORGANISATIONS)
            return b.add(
                Holder,
                day,
                kind=HolderKind.ORGANISATION,
                organisation_name=name,
                siret=b.siret(),
                email=_email(name, "asso-exemple.fr"),
                phone=_phone(rng, "03"),
                territory=territory,
                recruitment_source=source,
            )
        first, last = rng.choice(catalogue.FIRST_NAMES), rng.choice(catalogue.LAST_NAMES)
        return b.add(
            Holder,
            day,
            kind=HolderKind.PERSON,
            first_name=first,
            last_name=last,
            email=_email(f"{first} {last}", "exemple.fr"),
            phone=_phone(rng, "06"),
            address=f"{rng.randint(1, 120)} rue de la République",
            territory=territory,
            recruitment_source=source,
            consent_basis=rng.choice(list(ConsentBasis)),
            consent_on=day - dt.timedelta(days=rng.randint(0, 10)),
        )

    def grid(self, model, owner_field, owner, criteria, day, complete: bool, good: bool) -> None:
        for criterion in criteria:
            if not complete and self.rng.random() < 0.4:
                continue
            score = self.rng.randint(3, 5) if good else self.rng.randint(0, 3)
            self.b.add(
                model,
                day,
                **{owner_field: owner},
                criterion=criterion,
                score=score,
                comment=_COMMENTS[min(score, 5)],
            )

    # -- the next meeting --------------------------------------------------------
    def upcoming_agendas(self) -> None:
        """Put what awaits a decision on the agenda of the next meetings."""
        next_day = next(day for day in self.sessions if day >= self.today)
        for need in self.awaiting_study:
            self.agenda_item(
                self.rng.choice(self.meetings[next_day]),
                next_day,
                AgendaPurpose.VALIDATE_OPPORTUNITY,
                need=need,
            )
        for candidacy in self.awaiting_selection:
            self.agenda_item(
                self.rng.choice(self.meetings[next_day]),
                next_day,
                AgendaPurpose.SELECT_HOLDER,
                candidacy=candidacy,
            )
        for project in self.in_support[:5]:
            self.agenda_item(
                self.rng.choice(self.meetings[next_day]),
                next_day,
                AgendaPurpose.REVIEW_PROGRESS,
                project=project,
            )


_AGENDA_TARGET = {
    AgendaPurpose.LAUNCH_STUDY: ("need",),
    AgendaPurpose.VALIDATE_OPPORTUNITY: ("need",),
    AgendaPurpose.SELECT_HOLDER: ("candidacy",),
    AgendaPurpose.REVIEW_PROGRESS: ("project",),
    AgendaPurpose.HANDOVER: ("project",),
    AgendaPurpose.INFORMATION: (),
}

#: What the minutes say of the agenda item on which each kind of decision was taken.
_OUTCOME_OF = {
    DecisionKind.NEED_KEPT: AgendaOutcome.NOTED,
    DecisionKind.NEED_POSTPONED: AgendaOutcome.ADJOURNED,
    DecisionKind.NEED_DROPPED: AgendaOutcome.UNFAVOURABLE,
    DecisionKind.STUDY_LAUNCHED: AgendaOutcome.FAVOURABLE,
    DecisionKind.STUDY_FAVOURABLE: AgendaOutcome.FAVOURABLE,
    DecisionKind.STUDY_UNFAVOURABLE: AgendaOutcome.UNFAVOURABLE,
    DecisionKind.STUDY_REWORK: AgendaOutcome.ADJOURNED,
    DecisionKind.PROJECT_OPENED: AgendaOutcome.FAVOURABLE,
    DecisionKind.CANDIDACY_RETAINED: AgendaOutcome.FAVOURABLE,
    DecisionKind.CANDIDACY_NOT_RETAINED: AgendaOutcome.UNFAVOURABLE,
    DecisionKind.ENTERPRISE_CREATED: AgendaOutcome.NOTED,
    DecisionKind.PROJECT_ABANDONED: AgendaOutcome.NOTED,
}

_IDEA_FATES = (
    (DecisionKind.NEED_KEPT, NeedStatus.KEPT),
    (DecisionKind.NEED_POSTPONED, NeedStatus.POSTPONED),
    (DecisionKind.NEED_DROPPED, NeedStatus.DROPPED),
)

_RECOMMENDATIONS = {
    StudyOutcome.FAVOURABLE: "Le besoin est avéré et non couvert ; un modèle économique hybride "
    "(ventes et subventions) est crédible. Lancer le recrutement d'un porteur.",
    StudyOutcome.UNFAVOURABLE: "L'offre existante couvre l'essentiel du besoin et les partenaires "
    "ne se sont pas engagés : ne pas poursuivre.",
}

_COMMENTS = (
    "Non démontré.",
    "Très insuffisant à ce stade.",
    "Quelques éléments, à consolider.",
    "Correct, avec des points de vigilance.",
    "Solide : entretiens et données convergent.",
    "Excellent, confirmé par les partenaires.",
)


def _with_iso(values: tuple, positions: list[int]) -> tuple:
    """``values`` with the dates and times at ``positions`` written as ISO text."""
    if not positions:
        return values
    values = list(values)
    for index in positions:
        if values[index] is not None:
            values[index] = values[index].isoformat()
    return tuple(values)


def _email(name: str, domain: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    local = ".".join(part.lower() for part in ascii_name.replace("'", " ").split()[:3])
    return f"{local}@{domain}"


def _phone(rng: random.Random, prefix: str) -> str:
    digits = prefix + "".join(str(rng.randrange(10)) for _ in range(8))
    return " ".join(digits[i : i + 2] for i in range(0, 10, 2))
