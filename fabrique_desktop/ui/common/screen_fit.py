"""Every window and dialog on screen: none larger than the screen's available area, none
placed outside it.

Offices run 1366×768 laptops, often at 150 % (911×512 usable points): a window sized for
a desktop monitor, or a geometry restored from one, would hide its buttons below the
screen's edge. Every top-level widget is brought inside the available area each time it
is shown, whatever built it (our dialogs, Qt's message boxes, progress dialogs, a restored
main window, pop-ups).

How windows are met: Qt polishes every widget with the application's style once, before
its first show. The application's style is wrapped in a proxy that, when the widget is a
window, installs a filter on that window alone. An application-wide event filter did the
same but ran Python for every event of every widget: 1.5 to 2.3 times slower on plain
events and on dialogs opened and closed (tests/benchmarks/run.py, « screen-fit »). The
proxy draws nothing itself: Qt calls Python only for ``polish``. A widget that becomes a
window after its polish (``setParent(None)`` once shown inside another) is not met; the
app builds no window that way.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QProxyStyle, QWidget

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


#: Bound once: looking the enum up at each event cost a third of the filter's time.
_SHOW = QEvent.Type.Show


class _FitOnShow(QObject):
    """Installed on each window, and on windows only: fits it at every show."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == _SHOW:
            bring_inside(watched)
        return False


class _WindowsOnScreen(QProxyStyle):
    """The application's own style, unchanged, that hands each window to :class:`_FitOnShow`
    as Qt polishes it (once, before its first show; parentless dialogs included)."""

    def __init__(self):
        super().__init__()
        self._fit_on_show = _FitOnShow(self)

    def polish(self, target) -> None:  # also called with the application and its palette
        super().polish(target)
        if isinstance(target, QWidget) and target.isWindow():
            target.installEventFilter(self._fit_on_show)


def keep_windows_on_screen(app: QApplication) -> None:
    """From now on, every window and dialog of ``app`` opens within the screen (those
    already built too: changing the style polishes them again)."""
    if not isinstance(app.style(), _WindowsOnScreen):
        app.setStyle(_WindowsOnScreen())
