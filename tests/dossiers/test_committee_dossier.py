"""The committee dossier as a reader gets it: the text pypdf extracts, the fonts the
PDF embeds, hostile input printed literally, no holder's contact data."""

import datetime as dt
import io
import os

import pytest
from pypdf import PdfReader

from fabrique_desktop.domain import french
from fabrique_desktop.domain.enums import (
    AgendaOutcome,
    AgendaPurpose,
    HolderKind,
    RecruitmentSource,
    StudyCriterion,
)
from fabrique_desktop.domain.models import CommitteeKind, MilestoneTemplate
from fabrique_desktop.domain.services import (
    committees,
    holders,
    milestones,
    needs,
    settings,
    studies,
)
from fabrique_desktop.dossiers.committee import GATHERING_SHARE, CommitteeDossier, prepare
from fabrique_desktop.dossiers.content import gather

from ..factories import (
    complete_study,
    days_ago,
    decision,
    graded_candidacy,
    need_values,
    opened_project,
    person_values,
    retained_candidacy,
)
from ..progress import StopAt, Stopped

HOSTILE = [
    "<b>gras",
    '<img src="/etc/passwd"/>',
    "R&D <3",
    "Épicerie 🌱 bio",
    "مرحبا بكم",
    "sonnette\x07cachée",
    "a" * 300,
]
LONG = ("Une épicerie à double tarif accueillerait tous les publics. " * 400)[:20000]


