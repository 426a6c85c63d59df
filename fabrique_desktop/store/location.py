"""Is the database on a network share? SQLite's WAL mode needs shared memory that
network file systems do not provide: there the file uses a rollback journal instead,
the lock file keeps a second workstation out, and the user is warned."""

from __future__ import annotations

import os
import sys
from pathlib import Path

NETWORK_FILESYSTEMS = {
    "cifs",
    "smb3",
    "smbfs",
    "nfs",
    "nfs4",
    "afs",
    "9p",
    "fuse.sshfs",
    "ncpfs",
    "davfs",
    "fuse.davfs",
    "glusterfs",
    "ceph",
    "fuse.rclone",
}


def filesystem_type(path: Path, mounts: str | None = None) -> str | None:
    """The type of the file system holding ``path`` on Linux (from /proc/mounts)."""
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    target = os.path.realpath(path)
    best, best_type = "", None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) > len(best):
            best, best_type = point, fields[2]
    return best_type


def on_network_share(path: Path) -> bool:
    path = Path(path)
    if sys.platform == "win32":
        text = str(path.absolute())
        if text.startswith(("\\\\", "//")):
            return True  # a UNC path: \\server\share\…
        import ctypes

        drive = path.absolute().drive + "\\"
        return ctypes.windll.kernel32.GetDriveTypeW(drive) == 4  # DRIVE_REMOTE
    return filesystem_type(path.parent if not path.exists() else path) in NETWORK_FILESYSTEMS
