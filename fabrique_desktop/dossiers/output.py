"""Writing a rendered document safely: to a temporary file beside the target, then renamed.

A crash, a full disk or an error mid-write leaves the previous file (or none), never a
truncated PDF that a printer would half-print.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path


def write_atomically(path: Path | str, content: bytes) -> Path:
    """Write ``content`` to ``path``; never replace something that is not a regular file
    (a folder, a device such as /dev/full)."""
    path = Path(path)
    if path.exists() and not path.is_file():
        raise FileExistsError(errno.EEXIST, "not a regular file", str(path))
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
    return path
