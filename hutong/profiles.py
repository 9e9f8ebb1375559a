"""Opening a profile from the command line: folder, passphrase, one clear error."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from core.errors import PassphraseRequired
from core.facade import Core
from core.identity import has_keys, is_protected
from core.profile import default_profile_dir

PASSPHRASE_ENV = "HUTONG_PASSPHRASE"


def profile_dir(argument: str | None) -> Path:
    return Path(argument).expanduser() if argument else default_profile_dir()


def read_passphrase(folder: Path, passphrase_file: str | None) -> str | None:
    """From --passphrase-file, then $HUTONG_PASSPHRASE, then a prompt if on a terminal."""
    if not has_keys(folder) or not is_protected(folder):
        return None
    if passphrase_file:
        return Path(passphrase_file).read_text("utf-8").rstrip("\n")
    if PASSPHRASE_ENV in os.environ:
        return os.environ[PASSPHRASE_ENV]
    if sys.stdin.isatty():
        return getpass.getpass(f"Passphrase for {folder}: ")
    raise PassphraseRequired(
        f"the profile {folder} is protected: give --passphrase-file or set {PASSPHRASE_ENV}"
    )


def open_core(argument: str | None, passphrase_file: str | None = None) -> Core:
    folder = profile_dir(argument)
    return Core.open(folder, passphrase=read_passphrase(folder, passphrase_file))
