"""Fichier → Échanger avec un autre poste…: prepare an envoi for a partner office, or
receive one: its summary first, nothing written until « Recevoir » is pressed, then
each conflict with both values, who and when, to decide (keep, take, or type another).

The dialog calls the exchange services only; it writes no SQL.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.history import field_label
from ...domain.validation import ValidationError
from ...store import exchange
from ...store.exchange.conflicts import record_name
from ..common.background import ProgressTask
from ..common.fields import PickList
from ..common.file_dialogs import all_files_filter, file_dialog, file_to_save
from ..common.plain import PlainLabel


class ExchangeDialog(QDialog):
    def __init__(self, db_path: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.db_path = db_path
        self.envoi: exchange.envoi.Envoi | None = None
        self.task: ProgressTask | None = None
        self.setWindowTitle(self.tr("Exchange with another office"))
        layout = QVBoxLayout(self)
        self.identity = PlainLabel(self)
        self.identity.setWordWrap(True)
        identity_row = QHBoxLayout()
        identity_row.addWidget(self.identity, 1)
        # An unnamed office cannot sign an envoi: the way to name it, at hand.
        self.name_button = QPushButton(self.tr("&Name this office…"), self)
        self.name_button.setObjectName("name_office")
        self.name_button.clicked.connect(self.name_this_office)
        identity_row.addWidget(self.name_button)
        layout.addLayout(identity_row)

        send = QGroupBox(self.tr("Prepare an envoi"), self)
        send_layout = QHBoxLayout(send)
        self.recipient = PickList(send)
        self.recipient.setObjectName("recipient")
        send_layout.addWidget(self.recipient, 1)
        self.prepare_button = QPushButton(self.tr("&Prepare an envoi…"), send)
        self.prepare_button.setObjectName("prepare")
        self.prepare_button.clicked.connect(self.choose_envoi_to_write)
        send_layout.addWidget(self.prepare_button)
        layout.addWidget(send)
        self.how_to_start = PlainLabel(
            self.tr(
                "No partner office yet. Prepare a first envoi, take the file to the other "
                "office (USB key, e-mail) and receive it there with « Receive an envoi… »; "
                "its envois come back the same way."
            ),
            self,
        )
        self.how_to_start.setObjectName("how_to_start")
        self.how_to_start.setWordWrap(True)
        layout.addWidget(self.how_to_start)
        self.sharing = PlainLabel(self)
        self.sharing.setWordWrap(True)
        layout.addWidget(self.sharing)
        self.recipient.currentIndexChanged.connect(self._show_sharing)

        receive = QPushButton(self.tr("&Receive an envoi…"), self)
        receive.setObjectName("receive")
        receive.clicked.connect(self.choose_envoi_to_read)
        layout.addWidget(receive)
        self.summary = PlainLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.apply_button = QPushButton(self.tr("Re&ceive it"), self)
        self.apply_button.setObjectName("apply")
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        layout.addWidget(self.apply_button)

        self.conflicts = QListWidget(self)
        self.conflicts.setObjectName("conflicts")
        self.conflicts.currentRowChanged.connect(self._show_conflict)
        layout.addWidget(self.conflicts, 1)
        decide = QGroupBox(self.tr("Decide"), self)
        decide_layout = QVBoxLayout(decide)
        self.mine = QRadioButton(decide)
        self.theirs = QRadioButton(decide)
        self.other = QRadioButton(self.tr("&Another value:"), decide)
        self.other_value = QLineEdit(decide)
        self.accept_deletion = QRadioButton(decide)
        self.accept_deletion.setObjectName("accept_deletion")
        for widget in (self.mine, self.theirs, self.other, self.other_value, self.accept_deletion):
            decide_layout.addWidget(widget)
        self.decide_button = QPushButton(self.tr("&Decide"), decide)
        self.decide_button.setObjectName("decide")
        self.decide_button.clicked.connect(self.decide)
        decide_layout.addWidget(self.decide_button)
        self.error = PlainLabel(decide)
        self.error.setStyleSheet("color: palette(highlight);")
        decide_layout.addWidget(self.error)
        self.decide_box = decide
        layout.addWidget(decide)
        layout.addStretch(0)  # keeps the rest at the top while no conflict is listed
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()
        self.resize(720, 640)

    # -- preparing ----------------------------------------------------------------------
    def refresh(self) -> None:
        me = exchange.own_identity()
        self.identity.setText(
            self.tr("This office: %1 (%2).")
            .replace("%1", me.name or "—")
            .replace("%2", me.structure or "—")
            if me.name
            else self.tr("Name this office first: each envoi says which office it comes from.")
        )
        self.name_button.setVisible(not me.name)
        self.prepare_button.setEnabled(bool(me.name))
        self.recipient.clear()
        partners = exchange.partners()
        for office in partners:
            self.recipient.addItem(office.name, office.id)
        self.recipient.addItem(self.tr("An office not met yet (first envoi)"), None)
        self.how_to_start.setVisible(not partners)
        self._show_sharing()
        self._fill_conflicts()

    def name_this_office(self) -> None:
        from ..settings.dialog import FabriqueSettingsDialog  # its pages: only when asked

        FabriqueSettingsDialog(self, tab="offices").exec()
        self.refresh()

    def _show_sharing(self) -> None:
        office_id = self.recipient.currentData()
        office = next((o for o in exchange.partners() if o.id == office_id), None)
        sharing = office.sharing if office else exchange.own_identity().sharing
        shared = self.tr("Shared: everything.")
        if sharing == "restricted":
            shared = self.tr(
                "Shared: everything except the holders' contact details (e-mail, phone, "
                "address), the attachments and the personal data requests."
            )
        self.sharing.setText(shared)

    def choose_envoi_to_write(self) -> None:
        path = file_to_save(
            self,
            self.tr("Prepare an envoi"),
            self.tr("Envois (*.fabrique-echange)"),
            exchange.envoi_name(),
        )
        if path is not None:
            self.prepare_to(path)

    def prepare_to(self, path: Path) -> None:
        """Write the envoi off the GUI thread: a first envoi of a large file takes time."""
        recipient = self.recipient.currentData()
        self.task = ProgressTask(
            self,
            self.tr("Prepare an envoi"),
            self.tr("Preparing the envoi…"),
            lambda report: exchange.prepare(path, recipient, _share(report)),
            lambda prepared: self.summary.setText(prepared.describe()),
            self.summary.setText,
        )

    # -- receiving ------------------------------------------------------------------------
    def choose_envoi_to_read(self) -> None:
        dialog = file_dialog(
            self,
            self.tr("Receive an envoi"),
            QFileDialog.AcceptMode.AcceptOpen,
            [self.tr("Envois (*.fabrique-echange)"), all_files_filter()],
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        if dialog.exec():
            self.receive_from(Path(dialog.selectedFiles()[0]))

    def receive_from(self, path: Path) -> None:
        """Read and check the envoi, and say what receiving it would do, off the GUI
        thread (a first envoi holds every record of a whole file): nothing is written
        until « Recevoir cet envoi » is pressed."""
        self.envoi = None
        self.apply_button.setEnabled(False)

        def read_and_preview(report) -> tuple[exchange.envoi.Envoi, exchange.Received]:
            # Checking the envoi is the first half of the bar, the preview the second.
            envoi = exchange.read(path, lambda done, total: report(done / max(total, 1) / 2))
            return envoi, exchange.preview(
                envoi, lambda done, total: report(0.5 + done / max(total, 1) / 2)
            )

        def previewed(result: tuple[exchange.envoi.Envoi, exchange.Received]) -> None:
            self.envoi, preview = result
            self.summary.setText(
                self.tr("Nothing has been written yet. %1").replace("%1", preview.describe())
            )
            self.apply_button.setEnabled(True)

        self.task = ProgressTask(
            self,
            self.tr("Receive an envoi"),
            self.tr("Reading the envoi…"),
            read_and_preview,
            previewed,
            self.summary.setText,
        )

    def apply(self) -> None:
        """Back the file up, then apply the envoi in one transaction, off the GUI thread;
        « Annuler » rolls it all back."""
        if self.envoi is None:
            return
        envoi, self.envoi = self.envoi, None
        self.apply_button.setEnabled(False)
        self.task = ProgressTask(
            self,
            self.tr("Receive an envoi"),
            self.tr("Receiving the envoi…"),
            lambda report: exchange.receive(envoi, self.db_path, _share(report)),
            self._received,
            self.summary.setText,
        )

    def _received(self, received: exchange.Received) -> None:
        self.summary.setText(self.tr("Received. %1").replace("%1", received.describe()))
        self.refresh()

    # -- conflicts ------------------------------------------------------------------------
    def _fill_conflicts(self) -> None:
        self.conflicts.clear()
        for conflict in exchange.open_conflicts():
            item = QListWidgetItem(describe_conflict(conflict), self.conflicts)
            item.setData(Qt.ItemDataRole.UserRole, conflict)
        # Nothing to decide: no empty choices on screen (the preview, a settled file).
        self.decide_box.setVisible(self.conflicts.count() > 0)
        self.conflicts.setVisible(self.conflicts.count() > 0)
        if self.conflicts.count():
            self.conflicts.setCurrentRow(0)

    def _show_conflict(self, row: int) -> None:
        item = self.conflicts.item(row)
        if item is None:
            return
        conflict = item.data(Qt.ItemDataRole.UserRole)
        refused = conflict.kind == "refused"
        if refused:
            self.mine.setText(
                self.tr("Set the change received aside: this office keeps its records")
            )
        else:
            self.mine.setText(
                self.tr("Keep this office's value: %1").replace("%1", conflict.mine_side())
            )
        self.theirs.setText(
            self.tr("Take the value received: %1").replace("%1", conflict.theirs_side())
        )
        self.theirs.setVisible(not refused)
        self.other.setVisible(not refused)
        self.other_value.setVisible(not refused)
        gone = exchange.deletion_offer(conflict)
        self.accept_deletion.setVisible(gone is not None)
        if gone is not None:
            counts: dict[str, int] = {}
            for table, _ in gone:
                counts[table] = counts.get(table, 0) + 1
            self.accept_deletion.setText(
                self.tr("Accept the deletion (deleted here too: %1)").replace(
                    "%1", exchange.describe_counts(counts)
                )
                if counts
                else self.tr("Accept the deletion (this office does not hold the record)")
            )
        self.mine.setChecked(True)
        self.other_value.setText("" if refused else str(conflict.mine or ""))
        self.error.clear()

    def decide(self) -> None:
        item = self.conflicts.currentItem()
        if item is None:
            return
        conflict = item.data(Qt.ItemDataRole.UserRole)
        value: Any = conflict.mine
        if self.theirs.isChecked():
            value = conflict.theirs
        elif self.other.isChecked():
            value = self.other_value.text()
        try:
            if self.accept_deletion.isChecked():
                exchange.accept_deletion(conflict.id)
            else:
                exchange.resolve(conflict.id, value)
        except ValidationError as error:
            self.error.setText(_message(error))
            return
        self._fill_conflicts()


def _share(report):
    """The exchange counts changes; a progress task wants the share done."""
    return lambda done, total: report(done / max(total, 1))


def _message(error: Exception) -> str:
    if isinstance(error, ValidationError):
        return " ".join(error.errors.values())
    return str(error)


def describe_conflict(conflict: exchange.Conflict) -> str:
    """« Besoin « Épicerie » — Titre, modifié sur les deux postes » for the list."""
    what = record_name(conflict)
    if conflict.kind == "refused":
        return f"{what} — {conflict.message}"
    why = conflict.message[0].lower() + conflict.message[1:]
    return f"{what} — {field_label(conflict.field)} : {why}"
