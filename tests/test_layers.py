"""The layers below the UI never load Qt, so every rule and dossier runs headless."""

import subprocess
import sys


def test_domain_store_dossiers_demo_and_cli_import_no_qt():
    code = (
        "import sys\n"
        "import fabrique_desktop.domain.services.candidacies, fabrique_desktop.domain.indicators\n"
        "import fabrique_desktop.domain.consistency, fabrique_desktop.store.integrity\n"
        "import fabrique_desktop.dossiers, fabrique_desktop.demo, fabrique_desktop.cli\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
