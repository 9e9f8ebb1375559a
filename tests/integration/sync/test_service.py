"""The sync service over real TCP and Noise on loopback, several peers in one process."""

from __future__ import annotations

import asyncio
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path

from core.chat import Delivery, OutgoingFile, direct_conversation
from core.crypto import SigningKeyPair, verify_signature
from core.feeds import MAIN_FEED, RawEvent
from core.peer_replica import PeerReplica
from sync import PeerState, SyncService
from sync.noise import generate_keypair
from sync.replication.wire import Events, Notes, encode
from sync.transport import connect_secure_channel
from tests.integration.sync.conftest import Peer, befriend, wait_until
from tests.support.profiles import befriend as offline_befriend
from tests.support.profiles import sync_all

MakePeer = Callable[..., Peer]


def test_two_peers_befriend_chat_and_see_delivery(make_peer: MakePeer) -> None:
    alice, bob = make_peer("Alice"), make_peer("Bob")
    befriend(alice, bob)
    sent = alice.core.chat.send_text(direct_conversation(bob.core.me), "hello over Noise")
    wait_until(lambda: bob.core.chat.message(sent.event_id) is not None)
    wait_until(
        lambda: alice.core.chat.require_message(sent.event_id).delivery is Delivery.DELIVERED
    )
    reply = bob.core.chat.send_text(direct_conversation(alice.core.me), "hi back")
    wait_until(lambda: alice.core.chat.message(reply.event_id) is not None)
    status = alice.sync.status()
    (peer,) = status.connected
    assert (
        peer.identity == bob.core.me
        and peer.name == "Bob"
        and peer.state in (PeerState.IDLE, PeerState.SYNCING)
    )
    assert any("connected" in line for line in alice.lines)


def test_live_messages_are_pushed_once_and_never_echoed_back(make_peer: MakePeer) -> None:
    # Friends with a conversation already under way before they connect: each then offers
    # the other's feeds too, the case in which an echo could happen.
    alice, bob = make_peer("Alice", start=False), make_peer("Bob", start=False)
    offline_befriend(alice.core, bob.core)
    to_bob = direct_conversation(bob.core.me)
    alice.core.chat.send_text(to_bob, "before")
    sync_all([alice.core, bob.core])
    alice.sync.start()
    bob.sync.start()
    bob.dial(alice)
    wait_until(lambda: alice.sync.status().connected and bob.sync.status().connected)

    def counts(peer: Peer) -> tuple[int, int]:
        (other,) = peer.sync.status().connected
        return other.events_sent, other.events_received

    time.sleep(0.5)  # befriending's own events settle
    alice_before, bob_before = counts(alice), counts(bob)
    sent = []
    for n in range(20):  # one at a time, as people type
        sent.append(alice.core.chat.send_text(to_bob, f"live {n}"))
        time.sleep(0.01)
    wait_until(lambda: all(bob.core.chat.message(m.event_id) for m in sent))
    wait_until(lambda: counts(bob)[1] - bob_before[1] >= 20)
    time.sleep(0.5)  # an echo, if any, would arrive now
    alice_after, bob_after = counts(alice), counts(bob)
    assert alice_after[0] - alice_before[0] == 20  # each pushed exactly once
    assert bob_after[1] - bob_before[1] == 20
    assert bob_after[0] - bob_before[0] == 0  # Bob sends none of Alice's events back
    assert alice_after[1] - alice_before[1] == 0


def test_a_mutual_friend_carries_messages_store_and_forward(
    make_peer: MakePeer, tmp_path: Path
) -> None:
    alice, bob, carol = make_peer("Alice"), make_peer("Bob"), make_peer("Carol")
    befriend(alice, bob)
    befriend(bob, carol)
    befriend(alice, carol)
    carol.sync.stop()  # Carol goes offline
    message = alice.core.chat.send_text(direct_conversation(carol.core.me), "while you were out")
    wait_until(
        lambda: (
            bob.core.feeds.note(alice.core.me, MAIN_FEED).seq
            >= 1 + message_seq(alice, message.event_id)
        )
    )
    alice.sync.stop()  # Alice leaves too: only Bob holds her message now
    carol_sync = SyncService(PeerReplica(carol.core), host="127.0.0.1", discovery=False)
    carol_sync.start()
    try:
        carol_sync.add_peer_address(*bob.address)
        wait_until(lambda: carol.core.chat.message(message.event_id) is not None)
        assert carol.core.chat.require_message(message.event_id).text == "while you were out"
        assert bob.core.chat.message(message.event_id) is None  # Bob carried it, unable to read it
    finally:
        carol_sync.stop()


def message_seq(peer: Peer, event_id: bytes) -> int:
    stored = peer.core.feeds.event_by_id(event_id)
    assert stored is not None
    return stored.event.seq - 1


def open_sockets() -> int:
    count = 0
    for name in os.listdir("/proc/self/fd"):
        try:
            count += os.readlink(f"/proc/self/fd/{name}").startswith("socket:")
        except OSError:
            pass
    return count


