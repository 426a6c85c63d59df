"""Erasing a person's data (RGPD art. 17): the identifying fields give way to a neutral
mention, the facts the Fabrique reports stay, and no copy of the old values is left in
the file.

It walks :data:`~.personal_map.PERSON_MAP`: the same rows and fields the export shows.
The store does the rest in the same transaction (:func:`~fabrique_desktop.store.scrub.
log_rewriting`: the change log keeps every entry, without the person's values), then
scrubs the file (free pages, full-text indexes, WAL).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from peewee import OperationalError, fn

from ...store import scrub
from ...store.history import is_server
from .. import french
from ..enums import HolderKind, PersonKind, ProjectStage
from ..models import (
    Decision,
    PersonalDataErasure,
    PersonalDataRequest,
    Project,
    StaffMember,
    database,
)
from ..services.base import current, storage_failure, transactional
from ..validation import refuse
from . import mentions as free_text
from .personal_map import CLASSIFICATION, FIELD_LABELS, MENTIONS, PERSON_MAP, Category, Reach
from .persons import Person

_OPEN_STAGES = (ProjectStage.RECRUITING, ProjectStage.SUPPORT)


@dataclass
class ErasurePlan:
    """What an erasure would do, for the confirmation: or why it is refused."""

    person: Person
    refusal: str | None = None
    #: (what, how many records, what happens to them), in French.
    items: list[tuple[str, int, str]] = field(default_factory=list)
    #: What the user must know before confirming (a role kept, backups…).
    notices: list[str] = field(default_factory=list)
    #: Other records whose free text names the person: redacted too.
    mentions: list[free_text.Mention] = field(default_factory=list)


def _next_number(kind: PersonKind) -> int:
    last = (
        PersonalDataErasure.select(fn.MAX(PersonalDataErasure.number))
        .where(PersonalDataErasure.person_kind == kind)
        .scalar()
    )
    return (last or 0) + 1


def _refusal(person: Person, actor: StaffMember | None) -> str | None:
    done = person.erasure()
    if done is not None:
        return (
            f"Les données de cette personne ont déjà été effacées (le {done.created_at:%d/%m/%Y})."
        )
    record = person.record
    if person.kind is PersonKind.HOLDER:
        if record.kind == HolderKind.ORGANISATION:
            return (
                "Ce porteur est une structure, pas une personne : le RGPD protège les "
                "personnes physiques. Modifiez sa fiche pour retirer un nom de contact."
            )
        carried = Project.get_or_none(
            (Project.selected_holder == record) & Project.stage.in_(_OPEN_STAGES)
        )
        if carried is not None:
            return (
                f"{person.name} porte le projet « {carried.title} », en cours "
                "d'accompagnement : déclarez l'entreprise créée ou abandonnez le projet "
                "avant d'effacer ses données."
            )
    if person.kind is PersonKind.PARTNER_CONTACT and not record.contact_name.strip():
        return f"L'acteur « {record.name} » n'a pas de contact nommé : rien à effacer."
    if person.kind is PersonKind.STAFF and actor is not None and actor.id == record.id:
        return (
            "Vous ne pouvez pas effacer vos propres données pendant que vous utilisez "
            "l'application sous ce nom : demandez-le à un·e collègue."
        )
    return None


def erasure_plan(person: Person, actor: StaffMember | None) -> ErasurePlan:
    """The list of what would go, or the French reason why erasure is refused."""
    plan = ErasurePlan(person, _refusal(person, actor))
    if plan.refusal:
        return plan
    for reach in PERSON_MAP[person.kind]:
        count = reach.model.select().where(reach.rows(person.id)).count()
        if not count:
            continue
        if reach.delete:
            plan.items.append((reach.label, count, "supprimés"))
        elif reach.erase:
            labels = ", ".join(FIELD_LABELS.get(f, f) for f in reach.erase)
            plan.items.append((reach.label, count, f"effacés : {labels}"))
        else:
            plan.items.append((reach.label, count, "conservés (faits sans donnée personnelle)"))
    mention = MENTIONS[person.kind].format(number=_next_number(person.kind))
    plan.mentions = free_text.mentions_of(person)
    if plan.mentions:
        plan.items.append(
            (
                "Mentions dans le texte d'autres fiches",
                len(plan.mentions),
                f"le nom et l'adresse remplacés par « {mention} »",
            )
        )
    if person.kind is PersonKind.STAFF:
        signed = Decision.select().where(Decision.author == person.record).count()
        if signed:
            plan.notices.append(
                f"{person.name} a signé {french.plural(signed, 'décision')} : "
                f"{'elle reste' if signed == 1 else 'elles restent'} au dossier, "
                f"{'attribuée' if signed == 1 else 'attribuées'} au rôle « {mention} » ; "
                "le nom et les coordonnées disparaissent."
            )
    plan.notices.append(
        f"La personne apparaîtra désormais comme « {mention} ». L'historique des fiches "
        "garde ses entrées, sans les valeurs effacées."
    )
    if is_server(database):
        plan.notices.append(SERVER_COPIES)
    return plan


#: What an erasure on a server cannot reach from the app: the server's own copies.
SERVER_COPIES = (
    "Sur un serveur, les anciennes versions des lignes restent dans ses fichiers tant que "
    "leur place n'est pas réutilisée (VACUUM la libère sans l'effacer ; VACUUM FULL "
    "réécrit les tables sans elles), et dans ses journaux (WAL) archivés et ses "
    "sauvegardes pg_dump jusqu'à leur rotation : prévenez son administrateur."
)


def erase_person(
    person: Person,
    actor: StaffMember | None,
    request: PersonalDataRequest | None = None,
    *,
    scrub_file: bool = True,
) -> PersonalDataErasure:
    """Erase ``person``'s data in one transaction and record that it was done.

    ``scrub_file`` off leaves the file scrubbing to the caller; the records and the
    change log are clean either way.
    """
    refusal = _refusal(person, actor)
    if refusal:
        raise refuse(refusal)
    if scrub_file:
        check_room()
    try:
        with scrub.log_rewriting(database) as log:
            erasure = _erase(person, actor, request, log)
    except OperationalError as error:
        raise refuse(_failure(error)) from error
    if scrub_file:
        _scrub_or_say(1)
    return erasure


#: What the user reads when the disk filled up during an erasure (rolled back).
FULL_DISK = (
    "L'effacement a échoué : le disque est plein. Rien n'a été modifié ; libérez de la "
    "place sur le disque du fichier, puis recommencez."
)


def check_room() -> None:
    """Refuse, before anything is written, an erasure the disk has no room to finish:
    scrubbing the file rewrites it whole (see :func:`~...store.scrub.room_missing`)."""
    missing = scrub.room_missing(database)
    if missing:
        megabytes = max(1, round(missing / 1024 / 1024))
        raise refuse(
            f"{FULL_DISK[:-1]} (il manque environ {megabytes} Mo pour réécrire le fichier "
            "sans aucune copie des données effacées)."
        )


def _failure(error: OperationalError) -> str:
    if scrub.disk_full(error):
        return FULL_DISK
    message = storage_failure(error)
    if message is None:
        raise error
    return message


def _scrub_or_say(erased: int) -> None:
    """Scrub the file; when the disk fills up meanwhile, say what is done and what is not
    (the records and the history are clean, committed; old copies may stay in free
    pages until the next scrub)."""
    try:
        scrub.scrub_file(database, erased_tables())
    except OperationalError as error:
        if not scrub.disk_full(error):
            raise
        raise refuse(
            f"{french.plural(erased, 'effacement enregistré', 'effacements enregistrés')} : "
            "les fiches et l'historique ne contiennent "
            "plus ces données, mais le fichier n'a pas pu être nettoyé car le disque est "
            "plein ; d'anciennes copies peuvent rester dans ses pages libres jusqu'au "
            "prochain effacement. Libérez de la place sur le disque."
        ) from error


def erased_tables() -> set[str]:
    """Every table an erasure may write to: their search indexes are rebuilt."""
    return {
        reach.model._meta.table_name
        for reaches in PERSON_MAP.values()
        for reach in reaches
        if reach.erases
    } | {model._meta.table_name for model in free_text.SEARCHED}


def _erase(person, actor, request, log: scrub.LogRewriter, mentions=None) -> PersonalDataErasure:
    """Erase ``person`` inside ``log``'s transaction. ``mentions``: the other records
    naming them, when a bulk erasure found them in its one pass (otherwise searched
    here)."""
    number = _next_number(person.kind)
    mention = MENTIONS[person.kind].format(number=number)
    # Searched before the person's own fields are blanked: their name is still known.
    needles = free_text.needles(person)
    if mentions is None:
        mentions = free_text.find_mentions([person]).get(person.id, [])
    for reach in PERSON_MAP[person.kind]:
        if reach.erases:
            _erase_reach(reach, person, mention, log)
    _redact_mentions(mentions, needles, mention, log)
    return PersonalDataErasure.create(
        person_kind=person.kind, person_id=person.id, number=number, staff=actor, request=request
    )


def _erase_reach(reach: Reach, person: Person, mention: str, log: scrub.LogRewriter) -> None:
    model = reach.model
    ids = [row.id for row in model.select(model.id).where(reach.rows(person.id))]
    if not ids:
        return
    if reach.delete:
        model.delete().where(model.id.in_(ids)).execute()
        columns = [f for f, c in CLASSIFICATION[model].items() if c is not Category.FACT]
        kept = {""}
    else:
        values = {getattr(model, f): (mention if f == reach.mention else "") for f in reach.erase}
        model.update(values).where(model.id.in_(ids)).execute()
        columns = [getattr(model, f).column_name for f in reach.erase]
        kept = {"", mention}
    log.erase_values(model._meta.table_name, [i.hex for i in ids], columns, kept)


def _redact_mentions(mentions, needles, mention: str, log: scrub.LogRewriter) -> None:
    """Replace the person's name and address in other records' free text, and in the
    history of those fields; the rest of each text stays."""
    fields: dict[tuple, set[str]] = {}
    for found in mentions:
        fields.setdefault((found.model, found.record_id), set()).add(found.field)
    for (model, key), names in fields.items():
        record = model.get_or_none(model.id == key)
        if record is None:
            continue
        values = {
            getattr(model, name): free_text.redact(getattr(record, name), needles, mention)
            for name in names
        }
        values = {f: v for f, v in values.items() if v != getattr(record, f.name)}
        if not values:
            continue  # a field the erasure blanked already
        model.update(values).where(model.id == key).execute()
        log.redact_values(
            model._meta.table_name,
            key.hex,
            [getattr(model, name).column_name for name in names],
            lambda text: free_text.redact(text, needles, mention),
        )


#: People erased in one transaction by a bulk erasure. Each transaction lifts and
#: reinstalls the change log's guard, a change of the schema that SQLite then re-reads
#: (≈ 270 tables, indexes and triggers) before the next statement: one per person made
#: that the larger part of a bulk erasure's time. A person is still erased whole or not
#: at all; killed, the process loses at most one batch, which stays intact.
BATCH = 50


def erase_people(
    people: Iterable[Person],
    actor: StaffMember | None,
    progress: Callable[[int, int], bool] | None = None,
    *,
    scrub_file: bool = True,
) -> tuple[int, list[str]]:
    """Erase several people (retention past), then scrub the file once.

    ``progress(done, total)`` is told after each person; it returns False or raises to
    stop, and the people already erased stay erased. Returns the count erased and the
    refusals. ``scrub_file`` off leaves :func:`scrub_after` to the caller (the window
    runs it on its own connection).
    """
    people = list(people)
    erased, refusals = 0, []
    check_room()
    named = free_text.find_mentions(people)  # one pass over every text, for them all
    done, stop = 0, None
    try:
        while done < len(people) and stop is None:
            batch = 0
            try:
                with scrub.log_rewriting(database) as log:
                    for person in people[done : done + BATCH]:
                        done += 1
                        refusal = _refusal(person, actor)
                        if refusal:
                            refusals.append(f"{person.name} : {refusal}")
                        else:
                            _erase(person, actor, None, log, named.get(person.id, []))
                            batch += 1
                        stop = _told(progress, done, len(people))
                        if stop is not None:
                            break  # what this batch erased is committed all the same
            except OperationalError as error:
                raise refuse(_failure(error)) from error
            erased += batch
        if isinstance(stop, BaseException):
            raise stop
    finally:
        # Stopped or not, what was erased leaves the file's free pages and WAL.
        if scrub_file:
            scrub_after(erased)
    return erased, refusals


def _told(progress, done: int, total: int) -> bool | BaseException | None:
    """What ``progress`` answered: None to go on, False or the exception it raised to
    stop."""
    if progress is None:
        return None
    try:
        return False if progress(done, total) is False else None
    except Exception as error:  # the window's « Annuler »: raised again once committed
        return error


def scrub_after(erased: int) -> None:
    """Scrub the file once after ``erased`` erasures (none: nothing to do)."""
    if erased:
        _scrub_or_say(erased)


def is_anonymised(record) -> bool:
    """Whether this holder, partner or staff member's data were erased."""
    return PersonalDataErasure.select().where(PersonalDataErasure.person_id == record.id).exists()


@transactional
def note_backups(
    erasure: PersonalDataErasure, until: dt.date | None, purged: bool
) -> PersonalDataErasure:
    """Record in the register how long backups keep the person, or that they were purged."""
    erasure = current(erasure)
    erasure.backups_until, erasure.backups_purged = until, purged
    erasure.save()
    return erasure
