"""Register the TrueType fonts every dossier embeds (DejaVu Sans, free licence), and the
fallback fonts for the scripts DejaVu does not cover.

reportlab's built-in Helvetica silently prints black boxes for Ł, ễ, Ş, Č or the French
narrow no-break space; an embedded TTF prints every name the Fabrique meets. DejaVu Sans
covers Latin, Greek, Cyrillic, Arabic and Hebrew; Chinese, Japanese and Korean names
come from WenQuanYi Micro Hei, emoji and symbols (in black and white) from Symbola. Like
DejaVu, both are embedded as subsets: a PDF carries only the glyphs it prints.

Size budget: the fallback fonts weigh 8.3 MB on disk (5.2 + 3.2), 2.8 MB compressed in
the .deb; they are read only by a dossier that needs them (0.1 s for the CJK font).
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR, BOLD, ITALIC = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"
CJK, SYMBOLS = "WenQuanYiMicroHei", "Symbola"
#: In the order they are tried for a character DejaVu Sans lacks: (name, file, index in
#: a font collection).
FALLBACKS = ((CJK, "WenQuanYiMicroHei.ttc", 0), (SYMBOLS, "Symbola.ttf", 0))


def _register(name: str, filename: str, index: int = 0) -> None:
    folder = resources.files("fabrique_desktop.resources") / "fonts"
    with resources.as_file(folder / filename) as path:
        pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=index))


@cache
def register_fonts() -> str:
    """Register the family once per process; return its name for paragraph styles."""
    for name in (REGULAR, BOLD, ITALIC):
        _register(name, f"{name}.ttf")
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR


@cache
def covered(name: str) -> frozenset[int]:
    """The code points font ``name`` has a glyph for (a fallback is registered here, at
    the first text that needs it)."""
    if name == REGULAR:
        register_fonts()
    else:
        _register(*next(fallback for fallback in FALLBACKS if fallback[0] == name))
    return frozenset(pdfmetrics.getFont(name).face.charToGlyph)