def test_stop_leaves_no_thread_and_no_socket(make_peer: MakePeer) -> None:
    threads_before = {t.name for t in threading.enumerate()}
    sockets_before = open_sockets()
    alice, bob = make_peer("Alice"), make_peer("Bob")
    befriend(alice, bob)
    alice.sync.stop()
    bob.sync.stop()
    wait_until(
        lambda: (
            {t.name for t in threading.enumerate()}
            <= threads_before | {"hutong-verify_0", "hutong-verify_1", "hutong-fold"}
        )
    )
    leftover = {t.name for t in threading.enumerate()} - threads_before
    assert not any(name.startswith(("hutong-sync", "hutong-control")) for name in leftover), (
        leftover
    )
    assert open_sockets() == sockets_before


def test_peers_dialling_each_other_at_once_keep_one_connection(make_peer: MakePeer) -> None:
    alice, bob = make_peer("Alice"), make_peer("Bob")
    befriend(alice, bob)
    for _ in range(3):
        alice.dial(bob)
        bob.dial(alice)
    wait_until(
        lambda: len(alice.sync.status().connected) == 1 and len(bob.sync.status().connected) == 1
    )
    message = bob.core.chat.send_text(direct_conversation(alice.core.me), "still one line")
    wait_until(lambda: alice.core.chat.message(message.event_id) is not None)


def test_a_device_with_another_identity_at_a_known_address_is_refused(make_peer: MakePeer) -> None:
    alice, bob, mallory = make_peer("Alice"), make_peer("Bob"), make_peer("Mallory")
    befriend(alice, bob)
    bob.sync.stop()
    # Alice remembers Bob at an address where Mallory now answers.
    alice.core.peer_addresses.remember(bob.core.me, "127.0.0.1", mallory.sync.port, 0)
    wait_until(
        lambda: any("not the device we expected" in line for line in alice.lines), timeout=20
    )
    assert mallory.core.contacts.get(alice.core.me) is None


def test_a_peer_sending_forged_events_is_disconnected_and_nothing_is_stored(
    make_peer: MakePeer,
) -> None:
    alice = make_peer("Alice")
    forger = SigningKeyPair.generate()
    before = alice.core.feeds.notes()

    class Signer:
        public_key = forger.public_key

        def sign(self, message: bytes) -> bytes:
            return forger.sign(message)

    async def attack() -> str:
        channel = await connect_secure_channel(
            "127.0.0.1",
            alice.sync.port,
            noise_static=generate_keypair(),
            signer=Signer(),
            verify=verify_signature,
        )
        from core.feeds import Kind, sign_event

        genuine = sign_event(forger, Kind.PUBLIC, MAIN_FEED, 1, None, 1, b"{}")
        forged = RawEvent(genuine.raw.header, bytes(64), genuine.raw.payload)
        await channel.send(encode(Notes(())))
        await channel.send(encode(Events((genuine.raw, forged))))
        try:
            while True:
                await channel.receive()
        except Exception as exc:
            return type(exc).__name__

    outcome = asyncio.run(attack())
    assert outcome in ("ConnectionLost", "ChannelClosed")
    wait_until(lambda: any("misbehaved" in line for line in alice.lines))
    assert alice.core.feeds.notes() == before


def test_files_travel_between_peers_as_blobs(make_peer: MakePeer, tmp_path: Path) -> None:
    alice, bob = make_peer("Alice"), make_peer("Bob")
    befriend(alice, bob)
    data = os.urandom(3 * 1024 * 1024 + 17)
    source = tmp_path / "report.bin"
    source.write_bytes(data)
    sent = alice.core.chat.send_text(
        direct_conversation(bob.core.me),
        "the report",
        files=[OutgoingFile(str(source), "report.bin", "application/octet-stream")],
    )
    (attachment,) = sent.attachments
    wait_until(lambda: bob.core.blobs.has(attachment.blob_id), timeout=30)
    target = tmp_path / "received.bin"
    from core.blobs import BlobRef

    bob.core.blobs.export_to(BlobRef(attachment.blob_id, attachment.key, attachment.size), target)
    assert target.read_bytes() == data


def test_group_messages_reach_every_member(make_peer: MakePeer) -> None:
    alice, bob, carol = make_peer("Alice"), make_peer("Bob"), make_peer("Carol")
    befriend(alice, bob)
    befriend(alice, carol)
    group = alice.core.groups.create("Trio", [bob.core.me, carol.core.me])
    wait_until(lambda: all(p.core.groups.info(bytes.fromhex(group[2:])) for p in (bob, carol)))
    message = carol.core.chat.send_text(group, "hello trio")
    # Bob and Carol are not friends: Alice relays Carol's group feed to Bob (both members).
    wait_until(lambda: bob.core.chat.message(message.event_id) is not None)
    assert bob.core.chat.require_message(message.event_id).text == "hello trio"
