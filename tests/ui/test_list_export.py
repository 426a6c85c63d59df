"""« Exporter… » on the list screens: the file holds what the screen shows — filtered,
searched, sorted, its visible columns —, XLSX or CSV chosen in the save dialog, written in
the background; a cancel leaves no file; people in opposition are left out."""

from __future__ import annotations

import csv
import stat

import openpyxl
import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QFileDialog, QPushButton

from fabrique_desktop.demo import build_demo
from fabrique_desktop.domain import french
from fabrique_desktop.domain.enums import HolderKind, PersonKind
from fabrique_desktop.domain.models import Holder, PersonalDataFlag
from fabrique_desktop.ui import holders, needs, network
from fabrique_desktop.ui.common import list_export
from fabrique_desktop.ui.common.background import ProgressTask
from fabrique_desktop.ui.needs.table import NeedColumn


@pytest.fixture
def demo(db, staff):
    build_demo(scale=120)


def shown_rows(screen) -> list[list[str]]:
    proxy, header = screen.proxy, screen.table.horizontalHeader()
    columns = [
        header.logicalIndex(v)
        for v in range(header.count())
        if not header.isSectionHidden(header.logicalIndex(v))
    ]
    return [[proxy.index(r, c).data() for c in columns] for r in range(proxy.rowCount())]


def wait_for_export(qtbot, screen):
    qtbot.waitUntil(lambda: screen.export_status.text() != "", timeout=20000)


def test_the_xlsx_holds_the_list_as_shown(qtbot, session, demo, tmp_path, dialogs):
    screen = needs.build(session)
    qtbot.addWidget(screen)
    screen.search.setText("epicerie")
    screen.narrow_to_search()
    screen.table.sortByColumn(NeedColumn.DETECTED_ON, Qt.SortOrder.DescendingOrder)
    header = screen.table.horizontalHeader()
    header.hideSection(NeedColumn.STAFF)
    header.moveSection(header.visualIndex(NeedColumn.COMMUNE), 0)
    expected = shown_rows(screen)
    assert 0 < len(expected) < 120

    target = tmp_path / "mes besoins"

    def save_as_xlsx(dialog: QFileDialog) -> None:
        assert dialog.directory().absolutePath()  # starts somewhere real
        assert dialog.nameFilters()[0] == "Classeurs Excel (*.xlsx)"
        dialog.selectFile(str(target))
        dialog.accept()

    dialogs.next(save_as_xlsx)
    screen.export_button.click()
    wait_for_export(qtbot, screen)
    written = target.with_suffix(".xlsx")
    exported = french.plural(len(expected), "ligne exportée", "lignes exportées")
    assert screen.export_status.text() == f"{exported} dans {written.name}"
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    sheet = openpyxl.load_workbook(written).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Commune", "Titre", "Secteur", "Statut", "Repéré le")
    as_shown = [
        [cell.strftime("%d/%m/%Y") if hasattr(cell, "strftime") else (cell or "") for cell in row]
        for row in rows[1:]
    ]
    assert as_shown == expected
    assert sheet["E2"].is_date


def test_csv_is_chosen_in_the_dialog(qtbot, session, demo, tmp_path, dialogs):
    tabs = network.build(session)
    qtbot.addWidget(tabs)
    screen = tabs.partners
    target = tmp_path / "acteurs"

    def save_as_csv(dialog: QFileDialog) -> None:
        assert dialog.nameFilters()[1] == "CSV pour tableur, séparateur « ; » (*.csv)"
        dialog.selectNameFilter(dialog.nameFilters()[1])
        dialog.selectFile(str(target))
        dialog.accept()

    dialogs.next(save_as_csv)
    screen.export_list()
    wait_for_export(qtbot, screen)
    with open(target.with_suffix(".csv"), encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream, delimiter=";"))
    assert rows[0] == ["Nom", "Type", "Contact", "Courriel", "Téléphone", "Commune"]
    assert rows[1:] == [[cell.lstrip() for cell in row] for row in shown_rows(screen)]


def test_people_in_opposition_are_left_out(qtbot, session, demo, tmp_path):
    screen = holders.build(session)
    qtbot.addWidget(screen)
    opposed = Holder.get(Holder.kind == HolderKind.PERSON)
    assert Holder.select().where(Holder.email == opposed.email).count() == 1
    PersonalDataFlag.create(person_kind=PersonKind.HOLDER, person_id=opposed.id, restricted=True)
    list_export.ListExport(screen).start(tmp_path / "porteurs.csv", "csv")
    wait_for_export(qtbot, screen)
    text = (tmp_path / "porteurs.csv").read_text(encoding="utf-8-sig")
    assert opposed.email not in text
    assert len(text.strip().splitlines()) == screen.proxy.rowCount()  # header + all but one


def test_cancel_leaves_no_file(qtbot, session, demo, tmp_path, monkeypatch):
    screen = needs.build(session)
    qtbot.addWidget(screen)
    screen.model.ids = screen.model.ids * 30  # thousands of rows: reports on the way
    started = []
    real_init = ProgressTask.__init__

    def cancelled_at_once(task, *args, **kwargs):
        real_init(task, *args, **kwargs)
        cancel = task.dialog.findChild(QPushButton)
        assert cancel.text() == "Annuler"
        cancel.click()
        started.append(task)

    monkeypatch.setattr(ProgressTask, "__init__", cancelled_at_once)
    out = tmp_path / "exports"
    out.mkdir()
    list_export.ListExport(screen).start(out / "besoins.xlsx", "xlsx")
    assert started and started[0].job.cancelled
    assert QThreadPool.globalInstance().waitForDone(30000)
    qtbot.wait(50)
    assert list(out.iterdir()) == []  # neither the file nor a temporary one
    assert screen.export_status.text() == ""
