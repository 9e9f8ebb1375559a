"""The profile folder: where one identity's keys, database and blobs live, and its lock.

A profile may be open in one process at a time. The lock is an advisory ``flock`` on
``profile.lock``, released by the kernel if the process dies, so a crash never leaves a
profile locked.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

import platformdirs

from core.errors import ProfileLocked

APP_NAME = "Hutong"
DATABASE_FILE = "hutong.db"
BLOB_FOLDER = "blobs"
LOCK_FILE = "profile.lock"


def default_profile_dir() -> Path:
    """The user data folder for this platform (e.g. ``~/.local/share/Hutong/default``)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "default"


class ProfileLock:
    """Held while a process has the profile open."""

    def __init__(self, profile: Path) -> None:
        profile.mkdir(parents=True, exist_ok=True)
        self.path = profile / LOCK_FILE
        self._descriptor: int | None = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(self._descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            os.close(self._descriptor)
            self._descriptor = None
            raise ProfileLocked(f"the profile {profile} is already open in another Hutong") from exc
        os.ftruncate(self._descriptor, 0)
        os.write(self._descriptor, str(os.getpid()).encode("ascii"))

    def release(self) -> None:
        if self._descriptor is not None:
            fcntl.flock(self._descriptor, fcntl.LOCK_UN)
            os.close(self._descriptor)
            self._descriptor = None
