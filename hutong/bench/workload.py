"""Signed events for benchmarks: many authors, realistic payload sizes."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from core.crypto import SigningKeyPair
from core.feeds import Kind, RawEvent, feed_id_for, sign_event

if TYPE_CHECKING:
    from core.facade import Core


def signed_feeds(authors: int, per_author: int, payload_bytes: int = 160) -> list[RawEvent]:
    """``authors`` x ``per_author`` events, each author's feed chained, interleaved round-robin."""
    feeds: list[list[RawEvent]] = []
    feed_id = feed_id_for("group/" + "00" * 16)
    for _ in range(authors):
        keys = SigningKeyPair.generate()
        previous = None
        chain = []
        for seq in range(1, per_author + 1):
            event = sign_event(
                keys,
                Kind.GROUP,
                feed_id,
                seq,
                previous,
                1_700_000_000_000 + seq,
                os.urandom(payload_bytes),
            )
            previous = event.id
            chain.append(event.raw)
        feeds.append(chain)
    # Round-robin like a live LAN would deliver them: every author a little at a time.
    interleaved = []
    for step in range(0, per_author, 50):
        for chain in feeds:
            interleaved.extend(chain[step : step + 50])
    return interleaved


def group_history(
    core: Core,
    conversation: str,
    count: int,
    start_ms: int = 1_700_000_000_000,
    text_of: Callable[[int], str] | None = None,
) -> None:
    """``count`` messages by us in a group, signed and stored in bulk (as if sent over time).

    Group messages are encrypted under the group key, which is cheap; each is a real event
    that folds into a real message row, exactly as if it had been sent one by one.
    ``text_of(index)`` gives a message's text (default: "message N: the quick brown fox").
    """
    from core.bodies import encode_body
    from core.chat import group_scope, parse_conversation
    from core.envelopes import associated_data, encrypt_with_key
    from core.feeds import group_topic
    from core.projection import Keyring

    _, group_id = parse_conversation(conversation)
    feed_id = feed_id_for(group_topic(group_id))  # type: ignore[arg-type]
    with core.database.read() as connection:
        scoped = Keyring.latest(connection, group_scope(group_id))
    assert scoped is not None
    note = core.feeds.note(core.me, feed_id)
    previous, seq = (note.head_id, note.seq) if note else (None, 0)
    associated = associated_data(core.me, feed_id)
    batch: list[RawEvent] = []
    for index in range(count):
        seq += 1
        text = text_of(index) if text_of else f"message {index}: the quick brown fox"
        body = encode_body("chat.msg", group=group_id.hex(), text=text)
        envelope = encrypt_with_key(body, scoped.key, associated)
        event = sign_event(
            core.keys.signing, Kind.GROUP, feed_id, seq, previous, start_ms + index * 1000, envelope
        )
        previous = event.id
        batch.append(event.raw)
        if len(batch) == 5000:
            core.ingest(batch)
            batch = []
    if batch:
        core.ingest(batch)
