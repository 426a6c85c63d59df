"""The committee dossier (and, with decisions filled in, the relevé de décisions).

A reportlab platypus document built from :class:`~.content.DossierData`: page geometry
as class attributes, every style in :meth:`CommitteeDossier.stylesheet`, the story from
:meth:`CommitteeDossier.build_story`, header and footer on every page with « Page X / Y ».
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from reportlab.graphics.shapes import Circle, Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Image,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from ..domain import french
from ..domain.models import Committee
from . import text as user_text
from .content import DossierData, Grid, ItemSheet, MilestoneLine, gather
from .fonts import BOLD, register_fonts
from .output import write_atomically
from .text import para

NNBSP = french.NARROW_NBSP
OUTCOMES = ("Favorable", "Défavorable", "Ajourné", "Pris acte")


class CommitteeDossier:
    pagesize = A4
    left_margin = right_margin = 18 * mm
    top_margin = 24 * mm
    bottom_margin = 20 * mm
    logo_height = 20 * mm
    accent = colors.HexColor("#1f4e79")
    late = colors.HexColor("#b3261e")
    done = colors.HexColor("#2e7d32")
    rule = colors.HexColor("#9aa5b1")
    shade = colors.HexColor("#eef2f6")
    #: Said at the foot of every page.
    footer_note = "Document confidentiel"

    def __init__(self, data: DossierData, minutes: bool = False):
        self.data = data
        self.minutes = minutes
        self.font = register_fonts()
        self.styles = self.stylesheet()
        self.width = self.pagesize[0] - self.left_margin - self.right_margin

    # -- styles ----------------------------------------------------------------------------
    def stylesheet(self) -> dict[str, ParagraphStyle]:
        base = ParagraphStyle("base", fontName=self.font, fontSize=9.5, leading=12.5)
        return {
            "base": base,
            "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10),
            "label": ParagraphStyle("label", parent=base, fontName=BOLD, fontSize=8.5),
            "cover_kicker": ParagraphStyle(
                "cover_kicker", parent=base, fontSize=12, leading=16, textColor=self.accent
            ),
            "identity_name": ParagraphStyle(
                "identity_name",
                parent=base,
                fontName=BOLD,
                fontSize=11,
                leading=14,
                textColor=self.accent,
            ),
            "identity": ParagraphStyle("identity", parent=base, fontSize=9.5, leading=12.5),
            "cover_title": ParagraphStyle(
                "cover_title",
                parent=base,
                fontName=BOLD,
                fontSize=22,
                leading=27,
                spaceAfter=2 * mm,
            ),
            "cover_line": ParagraphStyle("cover_line", parent=base, fontSize=11.5, leading=15),
            "people": ParagraphStyle("people", parent=base, spaceBefore=1.5 * mm),
            "h1": ParagraphStyle(
                "h1",
                parent=base,
                fontName=BOLD,
                fontSize=15,
                leading=19,
                spaceAfter=2 * mm,
                textColor=self.accent,
            ),
            "h2": ParagraphStyle(
                "h2", parent=base, fontName=BOLD, fontSize=12.5, leading=16, spaceAfter=3 * mm
            ),
            "h3": ParagraphStyle(
                "h3",
                parent=base,
                fontName=BOLD,
                fontSize=10.5,
                leading=14,
                spaceBefore=4 * mm,
                spaceAfter=1.5 * mm,
                textColor=self.accent,
            ),
            "cell_head": ParagraphStyle(
                "cell_head", parent=base, fontName=BOLD, fontSize=8.5, textColor=colors.white
            ),
            "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER),
            "late": ParagraphStyle("late", parent=base, textColor=self.late),
        }

    def table_style(self, header: bool = True) -> TableStyle:
        commands = [
            # Cells are paragraphs, but tables still select a font: make it an embedded one.
            ("FONTNAME", (0, 0), (-1, -1), self.font),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("GRID", (0, 0), (-1, -1), 0.4, self.rule),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ]
        if header:
            commands.append(("BACKGROUND", (0, 0), (-1, 0), self.accent))
        return TableStyle(commands)

    # -- story -----------------------------------------------------------------------------
    def title(self) -> str:
        return "Relevé de décisions" if self.minutes else "Dossier de comité"

    def meeting_line(self) -> str:
        line = f"{self.data.committee_kind} du {french.long_date(self.data.meeting_on)}"
        if self.data.starts_at is not None:
            line += f" à {self.data.starts_at.hour}{NNBSP}h{NNBSP}{self.data.starts_at:%M}"
        return line

    def build_story(self) -> list:
        story = self.cover()
        for sheet in self.data.items:
            story.append(PageBreak())
            story += self.item(sheet)
        return story

    def cover(self) -> list:
        """Identity beside the logo, title, meeting, members, then the agenda: compact
        enough for the agenda of a usual meeting (about fifteen points) to stay on it."""
        s, data = self.styles, self.data
        story = [
            self.identity(),
            Spacer(1, 8 * mm),
            para(self.title(), s["cover_title"]),
            para(self.meeting_line(), s["cover_line"]),
        ]
        if data.place:
            story.append(para(f"Lieu : {data.place}", s["cover_line"]))
        if self.minutes and data.attendance:
            story += [self.people(label, names) for label, names in data.attendance]
        elif data.members:
            story.append(self.people("Membres convoqués", data.members))
        story += [Spacer(1, 5 * mm), para("Ordre du jour", s["h1"]), self.agenda()]
        return story

    def people(self, label: str, names: list[str]) -> Paragraph:
        """« Label : name, name… » on one paragraph, the label in bold."""
        text = f'<font face="{BOLD}">{label} :</font> {user_text.markup(", ".join(names))}'
        return Paragraph(text, self.styles["people"])

    def identity(self):
        """The Fabrique's name, territory, operator and address, beside its logo."""
        s, data = self.styles, self.data
        lines = [para(data.fabrique_name, s["identity_name"])]
        if data.territory_name:
            lines.append(para(data.territory_name, s["identity"]))
        if data.operator_name:
            lines.append(para(f"Portée par {data.operator_name}", s["identity"]))
        if data.address:
            lines.append(para(data.address.replace("\n", ", "), s["identity"]))
        if data.logo is None:
            return KeepTogether(lines)
        logo = self.logo(data.logo)
        gap = 6 * mm
        block = Table(
            [[logo, lines]], colWidths=[logo.drawWidth + gap, self.width - logo.drawWidth - gap]
        )
        block.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return block

    def logo(self, png: bytes) -> Image:
        """The Fabrique's logo, at most :attr:`logo_height` high and a third of the width."""
        picture = ImageReader(io.BytesIO(png))
        width, height = picture.getSize()
        scale = min(self.logo_height / height, self.width / 3 / width)
        return Image(io.BytesIO(png), width * scale, height * scale, hAlign="LEFT")

    def agenda(self):
        s = self.styles
        rows = [
            [
                para("N°", s["cell_head"]),
                para("Objet", s["cell_head"]),
                para("Point", s["cell_head"]),
            ]
        ]
        for sheet in self.data.items:
            row = [
                para(str(sheet.position), s["center"]),
                para(sheet.purpose, s["base"]),
                para(sheet.title, s["base"]),
            ]
            if self.minutes:
                row.append(para(sheet.outcome or "—", s["base"]))
            rows.append(row)
        widths = [12 * mm, 48 * mm, self.width - 60 * mm]
        if self.minutes:
            rows[0].append(para("Décision", s["cell_head"]))
            widths = [12 * mm, 44 * mm, self.width - 86 * mm, 30 * mm]
        if len(rows) == 1:
            rows.append(
                [
                    para("", s["base"]),
                    para("L'ordre du jour est vide.", s["base"]),
                    para("", s["base"]),
                ][: len(widths)]
            )
        table = ContinuedTable(rows, colWidths=widths, repeatRows=1, splitInRow=1)
        table.continuation = lambda: para("Ordre du jour (suite)", s["h1"])
        table.setStyle(self.table_style())
        return table

    def item(self, sheet: ItemSheet) -> list:
        s = self.styles
        story = [
            para(f"Point {sheet.position} — {sheet.purpose}", s["h1"]),
            para(sheet.title, s["h2"]),
        ]
        if sheet.facts:
            story.append(self.facts(sheet.facts))
        for label, text in sheet.texts:
            story += [para(label, s["h3"]), para(text, s["base"])]
        for grid in sheet.grids:
            story += self.grid(grid)
        if sheet.milestones:
            story += self.milestones(sheet.milestones)
        # An information point gets no box to tick; its minutes say an outcome only if
        # one was recorded (« Pris acte »).
        if sheet.to_decide or (self.minutes and sheet.outcome):
            story.append(self.decision_box(sheet))
        return story

    def facts(self, facts: list[tuple[str, str]]):
        s = self.styles
        rows = [[para(label, s["label"]), para(value, s["base"])] for label, value in facts]
        table = Table(rows, colWidths=[46 * mm, self.width - 46 * mm], splitInRow=1)
        style = self.table_style(header=False)
        style.add("BACKGROUND", (0, 0), (0, -1), self.shade)
        table.setStyle(style)
        return table

    def grid(self, grid: Grid) -> list:
        s = self.styles
        rows = [
            [
                para("Critère", s["cell_head"]),
                para("Note", s["cell_head"]),
                para("Commentaire", s["cell_head"]),
            ]
        ]
        for line in grid.lines:
            score = "—" if line.score is None else f"{line.score} / 5"
            rows.append(
                [
                    para(line.criterion, s["base"]),
                    para(score, s["center"]),
                    para(line.comment, s["base"]),
                ]
            )
        table = Table(
            rows, colWidths=[58 * mm, 18 * mm, self.width - 76 * mm], repeatRows=1, splitInRow=1
        )
        table.setStyle(self.table_style())
        return [para(grid.title, s["h3"]), table, Spacer(1, 1.5 * mm), para(grid.total, s["label"])]

    def milestones(self, lines: list[MilestoneLine]) -> list:
        s = self.styles
        rows = [[para(h, s["cell_head"]) for h in ("Jalon", "Prévu le", "Réalisé le", "État")]]
        for line in lines:
            if line.done_on is not None:
                state = "Réalisé"
            elif line.late:
                state = "En retard"
            else:
                state = "À venir"
            done = french.short_date(line.done_on) if line.done_on else ""
            rows.append(
                [
                    para(line.title, s["base"]),
                    para(french.short_date(line.planned_on), s["base"]),
                    para(done, s["base"]),
                    para(state, s["late"] if line.late else s["base"]),
                ]
            )
        table = Table(
            rows,
            colWidths=[self.width - 84 * mm, 26 * mm, 26 * mm, 32 * mm],
            repeatRows=1,
            splitInRow=1,
        )
        table.setStyle(self.table_style())
        return [
            para("Jalons d'accompagnement", s["h3"]),
            table,
            Spacer(1, 2 * mm),
            self.timeline(lines),
        ]

    def timeline(self, lines: list[MilestoneLine]) -> Drawing:
        height, pad = 34, 8
        # Drawings start in Helvetica unless told otherwise: a font the PDF would not embed.
        drawing = Drawing(self.width, height, initialFontName=self.font)
        days = [line.planned_on for line in lines] + [self.data.today]
        first, last = min(days), max(days)
        span = max((last - first).days, 1)

        def x(day):
            return pad + (self.width - 2 * pad) * (day - first).days / span

        axis = 20
        drawing.add(Line(pad, axis, self.width - pad, axis, strokeColor=self.rule, strokeWidth=1.5))
        today = x(self.data.today)
        drawing.add(
            Line(today, axis - 8, today, axis + 8, strokeColor=self.accent, strokeDashArray=[2, 2])
        )
        for line in lines:
            colour = self.done if line.done_on else self.late if line.late else self.rule
            drawing.add(Circle(x(line.planned_on), axis, 3.2, fillColor=colour, strokeColor=colour))
        for day, anchor, position in ((first, "start", pad), (last, "end", self.width - pad)):
            drawing.add(
                String(
                    position,
                    4,
                    french.short_date(day),
                    fontName=self.font,
                    fontSize=7,
                    textAnchor=anchor,
                )
            )
        drawing.add(
            String(
                today,
                axis + 10,
                "aujourd'hui",
                fontName=self.font,
                fontSize=7,
                # Near an end of the line the label leans inwards instead of overflowing.
                textAnchor="end"
                if today > self.width - 30
                else "start"
                if today < 30
                else "middle",
                fillColor=self.accent,
            )
        )
        return drawing

    def decision_box(self, sheet: ItemSheet):
        s = self.styles
        if self.minutes:
            body = [para(f"Décision : {sheet.outcome or 'non saisie'}", s["label"])]
            if sheet.outcome_notes:
                body.append(para(sheet.outcome_notes, s["base"]))
        else:
            # Compact enough to share the page with the item's facts and grid.
            choices = "    ".join(f"☐ {choice}" for choice in OUTCOMES)
            body = [
                para(f"Décision du comité :    {choices}", s["label"]),
                Spacer(1, 2.5 * mm),
                para("Observations :", s["base"]),
                Spacer(1, 11 * mm),
            ]
        box = Table([[body]], colWidths=[self.width])
        box.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), self.font),
                    ("BOX", (0, 0), (-1, -1), 1, self.accent),
                    ("LEFTPADDING", (0, 0), (-1, -1), 6),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        return KeepTogether([Spacer(1, 3 * mm), box])

    # -- pages -----------------------------------------------------------------------------
    def render(self, progress: Callable[[int, int], None] | None = None) -> bytes:
        """The PDF; ``progress(done, total)`` is told as the story's parts are laid out."""
        buffer = io.BytesIO()
        document = SimpleDocTemplate(
            buffer,
            pagesize=self.pagesize,
            leftMargin=self.left_margin,
            rightMargin=self.right_margin,
            topMargin=self.top_margin,
            bottomMargin=self.bottom_margin,
            title=f"{self.title()} — {self.meeting_line()}",
            author=self.data.fabrique_name,
            lang="fr-FR",
            # Otherwise every page declares Helvetica, a font the PDF does not embed.
            initialFontName=self.font,
        )
        if progress is not None:
            document.setProgressCallBack(_LayoutProgress(progress))
        document.build(self.build_story(), canvasmaker=self._canvas_maker())
        return buffer.getvalue()

    def write(self, path: Path | str) -> Path:
        return write_atomically(path, self.render())

    def _canvas_maker(self):
        dossier = self

        class PagedCanvas(Canvas):
            """Holds every page back until the end, to print « Page X / Y » on each."""

            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                self.pages = []

            def showPage(self):
                self.pages.append(dict(self.__dict__))
                self._startPage()

            def save(self):
                for number, page in enumerate(self.pages, start=1):
                    self.__dict__.update(page)
                    dossier.decorate(self, number, len(self.pages))
                    super().showPage()
                super().save()

        return PagedCanvas

    def decorate(self, canvas: Canvas, number: int, total: int) -> None:
        """Header and footer: Fabrique, committee and date, confidentiality, page X / Y."""
        width, height = self.pagesize
        left, right = self.left_margin, width - self.right_margin
        canvas.saveState()
        canvas.setStrokeColor(self.rule)
        canvas.setFillColor(colors.HexColor("#3c4650"))
        top = height - 14 * mm
        self.header(canvas, top, self.data.fabrique_name, f"{self.title()} — {self.meeting_line()}")
        canvas.line(left, top - 2 * mm, right, top - 2 * mm)
        bottom = 11 * mm
        canvas.line(left, bottom + 4 * mm, right, bottom + 4 * mm)
        canvas.setFont(BOLD, 7.5)
        canvas.drawString(left, bottom, self.footer_note)
        canvas.setFont(self.font, 7.5)
        canvas.drawRightString(right, bottom, f"Page {number} / {total}")
        canvas.restoreState()

    def header(self, canvas: Canvas, baseline: float, left_text: str, right_text: str) -> None:
        """The header's two texts side by side, never overlapping: when they do not fit
        on one line, each takes its share of the width, in up to two lines cut between
        words, the rest elided with « … »; the lines grow upwards from ``baseline``."""
        size, leading, gap = 7.5, 9, 6 * mm
        room = self.width - gap
        left_width, right_width = (
            user_text.width(t, self.font, size) for t in (left_text, right_text)
        )
        if left_width + right_width > room:
            if right_width <= room / 2:
                left_width = room - right_width
            else:
                left_width = min(left_width, room / 2)
            right_width = room - left_width
        x_left, x_right = self.left_margin, self.pagesize[0] - self.right_margin
        for x, content, share, flush_right in (
            (x_left, left_text, left_width, False),
            (x_right, right_text, right_width, True),
        ):
            lines = user_text.wrap(content, share, self.font, size)
            for number, line in enumerate(lines):
                y = baseline + (len(lines) - 1 - number) * leading
                user_text.draw(canvas, x, y, line, self.font, size, right=flush_right)


