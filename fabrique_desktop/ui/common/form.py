"""The base of every record form: load a record, gather what was typed, save through a
domain service, show its errors in place, and guard unsaved changes."""

from __future__ import annotations

from typing import Any

from peewee import ForeignKeyField
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.concurrency import ConcurrentChange
from ...domain.models import database
from ...domain.validation import ValidationError
from . import plain
from .attachments import AttachmentsBox
from .buttons import action_button
from .decision import ask_reversal, set_possible
from .fieldset import FieldSet
from .flow_layout import FlowLayout
from .focus import order_tabs
from .history import ChangeHistoryDialog, DecisionHistory
from .links import RelatedLinks
from .plain import PlainLabel


class RecordForm(QWidget):
    """Subclasses build their fields in ``__init__`` and implement ``values_of``,
    ``defaults`` and ``persist``; ``refresh_actions`` enables their action buttons."""

    saved = Signal(object)  # the saved record
    dirty_changed = Signal(bool)
    loaded = Signal(object)  # the record now shown (None: a blank one)
    #: (section, record id): a link to a related record was followed.
    follow = Signal(str, object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.record: Any = None
        self._snapshot: dict[str, Any] = {}
        self._dirty = False

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.heading = PlainLabel(self)
        self.heading.setObjectName("form_heading")
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.heading.setWordWrap(True)
        outer.addWidget(self.heading)
        self.status_line = PlainLabel(self)
        self.status_line.setWordWrap(True)
        outer.addWidget(self.status_line)
        # Fields an exchange with another office left to decide (until someone does).
        self.conflict_line = PlainLabel(self)
        self.conflict_line.setObjectName("exchange_conflicts")
        self.conflict_line.setWordWrap(True)
        self.conflict_line.setStyleSheet("color: palette(highlight); font-weight: 600;")
        outer.addWidget(self.conflict_line)
        banner = PlainLabel(self)
        banner.setObjectName("error_banner")
        outer.addWidget(banner)

        self.scroll = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from the list to a field
        body = QWidget(scroll)
        self.body = QVBoxLayout(body)
        # In the scrolled part: on a small screen the links must not squeeze the fields.
        self.links = RelatedLinks(body)
        self.links.follow.connect(self.follow)
        self.body.addWidget(self.links)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Narrow, a label goes above its field rather than pushing the form sideways.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.body.addLayout(self.form)
        # Sections added by subclasses go between the fields and this stretch, which
        # keeps every row at its natural height.
        self.body.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        # The record's buttons wrap onto more lines in a narrow window.
        self.actions = FlowLayout()
        self.history_button = QPushButton(
            QCoreApplication.translate("RecordForm", "&History…"), self
        )
        self.history_button.setObjectName("history")
        self.history_button.clicked.connect(self.show_changes)
        self.actions.addWidget(self.history_button)
        self.save_button = QPushButton(QCoreApplication.translate("RecordForm", "&Save"), self)
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save)
        self.actions.addWidget(self.save_button)
        outer.addLayout(self.actions)

        self.fields = FieldSet(self.form, banner)
        self.fields.changed.connect(self.track_dirty)
        self.history: DecisionHistory | None = None
        self.attachments: AttachmentsBox | None = None

    # -- to implement ----------------------------------------------------------------
    def values_of(self, record: Any) -> dict[str, Any]:
        raise NotImplementedError

    def defaults(self) -> dict[str, Any]:
        return {}

    def stored_values(self, record: Any, names: Any = None) -> dict[str, Any]:
        """The values of ``record`` for the fields ``names`` (default: every field of the
        form), a linked record as its id: a pick list needs no more, and reading the
        linked record would cost a query for each one."""
        fields = record._meta.fields
        return {
            name: getattr(record, fields[name].object_id_name)
            if isinstance(fields.get(name), ForeignKeyField)
            else getattr(record, name)
            for name in (self.fields.editors if names is None else names)
        }

    def persist(self, values: dict[str, Any]) -> Any:
        """Create or update the record through its service; return it."""
        raise NotImplementedError

    def describe(self, record: Any) -> tuple[str, str]:
        """The heading and the status line shown above the fields."""
        return str(record), ""

    def show_record(self, record: Any) -> None:
        """Fill what the fields do not hold (tables of a section…), enable the editors
        the record's state allows."""

    def refresh_actions(self) -> None:
        """Enable or disable the record's actions (with a tooltip saying why)."""

    def decisions_about(self, record: Any):
        """The condition selecting the decisions shown under the form (None: no list)."""
        return None

    def show_history(self) -> None:
        """Add the list of the record's dated decisions below the form's sections."""
        self.history = DecisionHistory(self)
        self.history.refusal = self.why_not_reverse_here
        self.history.reverse_requested.connect(self.reverse)
        self.add_section(self.history)

    def why_not_reverse_here(self, decision: Any) -> str | None:
        """Why this form cannot reverse ``decision`` although the domain could (None: it
        can); e.g. the decision that created the record the form shows."""
        return None

    def reverse(self, decision: Any) -> None:
        """« Annuler cette décision »: the dialog asks the date and reason, then the record
        is shown in the state the reversal put back."""
        if not self.confirm_leave():
            return
        if ask_reversal(decision, self.session.staff, self):
            self.load(type(self.record).get_by_id(self.record.id))
            self.saved.emit(self.record)

    def show_attachments(self) -> None:
        """Add the box of the record's attached files below the form's sections."""
        self.attachments = AttachmentsBox(self)
        self.add_section(self.attachments)

    # -- behaviour ---------------------------------------------------------------------
    def add_section(self, widget: QWidget) -> None:
        """A block below the fields (a table of candidacies, the milestones…)."""
        self.body.insertWidget(self.body.count() - 1, widget)

    def add_button(self, row: QHBoxLayout, text: str, slot, name: str) -> QPushButton:
        """A button of a section's own row (a table's add/remove…)."""
        return action_button(self, row, text, slot, name)

    def add_action(self, text: str, slot, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        self.actions.insertWidget(self.actions.count() - 1, button)  # « Enregistrer » last
        return button

    def load(self, record: Any, *, saved: bool = False) -> None:
        """Show ``record`` (None: a blank one). ``saved``: it is the record shown, just
        saved by this form: its fields were written, not its decisions or files, which
        are not read again (each is a query, a round trip on a server)."""
        if record is None or self.record is None or record.id != self.record.id:
            self.scroll.verticalScrollBar().setValue(0)  # another record opens at its top
        self.record = record
        self.fields.fill(self.values_of(record) if record is not None else self.defaults())
        heading, status = self.describe(record) if record is not None else (self.new_heading(), "")
        self.heading.setText(heading)
        self.status_line.setText(status)
        self.links.show_links(record)  # a need's links name its study by the need's title
        if self.history is not None and not saved:
            self.history.show_decisions(self.decisions_about(record) if record else None)
        if self.attachments is not None and not saved:
            self.attachments.set_owner(record)
        self.history_button.setEnabled(record is not None)
        if not saved or self.conflict_line.text():  # a save may settle them, never add one
            self._show_conflicts(record)
        self.show_record(record)
        # After the sections: what they hold (a plan's dates) is saved with the fields.
        self._snapshot = self.gathered()
        self._set_dirty(False)
        self.refresh_actions()
        if database.obj.read_only:
            self.forbid_writes()
        order_tabs(self)  # sections may have built new rows (one per milestone…)
        self.loaded.emit(record)

    def _show_conflicts(self, record: Any) -> None:
        from ...domain.history import field_label
        from ...store.exchange import open_conflicts

        table = record._meta.table_name if record is not None else None
        conflicts = open_conflicts(table, record.id.hex) if record is not None else []
        self.conflict_line.setVisible(bool(conflicts))
        self.conflict_line.setText(
            QCoreApplication.translate(
                "RecordForm",
                "To decide after an exchange with another office (File → Exchange with "
                "another office…): %1",
            ).replace("%1", ", ".join(field_label(c.field) for c in conflicts if c.field))
            if conflicts
            else ""
        )

    def follow_colleagues(self) -> bool:
        """Show the version a colleague saved of the record shown, unless something was
        typed here (saving it then meets the concurrency check, which shows theirs).
        True when the form was read again."""
        if self.record is None or self._dirty:
            return False
        model = type(self.record)
        stored = model.get_or_none(model.id == self.record.id)
        if stored is None or stored.updated_at == self.record.updated_at:
            return False
        self.load(stored)
        return True

    def forbid_writes(self) -> None:
        """A read-only file: fields can be read and copied, not changed; every button
        that would write is disabled and says why."""
        for editor in self.fields.editors.values():
            if hasattr(editor, "setReadOnly"):
                editor.setReadOnly(True)
            else:  # pick lists and check lists have no read-only mode
                editor.setEnabled(False)
        for button in self.findChildren(QPushButton):
            if button.isEnabled():  # a disabled one keeps its own reason
                set_possible(button, True)  # refused unless it only reads

    def show_changes(self) -> None:
        """The record's change history, field by field (it cannot be edited)."""
        ChangeHistoryDialog(self.heading.text(), self.record.id, self.fields.captions, self).exec()

    def focus_first(self) -> None:
        if self.fields.editors:
            next(iter(self.fields.editors.values())).setFocus()

    def new_heading(self) -> str:
        return QCoreApplication.translate("RecordForm", "New record")

    def is_dirty(self) -> bool:
        return self._dirty

    def gathered(self) -> dict[str, Any]:
        """Everything « Enregistrer » saves: the fields, and what a section adds (the
        dates typed in a project's plan). Unsaved changes are judged on the same."""
        return self.fields.values()

    def show_errors(self, errors: dict[str, str]) -> None:
        """Show a refusal beside each field; a section shows the messages it owns."""
        self.fields.show_errors(errors)

    def track_dirty(self) -> None:
        self._set_dirty(self.gathered() != self._snapshot)

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def save(self) -> bool:
        """Save through the domain; on refusal show the messages and keep every value."""
        if database.obj.read_only:
            plain.information(
                self,
                QCoreApplication.translate("RecordForm", "Read-only"),
                QCoreApplication.translate(
                    "RecordForm", "This file is open read-only: nothing can be saved in it."
                ),
            )
            return False
        try:
            record = self.persist(self.gathered())
        except ValidationError as refused:
            if isinstance(refused, ConcurrentChange):
                # Someone saved it meanwhile: their version, shown under the fields, is
                # now the one saving again knowingly replaces (the typed values stay).
                self.record = refused.theirs
            self.show_errors(refused.errors)
            return False
        updated = self.record is not None and self.record.id == record.id
        self.load(type(record).get_by_id(record.id), saved=updated)
        self.saved.emit(self.record)
        return True

    def confirm_leave(self) -> bool:
        """May the form be left? Asks Save / Discard / Cancel when there are changes."""
        if not self._dirty:
            return True
        box = plain.message_box(
            QMessageBox.Icon.Question,
            self,
            QCoreApplication.translate("RecordForm", "Unsaved changes"),
            QCoreApplication.translate(
                "RecordForm", "This record has changes that are not saved. Save them?"
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        # Qt's French says « Ne pas tenir compte »; the README promises the plain words.
        box.button(QMessageBox.StandardButton.Discard).setText(
            QCoreApplication.translate("RecordForm", "Do&n't save")
        )
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.load(self.record)
            return True
        return False
