"""The device's key pairs and the file that keeps them at rest.

``identity.json`` in the profile folder holds the public keys in the clear (so a locked profile
can still say whose it is) and the 64 secret bytes (Ed25519 seed ‖ X25519 secret) either in the
clear or sealed under a passphrase (Argon2id + XChaCha20-Poly1305). The file is replaced
atomically and readable only by its owner.
"""

from __future__ import annotations

import errno
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.crypto import (
    EncryptionKeyPair,
    KdfParams,
    ProtectedSecret,
    SigningKeyPair,
    protect_secret,
    unprotect_secret,
)
from core.errors import PassphraseRequired, ProfileError, WrongPassphrase
from core.ids import EncryptionKey, PublicKey
from core.profile import KEY_FILE, PRIVATE_FILE, make_private_folder

_FORMAT = 1


@dataclass(frozen=True)
class DeviceKeys:
    """This device's signing and encryption key pairs. ``repr`` shows public keys only."""

    signing: SigningKeyPair
    encryption: EncryptionKeyPair

    @property
    def identity_key(self) -> PublicKey:
        return PublicKey(self.signing.public_key)

    @property
    def encryption_key(self) -> EncryptionKey:
        return EncryptionKey(self.encryption.public_key)

    @classmethod
    def generate(cls) -> DeviceKeys:
        return cls(SigningKeyPair.generate(), EncryptionKeyPair.generate())

    def _secret_bytes(self) -> bytes:
        return self.signing.seed + self.encryption.secret

    @classmethod
    def _from_secret_bytes(cls, secret: bytes) -> DeviceKeys:
        return cls(SigningKeyPair(secret[:32]), EncryptionKeyPair(secret[32:64]))


def key_file(profile: Path) -> Path:
    return profile / KEY_FILE


def has_keys(profile: Path) -> bool:
    return key_file(profile).is_file()


def is_protected(profile: Path) -> bool:
    """True when the profile's secret keys need a passphrase."""
    return bool(_read(profile).get("protected"))


def _write(profile: Path, document: dict[str, Any]) -> None:
    make_private_folder(profile)
    target = key_file(profile)
    temporary = target.with_suffix(".tmp")
    data = json.dumps(document, indent=2).encode("utf-8")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
    try:
        try:
            os.fchmod(descriptor, PRIVATE_FILE)  # the umask, or a stale .tmp, must not decide it
            if os.write(descriptor, data) != len(data):
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(temporary))
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        os.replace(temporary, target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)  # the old key file, if any, is untouched
        raise ProfileError(f"the identity file in {profile} could not be written: {exc}") from exc


def _read(profile: Path) -> dict[str, Any]:
    try:
        document = json.loads(key_file(profile).read_text("utf-8"))
    except FileNotFoundError as exc:
        raise ProfileError(f"no identity in {profile}") from exc
    except (OSError, ValueError) as exc:
        raise ProfileError(f"the identity file in {profile} cannot be read: {exc}") from exc
    if not isinstance(document, dict) or document.get("format") != _FORMAT:
        raise ProfileError(f"the identity file in {profile} is of an unknown format")
    return document


def save_keys(
    profile: Path, keys: DeviceKeys, passphrase: str | None, params: KdfParams | None = None
) -> None:
    """Write the key file, sealing the secrets when a passphrase is given."""
    document: dict[str, Any] = {
        "format": _FORMAT,
        "identity_key": keys.identity_key.hex(),
        "encryption_key": keys.encryption_key.hex(),
        "protected": passphrase is not None,
    }
    if passphrase is None:
        document["secret"] = keys._secret_bytes().hex()
    else:
        sealed = protect_secret(keys._secret_bytes(), passphrase, params)
        document["kdf"] = {"opslimit": sealed.params.opslimit, "memlimit": sealed.params.memlimit}
        document["salt"] = sealed.salt.hex()
        document["nonce"] = sealed.nonce.hex()
        document["ciphertext"] = sealed.ciphertext.hex()
    _write(profile, document)


def public_identity(profile: Path) -> PublicKey:
    """The identity key of a profile, readable without its passphrase."""
    try:
        return PublicKey(bytes.fromhex(str(_read(profile)["identity_key"])))
    except (KeyError, ValueError) as exc:
        raise ProfileError(f"the identity file in {profile} is damaged") from exc


def load_keys(profile: Path, passphrase: str | None) -> DeviceKeys:
    """Read the key file; a protected one needs the right passphrase."""
    document = _read(profile)
    try:
        if not document["protected"]:
            secret = bytes.fromhex(document["secret"])
        else:
            if passphrase is None:
                raise PassphraseRequired("this profile is protected by a passphrase")
            sealed = ProtectedSecret(
                KdfParams(int(document["kdf"]["opslimit"]), int(document["kdf"]["memlimit"])),
                bytes.fromhex(document["salt"]),
                bytes.fromhex(document["nonce"]),
                bytes.fromhex(document["ciphertext"]),
            )
            opened = unprotect_secret(sealed, passphrase)
            if opened is None:
                raise WrongPassphrase("wrong passphrase")
            secret = opened
    except (KeyError, ValueError, TypeError) as exc:
        raise ProfileError(f"the identity file in {profile} is damaged") from exc
    if len(secret) != 64:
        raise ProfileError(f"the identity file in {profile} is damaged")
    keys = DeviceKeys._from_secret_bytes(secret)
    if keys.identity_key.hex() != document.get("identity_key"):
        raise ProfileError(f"the identity file in {profile} does not match its public key")
    return keys
