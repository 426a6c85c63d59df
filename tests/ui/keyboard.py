"""What a keyboard user meets in a window: the Alt+letter mnemonics it offers and the
order in which Tab visits its fields. Used by the tests that walk every window."""

from __future__ import annotations

import itertools
from collections import defaultdict

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QWidget,
)


def mnemonic(text: str) -> str | None:
    """The letter after the single « & » of ``text`` (« && » is a literal ampersand)."""
    position = 0
    while True:
        position = text.find("&", position)
        if position < 0 or position + 1 >= len(text):
            return None
        if text[position + 1] == "&":
            position += 2
            continue
        return text[position + 1].lower()


def _texts_offered(window: QWidget) -> list[tuple[str, str]]:
    """(text, kind) of every visible widget whose mnemonic Alt+letter reaches."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        if isinstance(widget, QAbstractButton):
            found.append((widget.text(), type(widget).__name__))
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            found.append((widget.text(), "QLabel"))
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            found.append((widget.title(), "QGroupBox"))
        elif isinstance(widget, QTabBar):
            found += [(widget.tabText(i), "tab") for i in range(widget.count())]
    if isinstance(window, QMainWindow) and window.menuWidget() is not None:
        found += [(action.text(), "menu") for action in window.menuBar().actions()]
    return found


def mnemonic_clashes(window: QWidget) -> dict[str, list[str]]:
    """Letters that more than one visible control of ``window`` claims, and by whom;
    each menu of its menu bar is a scope of its own, checked too."""
    scopes = [_texts_offered(window)]
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            if action.menu() is not None:
                scopes.append([(a.text(), "menu item") for a in action.menu().actions()])
    clashes: dict[str, list[str]] = {}
    for texts in scopes:
        claimed: dict[str, list[str]] = defaultdict(list)
        for text, _kind in texts:
            letter = mnemonic(text)
            if letter is not None:
                claimed[letter].append(text)
        clashes.update({f"{k}: {v}": v for k, v in claimed.items() if len(v) > 1})
    return clashes


def tab_chain(window: QWidget) -> list[QWidget]:
    """The widgets Tab visits, from the window's first, once round."""
    chain: list[QWidget] = []
    start = window
    widget = start.nextInFocusChain()
    while widget is not start and len(chain) < 2000:
        if (
            widget.window() is window
            and widget.isVisibleTo(window)
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not isinstance(widget, QMenu)
            and widget.focusProxy() is None
            and not _scrolled_out_of_a_list(widget)
        ):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def _scrolled_out_of_a_list(widget: QWidget) -> bool:
    """An editor in a list's cell, out of sight: its place is not kept up to date
    (reaching it by Tab scrolls it into view)."""
    parent = widget.parentWidget()
    view = parent.parentWidget() if parent is not None else None
    if not isinstance(view, QAbstractItemView) or parent is not view.viewport():
        return False
    return not parent.rect().intersects(widget.geometry())


def _branch(ancestor: QWidget, widget: QWidget) -> QWidget:
    """The child of ``ancestor`` that holds ``widget``."""
    while (parent := widget.parentWidget()) is not ancestor:
        widget = parent
    return widget


def _ancestors(widget: QWidget) -> list[QWidget]:
    chain = []
    while widget is not None:
        chain.append(widget)
        widget = widget.parentWidget()
    return chain


def _rect_in(ancestor: QWidget, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def reads_before(first: QWidget, second: QWidget, slack: int = 4) -> bool:
    """Does ``first`` come before ``second`` when reading the window (top to bottom,
    then left to right)? Compared where their branches part: the two panes side by
    side of a splitter, two rows of a form, two buttons of a row."""
    ancestors = _ancestors(second)
    common = next(w for w in _ancestors(first) if w in ancestors)
    if common is first or common is second:
        return True  # a widget and one of its own parts
    a = _rect_in(common, _branch(common, first))
    b = _rect_in(common, _branch(common, second))
    if b.top() >= a.bottom() - slack:
        return True  # below
    if a.top() >= b.bottom() - slack:
        return False  # above
    return b.left() >= a.right() - slack  # side by side: to the right


def out_of_reading_order(window: QWidget) -> list[str]:
    """Each Tab step of ``window`` that goes back up or to the left."""
    chain = tab_chain(window)
    return [
        f"{_describe(a)} → {_describe(b)}"
        for a, b in itertools.pairwise(chain)
        if not reads_before(a, b)
    ]


def _describe(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    return f"{type(widget).__name__}({widget.objectName() or text!s})"
