"""List queries: search as staff type it, filters, and one query per list."""

import pytest

from fabrique_desktop.demo import build_demo
from fabrique_desktop.domain import listing
from fabrique_desktop.domain.enums import NeedStatus, Sector
from fabrique_desktop.domain.listing import ListFilter
from fabrique_desktop.domain.models import Need, Territory, database
from fabrique_desktop.domain.search import match_expression
from fabrique_desktop.domain.services import holders, needs
from fabrique_desktop.domain.text import french_sort_key

from ..factories import need_values, person_values
from ..plans import query_plans


def titles(rows):
    return sorted(row["title"] for row in rows)


def test_search_ignores_accents_and_case_and_matches_prefixes(territory):
    needs.create_need(need_values(territory, title="Épicerie sociale et solidaire"))
    needs.create_need(need_values(territory, title="Garage solidaire"))
    assert titles(listing.needs(ListFilter(text="epicerie"))) == ["Épicerie sociale et solidaire"]
    assert titles(listing.needs(ListFilter(text="SOLID"))) == [
        "Garage solidaire",
        "Épicerie sociale et solidaire",
    ]
    assert titles(listing.needs(ListFilter(text="garage solid"))) == ["Garage solidaire"]


def test_search_follows_edits_and_deletions(territory):
    need = needs.create_need(need_values(territory, title="Laverie solidaire"))
    needs.update_need(need, need_values(territory, title="Conciergerie de quartier"))
    assert listing.needs(ListFilter(text="laverie")) == []
    assert titles(listing.needs(ListFilter(text="concierg"))) == ["Conciergerie de quartier"]
    needs.delete_need(need)
    assert listing.needs(ListFilter(text="concierg")) == []


@pytest.mark.parametrize("typed", ["AND OR NOT", '"', "NEAR(a b)", "titre:x", "*", "-()"])
def test_search_operators_typed_by_users_are_harmless(territory, typed):
    needs.create_need(need_values(territory))
    assert isinstance(listing.needs(ListFilter(text=typed)), list)


def test_blank_search_is_no_filter():
    assert match_expression("  ,;  ") is None
    assert match_expression("Épicerie sol") == '"epicerie"* "sol"*'


def test_holders_are_found_by_any_name(db):
    holders.create_holder(person_values(first_name="Ayşe", last_name="Şahin"))
    holders.create_holder(person_values(first_name="Jiří", last_name="Dvořák"))
    found = listing.holders(ListFilter(text="sahin"))
    assert [(row["first_name"], row["last_name"]) for row in found] == [("Ayşe", "Şahin")]
    assert len(listing.holders(ListFilter(text="dvorak jiri"))) == 1


def test_records_indexed_before_the_prefix_indexes_are_still_found(tmp_path):
    """Migration 0008 rebuilds the search indexes with prefixes: nothing indexed is lost."""
    from fabrique_desktop.store import close_database, open_database, schema
    from fabrique_desktop.store.database import PRAGMAS, FabriqueDatabase

    path = tmp_path / "avant-0008.sqlite"
    before = FabriqueDatabase(str(path), pragmas=PRAGMAS)
    schema.runner(before).up(target="0007_home_screen_indexes")
    before.execute_sql("PRAGMA user_version = 7")
    database.initialize(before)
    # Written as that version wrote them: today's models have columns 0008 lacked.
    stamp, amiens, need = "2026-01-05T10:00:00.000000Z", "1".zfill(32), "2".zfill(32)
    before.execute_sql(
        "INSERT INTO territory (id, created_at, updated_at, name, insee_code, postal_code)"
        " VALUES (?, ?, ?, 'Amiens', '80021', '80000')",
        (amiens, stamp, stamp),
    )
    before.execute_sql(
        "INSERT INTO need (id, created_at, updated_at, title, description, territory_id,"
        " sector, source, source_detail, target_public, existing_offer, detected_on, status)"
        " VALUES (?, ?, ?, 'Recyclerie de Longueau', '', ?, 'food', 'residents', '',"
        " '', '', '2026-01-05', 'detected')",
        (need, stamp, stamp, amiens),
    )
    holders.create_holder(person_values())
    before.close()

    open_database(path)
    try:
        options = database.execute_sql(
            "SELECT sql FROM sqlite_master WHERE name = 'need_search'"
        ).fetchone()[0]
        assert "prefix='2 3'" in options
        assert titles(listing.needs(ListFilter(text="re"))) == ["Recyclerie de Longueau"]
        assert len(listing.NEEDS.ids(ListFilter(text="longu"))) == 1
        assert len(listing.holders(ListFilter(text="ko"))) == 1  # Kowalczyk
    finally:
        close_database()


@pytest.fixture
def demo(db):
    build_demo(scale=200)


def test_filters_combine(demo):
    amiens = Territory.get(Territory.name == "Amiens")
    rows = listing.needs(
        ListFilter(status=NeedStatus.IN_PROJECT, territory=amiens.id, sector=Sector.MOBILITY)
    )
    expected = (
        Need.select()
        .where(
            (Need.status == NeedStatus.IN_PROJECT)
            & (Need.territory == amiens)
            & (Need.sector == Sector.MOBILITY)
        )
        .count()
    )
    assert len(rows) == expected > 0
    assert {(r["status"], r["commune"], r["sector"]) for r in rows} == {
        (NeedStatus.IN_PROJECT, "Amiens", Sector.MOBILITY)
    }


