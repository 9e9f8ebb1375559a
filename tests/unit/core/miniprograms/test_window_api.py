"""window.hutong's back end: remembered grants and quota-bound storage, per program."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from core.errors import InvalidInput, NotAllowed
from core.facade import Core
from core.miniprograms import Capability
from core.miniprograms.errors import QuotaExceeded
from core.miniprograms.storage import MAX_STORAGE_BYTES, MAX_STORAGE_ITEM_BYTES
from tests.unit.core.miniprograms.packages import xdc

MakeCore = Callable[[str], Core]
MB = 1024 * 1024


def test_grants_are_remembered_per_program_and_revocable(make_core: MakeCore) -> None:
    ann = make_core("Ann")
    poll = ann.miniprograms.install(xdc("Poll", ("storage", "share"))).program_id
    game = ann.miniprograms.install(xdc("Game", ("storage",))).program_id
    service = ann.miniprograms
    assert service.granted(poll) == frozenset()
    service.grant(poll, Capability.STORAGE)
    service.grant(poll, Capability.SHARE)
    service.deny(game, Capability.STORAGE)
    assert service.granted(poll) == {Capability.STORAGE, Capability.SHARE}
    assert service.granted(game) == frozenset()
    assert service.denied(game) == {Capability.STORAGE}
    service.revoke(poll, Capability.SHARE)
    service.revoke(game, Capability.STORAGE)
    assert service.granted(poll) == {Capability.STORAGE}
    assert service.denied(game) == frozenset()
    with pytest.raises(NotAllowed, match="did not declare"):
        service.grant(game, Capability.PAYMENT)
    profile = ann.profile
    ann.close()
    again = Core.open(profile)
    try:
        assert again.miniprograms.granted(poll) == {Capability.STORAGE}
    finally:
        again.close()


def test_storage_is_per_program(make_core: MakeCore) -> None:
    ann = make_core("Ann")
    service = ann.miniprograms
    poll, game = b"p" * 32, b"g" * 32
    service.storage_set(poll, "votes", "3")
    service.storage_set(poll, "名字", "投票")
    service.storage_set(game, "votes", "other")
    assert service.storage_get(poll, "votes") == "3"
    assert service.storage_get(poll, "名字") == "投票"
    assert service.storage_get(poll, "missing") is None
    assert service.storage_keys(poll) == ["votes", "名字"]
    assert service.storage_used(poll) == len("votes3") + len("名字投票".encode())
    service.storage_set(poll, "votes", "4")  # replaces, counted once
    assert service.storage_used(poll) == len("votes4") + len("名字投票".encode())
    service.storage_remove(poll, "votes")
    assert service.storage_keys(poll) == ["名字"]
    assert service.storage_get(game, "votes") == "other"


def test_storage_quotas_refuse_and_change_nothing(make_core: MakeCore) -> None:
    service = make_core("Ann").miniprograms
    program = b"p" * 32
    with pytest.raises(QuotaExceeded, match="1,048,576"):
        service.storage_set(program, "k", "x" * MAX_STORAGE_ITEM_BYTES)
    assert service.storage_keys(program) == []
    big = "x" * (MAX_STORAGE_ITEM_BYTES - 10)
    for index in range(MAX_STORAGE_BYTES // MAX_STORAGE_ITEM_BYTES):
        service.storage_set(program, f"k{index}", big)
    used = service.storage_used(program)
    assert used <= MAX_STORAGE_BYTES
    with pytest.raises(QuotaExceeded, match="10,485,760"):
        service.storage_set(program, "one more", big)
    assert service.storage_used(program) == used
    service.storage_set(program, "k0", "small")  # replacing a value frees its old size
    service.storage_set(program, "one more", "x" * (MB // 2))
    assert service.storage_get(program, "one more") == "x" * (MB // 2)


def test_storage_refuses_text_sqlite_cannot_keep(make_core: MakeCore) -> None:
    service = make_core("Ann").miniprograms
    with pytest.raises(InvalidInput, match="not valid text"):
        service.storage_set(b"p" * 32, "k", "\ud800")
    with pytest.raises(InvalidInput, match="at most 1024"):
        service.storage_set(b"p" * 32, "k" * 1025, "v")
    assert service.storage_keys(b"p" * 32) == []
