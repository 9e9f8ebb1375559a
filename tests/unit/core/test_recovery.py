"""A profile whose database lost our own history recovers it and never forks its feeds."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from core.chat import direct_conversation
from core.clock import ManualClock
from core.errors import ProfileError
from core.facade import Core
from core.feeds import MAIN_FEED
from core.local_replica import LocalReplica
from core.recovery import RecoveringProfile
from core.replication import pull
from tests.support.profiles import befriend, open_core, sync_all

MakeCore = Callable[[str], Core]


def _texts(core: Core, other: Core) -> list[str]:
    return [m.text for m in core.chat.history(direct_conversation(other.me))]


def _lose_database(folder: Path, *, empty: bool = False) -> None:
    for name in ("hutong.db", "hutong.db-wal", "hutong.db-shm"):
        (folder / name).unlink(missing_ok=True)
    if empty:
        (folder / "hutong.db").write_bytes(b"")


def _ticking(clock: ManualClock) -> Callable[[], int]:
    def now_ms() -> int:
        clock.advance(1)
        return ManualClock.now_ms(clock)

    return now_ms


@pytest.fixture(params=["Alice asked", "Bob asked"])
def friends(
    make_core: MakeCore, clock: ManualClock, request: pytest.FixtureRequest
) -> tuple[Core, Core]:
    clock.now_ms = _ticking(clock)  # type: ignore[method-assign]  # every write later in time
    alice, bob = make_core("Alice"), make_core("Bob")
    if request.param == "Alice asked":
        befriend(alice, bob)
    else:
        befriend(bob, alice)
    clock.advance(1000)
    alice.chat.send_text(direct_conversation(bob.me), "hi Bob")
    clock.advance(1000)
    bob.chat.send_text(direct_conversation(alice.me), "hi Alice")
    sync_all([alice, bob])
    return alice, bob


@pytest.mark.parametrize("empty", [False, True], ids=["deleted", "zero-length"])
def test_a_lost_database_opens_recovering_and_writes_nothing(
    friends: tuple[Core, Core], tmp_path: Path, clock: ManualClock, empty: bool
) -> None:
    alice, _bob = friends
    me = alice.me
    alice.close()
    _lose_database(tmp_path / "Alice", empty=empty)
    for _restart in range(2):  # and it keeps waiting, and saying why, after a restart
        with open_core(tmp_path / "Alice", "A new name", clock) as again:
            assert again.me == me and again.recovering
            assert again.recovery_reason is not None
            assert ("empty" if empty else "missing") in again.recovery_reason
            assert again.feeds.notes() == []  # no profile event at seq 1: no fork
            with pytest.raises(RecoveringProfile, match="waiting for its own history"):
                again.set_name("Alice")
            with pytest.raises(ProfileError, match="waiting for its own history"):
                again.card()
            assert again.published_card() is None
            assert again.feeds.notes() == []


def test_a_friend_gives_back_our_history_without_a_fork(
    friends: tuple[Core, Core], tmp_path: Path, clock: ManualClock
) -> None:
    alice, bob = friends
    head = alice.feeds.note(alice.me, MAIN_FEED)
    alice.close()
    _lose_database(tmp_path / "Alice")
    with open_core(tmp_path / "Alice", "Alice", clock) as restored:
        pull(LocalReplica(restored), LocalReplica(bob))  # Bob holds Alice's main feed
        assert not restored.recovering and restored.recovery_reason is None
        assert restored.feeds.note(restored.me, MAIN_FEED) == head
        assert restored.name == "Alice"
        assert restored.contacts.require(bob.me).is_friend
        assert _texts(restored, bob) == ["hi Bob", "hi Alice"]
        clock.advance(1000)
        restored.chat.send_text(direct_conversation(bob.me), "I am back")
        sync_all([restored, bob])
        assert bob.feeds.forked_feeds() == set() and restored.feeds.forked_feeds() == set()
        assert _texts(bob, restored) == ["hi Bob", "hi Alice", "I am back"]


def test_what_arrives_before_our_own_feed_waits_for_it(
    friends: tuple[Core, Core], tmp_path: Path, clock: ManualClock
) -> None:
    alice, bob = friends
    me = alice.me
    alice.close()
    _lose_database(tmp_path / "Alice")
    with open_core(tmp_path / "Alice", "Alice", clock) as restored:
        restored.ingest(bob.feeds.events_since(bob.me, MAIN_FEED, 0))  # Bob's feed first
        restored.rebuild_projections()  # folds nothing yet: it would fold Bob's first
        assert restored.recovering and restored.contacts.all_contacts() == []
        restored.ingest(bob.feeds.events_since(me, MAIN_FEED, 0))
        assert not restored.recovering
        assert restored.contacts.require(bob.me).is_friend
        assert _texts(restored, bob) == ["hi Bob", "hi Alice"]


def test_a_profile_from_before_recovery_existed_opens_as_usual(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    with Core.open(folder, name="Old") as core:
        with core.database.write() as connection:
            connection.exec_driver_sql("DROP TABLE own_heads")  # as an older Hutong left it
    with Core.open(folder) as core:
        assert not core.recovering and core.name == "Old"
        core.set_name("Still me")


def test_a_key_file_copied_over_another_identitys_folder_does_not_fork(
    friends: tuple[Core, Core], make_core: MakeCore, tmp_path: Path, clock: ManualClock
) -> None:
    alice, _bob = friends
    make_core("Carol").close()  # a stranger's profile: it holds nothing of Alice's
    alice.close()
    shutil.copy(tmp_path / "Alice" / "identity.json", tmp_path / "Carol" / "identity.json")
    with open_core(tmp_path / "Carol", "Alice", clock) as confused:
        assert confused.recovering and confused.recovery_reason is not None
        assert "another identity" in confused.recovery_reason
        assert confused.feeds.note(confused.me, MAIN_FEED) is None  # no second seq 1


def test_a_new_identity_beside_an_old_database_starts_at_once(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    with Core.open(folder, name="Old") as core:
        old = core.me
    (folder / "identity.json").unlink()  # starting anew, the old database left behind
    with Core.open(folder, name="New") as core:
        assert core.me != old and not core.recovering and core.name == "New"
