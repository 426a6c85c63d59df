"""The Fabrique's settings (its name and territory, printed on every dossier)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from peewee import EXCLUDED

from ..models import FabriqueSetting
from ..validation import Checker
from .base import transactional

#: Each setting once: its key, its default, its maximum length.
SETTINGS = {
    "fabrique_name": ("Fabrique à initiatives", 200),
    "territory_name": ("", 200),
}


def fabrique_settings() -> dict[str, str]:
    stored = {row.key: row.value for row in FabriqueSetting.select()}
    return {key: stored.get(key, default) for key, (default, _) in SETTINGS.items()}


@transactional
def update_settings(values: Mapping[str, Any]) -> dict[str, str]:
    check = Checker(values)
    cleaned = {
        key: check.text(key, max_length=length, required=key == "fabrique_name")
        for key, (_, length) in SETTINGS.items()
    }
    check.raise_if_any()
    for key, value in cleaned.items():
        # An upsert, not REPLACE: the history then sees old → new (REPLACE deletes the
        # row without firing its delete trigger) and nothing at all for an unchanged value.
        FabriqueSetting.insert(key=key, value=value).on_conflict(
            conflict_target=[FabriqueSetting.key], update={FabriqueSetting.value: EXCLUDED.value}
        ).execute()
    return cleaned
