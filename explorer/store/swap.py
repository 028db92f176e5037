"""Replacing a database file safely: one writer at a time, a unique temporary file, a
durable swap, and targets that are checked before any work starts. No Qt here.

Whoever replaces a file that others read (``build-db``, a data update, a package install)
does it in four steps::

    with TargetLock(target):                # refuses a second writer at once
        tmp = temp_beside(target)            # unique: never another writer's file
        ... write tmp completely, check it ...
        durable_replace(tmp, target)         # fsync file, rename, fsync the folder

A process killed mid-way leaves only its temporary file, which the next writer removes
(``remove_stale_temps``) once it holds the lock, so nothing grows without bound.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
import sys
import time
from pathlib import Path
from types import TracebackType

TEMP_MARK = ".building-"
LOCK_SUFFIX = ".lock"


class TargetError(Exception):
    """A target that must not be written, or that another process is writing."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def check_target(path: Path, *, protected: tuple[Path, ...] = (), kind: str = "file") -> Path:
    """The real file ``path`` names, once it is safe to replace; ``TargetError`` if not.

    A symbolic link is followed (the link stays a link); what it points to, or ``path``
    itself, must be a regular file or not exist yet, in a folder that exists and can be
    written. ``protected`` files (the open database) may not be the target.
    """
    real = Path(os.path.realpath(path))
    for other in protected:
        if _same_file(real, other):
            raise TargetError(path, f"is the open database; choose another {kind} name")
    try:
        info = os.stat(real)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise TargetError(path, exc.strerror or str(exc)) from None
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise TargetError(path, f"is a folder; give a {kind} name inside it")
        if not stat.S_ISREG(info.st_mode):
            raise TargetError(path, "is not a regular file (a device, pipe or socket)")
    folder = real.parent
    if not folder.is_dir():
        raise TargetError(path, f"folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise TargetError(path, f"folder {folder} is not writable")
    return real


def temp_beside(target: Path) -> Path:
    """A temporary name beside ``target`` that no other writer uses."""
    token = f"{os.getpid()}-{secrets.token_hex(4)}"
    return target.with_name(f"{target.name}{TEMP_MARK}{token}")


def remove_stale_temps(target: Path, *, keep: Path | None = None) -> int:
    """Remove temporary files that earlier, killed writers left beside ``target``.

    Call it only while holding ``TargetLock(target)``: then no other writer is alive.
    Returns how many were removed.
    """
    removed = 0
    prefixes = (f"{target.name}{TEMP_MARK}", f"{target.name}.building")
    with contextlib.suppress(OSError):
        for entry in target.parent.iterdir():
            if entry == keep or not entry.name.startswith(prefixes):
                continue
            with contextlib.suppress(OSError):
                entry.unlink()
                removed += 1
    return removed


def fsync_path(path: Path, *, directory: bool = False) -> None:
    """Flush ``path`` (a file, or a folder's entries) to the disk."""
    if directory and sys.platform == "win32":
        return  # folders cannot be opened for fsync on Windows; NTFS journals renames
    flags = os.O_RDONLY | (getattr(os, "O_DIRECTORY", 0) if directory else 0)
    fd = os.open(path, flags)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def durable_replace(tmp: Path, target: Path, *, attempts: int = 20) -> None:
    """Swap ``tmp`` in for ``target`` so that a power cut leaves one of them whole.

    The file is flushed before the rename and the folder after it. On Windows a rename
    fails while another process holds the target open; it is retried for about two seconds
    before the error is raised.
    """
    fsync_path(tmp)
    for attempt in range(attempts):
        try:
            os.replace(tmp, target)
            break
        except PermissionError:
            if sys.platform != "win32" or attempt == attempts - 1:
                raise
            time.sleep(0.1)
    fsync_path(target.parent, directory=True)


class TargetLock:
    """An exclusive, non-blocking lock on ``<target>.lock`` for the life of a write.

    A second writer gets ``TargetError`` at once ("another process is writing it"); the lock
    goes with the process, so a killed writer never leaves it held.
    """

    def __init__(self, target: Path) -> None:
        self.target = target
        self.path = target.with_name(target.name + LOCK_SUFFIX)
        self._fd: int | None = None

    def acquire(self) -> None:
        for _attempt in range(20):
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                _lock_fd(fd)
            except OSError as exc:
                os.close(fd)
                if exc.errno in (errno.EACCES, errno.EAGAIN, errno.EDEADLK):
                    holder = _read_holder(self.path)
                    who = f" (process {holder})" if holder else ""
                    raise TargetError(
                        self.target,
                        f"another process{who} is writing it; try again when it is done",
                    ) from None
                raise
            if _fd_is_path(fd, self.path):
                break
            # The previous holder removed the lock file between our open and our lock:
            # the lock we hold is on an unlinked inode, so take a fresh one.
            os.close(fd)
        else:  # pragma: no cover - twenty lost races in a row
            raise TargetError(self.target, "could not take the write lock; try again")
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._fd = fd

    def release(self) -> None:
        """Remove the lock file (while still holding it) and drop the lock.

        Nothing is left beside the target. A writer that opened the old file just before the
        removal notices the changed inode in ``acquire`` and retries on a fresh file.
        """
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        if sys.platform != "win32":  # Windows cannot remove an open file; it stays, empty
            with contextlib.suppress(OSError):
                os.unlink(self.path)
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
        os.close(fd)  # closing drops the lock

    def __enter__(self) -> TargetLock:
        self.acquire()
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _tb: TracebackType | None,
    ) -> None:
        self.release()


def _fd_is_path(fd: int, path: Path) -> bool:
    try:
        on_disk = os.stat(path)
    except FileNotFoundError:
        return False
    held = os.fstat(fd)
    return (held.st_dev, held.st_ino) == (on_disk.st_dev, on_disk.st_ino)


def _read_holder(path: Path) -> str:
    try:
        text = path.read_text(encoding="ascii", errors="replace").strip()
    except OSError:
        return ""
    return text if text.isdigit() else ""


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only

    def _lock_fd(fd: int) -> None:
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as exc:
            raise OSError(errno.EACCES, str(exc)) from None

else:

    def _lock_fd(fd: int) -> None:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
