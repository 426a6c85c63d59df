"""« Demandes RGPD »: the register of requests, whole (Fichier → « Demandes RGPD… ») or
one person's lines (from their form, where a new request is recorded); each line's
status, filters, its answer (and the letter), its deadline extended with a reason."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
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
from .colours import ALERT
from .columns import fit_columns
from .fields import PickList


class RequestsDialog(QDialog):
    def __init__(self, person: Person | None, staff: StaffMember | None, parent=None):
        super().__init__(parent)
        self.person, self.staff = person, staff
        self.setObjectName("requests_dialog")
        if person is None:
            self.setWindowTitle(self.tr("GDPR requests"))
        else:
            self.setWindowTitle(self.tr("GDPR requests — %1").replace("%1", person.name))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.status_filter = self._filter(
            filters, "status_filter", self.tr("All statuses"), register.STATUSES
        )
        self.kind_filter = self._filter(
            filters, "kind_filter", self.tr("All kinds"), [k.label for k in RequestKind]
        )
        filters.addStretch()
        layout.addLayout(filters)
        self.table = QTreeWidget(self)
        self.table.setObjectName("requests")
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setHeaderLabels(
            [
                self.tr("Person"),
                self.tr("Request"),
                self.tr("Received on"),
                self.tr("Deadline"),
                self.tr("Status"),
                self.tr("What was done"),
            ]
        )
        self.table.setColumnHidden(0, person is not None)
        layout.addWidget(self.table)
        if person is not None:
            new_row = QHBoxLayout()
            self.kind = PickList(self)
            self.kind.setObjectName("kind")
            for kind in RequestKind.rights():
                self.kind.addItem(kind.label, kind.value)
            new_row.addWidget(QLabel(self.tr("New request received today:"), self))
            new_row.addWidget(self.kind)
            self.add_button = self._button(new_row, self.tr("&Record"), self.record, "record")
            layout.addLayout(new_row)
        actions = QHBoxLayout()
        self._button(actions, self.tr("&Extend by two months…"), self.extend, "extend")
        self._button(actions, self.tr("&Answer…"), self.answer, "answer")
        self._button(actions, self.tr("Answer &letter…"), self.letter, "letter")
        actions.addStretch()
        layout.addLayout(actions)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()
        fit_columns(self.table, 0, 5)

    def _filter(self, row, name: str, everything: str, labels) -> QComboBox:
        combo = PickList(self)
        combo.setObjectName(name)
        combo.addItem(everything, None)
        for label in labels:
            combo.addItem(label, label)
        combo.currentIndexChanged.connect(self.reload)
        row.addWidget(combo)
        return combo

    def _button(self, row, text, slot, name) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    def reload(self) -> None:
        if not hasattr(self, "table"):
            return  # a filter filled while the dialog is being built
        kind_label = self.kind_filter.currentData()
        kind = next((k for k in RequestKind if k.label == kind_label), None)
        rows = register.all_requests(
            self.status_filter.currentData(), kind, self.person.id if self.person else None
        )
        self.table.clear()
        for request, due, status in rows:
            answered = request.answered_on
            item = QTreeWidgetItem(
                self.table,
                [
                    request.person_label,
                    request.kind.label,
                    french.short_date(request.received_on),
                    french.short_date(due),
                    status + (f" ({french.short_date(answered)})" if answered else ""),
                    request.action_taken,
                ],
            )
            item.setData(0, Qt.ItemDataRole.UserRole, request.id)
            item.setToolTip(5, plain.tooltip(request.action_taken))
            if status == register.LATE:
                for column in range(self.table.columnCount()):
                    item.setForeground(column, QBrush(ALERT))
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
        reason, ok = QInputDialog.getText(
            self, self.tr("Extend by two months"), self.tr("Reason (told to the person):")
        )
        months = register.MAX_EXTENSION_MONTHS - request.extended_months
        if ok:
            self._guarded(lambda: register.extend_request(request, months, reason))

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
        if request.kind is RequestKind.RETENTION:
            plain.information(
                self,
                self.windowTitle(),
                self.tr("Keeping data longer is the Fabrique's decision: there is no letter."),
            )
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Answer letter"), "reponse-rgpd.pdf", "PDF (*.pdf)"
        )
        if path:
            try:
                answer_letter(request, fabrique_settings()).write(Path(path))
            except OSError as error:
                plain.warning(self, self.windowTitle(), error.strerror or str(error))
