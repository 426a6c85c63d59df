"""The register of RGPD requests: deadlines of one month, extended by two with a reason."""

from __future__ import annotations

import datetime as dt

import pytest

from fabrique_desktop.domain.enums import RequestKind
from fabrique_desktop.domain.rgpd.persons import person_of
from fabrique_desktop.domain.rgpd.register import (
    add_months,
    answer_request,
    deadline,
    extend_request,
    open_requests,
    record_request,
)
from fabrique_desktop.domain.services.settings import fabrique_settings
from fabrique_desktop.domain.validation import ValidationError
from fabrique_desktop.dossiers.rgpd_letters import answer_letter, information_notice

from ..factories import days_ago


def test_month_arithmetic_keeps_to_the_end_of_short_months():
    assert add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert add_months(dt.date(2026, 11, 15), 3) == dt.date(2027, 2, 15)


def test_a_request_is_late_after_one_month_then_extended_with_a_reason(holder, staff):
    request = record_request(
        person_of(holder), {"kind": RequestKind.ACCESS, "received_on": days_ago(40)}, staff
    )
    assert deadline(request) == add_months(days_ago(40), 1)
    assert [(r.id, late) for r, _, late in open_requests()] == [(request.id, True)]
    with pytest.raises(ValidationError, match="pourquoi"):
        extend_request(request, 1, " ")
    with pytest.raises(ValidationError, match="deux mois au plus"):
        extend_request(request, 3, "Demande complexe")
    request = extend_request(request, 2, "Nombreuses pièces à rassembler")
    assert open_requests() == []
    with pytest.raises(ValidationError, match="deux mois au plus"):
        extend_request(request, 1, "Encore")


def test_an_answered_request_leaves_today_and_prints_a_letter(holder, staff, tmp_path):
    request = record_request(
        person_of(holder), {"kind": RequestKind.ERASURE, "received_on": days_ago(25)}, staff
    )
    assert [late for _, _, late in open_requests()] == [False]  # due within a week
    with pytest.raises(ValidationError):
        answer_request(request, {"answered_on": days_ago(30), "action_taken": "Fait"})
    request = answer_request(
        request, {"answered_on": days_ago(0), "action_taken": "Vos données ont été effacées."}
    )
    assert open_requests() == []
    letter = answer_letter(request, fabrique_settings()).write(tmp_path / "reponse.pdf")
    assert letter.read_bytes().startswith(b"%PDF")
    notice = information_notice(fabrique_settings(), "deux ans").write(tmp_path / "mention.pdf")
    assert notice.stat().st_size > 1000


def test_a_request_from_the_future_is_refused(holder, staff):
    with pytest.raises(ValidationError) as refused:
        record_request(
            person_of(holder),
            {"kind": RequestKind.ACCESS, "received_on": dt.date.today() + dt.timedelta(days=2)},
            staff,
        )
    assert "futur" in refused.value.errors["received_on"]
