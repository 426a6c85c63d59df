"""The main window, driven offscreen on a real file."""

import subprocess
import sys
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path

from PySide6.QtWidgets import QApplication, QFormLayout, QLabel

from fabrique_desktop.app import install_translations
from fabrique_desktop.demo import build_demo
from fabrique_desktop.domain.indicators import overview
from fabrique_desktop.ui.main_window import MainWindow

CATALOGUE = resources.files("fabrique_desktop.resources") / "translations"


def test_summary_shows_the_files_counts_in_french(qtbot, qapp, db, db_path):
    install_translations(qapp)
    build_demo(scale=80)
    window = MainWindow(db_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    summary = overview()
    counts = window.findChild(QFormLayout)
    labels = {
        counts.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().text(): counts.itemAt(
            row, QFormLayout.ItemRole.FieldRole
        )
        .widget()
        .text()
        for row in range(counts.rowCount())
    }
    assert labels["Besoins :"] == "80"
    assert labels["Projets :"] == str(summary.projects)
    assert labels["Jalons en retard :"] == str(summary.late_milestones)
    assert window.windowTitle() == "fabrique.sqlite — Fabrique Desktop"
    assert window.findChild(QLabel, "count_holders").text() == str(summary.holders)


def test_smoke_test_starts_and_exits_cleanly(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "fabrique_desktop", "--smoke-test"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


def test_french_catalogue_is_complete_and_compiled():
    tree = ET.parse(CATALOGUE / "fabrique_desktop_fr.ts")
    unfinished = [
        m.findtext("source")
        for m in tree.iter("message")
        if m.find("translation").get("type") in ("unfinished", "obsolete")
        or not m.findtext("translation")
    ]
    assert unfinished == []
    assert (CATALOGUE / "fabrique_desktop_fr.qm").is_file()


def test_every_ui_string_is_in_the_catalogue(tmp_path):
    """A tr() string added to the code without its translation fails here."""
    import fabrique_desktop

    package = resources.files(fabrique_desktop)
    sources = [*sorted(str(p) for p in (package / "ui").rglob("*.py")), str(package / "app.py")]
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")  # installed with PySide6
    subprocess.run([lupdate, *sources, "-ts", fresh], check=True, capture_output=True)
    in_code = {m.findtext("source") for m in ET.parse(fresh).iter("message")}
    in_catalogue = {
        m.findtext("source") for m in ET.parse(CATALOGUE / "fabrique_desktop_fr.ts").iter("message")
    }
    assert in_code
    assert in_code - in_catalogue == set()


def test_qt_own_buttons_are_french(qapp):
    install_translations(qapp)
    assert QApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
