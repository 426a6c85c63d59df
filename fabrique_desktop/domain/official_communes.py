"""The official list of French communes, EPCI and départements, shipped with the app.

Built from Etalab's « découpage administratif » by ``resources/reference/build_communes.py``
and read from the package (never fetched: offices work offline). The list is only read
when a screen needs it, then kept for the session.
"""

from __future__ import annotations

import functools
import gzip
import heapq
import json
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True)
class OfficialCommune:
    insee_code: str
    name: str
    department: str
    postal_codes: tuple[str, ...]
    population: int | None

    @property
    def postal_code(self) -> str:
        """The commune's main postal code (the first of the list), or an empty string."""
        return self.postal_codes[0] if self.postal_codes else ""


@dataclass(frozen=True)
class Area:
    """An intercommunalité (EPCI) or a département: a name and the communes it covers."""

    kind: str  # "epci" or "departement"
    code: str
    name: str
    members: tuple[str, ...]  # INSEE codes

    @property
    def label(self) -> str:
        if self.kind == "departement":
            return f"{self.name} ({self.code})"
        return self.name


@dataclass(frozen=True)
class OfficialList:
    source: str
    communes: dict[str, OfficialCommune]
    areas: tuple[Area, ...]

    def commune(self, insee_code: str) -> OfficialCommune | None:
        return self.communes.get(insee_code)

    def area(self, kind: str, code: str) -> Area | None:
        return next((a for a in self.areas if a.kind == kind and a.code == code), None)

    def find_communes(self, text: str, limit: int = 50) -> list[OfficialCommune]:
        """Communes whose name starts with, then contains, ``text`` (accents, case, hyphens
        ignored), or whose INSEE or postal code starts with it; the most populated first."""
        wanted = _key(text)
        if not wanted:
            return []
        starts, contains = [], []
        for commune in self.communes.values():
            name = _key(commune.name)
            if name.startswith(wanted) or commune.insee_code.startswith(wanted):
                starts.append(commune)
            elif wanted in name or any(p.startswith(wanted) for p in commune.postal_codes):
                contains.append(commune)
        by_size = lambda c: -(c.population or 0)  # noqa: E731
        return (sorted(starts, key=by_size) + sorted(contains, key=by_size))[:limit]

    def largest(self, departments: Iterable[str] = (), limit: int = 50) -> list[OfficialCommune]:
        """The most populated communes of ``departments`` (of France when none): what a
        picker offers before anything is typed."""
        wanted = set(departments)
        communes = [c for c in self.communes.values() if not wanted or c.department in wanted]
        return heapq.nsmallest(limit, communes, key=lambda c: -(c.population or 0))

    def department_of(self, postal_or_insee: str) -> str | None:
        """The département of a commune given by its postal or INSEE code."""
        commune = self.communes.get(postal_or_insee) or next(
            (c for c in self.communes.values() if postal_or_insee in c.postal_codes), None
        )
        return commune.department if commune is not None else None

    def find_areas(self, text: str) -> list[Area]:
        """EPCI and départements whose name or code contains ``text``."""
        wanted = _key(text)
        return [a for a in self.areas if wanted in _key(a.name) or a.code.startswith(wanted)]


def _key(text: str) -> str:
    """Names compared as people type them: « saint etienne » finds « Saint-Étienne »."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.replace("-", " ").replace("'", " ").replace("’", " ").split())


@functools.cache
def official_list() -> OfficialList:
    resource = resources.files("fabrique_desktop.resources") / "reference" / "communes.json.gz"
    data = json.loads(gzip.decompress(resource.read_bytes()))
    communes = {
        code: OfficialCommune(code, name, department, tuple(postal), population)
        for code, name, department, postal, population in data["communes"]
    }
    departments = {}
    for commune in communes.values():
        departments.setdefault(commune.department, []).append(commune.insee_code)
    areas = [Area("epci", code, name, tuple(members)) for code, name, members in data["epci"]]
    areas += [
        Area("departement", code, name, tuple(departments.get(code, ())))
        for code, name in data["departements"]
    ]
    return OfficialList(data["source"], communes, tuple(areas))
