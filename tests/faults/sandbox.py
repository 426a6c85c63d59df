"""How the fault tests reach real faults, as root (CI) or not, and fail loudly otherwise.

Both go through util-linux's ``unshare`` and a user namespace, which needs no privilege:
- a full disk: a small tmpfs mounted in a private mount namespace; the kernel's own
  ENOSPC, seen by SQLite and by Python alike, and the mount vanishes with the process;
- a read-only folder or one without access: file modes, which root ignores; in a user
  namespace where the caller is mapped to an ordinary user, they apply to everyone.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

#: Inside the namespace: an ordinary user who owns the caller's files, without privilege.
ORDINARY = ("--map-user=1000", "--map-group=1000")
#: Inside the namespace: root of its own mount namespace, free to mount a tmpfs.
MOUNTER = ("--map-root-user", "--mount")


def cli(*args, **options) -> subprocess.CompletedProcess:
    """Run ``fabrique-desktop`` as staff or CI would: in a subprocess."""
    return subprocess.run(
        [sys.executable, "-m", "fabrique_desktop", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        **options,
    )


def _unshare(mapping: tuple[str, ...], command: list[str]) -> subprocess.CompletedProcess:
    """Run ``command`` in a new user namespace. No skip: without ``unshare`` or user
    namespaces the test fails and says what is missing."""
    unshare = shutil.which("unshare")
    assert unshare, "the fault tests need util-linux's unshare (apt-get install util-linux)"
    result = subprocess.run(
        [unshare, "--user", *mapping, *command], capture_output=True, text=True, timeout=300
    )
    assert not result.stderr.startswith("unshare:"), (
        "the fault tests need user namespaces (unshare --user): " + result.stderr
    )
    return result


def cli_as_ordinary_user(*args) -> subprocess.CompletedProcess:
    """The command line run by a user to whom file modes apply (even when we are root)."""
    return _unshare(ORDINARY, [sys.executable, "-m", "fabrique_desktop", *map(str, args)])


def python_as_ordinary_user(code: str, *args) -> subprocess.CompletedProcess:
    """Python code run by a user to whom file modes apply (even when we are root)."""
    return _unshare(ORDINARY, [sys.executable, "-c", code, *map(str, args)])


def in_small_disk(driver: Path, *args) -> subprocess.CompletedProcess:
    """Run a Python driver where it may mount a small tmpfs of its own."""
    return _unshare(MOUNTER, [sys.executable, str(driver), *map(str, args)])
