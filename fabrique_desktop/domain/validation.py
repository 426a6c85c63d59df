"""Turn what a form gathered into clean values, or into French messages per field.

A service builds a :class:`Checker` over the submitted values, reads each field through
it, and calls :meth:`Checker.raise_if_any`: the UI shows ``ValidationError.errors`` next
to the fields and keeps what the user typed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any, TypeVar

from peewee import DoesNotExist, Model

from .enums import LabelledEnum
from .models import SCORE_MAX, SCORE_MIN

#: The key of a message about the record as a whole rather than one field.
RECORD = "__record__"

REQUIRED = "Ce champ est obligatoire."

E = TypeVar("E", bound=LabelledEnum)
M = TypeVar("M", bound=Model)

# Deliberately permissive (any letters, so « josé@exemple.fr » passes): one @, a dot in
# the domain, and none of the characters no mail system accepts there (spaces, angle
# brackets, quotes, brackets, commas…) except inside a quoted local part
# (« "jean dupont"@exemple.fr »). RFC 5322 in full accepts addresses no office mailer
# would, and refuses none that staff type.
_ATOM = r"[^\s@<>()\[\]\\,;:\"]+"
_QUOTED = r'"(?:[^"\\\r\n]|\\.)+"'
_EMAIL = re.compile(rf"^(?:{_ATOM}|{_QUOTED})@{_ATOM}\.[^\s@<>()\[\]\\,;:\".]{{2,}}$")
_FRENCH_PHONE = re.compile(r"^(?:(?:\+33|0033)0?|0)([1-9]\d{8})$")
_INTERNATIONAL_PHONE = re.compile(r"^\+[1-9]\d{6,14}$")
_PHONE_SEPARATORS = re.compile(r"[\s.\-()/]")
#: La Poste's establishments share one SIREN and use a different checksum.
_LA_POSTE_SIREN = "356000000"


class ValidationError(Exception):
    """Input refused; ``errors`` maps each field (or :data:`RECORD`) to a French message."""

    def __init__(self, errors: Mapping[str, str]):
        super().__init__("; ".join(f"{field}: {message}" for field, message in errors.items()))
        self.errors = dict(errors)


def refuse(message: str, field: str = RECORD) -> ValidationError:
    return ValidationError({field: message})


def luhn_valid(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def siret_error(siret: str) -> str | None:
    """The French message explaining why ``siret`` is wrong, or None when it is right."""
    if not re.fullmatch(r"\d{14}", siret):
        return "Le SIRET compte 14 chiffres (espaces permis)."
    if siret.startswith(_LA_POSTE_SIREN):
        valid = sum(int(c) for c in siret) % 5 == 0
    else:
        valid = luhn_valid(siret)
    return None if valid else "Ce SIRET n'existe pas : sa clé de contrôle est fausse."


def normalise_phone(raw: str) -> str | None:
    """The phone number in a canonical spaced form, or None when it is not a number.

    French numbers (``0X…``, ``+33 X…``, ``+33 (0)X…``) become ``0X XX XX XX XX``;
    other international numbers are kept as ``+`` and digits.
    """
    compact = _PHONE_SEPARATORS.sub("", raw)
    french = _FRENCH_PHONE.match(compact)
    if french:
        national = "0" + french.group(1)
        return " ".join(national[i : i + 2] for i in range(0, 10, 2))
    if compact.startswith(("+33", "0033")):
        return None
    if _INTERNATIONAL_PHONE.match(compact):
        return compact
    return None


def parse_date(value: Any) -> dt.date | None:
    """Accept a date, ``jj/mm/aaaa`` or ISO ``aaaa-mm-jj``; raise ValueError otherwise."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    for pattern in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValueError(text)


