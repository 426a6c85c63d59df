"""Scored grids: the opportunity study's criteria and the candidacy's qualification grid.

Both grids score each criterion from 0 to 5 with a comment; a grid is complete when
every criterion has a score, and only a complete grid lets a decision through.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..enums import LabelledEnum
from ..models import SCORE_MAX, BaseModel
from ..validation import Checker


def grid_field(criterion: LabelledEnum, part: str = "score") -> str:
    """The form field name of a criterion's score or comment: ``scores.motivation.score``."""
    return f"scores.{criterion.value}.{part}"


def check_grid(
    check: Checker, criteria: type[LabelledEnum], grid: Mapping[str, Mapping[str, Any]]
) -> dict[LabelledEnum, tuple[int | None, str]]:
    """Read each criterion's score and comment from ``grid`` (criterion code → values)."""
    cleaned = {}
    for criterion in criteria:
        entry = Checker(grid.get(criterion.value, {}))
        score = entry.score("score")
        comment = entry.text("comment", max_length=5000)
        for part, message in entry.errors.items():
            check.fail(grid_field(criterion, part), message)
        cleaned[criterion] = (score, comment)
    return cleaned


def save_grid(
    score_model: type[BaseModel],
    owner_field: str,
    owner: BaseModel,
    cleaned: Mapping[LabelledEnum, tuple[int | None, str]],
) -> None:
    """Write every criterion of the grid, inserting missing rows and updating the others."""
    existing = {
        row.criterion: row
        for row in score_model.select().where(getattr(score_model, owner_field) == owner)
    }
    for criterion, (score, comment) in cleaned.items():
        row = existing.get(criterion)
        if row is None:
            score_model.create(
                **{owner_field: owner}, criterion=criterion, score=score, comment=comment
            )
        elif (row.score, row.comment) != (score, comment):
            row.score, row.comment = score, comment
            row.save()


def missing_criteria(
    score_model: type[BaseModel], owner_field: str, owner: BaseModel, criteria: type[LabelledEnum]
) -> list[LabelledEnum]:
    """The criteria of ``owner``'s grid that have no score yet, in the grid's order."""
    scored = {
        row.criterion
        for row in score_model.select(score_model.criterion).where(
            (getattr(score_model, owner_field) == owner) & score_model.score.is_null(False)
        )
    }
    return [criterion for criterion in criteria if criterion not in scored]


def missing_message(missing: list[LabelledEnum]) -> str:
    names = ", ".join(criterion.label for criterion in missing)
    return f"La grille n'est pas complète : il manque la note de {names}."


@dataclass(frozen=True)
class GridTotal:
    """A grid's running total, as the form and the dossier both print it."""

    points: int
    maximum: int
    scored: int
    criteria: int


def grid_total(scores: Sequence[int | None]) -> GridTotal:
    """The total of a grid's scores (one per criterion, None when not scored yet)."""
    given = [int(score) for score in scores if score is not None]
    return GridTotal(sum(given), SCORE_MAX * len(scores), len(given), len(scores))
