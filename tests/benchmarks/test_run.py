"""The benchmark script keeps working: a small-scale run prints every figure.

Timings are not asserted here (machines are noisy); the full run is
``python tests/benchmarks/run.py`` and its table is in the README.
"""

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).with_name("run.py")


def test_small_scale_run_prints_every_figure(tmp_path):
    result = subprocess.run(
        [sys.executable, SCRIPT, "--scale", "200", "--repeat", "1", "--cache", tmp_path],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    rows = [line for line in result.stdout.splitlines() if line.startswith("| ")]
    assert rows[0] == "| figure | median | target | baseline | ratio | verdict |"
    names = "\n".join(rows)
    for figure in (
        "building the 200-need demo database",
        "start-up to the main window shown and populated",
        "start-up floor",
        "filter as you type",
        "open a need's form, edit, save",
        "dossier of a 20-item committee",
        "list screens: first opening",
        "back to a list screen",
        "peak memory",
        "holders at once (file scrubbed)",
        "needs to XLSX",
        "needs to CSV",
        "dashboard figure « needs » of a year: its list",
        "start-up, first paint (demo file)",
        "start-up, populated (200 needs)",
        "screen-fit event filter: 200 000 events",
        "screen-fit event filter: 100 dialogs opened and closed",
        "dashboard of a year: figures shown",
        "dashboard of a year: charts shown",
        "Bilan d'activité of a year",
    ):
        assert figure in names
    assert all(row.endswith(("| ok |", "| MISSED |")) for row in rows[2:])
    assert (tmp_path / "echelle-200.sqlite").exists()  # cached for the next run
