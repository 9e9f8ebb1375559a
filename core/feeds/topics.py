"""Topics name feeds: ``main``, ``group/<id>``, ``wallet/<id>``, ``app/<program>/<scope>``."""

from __future__ import annotations

from core.crypto import blake2b_256
from core.ids import FeedId, GroupId

MAIN_TOPIC = "main"
_TOPIC_PREFIX = b"hutong/topic/v1\x00"


def feed_id_for(topic: str) -> FeedId:
    """The feed id of a topic: BLAKE2b-256 of a domain prefix and the topic's UTF-8 bytes."""
    return FeedId(blake2b_256(_TOPIC_PREFIX, topic.encode("utf-8")))


def group_topic(group_id: GroupId) -> str:
    return f"group/{group_id.hex()}"


MAIN_FEED = feed_id_for(MAIN_TOPIC)
