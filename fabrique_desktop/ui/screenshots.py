"""Render every main screen on demonstration data to PNG files.

``python -m fabrique_desktop.ui.screenshots [FOLDER]`` (default: resources/screenshots).
Runs offscreen; the README shows the pictures it makes.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

#: (file name, navigation row, open the first record of the list)
SCREENS = (
    ("01-aujourdhui.png", 0, False),
    ("02-besoins.png", 1, True),
    ("03-etudes.png", 2, True),
    ("04-projets.png", 3, True),
    ("05-porteurs.png", 4, True),
    ("06-comites.png", 5, True),
    ("07-reseau.png", 6, True),
)


def render(folder: Path) -> list[Path]:
    from ..app import install_translations, open_demo
    from ..domain.models import StaffMember
    from ..store import close_database
    from .common.table_model import ID_ROLE
    from .main_window import MainWindow
    from .session import Session

    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_translations(app)
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    with tempfile.TemporaryDirectory() as scratch:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, scratch)
        path = Path(scratch) / "demonstration.sqlite"
        open_demo(path)
        window = MainWindow(Session(path, StaffMember.get(StaffMember.name == "Claire Vasseur")))
        window.resize(1440, 900)
        window.show()
        for name, row, open_first in SCREENS:
            window.navigation.setCurrentRow(row)
            screen = window.current_list()
            if open_first and screen is not None and screen.proxy.rowCount():
                screen.open_record(screen.proxy.index(0, 0).data(ID_ROLE))
            app.processEvents()
            target = folder / name
            window.grab().save(str(target))
            made.append(target)
        window.close()
        close_database()
    return made


if __name__ == "__main__":
    default = Path(__file__).resolve().parents[2] / "resources" / "screenshots"
    for picture in render(Path(sys.argv[1]) if len(sys.argv) > 1 else default):
        print(picture)
