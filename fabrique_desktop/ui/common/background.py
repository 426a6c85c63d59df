"""Long work (a dossier, a backup) off the GUI thread, so the window stays responsive.

peewee gives each thread its own SQLite connection, with the same pragmas; WAL lets the
worker read while the window goes on. The worker's connection is closed when it ends.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ...domain.models import database


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(str)


class BackgroundJob(QRunnable):
    def __init__(self, work: Callable[[], Any]):
        super().__init__()
        self.work = work
        self.signals = _Signals()
        self.setAutoDelete(False)  # Python keeps the job, and its signals, alive

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # reported to the user, never lost in a thread
            self.signals.failed.emit(str(error) or type(error).__name__)
        else:
            self.signals.finished.emit(result)
        finally:
            database.close()


def run_in_background(
    work: Callable[[], Any], finished: Callable[[Any], None], failed: Callable[[str], None]
) -> BackgroundJob:
    """Start ``work`` in the thread pool; ``finished``/``failed`` run in the GUI thread.

    Pass bound methods of widgets: Qt then queues the calls to the GUI thread.
    """
    job = BackgroundJob(work)
    job.signals.finished.connect(finished)
    job.signals.failed.connect(failed)
    QThreadPool.globalInstance().start(job)
    return job
