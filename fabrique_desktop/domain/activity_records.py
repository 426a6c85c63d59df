"""The records a « Bilan d'activité » lists for its period, as tables: the enterprises
created with their jobs, the opportunity studies, the partners mobilised.

Each table reads the records of one figure's :class:`~.scope.Selection`, so the report's
lists and its figures count the same records.
"""

from __future__ import annotations

from peewee import JOIN

from . import scope as s
from .enums import DecisionKind
from .models import Decision, Need, OpportunityStudy, Partner, Project, Territory
from .scope import Period, Scope
from .tabular import Column, Kind, Table
from .text import french_sort_key


def enterprises(period: Period, scope: Scope) -> Table:
    rows = (
        Project.select(
            Project.enterprise_name,
            Project.legal_form,
            Territory.name,
            Project.created_on,
            Project.jobs_fte,
        )
        .join(Need)
        .join(Territory)
        .where(Project.id.in_(s.enterprise_ids(period, scope)))
        .order_by(Project.created_on, Project.enterprise_name)
        .tuples()
    )
    return Table(
        "Entreprises créées",
        (
            Column("Entreprise"),
            Column("Forme juridique"),
            Column("Commune"),
            Column("Créée le", Kind.DATE),
            Column("Emplois (ETP)", Kind.DECIMAL),
        ),
        [
            (name, form.label if form else "", commune, day, jobs)
            for name, form, commune, day, jobs in rows
        ],
    )


def studies(period: Period, scope: Scope) -> Table:
    """Studies launched or decided during the period, with their outcome."""
    decided = Decision.select(Decision.study).where(
        Decision.kind.in_(
            [
                DecisionKind.STUDY_FAVOURABLE,
                DecisionKind.STUDY_UNFAVOURABLE,
                DecisionKind.STUDY_REWORK,
            ]
        )
        & period.between(Decision.decided_on)
    )
    rows = (
        OpportunityStudy.select(
            Need.title, Territory.name, OpportunityStudy.started_on, OpportunityStudy.status
        )
        .join(Need)
        .join(Territory)
        .where(
            OpportunityStudy.id.in_(s.studies(scope))
            & (period.between(OpportunityStudy.started_on) | OpportunityStudy.id.in_(decided))
        )
        .order_by(OpportunityStudy.started_on, Need.title)
        .tuples()
    )
    return Table(
        "Études d'opportunité de la période",
        (Column("Besoin"), Column("Commune"), Column("Lancée le", Kind.DATE), Column("État")),
        [(title, commune, day, status.label) for title, commune, day, status in rows],
    )


def partners(period: Period, scope: Scope) -> Table:
    rows = (
        Partner.select(Partner.name, Partner.kind, Territory.name)
        .join(Territory, JOIN.LEFT_OUTER)
        .where(Partner.id.in_(s.partner_ids(period, scope)))
        .tuples()
    )
    ordered = sorted(rows, key=lambda row: french_sort_key(row[0]))
    return Table(
        "Partenaires mobilisés",
        (Column("Acteur du réseau"), Column("Type"), Column("Commune")),
        [(name, kind.label, commune or "") for name, kind, commune in ordered],
    )
