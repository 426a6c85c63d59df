"""Conflicts: a field both offices edited differently since they last exchanged, or a
received change this file's rules refused. Kept until a person decides; deciding is an
ordinary edit that saw both values, so it travels and settles the other side too."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from ...domain.models import database
from ...domain.validation import refuse
from .. import history
from . import journal, rules
from .tables import ExchangeChange, ExchangeConflict

FIELD, REFUSED = "field", "refused"


@dataclass(frozen=True)
class Conflict:
    id: int
    kind: str
    table: str
    record_id: str
    field: str
    mine: Any
    mine_staff_id: str | None
    mine_at: str | None
    theirs: Any
    theirs_office: str
    theirs_staff_id: str | None
    theirs_at: str
    message: str
    action: str = "UPDATE"  # of the change received

    def mine_side(self) -> str:
        return side(self.mine, self.mine_staff_id, self.mine_at)

    def theirs_side(self) -> str:
        return side(self.theirs, self.theirs_staff_id, self.theirs_at)


def local_time(at: str | None) -> str:
    """A stored UTC instant as this workstation shows the time (France's, with its
    summer time): « 29/11/2026 à 10:15 »."""
    if not at:
        return "—"
    return f"{dt.datetime.fromisoformat(at).astimezone():%d/%m/%Y à %H:%M}"


def side(value: Any, staff_id: str | None, at: str | None) -> str:
    """« « valeur » (Prénom Nom, 29/11/2026 à 10:15) »: one side of a conflict."""
    from ...domain.models import StaffMember

    staff = StaffMember.get_or_none(StaffMember.id == staff_id) if staff_id else None
    shown = "—" if value in (None, "") else str(value)
    return f"« {shown} » ({staff.name if staff else '—'}, {local_time(at)})"


def _conflict(row: ExchangeConflict) -> Conflict:
    change = ExchangeChange.get_or_none(
        (ExchangeChange.origin == row.theirs_origin) & (ExchangeChange.seq == row.theirs_seq)
    )
    return Conflict(
        row.id,
        row.kind,
        row.table_name,
        row.record_id,
        row.field,
        None if row.mine is None else json.loads(row.mine),
        row.mine_staff_id,
        row.mine_at,
        None if row.theirs is None else json.loads(row.theirs),
        row.theirs_origin,
        row.theirs_staff_id,
        row.theirs_at,
        row.message,
        change.action if change is not None else "UPDATE",
    )


def open_conflicts(table: str | None = None, record_id: str | None = None) -> list[Conflict]:
    """The conflicts still to decide, oldest first (of one record when named)."""
    if history.is_server(database):  # exchanges are between files: none on a server,
        return []  # whose roles may not even read the exchange's tables
    query = ExchangeConflict.select().where(ExchangeConflict.resolved_at.is_null())
    if table is not None:
        query = query.where(ExchangeConflict.table_name == table)
    if record_id is not None:
        query = query.where(ExchangeConflict.record_id == record_id)
    return [_conflict(row) for row in query.order_by(ExchangeConflict.id)]


def record(
    kind: str,
    change: journal.Change,
    field: str,
    mine: Any,
    mine_version: tuple[str, int] | None,
    theirs: Any,
    message: str,
) -> None:
    """Store a conflict; a newer value from the other side replaces the one still open."""
    mine_staff = mine_at = None
    if mine_version is not None:
        made = ExchangeChange.get_or_none(
            (ExchangeChange.origin == mine_version[0]) & (ExchangeChange.seq == mine_version[1])
        )
        if made is not None:
            mine_staff, mine_at = made.staff_id, made.at
    values = {
        "kind": kind,
        "table_name": change.table,
        "record_id": change.record_id,
        "field": field,
        "mine": json.dumps(mine, ensure_ascii=False),
        "mine_staff_id": mine_staff,
        "mine_at": mine_at,
        "theirs": json.dumps(theirs, ensure_ascii=False),
        "theirs_origin": change.origin,
        "theirs_seq": change.seq,
        "theirs_staff_id": change.staff_id,
        "theirs_at": change.at,
        "message": message,
        "detected_at": journal.now_text(),
    }
    still_open = _open_row(change.table, change.record_id, field) if kind == FIELD else None
    if still_open is not None:
        ExchangeConflict.update(values).where(ExchangeConflict.id == still_open[0]).execute()
    else:
        ExchangeConflict.insert(values).execute()


def _open_row(table: str, record_id: str, field: str) -> tuple[int, str, int] | None:
    """The open conflict of one field: its id and the change it came with. Hand-written
    SQL: asked for each field a received change sets."""
    param = database.param
    return database.execute_sql(
        'SELECT id, theirs_origin, theirs_seq FROM "exchange_conflict" '
        f"WHERE table_name = {param} AND record_id = {param} AND field = {param} "
        "AND resolved_at IS NULL",
        (table, record_id, field),
    ).fetchone()


def close_open(table: str, record_id: str, values: dict[str, Any], seen_by=None) -> None:
    """Close the open field conflicts that the new ``values`` decide.

    ``seen_by``, a received change, closes only what it was made knowing: the other
    office decided after seeing both values.
    """
    for field, value in values.items():
        row = _open_row(table, record_id, field)
        if row is None or (seen_by is not None and not seen_by.saw(row[1], row[2])):
            continue
        ExchangeConflict.update(
            resolved_at=journal.now_text(), resolution=json.dumps(value, ensure_ascii=False)
        ).where(ExchangeConflict.id == row[0]).execute()


def close_deleted(table: str, record_id: str) -> None:
    """The record is deleted for good: what was open about it is settled."""
    ExchangeConflict.update(resolved_at=journal.now_text(), resolution=json.dumps("deleted")).where(
        (ExchangeConflict.table_name == table)
        & (ExchangeConflict.record_id == record_id)
        & ExchangeConflict.resolved_at.is_null()
    ).execute()


def resolve(conflict_id: int, value: Any) -> None:
    """Decide a conflict: ``value`` (either side's or a new one) becomes the field's value.

    One transaction: the record is written (the history shows the decision), the
    decision is numbered as this office's change so that it reaches the other offices,
    and the conflict is closed. A refused change is closed without writing anything.
    """
    with database.atomic():
        row = ExchangeConflict.get_or_none(ExchangeConflict.id == conflict_id)
        if row is None or row.resolved_at is not None:
            raise refuse("Ce conflit a déjà été tranché.")
        if row.kind == REFUSED:
            ExchangeConflict.update(
                resolved_at=journal.now_text(), resolution=json.dumps(None)
            ).where(ExchangeConflict.id == row.id).execute()
            return
        error = rules.change_error(row.table_name, "UPDATE", row.record_id, {row.field: value})
        if error:
            raise refuse(f"Valeur refusée : {error}.")
        journal.capture()
        param = database.param
        database.execute_sql(
            f'UPDATE "{row.table_name}" SET "{row.field}" = {param} '
            f'WHERE "{rules.key_column(row.table_name)}" = {param}',
            (value, row.record_id),
        )
        journal.capture()
        # Keeping one's own value changes nothing in the record: the decision is still
        # numbered, so that the other office learns it saw both values.
        office = journal.own_office_id()
        seen = journal.known()
        latest = ExchangeChange.get_or_none(
            (ExchangeChange.origin == office) & (ExchangeChange.seq == seen.get(office, 0))
        )
        if (
            latest is None
            or latest.record_id != row.record_id
            or row.field not in json.loads(latest.changes)
        ):
            change = journal.number_own("UPDATE", row.table_name, row.record_id, {row.field: value})
            journal.set_version(row.table_name, row.record_id, row.field, office, change.seq)
        ExchangeConflict.update(
            resolved_at=journal.now_text(), resolution=json.dumps(value, ensure_ascii=False)
        ).where(ExchangeConflict.id == row.id).execute()


#: One record of each table, as a conflict names it.
RECORD_LABELS = {
    "territory": "Commune",
    "staff_member": "Chargé·e de mission",
    "partner": "Acteur du réseau",
    "committee_kind": "Type de comité",
    "need": "Besoin",
    "need_partner": "Lien besoin–partenaire",
    "opportunity_study": "Étude d'opportunité",
    "study_score": "Note d'étude",
    "holder": "Porteur",
    "project": "Projet",
    "milestone_template": "Modèle d'accompagnement",
    "milestone_template_step": "Étape de modèle",
    "milestone": "Jalon",
    "candidacy": "Candidature",
    "candidacy_score": "Note de candidature",
    "committee": "Comité",
    "committee_member": "Membre de comité",
    "agenda_item": "Point de l'ordre du jour",
    "decision": "Décision",
    "attachment": "Pièce jointe",
    "fabrique_setting": "Réglage de la Fabrique",
    "personal_data_request": "Demande RGPD",
    "personal_data_erasure": "Effacement RGPD",
    "personal_data_flag": "Marque RGPD",
}
_NAMES = ("title", "name", "organisation_name")


def record_name(conflict: Conflict, record: Any = None) -> str:
    """« Besoin « Épicerie solidaire » »: what a conflict is about, named from the
    received values when the record is not (or no longer) in this file."""
    if record is None:
        model = rules.MODELS.get(conflict.table)
        record = model.get_or_none(model._meta.primary_key == conflict.record_id)
    values = conflict.theirs if isinstance(conflict.theirs, dict) else {}
    if record is not None:
        name = str(record)
        if name == conflict.record_id or name == str(record._pk):
            # No name of its own (a decision, a score…): what kind it is.
            kind = getattr(record, "kind", None)
            name = getattr(kind, "label", "") or "sans nom"
    else:
        person = " ".join(filter(None, (values.get("first_name"), values.get("last_name"))))
        name = next((values[key] for key in _NAMES if values.get(key)), person or "absente ici")
    return f"{RECORD_LABELS.get(conflict.table, conflict.table)} « {name} »"


#: Where the home screen opens a conflict: the record's own list, or its parent's.
_SECTIONS = {
    "need": "needs",
    "opportunity_study": "studies",
    "project": "projects",
    "holder": "holders",
    "committee": "committees",
    "partner": "network",
    "staff_member": "network",
}
_PARENTS = (("project_id", "projects"), ("need_id", "needs"), ("committee_id", "committees"))


def home_entries(limit: int = 50) -> list:
    """The open conflicts as lines of « Aujourd'hui », each opening its record."""
    from ...domain.history import field_label
    from ...domain.today import Entry

    entries = []
    for conflict in open_conflicts()[:limit]:
        section, record_id = _SECTIONS.get(conflict.table), conflict.record_id
        model = rules.MODELS.get(conflict.table)
        record = model.get_or_none(model._meta.primary_key == conflict.record_id)
        if section is None and record is not None:
            for column, parent_section in _PARENTS:
                parent = getattr(record, column, None)
                if parent is not None:
                    section, record_id = parent_section, parent
                    break
        what = field_label(conflict.field) if conflict.kind == FIELD else conflict.message
        entries.append(
            Entry(
                section or "network",
                record_id,
                f"Conflit d'échange : {record_name(conflict, record)}",
                what,
                None,
            )
        )
    return entries
