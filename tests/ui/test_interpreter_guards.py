"""What the interpreter needs for Qt to be safe in a long session, each tested in a
process of its own (a failure there is a crash, which would end the test run).

- PySide6 6.12 on Python 3.11 drops a reference to None at each Qt call that returns
  nothing; some thousands of calls aborted the process (« none_dealloc »). The GUI's
  package makes None immortal before any of it calls Qt (ui/none_guard.py).
- Python collected reference cycles in whatever thread crossed a threshold; a dialog
  left in a cycle was then destroyed in a worker thread, its timers stayed registered
  with the GUI thread, and the next timer event went to freed memory (a segmentation
  fault). The application collects in the GUI thread only (ui/collector.py).
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

CALLS = 300_000  # a bare script aborted after fewer than 10,000


def run_with_the_application(body: str) -> subprocess.CompletedProcess:
    """``body`` run after the application is made as the app makes it, offscreen."""
    script = "from fabrique_desktop.ui.application import make_application\n"
    script += "app = make_application()\n" + textwrap.dedent(body)
    return subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )


def test_the_application_survives_hundreds_of_thousands_of_qt_calls():
    run = run_with_the_application(
        f"""
        import sys
        from PySide6.QtWidgets import QLabel

        label = QLabel()
        before = sys.getrefcount(None)
        for _ in range({CALLS}):
            label.setText("Épicerie solidaire")
            label.setEnabled(True)
        print("survived", before - sys.getrefcount(None))
        """
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.startswith("survived")


def test_work_in_a_thread_pool_frees_no_window_of_the_gui_thread():
    run = run_with_the_application(
        """
        import time
        from PySide6.QtCore import QThreadPool, QTimer
        from PySide6.QtWidgets import QWidget
        from fabrique_desktop.ui.common.background import run_in_background

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
    assert run.returncode == 0, run.stderr[-2000:]
    assert "Timers cannot be stopped from another thread" not in run.stderr
    assert run.stdout.startswith("survived [200000]")


def dropped_cycle() -> weakref.ref:
    """A widget only a reference cycle keeps, as a closed dialog often is."""
    widget = QWidget()
    widget.itself = widget
    return weakref.ref(widget)


def test_cycles_are_still_collected_in_the_gui_thread(qtbot):
    """The automatic collection is off; the GUI thread's timer still frees cycles, at
    once when many objects were made, within a few seconds when few were."""
    assert not gc.isenabled()
    gone = dropped_cycle()
    # Far more containers kept alive than the first threshold, so that the count stays
    # above it even as earlier tests' objects are freed meanwhile (each takes one back).
    kept = [[] for _ in range(20 * gc.get_threshold()[0])]
    qtbot.waitUntil(lambda: gone() is None, timeout=3 * GuiThreadCollector.INTERVAL_MS)
    assert len(kept) > gc.get_count()[0]  # the collection counted them, and reset
    gone = dropped_cycle()  # a few objects made: the count stays low
    every = GuiThreadCollector.AT_LEAST_EVERY * GuiThreadCollector.INTERVAL_MS
    qtbot.waitUntil(lambda: gone() is None, timeout=2 * every)
