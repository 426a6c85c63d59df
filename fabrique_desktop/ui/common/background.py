"""Long work (a dossier, a backup, a check) off the GUI thread, so the window stays
responsive; work that reports its progress can also be cancelled.

peewee gives each thread its own SQLite connection, with the same pragmas; WAL lets the
worker read while the window goes on. The worker's connection is closed when it ends.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ...domain.models import database


class Cancelled(Exception):
    """Raised inside the work, at its next report, once the user has cancelled it."""


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(str)
    # Percent done, from the work's reports.
    progressed = Signal(int)


class BackgroundJob(QRunnable):
    def __init__(self, work: Callable[..., Any], reports_progress: bool = False):
        super().__init__()
        self.work = work
        self.reports_progress = reports_progress
        self.signals = _Signals()
        self._cancelled = threading.Event()
        self._percent = -1
        self.setAutoDelete(False)  # Python keeps the job, and its signals, alive

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        """Stop the work at its next report; nothing is signalled once cancelled."""
        self._cancelled.set()

    def report(self, share: float) -> None:
        """Called by the work (in its thread) with the share done, from 0 to 1."""
        if self.cancelled:
            raise Cancelled
        percent = round(100 * share)
        if percent != self._percent:  # thousands of reports, a hundred steps worth showing
            self._percent = percent
            self.signals.progressed.emit(percent)

    def run(self) -> None:
        try:
            result = self.work(self.report) if self.reports_progress else self.work()
        except Cancelled:
            pass  # the user asked for it: nothing to show
        except Exception as error:  # reported to the user, never lost in a thread
            if not self.cancelled:
                self.signals.failed.emit(str(error) or type(error).__name__)
        else:
            if not self.cancelled:
                self.signals.finished.emit(result)
        finally:
            if database.obj is not None:  # work such as printing needs no file open
                database.close()


def run_in_background(
    work: Callable[..., Any],
    finished: Callable[[Any], None],
    failed: Callable[[str], None],
    progressed: Callable[[int], None] | None = None,
) -> BackgroundJob:
    """Start ``work`` in the thread pool; ``finished``/``failed`` run in the GUI thread.

    With ``progressed``, ``work`` is called with a ``report(share)`` function to call as
    it goes (``progressed`` then receives the percent done, in the GUI thread), and the
    returned job's :meth:`~BackgroundJob.cancel` stops it at its next report.

    Pass bound methods of widgets: Qt then queues the calls to the GUI thread.
    """
    job = BackgroundJob(work, reports_progress=progressed is not None)
    job.signals.finished.connect(finished)
    job.signals.failed.connect(failed)
    if progressed is not None:
        job.signals.progressed.connect(progressed)
    QThreadPool.globalInstance().start(job)
    return job


class ProgressTask(QObject):
    """Work that takes seconds, behind a progress dialog with « Annuler ».

    ``work(report)`` runs in the background (see :func:`run_in_background`); the dialog
    appears if it lasts more than half a second. Once the user cancels, neither
    ``finished`` nor ``failed`` is called, even for a result already on its way.
    """

    def __init__(
        self,
        parent: QWidget,
        title: str,
        label: str,
        work: Callable[[Callable[[float], None]], Any],
        finished: Callable[[Any], None],
        failed: Callable[[str], None],
    ):
        super().__init__(parent)
        cancel = QCoreApplication.translate("ProgressTask", "Cancel")
        self.dialog = QProgressDialog(label, cancel, 0, 100, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setMinimumDuration(500)
        self.dialog.setMinimumWidth(360)  # Qt's default is as narrow as a tooltip
        self.dialog.setAutoReset(False)  # 100 % is not the end: the result is shown next
        self._finished, self._failed = finished, failed
        # Bound methods of this QObject: Qt queues the worker's signals to the GUI thread.
        self.job = run_in_background(
            work, self._deliver, self._report_failure, progressed=self.dialog.setValue
        )
        self.dialog.canceled.connect(self.job.cancel)

    def _dismiss(self) -> None:
        # reset() also stops the timer that would show the dialog once its minimum
        # duration is over: work done sooner would leave it on screen, stale. Not close():
        # closing a progress dialog reports « canceled ».
        self.dialog.reset()
        self.dialog.hide()

    def _deliver(self, result: Any) -> None:
        if not self.job.cancelled:
            self._dismiss()
            self._finished(result)

    def _report_failure(self, message: str) -> None:
        if not self.job.cancelled:
            self._dismiss()
            self._failed(message)
