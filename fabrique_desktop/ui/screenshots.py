"""Render every main screen on demonstration data to PNG files, as they look on the
most common office screen, a 1366×768 laptop.

``python -m fabrique_desktop.ui.screenshots [FOLDER]`` (default: resources/screenshots).
Runs offscreen; the README shows the pictures it makes.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

#: The offscreen platform's screen: the size of the pictures.
SCREEN = {"width": 1366, "height": 768}


def offscreen_platform(width: int, height: int) -> str:
    """QT_QPA_PLATFORM for an offscreen screen of ``width``×``height`` at 96 dpi."""
    screen = {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height}
    screen |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    config = Path(tempfile.mkdtemp(prefix="fabrique-screen-")) / "screen.json"
    config.write_text(json.dumps({"screens": [screen]}))
    return f"offscreen:configfile={config}"


#: (file name, navigation row, which record to open: the first of the list, the next
#: committee, or none)
SCREENS = (
    ("01-aujourdhui.png", 0, False),
    ("02-besoins.png", 1, True),
    ("03-etudes.png", 2, True),
    ("04-projets.png", 3, True),
    ("05-porteurs.png", 4, True),
    ("06-comites.png", 5, "next"),
    ("07-reseau.png", 6, True),
    ("14-vue-pipeline.png", 7, False),
    ("15-tableau-de-bord.png", 9, False),
)


def render(folder: Path) -> list[Path]:
    from ..app import open_demo
    from ..domain.models import Committee, StaffMember
    from ..store import close_database
    from .application import install_translations
    from .common.screen_fit import keep_windows_on_screen
    from .common.table_model import ID_ROLE
    from .main_window import MainWindow
    from .session import Session

    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_translations(app)
    keep_windows_on_screen(app)
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    with tempfile.TemporaryDirectory() as scratch:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, scratch)
        path = Path(scratch) / "demonstration.sqlite"
        open_demo(path)
        window = MainWindow(Session(path, StaffMember.get(StaffMember.name == "Claire Vasseur")))
        next_meeting = (
            Committee.select()
            .where(Committee.meeting_on >= dt.date.today())
            .order_by(Committee.meeting_on)
            .first()
        )
        window.resize(4000, 3000)  # as large as the screen allows, like a maximised window
        window.show()
        for name, row, open_first in SCREENS:
            window.navigation.setCurrentRow(row)
            screen = window.current_list()
            if open_first == "next":  # the next meeting, with its agenda
                screen.open_record(next_meeting.id)
                app.processEvents()
                screen.form.scroll.ensureWidgetVisible(screen.form.agenda)
            elif open_first and screen is not None and screen.proxy.rowCount():
                screen.open_record(screen.proxy.index(0, 0).data(ID_ROLE))
            app.processEvents()
            app.processEvents()  # what a screen draws right after showing (the charts)
            target = folder / name
            window.grab().save(str(target))
            made.append(target)
        window.close()
        made += render_dossier(folder, next_meeting)
        close_database()
        made += render_setup(folder, Path(scratch) / "nouvelle.sqlite")
    return made


#: The set-up assistant on a new file, then the settings it leads to.
SETUP_PICTURES = (
    "10-mise-en-place-fabrique.png",
    "11-mise-en-place-territoire.png",
    "12-mise-en-place-methode.png",
    "13-parametres-communes.png",
)


def render_setup(folder: Path, path: Path) -> list[Path]:
    """A new office's first start: the assistant's pages as a user fills them."""
    from ..store import close_database, open_database
    from .settings.dialog import FabriqueSettingsDialog
    from .setup.wizard import SetupWizard

    app = QApplication.instance()
    open_database(path, create=True)
    wizard = SetupWizard()
    wizard.show()
    identity = wizard.identity.fields.editors
    identity["fabrique_name"].setText("Fabrique à initiatives d'Amiens Métropole")
    identity["operator_name"].setText("CRESS Hauts-de-France et GRIEP")
    identity["territory_name"].setText("Amiens Métropole")
    pictures = iter(folder / name for name in SETUP_PICTURES)
    made = []

    def take(widget) -> None:
        app.processEvents()
        target = next(pictures)
        widget.grab().save(str(target))
        made.append(target)

    take(wizard)
    wizard.next()
    wizard.who.fields.editors["name"].setText("Claire Vasseur")
    wizard.next()
    wizard.picker.search.setText("amiens")
    wizard.picker.choose_area("epci", "248000531")
    take(wizard)
    wizard.next()
    take(wizard)
    wizard.accept()
    settings = FabriqueSettingsDialog(tab="communes")
    settings.show()
    take(settings)
    settings.close()
    close_database()
    return made


#: (file name, page of the dossier): the cover with the agenda, and one item's sheet.
DOSSIER_PAGES = (("08-dossier-couverture.png", 0), ("09-dossier-point.png", 1))


def render_dossier(folder: Path, committee) -> list[Path]:
    """The demo's next committee dossier, pages rendered as they will print."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtPdf import QPdfDocument

    from ..dossiers.committee import prepare

    buffer = QBuffer()
    buffer.setData(QByteArray(prepare(committee)))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    made = []
    for name, page in DOSSIER_PAGES:
        points = document.pagePointSize(page)
        scale = 110 / 72  # 110 dpi: readable in the README, light in the repository
        image = document.render(
            page, QSize(int(points.width() * scale), int(points.height() * scale))
        )
        target = folder / name
        image.save(str(target))
        made.append(target)
    return made


if __name__ == "__main__":
    os.environ["QT_QPA_PLATFORM"] = offscreen_platform(**SCREEN)  # before the application
    default = Path(__file__).resolve().parents[2] / "resources" / "screenshots"
    for picture in render(Path(sys.argv[1]) if len(sys.argv) > 1 else default):
        print(picture)
