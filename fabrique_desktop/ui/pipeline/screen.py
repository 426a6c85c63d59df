"""« Vue pipeline »: one column per stage of the method, one card per need, study or
project. Dragging a card to the next column — or, by keyboard, « Déplacer vers… » in its
context menu (Menu key, Shift+F10) or Ctrl+→ — opens the decision dialog of that step;
the card moves only once the decision is recorded. A move the method refuses (backwards,
skipping a step, a gate not met) leaves the card where it was and says why above the
board. Enter or a double-click opens the record in its own screen.

The columns share the width (nothing scrolls sideways, even on a 1024-pixel screen);
each scrolls down, and its cards wrap their text to the column's width (the whole text
is also their tooltip).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ...domain import french
from ...domain.enums import StudyOutcome
from ...domain.models import Need, OpportunityStudy, database
from ...domain.pipeline import STAGES, Card, Stage, board, move_refusal
from ..common import plain, step_decisions
from ..common.colours import ALERT
from ..common.decision import DecisionDialog
from ..common.plain import PlainLabel
from ..session import Session

CARD_ROLE = Qt.ItemDataRole.UserRole + 1
#: Navigation rows of the screens a card opens in.
SECTION_OF = {Need: 1, OpportunityStudy: 2}
PROJECTS_SECTION = 3


#: Inside a card's border, around its text.
CARD_PADDING = 4


class CardDelegate(QStyledItemDelegate):
    """A card as tall as its text wrapped at the column's width. Qt's own size hint wraps
    at the width without the card's padding, so the last line of a long title was drawn
    as « … » in a card one line too short."""

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        view = self.parent()
        inside = CARD_PADDING + 1  # the padding and the border, each side
        # The style draws the text inside a margin of its own, as it does for any item.
        margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        width = view.viewport().width() - 2 * view.spacing() - 2 * inside - 2 * margin
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
        bounds = option.fontMetrics.boundingRect(QRect(0, 0, max(width, 1), 1 << 20), flags, text)
        return QSize(max(width, 1) + 2 * (inside + margin), bounds.height() + 2 * inside)


class CardList(QListWidget):
    """One column's cards. A card dropped here from another column asks the screen to
    move it; the drop itself never moves anything (the decision does)."""

    def __init__(self, stage: Stage, screen: PipelineScreen):
        super().__init__(screen)
        self.stage = stage
        self.pipeline = screen
        self.setObjectName(f"column_{stage.value}")
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)  # a word longer than the column
        self.setWordWrap(True)  # a card's title on two or three lines, never cut
        self.setResizeMode(QListView.ResizeMode.Adjust)  # wrapped again as the window resizes
        self.setMinimumWidth(60)  # six of them share a 1024-pixel screen
        self.setSpacing(3)
        self.setStyleSheet(
            "QListWidget::item { border: 1px solid #9a9a9a; border-radius: 4px; "
            f"padding: {CARD_PADDING}px; }}"
        )
        self.setItemDelegate(CardDelegate(self))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self.show_menu)
        self.itemActivated.connect(lambda item: screen.open_card(item.data(CARD_ROLE)))

    def dropEvent(self, event) -> None:
        source = event.source()
        if not isinstance(source, CardList) or source is self or source.currentItem() is None:
            event.ignore()
            return
        card = source.currentItem().data(CARD_ROLE)
        event.setDropAction(Qt.DropAction.IgnoreAction)  # the source keeps its card
        event.accept()
        # After the drag has ended: the decision dialog is modal.
        QTimer.singleShot(0, lambda: self.pipeline.move_card(card, self.stage))

    def keyPressEvent(self, event) -> None:
        onward = event.key() == Qt.Key.Key_Right
        if onward and event.modifiers() == Qt.KeyboardModifier.ControlModifier:
            item = self.currentItem()
            if item is not None and self.stage is not STAGES[-1]:
                self.pipeline.move_card(item.data(CARD_ROLE), STAGES[STAGES.index(self.stage) + 1])
            return
        super().keyPressEvent(event)

    def show_menu(self, position: QPoint) -> None:
        item = self.itemAt(position) or self.currentItem()
        if item is None:
            return
        if self.itemAt(position) is None:  # the keyboard's menu: beside the current card
            position = self.visualItemRect(item).center()
        self.pipeline.move_menu(item.data(CARD_ROLE)).exec(self.viewport().mapToGlobal(position))


class PipelineScreen(QWidget):
    def __init__(self, session: Session, go_to: Callable, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pipeline")
        self.session = session
        self.go_to = go_to
        self.notice = PlainLabel(self)
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.headings: dict[Stage, PlainLabel] = {}
        self.columns: dict[Stage, CardList] = {}
        row = QHBoxLayout()
        for stage in STAGES:
            heading = PlainLabel(self)
            heading.setObjectName(f"heading_{stage.value}")
            heading.setWordWrap(True)  # « Recherche du porteur » on two lines if need be
            heading.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            self.headings[stage] = heading
            self.columns[stage] = CardList(stage, self)
            column = QVBoxLayout()
            column.addWidget(heading)
            column.addWidget(self.columns[stage], 1)
            row.addLayout(column, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(row, 1)
        self.setFocusProxy(self.columns[Stage.KEPT])

        self.reload()

    # -- the board ------------------------------------------------------------------
    def reload(self) -> None:
        for column in board():
            heading = self.tr("%1 (%2)").replace("%1", column.stage.label)
            self.headings[column.stage].setText(heading.replace("%2", french.number(column.total)))
            if column.total > len(column.cards):
                self.headings[column.stage].setToolTip(
                    self.tr("The %1 most recent of %2")
                    .replace("%1", french.number(len(column.cards)))
                    .replace("%2", french.number(column.total))
                )
            cards = self.columns[column.stage]
            cards.clear()
            for card in column.cards:
                cards.addItem(self.card_item(card))

    def refresh(self) -> None:
        """Back on the screen: decisions taken elsewhere meanwhile show."""
        self.reload()

    def card_item(self, card: Card) -> QListWidgetItem:
        lines = [card.title]
        if card.commune and not card.title.endswith(card.commune):  # « Garage — Boves » says it
            lines.append(card.commune)
        if card.holder:
            lines.append(self.tr("Holder: %1").replace("%1", card.holder))
        if card.milestone:
            when = french.short_date(card.milestone_on)
            lines.append(self.tr("Next: %1, %2").replace("%1", card.milestone).replace("%2", when))
        if card.days_late:
            lines.append(self.tr("%n day(s) late", None, card.days_late))
        item = QListWidgetItem("\n".join(lines))
        item.setToolTip(plain.tooltip("\n".join(lines)))  # shown as typed, never as HTML
        item.setData(CARD_ROLE, card)
        if card.days_late:
            item.setForeground(ALERT)
        return item

    # -- moves ----------------------------------------------------------------------
    def move_menu(self, card: Card) -> QMenu:
        menu = QMenu(self.tr("Move to…"), self)
        for stage in STAGES:
            if stage is not card.stage:
                action = menu.addAction(stage.label)
                action.triggered.connect(lambda _=False, s=stage: self.move_card(card, s))
        return menu

    def move_card(self, card: Card, target: Stage) -> bool:
        """Ask for the decision that takes ``card`` to ``target``; True once recorded."""
        refusal = move_refusal(card, target)
        if refusal is None and database.obj.read_only:
            refusal = self.tr("The file is open read-only.")
        if refusal is not None:
            self.tell(refusal, alert=True)
            return False
        dialog = self.decision(card, target)
        if not dialog.exec():
            return False  # cancelled: the card stays where it was
        self.reload()
        self.tell(
            self.tr("« %1 » is now at the stage « %2 ».")
            .replace("%1", card.title)
            .replace("%2", target.label)
        )
        return True

    def tell(self, text: str, alert: bool = False) -> None:
        self.notice.setStyleSheet(f"color: {ALERT.name()};" if alert else "")
        self.notice.setText(text)
        self.notice.show()

    def decision(self, card: Card, target: Stage) -> DecisionDialog:
        """The dialog of the step's decision: the one the record's own form opens."""
        staff, record = self.session.staff, card.record
        if target is Stage.STUDY:
            return step_decisions.launch_study(record, staff, self)
        if target is Stage.VALIDATED:
            return step_decisions.decide_on_study(record, StudyOutcome.FAVOURABLE, staff, self)
        if target is Stage.RECRUITING:
            return step_decisions.open_project(record, staff, self)
        if target is Stage.SUPPORT:
            return step_decisions.retain_a_holder(record, staff, self)
        return step_decisions.declare_enterprise_created(record, staff, self)

    def open_card(self, card: Card) -> None:
        record = card.record
        section = SECTION_OF.get(type(record), PROJECTS_SECTION)
        self.go_to(section, record.id)


def build(session: Session, go_to: Callable) -> PipelineScreen:
    return PipelineScreen(session, go_to)
