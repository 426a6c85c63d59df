"""The GUI's start: the application and its first frame, painted before anything the
frame does not need is imported (app.py, the store, peewee, the models); then app.py opens
the file and the main window takes the frame's place.

tests/ui/test_first_paint.py lists what is imported by the time the frame is painted: an
import added here, in ui/application.py or in ui/first_paint.py fails it unless it is
added to that test's allow-list.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QSettings

from .store import DATABASE_NAME, DEMO_NAME
from .store.postgres.address import is_server_address
from .ui.application import make_application
from .ui.common.screen_fit import keep_windows_on_screen
from .ui.first_paint import paint_first


def run_gui(
    db_path: Path | None = None,
    demo: bool = False,
    smoke_test: bool = False,
    server: str | None = None,
) -> int:
    """Open ``db_path``, the demonstration file, the ``server`` (an address), or else the
    database used last (file or server) or the default file; a file's frame is painted
    first (a server's connection may ask for a password before any window)."""
    if smoke_test:
        return _smoke_test(db_path)
    app = make_application(fit_windows=False)  # the frame first (see first_paint.py)
    last = None
    if not (demo or db_path or server):
        from .ui.servers import last_location

        last = last_location()
    first = None
    if server is None and not is_server_address(last):
        first = paint_first(app, db_path or last or Path(DEMO_NAME if demo else DATABASE_NAME))
    keep_windows_on_screen(app)  # once the frame is painted (see first_paint.py)
    from .app import run

    return run(app, first, db_path, demo, server=server, last=last)


def _smoke_test(db_path: Path | None) -> int:
    """Start offscreen on a throw-away demo file (or ``db_path``), with settings in a
    scratch folder, the frame painted from them (see app.smoke_test). With
    FABRIQUE_STARTUP_T0 (a time.time()) in the environment, print the seconds from then
    to the frame painted: the benchmark's probe of the first paint."""
    import tempfile

    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory(prefix="fabrique-smoke-") as scratch:
        # Settings go to the scratch folder: a smoke test must not touch the user's own.
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, scratch)
        app = make_application(fit_windows=False)
        first = paint_first(app, db_path or Path(DEMO_NAME))
        started = os.environ.get("FABRIQUE_STARTUP_T0")
        if started:
            print(f"first-paint-seconds {time.time() - float(started):.4f}", flush=True)
        keep_windows_on_screen(app)
        from .app import smoke_test

        return smoke_test(app, first, db_path, Path(scratch))
