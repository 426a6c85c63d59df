"""One folding rule for what is typed and what is indexed, in every list (issue 19, and
the « Search » part of issue 12)."""

import pytest

from fabrique_desktop.domain import listing
from fabrique_desktop.domain.enums import Organisation
from fabrique_desktop.domain.listing import ListFilter
from fabrique_desktop.domain.models import CommitteeKind
from fabrique_desktop.domain.services import committees, holders, needs, network
from fabrique_desktop.domain.text import SEARCH_LIMIT, fold, search_text

from ..factories import days_ago, need_values, person_values


@pytest.mark.parametrize(
    ("typed", "folded"),
    [
        ("Łucja", "lucja"),
        ("Ørsted", "orsted"),
        ("Cœur", "coeur"),
        ("ŒUVRE", "oeuvre"),
        ("Æsir", "aesir"),
        ("Straße", "strasse"),
        ("E\u0301picerie", "epicerie"),
        ("Épicerie", "epicerie"),
        ("Καφέ", "καφε"),
        ("ﬁnancement", "financement"),
        ("12\u00a0000 €", "12 000 €"),
    ],
)
def test_one_folding_rule(typed, folded):
    assert fold(typed) == folded


def test_search_box_text_is_capped_and_cleaned():
    assert len(search_text("épicerie " * 5000)) == SEARCH_LIMIT
    assert search_text("caf\ud800e\u0301") == "caf é"


def names(rows, *keys):
    return sorted(" ".join(row[key] for key in keys) for row in rows)


@pytest.mark.parametrize(
    ("first_name", "last_name", "typed"),
    [
        ("Łucja", "Kowalczyk", "lucja"),
        ("Hans Christian", "Ørsted", "orsted"),
        ("Jörg", "Straße", "strasse"),
        ("Νίκος", "Καζαντζάκης", "νικος καζαντζακης"),
        ("Νίκος", "Καζαντζάκης", "ΝΙΚΟΣ"),
        ("Hélène", "Dupont", "helene"),
        ("He\u0301le\u0300ne", "Martin", "hélène"),
    ],
)
def test_holders_are_found_without_their_special_letters(db, first_name, last_name, typed):
    holders.create_holder(person_values(first_name=first_name, last_name=last_name))
    holders.create_holder(person_values(first_name="Paul", last_name="Autre"))
    found = listing.holders(ListFilter(text=typed))
    assert names(found, "first_name", "last_name") == [f"{first_name} {last_name}"]


@pytest.mark.parametrize(
    ("title", "typed"),
    [
        ("Un cœur de village", "coeur"),
        ("Main-d’œuvre locale", "oeuvre"),
        ("Épicerie solidaire", "e\u0301picerie"),
        ("E\u0301picerie solidaire", "épicerie"),
    ],
)
def test_needs_are_found_by_folded_words(territory, title, typed):
    needs.create_need(need_values(territory, title=title))
    needs.create_need(need_values(territory, title="Garage associatif"))
    assert [row["title"] for row in listing.needs(ListFilter(text=typed))] == [title]
    assert len(listing.NEEDS.ids(ListFilter(text=typed))) == 1


def test_search_index_follows_edits_with_folded_text(territory):
    need = needs.create_need(need_values(territory, title="Cœur de quartier"))
    needs.update_need(need, need_values(territory, title="Straße solidaire"))
    assert listing.needs(ListFilter(text="coeur")) == []
    assert len(listing.needs(ListFilter(text="strasse"))) == 1
    needs.delete_need(need)
    assert listing.needs(ListFilter(text="strasse")) == []


@pytest.fixture
def staff_members(db):
    for name in ("Hélène Lefèvre", "Ryszard Łukasz", "Anne 50%_ok", "Bruno Bernard"):
        network.create_staff_member({"name": name, "organisation": Organisation.CRESS})


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("helene", ["Hélène Lefèvre"]),
        ("LEFEVRE hel", ["Hélène Lefèvre"]),
        ("lukasz", ["Ryszard Łukasz"]),
        ("%", ["Anne 50%_ok"]),
        ("_", ["Anne 50%_ok"]),
        ("b%d", []),
    ],
)
def test_staff_list_folds_and_takes_wildcards_literally(staff_members, typed, expected):
    assert sorted(row["name"] for row in listing.staff_members(ListFilter(text=typed))) == expected


@pytest.fixture
def meetings(db):
    kind = CommitteeKind.get(CommitteeKind.name == "Comité de pilotage")
    for place in ("Hôtel de ville d'Amiens", "Salle Œuvre commune", "Maison 100%"):
        committees.create_committee({"kind": kind.id, "meeting_on": days_ago(1), "place": place})


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("hotel", ["Hôtel de ville d'Amiens"]),
        ("oeuvre", ["Salle Œuvre commune"]),
        ("pilotage salle", ["Salle Œuvre commune"]),
        ("100%", ["Maison 100%"]),
        ("_", []),
    ],
)
def test_committee_list_folds_and_takes_wildcards_literally(meetings, typed, expected):
    assert sorted(row["place"] for row in listing.committees(ListFilter(text=typed))) == expected


@pytest.mark.parametrize(
    "rows", [listing.staff_members, listing.committees, listing.needs, listing.holders]
)
@pytest.mark.parametrize(
    "typed", ["a" * 100_000, "%z_ " * 20_000, "caf\ud800", "\udfffqq", "x\x00y"]
)
def test_pasted_or_broken_text_never_raises(staff_members, meetings, rows, typed):
    assert rows(ListFilter(text=typed)) == []


def test_records_indexed_before_folding_are_found_after_the_upgrade(tmp_path):
    """Migration 0009 refills the indexes with folded text: older records are found."""
    from fabrique_desktop.store import close_database, open_database, schema
    from fabrique_desktop.store.database import PRAGMAS, FabriqueDatabase

    path = tmp_path / "avant-0009.sqlite"
    before = FabriqueDatabase(str(path), pragmas=PRAGMAS)
    schema.runner(before).up(target="0008_search_prefixes")
    before.execute_sql("PRAGMA user_version = 8")
    # Written as that version wrote it: today's models may have columns 0009 lacks.
    stamp = "2026-01-05T10:00:00.000000Z"
    before.execute_sql(
        "INSERT INTO holder (id, created_at, updated_at, kind, first_name, last_name,"
        " organisation_name, siret, email, phone, address, recruitment_source, notes)"
        " VALUES (?, ?, ?, 'person', 'Łucja', 'Ørsted', '', '', '', '', '',"
        " 'call_for_holders', '')",
        ("1".zfill(32), stamp, stamp),
    )
    before.close()

    open_database(path)
    try:
        assert len(listing.holders(ListFilter(text="lucja orsted"))) == 1
        assert len(listing.holders(ListFilter(text="łucja"))) == 1
    finally:
        close_database()


def test_folding_removes_every_combining_mark_of_unicode():
    """The folding table stops at ``_MARKS_END``: a newer Unicode with marks past it
    would leave them in the search keys."""
    import unicodedata

    from fabrique_desktop.domain import text

    last = max(code for code in range(0x110000) if unicodedata.combining(chr(code)))
    assert last < text._MARKS_END
    assert text.fold("E\u0301picerie \U0001e94a Łucja") == "epicerie  lucja"
