"""Build a committee's PDF off the GUI thread, so the window stays responsive."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, Signal

from ...domain.models import Committee, database
from ...dossiers.committee import CommitteeDossier
from ...dossiers.content import gather


class DossierSignals(QObject):
    finished = Signal(bytes)
    failed = Signal(str)


class DossierJob(QRunnable):
    """Gather and render one committee's dossier (or minutes) in a worker thread.

    peewee gives the worker its own SQLite connection (with the same pragmas); WAL lets
    it read while the GUI thread goes on; the connection is closed when done.
    """

    def __init__(self, committee_id, minutes: bool):
        super().__init__()
        self.committee_id = committee_id
        self.minutes = minutes
        self.signals = DossierSignals()

    def run(self) -> None:
        try:
            committee = Committee.get_by_id(self.committee_id)
            content = CommitteeDossier(gather(committee), minutes=self.minutes).render()
        except Exception as error:  # reported to the user, never lost in a thread
            self.signals.failed.emit(str(error) or type(error).__name__)
        else:
            self.signals.finished.emit(content)
        finally:
            database.close()
