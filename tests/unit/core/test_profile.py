from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.clock import ManualClock
from core.crypto import KdfParams
from core.errors import PassphraseRequired, ProfileLocked, WrongPassphrase
from core.facade import Core


def test_a_profile_opens_in_one_process_at_a_time(tmp_path: Path) -> None:
    with Core.open(tmp_path, name="One"):
        with pytest.raises(ProfileLocked, match="already open"):
            Core.open(tmp_path)
    with Core.open(tmp_path) as again:
        assert again.name == "One"


def test_identity_is_created_on_first_use_and_kept(tmp_path: Path) -> None:
    with Core.open(tmp_path, name="Zoë", clock=ManualClock()) as first:
        me = first.me
        card = first.card()
    with Core.open(tmp_path) as second:
        assert second.me == me and second.card() == card and second.name == "Zoë"


def test_a_passphrase_is_required_and_checked(tmp_path: Path) -> None:
    Core.open(tmp_path, name="Secret", passphrase="open sesame", kdf=KdfParams.minimal()).close()
    with pytest.raises(PassphraseRequired):
        Core.open(tmp_path)
    with pytest.raises(WrongPassphrase):
        Core.open(tmp_path, passphrase="open sesamE")
    with Core.open(tmp_path, passphrase="open sesame") as core:
        core.change_passphrase("open sesame", "new words", KdfParams.minimal())
    with pytest.raises(WrongPassphrase):
        Core.open(tmp_path, passphrase="open sesame")
    Core.open(tmp_path, passphrase="new words").close()


def test_renaming_publishes_a_new_card(tmp_path: Path) -> None:
    clock = ManualClock()
    with Core.open(tmp_path, name="Old", clock=clock) as core:
        clock.advance(1000)
        core.set_name("New name")
        assert core.card().name == "New name"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def loose_umask() -> Iterator[None]:
    previous = os.umask(0o022)  # the usual default, which made everything world-readable
    yield
    os.umask(previous)


def test_a_new_profile_is_readable_by_its_owner_only(tmp_path: Path, loose_umask: None) -> None:
    folder = tmp_path / "p"
    with Core.open(folder, name="Private") as core:
        core.set_avatar(b"\x89PNG not really a picture")
        assert (folder / "hutong.db-wal").exists()
        files = [folder / n for n in ("identity.json", "hutong.db", "hutong.db-wal")]
        files += [folder / "hutong.db-shm", *(folder / "blobs").iterdir()]
        assert {p.name: _mode(p) for p in files} == {p.name: 0o600 for p in files}
        assert _mode(folder) == _mode(folder / "blobs") == 0o700


def test_an_old_world_readable_profile_is_made_private_when_opened(
    tmp_path: Path, loose_umask: None
) -> None:
    folder = tmp_path / "p"
    with Core.open(folder, name="Old") as core:
        core.set_avatar(b"\x89PNG not really a picture")
    for path in [folder, folder / "blobs"]:
        path.chmod(0o755)
    files = [p for p in [*folder.iterdir(), *(folder / "blobs").iterdir()] if p.is_file()]
    for path in files:
        path.chmod(0o644)
    Core.open(folder).close()
    assert {p.name: _mode(p) for p in files} == {p.name: 0o600 for p in files}
    assert _mode(folder) == _mode(folder / "blobs") == 0o700
