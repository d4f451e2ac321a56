"""One copy of Clinic Desk per data folder: an OS file lock held while it is open.

The OS releases the lock when the process ends, even after a crash or power cut."""

from __future__ import annotations

import os
from pathlib import Path

from clinic_desk.core.errors import InUse, NotWritable


class InstanceLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> None:
        if self._fd is not None:
            return
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except PermissionError:
            raise NotWritable(
                "The data folder {folder} cannot be written. Choose another folder or ask "
                "an administrator to give you access to it.",
                folder=str(self.path.parent),
            ) from None
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            raise InUse(
                "Clinic Desk is already open on this data folder (in another window or "
                "command). Close it first."
            ) from None
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            _unlock(self._fd)
        finally:
            os.close(self._fd)
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None


if os.name == "nt":
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, 0)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
