"""Every screen and dialog, on demonstration data, on a 1366×768 laptop, a 1024×600
netbook and a 1366×768 laptop at 150 %: no window larger than the screen, no button whose
text is cut, no label or cell cut without a tooltip giving the whole value, nothing that
scrolls sideways. Each size runs in its own process: Qt reads its screen once."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from fabrique_desktop.ui.screenshots import offscreen_platform

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("width", "height", "scale"),
    [(1366, 768, "1"), (1024, 600, "1"), (1366, 768, "1.5")],
    ids=["1366x768", "1024x600", "1366x768-150%"],
)
def test_every_window_fits(width, height, scale):
    environment = dict(os.environ, QT_QPA_PLATFORM=offscreen_platform(width, height))
    environment["QT_SCALE_FACTOR"] = scale
    run = subprocess.run(
        [sys.executable, "-m", "tests.ui.fit.tour"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == []
