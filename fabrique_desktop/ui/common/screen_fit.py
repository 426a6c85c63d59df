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

from PySide6.QtCore import QEvent, QObject, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

#: Room kept for the window's title bar and borders before the system reports them (a
#: window not yet shown has no frame).
DECORATION = QSize(16, 40)


def available_area(widget: QWidget) -> QRect:
    """The part of the widget's screen that windows may use (no task bar, no dock)."""
    # QWidget's own: a subclass may name something else « screen » (the main window does).
    screen = QWidget.screen(widget) or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def framed(window: QWidget) -> bool:
    """Menus, tooltips and calendar pop-ups have no frame: they only need moving inside."""
    # Imported here, not with the module: the Qt namespace builds its hundred enums on
    # first use (some 50 ms), and the first frame is painted before (launch.py).
    from PySide6.QtCore import Qt

    frameless = (Qt.WindowType.Popup, Qt.WindowType.ToolTip, Qt.WindowType.SplashScreen)
    return window.windowType() not in frameless


def bring_inside(window: QWidget, with_frame: bool | None = None) -> None:
    """Shrink ``window`` to fit the available area, frame included, and move it inside;
    ``with_frame``: whether it has a frame, when the caller knows (else it is asked)."""
    area = available_area(window)
    decoration = window.frameGeometry().size() - window.size()
    framed_window = framed(window) if with_frame is None else with_frame
    if framed_window and decoration.width() <= 0 and decoration.height() <= 0:
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


#: Bound once, when the filter is installed: the filter sees every event of the
#: application, and looking the enum up at each one cost a third of its time
#: (tests/benchmarks/run.py, « screen-fit »). Not at import: QEvent.Type is built on
#: first use (15 ms), after the first frame (launch.py).
_SHOW = None


class _KeepWindowsOnScreen(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == _SHOW and isinstance(watched, QWidget) and watched.isWindow():
            bring_inside(watched)
        return False


def keep_windows_on_screen(app: QApplication) -> None:
    """From now on, every window and dialog of ``app`` opens within the screen."""
    global _SHOW
    _SHOW = QEvent.Type.Show
    if app.findChild(_KeepWindowsOnScreen) is None:
        app.installEventFilter(_KeepWindowsOnScreen(app))
