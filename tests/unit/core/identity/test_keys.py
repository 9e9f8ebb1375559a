from __future__ import annotations

import logging
import stat
from pathlib import Path

import pytest

from core.crypto import KdfParams
from core.errors import PassphraseRequired, ProfileError, WrongPassphrase
from core.identity import DeviceKeys, is_protected, load_keys, public_identity, save_keys


def test_keys_survive_a_round_trip_without_passphrase(tmp_path: Path) -> None:
    keys = DeviceKeys.generate()
    save_keys(tmp_path, keys, None)
    assert load_keys(tmp_path, None) == keys
    assert not is_protected(tmp_path)
    assert stat.S_IMODE((tmp_path / "identity.json").stat().st_mode) == 0o600


def test_a_protected_profile_needs_the_right_passphrase(tmp_path: Path) -> None:
    keys = DeviceKeys.generate()
    save_keys(tmp_path, keys, "pass phrase", KdfParams.minimal())
    assert is_protected(tmp_path)
    assert public_identity(tmp_path) == keys.identity_key
    with pytest.raises(PassphraseRequired):
        load_keys(tmp_path, None)
    with pytest.raises(WrongPassphrase):
        load_keys(tmp_path, "pass phrasE")
    assert load_keys(tmp_path, "pass phrase") == keys
    assert keys.signing.seed.hex() not in (tmp_path / "identity.json").read_text()


def test_a_damaged_key_file_is_a_clear_profile_error(tmp_path: Path) -> None:
    (tmp_path / "identity.json").write_text("{not json")
    with pytest.raises(ProfileError, match="cannot be read"):
        load_keys(tmp_path, None)
    (tmp_path / "identity.json").write_text(
        '{"format": 1, "protected": false, "secret": "00", "identity_key": "00"}'
    )
    with pytest.raises(ProfileError, match="damaged"):
        load_keys(tmp_path, None)


def test_secret_keys_never_reach_the_log(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    keys = DeviceKeys.generate()
    save_keys(tmp_path, keys, None)
    logging.getLogger("test").debug("keys: %r", load_keys(tmp_path, None))
    text = caplog.text
    assert keys.signing.seed.hex() not in text and str(keys.signing.seed) not in text
    assert str(keys.encryption.secret) not in text
