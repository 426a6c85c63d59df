"""One writer at a time: a lock file beside the database says who has it open.

``fabrique.sqlite.verrou`` records the staff member, the computer's user, the computer,
the process, since when, and a token of its own; the owner refreshes it every few
minutes and checks it is still its own before each write. Another instance, on this
computer or another one sharing the file, is told who holds it and may open it
read-only; it may take it over only when the lock is stale (its process is gone on
this computer, or it was not refreshed for longer than a limit). A stale lock this same
user left on this computer is taken back without asking.

The lock belongs to the file, not to the name used to open it: it sits beside the file's
real path (symbolic links resolved), and a file with several names (hard links) is not
opened for writing at all, since each name would get its own lock and its own -wal.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import hashlib
import json
import os
import socket
import stat
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from .fileguard import DatabaseRefused
from .paths import make_private_folders

#: A lock not refreshed for this long is considered abandoned (crashed, unplugged…).
STALE_AFTER = dt.timedelta(minutes=30)
#: How often the owner refreshes its lock.
REFRESH_EVERY = dt.timedelta(minutes=5)
#: An empty lock is one being written: abandoned only if it stays empty this long.
EMPTY_GRACE = dt.timedelta(seconds=30)
#: Writing or taking over a lock takes milliseconds: a draft or a claim older than this
#: was left by an instance killed meanwhile (removed when the lock is next acquired).
LEFTOVER_AFTER_SECONDS = 60


@dataclass(frozen=True)
class LockInfo:
    """A lock as found on disk. Whatever it holds, reading it never fails: what cannot
    be read is left empty and ``state`` says why (« ok », « empty », « unreadable »,
    « folder »)."""

    staff: str = ""
    user: str = ""
    host: str = ""
    pid: int | None = None
    since: dt.datetime | None = None
    refreshed: dt.datetime | None = None
    token: str = ""
    state: str = "ok"
    #: The lock file's own identity and bytes: a take-over removes exactly this one.
    raw: bytes = b""
    inode: int = 0


def lock_path(db_path: Path) -> Path:
    """The lock of a file, beside its real path: two names of one file share one lock."""
    real = Path(os.path.realpath(db_path))
    return real.with_name(real.name + ".verrou")


def process_alive(pid: int) -> bool:
    if not 0 < pid < 2**31:
        return False  # 0 and negative numbers name process groups; no pid is larger
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


def ended_here(info: LockInfo) -> bool:
    """A lock made on this computer by a process that has ended."""
    return (
        info.state == "ok"
        and info.host == socket.gethostname()
        and info.pid is not None
        and not process_alive(info.pid)
    )


def read_lock(path: Path) -> LockInfo | None:
    """The lock at ``path`` (None when there is none), whatever its content."""
    try:
        status = path.stat()
    except FileNotFoundError:
        return None
    except OSError:
        return LockInfo(state="unreadable")
    written = dt.datetime.fromtimestamp(status.st_mtime, dt.UTC)
    if stat.S_ISDIR(status.st_mode):
        return LockInfo(state="folder", refreshed=written)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError:
        return LockInfo(state="unreadable", refreshed=written, inode=status.st_ino)
    if not raw:
        return LockInfo(state="empty", refreshed=written, inode=status.st_ino)
    try:
        fields = json.loads(raw.decode("utf-8"))
        if not isinstance(fields, dict):
            raise ValueError(fields)
    except (ValueError, RecursionError):
        return LockInfo(state="unreadable", refreshed=written, raw=raw, inode=status.st_ino)
    return LockInfo(
        staff=_text(fields.get("staff")),
        user=_text(fields.get("user")),
        host=_text(fields.get("host")),
        pid=_number(fields.get("pid")),
        since=_moment(fields.get("since")),
        # Never refreshed by its content's word alone: not later than the file's own date.
        refreshed=min(_moment(fields.get("refreshed")) or written, written),
        token=_text(fields.get("token")),
        raw=raw,
        inode=status.st_ino,
    )


class FileLocked(DatabaseRefused):
    """Someone else has the file open (or may have); ``stale`` tells whether it may be
    taken over. ``info`` is None when no lock is involved (a file with several names)."""

    def __init__(self, message: str, info: LockInfo | None = None, stale: bool = False):
        if stale:
            message += " Ce verrou semble abandonné : vous pouvez reprendre la main."
        super().__init__(message)
        self.info = info
        self.stale = stale

    @classmethod
    def held_by(cls, info: LockInfo, lock: Path, stale: bool) -> FileLocked:
        return cls(describe_holder(info, lock), info, stale)


def describe_holder(info: LockInfo, lock: Path) -> str:
    """Who holds the file, in French, for any content of its lock."""
    if info.state == "folder":
        return (
            f"« {lock.name} », à côté du fichier, est un dossier : il empêche de savoir si "
            "quelqu'un d'autre a le fichier ouvert. Ouvrez-le en lecture seule, ou faites "
            "supprimer ce dossier par votre référent informatique."
        )
    if info.state == "empty":
        return (
            "Ce fichier est en train d'être ouvert dans une autre fenêtre ou sur un autre "
            "poste. Réessayez dans un instant."
        )
    if info.state == "unreadable":
        return (
            f"Ce fichier est peut-être ouvert ailleurs : son verrou « {lock.name} » est illisible."
        )
    who = info.staff or "une personne inconnue"
    where = info.host or "un poste inconnu"
    return f"Ce fichier est ouvert par {who} sur {where} depuis {_when(info.since)}."


class LockLost(DatabaseRefused):
    """Another instance took the file over: this one must not write any more."""

    def __init__(self, info: LockInfo | None, lock: Path):
        if info is None:
            taker = "Le verrou de ce fichier a disparu"
        elif info.state == "ok":
            taker = (
                f"{info.staff or 'Une personne inconnue'} a repris la main sur ce fichier "
                f"depuis {info.host or 'un autre poste'} ({_when(info.since)})"
            )
        else:
            taker = f"Le verrou de ce fichier a été remplacé ({describe_holder(info, lock)})"
        super().__init__(
            f"{taker} : vous ne pouvez plus y enregistrer. Rien n'a été écrit et votre "
            "saisie reste affichée : notez-la, puis rouvrez le fichier."
        )
        self.info = info


class FileLock:
    """This process's claim on one database file."""

    def __init__(self, db_path: Path, staff: str):
        self.db_path = Path(db_path)
        self.path = lock_path(db_path)
        self.staff = staff
        self.token = uuid.uuid4().hex
        self.since = _now()
        self.held = False

    def current(self) -> LockInfo | None:
        """The lock as written on disk (None when there is none)."""
        return read_lock(self.path)

    def is_stale(self, info: LockInfo) -> bool:
        """Whether ``info`` was abandoned: its process has ended on this computer, or it
        was not refreshed for :data:`STALE_AFTER` (an empty one: :data:`EMPTY_GRACE`)."""
        if info.state == "folder":
            return False  # nothing can replace it: only its removal by hand
        if ended_here(info):
            return True
        limit = EMPTY_GRACE if info.state == "empty" else STALE_AFTER
        refreshed = info.refreshed or dt.datetime.min.replace(tzinfo=dt.UTC)
        return _now() - refreshed > limit

    def left_by_me_here(self, info: LockInfo) -> bool:
        """A lock this user left on this computer by a process that has ended."""
        return ended_here(info) and info.user != "" and info.user == _user()

    def acquire(self, take_over: bool = False, make_folder: bool = False) -> None:
        """Take the lock, or raise :class:`FileLocked` saying who holds it.

        ``take_over`` replaces a stale lock (after the user confirmed); a live one is
        never taken over. Of several instances taking over one stale lock at the same
        moment, exactly one wins. ``make_folder`` first creates the file's folder (and
        those above it), private, when missing: the first launch on a new account.
        """
        try:
            if make_folder:
                make_private_folders(self.path.parent)
            self._refuse_several_names()
            self._sweep_leftovers()
            self._acquire(take_over)
        except FileNotFoundError as error:
            raise DatabaseRefused(
                f"Le dossier « {self.path.parent} » n'existe pas : le fichier ne peut pas y "
                "être ouvert."
            ) from error
        except OSError as error:
            raise FileLocked(
                f"Le verrou « {self.path.name} » ne peut pas être posé à côté du fichier "
                f"({error.strerror or error}) : le fichier ne peut être ouvert qu'en lecture "
                "seule."
            ) from error

    def _acquire(self, take_over: bool) -> None:
        info = None
        for _ in range(5):
            info = self.current()
            if info is None:
                if self._install():
                    self.held = True
                    return
                continue  # another instance created one meanwhile: look at it
            if info.token == self.token:
                self.held = True
                self.refresh()
                return
            stale = self.is_stale(info)
            if not (stale and (take_over or self.left_by_me_here(info))):
                raise FileLocked.held_by(info, self.path, stale)
            if self._take_over(info):
                self.held = True
                return
            time.sleep(0.01)  # another instance is taking it over: see who won
        raise FileLocked.held_by(info or LockInfo(state="empty"), self.path, False)

    def verify(self) -> None:
        """Raise :class:`LockLost` unless the lock on disk is still this instance's."""
        info = self.current()
        if info is None or info.token != self.token:
            raise LockLost(info, self.path)

    def refresh(self) -> None:
        """Say this instance is still there; raises :class:`LockLost` if it is not the
        holder any more (the new holder's lock is left as it is)."""
        if self.held:
            self.verify()
            self._replace_with(self._record())

    def release(self) -> None:
        if self.held:
            info = self.current()
            if info is not None and info.token == self.token:
                self.path.unlink(missing_ok=True)
            self.held = False

    def _refuse_several_names(self) -> None:
        try:
            links = os.stat(self.db_path).st_nlink
        except OSError:
            return  # not created yet: it will have one name
        if links > 1:
            raise FileLocked(
                f"Le fichier « {self.db_path.name} » porte plusieurs noms (liens physiques) : "
                "ouvert sous deux noms à la fois, il serait abîmé. Il peut être ouvert en "
                "lecture seule ; pour y travailler, utilisez une copie."
            )

    def _record(self) -> bytes:
        record = {
            "staff": self.staff,
            "user": _user(),
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "since": self.since.isoformat(timespec="seconds"),
            "refreshed": _now().isoformat(timespec="seconds"),
            "token": self.token,
        }
        return json.dumps(record, ensure_ascii=False).encode("utf-8")

    def _written_aside(self, content: bytes) -> Path:
        """``content`` in a private file beside the lock, complete and synced."""
        aside = self.path.with_name(f".{self.path.name}.{self.token}.tmp")
        fd = os.open(aside, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, content)
            os.fsync(fd)
        finally:
            os.close(fd)
        return aside

    def _install(self) -> bool:
        """Create the lock, complete, only if there is none; False if one appeared."""
        aside = self._written_aside(self._record())
        try:
            os.link(aside, self.path)  # never replaces: of two instances, one succeeds
        except FileExistsError:
            return False
        except OSError:  # a file system without hard links (FAT, some shares)
            return self._install_exclusively()
        finally:
            aside.unlink(missing_ok=True)
        return True

    def _install_exclusively(self) -> bool:
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return False
        with os.fdopen(fd, "wb") as stream:  # empty for an instant: read as « being written »
            stream.write(self._record())
        return True

    def _replace_with(self, content: bytes) -> None:
        os.replace(self._written_aside(content), self.path)

    def _sweep_leftovers(self) -> None:
        """Remove what instances killed while writing a lock or taking one over left:
        their drafts and claims, untouched for longer than such work ever takes."""
        for pattern in (f".{self.path.name}.*.tmp", f".{self.path.name}.*.reprise"):
            for leftover in self.path.parent.glob(pattern):
                with contextlib.suppress(OSError):
                    if time.time() - leftover.stat().st_mtime > LEFTOVER_AFTER_SECONDS:
                        leftover.unlink()

    def _take_over(self, stale: LockInfo) -> bool:
        """Replace the stale lock ``stale`` by this instance's, unless another instance
        is doing so: False then.

        Those taking over one stale lock all name the same claim after it (its inode
        and content); creating that claim is exclusive, so one of them only gets it.
        The winner replaces the lock in one rename (never absent, never empty) if it is
        still the one judged stale, then drops the claim: a latecomer that gets the
        claim afterwards finds another lock than the stale one and gives up.
        """
        digest = hashlib.sha256(stale.raw).hexdigest()[:16]
        claim = self.path.with_name(f".{self.path.name}.{stale.inode}-{digest}.reprise")
        try:
            os.close(os.open(claim, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except FileExistsError:
            return False
        try:
            now = read_lock(self.path)
            if now is None or (now.raw, now.inode) != (stale.raw, stale.inode):
                return False
            self._replace_with(self._record())
            return True
        finally:
            claim.unlink(missing_ok=True)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _user() -> str:
    """This computer's account running the app (empty when the system cannot say)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


def _when(moment: dt.datetime | None) -> str:
    if moment is None:
        return "une date inconnue"
    try:
        return f"le {moment.astimezone():%d/%m/%Y à %H:%M}"
    except (OverflowError, ValueError, OSError):  # a date out of this computer's range
        return "une date inconnue"


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _number(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return None


def _moment(value: object) -> dt.datetime | None:
    """An ISO date and time; one without time zone is read as UTC (how we write them)."""
    if not isinstance(value, str):
        return None
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
