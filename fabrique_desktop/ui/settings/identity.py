"""Paramètres → Identité: the Fabrique's name (it heads every dossier and report), the
structure that runs it, its territory's name, its address and its logo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.services import settings
from ...domain.validation import ValidationError
from ..common.fields import LongTextField, TextField
from ..common.fieldset import page_fields
from ..common.file_dialogs import all_files_filter, file_dialog
from ..common.plain import PlainLabel

LOGO_PREVIEW = 96


class IdentityPage(QWidget):
    """``save()`` writes the fields and returns whether the domain accepted them; a
    refusal is shown under its field and everything typed stays."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout, self.fields = page_fields(self)
        add = self.fields.add
        name = add("fabrique_name", self.tr("&Name of the Fabrique:"), TextField(self))
        name.setPlaceholderText(self.tr("e.g. Fabrique à initiatives du Grand Amiénois"))
        operator = add("operator_name", self.tr("&Run by:"), TextField(self))
        operator.setPlaceholderText(self.tr("e.g. CRESS Hauts-de-France, GRIEP"))
        territory = add("territory_name", self.tr("&Territory:"), TextField(self))
        territory.setPlaceholderText(self.tr("e.g. Amiens Métropole"))
        address = add("address", self.tr("&Address:"), LongTextField(self))
        address.setFixedHeight(70)

        logo_row = QHBoxLayout()
        self.logo_preview = PlainLabel(self)
        self.logo_preview.setObjectName("logo_preview")
        self.logo_preview.setFixedSize(LOGO_PREVIEW, LOGO_PREVIEW)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px solid palette(mid);")
        logo_row.addWidget(self.logo_preview)
        buttons = QVBoxLayout()
        self.choose_logo_button = QPushButton(self.tr("&Choose a logo…"), self)
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button = QPushButton(self.tr("Remove the &logo"), self)
        self.remove_logo_button.clicked.connect(self.remove_logo)
        buttons.addWidget(self.choose_logo_button)
        buttons.addWidget(self.remove_logo_button)
        buttons.addStretch(1)
        logo_row.addLayout(buttons)
        logo_row.addStretch(1)
        self.logo_message = PlainLabel(self)
        self.logo_message.setObjectName("error_logo")
        self.logo_message.setTextFormat(Qt.TextFormat.PlainText)
        self.logo_message.setWordWrap(True)
        self.logo_message.setStyleSheet("color: #b00020;")
        self.logo_message.hide()
        holder = QVBoxLayout()
        holder.addLayout(logo_row)
        holder.addWidget(self.logo_message)
        self.fields.form.addRow(self.tr("Logo (printed on the dossiers):"), holder)
        layout.addStretch(1)
        self.fields.fill(settings.fabrique_settings())
        self.show_logo(settings.logo())

    def show_logo(self, png: bytes | None) -> None:
        self.remove_logo_button.setEnabled(png is not None)
        if png is None:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
            return
        picture = QPixmap()
        picture.loadFromData(png)
        self.logo_preview.setPixmap(
            picture.scaled(
                LOGO_PREVIEW - 4,
                LOGO_PREVIEW - 4,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def choose_logo(self) -> None:
        pictures = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        dialog = file_dialog(
            self,
            self.tr("Choose a logo"),
            QFileDialog.AcceptMode.AcceptOpen,
            [self.tr("Pictures (*.png *.jpg *.jpeg)"), all_files_filter()],
            folder=pictures if pictures and Path(pictures).is_dir() else "",
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        if dialog.exec():
            self.use_logo(Path(dialog.selectedFiles()[0]))

    def use_logo(self, path: Path) -> bool:
        """Keep the picture at ``path`` as the logo; a refusal is said under the logo."""
        self.logo_message.hide()
        try:
            data = path.read_bytes()
        except OSError as error:
            self.logo_message.setText(
                self.tr("This file cannot be read (%1).").replace("%1", error.strerror or "")
            )
            self.logo_message.show()
            return False
        try:
            self.show_logo(settings.set_logo(data))
        except ValidationError as refused:
            self.logo_message.setText(next(iter(refused.errors.values())))
            self.logo_message.show()
            return False
        return True

    def remove_logo(self) -> None:
        settings.remove_logo()
        self.show_logo(None)

    def save(self) -> bool:
        try:
            settings.update_settings(self.fields.values())
        except ValidationError as refused:
            self.fields.show_errors(refused.errors)
            return False
        return True
