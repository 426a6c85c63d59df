"""Committee meetings through the widgets: agenda, dossier preview and print, decisions
recorded item by item, and the minutes that carry them."""

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QPushButton

from fabrique_desktop.domain.enums import DecisionKind, NeedStatus
from fabrique_desktop.domain.models import AgendaItem, Committee, CommitteeKind, Decision, Need
from fabrique_desktop.domain.services import committees, needs
from fabrique_desktop.dossiers.committee import CommitteeDossier
from fabrique_desktop.dossiers.content import gather
from fabrique_desktop.ui import committees as committee_screen
from fabrique_desktop.ui.common.printing import make_printer, print_pdf

from ..dossiers.test_committee_dossier import pdf_text, words
from ..factories import complete_study, days_ago, decision, need_values
from .actions import choose, click, confirm


@pytest.fixture
def meeting(territory, staff):
    needs.create_need(need_values(territory, title="Recyclerie de quartier"))
    studied = needs.create_need(need_values(territory, title="Garage solidaire"))
    complete_study(needs.launch_study(studied, decision(200), staff))
    kind = CommitteeKind.get(CommitteeKind.name == "Comité de pilotage")
    return committees.create_committee(
        {"kind": kind.id, "meeting_on": days_ago(1), "place": "Hôtel de ville d'Amiens"}
    )


@pytest.fixture
def screen(qtbot, session, meeting):
    screen = committee_screen.build(session)
    qtbot.addWidget(screen)
    screen.open_record(meeting.id)
    return screen


def add_point(qtbot, form, dialogs, purpose, subject):
    def fill(dialog):
        choose(dialog.fields.editors["purpose"], purpose)
        field = {"Lancer une étude d'opportunité": "need", "Valider l'opportunité": "need"}[purpose]
        choose(dialog.fields.editors[field], subject)
        confirm(dialog)

    dialogs.next(fill)
    click(qtbot, form.add_item_button)


def agenda_titles(form):
    return [form.agenda.item(row, 2).text() for row in range(form.agenda.rowCount())]


def wait_for_pdf(qtbot, form, button):
    form.preview = None
    click(qtbot, button)
    qtbot.waitUntil(lambda: form.preview is not None, timeout=20000)
    return form.preview


def test_agenda_dossier_print_decisions_and_minutes(qtbot, screen, meeting, dialogs, tmp_path):
    form = screen.form
    assert not form.dossier_button.isEnabled()
    assert form.dossier_button.toolTip() == "L'ordre du jour est vide."
    add_point(qtbot, form, dialogs, "Lancer une étude d'opportunité", "Recyclerie de quartier")
    add_point(qtbot, form, dialogs, "Valider l'opportunité", "Garage solidaire")
    assert agenda_titles(form) == ["Recyclerie de quartier", "Garage solidaire"]

    form.agenda.selectRow(1)
    click(qtbot, form.up_button)
    positions = AgendaItem.select().where(AgendaItem.committee == meeting)
    assert [i.need.title for i in positions.order_by(AgendaItem.position)] == [
        "Garage solidaire",
        "Recyclerie de quartier",
    ]

    preview = wait_for_pdf(qtbot, form, form.dossier_button)
    assert not form.task.dialog.isVisible()
    pages = len(PdfReader(io.BytesIO(preview.content)).pages)
    assert preview.document.status() == QPdfDocument.Status.Ready
    assert preview.document.pageCount() == pages >= 3
    printer = make_printer("dossier")
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "imprime.pdf"))
    assert print_pdf(preview.content, printer) == pages
    assert len(PdfReader(tmp_path / "imprime.pdf").pages) == pages
    assert printer.resolution() == 300

    def decide(dialog):
        for name, editor in dialog.fields.editors.items():
            if name.endswith(".outcome"):
                choose(editor, "Favorable")
        confirm(dialog)

    dialogs.next(decide)
    click(qtbot, form.outcomes_button)
    assert Need.get(Need.title == "Recyclerie de quartier").status is NeedStatus.STUDY
    assert Need.get(Need.title == "Garage solidaire").status is NeedStatus.VALIDATED
    kinds = {d.kind for d in Decision.select().where(Decision.committee == meeting)}
    assert kinds == {DecisionKind.STUDY_LAUNCHED, DecisionKind.STUDY_FAVOURABLE}
    assert [form.agenda.item(r, 3).text() for r in range(2)] == ["Favorable", "Favorable"]

    minutes = wait_for_pdf(qtbot, form, form.minutes_button)
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(minutes.content)).pages)
    assert "Relevé de décisions" in text
    assert text.count("Décision : Favorable") == 2


