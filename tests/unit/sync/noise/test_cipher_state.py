"""CipherState: nonces, key-less pass-through, REKEY, and the end of the nonce space."""

from __future__ import annotations

import pytest

from sync.noise import (
    MAX_NONCE,
    CipherState,
    NoiseDecryptError,
    NoiseInvalidKeyError,
    NoiseNonceExhaustedError,
    NoiseStateError,
    aead,
)

KEY = bytes(range(32))


def test_without_a_key_it_passes_data_through() -> None:
    state = CipherState()
    assert not state.has_key()
    assert state.encrypt_with_ad(b"ad", b"plain") == b"plain"
    assert state.decrypt_with_ad(b"ad", b"plain") == b"plain"
    assert state.nonce == 0


def test_each_message_uses_the_next_nonce() -> None:
    sender, receiver = CipherState(KEY), CipherState(KEY)
    first = sender.encrypt_with_ad(b"", b"same")
    second = sender.encrypt_with_ad(b"", b"same")
    assert first != second
    assert first == aead.encrypt(KEY, 0, b"", b"same")
    assert second == aead.encrypt(KEY, 1, b"", b"same")
    assert receiver.decrypt_with_ad(b"", first) == b"same"
    assert receiver.decrypt_with_ad(b"", second) == b"same"
    assert sender.nonce == receiver.nonce == 2


def test_a_failed_decryption_does_not_advance_the_nonce() -> None:
    sender, receiver = CipherState(KEY), CipherState(KEY)
    good = sender.encrypt_with_ad(b"", b"x")
    with pytest.raises(NoiseDecryptError):
        receiver.decrypt_with_ad(b"", good[:-1] + bytes([good[-1] ^ 1]))
    assert receiver.nonce == 0
    assert receiver.decrypt_with_ad(b"", good) == b"x"


def test_the_last_nonce_is_reserved() -> None:
    state = CipherState(KEY)
    state.set_nonce(MAX_NONCE - 1)
    state.encrypt_with_ad(b"", b"last one")
    assert state.nonce == MAX_NONCE
    with pytest.raises(NoiseNonceExhaustedError):
        state.encrypt_with_ad(b"", b"one too many")
    with pytest.raises(NoiseNonceExhaustedError):
        state.decrypt_with_ad(b"", bytes(16))


def test_rekey_changes_the_key_but_not_the_nonce() -> None:
    sender, receiver = CipherState(KEY), CipherState(KEY)
    receiver.decrypt_with_ad(b"", sender.encrypt_with_ad(b"", b"before"))
    sender.rekey()
    after = sender.encrypt_with_ad(b"", b"after")
    assert after == aead.encrypt(aead.rekey(KEY), 1, b"", b"after")
    with pytest.raises(NoiseDecryptError):
        receiver.decrypt_with_ad(b"", after)  # the receiver has not rekeyed yet
    receiver.rekey()
    assert receiver.decrypt_with_ad(b"", after) == b"after"


def test_misuse_is_reported() -> None:
    with pytest.raises(NoiseInvalidKeyError):
        CipherState(bytes(31))
    with pytest.raises(NoiseStateError):
        CipherState().rekey()
    with pytest.raises(ValueError):
        CipherState(KEY).set_nonce(2**64)
    assert "nonce=0" in repr(CipherState(KEY))
    assert KEY.hex() not in repr(CipherState(KEY))