class Checker:
    """Reads fields from submitted values, collecting one French message per bad field."""

    def __init__(self, values: Mapping[str, Any]):
        self.values = values
        self.errors: dict[str, str] = {}

    def fail(self, field: str, message: str) -> None:
        self.errors.setdefault(field, message)

    def has_error(self, field: str) -> bool:
        return field in self.errors

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)

    def text(self, field: str, *, max_length: int, required: bool = False) -> str:
        value = self.values.get(field)
        text = "" if value is None else str(value).strip()
        if required and not text:
            self.fail(field, REQUIRED)
        elif len(text) > max_length:
            self.fail(field, f"{max_length} caractères au maximum ({len(text)} actuellement).")
        return text

    def email(self, field: str, *, required: bool = False) -> str:
        text = self.text(field, max_length=254, required=required)
        if text and not self.has_error(field) and not _EMAIL.match(text):
            self.fail(field, "Adresse e-mail invalide (exemple : prenom.nom@exemple.fr).")
        return text

    def phone(self, field: str, *, required: bool = False) -> str:
        text = self.text(field, max_length=30, required=required)
        if not text or self.has_error(field):
            return text
        normalised = normalise_phone(text)
        if normalised is None:
            self.fail(
                field,
                "Numéro de téléphone invalide (exemples : 03 22 12 34 56, +32 2 123 45 67).",
            )
            return text
        return normalised

    def siret(self, field: str, *, required: bool = False) -> str:
        text = re.sub(r"\s", "", self.text(field, max_length=20, required=required))
        if text and not self.has_error(field):
            message = siret_error(text)
            if message:
                self.fail(field, message)
        return text

    def date(self, field: str, *, required: bool = False) -> dt.date | None:
        try:
            value = parse_date(self.values.get(field))
        except ValueError:
            self.fail(field, "Date invalide : écrivez-la jj/mm/aaaa.")
            return None
        if value is None and required:
            self.fail(field, REQUIRED)
        return value

    def not_after(
        self, field: str, value: dt.date | None, limit: dt.date | None, message: str
    ) -> None:
        if value is not None and limit is not None and value > limit:
            self.fail(field, message)

    def choice(self, field: str, enum: type[E], *, required: bool = True) -> E | None:
        value = self.values.get(field)
        if value is None or value == "":
            if required:
                self.fail(field, REQUIRED)
            return None
        try:
            return enum(value)
        except ValueError:
            self.fail(field, "Choisissez une valeur de la liste.")
            return None

    def record(self, field: str, model: type[M], *, required: bool = True) -> M | None:
        value = self.values.get(field)
        if value is None or value == "":
            if required:
                self.fail(field, REQUIRED)
            return None
        if isinstance(value, model):
            return value
        try:
            return model.get_by_id(value)
        except (DoesNotExist, ValueError):
            self.fail(field, "Cet élément n'existe plus : choisissez-en un autre.")
            return None

    def number(
        self,
        field: str,
        *,
        minimum: float,
        maximum: float,
        required: bool = False,
        whole: bool = False,
    ) -> float | None:
        """A number typed the French way (« 2,5 », « 12 000 »); with ``whole``, an int
        (« 12,5 » refused: a count of days is not rounded behind the user's back)."""
        value = self.values.get(field)
        if value is None or value == "":
            if required:
                self.fail(field, REQUIRED)
            return None
        try:
            number = float(str(value).replace(",", ".").replace("\u202f", "").replace(" ", ""))
        except ValueError:
            self.fail(field, "Nombre invalide (exemple : 2,5).")
            return None
        if whole and not number.is_integer():
            self.fail(field, "Nombre entier attendu (exemple : 12).")
            return None
        if not minimum <= number <= maximum:
            self.fail(field, f"Le nombre doit être compris entre {minimum:g} et {maximum:g}.")
            return None
        return int(number) if whole else number

    def score(self, field: str) -> int | None:
        value = self.values.get(field)
        if value is None or value == "":
            return None
        try:
            score = int(value)
        except (TypeError, ValueError):
            score = -1
        if not SCORE_MIN <= score <= SCORE_MAX:
            self.fail(field, f"La note va de {SCORE_MIN} à {SCORE_MAX}.")
            return None
        return score
