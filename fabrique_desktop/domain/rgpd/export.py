"""What the file holds about one person (RGPD art. 15 and 20), gathered by walking the
same map as the erasure: every record reached, their attachments, their history."""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from dataclasses import dataclass, field
from typing import Any

from peewee import BlobField

from ..history import field_label, readable_value, record_history
from ..models import Attachment
from .mentions import mentions_of
from .personal_map import FIELD_LABELS, PERSON_MAP
from .persons import Person

#: Why the Fabrique holds the data, by kind of person: printed in the export.
PURPOSES = {
    "holder": (
        "Recruter et accompagner les porteurs de projet de la Fabrique à initiatives "
        "jusqu'à la création de leur entreprise, et rendre compte de l'activité aux "
        "financeurs (indicateurs anonymes)."
    ),
    "partner_contact": (
        "Travailler avec les acteurs du réseau de la Fabrique : inviter aux comités, "
        "associer aux besoins et aux projets."
    ),
    "staff": "Tenir le suivi des dossiers et savoir qui a décidé quoi (traçabilité).",
}
AUDIENCE = (
    "Les chargé·es de mission de la Fabrique à initiatives ; les membres des comités "
    "voient le nom, la structure et la commune des porteurs dans les dossiers de comité, "
    "jamais leurs coordonnées."
)


@dataclass
class Section:
    label: str
    table: str
    rows: list[dict[str, Any]] = field(default_factory=list)
    #: The same records for a reader: (the form's label, the value as the form shows
    #: it) for the fields about the person; keys and timestamps stay in ``rows``.
    shown: list[list[tuple[str, str]]] = field(default_factory=list)


@dataclass
class PersonalExport:
    person: Person
    made_on: dt.date
    sections: list[Section]
    attachments: list[Attachment]
    history: list[dict[str, Any]]

    def as_json(self) -> dict[str, Any]:
        return {
            "personne": {
                "type": self.person.kind.label,
                "identifiant": self.person.id.hex,
                "nom": self.person.name,
                "courriel": self.person.email,
            },
            "export_du": self.made_on.isoformat(),
            "finalite": PURPOSES[self.person.kind.value],
            "destinataires": AUDIENCE,
            "fiches": [
                {"rubrique": s.label, "table": s.table, "enregistrements": s.rows}
                for s in self.sections
            ],
            "pieces_jointes": [
                {"fichier": a.file_name, "type": a.media_type, "taille": a.size, "sha256": a.sha256}
                for a in self.attachments
            ],
            "historique": self.history,
        }


def _plain(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, enum.Enum):
        return getattr(value, "label", value.value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return value


def _row(record) -> dict[str, Any]:
    return {
        f.name: _plain(record.__data__.get(f.name))
        for f in record._meta.sorted_fields
        if not isinstance(f, BlobField)
    }


def _shown(record) -> list[tuple[str, str]]:
    return [
        (field_label(f.name), readable_value(f, f.db_value(record.__data__.get(f.name))))
        for f in record._meta.sorted_fields
        if f.name in FIELD_LABELS
    ]


def gather_export(person: Person, today: dt.date | None = None) -> PersonalExport:
    """Every record of the map that mentions ``person``, their files and their history."""
    sections, attachments, keys = [], [], []
    for reach in PERSON_MAP[person.kind]:
        records = list(reach.model.select().where(reach.rows(person.id)))
        if reach.model is Attachment:
            attachments.extend(records)
        if records:
            sections.append(
                Section(
                    reach.label,
                    reach.model._meta.table_name,
                    [_row(r) for r in records],
                    [_shown(r) for r in records],
                )
            )
            keys.extend(r.id for r in records)
    named = mentions_of(person)
    if named:
        sections.append(
            Section(
                "Mentions dans le texte d'autres fiches",
                "mentions",
                [m.as_row() for m in named],
                [
                    [(field_label(key), row[key]) for key in ("record", "field", "excerpt")]
                    for row in (m.as_row() for m in named)
                ],
            )
        )
    history = [
        {
            "le": entry.at.isoformat(),
            "par": entry.author,
            "action": entry.action,
            "enregistrement": key.hex,
            "changements": [
                {"champ": c.field, "avant": c.old, "apres": c.new} for c in entry.changes
            ],
        }
        for key in dict.fromkeys(keys)
        for entry in record_history(key)
    ]
    return PersonalExport(person, today or dt.date.today(), sections, attachments, history)
