"""French as a careful reader writes it, in every text the application shows or prints:
the code's French strings and the translations of the interface."""

from __future__ import annotations

import html
import re
from pathlib import Path

from fabrique_desktop.domain import french
from fabrique_desktop.domain.models import AgendaItem
from fabrique_desktop.domain.rgpd.mentions import RECORD_LABELS

ROOT = Path(__file__).resolve().parent.parent


def french_texts() -> dict[str, str]:
    """Each source file of the package, and the French translations, by name."""
    texts = {
        str(path.relative_to(ROOT)): path.read_text("utf-8")
        for path in (ROOT / "fabrique_desktop").rglob("*.py")
    }
    catalogue = (ROOT / "resources" / "translations" / "fabrique_desktop_fr.ts").read_text("utf-8")
    texts["fabrique_desktop_fr.ts"] = html.unescape(
        "\n".join(re.findall(r"<translation[^>]*>(.*?)</translation>", catalogue, re.S))
    )
    return texts


def test_an_agenda_item_is_a_point_de_l_ordre_du_jour():
    assert RECORD_LABELS[AgendaItem] == "Point de l'ordre du jour"
    wrong = [name for name, text in french_texts().items() if "d'ordre du jour" in text.lower()]
    assert wrong == []


def test_counts_agree_with_their_words():
    # « 1 an », « 2 ans »: no « an(s) », « fichier(s) écrit(s) » left for the reader to
    # sort out. The interface's English sources (« %n need(s) ») are not French: the
    # translations are read, and the French written in the code outside the interface.
    shortcut = re.compile(r"[a-zà-ÿ]{2}\((?:s|es|x)\)")
    wrong = {
        name: shortcut.findall(text)
        for name, text in french_texts().items()
        if not name.startswith("fabrique_desktop/ui/") and shortcut.search(text)
    }
    assert wrong == {}
    assert [french.plural(n, "an") for n in (0, 1, 2)] == ["0 an", "1 an", "2 ans"]
    assert french.plural(12000, "ligne exportée", "lignes exportées") == (
        "12\u202f000 lignes exportées"
    )
