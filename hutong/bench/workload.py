"""Signed events for benchmarks: many authors, realistic payload sizes."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from core.crypto import SigningKeyPair
from core.feeds import Kind, RawEvent, feed_id_for, sign_event

if TYPE_CHECKING:
    from core.blobs import BlobRef
    from core.facade import Core
    from core.moments import Post, PostImage


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
    from core.chat import group_scope, parse_conversation
    from core.chat.bodies import ChatMessage, ChatPlace
    from core.envelopes import associated_data, encrypt_with_key
    from core.feeds import group_topic
    from core.ids import GroupId
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
        body = ChatMessage(ChatPlace(group=GroupId(group_id)), text).encode()
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


def moments_history(core: Core, count: int, seeds: list[Post], start_ms: int) -> None:
    """``count`` Moments posts by us (to all friends), a minute apart from ``start_ms``.

    Each is a real sealed post event reusing 0 to 9 of the ``seeds``' pictures (their blobs
    are already stored), signed and stored in bulk and folded once at the end: 5,000 posts in
    seconds instead of a minute of ``moments.post`` calls.
    """
    from core.envelopes import associated_data, seal
    from core.feeds import MAIN_TOPIC
    from core.moments import Audience
    from core.moments.bodies import ImageEntry, MomentsPost, PictureRef

    def blob(ref: BlobRef) -> PictureRef:
        return PictureRef(ref.blob_id, ref.key, ref.size)

    def entry(image: PostImage) -> ImageEntry:
        return ImageEntry(
            blob(image.thumbnail), blob(image.original), image.width, image.height, image.mime
        )

    pictures = [image for post in seeds for image in post.images]
    feed_id = feed_id_for(MAIN_TOPIC)
    note = core.feeds.note(core.me, feed_id)
    previous, seq = (note.head_id, note.seq) if note else (None, 0)
    associated = associated_data(core.me, feed_id)
    readers = [core.keys.encryption_key]
    batch: list[RawEvent] = []
    for n in range(count):
        shown = pictures[: (n * 7) % 10]
        text = f"post {n}: " + "a few words about the day " * (n % 6)
        body = MomentsPost(text, Audience.ALL_FRIENDS, (), tuple(entry(i) for i in shown)).encode()
        seq += 1
        event = sign_event(
            core.keys.signing,
            Kind.SEALED,
            feed_id,
            seq,
            previous,
            start_ms + n * 60_000,
            seal(body, readers, associated),
        )
        previous = event.id
        batch.append(event.raw)
        if len(batch) == 1000:
            core.ingest(batch)
            batch = []
    if batch:
        core.ingest(batch)
    core.catch_up()
