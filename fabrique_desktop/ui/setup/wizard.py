"""« Mise en place »: the assistant that sets up a new file, in four steps — the
Fabrique, who you are, its territory, its method. Every step but « who you are » (the
author of every decision) may be passed, and everything stays editable later in
Fichier → Paramètres de la Fabrique."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget, QWizard, QWizardPage

from ...domain.models import StaffMember
from ...domain.services import settings, territories
from ..common import plain
from ..common.plain import PlainLabel
from ..first_run import WhoAreYouForm
from ..settings.committee_kinds import CommitteeKindsPage
from ..settings.identity import IdentityPage
from ..settings.official_picker import OfficialPicker
from ..settings.templates import TemplatesPage


class _Page(QWizardPage):
    def __init__(self, title: str, subtitle: str, content: QWidget):
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        layout = QVBoxLayout(self)
        layout.addWidget(content)
        self.content = content


class FabriquePage(_Page):
    def validatePage(self) -> bool:
        return self.content.save()


class WhoPage(_Page):
    def __init__(self, *args):
        super().__init__(*args)
        self.staff: StaffMember | None = None

    def initializePage(self) -> None:
        self.content.fields.editors["name"].setFocus()

    def validatePage(self) -> bool:
        self.staff = self.content.submit()
        return self.staff is not None


class TerritoryPage(_Page):
    def __init__(self, *args):
        super().__init__(*args)
        self.imported: territories.Imported | None = None

    def validatePage(self) -> bool:
        chosen = self.content.chosen_communes()
        if chosen:
            self.imported = territories.import_communes(chosen)
        areas = list(self.content.areas.values())
        if len(areas) == 1 and not settings.fabrique_settings()["territory_name"]:
            # One intercommunalité or département ticked: that is the territory's name.
            settings.update_settings({"territory_name": areas[0].name})
        return True


class MethodPage(_Page):
    def __init__(self, title: str, subtitle: str, templates: TemplatesPage, kinds: QWidget):
        super().__init__(title, subtitle, QTabWidget())
        self.content.addTab(templates, self.tr("Support templates"))
        self.content.addTab(kinds, self.tr("Kinds of committee"))
        self.templates = templates
        later = PlainLabel(
            self.tr(
                "Everything set here can be changed later in Fichier → Paramètres de la Fabrique."
            )
        )
        later.setWordWrap(True)
        self.layout().addWidget(later)

    def validatePage(self) -> bool:
        return self.templates.save_steps()


class SetupWizard(QWizard):
    """Shown on a file that has never been set up; ``staff`` is who answered."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Setting up Fabrique Desktop"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.identity = IdentityPage()
        self.who = WhoAreYouForm()
        self.picker = OfficialPicker()
        self.templates = TemplatesPage()
        self.kinds = CommitteeKindsPage()
        self.fabrique_page = FabriquePage(
            self.tr("1. Your Fabrique"),
            self.tr(
                "Its name heads every dossier and report; the structure that runs it, its "
                "address and its logo print on the dossiers' cover. All optional but the name."
            ),
            self.identity,
        )
        self.who_page = WhoPage(
            self.tr("2. Who you are"),
            self.tr("You sign the decisions and changes you record."),
            self.who,
        )
        self.territory_page = TerritoryPage(
            self.tr("3. Your territory"),
            self.tr(
                "Tick your intercommunalité (EPCI) or your département to import all their "
                "communes, or tick communes one by one. You can pass this step."
            ),
            self.picker,
        )
        self.method_page = MethodPage(
            self.tr("4. Your method"),
            self.tr(
                "The support plans milestones are created from, with their steps and days "
                "after the start of support, and the kinds of committee you hold."
            ),
            self.templates,
            self.kinds,
        )
        for page in (self.fabrique_page, self.who_page, self.territory_page, self.method_page):
            self.addPage(page)
        self.who.intro.hide()  # the page's subtitle says it already
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Start"))
        # Qt's Cancel (and Escape) would close at once: ours says what happens first.
        self.setOption(QWizard.WizardOption.NoCancelButton)
        self.setOption(QWizard.WizardOption.HaveCustomButton1)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Cancel"))
        self.customButtonClicked.connect(lambda _: self.leave())
        button = QWizard.WizardButton
        self.setButtonLayout(
            [
                button.Stretch,
                button.BackButton,
                button.NextButton,
                button.FinishButton,
                button.CustomButton1,
            ]
        )
        self.resize(760, 600)

    def leave(self) -> None:
        """Ask before leaving: the file does not open until the assistant is done."""
        answer = plain.question(
            self,
            self.windowTitle(),
            self.tr(
                "Leave the setting up? The file will not open. What the pages already "
                "saved is kept, and the assistant will start again next time."
            ),
        )
        if answer == plain.Button.Yes:
            self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.leave()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.leave()

    @property
    def staff(self) -> StaffMember | None:
        return self.who_page.staff

    def accept(self) -> None:
        settings.mark_set_up()
        super().accept()


def needs_set_up() -> bool:
    """A file nobody has set up nor used yet: no staff member, assistant never run."""
    return not settings.is_set_up() and not StaffMember.select().exists()
