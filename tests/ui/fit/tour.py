"""Show every screen and dialog on the demonstration data, on this process's screen, and
print what does not fit, one line each (nothing when all fits).

Run by tests/ui/test_fits_the_screen.py in a fresh process per screen size:
``QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json python -m tests.ui.fit.tour``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget

from fabrique_desktop.app import open_demo
from fabrique_desktop.ui.application import install_translations
from fabrique_desktop.ui.common.screen_fit import keep_windows_on_screen

from .inspect import window_problems


def look(widget: QWidget, name: str, report: list[str]) -> None:
    QApplication.processEvents()
    pictures = os.environ.get("FABRIQUE_FIT_PICTURES")  # to look at them, by eye
    if pictures:
        widget.window().grab().save(str(Path(pictures) / f"{name.replace('/', '-')}.png"))
    report += [f"{name}: {problem}" for problem in window_problems(widget.window())]


def look_at_dialog(dialog: QDialog, name: str, report: list[str]) -> None:
    dialog.show()
    tabs = dialog.findChild(QTabWidget)
    for tab in range(tabs.count() if tabs is not None else 1):
        if tabs is not None:
            tabs.setCurrentIndex(tab)
        look(dialog, f"{name}[{tab}]" if tabs is not None else name, report)
    # Closed as the program closes it: a dialog that asks before a user leaves (who are
    # you?) must not wait for an answer here.
    QDialog.done(dialog, QDialog.DialogCode.Rejected)
    dialog.deleteLater()


def tour() -> list[str]:
    from fabrique_desktop.domain.models import Candidacy, Committee, Milestone, Project, StaffMember
    from fabrique_desktop.domain.pipeline import Stage
    from fabrique_desktop.dossiers.committee import prepare
    from fabrique_desktop.ui.backups_dialog import BackupsDialog
    from fabrique_desktop.ui.committees.agenda import AgendaItemDialog
    from fabrique_desktop.ui.committees.outcomes import OutcomesDialog
    from fabrique_desktop.ui.common.decision import DecisionDialog
    from fabrique_desktop.ui.common.history import ChangeHistoryDialog
    from fabrique_desktop.ui.common.pdf_preview import PdfPreviewDialog
    from fabrique_desktop.ui.common.table_model import ID_ROLE
    from fabrique_desktop.ui.first_run import WhoAreYouDialog
    from fabrique_desktop.ui.main_window import MainWindow
    from fabrique_desktop.ui.pipeline.screen import CARD_ROLE
    from fabrique_desktop.ui.projects.candidacy import GridDialog, NewCandidacyDialog
    from fabrique_desktop.ui.projects.milestone import MilestoneDialog
    from fabrique_desktop.ui.session import Session
    from fabrique_desktop.ui.settings.communes import CommuneDialog, OfficialCommunesDialog
    from fabrique_desktop.ui.settings.dialog import FabriqueSettingsDialog
    from fabrique_desktop.ui.setup.wizard import SetupWizard

    report: list[str] = []
    scratch = tempfile.mkdtemp(prefix="fabrique-fit-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, scratch)
    path = Path(scratch) / "demonstration.sqlite"
    open_demo(path)
    session = Session(path, StaffMember.get(StaffMember.name == "Claire Vasseur"))
    window = MainWindow(session)
    window.resize(4000, 3000)  # as large as it may be: the screen decides
    window.show()
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        section = window.navigation.item(row).text()
        widget = window.stack.currentWidget()
        for screen in window._lists_in(widget) or [None]:
            if screen is not None:
                if screen is not widget:  # a tab of the Réseau screen
                    widget.setCurrentWidget(screen)
                if screen.proxy.rowCount():
                    screen.open_record(screen.proxy.index(0, 0).data(ID_ROLE))
            look(window, section if screen is None else f"{section}/{screen.objectName()}", report)

    # The pipeline with a refusal said above its columns (the longest text it shows).
    pipeline = next(w for w in window.screens.values() if w.objectName() == "pipeline")
    window.stack.setCurrentWidget(pipeline)
    card = pipeline.columns[Stage.CREATED].item(0).data(CARD_ROLE)
    pipeline.move_card(card, Stage.KEPT)
    look(window, "Vue pipeline/refus", report)
    window.navigation.setCurrentRow(3)  # Projets: the dialogs below use its form

    project = Project.select().join(Milestone).first()
    candidacy = Candidacy.select().first()
    committee = Committee.select().order_by(Committee.meeting_on.desc()).first()
    dialogs = {
        "Qui utilise": lambda: WhoAreYouDialog(window),
        "Jalon": lambda: MilestoneDialog(project, project.milestones.first(), window),
        "Nouvelle candidature": lambda: NewCandidacyDialog(project, window),
        "Grille": lambda: GridDialog(candidacy, window),
        "Sauvegardes": lambda: BackupsDialog(path, window),
        "Historique": lambda: ChangeHistoryDialog(
            project.title, project.id, window.current_list().form.fields.captions, window
        ),
        "Décision": lambda: DecisionDialog(
            "Valider l'opportunité", "Une décision datée. " * 8, lambda values: None, window
        ),
        "Paramètres": lambda: FabriqueSettingsDialog(window),
        "Commune": lambda: CommuneDialog(window),
        "Communes officielles": lambda: OfficialCommunesDialog(window),
        "Point de l'ordre du jour": lambda: AgendaItemDialog(committee, window),
        "Saisir les décisions": lambda: OutcomesDialog(committee, session, window),
        "Mise en place": lambda: SetupWizard(window),
        "Dossier": lambda: PdfPreviewDialog(
            "Dossier de comité", prepare(committee), "Dossier.pdf", window
        ),
    }
    for name, make in dialogs.items():
        look_at_dialog(make(), name, report)
    window.close()
    return report


if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    install_translations(app)
    keep_windows_on_screen(app)
    for line in tour():
        print(line)
