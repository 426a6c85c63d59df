"""A morning of typing does not abort the interpreter.

PySide6 6.12 on Python 3.11 drops a reference to None at each Qt call that returns
nothing; some thousands of calls aborted the process (« none_dealloc »). The GUI's
package makes None immortal before any of it calls Qt (ui/none_guard.py).
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

CALLS = 300_000  # a bare script aborted after fewer than 10,000


def test_the_application_survives_hundreds_of_thousands_of_qt_calls():
    script = textwrap.dedent(
        f"""
        import sys
        from fabrique_desktop.ui.application import make_application
        from PySide6.QtWidgets import QLabel

        app = make_application()
        label = QLabel()
        before = sys.getrefcount(None)
        for _ in range({CALLS}):
            label.setText("Épicerie solidaire")
            label.setEnabled(True)
        print("survived", before - sys.getrefcount(None))
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
    assert run.stdout.startswith("survived")
