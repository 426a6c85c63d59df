"""Field editors that read and write plain values, so forms can gather a dict for the
domain services and put back exactly what the user typed.

Each editor has ``value()``, ``set_value()`` and a ``changed`` signal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QDate, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTimeEdit,
    QWidget,
)

from ...domain.enums import LabelledEnum
from . import plain

#: The date an empty date field holds; Qt's date editors cannot be empty otherwise.
_NO_DATE = QDate(1900, 1, 1)


def choice_key(value: Any) -> str | None:
    """What a pick list stores for a value: enum code, record id or id as text.

    Qt compares item data as variants; plain strings compare reliably where Python
    objects (UUIDs, records) would compare by identity.
    """
    if value is None or value == "":
        return None
    if isinstance(value, LabelledEnum):
        return value.value
    return str(getattr(value, "id", value))


class CheckField(QCheckBox):
    """A yes/no field (kept apart from the text editors' ``changed`` signal name)."""

    def __init__(self, parent: QWidget | None = None, text: str = ""):
        super().__init__(text, parent)
        self.changed = self.toggled

    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, value: bool | None) -> None:
        self.setChecked(bool(value))


class TextField(QLineEdit):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, max_length: int = 200):
        super().__init__(parent)
        self.setMaxLength(max_length + 1000)  # let the domain say "too long" in French
        self.textChanged.connect(self.changed)

    def value(self) -> str:
        return self.text()

    def set_value(self, value: str | None) -> None:
        self.setText(value or "")


class LongTextField(QPlainTextEdit):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, lines: int = 4):
        super().__init__(parent)
        self.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 12)
        self.textChanged.connect(self.changed)

    def value(self) -> str:
        # toPlainText() turns U+00A0 (« 12 000 € », « « épicerie » ») into plain spaces;
        # the raw text keeps what was typed, with Qt's paragraph separators as newlines.
        return self.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n")

    def set_value(self, value: str | None) -> None:
        self.setPlainText(value or "")


def _leave_on_tab(editor: QWidget, forward: bool) -> bool:
    """Tab leaves a date or time field at once, as every other field.

    Qt's date editors use Tab to go from day to month to year: three Tabs to leave one
    date. Day, month and year are reached by typing or with the arrow keys.
    """
    return QWidget.focusNextPrevChild(editor, forward)


class DateField(QDateEdit):
    """A date in French order (jj/mm/aaaa) with a calendar, which may be left empty.

    Delete or Backspace on an empty-able field clears it.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, optional: bool = False):
        super().__init__(parent)
        self.optional = optional
        self.setDisplayFormat("dd/MM/yyyy")
        self.setCalendarPopup(True)
        if optional:
            self.setMinimumDate(_NO_DATE)
            self.setSpecialValueText(" ")
        self.setDate(_NO_DATE if optional else QDate.currentDate())
        self.dateChanged.connect(self.changed)

    def value(self) -> dt.date | None:
        if self.optional and self.date() == _NO_DATE:
            return None
        return self.date().toPython()

    def set_value(self, value: dt.date | None) -> None:
        if value is None:
            self.setDate(_NO_DATE if self.optional else QDate.currentDate())
        else:
            self.setDate(QDate(value.year, value.month, value.day))

    def focusNextPrevChild(self, next: bool) -> bool:
        return _leave_on_tab(self, next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.optional and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.setDate(_NO_DATE)
            return
        super().keyPressEvent(event)  # Alt+Down or F4 opens the calendar
        self._calendar_on_today()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)  # a click opens the calendar
        self._calendar_on_today()

    def _calendar_on_today(self) -> None:
        """An empty date's calendar shows this month, not janvier 1900 (the blank's
        stand-in); nothing is chosen until the user clicks a day."""
        if self.optional and self.date() == _NO_DATE and self.calendarWidget().isVisible():
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())


#: The time an empty time field holds. Midnight is its stand-in: no meeting starts at
#: 00:00, and a committee whose time nobody typed showed and printed « 00:00 ».
_NO_TIME = QTime(0, 0)


class TimeField(QTimeEdit):
    """A time of day (hh:mm), empty until one is typed; Delete or Backspace clears it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDisplayFormat("HH:mm")
        self.setMinimumTime(_NO_TIME)
        self._show_blank()
        self.timeChanged.connect(self.changed)
        self.editingFinished.connect(self._show_blank)

    def _show_blank(self) -> None:
        if self.time() == _NO_TIME:
            self.setSpecialValueText(" ")  # shown at the minimum: "not given"

    def focusNextPrevChild(self, next: bool) -> bool:
        return _leave_on_tab(self, next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
            self.lineEdit().selectedText() == self.text() or self.time() == _NO_TIME
        ):
            self.set_value(None)
            return
        if self.specialValueText() and event.text().isdigit():
            # Typed digits go into the hours of « 00:00 », not after the blank's space.
            self.setSpecialValueText("")
            self.setSelectedSection(QTimeEdit.Section.HourSection)
        super().keyPressEvent(event)

    def value(self) -> dt.time | None:
        return None if self.time() == _NO_TIME else self.time().toPython()

    def set_value(self, value: dt.time | None) -> None:
        self.setTime(_NO_TIME if value is None else value)
        self._show_blank()


