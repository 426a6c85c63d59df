"""One numbering per office: what happens when a file goes back in time, or is copied.

Each office numbers its changes 1, 2, 3…, and its partners remember the highest number
they hold. Restoring an old backup takes this file's numbering back: its next changes
would reuse numbers the partners already hold, and be ignored as duplicates (lost
edits). A copy of the file used on a second workstation does the same from the other
side: two files numbering different changes under one identity.

So every envoi carries a *fingerprint* of the last change it knows from each office
(number, instant, table, record: what no sharing rule, withholding or erasure alters),
and:

- a file restored by the application takes a new identity at its next exchange
  (``RENEW``, set by :func:`..backups.restore`); the changes it already sent keep their
  old numbers, which the partners hold: re-offered, they change nothing;
- a file that learns from a partner that its own numbering went elsewhere (the partner
  holds more of it than it has, or another change under the same number) takes a new
  identity too, renumbering its changes the partners may not hold, which then travel
  again; those the partners did hold are harmless duplicates;
- a partner receiving an envoi whose numbering contradicts what it holds refuses it,
  saying why, instead of merging two files into one numbering.

An envoi from a renewed file names its previous identities (``replaces``): the partner
carries its settings over and forgets what the old identity had acknowledged, so that
what the restored file lost is sent to it again.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from typing import Any

from . import journal
from .envoi import Envoi, EnvoiRefused
from .tables import ExchangeChange, ExchangeOffice, ExchangeTombstone

#: Set in a file restored from a backup: take a new identity at the next exchange.
RENEW = "renew_identity"
#: This file's earlier identities, JSON list, oldest first.
PREVIOUS = "previous_office_ids"
RESTORED, DIVERGED = "restored", "diverged"
_HEX = re.compile(r"[0-9a-f]{32}")
_FINGERPRINT = re.compile(r"[0-9a-f]{16}")

RENEWED_MESSAGES = {
    RESTORED: (
        "Ce fichier a été restauré d'une sauvegarde : il échange désormais sous une nouvelle "
        "identité de poste, pour que ses modifications faites depuis ne soient pas prises "
        "pour des doublons. Ce que les autres postes avaient déjà reçu de lui et qu'il a "
        "perdu lui reviendra avec leur prochain envoi."
    ),
    DIVERGED: (
        "Un autre poste détient, sous l'identité de ce fichier, des modifications qu'il n'a "
        "pas : le fichier a été restauré d'une sauvegarde hors de l'application, ou copié "
        "sur un autre poste. Il échange désormais sous une nouvelle identité et ses "
        "dernières modifications repartiront au prochain envoi. Si c'est une copie "
        "utilisée sur un second poste, donnez-lui un autre nom (Paramètres de la "
        "Fabrique → Postes)."
    ),
}


def fingerprint(seq: int, at: str, table: str, record_id: str) -> str:
    text = f"{seq}|{at}|{table}|{record_id}"
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def heads(knows: dict[str, int]) -> dict[str, str]:
    """The fingerprint of the last change held from each office of ``knows``."""
    result = {}
    for origin, seq in knows.items():
        result[origin] = _held_fingerprint(origin, seq) or ""
    return result


def _held_fingerprint(origin: str, seq: int) -> str | None:
    row = (
        ExchangeChange.select(
            ExchangeChange.seq,
            ExchangeChange.at,
            ExchangeChange.table_name,
            ExchangeChange.record_id,
        )
        .where((ExchangeChange.origin == origin) & (ExchangeChange.seq == seq))
        .tuples()
        .first()
    )
    return None if row is None else fingerprint(*row)


def previous_ids() -> list[str]:
    return json.loads(journal.setting(PREVIOUS) or "[]")


# -- checking an envoi before anything is written --------------------------------------


def check(envoi: Envoi, name: str) -> None:
    """Refuse an envoi whose numbering contradicts the changes held here."""
    manifest = envoi.manifest
    sent_heads = manifest.get("heads", {})
    replaces = manifest.get("replaces", [])
    if not (
        isinstance(sent_heads, dict)
        and all(_HEX.fullmatch(str(o)) and _is_print(p) for o, p in sent_heads.items())
        and isinstance(replaces, list)
        and all(isinstance(r, str) and _HEX.fullmatch(r) for r in replaces)
    ):
        raise EnvoiRefused(f"« {name} » a un manifeste illisible : il n'a pas été reçu.")
    me = journal.setting(journal.OFFICE)
    highest: dict[str, Any] = {}
    held = journal.known()
    if not held:
        return  # nothing held here that the envoi's numbering could contradict
    for change in envoi.changes:
        if change.origin != me and change.seq <= held.get(change.origin, 0):
            highest[change.origin] = change
    for origin, change in highest.items():
        mine = _held_fingerprint(origin, change.seq)
        theirs = fingerprint(change.seq, change.at, change.table, change.record_id)
        if mine is not None and mine != theirs:
            raise EnvoiRefused(_forked(name, envoi, origin))


def _is_print(value: Any) -> bool:
    return isinstance(value, str) and (value == "" or bool(_FINGERPRINT.fullmatch(value)))


def _forked(name: str, envoi: Envoi, origin: str) -> str:
    who = envoi.sender["name"]
    office = ExchangeOffice.get_or_none(ExchangeOffice.id == origin)
    named = f"« {office.name} »" if office is not None else "un autre poste"
    return (
        f"« {name} » vient d'un fichier qui numérote ses modifications comme {named} "
        "sans avoir les mêmes : un fichier a sans doute été copié sur un second poste, "
        "ou restauré d'une sauvegarde hors de l'application. Rien n'a été reçu, pour ne "
        f"pas mêler deux fichiers en un. Sur le poste « {who} », recevez d'abord un envoi "
        "de ce poste-ci : le fichier y prendra une nouvelle identité, et son prochain envoi "
        "sera reçu ici sans rien perdre."
    )


# -- taking a new identity --------------------------------------------------------------


def renew_if_due(envoi: Envoi | None = None) -> str | None:
    """Take a new identity when this file was restored, or when ``envoi`` shows that
    its numbering went elsewhere; return why (``RESTORED``, ``DIVERGED``) or None.
    Runs inside the caller's transaction, before this file's edits are numbered."""
    me = journal.setting(journal.OFFICE)
    if me is None:
        return None
    if journal.setting(RENEW) is not None:
        _renew(me, journal.known().get(me, 0))
        return RESTORED
    if envoi is None:
        return None
    mine = journal.known().get(me, 0)
    acknowledged = envoi.manifest["knows"].get(me, 0)
    their_print = envoi.manifest.get("heads", {}).get(me)
    if acknowledged > mine or (
        acknowledged and their_print and their_print != _held_fingerprint(me, acknowledged)
    ):
        _renew(me, _common(me, mine))
        return DIVERGED
    return None


def _common(me: str, mine: int) -> int:
    """The changes of ``me`` every partner held, as this file last heard from them: the
    ones this file surely shares with them."""
    acknowledged = [
        json.loads(knows).get(me, 0)
        for (knows,) in ExchangeOffice.select(ExchangeOffice.knows).tuples()
    ]
    return min([mine, *acknowledged])


def _renew(old: str, common: int) -> None:
    """Number this office's changes after ``common`` anew under a new identity."""
    new = uuid.uuid4().hex
    moved = (ExchangeChange.origin == old) & (ExchangeChange.seq > common)
    for position, deps in (
        ExchangeChange.select(ExchangeChange.position, ExchangeChange.deps).where(moved).tuples()
    ):
        # Made after this office's first ``common`` changes, which keep their numbers.
        ExchangeChange.update(
            deps=json.dumps({**json.loads(deps), old: common}, sort_keys=True)
        ).where(ExchangeChange.position == position).execute()
    ExchangeChange.update(origin=new, seq=ExchangeChange.seq - common).where(moved).execute()
    ExchangeTombstone.update(origin=new, seq=ExchangeTombstone.seq - common).where(
        (ExchangeTombstone.origin == old) & (ExchangeTombstone.seq > common)
    ).execute()
    journal.renumber_versions(old, new, common)
    journal.put_setting(PREVIOUS, json.dumps([*previous_ids(), old]))
    journal.put_setting(journal.OFFICE, new)
    journal.delete_setting(RENEW)
