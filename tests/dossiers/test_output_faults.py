"""Writing a file (a dossier, an attachment saved elsewhere) killed at random moments:
the target is always a whole earlier or later version, never a truncated one."""

import random
import signal
import subprocess
import sys
import time

import pytest

WRITER = r"""
import sys
from fabrique_desktop.dossiers.output import write_atomically
target = sys.argv[1]
versions = (b"A" * 3_000_000, b"B" * 3_000_000)
number = 0
while True:
    write_atomically(target, versions[number % 2])
    print(number, flush=True)
    number += 1
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")
def test_a_killed_write_leaves_a_whole_file(tmp_path):
    target = tmp_path / "statuts.pdf"
    target.write_bytes(b"old" * 1000)
    rng = random.Random(1129)
    whole = {b"old" * 1000, b"A" * 3_000_000, b"B" * 3_000_000}
    for _ in range(20):
        child = subprocess.Popen([sys.executable, "-c", WRITER, str(target)])
        time.sleep(rng.uniform(0.12, 0.45))
        child.send_signal(signal.SIGKILL)
        child.wait()
        assert target.read_bytes() in whole
    leftovers = [p.name for p in tmp_path.iterdir() if p != target]
    assert all(name.startswith(".statuts.pdf.") for name in leftovers)  # temporary names only
