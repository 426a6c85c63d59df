"""``fabrique-desktop info base.sqlite | head -3``: the reader stops reading early and
nothing failed; the command said « Erreur : Broken pipe. Rien n'a été modifié. », in
English, and exit code 2."""

import os
import subprocess
import sys

from ..faults.sandbox import cli


def test_output_closed_by_its_reader_is_no_error(tmp_path):
    path = tmp_path / "f.sqlite"
    assert cli("init", path).returncode == 0
    reader, writer = os.pipe()
    os.close(reader)  # as head does once it has its lines
    try:
        result = subprocess.run(
            [sys.executable, "-m", "fabrique_desktop", "info", str(path)],
            stdout=writer,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    finally:
        os.close(writer)
    assert (result.returncode, result.stderr) == (0, "")
    assert cli("check", path).stdout.endswith("f.sqlite : aucun problème trouvé.\n")
