"""The change history of a record in the domain's words: who, when, which field, old → new.

The store keeps raw column values; this module turns them into what a reader expects:
names instead of keys, labels instead of codes, French dates.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from peewee import DateField, ForeignKeyField
from playhouse.fields import EnumField

from . import french
from .models import ALL_MODELS, StaffMember, database

ACTIONS = {"INSERT": "Création", "UPDATE": "Modification", "DELETE": "Suppression"}

#: French names of the fields a form does not show under a caption of its own (the
#: stage a decision moved, the holder it retained…); forms' captions come first.
FIELD_LABELS = {
    "active": "Actif",
    "address": "Adresse",
    "attendance": "Présence",
    "closed_on": "Clos le",
    "committee": "Comité",
    "consent_basis": "Base légale (RGPD)",
    "consent_on": "Consentement recueilli le",
    "contact_name": "Contact",
    "convened": "Convoqué",
    "created_on": "Créée le",
    "decided_on": "Décidé le",
    "description": "Description",
    "detected_on": "Repéré le",
    "done_on": "Réalisé le",
    "email": "Courriel",
    "enterprise_name": "Nom de l'entreprise",
    "first_name": "Prénom",
    "holder": "Porteur",
    "jobs_fte": "Emplois (ETP)",
    "kind": "Type",
    "last_name": "Nom",
    "legal_form": "Forme juridique",
    "login": "Rôle sur le serveur",
    "meeting_on": "Date",
    "name": "Nom",
    "need": "Besoin",
    "notes": "Notes",
    "opened_on": "Ouvert le",
    "organisation_name": "Structure",
    "outcome": "Décision",
    "outcome_notes": "Notes de décision",
    "phone": "Téléphone",
    "place": "Lieu",
    "planned_on": "Prévu le",
    "position": "Rang",
    "project": "Projet",
    "purpose": "Objet",
    "received_on": "Reçue le",
    "recommendation": "Recommandation",
    "recommendation_text": "Motifs",
    "recruitment_source": "Recruté via",
    "reverses": "Décision annulée",
    "sector": "Secteur",
    "selected_holder": "Porteur retenu",
    "siret": "SIRET",
    "source": "Source",
    "source_detail": "Précision sur la source",
    "staff": "Suivi par",
    "stage": "Étape",
    "started_on": "Commencée le",
    "starts_at": "Heure",
    "status": "Statut",
    "target_public": "Public cible",
    "territory": "Commune",
    "title": "Titre",
    # What only a person's data export shows (RGPD): their attachments, grids, requests.
    "action_taken": "Suite donnée",
    "answered_on": "Répondu le",
    "comment": "Commentaire",
    "criterion": "Critère",
    "excerpt": "Extrait",
    "extended_months": "Prolongation (mois)",
    "extension_reason": "Motif de la prolongation",
    "field": "Champ",
    "file_name": "Fichier",
    "kept_reason": "Motif de la conservation prolongée",
    "kept_until": "Conservé jusqu'au",
    "media_type": "Format",
    "organisation": "Structure",
    "person_label": "Nom",
    "record": "Fiche",
    "restricted": "Opposition ou limitation",
    "restricted_on": "Opposition ou limitation depuis le",
    "restricted_reason": "Motif de l'opposition ou de la limitation",
    "score": "Note",
    "size": "Taille (octets)",
}


def field_label(name: str) -> str:
    """A field's name as the history shows it when no form caption names it."""
    return FIELD_LABELS.get(name, name.replace("_", " ").capitalize())


@dataclass(frozen=True)
class Change:
    """One row of ``change_log`` (written by the triggers of migration 0004)."""

    at: dt.datetime
    staff_id: str | None
    action: str  # INSERT, UPDATE or DELETE
    table: str
    record_id: str
    changes: dict[str, list]


def changes_of(record_id: Any) -> list[Change]:
    """The raw history of one record, oldest first."""
    key = getattr(record_id, "hex", str(record_id).replace("-", ""))
    rows = database.execute_sql(
        "SELECT at, staff_id, action, table_name, record_id, changes FROM change_log "
        f"WHERE record_id = {database.param} ORDER BY id",
        (key,),
    ).fetchall()
    return [
        Change(
            dt.datetime.strptime(at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.UTC),
            staff,
            action,
            table,
            record,
            json.loads(changes),
        )
        for at, staff, action, table, record, changes in rows
    ]


@dataclass(frozen=True)
class FieldChange:
    field: str  # the model's field name, e.g. "territory"
    old: str
    new: str


@dataclass(frozen=True)
class HistoryEntry:
    at: dt.datetime
    author: str
    action: str
    changes: list[FieldChange]


def record_history(record_id: Any) -> list[HistoryEntry]:
    """Every change of one record, oldest first, ready to read."""
    entries = changes_of(record_id)
    authors = {
        str(staff.id).replace("-", ""): staff.name
        for staff in StaffMember.select().where(
            StaffMember.id.in_([e.staff_id for e in entries if e.staff_id])
        )
    }
    models = {model._meta.table_name: model for model in ALL_MODELS}
    return [
        HistoryEntry(
            entry.at,
            authors.get(entry.staff_id or "", "—"),
            ACTIONS[entry.action],
            [
                change
                for column, (old, new) in entry.changes.items()
                if (change := _field_change(models.get(entry.table), column, old, new)).old
                != change.new  # « — → — »: nothing a reader would see changed
            ],
        )
        for entry in entries
    ]


def _field_change(model, column: str, old: Any, new: Any) -> FieldChange:
    field = None
    if model is not None:
        field = next((f for f in model._meta.sorted_fields if f.column_name == column), None)
    name = field.name if field is not None else column
    return FieldChange(name, readable_value(field, old), readable_value(field, new))


def readable_value(field, value: Any) -> str:
    """A stored column value as a form shows it: a name for a key, a label for a code,
    a date jj/mm/aaaa, « oui »/« non », a French decimal."""
    if value is None or value == "":
        return "—"
    if isinstance(field, EnumField):
        try:
            return field.enum_class(value).label
        except ValueError:
            return str(value)
    if isinstance(field, ForeignKeyField):
        target = field.rel_model.get_or_none(field.rel_model.id == value)
        return str(target) if target is not None else "(supprimé)"
    if isinstance(field, DateField):
        try:
            return french.short_date(dt.date.fromisoformat(str(value)))
        except ValueError:
            return str(value)
    if getattr(field, "field_type", "") == "BOOL" and value in (0, 1):
        return "oui" if value else "non"
    if isinstance(value, float):
        return french.number(value, 0 if value.is_integer() else 1)
    return str(value)
