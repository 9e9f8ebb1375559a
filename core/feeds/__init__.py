"""Feeds: signed, hash-chained, append-only event logs, one per (author device, topic)."""

from core.feeds.classify import (
    Classifier,
    FeedHead,
    FeedKey,
    FeedView,
    ForkProof,
    Gap,
    Plan,
    check_fork_proof,
    order_for_chaining,
)
from core.feeds.event import (
    SIGNING_PREFIX,
    Event,
    RawEvent,
    check_event,
    event_id,
    sign_event,
    signature_is_valid,
)
from core.feeds.header import (
    HEADER_BYTES,
    MAX_PAYLOAD_BYTES,
    NO_PREVIOUS,
    EventHeader,
    Kind,
    unpack_header,
)
from core.feeds.note import Note
from core.feeds.runs import last_of_each_run
from core.feeds.topics import MAIN_FEED, MAIN_TOPIC, feed_id_for, group_topic
from core.feeds.verify import SignatureVerifier

__all__ = [
    "HEADER_BYTES",
    "MAIN_FEED",
    "MAIN_TOPIC",
    "MAX_PAYLOAD_BYTES",
    "NO_PREVIOUS",
    "SIGNING_PREFIX",
    "Classifier",
    "Event",
    "EventHeader",
    "FeedHead",
    "FeedKey",
    "FeedView",
    "ForkProof",
    "Gap",
    "Kind",
    "Note",
    "Plan",
    "RawEvent",
    "SignatureVerifier",
    "check_event",
    "check_fork_proof",
    "event_id",
    "feed_id_for",
    "group_topic",
    "last_of_each_run",
    "order_for_chaining",
    "sign_event",
    "signature_is_valid",
    "unpack_header",
]
