"""Several offices' files open side by side in one test: each ``Desk`` is one office.

The models follow one database at a time; ``use()`` points them at this desk's file.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from fabrique_desktop.domain.models import (
    Decision,
    Holder,
    Need,
    StaffMember,
    Territory,
    database,
)
from fabrique_desktop.store import exchange, open_database
from fabrique_desktop.store.exchange import rules

#: Dates each file sets for itself (the defaults every new file is created with carry
#: their own file's creation date): the canonical dump leaves them out.
LOCAL = {"created_at", "updated_at"}


class Desk:
    def __init__(self, folder: Path, name: str):
        self.name = name
        self.path = folder / f"{name}.sqlite"
        self.db = open_database(self.path, create=True)
        self.sent = 0
        exchange.update_identity({"name": name, "structure": f"Structure {name}"})

    def use(self) -> Desk:
        database.initialize(self.db)
        return self

    def prepare(self, folder: Path, recipient: str | None = None) -> Path:
        self.use()
        self.sent += 1
        path = folder / f"{self.name}-{self.sent}{exchange.envoi.SUFFIX}"
        exchange.prepare(path, recipient)
        return path

    def receive(self, envoi: Path, backup: bool = False):
        self.use()
        return exchange.receive(exchange.read(envoi), self.path if backup else None)

    def close(self) -> None:
        self.db.close()


def dump(desk: Desk) -> dict[str, list]:
    """Every exchanged record of the desk's file, as comparable text."""
    desk.use()
    tables = {}
    for table in rules.TABLE_ORDER:
        names = [name for name in rules.columns(table) if name not in LOCAL and name != "content"]
        quoted = ", ".join(f'"{name}"' for name in names)
        rows = database.execute_sql(f'SELECT {quoted} FROM "{table}"').fetchall()
        if table == "fabrique_setting":
            rows = [row for row in rows if row[0] not in rules.LOCAL_SETTINGS]
        tables[table] = sorted(json.dumps(row, default=str) for row in rows)
    return tables


def first_records(desk: Desk) -> tuple[Territory, StaffMember]:
    desk.use()
    territory = Territory.create(name="Amiens", insee_code="80021", postal_code="80000")
    staff = StaffMember.create(
        name="Claire Vasseur", organisation="cress", organisation_other="", email="", phone=""
    )
    return territory, staff


def new_need(title: str, territory_id, **values) -> Need:
    return Need.create(
        title=title,
        territory=territory_id,
        sector="food",
        source="study",
        detected_on=dt.date(2026, 1, 5),
        **values,
    )


def new_decision(need_id, author_id, kind: str = "need_kept") -> Decision:
    return Decision.create(
        kind=kind, decided_on=dt.date(2026, 2, 1), author=author_id, need=need_id
    )


def new_holder() -> Holder:
    """A person with contact details, the values sharing and erasure must leave out."""
    return Holder.create(
        kind="person",
        first_name="Inès",
        last_name="Martin",
        organisation_name="",
        siret="",
        email="ines@exemple.fr",
        phone="06 12 34 56 78",
        address="1 rue Haute",
        recruitment_source="network",
        notes="",
    )


def two_offices(folder: Path, *titles: str) -> tuple[Desk, Desk, Territory, StaffMember, list]:
    """CRESS with a commune, a staff member and a need of each title, and GRIEP's new
    file, after a first exchange both ways."""
    cress = Desk(folder, "CRESS")
    territory, staff = first_records(cress)
    needs = [new_need(title, territory.id) for title in titles]
    griep = Desk(folder, "GRIEP")
    griep.receive(cress.prepare(folder))
    cress.receive(griep.prepare(folder, "CRESS"))
    return cress, griep, territory, staff, needs


def deleted_while_decided(folder: Path) -> tuple[Desk, Desk, str, str]:
    """CRESS deleted a need after a first exchange both ways; GRIEP, meanwhile,
    recorded a decision on it. Neither has sent since. Returns the need's and the
    decision's keys (hex)."""
    cress, griep, _, staff, [need] = two_offices(folder, "Épicerie solidaire")
    cress.use()
    Need.delete_by_id(need.id)
    griep.use()
    decision = new_decision(need.id, staff.id)
    return cress, griep, need.id.hex, decision.id.hex
