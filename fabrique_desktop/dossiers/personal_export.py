"""A person's data written to a folder they can take away (RGPD art. 15 and 20): a
readable PDF, the same as JSON for a machine, and their attachments as files.

Every file is private to its owner (0600) and written atomically.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from ..domain import french
from ..domain.history import field_label
from ..domain.rgpd.export import AUDIENCE, PURPOSES, PersonalExport
from .fonts import BOLD, register_fonts
from .output import write_atomically
from .rgpd_letters import render_plain
from .text import para

_UNSAFE = re.compile(r"[^\w.\- ]+", re.UNICODE)


class PersonalDataReport:
    """The PDF of an export: who, why, for how long, who sees it, then every record."""

    pagesize = A4
    margin = 18 * mm
    accent = colors.HexColor("#1f4e79")
    rule = colors.HexColor("#9aa5b1")

    def __init__(
        self, export: PersonalExport, fabrique_name: str, retention: str, address: str = ""
    ):
        self.export = export
        # Who holds the data, as its settings name it; never an article glued to it
        # (« chez Fabrique à… »): the name stands alone, after a colon.
        self.fabrique_name = fabrique_name.strip() or "Fabrique à initiatives"
        self.address = address.strip()
        self.retention = retention
        self.font = register_fonts()
        self.styles = self.stylesheet()
        self.width = self.pagesize[0] - 2 * self.margin

    def stylesheet(self) -> dict[str, ParagraphStyle]:
        base = ParagraphStyle("base", fontName=self.font, fontSize=9.5, leading=12.5)
        return {
            "base": base,
            "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10),
            "title": ParagraphStyle(
                "title", parent=base, fontName=BOLD, fontSize=18, leading=23, spaceAfter=4 * mm
            ),
            "heading": ParagraphStyle(
                "heading",
                parent=base,
                fontName=BOLD,
                fontSize=12,
                leading=16,
                textColor=self.accent,
                spaceBefore=5 * mm,
                spaceAfter=2 * mm,
            ),
        }

    def build_story(self) -> list:
        e, s = self.export, self.styles
        story = [
            para("Vos données personnelles", s["title"]),
            para(f"Détenues par : {self.fabrique_name}", s["base"]),
            para(
                f"{e.person.name} — {e.person.kind.label}. Export du "
                f"{french.long_date(e.made_on)}.",
                s["base"],
            ),
            para("Pourquoi nous les détenons", s["heading"]),
            para(PURPOSES[e.person.kind.value], s["base"]),
            para("Combien de temps", s["heading"]),
            para(self.retention, s["base"]),
            para("Qui les voit", s["heading"]),
            para(AUDIENCE, s["base"]),
            para(
                "Vous pouvez demander leur rectification, leur effacement ou la limitation "
                "de leur usage, et vous opposer à leur traitement, en vous adressant à : "
                + ", ".join(part for part in (self.fabrique_name, self.address) if part)
                + ".",
                s["base"],
            ),
        ]
        for section in e.sections:
            heading = [para(f"{section.label} ({len(section.rows)})", s["heading"])]
            for fields in section.shown:
                # One record on one page (a milestone's dates beside its title), and a
                # heading on the page of its first record.
                story.append(
                    KeepTogether([*heading, self._record_table(fields), Spacer(1, 2 * mm)])
                )
                heading = []
        if e.attachments:
            story.append(para("Pièces jointes (fichiers joints à cet export)", s["heading"]))
            for a in e.attachments:
                story.append(para(f"{a.file_name} ({french.number(a.size)} octets)", s["base"]))
        story.append(para(f"Historique des modifications ({len(e.history)})", s["heading"]))
        for entry in e.history:
            changes = "; ".join(
                f"{field_label(c['champ'])} : {c['avant']} → {c['apres']}"
                for c in entry["changements"]
            )
            at = dt.datetime.fromisoformat(entry["le"]).astimezone()  # kept in UTC
            story.append(
                para(
                    f"{french.short_date(at)} à {at.hour} h {at.minute:02d} — "
                    f"{entry['action']} par {entry['par']} — {changes}",
                    s["small"],
                )
            )
        return story

    def _record_table(self, fields: list[tuple[str, str]]) -> Table:
        cells = [
            [para(label, self.styles["small"]), para(value, self.styles["small"])]
            for label, value in fields
        ]
        table = Table(cells, colWidths=(45 * mm, self.width - 45 * mm))
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.3, self.rule),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        return table

    def render(self) -> bytes:
        return render_plain(self.build_story(), "Données personnelles", self.pagesize, self.margin)


def write_export(
    export: PersonalExport, folder: Path, fabrique_name: str, retention: str, address: str = ""
) -> list[Path]:
    """Write the PDF, the JSON and the attachments into ``folder``; return the files."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    stem = f"donnees-personnelles-{export.person.id.hex[:8]}-{export.made_on:%Y-%m-%d}"
    written = [
        write_atomically(
            folder / f"{stem}.json",
            json.dumps(export.as_json(), ensure_ascii=False, indent=2).encode("utf-8"),
        ),
        write_atomically(
            folder / f"{stem}.pdf",
            PersonalDataReport(export, fabrique_name, retention, address).render(),
        ),
    ]
    if export.attachments:
        files = folder / f"{stem}-pieces-jointes"
        files.mkdir(exist_ok=True, mode=0o700)
        for number, attachment in enumerate(export.attachments, start=1):
            # The name came from a user: no folder part, no odd character.
            name = _UNSAFE.sub("_", Path(attachment.file_name).name) or "fichier"
            written.append(write_atomically(files / f"{number:02d}-{name}", attachment.content))
    for path in written:
        path.chmod(0o600)  # mkstemp already creates 0600; say it for every platform
    return written
