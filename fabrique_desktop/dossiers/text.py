"""User text made safe for reportlab paragraphs.

``Paragraph`` parses its text as markup: ``<b>gras`` raises, ``<img src="/etc/passwd"/>``
reads a local file. Every string typed by a user goes through :func:`markup` first:
markup characters are escaped, control characters dropped, line breaks kept.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.platypus import Paragraph

# C0 and C1 control characters except tab and newline, plus lone surrogates.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def markup(text: str | None) -> str:
    """Literal text as reportlab markup: escaped, without control characters."""
    if not text:
        return ""
    cleaned = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\t", " "))
    return escape(cleaned).replace("\n", "<br/>")


def para(text: str | None, style) -> Paragraph:
    return Paragraph(markup(text), style)
