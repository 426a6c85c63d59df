"""Writing a rendered document safely: to a temporary file beside the target, then renamed.

A crash, a full disk, an error or a cancel mid-write leaves the previous file (or none),
never a truncated PDF that a printer would half-print or a half-written spreadsheet. The
file is readable by its owner only (0600): dossiers and exports carry personal data.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ..store.creation import sync_folder


@contextlib.contextmanager
def atomic_stream(path: Path | str) -> Iterator[BinaryIO]:
    """A binary stream whose content becomes ``path`` once the ``with`` block ends
    without error (flushed, synced, renamed); on any error, or a cancel raised inside the
    block, the temporary file is removed and ``path`` is left as it was. Never replaces
    something that is not a regular file (a folder, a device such as /dev/full)."""
    path = Path(path)
    if path.exists() and not path.is_file():
        raise FileExistsError(errno.EEXIST, "not a regular file", str(path))
    # mkstemp creates the file 0600 whatever the umask.
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
    sync_folder(path.parent)


def write_atomically(path: Path | str, content: bytes) -> Path:
    """Write ``content`` to ``path`` through :func:`atomic_stream`."""
    with atomic_stream(path) as stream:
        stream.write(content)
    return Path(path)
