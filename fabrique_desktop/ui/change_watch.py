"""On a server, the lists follow what colleagues save: every few seconds, while the
window is shown, the newest entry of the change history is read (one indexed
``max(id)``, about a millisecond on a local server); when it moved, the screen in front
reads its list again, keeping the selected row and the scroll, and its form shows the
colleague's version of the record it holds. A form being edited is left alone: saving
it meets the optimistic-concurrency check, which shows the other person's values.

Polling rather than LISTEN/NOTIFY: a listening connection must be kept open and read
from a thread or a socket notifier, and comes back through proxies and poolers poorly;
the history is already there and its last id says everything needed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMainWindow


class ChangeWatch(QObject):
    #: How often the history is asked, while the window is shown.
    EVERY_MS = 5000

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        from ..domain.models import database
        from ..store import history

        self.window = window
        self.seen = history.last_change(database)
        self.timer = QTimer(self, interval=self.EVERY_MS)
        self.timer.timeout.connect(self.look)
        self.timer.start()

    def look(self) -> bool:
        """Refresh the screen in front if the history moved; True when it did."""
        from ..domain.models import database
        from ..store import history

        if not self.window.isVisible() or self.window.isMinimized():
            return False
        newest = history.last_change(database)
        if newest == self.seen:
            return False
        self.seen = newest
        screen = self.window.current_list()
        if screen is not None:
            screen.refresh_in_place()
        else:  # Aujourd'hui (reload), the pipeline and the dashboard (refresh)
            widget = self.window.stack.currentWidget()
            again = getattr(widget, "refresh", None) or getattr(widget, "reload", None)
            if again is not None:
                again()
        return True