def test_a_refused_decision_shows_under_its_point(
    qtbot, screen, meeting, dialogs, territory, staff
):
    form = screen.form
    unfinished = needs.create_need(need_values(territory, title="Laverie solidaire"))
    needs.launch_study(unfinished, decision(100), staff)  # its grid stays empty
    committees.add_agenda_item(meeting, {"purpose": "validate_opportunity", "need": unfinished.id})
    form.load(meeting)
    messages = []

    def decide(dialog):
        for name, editor in dialog.fields.editors.items():
            if name.endswith(".outcome"):
                choose(editor, "Favorable")
        confirm(dialog)
        item = AgendaItem.get(AgendaItem.need == unfinished)
        messages.append(dialog.fields.message(f"items.{item.id}.outcome"))
        dialog.reject()

    dialogs.next(decide)
    click(qtbot, form.outcomes_button)
    assert messages and messages[0].startswith("La grille n'est pas complète")
    assert Need.get_by_id(unfinished.id).status is NeedStatus.STUDY
    assert Decision.select().where(Decision.committee == meeting).count() == 0


def test_a_cancelled_dossier_shows_neither_preview_nor_error(qtbot, screen, dialogs):
    form = screen.form
    add_point(qtbot, form, dialogs, "Lancer une étude d'opportunité", "Recyclerie de quartier")
    form.preview = None
    click(qtbot, form.dossier_button)
    assert form.task.dialog.labelText() == "Préparation du dossier…"
    cancel = form.task.dialog.findChild(QPushButton)
    assert cancel.text() == "Annuler"
    cancel.click()
    QThreadPool.globalInstance().waitForDone()
    qtbot.wait(100)  # what the worker signalled, if anything, is delivered
    assert form.task.job.cancelled
    assert form.preview is None


def test_the_decisions_sit_under_their_headings_and_a_decided_meeting_only_closes(
    qtbot, session, meeting, staff
):
    from PySide6.QtWidgets import QDialogButtonBox, QLabel

    from fabrique_desktop.ui.committees.outcomes import OutcomesDialog

    recyclerie = Need.get(Need.title == "Recyclerie de quartier")
    item = committees.add_agenda_item(meeting, {"purpose": "launch_study", "need": recyclerie.id})
    dialog = OutcomesDialog(meeting, session)
    qtbot.addWidget(dialog)
    dialog.resize(860, 700)  # far more room than one point needs
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save(str(session.path.parent / "outcomes.png"))  # laid out as painted
    outcome = dialog.fields.editors[f"items.{item.id}.outcome"]
    scroll = outcome.parentWidget().parentWidget()
    # Right under the headings (one line), not after a blank band: the room left is below.
    assert outcome.mapTo(scroll, outcome.rect().topLeft()).y() < 3 * outcome.height()
    assert dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)

    choose(outcome, "Favorable")
    dialog.submit()
    decided = OutcomesDialog(meeting, session)
    qtbot.addWidget(decided)
    buttons = decided.findChild(QDialogButtonBox)
    assert buttons.button(QDialogButtonBox.StandardButton.Save) is None
    assert buttons.button(QDialogButtonBox.StandardButton.Close).text() == "Fermer"
    said = decided.findChild(QLabel, "all_decided").text()
    assert said == "Tous les points de cette réunion sont décidés."
    assert not decided.fields.editors[f"items.{item.id}.outcome"].isEnabled()


def test_a_meeting_without_agenda_says_so_instead_of_an_empty_grid(qtbot, session, meeting):
    from PySide6.QtWidgets import QDialogButtonBox, QLabel, QScrollArea

    from fabrique_desktop.ui.committees.outcomes import OutcomesDialog

    dialog = OutcomesDialog(meeting, session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    said = dialog.findChild(QLabel, "all_decided")
    assert said.text() == (
        "Cette réunion n'a aucun point à son ordre du jour : ajoutez-les sur la fiche du comité."
    )
    assert not dialog.findChild(QScrollArea).isVisible()
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons.button(QDialogButtonBox.StandardButton.Save) is None


def test_a_new_committee_has_no_time_until_one_is_typed(qtbot, screen, dialogs):
    screen.new_record()
    form = screen.form
    time = form.fields.editors["starts_at"]
    assert time.text().strip() == ""  # not « 00:00 »
    choose(form.fields.editors["kind"], "Comité de pilotage")
    click(qtbot, form.save_button)
    saved = Committee.select().order_by(Committee.created_at.desc()).first()
    assert saved.starts_at is None
    cover = words(pdf_text(CommitteeDossier(gather(saved)).render()))
    assert "0 h 00" not in cover.replace("\u202f", " ")
    time.setFocus()
    qtbot.keyClicks(time, "1430")
    assert time.text() == "14:30"
    click(qtbot, form.save_button)
    assert Committee.get_by_id(saved.id).starts_at.strftime("%H:%M") == "14:30"
    qtbot.keyClick(time, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(time, Qt.Key.Key_Delete)  # the time cleared again
    assert time.text().strip() == ""
    click(qtbot, form.save_button)
    assert Committee.get_by_id(saved.id).starts_at is None
