"""Exchanging changes with another office by file, offline (issue 16).

``prepare`` writes an envoi with everything this file holds that the partner office has
not acknowledged; ``read`` checks an envoi without writing; ``preview`` says what
receiving it would do (applied in a transaction rolled back); ``receive`` makes a backup
then applies it in one transaction. See ``journal`` (numbered changes), ``merge``
(field-level merge), ``conflicts``, ``envoi`` (the file) and ``snapshot`` (a first envoi
as a database, for an office that has acknowledged nothing yet).

Built on the change history the triggers write rather than on SQLite's session
extension, so that the PostgreSQL server mode can keep it: see the README.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from peewee import DatabaseError

from ...domain import french
from ...domain.models import database
from .. import failures, history, schema
from . import identity, journal, offices, rules, snapshot, snapshot_check
from .conflicts import Conflict, open_conflicts, resolve
from .deletion import accept_deletion
from .deletion import offer as deletion_offer
from .envoi import (
    SUFFIX,
    Envoi,
    EnvoiRefused,
    change_error,
    read_envoi,
    write_envoi,
    write_snapshot_envoi,
)
from .merge import Outcome, apply_changes
from .offices import Office, own_identity, partners, set_sharing, update_identity

__all__ = [
    "Conflict",
    "EnvoiRefused",
    "Office",
    "Prepared",
    "Received",
    "accept_deletion",
    "deletion_offer",
    "describe_counts",
    "envoi_name",
    "open_conflicts",
    "own_identity",
    "partners",
    "prepare",
    "preview",
    "read",
    "receive",
    "resolve",
    "set_sharing",
    "update_identity",
]

Progress = Callable[[int, int], None]

TABLE_LABELS = {
    "territory": "communes",
    "staff_member": "chargé·es de mission",
    "partner": "acteurs du réseau",
    "committee_kind": "types de comité",
    "creativity_session": "séances de créativité",
    "session_partner": "liens séance–partenaire",
    "need": "besoins",
    "need_partner": "liens besoin–partenaire",
    "opportunity_study": "études d'opportunité",
    "study_score": "notes d'étude",
    "holder": "porteurs",
    "project": "projets",
    "milestone_template": "modèles d'accompagnement",
    "milestone_template_step": "étapes de modèle",
    "milestone": "jalons",
    "follow_up": "suivis post-création",
    "candidacy": "candidatures",
    "candidacy_score": "notes de candidature",
    "committee": "comités",
    "committee_member": "membres de comité",
    "agenda_item": "points de l'ordre du jour",
    "decision": "décisions",
    "attachment": "pièces jointes",
    "fabrique_setting": "réglages de la Fabrique",
    "personal_data_request": "demandes RGPD",
    "personal_data_erasure": "effacements RGPD",
    "personal_data_flag": "marques RGPD",
}


@dataclass
class Prepared:
    path: Path
    recipient: Office | None
    sharing: str
    changes: int
    attachments: int
    tables: dict[str, int]
    renewed: str | None = None

    def describe(self) -> str:
        to = f"pour « {self.recipient.name} »" if self.recipient else "pour un nouveau poste"
        what = describe_counts(self.tables) or "aucune modification"
        text = (
            f"Envoi {to} écrit dans « {self.path.name} » : {what}. "
            f"Partagé : {rules.SHARING[self.sharing].lower()}."
        )
        return _with_renewal(text, self.renewed)


@dataclass
class Received:
    sender: dict[str, str]
    since: str | None
    until: str | None
    outcome: Outcome
    conflicts: list[Conflict] = field(default_factory=list)
    renewed: str | None = None  # this file took a new identity (see ``identity``)
    sender_renewed: bool = False  # the sender did

    def describe(self) -> str:
        applied: dict[str, int] = {}
        for (table, _), count in self.outcome.applied.items():
            applied[table] = applied.get(table, 0) + count
        who = self.sender["name"] + (
            f" ({self.sender['structure']})" if self.sender.get("structure") else ""
        )
        period = ""
        if self.since:
            period = f", modifications du {_day(self.since)} au {_day(self.until)}"
        parts = [
            f"Envoi de {who}{period} : "
            + (
                describe_counts(applied)
                or (
                    "rien d'appliqué"
                    if self.outcome.conflicts or self.outcome.refused
                    else "rien de nouveau"
                )
            ),
        ]
        if self.outcome.already_known:
            parts.append(
                french.plural(
                    self.outcome.already_known,
                    "modification déjà reçue",
                    "modifications déjà reçues",
                )
            )
        if self.outcome.ignored_deleted:
            parts.append(
                french.plural(
                    self.outcome.ignored_deleted,
                    "modification d'une fiche supprimée, ignorée",
                    "modifications de fiches supprimées, ignorées",
                )
            )
        if self.outcome.conflicts or self.outcome.refused:
            parts.append(
                french.plural(self.outcome.conflicts + self.outcome.refused, "conflit")
                + " à trancher"
            )
        text = " ; ".join(parts) + "."
        if self.sender_renewed:
            text += (
                f" « {self.sender['name']} » échange désormais sous une nouvelle identité "
                "(fichier restauré d'une sauvegarde ou copié) : ce qu'il a perdu lui sera "
                "renvoyé avec le prochain envoi pour lui."
            )
        return _with_renewal(text, self.renewed)


def _with_renewal(text: str, renewed: str | None) -> str:
    return f"{text} {identity.RENEWED_MESSAGES[renewed]}" if renewed else text


def describe_counts(tables: dict[str, int]) -> str:
    return ", ".join(
        f"{count} {TABLE_LABELS.get(table, table)}"
        for table, count in sorted(
            tables.items(), key=lambda item: rules.TABLE_ORDER.index(item[0])
        )
        if count
    )


def _day(timestamp: str | None) -> str:
    return "" if not timestamp else dt.date.fromisoformat(timestamp[:10]).strftime("%d/%m/%Y")


def envoi_name(today: dt.date | None = None) -> str:
    """``NOM-DU-POSTE-AAAAMMJJ.fabrique-echange`` for this office."""
    name = own_identity().name or "poste"
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9]+", "-", ascii_name).strip("-").upper() or "POSTE"
    return f"{slug}-{(today or dt.date.today()):%Y%m%d}{SUFFIX}"


def prepare(
    output: Path, recipient: str | None = None, progress: Progress | None = None
) -> Prepared:
    """Write at ``output`` an envoi for the partner office named ``recipient`` (None:
    for an office not met yet, which then receives everything that may be shared)."""
    if not own_identity().name:
        raise EnvoiRefused(
            "Nommez d'abord ce poste (Paramètres de la Fabrique → Postes, ou "
            "« fabrique-desktop exchange office FICHIER NOM ») : chaque envoi dit de qui il vient."
        )
    office = offices.find_partner(recipient) if recipient else None
    sharing = office.sharing if office else own_identity().sharing
    acknowledged = offices.knows(office.id if office else None)
    whole = not acknowledged and not history.is_server(database)
    with database.atomic():
        renewed = identity.renew_if_due()
        me = journal.own_office_id()
        fabrique = offices.ensure_fabrique_id()
        journal.capture()
        knows = journal.known()
        manifest = {
            "application": "fabrique-desktop",
            "fabrique_id": fabrique,
            "sender": {
                "id": me,
                "name": own_identity().name,
                "structure": own_identity().structure,
            },
            "recipient": office.id if office else None,
            "schema_version": schema.latest_version(),
            "made_at": journal.now_text(),
            "knows": knows,
            "heads": identity.heads(knows),
            "replaces": identity.previous_ids(),
            "sharing": sharing,
        }
        if not whole:
            changes = list(_shared(acknowledged, sharing))
            attachments = _attachment_contents(changes)
            written = write_envoi(output, manifest, _counted(changes, progress), attachments)
    if whole:  # built from what was just committed, on a connection of its own
        written = _write_snapshot(Path(output), manifest, sharing, progress)
    with database.atomic():
        offices.sent(office.id if office else None)
    return Prepared(
        Path(output),
        office,
        sharing,
        written["counts"]["changes"],
        written["counts"]["attachments"],
        written["counts"]["tables"],
        renewed,
    )


def _write_snapshot(output: Path, manifest: dict, sharing: str, progress: Progress | None):
    """Write at ``output`` an envoi carrying a snapshot of this file (see ``snapshot``)."""
    try:
        with tempfile.TemporaryDirectory(prefix=".fabrique-instantane-", dir=output.parent) as tmp:
            part = Path(tmp) / snapshot.PART
            if progress is not None:
                progress(0, 1)
            tables = snapshot.build(Path(database.obj.database), part, sharing)
            counts = {
                "changes": tables.pop("exchange_change"),
                "attachments": tables.get("attachment", 0),
                "tables": {table: count for table, count in tables.items() if count},
            }
            return write_snapshot_envoi(output, {**manifest, "counts": counts}, part, progress)
    except (OSError, sqlite3.Error) as error:
        raise EnvoiRefused(
            f"L'envoi « {output.name} » n'a pas pu être écrit : {failures.cause(error, output)}. "
            "Aucun fichier d'envoi n'a été laissé."
        ) from error


def _counted(changes: list[journal.Change], progress: Progress | None):
    for index, change in enumerate(changes):
        if progress is not None and index % 1000 == 0:
            progress(index, len(changes))
        yield change


def _shared(acknowledged: dict[str, int], sharing: str):
    for change in journal.changes_after(acknowledged):
        values = rules.shared_change(sharing, change.table, change.record_id, change.changes)
        if values is None:
            # Not shared, but numbered: left out, the partner would take every later
            # change of its office for one already received.
            yield journal.Change(**{**change.__dict__, "action": rules.WITHHELD, "changes": {}})
        else:
            yield journal.Change(**{**change.__dict__, "changes": values})


def _attachment_contents(changes: list[journal.Change]) -> dict[str, bytes]:
    wanted = {
        change.record_id
        for change in changes
        if change.table == "attachment" and change.action == "INSERT"
    }
    if not wanted:
        return {}
    from ...domain.models import Attachment

    contents = {}
    for sha, content in (
        Attachment.select(Attachment.sha256, Attachment.content)
        .where(Attachment.id.in_(list(wanted)))
        .tuples()
    ):
        contents[sha] = bytes(content)
    return contents


def read(path: Path, progress: Progress | None = None) -> Envoi:
    """Check the envoi at ``path`` against this file, writing nothing."""
    envoi = read_envoi(path, schema.latest_version(), progress)
    name = Path(path).name
    me = journal.setting(journal.OFFICE)
    fabrique = offices.fabrique_id()
    if fabrique is not None and envoi.manifest["fabrique_id"] != fabrique:
        raise EnvoiRefused(
            f"« {name} » vient d'une autre Fabrique à initiatives : il ne peut pas être "
            "reçu dans ce fichier."
        )
    if envoi.sender["id"] == me:
        raise EnvoiRefused(f"« {name} » a été préparé sur ce poste-ci : rien à recevoir.")
    recipient = envoi.manifest["recipient"]
    if recipient is not None and recipient != me:
        raise EnvoiRefused(
            f"« {name} » est adressé à un autre poste que celui-ci : il n'a pas été reçu."
        )
    if envoi.snapshot is not None:
        snapshot_check.check(envoi.snapshot, name, schema.latest_version(), progress)
        envoi.changes = snapshot.Changes(
            envoi.snapshot, lambda change, number: change_error(change, number, name)
        )
    identity.check(envoi, name)
    return envoi


def _apply(envoi: Envoi, progress: Progress | None) -> Received:
    journal.own_office_id()
    if offices.fabrique_id() is None:
        journal.put_setting(journal.FABRIQUE, envoi.manifest["fabrique_id"])
    renewed = identity.renew_if_due(envoi)
    journal.capture()  # this office's edits are numbered before the others' arrive
    outcome = apply_changes(envoi.changes, envoi.attachments, progress)
    sender_renewed = offices.met(
        envoi.sender, envoi.manifest["knows"], envoi.manifest.get("replaces", [])
    )
    dates = [change.at for change in envoi.changes]
    return Received(
        envoi.sender,
        min(dates, default=None),
        max(dates, default=None),
        outcome,
        open_conflicts(),
        renewed,
        sender_renewed,
    )


def _takes_whole(envoi: Envoi) -> bool:
    return envoi.snapshot is not None and snapshot.takes_whole(envoi.snapshot)


def _foreseen(envoi: Envoi) -> Received:
    """What loading a snapshot into this empty file creates: it is all new here, so
    nothing can conflict, and counting is enough (nothing is applied to find out)."""
    created, first, last = snapshot.counts(envoi.snapshot)
    return Received(envoi.sender, first, last, Outcome(applied=created))


def _load(envoi: Envoi, progress: Progress | None) -> Received:
    """Take the snapshot whole, with the bookkeeping a received envoi leaves."""
    journal.own_office_id()
    if offices.fabrique_id() is None:
        journal.put_setting(journal.FABRIQUE, envoi.manifest["fabrique_id"])
    snapshot.load(envoi.snapshot, progress)
    journal.mark_captured()  # the history received is not this office's to number
    offices.met(envoi.sender, envoi.manifest["knows"], envoi.manifest.get("replaces", []))
    return _foreseen(envoi)


class _RolledBack(Exception):
    pass


def preview(envoi: Envoi, progress: Progress | None = None) -> Received:
    """What receiving ``envoi`` would do, computed then rolled back: nothing is kept."""
    if _takes_whole(envoi):
        return _foreseen(envoi)
    result: list[Received] = []
    try:
        with database.atomic():
            result.append(_apply(envoi, progress))
            raise _RolledBack
    except _RolledBack:
        pass
    return result[0]


def receive(envoi: Envoi, db_path: Path | None, progress: Progress | None = None) -> Received:
    """Apply ``envoi`` in one transaction, after a backup of the file (when ``db_path``)."""
    if db_path is not None:
        from ..backups import make_backup

        make_backup(database.obj, Path(db_path))
    try:
        if _takes_whole(envoi):
            # In the file's own journal mode: switching to a rollback journal for speed
            # (as ``store.bulk`` does) rewrites the file's header, and a refused load
            # must leave the file byte for byte as it was.
            with snapshot.attached(envoi.snapshot), database.atomic(), history.paused(database):
                return _load(envoi, progress)
        with database.atomic():
            return _apply(envoi, progress)
    except (DatabaseError, sqlite3.DatabaseError) as error:
        raise EnvoiRefused(
            f"L'envoi n'a pas pu être appliqué : {failures.cause(_first_cause(error))}. "
            "Le fichier n'a pas été modifié."
        ) from error


def _first_cause(error: BaseException) -> BaseException:
    """The error that stopped the transaction, not those met undoing it: on a full disk
    SQLite rolls the transaction back itself, and the rollback asked next fails too."""
    while isinstance(error.__context__, DatabaseError | sqlite3.DatabaseError):
        error = error.__context__
    return error
