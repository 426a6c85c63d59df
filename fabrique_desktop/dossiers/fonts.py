"""Register the TrueType fonts every dossier embeds (DejaVu Sans, free licence).

reportlab's built-in Helvetica silently prints black boxes for Ł, ễ, Ş, Č or the French
narrow no-break space; an embedded TTF prints every name the Fabrique meets.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR, BOLD, ITALIC = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"


@cache
def register_fonts() -> str:
    """Register the family once per process; return its name for paragraph styles."""
    folder = resources.files("fabrique_desktop.resources") / "fonts"
    for name in (REGULAR, BOLD, ITALIC):
        with resources.as_file(folder / f"{name}.ttf") as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR
