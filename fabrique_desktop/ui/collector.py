"""Python's cycle collector runs in the GUI thread only.

Python collects reference cycles in whichever thread happens to allocate when a
threshold is crossed, and the app's long work (a dossier, a backup, a check, an envoi)
runs in a thread pool. A window or dialog left in a cycle was then destroyed in that
worker: Qt cannot stop a widget's timers from another thread (« Timers cannot be
stopped from another thread »), leaves them registered, and the GUI thread's next timer
event went to freed memory — a segmentation fault some time later, seen in long test
runs. So the automatic collection is turned off and the same thresholds are checked
from a timer of the GUI thread (pyqtgraph's GarbageCollector does the same, for the same
reason).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication


class GuiThreadCollector(QObject):
    """Collects every ``INTERVAL_MS`` the generations whose thresholds were crossed, and
    the youngest at least every ``AT_LEAST_EVERY`` intervals.

    Python counts allocations minus deallocations and collects the moment the count
    crosses its threshold; sampled twice a second, a count that went up and back down
    (a screen built, an old one freed) could hide its cycles for long: the youngest
    generation, a few milliseconds' work, is collected every few seconds whatever the
    count.
    """

    INTERVAL_MS = 500
    AT_LEAST_EVERY = 10

    def __init__(self, app: QApplication):
        super().__init__(app)
        self.setObjectName("gui_thread_collector")
        self.thresholds = gc.get_threshold()
        self.idle_ticks = 0
        self.timer = QTimer(self, interval=self.INTERVAL_MS)
        self.timer.timeout.connect(self.collect)
        self.timer.start()
        gc.disable()

    def collect(self) -> None:
        counts = gc.get_count()
        self.idle_ticks += 1
        if counts[0] <= self.thresholds[0] and self.idle_ticks < self.AT_LEAST_EVERY:
            return
        self.idle_ticks = 0
        generation = 0
        while generation < 2 and counts[generation + 1] > self.thresholds[generation + 1]:
            generation += 1
        gc.collect(generation)


def collect_in_gui_thread(app: QApplication) -> None:
    """Install the collector on ``app``, once."""
    if app.findChild(GuiThreadCollector, "gui_thread_collector") is None:
        GuiThreadCollector(app)
