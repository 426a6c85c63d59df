"""French ways of writing numbers and dates, for messages, the CLI and printed dossiers.

Kept free of locale settings: a workstation's locale must not change what a dossier says.
"""

from __future__ import annotations

import datetime as dt

NARROW_NBSP = "\u202f"

MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


def number(value: float, digits: int = 0) -> str:
    """``1234.5`` → ``1 234,5`` (narrow no-break space between thousands, comma for decimals)."""
    text = f"{value:,.{digits}f}"
    return text.replace(",", NARROW_NBSP).replace(".", ",")


def plural(count: int, singular: str, plural: str | None = None) -> str:
    """« 1 an », « 2 ans », « 0 fichier écrit »: the count and its words, singular
    below two as French has it; ``plural`` when adding an « s » is not the plural."""
    words = singular if abs(count) < 2 else (plural or f"{singular}s")
    return f"{number(count)} {words}"


def long_date(value: dt.date) -> str:
    """``2027-03-12`` → ``12 mars 2027``; the first of the month is written ``1er``."""
    day = "1er" if value.day == 1 else str(value.day)
    return f"{day} {MONTHS[value.month - 1]} {value.year}"


def short_date(value: dt.date) -> str:
    """``2027-03-12`` → ``12/03/2027``."""
    return value.strftime("%d/%m/%Y")
