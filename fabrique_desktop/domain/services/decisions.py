"""Recording a dated decision: when, which committee, who recorded it, about what."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from ..enums import DecisionKind
from ..models import AgendaItem, Committee, Decision, StaffMember
from ..validation import Checker


def record_decision(
    kind: DecisionKind,
    values: Mapping[str, Any],
    author: StaffMember,
    *,
    checker: Checker | None = None,
    **subjects: Any,
) -> Decision | None:
    """Validate the decision fields of ``values`` and create the dated record.

    ``values`` holds ``decided_on`` (required, not in the future), ``committee`` and
    ``agenda_item`` (optional) and ``notes``. When ``checker`` is given its errors are
    shared with the caller's own fields and nothing is written while any remain, so the
    caller must call ``raise_if_any`` before using the result.
    """
    check = checker or Checker(values)
    decided_on = check.date("decided_on", required=True)
    check.not_after(
        "decided_on",
        decided_on,
        dt.date.today(),
        "Une décision ne peut pas être datée dans le futur.",
    )
    committee = check.record("committee", Committee, required=False)
    agenda_item = check.record("agenda_item", AgendaItem, required=False)
    notes = check.text("notes", max_length=5000)
    if committee is not None and decided_on is not None and committee.meeting_on > decided_on:
        check.fail("decided_on", "La décision ne peut pas précéder la réunion du comité.")
    if checker is None:
        check.raise_if_any()
    if check.errors:
        return None
    return Decision.create(
        kind=kind,
        decided_on=decided_on,
        committee=committee,
        agenda_item=agenda_item,
        author=author,
        notes=notes,
        **subjects,
    )
