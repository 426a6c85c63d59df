"""A person named in other records' free text: listed before the erasure, exported,
redacted by it (in the records and their history), the rest of each text kept."""

from __future__ import annotations

import json

from fabrique_desktop.domain.models import Decision, Need
from fabrique_desktop.domain.rgpd.erasure import erase_person, erasure_plan
from fabrique_desktop.domain.rgpd.export import gather_export
from fabrique_desktop.domain.rgpd.mentions import redact
from fabrique_desktop.domain.rgpd.persons import person_of
from fabrique_desktop.domain.services import needs
from fabrique_desktop.store.integrity import integrity_problems

from ..factories import need_values
from ..rgpd_scenario import build
from .test_rgpd_erasure import _raw_files

FIRST = "Idée soufflée par Łucja KOWALCZYK au marché du dimanche."
SECOND = "Porteuse pressentie : kowalczyk, lucja (lucja.kowalczyk@exemple.fr)."
OTHERS = "Lucja Kowalczyk-Nowak (lucja.kowalczyk.nowak@exemple.fr) connaît le quartier."


def _name_her_elsewhere(need, scenario):
    need = Need.get_by_id(need.id)  # as its form reads it now, after the scenario's steps
    needs.update_need(need, need_values(need.territory, description=FIRST))
    needs.update_need(need, need_values(need.territory, description=f"{SECOND} {OTHERS}"))
    # A decision on the project itself (one on her candidacy is erased, not redacted),
    # the first taken: unordered, a server returns them in whatever order its index has.
    decided = (
        Decision.select()
        .where((Decision.project == scenario.project) & Decision.candidacy.is_null())
        .order_by(Decision.decided_on, Decision.id)
        .first()
    )
    # As the decision form would (the history triggers log it all the same).
    decided.notes = "Appeler LUCJA.KOWALCZYK@exemple.fr"
    decided.save()
    return decided


def test_the_confirmation_lists_other_records_naming_the_person(db, need, staff):
    scenario = build(db, need, staff)
    _name_her_elsewhere(need, scenario)

    plan = erasure_plan(person_of(scenario.holder), staff)

    assert sorted(m.where for m in plan.mentions) == ["Besoin — description", "Décision — notes"]
    assert any("kowalczyk, lucja" in m.excerpt for m in plan.mentions)
    assert ("Mentions dans le texte d'autres fiches", 2) in [i[:2] for i in plan.items]
    # The similar name is someone else: not listed for her, and she is not listed for them.
    other = erasure_plan(person_of(scenario.other), staff)
    assert [m.where for m in other.mentions] == ["Besoin — description"]


def test_the_export_includes_the_mentions(db, need, staff):
    scenario = build(db, need, staff)
    _name_her_elsewhere(need, scenario)

    exported = json.dumps(gather_export(person_of(scenario.holder)).as_json(), ensure_ascii=False)

    assert "lucja.kowalczyk@exemple.fr" in exported  # her own record
    assert "Mentions dans le texte d'autres fiches" in exported
    assert "Appeler LUCJA.KOWALCZYK@exemple.fr" in exported


def test_erasure_redacts_the_mentions_and_their_history(db, db_path, need, staff):
    scenario = build(db, need, staff)
    decided = _name_her_elsewhere(need, scenario)
    assert "marché du dimanche".encode() in _raw_files(db_path)

    erase_person(person_of(scenario.holder), staff)

    mention = "Porteur anonymisé n° 1"
    assert Need.get_by_id(need.id).description == (
        f"Porteuse pressentie : {mention} ({mention}). {OTHERS}"
    )
    assert Decision.get_by_id(decided.id).notes == f"Appeler {mention}"
    raw = _raw_files(db_path).replace(b"Kowalczyk-Nowak", b"").replace(b"kowalczyk.nowak@", b"")
    for secret in (b"KOWALCZYK", b"kowalczyk, lucja", b"lucja.kowalczyk@", b"LUCJA.KOWALCZYK@"):
        assert secret not in raw, secret
    # The rest of the old description stays in the history, without her name.
    assert "Idée soufflée par Porteur anonymisé n° 1 au marché".encode() in raw
    assert integrity_problems() == []


def test_redaction_keeps_accents_and_the_words_around():
    needles = [("lucja", "kowalczyk"), ("kowalczyk", "lucja")]
    assert redact("Vu Łucja Kowalczyk hier", needles, "X") == "Vu X hier"
    # « é » typed as « e » and a combining accent: the accent goes with the name.
    assert redact("Ke\u0301vin Roux\u0301 a appelé", [("kevin", "roux")], "X") == "X a appelé"
    assert redact("Łucja Kowalczyk-Nowak", needles, "X") == "Łucja Kowalczyk-Nowak"


def test_the_quick_sieve_lets_every_spelling_of_a_name_through(db, territory):
    from fabrique_desktop.domain.rgpd.mentions import find_mentions
    from fabrique_desktop.domain.services import holders

    from ..factories import person_values

    person = person_of(
        holders.create_holder(
            person_values(first_name="Jürgen", last_name="Łaßmann", email="jl@exemple.fr")
        )
    )
    for text in ("vu jurgen lassmann", "VU JÜRGEN ŁASSMANN", "Łaßmann, Ju\u0308rgen a appelé"):
        needs.create_need(need_values(territory, title=text[:40], description=text))
    needs.create_need(need_values(territory, description="Jürgen Łaßmann-Weber, un autre"))

    found = find_mentions([person])[person.id]

    assert sorted(m.excerpt for m in found if m.field == "description") == [
        "VU JÜRGEN ŁASSMANN",
        "vu jurgen lassmann",
        "Łaßmann, Ju\u0308rgen a appelé",
    ]
