from __future__ import annotations

from collections.abc import Callable

import pytest

from core.errors import InvalidInput
from core.facade import Core
from tests.support.profiles import befriend

MakeCore = Callable[[str], Core]


def test_avatars_are_published_and_fetched_as_blobs(make_core: MakeCore) -> None:
    alice, bob = make_core("Alice"), make_core("Bob")
    alice.set_avatar(b"\x89PNG picture")
    assert alice.avatar() == b"\x89PNG picture" and alice.card().avatar_hash is not None
    befriend(alice, bob)
    (missing,) = bob.missing_blobs()
    assert bob.avatar(alice.me) is None
    bob.blobs.begin_receive(missing, alice.blobs.manifest_bytes(missing))
    for index in bob.blobs.missing_chunks(missing):
        bob.blobs.write_chunk(missing, index, alice.blobs.read_chunk(missing, index))
    assert bob.avatar(alice.me) == b"\x89PNG picture" and bob.missing_blobs() == []
    alice.set_name("Alice 2")
    assert alice.avatar() == b"\x89PNG picture"
    alice.set_avatar(None)
    assert alice.avatar() is None


def test_oversized_avatars_are_refused(make_core: MakeCore) -> None:
    alice = make_core("Alice")
    with pytest.raises(InvalidInput, match="at most"):
        alice.set_avatar(bytes(600 * 1024))