def pdf_text(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def words(text: str) -> str:
    """The text with every run of spaces and line ends as one space (lines wrap anywhere)."""
    return " ".join(text.split())


@pytest.fixture
def committee(territory, staff, holder):
    settings.update_settings(
        {"fabrique_name": "Fabrique à initiatives d'Amiens Métropole", "territory_name": "Amiens"}
    )
    hostile = needs.create_need(
        need_values(territory, title=" ".join(HOSTILE[:3]), description="\n".join(HOSTILE))
    )
    long_need = needs.create_need(
        need_values(territory, title="Garage solidaire", description=LONG)
    )
    complete_study(needs.launch_study(long_need, decision(100), staff))
    project = opened_project(
        needs.create_need(need_values(territory, title="Laverie « l’Œuvre commune »")), staff
    )
    others = [
        holders.create_holder(
            person_values(
                first_name=first,
                last_name=last,
                email=email,
                phone=phone,
                address="12 rue des Jacobins",
            )
        )
        for first, last, email, phone in (
            ("Thị Mai", "Nguyễn", "mai.nguyen@exemple.fr", "06 11 22 33 44"),
            ("Ayşe", "Şahin", "ayse.sahin@exemple.fr", "07 55 66 77 88"),
        )
    ]
    organisation = holders.create_holder(
        {
            "kind": HolderKind.ORGANISATION,
            "organisation_name": "SCIC Somme Mobilités",
            "email": "contact@scic-somme.fr",
            "phone": "03 22 00 11 22",
            "recruitment_source": RecruitmentSource.ESS_NETWORK,
        }
    )
    selection = [graded_candidacy(project, h) for h in [holder, *others, organisation]]
    kind = CommitteeKind.get(CommitteeKind.name == "Comité de pilotage")
    meeting = committees.create_committee(
        {
            "kind": kind.id,
            "meeting_on": days_ago(1),
            "starts_at": "14:30",
            "place": "Hôtel de ville d'Amiens",
            "staff": [staff.id],
        }
    )
    committees.add_agenda_item(meeting, {"purpose": AgendaPurpose.LAUNCH_STUDY, "need": hostile.id})
    committees.add_agenda_item(
        meeting, {"purpose": AgendaPurpose.VALIDATE_OPPORTUNITY, "need": long_need.id}
    )
    for candidacy in selection:
        committees.add_agenda_item(
            meeting, {"purpose": AgendaPurpose.SELECT_HOLDER, "candidacy": candidacy.id}
        )
    committees.add_agenda_item(
        meeting, {"purpose": AgendaPurpose.INFORMATION, "title": "Budget 2027 : 12 000 €"}
    )
    return meeting


def test_dossier_text_holds_agenda_titles_names_and_french_dates(committee):
    content = CommitteeDossier(gather(committee)).render()
    text = pdf_text(content)
    day = french.long_date(committee.meeting_on)
    assert "Dossier de comité" in text and "Ordre du jour" in text
    assert f"Comité de pilotage du {day}" in text
    for name in ("Łucja Kowalczyk", "Nguyễn", "Şahin", "SCIC Somme Mobilités"):
        assert name in text
    assert "Laverie « l’Œuvre commune »" in text
    assert "Budget 2027 : 12 000 €" in text
    pages = len(PdfReader(io.BytesIO(content)).pages)
    assert f"Page 1 / {pages}" in text and f"Page {pages} / {pages}" in text
    assert text.count("Document confidentiel") == pages
    assert "☐ Favorable" in text


def test_hostile_text_prints_literally_and_long_text_splits(committee):
    content = CommitteeDossier(gather(committee)).render()
    text = pdf_text(content)
    flowing = words(text)
    for literal in ("<b>gras", '<img src="/etc/passwd"/>', "R&D <3", "sonnettecachée"):
        assert literal in flowing
    assert "root:x:0:0" not in text  # the image tag read no file
    assert "a" * 300 in text.replace("\n", "")  # a 300-letter word is split, not lost
    # All 20,000 characters, to the last: the text flows over pages, nothing is cut.
    assert LONG[:80] in flowing and LONG[-80:] in flowing
    assert flowing.count("Une épicerie à double tarif") > 0.95 * LONG.count("Une épicerie")


def test_no_contact_data_of_holders(committee):
    text = pdf_text(CommitteeDossier(gather(committee)).render())
    for private in (
        "lucja.kowalczyk@exemple.fr",
        "06 12 34 56 78",
        "mai.nguyen@exemple.fr",
        "07 55 66 77 88",
        "12 rue des Jacobins",
        "contact@scic-somme.fr",
        "03 22 00 11 22",
    ):
        assert private not in text


def embedded_fonts(content: bytes) -> dict[str, bool]:
    """Each font the PDF uses, and whether the file embeds it."""
    fonts = {}
    for page in PdfReader(io.BytesIO(content)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptors = [font.get("/FontDescriptor")] + [
                d.get_object().get("/FontDescriptor") for d in font.get("/DescendantFonts", [])
            ]
            embedded = any(
                d is not None
                and any(k in d.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3"))
                for d in descriptors
            )
            fonts[str(font["/BaseFont"])] = embedded
    return fonts


def test_every_font_is_embedded(committee):
    fonts = embedded_fonts(CommitteeDossier(gather(committee)).render())
    assert fonts and all(fonts.values()), fonts
    assert not any("Helvetica" in name for name in fonts)


def test_minutes_carry_the_decisions(committee, staff):
    item = committee.agenda_items.order_by(committee.agenda_items.model.position).first()
    committees.record_outcomes(
        committee,
        {str(item.id): {"outcome": AgendaOutcome.ADJOURNED, "notes": "Revoir le budget"}},
        staff,
    )
    text = pdf_text(CommitteeDossier(gather(committee), minutes=True).render())
    assert "Relevé de décisions" in text
    assert "Décision : Ajourné" in text and "Revoir le budget" in text
    assert "Décision : non saisie" in text


def test_output_is_atomic(committee, tmp_path, monkeypatch):
    target = tmp_path / "dossier.pdf"
    dossier = CommitteeDossier(gather(committee))
    dossier.write(target)
    first = target.read_bytes()
    assert first.startswith(b"%PDF")

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError):
        dossier.write(target)
    assert target.read_bytes() == first
    assert sorted(p.name for p in tmp_path.iterdir() if ".pdf" in p.name) == ["dossier.pdf"]


def test_project_sheet_shows_milestones_and_late_ones(territory, staff, holder):
    project = opened_project(needs.create_need(need_values(territory)), staff)
    retained_candidacy(project, holder, staff)
    milestones.generate_milestones(project, MilestoneTemplate.get(), days_ago(100))
    kind = CommitteeKind.get()
    meeting = committees.create_committee({"kind": kind.id, "meeting_on": days_ago(0)})
    committees.add_agenda_item(
        meeting, {"purpose": AgendaPurpose.REVIEW_PROGRESS, "project": project.id}
    )
    text = pdf_text(CommitteeDossier(gather(meeting, today=dt.date.today())).render())
    assert "Jalons d'accompagnement" in text
    assert "En retard" in text and "À venir" in text
    assert "Étude de faisabilité" in text


def test_grid_totals_count_only_the_scored_criteria(territory, staff):
    study = needs.launch_study(needs.create_need(need_values(territory)), decision(30), staff)
    grid = {
        StudyCriterion.SOCIAL_NEED.value: {"score": 5, "comment": ""},
        StudyCriterion.JOB_POTENTIAL.value: {"score": 2, "comment": ""},
    }
    studies.update_study(study, {"started_on": study.started_on, "scores": grid})
    meeting = committees.create_committee(
        {"kind": CommitteeKind.get().id, "meeting_on": days_ago(0)}
    )
    committees.add_agenda_item(
        meeting, {"purpose": AgendaPurpose.VALIDATE_OPPORTUNITY, "need": study.need.id}
    )
    text = words(pdf_text(CommitteeDossier(gather(meeting)).render()))
    assert "Total : 7 / 30 (2 critères notés sur 6)" in text


def test_complete_grids_print_their_full_total(committee):
    text = words(pdf_text(CommitteeDossier(gather(committee)).render()))
    # One opportunity study and four candidacies, every criterion scored 4.
    assert text.count("Total : 24 / 30 (6 critères notés sur 6)") == 5


def test_preparing_reports_its_progress_up_to_the_whole(committee):
    shares = []
    content = prepare(committee, progress=shares.append)
    assert content.startswith(b"%PDF")
    assert len(shares) > len(committee.agenda_items)  # each item, then the layout
    assert shares == sorted(shares) and 0 < shares[0] <= GATHERING_SHARE
    assert shares[-1] == 1.0


def test_a_report_that_raises_stops_the_preparation_where_it_stands(committee):
    stop = StopAt(3)
    with pytest.raises(Stopped):
        prepare(committee, progress=stop)
    assert len(stop.shares) == 3  # no work went on after it


def test_cover_shows_the_fabriques_identity_and_logo(committee):
    from PIL import Image

    logo = io.BytesIO()
    Image.new("RGB", (400, 100), (0, 90, 160)).save(logo, format="PNG")
    settings.set_logo(logo.getvalue())
    settings.update_settings(
        {"operator_name": "CRESS Hauts-de-France", "address": "2 rue de la Paix\n80000 Amiens"}
    )
    content = CommitteeDossier(gather(committee)).render()
    cover = PdfReader(io.BytesIO(content)).pages[0]
    text = words(cover.extract_text())
    assert "Fabrique à initiatives d'Amiens Métropole" in text
    assert "Portée par CRESS Hauts-de-France" in text
    assert "2 rue de la Paix, 80000 Amiens" in text
    (image,) = cover.images
    assert image.image.size == (400, 100)
    # Without a logo, the cover has no picture.
    settings.remove_logo()
    cover = PdfReader(io.BytesIO(CommitteeDossier(gather(committee)).render())).pages[0]
    assert list(cover.images) == []


def meeting_of(points: int, territory, staff):
    """A committee whose agenda has ``points`` points, some titles long enough to wrap,
    on a file with the Fabrique's logo and every identity line set."""
    from PIL import Image

    logo = io.BytesIO()
    Image.new("RGB", (600, 260), (0, 90, 160)).save(logo, format="PNG")
    settings.set_logo(logo.getvalue())
    settings.update_settings(
        {
            "fabrique_name": "Fabrique à initiatives d'Amiens Métropole",
            "territory_name": "Amiens Métropole",
            "operator_name": "CRESS Hauts-de-France et GRIEP",
            "address": "2 rue de la Paix\n80000 Amiens",
        }
    )
    kind = CommitteeKind.get(CommitteeKind.name == "Comité de pilotage")
    meeting = committees.create_committee(
        {
            "kind": kind.id,
            "meeting_on": days_ago(1),
            "place": "Salle du conseil",
            "staff": [staff.id],
        }
    )
    for number in range(1, points + 1):
        title = f"Besoin {number} : épicerie solidaire"
        if number % 2:
            title += " et transport à la demande pour les communes rurales du territoire"
        need = needs.create_need(need_values(territory, title=title))
        committees.add_agenda_item(
            meeting, {"purpose": AgendaPurpose.LAUNCH_STUDY, "need": need.id}
        )
    return meeting


def page_of(content: bytes, text: str) -> int:
    """The number (from 1) of the first page that holds ``text``."""
    for number, page in enumerate(PdfReader(io.BytesIO(content)).pages, start=1):
        if text in words(page.extract_text()):
            return number
    raise AssertionError(f"« {text} » is on no page")


@pytest.mark.parametrize("minutes", [False, True])
def test_a_fourteen_point_agenda_stays_on_the_cover(territory, staff, minutes):
    meeting = meeting_of(14, territory, staff)
    content = CommitteeDossier(gather(meeting), minutes=minutes).render()
    cover = words(PdfReader(io.BytesIO(content)).pages[0].extract_text())
    assert "Portée par CRESS Hauts-de-France et GRIEP" in cover
    assert "Besoin 14 :" in cover  # the agenda's last point
    assert page_of(content, "Point 1 — Lancer une étude d'opportunité") == 2
    assert "Ordre du jour (suite)" not in pdf_text(content)


def test_a_long_agenda_goes_on_under_a_heading_of_its_own(territory, staff):
    meeting = meeting_of(40, territory, staff)
    content = CommitteeDossier(gather(meeting)).render()
    pages = [words(page.extract_text()) for page in PdfReader(io.BytesIO(content)).pages]
    last = page_of(content, "Besoin 40 :")
    assert last > 1
    assert "Ordre du jour (suite)" not in pages[0]
    assert all("Ordre du jour (suite)" in page for page in pages[1:last])
    # The points follow each other, none lost or repeated at a cut.
    agenda = " ".join(pages[:last])
    assert [agenda.count(f"Besoin {n} :") for n in range(1, 41)] == [1] * 40
    assert page_of(content, "Point 1 — Lancer une étude d'opportunité") == last + 1


def test_the_minutes_list_who_attended_and_the_dossier_who_was_convened(committee, staff):
    from fabrique_desktop.domain.enums import PartnerKind
    from fabrique_desktop.domain.services import network

    avise, banque, guest = (
        network.create_partner({"name": name, "kind": PartnerKind.FUNDER})
        for name in ("Avise", "Banque des Territoires", "France Active Picardie")
    )
    values = {
        "kind": committee.kind_id,
        "meeting_on": committee.meeting_on,
        "partners": [avise.id, banque.id],
        "staff": [staff.id],
    }
    committees.update_committee(committee, values)
    minutes = words(pdf_text(CommitteeDossier(gather(committee), minutes=True).render()))
    # Attendance not recorded yet: the minutes say who was convened.
    assert "Membres convoqués : Avise, Banque des Territoires, Claire Vasseur" in minutes
    committees.update_committee(
        committee,
        values
        | {
            "attendance": {f"partner:{avise.id}": "present", f"partner:{banque.id}": "excused"},
            "guests": [guest.id],
        },
    )
    minutes = words(pdf_text(CommitteeDossier(gather(committee), minutes=True).render()))
    assert "Présents : Avise" in minutes
    assert "Excusés : Banque des Territoires" in minutes
    assert "Présence non indiquée : Claire Vasseur" in minutes
    assert "Invités : France Active Picardie" in minutes
    assert "Membres convoqués" not in minutes
    dossier = words(pdf_text(CommitteeDossier(gather(committee)).render()))
    assert "Membres convoqués : Avise, Banque des Territoires, Claire Vasseur" in dossier
    assert "France Active Picardie" not in dossier


def test_a_holder_in_opposition_is_not_printed_but_the_project_is(committee, holder, staff):
    from fabrique_desktop.domain.enums import RequestKind
    from fabrique_desktop.domain.rgpd.persons import person_of
    from fabrique_desktop.domain.rgpd.restriction import MASK, set_restriction

    set_restriction(
        person_of(holder),
        {"kind": RequestKind.OPPOSITION, "on": days_ago(2), "reason": "Opposition écrite."},
        staff,
    )
    content = CommitteeDossier(gather(committee)).render()
    text = words(pdf_text(content))

    assert "Kowalczyk" not in text and "Łucja" not in text
    assert f"Laverie « l’Œuvre commune » — {MASK}" in text  # the item, the project stay
    for name in ("Nguyễn", "Şahin", "SCIC Somme Mobilités"):  # the others are printed
        assert name in text


def test_a_time_nobody_typed_is_not_printed(committee):
    # What the form saved before a time field could be empty: midnight.
    committee.starts_at = dt.time(0, 0)
    committee.save()
    cover = words(pdf_text(CommitteeDossier(gather(committee)).render())).replace("\u202f", " ")
    assert "0 h 00" not in cover
    assert f"Comité de pilotage du {french.long_date(committee.meeting_on)}" in cover


def test_an_information_point_has_no_decision_box(committee):
    text = words(pdf_text(CommitteeDossier(gather(committee)).render()))
    information = text.split("— Information")[-1]  # its sheet, the last of the dossier
    assert "Budget 2027" in information
    assert "Décision du comité" not in information
    assert text.count("Décision du comité") == 6  # each of the six points to decide
