"""The profile folder: where one identity's keys, database and blobs live, and its lock.

A profile may be open in one process at a time. The lock is an advisory ``flock`` on
``profile.lock``, released by the kernel if the process dies, so a crash never leaves a
profile locked.

Everything in a profile is its owner's alone: folders are mode 0700 and files 0600, whatever
the umask, and a profile made by an older Hutong (0755/0644) is put right when it is opened.
"""

from __future__ import annotations

import fcntl
import os
import stat
from pathlib import Path

import platformdirs

from core.errors import ProfileLocked

APP_NAME = "Hutong"
DATABASE_FILE = "hutong.db"
BLOB_FOLDER = "blobs"
LOCK_FILE = "profile.lock"
KEY_FILE = "identity.json"
PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600
_DATABASE_FILES = (DATABASE_FILE, f"{DATABASE_FILE}-wal", f"{DATABASE_FILE}-shm")


def default_profile_dir() -> Path:
    """The user data folder for this platform (e.g. ``~/.local/share/Hutong/default``)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "default"


def make_private_folder(path: Path) -> bool:
    """Create ``path`` if missing and make it owner-only; True when its mode had to change."""
    path.mkdir(parents=True, exist_ok=True)
    if stat.S_IMODE(path.stat().st_mode) == PRIVATE_FOLDER:
        return False
    os.chmod(path, PRIVATE_FOLDER)
    return True


def make_private_file(path: Path) -> None:
    """Make an existing file owner-only (0600); a missing one is left missing."""
    try:
        if stat.S_IMODE(path.stat().st_mode) != PRIVATE_FILE:
            os.chmod(path, PRIVATE_FILE)
    except FileNotFoundError:
        pass


def create_private_file(path: Path) -> None:
    """Create ``path`` empty with mode 0600 (the umask cannot widen or narrow it) if missing."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except FileExistsError:
        return
    try:
        os.fchmod(descriptor, PRIVATE_FILE)
    finally:
        os.close(descriptor)


def secure_profile(profile: Path) -> None:
    """Make the profile folder, its key file and its database files owner-only."""
    make_private_folder(profile)
    for name in (KEY_FILE, LOCK_FILE, *_DATABASE_FILES):
        make_private_file(profile / name)


class ProfileLock:
    """Held while a process has the profile open."""

    def __init__(self, profile: Path) -> None:
        make_private_folder(profile)
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
