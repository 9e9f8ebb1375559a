"""The LAN transport over real cores: app feeds sealed to the members, folded, replayed to
listeners, causally ordered by each member's AppSession, shared only among members."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable

import pytest

from core.changes import MiniProgramsChanged
from core.chat.group_fold import group_scope
from core.errors import InvalidInput
from core.facade import Core
from core.feeds import feed_id_for
from core.miniprograms import AppSession, AppUpdate, UpdateBody
from core.miniprograms.bodies import AppUpdateBody
from core.miniprograms.instances import (
    app_feed_id,
    app_topic,
    group_key_scope,
    instance_scope,
    member_addr,
)
from core.peer_replica import PeerReplica
from tests.support.profiles import befriend, sync_all
from tests.unit.core.miniprograms.packages import xdc

MakeCore = Callable[[str], Core]


@pytest.fixture
def trio(make_core: MakeCore) -> tuple[Core, Core, Core, str]:
    """Ann, Ben and Cai in a group Ann made (Ben and Cai are not friends); every one has the
    poll installed."""
    ann, ben, cai = make_core("Ann"), make_core("Ben"), make_core("Cai")
    befriend(ann, ben)
    befriend(ann, cai)
    group = ann.groups.create("Lunch", [ben.me, cai.me])
    sync_all([ann, ben, cai])
    for core in (ann, ben, cai):
        core.miniprograms.install(xdc("Poll"))
    return ann, ben, cai, group


def poll_id() -> bytes:
    return hashlib.blake2b(xdc("Poll"), digest_size=32).digest()


def vote(session: AppSession, option: str, now: int = 0) -> None:
    session.send(json.dumps({"payload": {"vote": option}}), now)


def payloads(session: AppSession) -> list[object]:
    return [json.loads(d.update.body.payload_json) for d in session.log.since(0)]


def test_the_scope_is_the_same_on_both_sides_of_a_direct_chat(make_core: MakeCore) -> None:
    ann, ben = make_core("Ann"), make_core("Ben")
    assert instance_scope(ann.me, f"d:{ben.me.hex()}") == instance_scope(
        ben.me, f"d:{ann.me.hex()}"
    )
    assert instance_scope(ann.me, "g:" + "ab" * 16) != instance_scope(ann.me, "g:" + "cd" * 16)
    assert "ab" * 16 not in instance_scope(ann.me, "g:" + "ab" * 16)


def test_a_group_instance_uses_the_group_key_scope_of_the_chat() -> None:
    assert group_key_scope("g:" + "ab" * 16) == group_scope(bytes.fromhex("ab" * 16))
    assert group_key_scope("d:" + "ab" * 32) is None


def test_updates_reach_every_member_and_come_back_to_their_sender(
    trio: tuple[Core, Core, Core, str],
) -> None:
    ann, ben, cai, group = trio
    program = poll_id()
    sessions = {
        core: AppSession(core.miniprograms.self_addr(), core.miniprograms.transport(program, group))
        for core in (ann, ben, cai)
    }
    vote(sessions[ann], "noodles")
    vote(sessions[ben], "rice")
    for core in (ann, ben, cai):
        assert core.miniprograms.wait_sent()
    sync_all([ann, ben, cai])
    for session in sessions.values():
        assert sorted(map(str, payloads(session))) == ["{'vote': 'noodles'}", "{'vote': 'rice'}"]
    # Opened again (a new session): the whole history, our own updates included, so the
    # app continues its own numbering instead of reusing it.
    again = AppSession(ann.miniprograms.self_addr(), ann.miniprograms.transport(program, group))
    assert len(again.log.since(0)) == 2
    vote(again, "dumplings")
    assert again.log.frontier[member_addr(ann.me)] == 2
    assert ann.miniprograms.wait_sent()
    sync_all([ann, ben, cai])
    assert len(sessions[cai].log.since(0)) == 3


def test_an_update_is_sealed_to_the_members_only(
    trio: tuple[Core, Core, Core, str], make_core: MakeCore
) -> None:
    ann, ben, _cai, group = trio
    outsider = make_core("Dan")
    befriend(ann, outsider)
    program = poll_id()
    session = AppSession(ann.miniprograms.self_addr(), ann.miniprograms.transport(program, group))
    vote(session, "secret")
    assert ann.miniprograms.wait_sent()
    feed = app_feed_id(program, instance_scope(ann.me, group))
    raws = ann.feeds.events_since(ann.me, feed, 0)
    assert len(raws) == 1 and b"secret" not in raws[0].payload  # type: ignore[operator]
    outsider.ingest(raws)  # Dan holds the event (a relay could) but cannot open it
    with outsider.database.read() as connection:
        assert connection.exec_driver_sql("SELECT COUNT(*) FROM app_update").scalar() == 0
    ben.ingest(raws)
    with ben.database.read() as connection:
        assert connection.exec_driver_sql("SELECT COUNT(*) FROM app_update").scalar() == 1


def test_the_app_may_call_itself_anything(trio: tuple[Core, Core, Core, str]) -> None:
    """selfAddr "ann@local" on Ann's side; her identity on the wire; her own history back
    under "ann@local"; Ben's answers name her entry in their context the same way."""
    ann, ben, _cai, group = trio
    program = poll_id()
    mine = AppSession("ann@local", ann.miniprograms.transport(program, group, "ann@local"))
    theirs = AppSession(ben.miniprograms.self_addr(), ben.miniprograms.transport(program, group))
    vote(mine, "a")
    assert ann.miniprograms.wait_sent()
    sync_all([ann, ben])
    vote(theirs, "b")
    assert ben.miniprograms.wait_sent()
    sync_all([ann, ben])
    assert [u.update.author for u in mine.log.since(0)] == ["ann@local", member_addr(ben.me)]
    assert [u.update.author for u in theirs.log.since(0)] == [
        member_addr(ann.me),
        member_addr(ben.me),
    ]
    reopened = AppSession("ann@local", ann.miniprograms.transport(program, group, "ann@local"))
    assert reopened.log.frontier == {"ann@local": 1, member_addr(ben.me): 1}


