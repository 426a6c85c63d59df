"""The QApplication as every window needs it, made before the first frame: its names
(QSettings reads them), its icon, French (ours and Qt's own), windows kept on screen,
reference cycles collected in its thread only.

Qt only, and imported before the first paint: nothing of the store or the domain here.
"""

from __future__ import annotations

import sys
from importlib import resources

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from .collector import collect_in_gui_thread
from .common.screen_fit import keep_windows_on_screen

APP_NAME = "Fabrique Desktop"


def install_translations(app: QApplication) -> None:
    """French for our own strings and for Qt's standard buttons and dialogs.

    ``qtbase_fr`` is Qt's French for its widgets, file and print dialogs: the only Qt
    module with words the app shows (``qt_fr`` would also ask for the catalogues of
    modules the installers leave out, and then load nothing); ours comes last, so it
    also fills the few strings Qt's leave in English (see :mod:`.common.file_dialogs`).
    """
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    translations = resources.files("fabrique_desktop.resources") / "translations"
    sources = (
        ("qtbase_fr", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("fabrique_desktop_fr", str(translations)),
    )
    for name, directory in sources:
        translator = QTranslator(app)
        if translator.load(name, directory):
            app.installTranslator(translator)


def make_application(fit_windows: bool = True) -> QApplication:
    """The application (the one already made, in tests), named, in French, with its icon;
    windows kept on screen from now on, or (``fit_windows`` false) once the first frame
    has painted itself within the screen (see first_paint.py)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("Fabrique à initiatives")
    icon = resources.files("fabrique_desktop.resources") / "icons" / "fabrique-desktop.png"
    app.setWindowIcon(QIcon(str(icon)))
    install_translations(app)
    if fit_windows:
        keep_windows_on_screen(app)
    collect_in_gui_thread(app)
    return app
