"""The search across the whole file (Ctrl+K): needs, studies, projects, holders,
partners and committees that the typed words find, each with the screen it opens on.

Each kind is searched by its own list's query (the same full-text index and filters as
the lists); a project is also found by the name of a holder who applied to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from . import french, listing
from .listing import ListFilter
from .models import Candidacy, Project

#: The main window's sections the records open in.
NEEDS, STUDIES, PROJECTS, HOLDERS, COMMITTEES, NETWORK = 1, 2, 3, 4, 5, 6


@dataclass(frozen=True)
class Found:
    kind: str  # in French, as the result list shows it
    section: int
    record_id: Any
    label: str


def _with(label: str, detail: str | None) -> str:
    """« label — detail », unless the label already says it (« Garage — Amiens »)."""
    return label if not detail or label.endswith(detail) else f"{label} — {detail}"


def find_everywhere(text: str, per_kind: int = 20) -> list[Found]:
    """What ``text`` finds, kind by kind, at most ``per_kind`` of each."""
    text = text.strip()
    if not text:
        return []
    criteria = ListFilter(text=text)
    found: list[Found] = []
    for row in listing.needs(criteria)[:per_kind]:
        found.append(Found("Besoin", NEEDS, row["id"], _with(row["title"], row["commune"])))
    for row in listing.studies(criteria)[:per_kind]:
        found.append(Found("Étude", STUDIES, row["id"], _with(row["title"], row["commune"])))
    holders = listing.holders(criteria)
    projects = {row["id"]: row for row in listing.projects(criteria)}
    if holders:  # « Moreau » finds the projects Moreau applied to
        applied = (
            Project.select(Project.id)
            .join(Candidacy)
            .where(Candidacy.holder.in_([row["id"] for row in holders]))
            .distinct()
        )
        ids = [project.id for project in applied]
        projects |= {row["id"]: row for row in listing.PROJECTS.rows() if row["id"] in ids}
    for row in list(projects.values())[:per_kind]:
        found.append(Found("Projet", PROJECTS, row["id"], _with(row["title"], row["holder"])))
    for row in holders[:per_kind]:
        name = row["organisation_name"] or f"{row['first_name']} {row['last_name']}"
        found.append(Found("Porteur", HOLDERS, row["id"], _with(name, row["commune"])))
    for row in listing.partners(criteria)[:per_kind]:
        found.append(Found("Acteur du réseau", NETWORK, row["id"], row["name"]))
    for row in listing.committees(criteria)[:per_kind]:
        day = french.short_date(row["meeting_on"])
        found.append(Found("Comité", COMMITTEES, row["id"], f"{row['kind']} du {day}"))
    return found