@pytest.mark.sqlite_only
@pytest.mark.parametrize(
    "list_rows",
    [
        listing.needs,
        listing.studies,
        listing.projects,
        listing.holders,
        listing.committees,
        listing.partners,
        listing.staff_members,
    ],
)
def test_each_list_is_one_query(demo, list_rows):
    statements = []
    database.obj.connection().set_trace_callback(statements.append)
    try:
        rows = list_rows()
    finally:
        database.obj.connection().set_trace_callback(None)
    assert rows
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 1


def test_ids_from_the_need_table_alone_match_the_joined_list(demo):
    amiens = Territory.get(Territory.name == "Amiens")
    for criteria in (
        ListFilter(),
        ListFilter(text="solidaire", territory=amiens.id),
        ListFilter(status=NeedStatus.IN_PROJECT, sector=Sector.MOBILITY),
    ):
        rows = sorted(
            listing.NEEDS.rows(criteria), key=lambda r: (french_sort_key(r["title"]), r["id"].hex)
        )
        assert listing.NEEDS.ids(criteria, "title") == [r["id"].hex for r in rows]
        by_commune = listing.NEEDS.ids(criteria, "commune")  # needs the joined query
        assert sorted(by_commune) == sorted(r["id"].hex for r in rows)


@pytest.mark.parametrize(
    ("records", "sort"),
    [
        (listing.NEEDS, "commune"),
        (listing.STUDIES, "title"),
        (listing.PROJECTS, "holder"),
        (listing.HOLDERS, "name"),
        (listing.PARTNERS, "name"),
    ],
)
@pytest.mark.parametrize("typed", ["so", "solid", "amiens", "épi sol", "zz", "« ! »"])
def test_narrowing_the_ordered_ids_finds_what_the_database_search_finds(demo, records, sort, typed):
    everything = records.ordering(ListFilter(), sort)
    found = records.ids(ListFilter(text=typed), sort)
    searched = records.rows(ListFilter(text=typed))  # MATCH in SQL
    assert sorted(found) == sorted(row["id"].hex for row in searched)
    assert found == [key for key in everything.ids if key in set(found)]  # the list's order


#: Each list's filters (criterion → a value), as the filter boxes above the lists set them.
FILTERS = {
    "NEEDS": ("status", "territory", "sector", "staff"),
    "STUDIES": ("status", "territory", "sector", "staff"),
    "PROJECTS": ("status", "territory", "sector", "staff"),
    "HOLDERS": ("territory",),  # persons / organisations: half the table each, no index helps
    "PARTNERS": ("status", "territory"),
    "COMMITTEES": ("status",),
}


@pytest.mark.sqlite_only
@pytest.mark.parametrize(
    ("name", "criterion"), [(name, c) for name, criteria in FILTERS.items() for c in criteria]
)
def test_every_filter_reads_an_index_not_the_whole_table(demo, name, criterion):
    from fabrique_desktop.domain.models import CommitteeKind, StaffMember

    values = {
        "status": {
            "NEEDS": NeedStatus.STUDY,
            "STUDIES": "in_progress",
            "PROJECTS": "support",
            "PARTNERS": "funder",
            "COMMITTEES": CommitteeKind.select().first().id,
        }.get(name),
        "territory": Territory.get(Territory.name == "Amiens").id,
        "sector": Sector.MOBILITY,
        "staff": StaffMember.select().first().id,
    }
    records = getattr(listing, name)
    criteria = ListFilter(**{criterion: values[criterion]})
    plan = query_plans(lambda: records.ordering(criteria, next(iter(records.sort_keys))))
    assert plan and not [step for step in plan if step.startswith("SCAN")], plan


def test_lists_and_pick_lists_sort_in_french_alphabetical_order(territory):
    from fabrique_desktop.domain import choices

    for title in ("Tiers-lieu", "Épicerie", "epicerie bio", "Zoé", "Crêpe", "Crèche", "Creuse"):
        needs.create_need(need_values(territory, title=title))
    for first, last in (("Zoé", "Zyx"), ("Éric", "Durand"), ("adèle", "Martin"), ("Œlle", "X")):
        holders.create_holder(person_values(first_name=first, last_name=last))
    expected = ["Crèche", "Crêpe", "Creuse", "Épicerie", "epicerie bio", "Tiers-lieu", "Zoé"]
    ordered = listing.NEEDS.ids(ListFilter(), sort="title")
    by_id = {row["id"].hex: row["title"] for row in listing.needs()}
    assert [by_id[key] for key in ordered] == expected
    backwards = listing.NEEDS.ids(ListFilter(), sort="title", descending=True)
    assert [by_id[key] for key in backwards] == expected[::-1]
    names = [label for _, label in choices.holders()]
    assert [name.split()[0] for name in names] == ["adèle", "Éric", "Œlle", "Zoé"]


def test_agenda_subjects_that_look_alike_say_what_differs(territory):
    from fabrique_desktop.domain import choices
    from fabrique_desktop.domain.enums import AgendaPurpose
    from fabrique_desktop.domain.services import territories

    camon = territories.create_territory(
        {"name": "Camon", "insee_code": "80164", "postal_code": "80450"}
    )
    needs.create_need(need_values(territory, title="Laverie solidaire"))
    needs.create_need(need_values(camon, title="Laverie solidaire"))
    needs.create_need(need_values(camon, title="Garage solidaire"))
    field, offered = choices.agenda_subjects(AgendaPurpose.LAUNCH_STUDY)
    assert field == "need"
    assert [label for _, label in offered] == [
        "Garage solidaire",
        "Laverie solidaire — Amiens",
        "Laverie solidaire — Camon",
    ]