class ContinuedTable(Table):
    """A table that, cut at the end of a page, goes on at the top of the next one under
    the heading ``continuation()`` makes (« Ordre du jour (suite) »)."""

    continuation: Callable[[], Flowable] | None = None

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        if len(parts) < 2 or self.continuation is None:
            return parts
        *done, rest = parts
        rest.continuation = self.continuation
        return [*done, PageBreak(), self.continuation(), rest]


class _LayoutProgress:
    """reportlab's progress messages turned into ``progress(done, total)``: it announces
    the number of flowables (SIZE_EST), then how many are laid out (PROGRESS)."""

    def __init__(self, progress: Callable[[int, int], None]):
        self.progress = progress
        self.total = 1

    def __call__(self, kind: str, value: int) -> None:
        if kind == "SIZE_EST":
            self.total = max(1, value)
        elif kind == "PROGRESS":
            self.progress(min(value, self.total), self.total)


#: Reading the records is about a fifth of a dossier's time (benchmark: 0.17 s in all,
#: 0.135 s of rendering); the progress shown is shared out accordingly.
GATHERING_SHARE = 0.2


def prepare(
    committee: Committee, minutes: bool = False, progress: Callable[[float], None] | None = None
) -> bytes:
    """The PDF of ``committee``'s dossier (or its minutes).

    ``progress`` is told the share done, from 0 to 1. To stop the work (a user who
    cancels), it raises: the exception unwinds from where the work stands.
    """

    def part(start: float, width: float) -> Callable[[int, int], None] | None:
        """The reports of one part of the work, as a share of the whole."""
        if progress is None:
            return None
        return lambda done, total: progress(start + width * done / total)

    data = gather(committee, progress=part(0, GATHERING_SHARE))
    layout = part(GATHERING_SHARE, 1 - GATHERING_SHARE)
    return CommitteeDossier(data, minutes=minutes).render(progress=layout)
