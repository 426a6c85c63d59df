"""The list screens as tables to export: each list's columns (French heading, spreadsheet
type, value), its rows read a page at a time for the ids the screen (or the command line)
holds, in their order, and the people kept out of exports.

A column's ``key`` is the listing's row and sort key, and the name of the screen's column:
the GUI exports the columns it shows, under its own headings, with these values.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from peewee import Field

from . import listing
from .enums import HolderKind, LabelledEnum, PersonKind, StudyCriterion
from .listing import ListFilter, Listing
from .models import Committee, Holder, Need, OpportunityStudy, Partner, Project, StaffMember
from .models.base import TimestampField
from .models.committees import meeting_time
from .rgpd.restriction import restricted_ids
from .tabular import Column, Kind, Table

#: Rows read together from the database (one query per page).
PAGE = 500


def holder_name(row: dict) -> str:
    """A holder's name as the list shows it: the organisation's, or the person's."""
    if row["kind"] is HolderKind.ORGANISATION:
        return row["organisation_name"]
    return f"{row['first_name']} {row['last_name']}"


def grid_progress(row: dict) -> str:
    """How much of a study's grid is scored, « 4/6 »."""
    return f"{row['scored']}/{len(StudyCriterion)}"


def time_of_day(row: dict) -> str | None:
    """A committee's starting time, « 14:30 »."""
    starts_at = meeting_time(row["starts_at"])
    return starts_at.strftime("%H:%M") if starts_at is not None else None


@dataclass(frozen=True)
class ExportColumn:
    key: str
    heading: str  # in French (the command line's; the GUI shows its translated heading)
    kind: Kind = Kind.TEXT
    #: The cell's value from the listing's row; by default the row's value named ``key``.
    compute: Callable[[dict], Any] | None = None

    def value(self, row: dict) -> Any:
        value = self.compute(row) if self.compute else row.get(self.key)
        return value.label if isinstance(value, LabelledEnum) else value


@dataclass(frozen=True)
class ExportedList:
    title: str  # the sheet's name
    listing: Listing
    columns: tuple[ExportColumn, ...]
    #: The date ``--from``/``--to`` select on, and the column the command line sorts by.
    period: Field
    sort: str
    descending: bool = False
    #: Whose personal data the rows carry, if the rows are people.
    people: PersonKind | None = None
    #: The columns that are a person's data on a row that is not (a partner's contact).
    personal_columns: frozenset[str] = frozenset()

    def column(self, key: str) -> ExportColumn:
        return next(column for column in self.columns if column.key == key)


COMMUNE = ExportColumn("commune", "Commune")
STAFF = ExportColumn("staff", "Suivi par")

LISTS: dict[str, ExportedList] = {
    "needs": ExportedList(
        "Besoins",
        listing.NEEDS,
        (
            ExportColumn("title", "Titre"),
            COMMUNE,
            ExportColumn("sector", "Secteur"),
            ExportColumn("status", "Statut"),
            STAFF,
            ExportColumn("detected_on", "Repéré le", Kind.DATE),
        ),
        period=Need.detected_on,
        sort="detected_on",
    ),
    "studies": ExportedList(
        "Études d'opportunité",
        listing.STUDIES,
        (
            ExportColumn("title", "Besoin"),
            COMMUNE,
            ExportColumn("status", "Statut"),
            ExportColumn("grid", "Grille", compute=grid_progress),
            ExportColumn("recommendation", "Recommandation"),
            ExportColumn("started_on", "Commencée le", Kind.DATE),
            STAFF,
        ),
        period=OpportunityStudy.started_on,
        sort="started_on",
    ),
    "projects": ExportedList(
        "Projets",
        listing.PROJECTS,
        (
            ExportColumn("title", "Projet"),
            COMMUNE,
            ExportColumn("stage", "Étape"),
            ExportColumn("holder", "Porteur"),
            STAFF,
            ExportColumn("opened_on", "Ouvert le", Kind.DATE),
            ExportColumn("enterprise_name", "Entreprise"),
        ),
        period=Project.opened_on,
        sort="opened_on",
    ),
    "holders": ExportedList(
        "Porteurs",
        listing.HOLDERS,
        (
            ExportColumn("name", "Nom", compute=holder_name),
            ExportColumn("kind", "Type"),
            COMMUNE,
            ExportColumn("recruitment_source", "Recruté via"),
            ExportColumn("candidacies", "Candidatures", Kind.INTEGER),
            ExportColumn("email", "Courriel"),
        ),
        period=Holder.created_at,
        sort="name",
        people=PersonKind.HOLDER,
    ),
    "committees": ExportedList(
        "Comités",
        listing.COMMITTEES,
        (
            ExportColumn("meeting_on", "Date", Kind.DATE),
            ExportColumn("starts_at", "Heure", compute=time_of_day),
            ExportColumn("kind", "Comité"),
            ExportColumn("place", "Lieu"),
            ExportColumn("items", "Points à l'ordre du jour", Kind.INTEGER),
        ),
        period=Committee.meeting_on,
        sort="meeting_on",
        descending=True,
    ),
    "partners": ExportedList(
        "Acteurs du réseau",
        listing.PARTNERS,
        (
            ExportColumn("name", "Nom"),
            ExportColumn("kind", "Type"),
            ExportColumn("contact_name", "Contact"),
            ExportColumn("email", "Courriel"),
            ExportColumn("phone", "Téléphone"),
            COMMUNE,
        ),
        period=Partner.created_at,
        sort="name",
        people=PersonKind.PARTNER_CONTACT,
        personal_columns=frozenset({"contact_name", "email", "phone"}),
    ),
    "staff": ExportedList(
        "Chargé·es de mission",
        listing.STAFF,
        (
            ExportColumn("name", "Nom"),
            ExportColumn("organisation", "Structure"),
            ExportColumn("email", "Courriel"),
            ExportColumn("phone", "Téléphone"),
            ExportColumn("active", "Actif"),
        ),
        period=StaffMember.created_at,
        sort="name",
        people=PersonKind.STAFF,
    ),
}


