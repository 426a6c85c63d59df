"""Printed RGPD documents with the Fabrique's identity: the answer to a request, and the
« mention d'information » handed to holders with their consent."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Spacer

from ..domain import french
from ..domain.models import PersonalDataRequest
from ..domain.rgpd.register import deadline
from .fonts import BOLD, register_fonts
from .output import write_atomically
from .text import para


def render_plain(story: list, title: str, pagesize, margin: float) -> bytes:
    """A document of plain pages (same margin all round, no header): RGPD papers."""
    output = io.BytesIO()
    SimpleDocTemplate(
        output,
        pagesize=pagesize,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=title,
    ).build(story)
    return output.getvalue()


class RgpdLetter:
    """One A4 page or more: the sender's identity, a title, then paragraphs."""

    pagesize = A4
    margin = 22 * mm

    def __init__(self, identity: dict[str, str], title: str, paragraphs: list[str]):
        self.identity = identity
        self.title = title
        self.paragraphs = paragraphs
        font = register_fonts()
        base = ParagraphStyle("base", fontName=font, fontSize=10.5, leading=14.5, spaceAfter=3 * mm)
        self.styles = {
            "base": base,
            "sender": ParagraphStyle("sender", parent=base, spaceAfter=0.5 * mm),
            "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=13, leading=17),
        }

    def build_story(self) -> list:
        s = self.styles
        story = [para(self.identity.get("fabrique_name", ""), s["title"])]
        for key in ("operator_name", "address"):
            if self.identity.get(key):
                story.append(para(self.identity[key], s["sender"]))
        story += [Spacer(1, 10 * mm), para(self.title, s["title"]), Spacer(1, 4 * mm)]
        story += [para(text, s["base"]) for text in self.paragraphs]
        return story

    def render(self) -> bytes:
        return render_plain(self.build_story(), self.title, self.pagesize, self.margin)

    def write(self, path: Path | str) -> Path:
        return write_atomically(path, self.render())


def answer_letter(request: PersonalDataRequest, identity: dict[str, str]) -> RgpdLetter:
    """The answer to a request: what was asked, when, what the Fabrique did."""
    answered = request.answered_on
    paragraphs = [
        f"À l'attention de {request.person_label}",
        f"Le {french.long_date(answered) if answered else '…'}",
        "Madame, Monsieur,",
        f"Vous nous avez adressé le {french.long_date(request.received_on)} une demande de "
        f"{request.kind.label.lower()} concernant vos données personnelles (RGPD).",
    ]
    if request.extended_months:
        paragraphs.append(
            f"Le délai de réponse a été prolongé de {request.extended_months} mois, jusqu'au "
            f"{french.long_date(deadline(request))} (motif : {request.extension_reason})"
        )
    paragraphs += [
        request.action_taken or "Votre demande est en cours de traitement.",
        "Si cette réponse ne vous satisfait pas, vous pouvez saisir la Commission nationale "
        "de l'informatique et des libertés (CNIL, www.cnil.fr).",
        "Nous vous prions d'agréer nos salutations distinguées.",
        identity.get("fabrique_name", ""),
    ]
    return RgpdLetter(
        identity, "Objet : votre demande relative à vos données personnelles", paragraphs
    )


def information_notice(identity: dict[str, str], retention: str) -> RgpdLetter:
    """The « mention d'information » (RGPD art. 13) given to a holder."""
    name = identity.get("fabrique_name", "La Fabrique à initiatives")
    return RgpdLetter(
        identity,
        "Mention d'information sur vos données personnelles",
        [
            f"{name} recueille vos nom, prénom, coordonnées (courriel, téléphone, adresse), "
            "votre commune, votre candidature et les échanges de votre accompagnement, ainsi "
            "que les documents que vous nous confiez (CV…).",
            "Pourquoi : repérer les porteurs de projet, étudier leur candidature, les "
            "accompagner jusqu'à la création de leur entreprise et rendre compte de "
            "l'activité aux financeurs, sous forme d'indicateurs anonymes.",
            "Base légale : votre consentement, ou l'exécution de la convention "
            "d'accompagnement que vous signez ; la date et la base retenues sont notées.",
            f"Durée de conservation : {retention}",
            "Qui y a accès : les chargé·es de mission de la Fabrique ; les membres des comités "
            "voient votre nom, votre structure et votre commune, jamais vos coordonnées.",
            "Vos droits : accès, rectification, effacement, limitation, opposition et "
            "portabilité. Adressez-vous à la Fabrique (coordonnées ci-dessus) ; nous "
            "répondons dans un délai d'un mois. Vous pouvez aussi saisir la CNIL (www.cnil.fr).",
        ],
    )
