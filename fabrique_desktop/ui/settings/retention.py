"""The « Données personnelles » tab: how long people's data are kept (with where each
default comes from), and the printable « mention d'information » for holders."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import PersonKind
from ...domain.rgpd.retention import (
    RETENTION,
    describe_retention,
    retention_years,
    update_retention,
)
from ...domain.services.settings import fabrique_settings
from ...domain.validation import ValidationError
from ...dossiers.rgpd_letters import information_notice


class RetentionPage(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        years = retention_years()
        self.spins: dict[str, QSpinBox] = {}
        for setting in RETENTION:
            spin = QSpinBox(self)
            spin.setObjectName(setting.key)
            spin.setRange(1, 30)
            # « 1 an », « 2 ans »: the unit follows the number.
            spin.valueChanged.connect(
                lambda value, spin=spin: spin.setSuffix(self.tr(" year(s)", "", value))
            )
            spin.setValue(years[setting.key])
            spin.setSuffix(self.tr(" year(s)", "", spin.value()))
            self.spins[setting.key] = spin
            form.addRow(setting.label + " :", spin)
            source = QLabel(setting.source, self)
            source.setWordWrap(True)
            source.setStyleSheet("color: palette(mid);")
            form.addRow("", source)
        self.error = QLabel(self)
        self.error.setObjectName("retention_error")
        layout.addWidget(self.error)
        notice = QPushButton(self.tr("Save the information &notice for holders…"), self)
        notice.setObjectName("information_notice")
        notice.clicked.connect(self.save_notice)
        layout.addWidget(notice)
        layout.addStretch()

    def save(self) -> bool:
        try:
            update_retention({key: spin.value() for key, spin in self.spins.items()})
        except ValidationError as error:
            self.error.setText(" ".join(error.errors.values()))
            return False
        return True

    def save_notice(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Information notice"), "mention-d-information.pdf", "PDF (*.pdf)"
        )
        if not path:
            return
        try:
            information_notice(fabrique_settings(), describe_retention(PersonKind.HOLDER)).write(
                Path(path)
            )
        except OSError as error:
            QMessageBox.warning(self, self.tr("Information notice"), error.strerror or str(error))
