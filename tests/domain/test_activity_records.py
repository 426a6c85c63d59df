"""The records behind the activity figures: creativity sessions, the needs that came out
of them, post-creation follow-ups planned at 1 and 3 years, and the communes' areas."""

from __future__ import annotations

import datetime as dt

import pytest

from fabrique_desktop.domain.enums import EnterpriseHealth, LegalForm, NeedSource
from fabrique_desktop.domain.history import record_history
from fabrique_desktop.domain.models import CreativitySession, FollowUp, Need, Territory, database
from fabrique_desktop.domain.services import (
    follow_ups,
    needs,
    network,
    projects,
    sessions,
    territories,
)
from fabrique_desktop.domain.today import due_follow_ups
from fabrique_desktop.domain.validation import RECORD, ValidationError
from fabrique_desktop.store import history

from ..factories import TODAY, days_ago, decision, need_values, opened_project, retained_candidacy


def session_values(territory, **changes) -> dict:
    values = {
        "held_on": days_ago(10),
        "place": "Maison du Marais",
        "territory": territory.id,
        "participants": "24",
    }
    return values | changes


def test_a_session_is_validated_recorded_in_the_history_and_feeds_its_needs(territory, staff):
    history.set_actor(database, staff.id)
    with pytest.raises(ValidationError) as refused:
        sessions.create_session(
            session_values(territory, held_on=TODAY + dt.timedelta(days=2), participants="-3")
        )
    assert refused.value.errors == {
        "held_on": "Une séance se saisit une fois tenue : sa date ne peut pas être dans le futur.",
        "participants": "Le nombre doit être compris entre 0 et 100000.",
    }
    assert CreativitySession.select().count() == 0

    partner = network.create_partner({"name": "Centre social Étouvie", "kind": "ess_organisation"})
    session = sessions.create_session(session_values(territory, partners=[partner.id]))
    assert [p.partner.name for p in session.partner_links] == ["Centre social Étouvie"]
    assert [e.action for e in record_history(session.id)] == ["Création"]

    with pytest.raises(ValidationError) as wrong_source:
        needs.create_need(need_values(territory, session=session.id))
    assert "Séance de créativité" in wrong_source.value.errors["session"]
    need = needs.create_need(
        need_values(territory, source=NeedSource.CREATIVITY_SESSION, session=session.id)
    )
    # A form that does not show the session keeps the link.
    needs.update_need(
        need, need_values(territory, source=NeedSource.CREATIVITY_SESSION, title="Autre")
    )
    assert Need.get_by_id(need.id).session_id == session.id

    with pytest.raises(ValidationError) as used:
        sessions.delete_session(session)
    assert "1 besoin est issu de cette séance" in used.value.errors[RECORD]


@pytest.fixture
def created(need, staff, holder):
    project = opened_project(need, staff)
    retained_candidacy(project, holder, staff)
    projects.declare_enterprise_created(
        project,
        decision(
            5,
            enterprise_name="Le Panier du Marais",
            legal_form=LegalForm.SCIC,
            created_on=days_ago(20),
            jobs_fte="2",
        ),
        staff,
    )
    return project


def test_creation_plans_the_one_and_three_year_follow_ups_shown_when_due(created):
    planned = FollowUp.select().order_by(FollowUp.years)
    created_on = days_ago(20)
    one, three = (follow_ups.anniversary(created_on, years) for years in (1, 3))
    assert [(f.years, f.planned_on, f.health) for f in planned] == [
        (1, one, None),
        (3, three, None),
    ]
    assert [e.title for e in due_follow_ups(one)] == ["Suivi à 1 an — Le Panier du Marais"]
    assert due_follow_ups(one - dt.timedelta(days=1)) == []
    # A 29 February falls on the 28th in other years.
    assert follow_ups.anniversary(dt.date(2024, 2, 29), 1) == dt.date(2025, 2, 28)


def test_a_follow_up_is_validated_and_done_once_filled(created):
    first = FollowUp.get(FollowUp.years == 1)
    with pytest.raises(ValidationError) as refused:
        follow_ups.record_follow_up(first, {"observed_on": days_ago(40), "jobs_fte": "-1"})
    assert refused.value.errors == {
        "observed_on": "Un suivi ne peut pas précéder la création de l'entreprise.",
        "health": "Ce champ est obligatoire.",
        "jobs_fte": "Le nombre doit être compris entre 0 et 10000.",
    }
    follow_ups.record_follow_up(
        first, {"observed_on": days_ago(2), "health": EnterpriseHealth.ACTIVE, "jobs_fte": "3,5"}
    )
    done = FollowUp.get_by_id(first.id)
    assert (done.observed_on, done.health, done.jobs_fte) == (
        days_ago(2),
        EnterpriseHealth.ACTIVE,
        3.5,
    )
    assert due_follow_ups(first.planned_on) == []
    with pytest.raises(ValidationError) as planned:
        follow_ups.delete_follow_up(done)
    assert "prévu par la méthode" in planned.value.errors[RECORD]
    extra = follow_ups.add_follow_up(created, {"observed_on": days_ago(3), "health": "struggling"})
    follow_ups.delete_follow_up(extra)
    assert FollowUp.select().count() == 2


def test_follow_ups_only_for_a_created_enterprise(need, staff):
    project = opened_project(need, staff)
    with pytest.raises(ValidationError) as refused:
        follow_ups.add_follow_up(project, {"observed_on": days_ago(3), "health": "active"})
    assert "entreprise créée" in refused.value.errors[RECORD]


def test_commune_areas_are_set_and_kept_by_other_edits(territory):
    territories.mark_areas(territory, priority_area=True, rural_area=False)
    territories.update_territory(
        territory, {"name": "Amiens", "insee_code": "80021", "postal_code": "80000"}
    )
    kept = Territory.get_by_id(territory.id)
    assert (kept.priority_area, kept.rural_area) == (True, False)
