"""« Demandes RGPD » of one person: the register's lines about them, a new request, its
answer (and the letter), or a deadline extended with a reason."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from ...domain import french
from ...domain.enums import RequestKind
from ...domain.models import PersonalDataRequest, StaffMember
from ...domain.rgpd import register
from ...domain.rgpd.persons import Person
from ...domain.services.settings import fabrique_settings
from ...domain.validation import ValidationError
from . import plain


class RequestsDialog(QDialog):
    def __init__(self, person: Person, staff: StaffMember | None, parent=None):
        super().__init__(parent)
        self.person, self.staff = person, staff
        self.setObjectName("requests_dialog")
        self.setWindowTitle(self.tr("GDPR requests — %1").replace("%1", person.name))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        self.table = QTreeWidget(self)
        self.table.setObjectName("requests")
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels(
            [
                self.tr("Request"),
                self.tr("Received on"),
                self.tr("Deadline"),
                self.tr("Answered on"),
            ]
        )
        layout.addWidget(self.table)
        new_row = QHBoxLayout()
        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        for kind in RequestKind.rights():
            self.kind.addItem(kind.label, kind.value)
        new_row.addWidget(QLabel(self.tr("New request received today:"), self))
        new_row.addWidget(self.kind)
        self.add_button = self._button(new_row, self.tr("&Record"), self.record, "record")
        layout.addLayout(new_row)
        actions = QHBoxLayout()
        self._button(actions, self.tr("&Extend…"), self.extend, "extend")
        self._button(actions, self.tr("&Answer…"), self.answer, "answer")
        self._button(actions, self.tr("Answer &letter…"), self.letter, "letter")
        actions.addStretch()
        layout.addLayout(actions)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()

    def _button(self, row, text, slot, name) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    def reload(self) -> None:
        self.table.clear()
        requests = PersonalDataRequest.select().where(
            PersonalDataRequest.person_id == self.person.id
        )
        for request in requests.order_by(PersonalDataRequest.received_on.desc()):
            due = register.deadline(request)
            answered = request.answered_on
            item = QTreeWidgetItem(
                self.table,
                [
                    request.kind.label,
                    french.short_date(request.received_on),
                    french.short_date(due),
                    french.short_date(answered) if answered else "",
                ],
            )
            item.setData(0, Qt.ItemDataRole.UserRole, request.id)
        if self.table.topLevelItemCount():
            self.table.setCurrentItem(self.table.topLevelItem(0))

    def current(self) -> PersonalDataRequest | None:
        item = self.table.currentItem()
        if item is None:
            return None
        return PersonalDataRequest.get_by_id(item.data(0, Qt.ItemDataRole.UserRole))

    def _guarded(self, action) -> None:
        try:
            action()
        except ValidationError as error:
            plain.warning(self, self.windowTitle(), " ".join(error.errors.values()))
        self.reload()

    def record(self) -> None:
        values = {"kind": self.kind.currentData(), "received_on": dt.date.today()}
        self._guarded(lambda: register.record_request(self.person, values, self.staff))

    def extend(self) -> None:
        request = self.current()
        if request is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Extend by one month"), self.tr("Reason:"))
        if ok:
            self._guarded(lambda: register.extend_request(request, 1, reason))

    def answer(self) -> None:
        request = self.current()
        if request is None:
            return
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Answer"), self.tr("What was done:"))
        if ok:
            values = {"answered_on": dt.date.today(), "action_taken": text}
            self._guarded(lambda: register.answer_request(request, values))

    def letter(self) -> None:
        from ...dossiers.rgpd_letters import answer_letter  # reportlab: when printing only

        request = self.current()
        if request is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Answer letter"), "reponse-rgpd.pdf", "PDF (*.pdf)"
        )
        if path:
            try:
                answer_letter(request, fabrique_settings()).write(Path(path))
            except OSError as error:
                plain.warning(self, self.windowTitle(), error.strerror or str(error))
