"""A cut cell shows its whole value as a tooltip, a cell that fits shows none; a row of
buttons wraps instead of cutting them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QPushButton,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from fabrique_desktop.ui.common.columns import FullTextTips, fit_columns
from fabrique_desktop.ui.common.flow_layout import FlowLayout

LONG = "Mobilité en zone rurale : transport à la demande solidaire — Conty"


def tooltip(view, row: int, column: int) -> str:
    index = view.model().index(row, column)
    option = QStyleOptionViewItem()
    option.rect = view.visualRect(index)
    option.fontMetrics = view.fontMetrics()
    return view.itemDelegate().full_text(option, index)


def test_only_a_cut_cell_gets_its_whole_value_as_tooltip(qtbot):
    view = QTreeWidget()
    qtbot.addWidget(view)
    view.setHeaderLabels(["Date", "Fiche", "Détail"])
    QTreeWidgetItem(view, ["07/08/2026", LONG, "Projet"])
    fit_columns(view, 1)
    assert isinstance(view.itemDelegate(), FullTextTips)
    view.resize(300, 200)
    view.show()
    assert view.header().sectionSize(1) < view.fontMetrics().horizontalAdvance(LONG)
    assert tooltip(view, 0, 1) == LONG  # cut: « Mobilité en… » and the whole in the tip
    assert tooltip(view, 0, 0) == ""  # the date fits: no tooltip repeating it
    view.resize(900, 200)
    assert tooltip(view, 0, 1) == ""


def test_buttons_wrap_onto_a_second_line_when_narrow(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    row = FlowLayout(widget)
    buttons = [QPushButton(text) for text in ("Historique…", "Déclarer l'entreprise créée",
                                              "Abandonner", "Enregistrer")]  # fmt: skip
    for button in buttons:
        row.addWidget(button)
    widget.resize(900, 100)
    widget.show()
    assert len({b.y() for b in buttons}) == 1
    widget.resize(300, 200)
    qtbot.wait(10)
    assert len({b.y() for b in buttons}) > 1
    assert all(b.width() >= b.sizeHint().width() for b in buttons)  # none cut
    assert all(b.geometry().right() <= widget.width() for b in buttons)
