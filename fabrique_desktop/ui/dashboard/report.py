"""Writing the « Bilan d'activité » of the dashboard's period and filters: a file name
asked, the PDF built in the background with its progress and « Annuler »."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from ...domain.scope import Period, Scope
from ..common import plain
from ..common.background import ProgressTask


def _write(path: Path, period: Period, scope: Scope, report) -> Path:
    from ...dossiers.activity_report import prepare
    from ...dossiers.output import write_atomically

    return write_atomically(path, prepare(period, scope, progress=report))


class ReportWriter(QObject):
    def __init__(self, parent: QWidget, period: Period, scope: Scope):
        super().__init__(parent)
        self.window = parent
        self.period, self.scope = period, scope
        self.task: ProgressTask | None = None

    def suggested_name(self) -> str:
        return f"Bilan d'activité — {self.period.label}.pdf".replace("/", "-")

    def start(self, path: Path | None = None) -> None:
        """Ask where to write it (unless ``path`` is given), then build it."""
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self.window, self.tr("Activity report"), self.suggested_name(), "PDF (*.pdf)"
            )
            if not chosen:
                return
            path = Path(chosen)
        self.task = ProgressTask(
            self.window,
            self.tr("Activity report"),
            self.tr("Building the activity report…"),
            lambda report: _write(path, self.period, self.scope, report),
            self.written,
            self.failed,
        )

    def written(self, path: Path) -> None:
        plain.information(
            self.window,
            self.tr("Activity report"),
            self.tr("The activity report is saved in %1.").replace("%1", str(path)),
        )

    def failed(self, message: str) -> None:
        plain.warning(
            self.window,
            self.tr("Activity report"),
            self.tr("The activity report could not be written: %1. Nothing was replaced.").replace(
                "%1", message
            ),
        )
