"""What every envelope is bound to, so a body cannot be replayed into another feed."""

from __future__ import annotations

from core.ids import FeedId, PublicKey

_DOMAIN = b"hutong/envelope/v1\x00"


def associated_data(author: PublicKey, feed_id: FeedId) -> bytes:
    """Associated data of an envelope in ``author``'s feed ``feed_id``."""
    return _DOMAIN + author + feed_id
