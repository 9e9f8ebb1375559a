"""Typed identifiers shared across core. All are raw bytes; ``hex`` is for display only."""

from __future__ import annotations

from typing import NewType

PublicKey = NewType("PublicKey", bytes)
"""A 32-byte Ed25519 public key: the identity of a device (v1: one device per identity)."""

EncryptionKey = NewType("EncryptionKey", bytes)
"""A 32-byte X25519 public key used to seal content keys."""

FeedId = NewType("FeedId", bytes)
"""32 bytes: BLAKE2b of the topic name. A feed is the pair (author, feed id)."""

EventId = NewType("EventId", bytes)
"""32 bytes: BLAKE2b of the signed header."""

BlobId = NewType("BlobId", bytes)
"""32 bytes: BLAKE2b of a blob's manifest (the list of its ciphertext chunk hashes)."""

GroupId = NewType("GroupId", bytes)
"""16 random bytes naming a group chat."""

KEY_BYTES = 32
EVENT_ID_BYTES = 32
GROUP_ID_BYTES = 16
