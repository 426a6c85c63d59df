"""User text made safe and legible for reportlab, whatever its script.

``Paragraph`` parses its text as markup: ``<b>gras`` raises, ``<img src="/etc/passwd"/>``
reads a local file. Every string typed by a user goes through :func:`markup` first:
markup characters are escaped, control characters dropped, line breaks kept.

reportlab lays text out left to right in typing order, one font at a time. So that every
name prints as staff read it on screen:

- Arabic and Hebrew are put in display order (the Unicode bidirectional algorithm, by
  python-bidi), Arabic letters joined first (arabic-reshaper, into the presentation
  forms DejaVu Sans has). Each line is reordered as a whole: a right-to-left paragraph
  long enough to wrap would read its lines in the wrong order (names and titles do not
  wrap).
- Characters DejaVu Sans lacks (Chinese, Japanese, Korean, emoji) are set in the
  fallback fonts of :mod:`.fonts`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi import get_display
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from .fonts import FALLBACKS, REGULAR, covered

# C0 and C1 control characters except tab and newline, lone surrogates, and the emoji
# variation selectors (no font has them; the character before them prints either way).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufe0e\ufe0f]")
_RIGHT_TO_LEFT = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
#: python-bidi reorders without mirroring: a pair reversed with its right-to-left text
#: comes out « )…( ». Only right-to-left reordering reverses a pair.
_REVERSED_PAIRS = [
    (
        re.compile(re.escape(close) + f"([^{re.escape(opening + close)}]*)" + re.escape(opening)),
        opening,
        close,
    )
    for opening, close in ("()", "[]", "{}", "«»", "‹›")
]
ELLIPSIS = "…"
_BREAKS = re.compile(r"[ \t\n]+")


def printable(text: str | None) -> str:
    """``text`` without control characters, each line in display order."""
    if not text:
        return ""
    cleaned = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\t", " "))
    if not _RIGHT_TO_LEFT.search(cleaned):
        return cleaned
    return "\n".join(_display_order(line) for line in cleaned.split("\n"))


def _display_order(line: str) -> str:
    if not _RIGHT_TO_LEFT.search(line):
        return line
    visual = get_display(arabic_reshaper.reshape(line))
    for pattern, opening, close in _REVERSED_PAIRS:
        visual = pattern.sub(lambda found, o=opening, c=close: f"{o}{found.group(1)}{c}", visual)
    return visual


def runs(text: str, font: str = REGULAR) -> list[tuple[str, str]]:
    """``text`` cut into (characters, font) runs: ``font`` wherever DejaVu Sans has the
    glyph, else the first fallback that has it."""
    if not text:
        return []
    base = covered(REGULAR)
    if all(ord(char) in base for char in text):  # nearly every text: one run
        return [(text, font)]
    pieces: list[tuple[str, str]] = []
    for char in text:
        chosen = font
        if ord(char) not in base:
            chosen = next((name for name, *_ in FALLBACKS if ord(char) in covered(name)), font)
        if pieces and pieces[-1][1] == chosen:
            pieces[-1] = (pieces[-1][0] + char, chosen)
        else:
            pieces.append((char, chosen))
    return pieces


def markup(text: str | None) -> str:
    """Literal text as reportlab markup: escaped, without control characters, in display
    order, fallback fonts where DejaVu Sans has no glyph."""
    lines = printable(text).split("\n")
    return "<br/>".join(
        "".join(
            escape(piece) if font == REGULAR else f'<font face="{font}">{escape(piece)}</font>'
            for piece, font in runs(line)
        )
        for line in lines
    )


def para(text: str | None, style) -> Paragraph:
    return Paragraph(markup(text), style)


# -- single lines drawn on the canvas (page header) --------------------------------------
def width(text: str, font: str, size: float) -> float:
    """The printed width of ``text`` (logical order), fallback fonts included."""
    return sum(stringWidth(piece, name, size) for piece, name in runs(printable(text), font))


@lru_cache(maxsize=16)  # the header is the same on every page
def wrap(text: str, room: float, font: str, size: float, max_lines: int = 2) -> tuple[str, ...]:
    """``text`` in at most ``max_lines`` lines of ``room`` points, cut between words; a
    text still too long ends its last line with « … », after a whole word."""
    words = _BREAKS.split(text.strip())  # not at no-break spaces (« 14 h 30 »)
    lines: list[str] = []
    while words and len(lines) < max_lines:
        count = 1
        while count < len(words) and width(" ".join(words[: count + 1]), font, size) <= room:
            count += 1
        line, words = " ".join(words[:count]), words[count:]
        if words and len(lines) == max_lines - 1:
            line = _elided(_BREAKS.split(line), room, font, size)
        lines.append(line if width(line, font, size) <= room else _cut(line, room, font, size))
    return tuple(lines)


def _elided(words: list[str], room: float, font: str, size: float) -> str:
    """The most words that fit in ``room`` with « … » after them."""
    while words:
        line = " ".join(words).rstrip(" —–-,;:") + ELLIPSIS
        if width(line, font, size) <= room:
            return line
        words = words[:-1]
    return ELLIPSIS


def _cut(word: str, room: float, font: str, size: float) -> str:
    """A single word wider than the room (the only cut inside a word): its start and « … »."""
    while word and width(word + ELLIPSIS, font, size) > room:
        word = word[:-1]
    return word + ELLIPSIS


def draw(canvas: Canvas, x: float, y: float, text: str, font: str, size: float, right=False):
    """Draw one line of user text at ``x`` (its right end with ``right``)."""
    pieces = runs(printable(text), font)
    if right:
        x -= sum(stringWidth(piece, name, size) for piece, name in pieces)
    for piece, name in pieces:
        canvas.setFont(name, size)
        canvas.drawString(x, y, piece)
        x += stringWidth(piece, name, size)