class PickList(QComboBox):
    """A pick list whose tooltip always gives the whole current choice.

    A box is as narrow as its screen lets it be (« Tous les chargés de mission » on a
    1024-pixel netbook) and Qt cuts its text without a word: the tooltip gives it back,
    followed by ``note`` when the box has something to explain.
    """

    def __init__(self, parent: QWidget | None = None, note: str = ""):
        super().__init__(parent)
        self.note = note
        self.currentTextChanged.connect(self._tell_whole_text)
        self._tell_whole_text(self.currentText())

    def _tell_whole_text(self, text: str) -> None:
        # A name typed by a user (« <b>gras</b> ») is shown as typed, never as HTML.
        self.setToolTip(plain.tooltip("\n".join(part for part in (text, self.note) if part)))


class ChoiceField(PickList):
    """A pick list of (value, label) pairs; optionally with an empty first entry."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, empty_label: str | None = None):
        super().__init__(parent)
        self.empty_label = empty_label
        self.currentIndexChanged.connect(self.changed)

    def set_choices(self, choices: Iterable[tuple[Any, str]]) -> None:
        current = self.value()
        self.blockSignals(True)
        self.clear()
        if self.empty_label is not None:
            self.addItem(self.empty_label, None)
        for value, label in choices:
            self.addItem(label, choice_key(value))
        self.blockSignals(False)
        self.set_value(current)

    def make_searchable(self) -> None:
        """A long pick list (holders, needs…): typing any part of a name narrows it."""
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # a choice, never new text
        completer = self.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(completer.CompletionMode.PopupCompletion)

    def set_enum(self, enum: type[LabelledEnum]) -> None:
        self.set_choices(enum.choices())

    def value(self) -> Any:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        key = choice_key(value)
        index = -1 if key is None else self.findData(key)
        # Unknown or no value: the empty entry, or else the first one, as any pick list.
        self.setCurrentIndex(max(index, 0) if self.count() else -1)


class NumberField(QDoubleSpinBox):
    """A decimal number written the French way (2,5); empty is allowed."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, maximum: float = 10000, decimals: int = 1):
        super().__init__(parent)
        self.setRange(-1, maximum)
        self.setDecimals(decimals)
        self.setSpecialValueText(" ")  # shown at the minimum: "not given"
        self.setValue(-1)
        self.valueChanged.connect(self.changed)

    def value(self) -> float | None:  # type: ignore[override]
        number = super().value()
        return None if number < 0 else number

    def set_value(self, value: float | None) -> None:
        self.setValue(-1 if value is None else value)


class MultiChoiceField(QListWidget):
    """A checkable list, for the partners of a need or the members of a committee."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.itemChanged.connect(self.changed)
        self.setMaximumHeight(140)

    def set_choices(self, choices: Sequence[tuple[Any, str]]) -> None:
        chosen = set(self.value())
        self.blockSignals(True)
        self.clear()
        for value, label in choices:
            item = QListWidgetItem(label, self)
            key = choice_key(value)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setCheckState(Qt.CheckState.Checked if key in chosen else Qt.CheckState.Unchecked)
        self.blockSignals(False)

    def value(self) -> list:
        return [
            self.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_value(self, values: Iterable[Any]) -> None:
        wanted = {choice_key(v) for v in values or ()}
        self.blockSignals(True)
        for row in range(self.count()):
            item = self.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.blockSignals(False)
        self.changed.emit()