def test_a_third_member_never_sees_an_answer_before_the_move_it_answers(
    trio: tuple[Core, Core, Core, str],
) -> None:
    ann, ben, cai, group = trio
    program = poll_id()
    feed = app_feed_id(program, instance_scope(ann.me, group))
    ann_game = AppSession(ann.miniprograms.self_addr(), ann.miniprograms.transport(program, group))
    ben_game = AppSession(ben.miniprograms.self_addr(), ben.miniprograms.transport(program, group))
    cai_game = AppSession(cai.miniprograms.self_addr(), cai.miniprograms.transport(program, group))
    vote(ann_game, "move 1")
    assert ann.miniprograms.wait_sent()
    ben.ingest(ann.feeds.events_since(ann.me, feed, 0))
    vote(ben_game, "move 2 answers move 1")
    assert ben.miniprograms.wait_sent()
    # Cai gets Ben's answer first, twice: nothing is shown until Ann's move is here.
    cai.ingest(ben.feeds.events_since(ben.me, feed, 0))
    cai.ingest(ben.feeds.events_since(ben.me, feed, 0))
    assert cai_game.log.since(0) == [] and cai_game.log.waiting == 1
    cai.ingest(ann.feeds.events_since(ann.me, feed, 0))
    assert payloads(cai_game) == [{"vote": "move 1"}, {"vote": "move 2 answers move 1"}]


def forge(core: Core, topic: str, update: AppUpdate, program: bytes, scope: str) -> None:
    body = AppUpdateBody(program, scope, update).encode()
    core.kit.writer.sealed(topic, body, [])


