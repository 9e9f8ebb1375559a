from __future__ import annotations

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
