"""A window freed while work runs in the background does not crash the app later.

Python collected reference cycles in whatever thread crossed a threshold; a dialog left
in a cycle was then destroyed in a worker thread, its timers stayed registered with the
GUI thread, and the next timer event went to freed memory (a segmentation fault). The
application collects in the GUI thread only (ui/collector.py).
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import textwrap
import weakref

from PySide6.QtWidgets import QWidget

from fabrique_desktop.ui.collector import GuiThreadCollector


def test_work_in_a_thread_pool_frees_no_window_of_the_gui_thread():
    script = textwrap.dedent(
        """
        import time
        from PySide6.QtCore import QThreadPool, QTimer
        from PySide6.QtWidgets import QWidget
        from fabrique_desktop.ui.application import make_application
        from fabrique_desktop.ui.common.background import run_in_background

        app = make_application()

        class Dialog(QWidget):  # left in a cycle, as a closed dialog often is
            def __init__(self):
                super().__init__()
                self.itself = self
                self.blink = QTimer(self)
                self.blink.start(5)

        for _ in range(300):
            Dialog()

        def busy():  # background work that allocates, as a report or a check does
            return len([[index] for index in range(200_000)])

        done = []
        run_in_background(busy, done.append, done.append)
        QThreadPool.globalInstance().waitForDone()
        end = time.monotonic() + 1.5
        while time.monotonic() < end:
            app.processEvents()
        print("survived", done)
        """
    )
    run = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert "Timers cannot be stopped from another thread" not in run.stderr
    assert run.stdout.startswith("survived [200000]")


def test_cycles_are_still_collected_in_the_gui_thread(qtbot):
    """The automatic collection is off; the GUI thread's timer still frees cycles."""
    assert not gc.isenabled()
    widget = QWidget()
    widget.itself = widget
    gone = weakref.ref(widget)
    del widget
    # Enough containers kept alive to cross the first threshold (one freed at once would
    # take its count back).
    kept = [[] for _ in range(2 * gc.get_threshold()[0])]
    qtbot.waitUntil(lambda: gone() is None, timeout=3 * GuiThreadCollector.INTERVAL_MS)
    assert len(kept) > gc.get_count()[0]  # the collection counted them, and reset
