"""One writer at a time: a lock file beside the database says who has it open.

``fabrique.sqlite.verrou`` records the staff member, the computer, the process and
since when; the owner refreshes it every few minutes. Another instance, on this
computer or another one sharing the file, is told who holds it and may open it
read-only; it may take it over only when the lock is stale (its process is gone on
this computer, or it was not refreshed for longer than a limit).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import socket
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

from .fileguard import DatabaseRefused

#: A lock not refreshed for this long is considered abandoned (crashed, unplugged…).
STALE_AFTER = dt.timedelta(minutes=30)
#: How often the owner refreshes its lock.
REFRESH_EVERY = dt.timedelta(minutes=5)


@dataclass(frozen=True)
class LockInfo:
    staff: str
    host: str
    pid: int
    since: str
    refreshed: str

    @property
    def since_time(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.since)


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".verrou")


def process_alive(pid: int) -> bool:
    if sys.platform == "win32":  # os.kill would terminate the process on Windows
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)
        if not handle:
            return False
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        ctypes.windll.kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, owned by someone else
    return True


class FileLocked(DatabaseRefused):
    """Someone else has the file open; ``stale`` tells whether it may be taken over."""

    def __init__(self, info: LockInfo, stale: bool):
        since = dt.datetime.fromisoformat(info.since).astimezone()
        message = (
            f"Ce fichier est ouvert par {info.staff or 'une personne inconnue'} sur "
            f"{info.host} depuis le {since:%d/%m/%Y à %H:%M}."
        )
        if stale:
            message += " Ce verrou semble abandonné : vous pouvez reprendre la main."
        super().__init__(message)
        self.info = info
        self.stale = stale


class FileLock:
    def __init__(self, db_path: Path, staff: str):
        self.path = lock_path(db_path)
        self.staff = staff
        self.held = False

    def current(self) -> LockInfo | None:
        """The lock as written on disk (None when there is none or it is unreadable)."""
        try:
            return LockInfo(**json.loads(self.path.read_text(encoding="utf-8")))
        except FileNotFoundError:
            return None
        except (OSError, ValueError, TypeError):
            return LockInfo("", "?", 0, _now(), "1970-01-01T00:00:00+00:00")

    def is_stale(self, info: LockInfo) -> bool:
        if info.host == socket.gethostname() and not process_alive(info.pid):
            return True
        refreshed = dt.datetime.fromisoformat(info.refreshed)
        return dt.datetime.now(dt.UTC) - refreshed > STALE_AFTER

    def acquire(self, take_over: bool = False) -> None:
        """Take the lock, or raise :class:`FileLocked` saying who holds it.

        ``take_over`` replaces a stale lock (after the user confirmed); a live one is
        never taken over.
        """
        info = self.current()
        if info is not None and not self._mine(info):
            stale = self.is_stale(info)
            if not (take_over and stale):
                raise FileLocked(info, stale)
            self.path.unlink(missing_ok=True)
        self._write(create=info is None or not self._mine(info))
        self.held = True

    def refresh(self) -> None:
        if self.held:
            self._write(create=False)

    def release(self) -> None:
        if self.held:
            info = self.current()
            if info is not None and self._mine(info):
                self.path.unlink(missing_ok=True)
            self.held = False

    def _mine(self, info: LockInfo) -> bool:
        return info.host == socket.gethostname() and info.pid == os.getpid()

    def _write(self, create: bool) -> None:
        info = self.current() if not create else None
        now = _now()
        record = LockInfo(
            self.staff, socket.gethostname(), os.getpid(), info.since if info else now, now
        )
        text = json.dumps(asdict(record), ensure_ascii=False)
        if create:
            # O_EXCL: of two instances starting together, only one creates the lock.
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                raise FileLocked(self.current(), False) from None
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as stream:
                    stream.write(text)
            except OSError:  # a full disk: no empty lock naming nobody is left behind
                self.path.unlink(missing_ok=True)
                raise
            return
        temporary = self.path.with_name(self.path.name + ".tmp")
        temporary.write_text(text, encoding="utf-8")
        with contextlib.suppress(OSError):
            os.chmod(temporary, 0o600)
        os.replace(temporary, self.path)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
