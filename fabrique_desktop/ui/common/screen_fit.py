"""Every window and dialog on screen: none larger than the screen's available area, none
placed outside it.

Offices run 1366×768 laptops, often at 150 % (911×512 usable points): a window sized for
a desktop monitor, or a geometry restored from one, would hide its buttons below the
screen's edge. One application-wide filter brings every top-level widget inside the
available area as it is shown, whatever built it (our dialogs, Qt's message boxes,
progress dialogs, a restored main window).

It costs Python on every event (tests/benchmarks/run.py, « screen-fit »). A proxy of the
application's style, fitting each window as Qt polished it, was cheaper, but crashed:
with style sheets on some widgets, a later widget's construction segfaulted
(test_screen_fit, test_first_paint then test_pipeline, in one run, every time). The
filter stays.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

#: Room kept for the window's title bar and borders before the system reports them (a
#: window not yet shown has no frame).
DECORATION = QSize(16, 40)
#: Menus, tooltips and calendar pop-ups have no frame: they only need moving inside.
_FRAMELESS = (Qt.WindowType.Popup, Qt.WindowType.ToolTip, Qt.WindowType.SplashScreen)


def available_area(widget: QWidget) -> QRect:
    """The part of the widget's screen that windows may use (no task bar, no dock)."""
    # QWidget's own: a subclass may name something else « screen » (the main window does).
    screen = QWidget.screen(widget) or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def bring_inside(window: QWidget) -> None:
    """Shrink ``window`` to fit the available area, frame included, and move it inside."""
    area = available_area(window)
    decoration = window.frameGeometry().size() - window.size()
    framed = window.windowType() not in _FRAMELESS
    if framed and decoration.width() <= 0 and decoration.height() <= 0:
        decoration = DECORATION
    room = area.size() - decoration
    # A minimum size larger than the screen would win over the resize: lower it.
    minimum = window.minimumSize().boundedTo(room)
    if minimum != window.minimumSize():
        window.setMinimumSize(minimum)
    size = window.size().boundedTo(room)
    if size != window.size():
        window.resize(size)
    outer = QRect(window.pos(), size + decoration)
    # Left and top edges win over right and bottom ones: the title bar stays reachable.
    x = max(area.left(), min(outer.left(), area.right() + 1 - outer.width()))
    y = max(area.top(), min(outer.top(), area.bottom() + 1 - outer.height()))
    if (x, y) != (outer.left(), outer.top()):
        window.move(x, y)


#: Bound once: the filter sees every event of the application, and looking the enum up
#: at each one cost a third of its time (tests/benchmarks/run.py, « screen-fit »).
_SHOW = QEvent.Type.Show


class _KeepWindowsOnScreen(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == _SHOW and isinstance(watched, QWidget) and watched.isWindow():
            bring_inside(watched)
        return False


def keep_windows_on_screen(app: QApplication) -> None:
    """From now on, every window and dialog of ``app`` opens within the screen."""
    if app.findChild(_KeepWindowsOnScreen) is None:
        app.installEventFilter(_KeepWindowsOnScreen(app))
