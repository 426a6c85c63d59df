"""Every script staff meet prints in the dossier: Chinese, Japanese and Korean names and
emoji in embedded fallback fonts, Arabic and Hebrew in display order with Arabic letters
joined, and a page header whose two texts never overlap (issue 19)."""

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from fabrique_desktop.domain.enums import AgendaPurpose
from fabrique_desktop.domain.models import CommitteeKind
from fabrique_desktop.domain.services import committees, needs, network, settings
from fabrique_desktop.dossiers.committee import CommitteeDossier
from fabrique_desktop.dossiers.content import gather
from fabrique_desktop.dossiers.fonts import CJK, REGULAR, SYMBOLS, register_fonts
from fabrique_desktop.dossiers.text import ELLIPSIS, markup, printable, wrap

from ..factories import need_values

NAMES = {
    "cjk": "李小龍 — 山田 花子 — 김민준",
    "emoji": "Atelier vélo 🚲 et café ☕",
    "arabic": "محمد علي (جمعية الأمل)",
    "hebrew": "שלום כהן (מרכז קהילתי)",
}
FABRIQUE = "Fabrique à initiatives de la Communauté d'agglomération du Grand Amiénois"
KIND = "Comité de sélection et d'engagement des porteurs de projets du territoire"


@pytest.fixture
def dossier(territory):
    settings.update_settings({"fabrique_name": FABRIQUE, "territory_name": "Amiens Métropole"})
    kind = network.create_committee_kind({"name": KIND})
    meeting = committees.create_committee(
        {"kind": kind.id, "meeting_on": dt.date(2026, 12, 11), "starts_at": "14:30"}
    )
    for title in NAMES.values():
        need = needs.create_need(need_values(territory, title=title))
        committees.add_agenda_item(
            meeting, {"purpose": AgendaPurpose.LAUNCH_STUDY, "need": need.id}
        )
    return PdfReader(io.BytesIO(CommitteeDossier(gather(meeting)).render()))


def embedded_fonts(reader: PdfReader) -> dict[str, bool]:
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            fonts[str(font["/BaseFont"])] = descriptor is not None and (
                "/FontFile2" in descriptor.get_object()
            )
    return fonts


def test_cjk_names_and_emoji_print_in_embedded_subset_fonts(dossier):
    fonts = embedded_fonts(dossier)
    for family in (CJK, SYMBOLS):
        used = [name for name in fonts if family in name]
        assert used and all(fonts[name] for name in used), fonts
    text = dossier.pages[0].extract_text()
    assert "李小龍" in text and "山田 花子" in text and "김민준" in text
    # The bicycle prints (Symbola is embedded above), but reportlab's ToUnicode map
    # writes code points beyond U+FFFF unpaired: only symbols of the first plane extract.
    assert "☕" in text


def test_a_dossier_in_french_reads_no_fallback_font(territory):
    kind = CommitteeKind.get()
    meeting = committees.create_committee({"kind": kind.id, "meeting_on": dt.date(2026, 12, 11)})
    reader = PdfReader(io.BytesIO(CommitteeDossier(gather(meeting)).render()))
    assert not any(CJK in name or SYMBOLS in name for name in embedded_fonts(reader))


@pytest.mark.parametrize(
    ("typed", "laid_out"),
    [
        # What Qt shows for the same strings, read left to right: the last word first,
        # Arabic letters in their joined forms (ﻣ initial, ﺪ final), brackets facing in.
        (NAMES["arabic"], "(ﻞﻣﻷﺍ ﺔﻴﻌﻤﺟ) ﻲﻠﻋ ﺪﻤﺤﻣ"),
        (NAMES["hebrew"], "(יתליהק זכרמ) ןהכ םולש"),
        ("Épicerie « مرحبا » de Salouel", "Épicerie « ﺎﺒﺣﺮﻣ » de Salouel"),
    ],
)
def test_arabic_and_hebrew_are_laid_out_in_display_order_arabic_joined(typed, laid_out):
    """reportlab sets text left to right as given (pypdf reorders what it extracts, so
    the PDF's own text cannot tell): what it is given is the display order."""
    assert markup(typed) == laid_out


def test_french_text_is_left_as_typed():
    assert printable("Épicerie « l’Œuvre » (bio)") == "Épicerie « l’Œuvre » (bio)"
    assert markup("Salle 李 <b>") == f'Salle <font face="{CJK}">李</font> &lt;b&gt;'


class Recorder:
    """Stands for the canvas: records each string drawn, where and in which font."""

    def __init__(self):
        self.font, self.drawn = None, []

    def setFont(self, name, size):
        self.font = (name, size)

    def drawString(self, x, y, text):
        self.drawn.append((x, x + stringWidth(text, *self.font), y, text))


@pytest.mark.parametrize("kind", [KIND, "Comité de pilotage"])
def test_header_texts_never_overlap_and_are_cut_between_words(territory, kind):
    settings.update_settings({"fabrique_name": FABRIQUE, "territory_name": "Amiens Métropole"})
    meeting = committees.create_committee(
        {
            "kind": (
                CommitteeKind.get_or_none(CommitteeKind.name == kind)
                or network.create_committee_kind({"name": kind})
            ).id,
            "meeting_on": dt.date(2026, 12, 11),
            "starts_at": "14:30",
        }
    )
    dossier = CommitteeDossier(gather(meeting))
    canvas = Recorder()
    right_text = f"{dossier.title()} — {dossier.meeting_line()}"
    dossier.header(canvas, 800, FABRIQUE, right_text)
    middle = dossier.pagesize[0] / 2
    left = [item for item in canvas.drawn if item[0] < middle]
    right = [item for item in canvas.drawn if item[0] >= middle]
    assert max(end for _, end, _, _ in left) < min(start for start, _, _, _ in right)
    assert max(end for _, end, _, _ in right) <= dossier.pagesize[0] - dossier.right_margin + 0.01
    for side, full in ((left, FABRIQUE), (right, right_text)):
        shown = " ".join(text for *_, text in sorted(side, key=lambda item: -item[2]))
        kept = shown.removesuffix(ELLIPSIS).split(" ")
        assert kept == full.split(" ")[: len(kept)]  # whole words, in order, none cut
        assert shown == full or shown.endswith(ELLIPSIS)
    assert " ".join(text for *_, text in left) == FABRIQUE


@pytest.mark.parametrize("room", [40, 90, 150, 400])
def test_wrapped_lines_fit_and_end_on_a_whole_word(room):
    register_fonts()
    text = f"{KIND} du 11 décembre 2026"
    lines = wrap(text, room, REGULAR, 7.5)
    assert 1 <= len(lines) <= 2
    assert all(stringWidth(line, REGULAR, 7.5) <= room for line in lines)
    words = " ".join(lines).removesuffix(ELLIPSIS).split(" ")
    assert words == text.split(" ")[: len(words)] or room == 40  # 40 pt: a word alone is cut
