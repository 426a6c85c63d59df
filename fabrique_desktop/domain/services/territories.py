"""The communes of the Fabrique's territory: imported from the official list or typed by
hand, renamed, retired, merged — never removed from under a record that names them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ..models import Holder, Need, Partner, Territory
from ..official_communes import OfficialCommune
from ..validation import Checker, refuse
from .base import current, is_taken, transactional, update_record

#: Who can name a commune, with the French words to say how many do.
USERS = (
    (Need, "besoin", "besoins"),
    (Holder, "porteur", "porteurs"),
    (Partner, "acteur du réseau", "acteurs du réseau"),
)


def home_departments() -> list[str]:
    """The départements the Fabrique works in, as the file tells: those of its communes,
    most used first, else that of the postal code in its address (settings)."""
    from ..official_communes import official_list
    from .settings import fabrique_settings

    official = official_list()
    counts: dict[str, int] = {}
    for (insee_code,) in Territory.select(Territory.insee_code).tuples():
        department = official.department_of(insee_code)
        if department is not None:
            counts[department] = counts.get(department, 0) + 1
    if counts:
        return sorted(counts, key=lambda d: -counts[d])
    postal = re.search(r"\b\d{5}\b", fabrique_settings()["address"])
    department = official.department_of(postal.group()) if postal else None
    return [department] if department else []


def _clean(values: Mapping[str, Any], record: Territory | None) -> dict:
    check = Checker(values)
    cleaned = {
        "name": check.text("name", max_length=120, required=True),
        "insee_code": check.text("insee_code", max_length=5, required=True).upper(),
        "postal_code": check.text("postal_code", max_length=5, required=True),
    }
    # Kept as they are when the caller does not say (an import, an older form).
    for area in ("priority_area", "rural_area"):
        if area in values:
            cleaned[area] = bool(values[area])
    # Corsica's INSEE codes start with 2A or 2B; every other one is five digits.
    if cleaned["insee_code"] and not re.fullmatch(r"\d{5}|2[AB]\d{3}", cleaned["insee_code"]):
        check.fail("insee_code", "Le code INSEE compte 5 caractères (exemple : 80021).")
    if cleaned["postal_code"] and not re.fullmatch(r"\d{5}", cleaned["postal_code"]):
        check.fail("postal_code", "Le code postal compte 5 chiffres.")
    if not check.has_error("insee_code") and is_taken(
        Territory.insee_code, cleaned["insee_code"], record
    ):
        check.fail("insee_code", "Une commune porte déjà ce code INSEE.")
    check.raise_if_any()
    if not check.has_error("insee_code") and record is None:
        # The département of a commune typed by hand follows from its INSEE code.
        code = cleaned["insee_code"]
        cleaned["department"] = code[:3] if code.startswith("97") else code[:2]
    return cleaned


@transactional
def create_territory(values: Mapping[str, Any]) -> Territory:
    """A commune typed by hand (one missing from the official list, or a new one)."""
    return Territory.create(**_clean(values, None))


@transactional
def update_territory(territory: Territory, values: Mapping[str, Any]) -> Territory:
    return update_record(territory, _clean(values, territory))


@dataclass(frozen=True)
class Imported:
    added: int
    already_there: int


@transactional
def import_communes(communes: Iterable[OfficialCommune]) -> Imported:
    """Add communes of the official list; those the file already has are left as they are
    (a retired one is brought back, since the user asked for it again)."""
    wanted = {c.insee_code: c for c in communes}
    existing = Territory.select().where(Territory.insee_code << list(wanted))
    known = set()
    for territory in existing:
        known.add(territory.insee_code)
        if not territory.active:
            update_record(territory, {"active": True})
    new = [c for code, c in wanted.items() if code not in known]
    for commune in new:
        Territory.create(
            name=commune.name,
            insee_code=commune.insee_code,
            postal_code=commune.postal_code,
            department=commune.department,
            population=commune.population,
        )
    return Imported(len(new), len(known))


def uses(territory: Territory) -> list[str]:
    """What names this commune, in French: « 3 besoins », « 1 porteur »… (empty if nothing)."""
    said = []
    for model, one, many in USERS:
        count = model.select().where(model.territory == territory).count()
        if count:
            said.append(f"{count} {one if count == 1 else many}")
    return said


@transactional
def retire_territory(territory: Territory) -> Territory:
    """Take the commune out of the pick lists; the records that name it keep it."""
    return update_record(current(territory), {"active": False})


@transactional
def mark_areas(territory: Territory, *, priority_area: bool, rural_area: bool) -> Territory:
    """Say whether the commune has a priority neighbourhood (QPV) or is a rural area:
    the figures of the Tableau de bord are broken down by these."""
    return update_record(
        current(territory), {"priority_area": priority_area, "rural_area": rural_area}
    )


@transactional
def reinstate_territory(territory: Territory) -> Territory:
    return update_record(current(territory), {"active": True})


@transactional
def merge_territories(merged: Territory, kept: Territory) -> Territory:
    """Point every record naming ``merged`` at ``kept``, then remove ``merged`` (two entries
    for one commune, or communes that merged into a « commune nouvelle »)."""
    merged, kept = current(merged), current(kept)
    if merged.id == kept.id:
        raise refuse("Choisissez deux communes différentes.")
    for model, _, _ in USERS:
        for record in model.select().where(model.territory == merged):
            # One save per record: the change history shows each record's new commune.
            update_record(record, {"territory": kept})
    merged.delete_instance()
    return kept


@transactional
def delete_territory(territory: Territory) -> None:
    """Remove a commune nothing names; one in use is refused, saying where it is used."""
    used = uses(territory)
    if used:
        raise refuse(
            f"La commune « {territory.name} » est utilisée ({', '.join(used)}) : "
            "elle ne peut pas être supprimée. Retirez-la de la liste, ou fusionnez-la "
            "avec une autre commune."
        )
    current(territory).delete_instance()
