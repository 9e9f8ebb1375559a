"""Signed events for benchmarks: many authors, realistic payload sizes."""

from __future__ import annotations

import os

from core.crypto import SigningKeyPair
from core.feeds import Kind, RawEvent, feed_id_for, sign_event


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