class ListRows(Sequence):
    """The rows of ``ids`` in their order, read :data:`PAGE` at a time as they are
    walked: 100,000 rows are never all in memory. People in opposition or restriction
    are left out (or, on a row that is not a person, their data)."""

    def __init__(self, exported: ExportedList, ids: Sequence[str], columns: Sequence[ExportColumn]):
        self.exported = exported
        self.columns = tuple(columns)
        # The RGPD module decides who is kept out (restriction.py): the keys, read once.
        restricted = {key.hex for key in restricted_ids()} if exported.people else set()
        if exported.personal_columns:
            self.ids, self.hidden = list(ids), restricted
        else:
            self.ids, self.hidden = [key for key in ids if key not in restricted], set()

    def __len__(self) -> int:
        return len(self.ids)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        key = self.ids[index]
        return self._row(key, self.exported.listing.page([key])[key])

    def __iter__(self) -> Iterator[tuple]:
        for start in range(0, len(self.ids), PAGE):
            keys = self.ids[start : start + PAGE]
            page = self.exported.listing.page(keys)
            for key in keys:
                if key in page:  # deleted since the list was read: left out
                    yield self._row(key, page[key])

    def _row(self, key: str, row: dict) -> tuple:
        if key in self.hidden:
            return tuple(
                None if column.key in self.exported.personal_columns else column.value(row)
                for column in self.columns
            )
        return tuple(column.value(row) for column in self.columns)


def list_table(
    name: str,
    ids: Sequence[str],
    columns: Sequence[tuple[str, str]] | None = None,
) -> Table:
    """The table of list ``name`` for ``ids`` (hex keys, in order): its ``columns`` given
    as (key, heading) in the order shown, or all of them under their French headings."""
    exported = LISTS[name]
    if columns is None:
        chosen = exported.columns
        headings = [column.heading for column in chosen]
    else:
        chosen = tuple(exported.column(key) for key, _ in columns)
        headings = [heading for _, heading in columns]
    return Table(
        exported.title,
        tuple(Column(h, c.kind) for h, c in zip(headings, chosen, strict=True)),
        ListRows(exported, ids, chosen),
    )


def ids_in_period(name: str, start: dt.date | None = None, end: dt.date | None = None) -> list[str]:
    """Every record of list ``name`` whose date falls between ``start`` and ``end``
    (included; either may be open), in the list's default order: the command line's."""
    exported = LISTS[name]
    ordered = exported.listing.ids(ListFilter(), exported.sort, exported.descending)
    if start is None and end is None:
        return ordered
    field = exported.period
    if isinstance(field, TimestampField):  # an instant: the whole of each day, local time
        low = _instant(start or dt.date.min)
        high = _instant((end or dt.date.max - dt.timedelta(days=1)) + dt.timedelta(days=1))
        clause = (field >= low) & (field < high)
    else:
        clause = field.between(start or dt.date.min, end or dt.date.max)
    model = exported.listing.model
    keep = {key.hex for (key,) in model.select(model.id).where(clause).tuples()}
    return [key for key in ordered if key in keep]


def _instant(day: dt.date) -> dt.datetime:
    if day == dt.date.min:
        return dt.datetime(1, 1, 2, tzinfo=dt.UTC)
    return dt.datetime.combine(day, dt.time()).astimezone()
