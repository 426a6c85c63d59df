"""Opposition and restriction (RGPD art. 18 and 21): a person who objects to, or asked to
restrict, the use of their data is kept out of lists, committee dossiers and exports by
default.

**The one rule every listing and export follows** — whoever writes a new list, a new
export (XLSX, CSV…) or a new printed document:

- :func:`restricted_keys` is *the* answer to « who is in opposition or restriction? »:
  a query of the keys of every such holder, partner contact or staff member. Use it in
  SQL (``Holder.id.not_in(restricted_keys())``) to leave them out, or
  :func:`restricted_ids` for the same keys as a Python set;
- :func:`mask_restricted` replaces, in one row of values (a listing's row, an export's
  line), the personal fields of a restricted person by :data:`MASK`; the facts (a
  project, its commune, its dates) stay. A partner (an organisation) stays listed with
  its contact masked; a holder is left out of the holders list, unless the user ticks
  « Afficher les personnes en opposition ».

Setting and clearing the flag goes through :func:`set_restriction` and
:func:`clear_restriction`: each records its date and reason on the flag and adds a line
to the register of requests.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from typing import Any

from .. import french
from ..enums import PersonKind, RequestKind
from ..models import BaseModel, PersonalDataFlag, StaffMember
from ..services.base import transactional
from ..validation import Checker, refuse
from .personal_map import CLASSIFICATION, Category
from .persons import Person, is_person
from .register import note_done

#: What a restricted person's personal fields show in lists, dossiers and exports.
MASK = "Données masquées (opposition)"

#: The requests that set or clear the flag.
KINDS = (RequestKind.OPPOSITION, RequestKind.RESTRICTION)


def restricted_keys():
    """The keys of every person in opposition or restriction, as a subquery: the one
    source listings and exports use (``Model.id.not_in(restricted_keys())``)."""
    return PersonalDataFlag.select(PersonalDataFlag.person_id).where(
        PersonalDataFlag.restricted == True  # noqa: E712 (SQL, read through the index)
    )


def restricted_ids() -> frozenset[uuid.UUID]:
    """The same keys as :func:`restricted_keys`, read once (for an export walking rows)."""
    return frozenset(key for (key,) in restricted_keys().tuples())


def is_restricted(record: BaseModel) -> bool:
    return restricted_keys().where(PersonalDataFlag.person_id == record.id).exists()


def personal_fields(model: type[BaseModel]) -> tuple[str, ...]:
    """The fields of ``model`` that name, reach or describe a person (not facts)."""
    return tuple(f for f, c in CLASSIFICATION.get(model, {}).items() if c is not Category.FACT)


def mask_restricted(
    model: type[BaseModel], row: dict[str, Any], restricted: frozenset[uuid.UUID]
) -> dict[str, Any]:
    """``row`` (values by field name of a ``model`` record, with its ``id``) as a list or
    an export may show it: the personal fields masked when the record is a restricted
    person's. ``restricted`` comes from :func:`restricted_ids`, read once per export."""
    if row.get("id") not in restricted:
        return row
    fields = personal_fields(model)
    return {k: (MASK if k in fields and v not in (None, "") else v) for k, v in row.items()}


def restriction_of(person: Person) -> PersonalDataFlag | None:
    """The flag of ``person`` when they are in opposition or restriction."""
    return PersonalDataFlag.get_or_none(
        (PersonalDataFlag.person_id == person.id) & (PersonalDataFlag.restricted == True)  # noqa: E712
    )


def _checked(person: Person, values: Mapping[str, Any]) -> tuple[RequestKind, dt.date, str]:
    if not is_person(person.record):
        raise refuse("Seule une personne physique peut s'opposer au traitement de ses données.")
    if person.kind is PersonKind.STAFF:
        raise refuse(
            "Les données d'un·e chargé·e de mission servent au suivi des dossiers (qui a "
            "décidé quoi) : elles ne peuvent pas être écartées des listes. Voyez avec la "
            "structure qui l'emploie."
        )
    if person.erasure() is not None:
        raise refuse(
            "Les données de cette personne ont été effacées : il n'y a plus rien à limiter."
        )
    check = Checker(values)
    kind = check.choice("kind", RequestKind, required=True)
    on = check.date("on", required=True)
    reason = check.text("reason", max_length=2000, required=True)
    check.not_after("on", on, dt.date.today(), "La date ne peut pas être dans le futur.")
    if kind is not None and kind not in KINDS:
        check.fail("kind", "Choisissez « Opposition » ou « Limitation ».")
    check.raise_if_any()
    return kind, on, reason


def flag_of(person: Person) -> PersonalDataFlag:
    """The person's flag, created (unset) the first time it is needed."""
    flag = PersonalDataFlag.get_or_none(PersonalDataFlag.person_id == person.id)
    return flag or PersonalDataFlag.create(person_kind=person.kind, person_id=person.id)


@transactional
def set_restriction(
    person: Person, values: Mapping[str, Any], staff: StaffMember | None
) -> PersonalDataFlag:
    """Put ``person`` in opposition or restriction from ``values["on"]`` for
    ``values["reason"]`` (``values["kind"]``: opposition or limitation); the register
    gets the line."""
    kind, on, reason = _checked(person, values)
    flag = flag_of(person)
    if flag.restricted:
        raise refuse("Cette personne est déjà en opposition ou en limitation.")
    flag.restricted, flag.restricted_on, flag.restricted_reason = True, on, reason
    flag.save()
    note_done(
        person,
        kind,
        on,
        f"{kind.label} enregistrée : la personne n'apparaît plus dans les listes, les "
        f"dossiers de comité ni les exports. Motif : {reason}",
        staff,
    )
    return flag


@transactional
def clear_restriction(
    person: Person, values: Mapping[str, Any], staff: StaffMember | None
) -> PersonalDataFlag:
    """Lift the opposition or restriction of ``person`` (a date and a reason again)."""
    kind, on, reason = _checked(person, values)
    flag = restriction_of(person)
    if flag is None:
        raise refuse("Cette personne n'est pas en opposition ni en limitation.")
    if flag.restricted_on and on < flag.restricted_on:
        raise refuse("La levée ne peut pas précéder l'opposition ou la limitation.", "on")
    flag.restricted, flag.restricted_on, flag.restricted_reason = False, None, ""
    flag.save()
    note_done(person, kind, on, f"{kind.label} levée. Motif : {reason}", staff)
    return flag


def describe(person: Person) -> str:
    """« En opposition depuis le 12/11/2026 : ne souhaite plus être contactée. » or ""."""
    flag = restriction_of(person)
    if flag is None:
        return ""
    since = french.short_date(flag.restricted_on) if flag.restricted_on else "—"
    return f"En opposition ou limitation depuis le {since} : {flag.restricted_reason}"
