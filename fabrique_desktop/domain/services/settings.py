"""The Fabrique's identity, kept in its file: its name heads every dossier and report; the
structure that runs it, its address and its logo print on the dossiers' cover."""

from __future__ import annotations

import base64
import io
from collections.abc import Mapping
from typing import Any

from peewee import EXCLUDED

from ...store.machine_config import machine_config
from ..models import FabriqueSetting
from ..validation import Checker, refuse
from .base import transactional

#: Each setting once: its key, its default, its maximum length.
SETTINGS = {
    "fabrique_name": ("Fabrique à initiatives", 200),
    "territory_name": ("", 200),
    "operator_name": ("", 200),
    "address": ("", 500),
}
#: The logo is kept as a PNG, at most this many pixels wide or high (a cover needs no more).
LOGO_SIDE = 800
#: A larger picture is refused before it is even decoded.
LOGO_MAX_BYTES = 5 * 1024 * 1024
LOGO_KEY = "logo_png"
#: Set once the set-up assistant has run (or was passed): a new file asks only once.
SET_UP_KEY = "set_up"


def fabrique_settings() -> dict[str, str]:
    """The file's settings; the workstation's configuration gives the Fabrique's name to a
    file that has none yet, and to every file when its users may not change it."""
    stored = {row.key: row.value for row in FabriqueSetting.select()}
    values = {key: stored.get(key, default) for key, (default, _) in SETTINGS.items()}
    machine = machine_config()
    if machine.fabrique_name and ("fabrique_name" not in stored or machine.name_is_fixed):
        values["fabrique_name"] = machine.fabrique_name
    return values


def _store(key: str, value: str) -> None:
    # An upsert, not REPLACE: the history then sees old → new (REPLACE deletes the
    # row without firing its delete trigger) and nothing at all for an unchanged value.
    FabriqueSetting.insert(key=key, value=value).on_conflict(
        conflict_target=[FabriqueSetting.key], update={FabriqueSetting.value: EXCLUDED.value}
    ).execute()


@transactional
def update_settings(values: Mapping[str, Any]) -> dict[str, str]:
    """Save the settings given in ``values``; the others keep their value."""
    check = Checker(values)
    cleaned = {
        key: check.text(key, max_length=length, required=key == "fabrique_name")
        for key, (_, length) in SETTINGS.items()
        if key in values
    }
    machine = machine_config()
    if machine.name_is_fixed and cleaned.get("fabrique_name", machine.fabrique_name) != (
        machine.fabrique_name
    ):
        check.fail(
            "fabrique_name",
            f"Le nom de la Fabrique est fixé pour ce poste par son administrateur : "
            f"« {machine.fabrique_name} ».",
        )
    check.raise_if_any()
    for key, value in cleaned.items():
        _store(key, value)
    return cleaned


def logo() -> bytes | None:
    """The Fabrique's logo as PNG bytes, or None when it has none."""
    row = FabriqueSetting.get_or_none(FabriqueSetting.key == LOGO_KEY)
    return base64.b64decode(row.value) if row else None


@transactional
def set_logo(data: bytes) -> bytes:
    """Keep a picture (PNG, JPEG…) as the logo, scaled down to :data:`LOGO_SIDE`, as PNG."""
    from PIL import Image, UnidentifiedImageError  # reportlab's own dependency

    if len(data) > LOGO_MAX_BYTES:
        raise refuse("Ce fichier est trop lourd pour un logo (5 Mo au plus).", "logo")
    try:
        with Image.open(io.BytesIO(data)) as picture:
            picture.load()
            picture.thumbnail((LOGO_SIDE, LOGO_SIDE))
            output = io.BytesIO()
            picture.convert("RGBA").save(output, format="PNG", optimize=True)
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        raise refuse(
            "Ce fichier n'est pas une image lisible : choisissez un logo PNG ou JPEG.", "logo"
        ) from None
    png = output.getvalue()
    _store(LOGO_KEY, base64.b64encode(png).decode("ascii"))
    return png


@transactional
def remove_logo() -> None:
    FabriqueSetting.delete().where(FabriqueSetting.key == LOGO_KEY).execute()


def is_set_up() -> bool:
    """Whether the set-up assistant has run on this file (or was passed)."""
    return FabriqueSetting.select().where(FabriqueSetting.key == SET_UP_KEY).exists()


@transactional
def mark_set_up() -> None:
    _store(SET_UP_KEY, "1")
