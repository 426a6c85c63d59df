"""A named push button wired to its action, as every form and section lays them out."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QBoxLayout, QPushButton, QWidget


def action_button(
    parent: QWidget, row: QBoxLayout, text: str, slot: Callable[[], object], name: str
) -> QPushButton:
    """A button added to ``row``; its object name lets tests and shortcuts find it."""
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.clicked.connect(slot)
    row.addWidget(button)
    return button


def without_mnemonic(text: str) -> str:
    """A button's text as a title: « É&carter » → « Écarter » (« && » stays « & »)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")