def test_the_fold_keeps_only_updates_under_their_senders_name_in_their_feed(
    trio: tuple[Core, Core, Core, str],
) -> None:
    ann, ben, _cai, group = trio
    program = poll_id()
    scope = instance_scope(ann.me, group)
    listener = AppSession(ann.miniprograms.self_addr(), ann.miniprograms.transport(program, group))
    impostor = AppUpdate(member_addr(ben.me), 1, body=UpdateBody('"forged"'))
    forge(ann, app_topic(program, scope), impostor, program, scope)
    misplaced = AppUpdate(member_addr(ann.me), 1, body=UpdateBody('"elsewhere"'))
    forge(ann, app_topic(program, "00" * 16), misplaced, program, scope)
    assert listener.log.since(0) == []
    mine = AppUpdate(member_addr(ann.me), 1, body=UpdateBody('"first"'))
    fork = AppUpdate(member_addr(ann.me), 1, body=UpdateBody('"second with the same number"'))
    forge(ann, app_topic(program, scope), mine, program, scope)
    forge(ann, app_topic(program, scope), fork, program, scope)
    ann.miniprograms.after_ingest()
    assert payloads(listener) == ["first"]
    ann.rebuild_projections()
    ann.miniprograms.after_ingest()
    assert payloads(listener) == ["first"]  # rows folded again are duplicates


def test_an_instance_shares_its_feeds_with_the_conversations_members_only(
    trio: tuple[Core, Core, Core, str], make_core: MakeCore
) -> None:
    ann, ben, _cai, group = trio
    stranger = make_core("Eve")
    program = poll_id()
    feed = app_feed_id(program, instance_scope(ann.me, group))
    replica = PeerReplica(ann)
    assert not replica.may_serve(ben.me, ann.me, feed)  # no instance opened yet
    changes: list[object] = []
    ann.subscribe(changes.extend)
    ann.miniprograms.transport(program, group)
    assert ann.miniprograms.wait_sent()  # registered on the worker thread
    assert any(isinstance(c, MiniProgramsChanged) for c in changes)
    assert replica.may_serve(ben.me, ann.me, feed)
    assert not replica.may_serve(stranger.me, ann.me, feed)
    assert replica.policy().feeds[feed].keeps(ben.me)
    assert not replica.policy().feeds[feed].keeps(stranger.me)
    assert feed != feed_id_for(app_topic(program, instance_scope(ann.me, None)))


def test_a_conversation_that_is_not_one_is_refused(make_core: MakeCore) -> None:
    ann = make_core("Ann")
    with pytest.raises(InvalidInput):
        ann.miniprograms.transport(b"p" * 32, "g:" + "ab" * 16)  # not a group of ours
    with pytest.raises(InvalidInput):
        ann.miniprograms.transport(b"p" * 32, "nonsense")


def test_nobody_outside_a_direct_chat_can_write_into_its_instance(make_core: MakeCore) -> None:
    ann, ben, eve = make_core("Ann"), make_core("Ben"), make_core("Eve")
    befriend(ann, ben)
    befriend(ann, eve)
    program = poll_id()
    chat = f"d:{ben.me.hex()}"
    scope = instance_scope(ann.me, chat)
    listener = AppSession(ann.miniprograms.self_addr(), ann.miniprograms.transport(program, chat))
    # Eve knows both keys, so the scope too; her update sealed to Ann is still refused.
    intruder = AppUpdate(member_addr(eve.me), 1, body=UpdateBody('"intruder"'))
    body = AppUpdateBody(program, scope, intruder).encode()
    event = eve.kit.writer.sealed(app_topic(program, scope), body, [ann.card().encryption_key])
    ann.ingest(eve.feeds.events_since(eve.me, event.feed_id, 0))
    reply = AppSession(
        ben.miniprograms.self_addr(), ben.miniprograms.transport(program, f"d:{ann.me.hex()}")
    )
    vote(reply, "from Ben")
    assert ben.miniprograms.wait_sent()
    ann.ingest(ben.feeds.events_since(ben.me, event.feed_id, 0))
    assert payloads(listener) == [{"vote": "from Ben"}]


def test_closing_stores_what_was_sent_and_drops_what_comes_after(
    trio: tuple[Core, Core, Core, str],
) -> None:
    ann, _ben, _cai, group = trio
    program = poll_id()
    session = AppSession(ann.miniprograms.self_addr(), ann.miniprograms.transport(program, group))
    vote(session, "before")
    ann.miniprograms.close()
    feed = app_feed_id(program, instance_scope(ann.me, group))
    assert len(ann.feeds.events_since(ann.me, feed, 0)) == 1
    vote(session, "after")  # an app window outliving its profile: no error, nothing stored
    assert ann.miniprograms.wait_sent()
    assert len(ann.feeds.events_since(ann.me, feed, 0)) == 1
