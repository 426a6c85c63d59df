"""The Fabrique's identity kept in its file: name, structure, address, logo."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from fabrique_desktop.domain.models import FabriqueSetting
from fabrique_desktop.domain.services import settings
from fabrique_desktop.domain.validation import ValidationError


def picture(size=(1600, 400), kind="JPEG") -> bytes:
    output = io.BytesIO()
    Image.new("RGB", size, (200, 30, 60)).save(output, format=kind)
    return output.getvalue()


def test_identity_has_defaults_and_is_validated(db):
    assert settings.fabrique_settings() == {
        "fabrique_name": "Fabrique à initiatives",
        "territory_name": "",
        "operator_name": "",
        "address": "",
    }
    with pytest.raises(ValidationError) as refused:
        settings.update_settings({"fabrique_name": "", "address": "x" * 501})
    assert set(refused.value.errors) == {"fabrique_name", "address"}
    settings.update_settings({"fabrique_name": "Fabrique à initiatives d'Amiens Métropole"})
    settings.update_settings({"operator_name": "CRESS Hauts-de-France"})
    # A partial save keeps what it does not name.
    assert settings.fabrique_settings()["fabrique_name"] == (
        "Fabrique à initiatives d'Amiens Métropole"
    )
    assert settings.fabrique_settings()["operator_name"] == "CRESS Hauts-de-France"


def test_logo_is_kept_as_a_png_no_larger_than_a_cover_needs(db):
    assert settings.logo() is None
    png = settings.set_logo(picture())
    assert settings.logo() == png
    with Image.open(io.BytesIO(png)) as kept:
        assert kept.format == "PNG" and kept.size == (settings.LOGO_SIDE, 200)
    settings.remove_logo()
    assert settings.logo() is None


def test_what_is_not_a_picture_is_refused_and_the_logo_kept(db):
    png = settings.set_logo(picture(kind="PNG"))
    for data in (b"%PDF-1.7 not a picture", picture()[:200], b"\x00" * 10):
        with pytest.raises(ValidationError) as refused:
            settings.set_logo(data)
        assert refused.value.errors == {
            "logo": "Ce fichier n'est pas une image lisible : choisissez un logo PNG ou JPEG."
        }
    with pytest.raises(ValidationError):
        settings.set_logo(b"\x89PNG" + b"\x00" * settings.LOGO_MAX_BYTES)
    assert settings.logo() == png


def test_a_new_file_is_not_set_up_until_the_assistant_says_so(db):
    assert not settings.is_set_up()
    settings.mark_set_up()
    assert settings.is_set_up()
    assert FabriqueSetting.get_by_id(settings.SET_UP_KEY).value == "1"
