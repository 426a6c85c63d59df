"""Fichier → Paramètres de la Fabrique: its identity, its communes, its support templates,
its kinds of committee, its retention periods and the offices it exchanges with, one
tab each. Lists are saved as they
are edited; the identity and the retention periods are saved with « Enregistrer »."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from .committee_kinds import CommitteeKindsPage
from .communes import CommunesPage
from .identity import IdentityPage
from .offices import OfficesPage
from .retention import RetentionPage
from .templates import TemplatesPage


class FabriqueSettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, tab: str = "identity"):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings of the Fabrique"))
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.identity = IdentityPage(self)
        self.communes = CommunesPage(self)
        self.templates = TemplatesPage(self)
        self.kinds = CommitteeKindsPage(self)
        self.retention = RetentionPage(self)
        self.offices = OfficesPage(self)
        self.pages = {
            "identity": (self.identity, self.tr("&Identity")),
            "communes": (self.communes, self.tr("&Communes")),
            "templates": (self.templates, self.tr("Support &templates")),
            "kinds": (self.kinds, self.tr("&Kinds of committee")),
            "retention": (self.retention, self.tr("&Personal data")),
            "offices": (self.offices, self.tr("&Offices")),
        }
        for page, label in self.pages.values():
            self.tabs.addTab(page, label)
        self.tabs.setCurrentWidget(self.pages[tab][0])
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 540)

    def submit(self) -> None:
        if not self.identity.save():
            self.tabs.setCurrentWidget(self.identity)
            return
        if not self.templates.save_steps():
            self.tabs.setCurrentWidget(self.templates)
            return
        if not self.retention.save():
            self.tabs.setCurrentWidget(self.retention)
            return
        if not self.offices.save():
            self.tabs.setCurrentWidget(self.offices)
            return
        self.accept()
