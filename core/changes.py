"""Change records: small immutable facts published after a transaction commits.

The GUI decides what to redraw from these (Anki's "what changed" records); sync uses
:class:`FeedAppended` to push new events live.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.ids import FeedId, PublicKey


@dataclass(frozen=True)
class Change:
    """Base of every change record."""


@dataclass(frozen=True)
class FeedAppended(Change):
    """New events were stored in a feed (ours or a peer's)."""

    author: PublicKey
    feed_id: FeedId
    head_seq: int


@dataclass(frozen=True)
class ForkDetected(Change):
    """An author was caught signing two chains for one feed."""

    author: PublicKey
    feed_id: FeedId


@dataclass(frozen=True)
class ProfileChanged(Change):
    """Our own name, avatar or keys changed."""


@dataclass(frozen=True)
class ContactChanged(Change):
    """A contact was added, updated, accepted, blocked or sent us a request."""

    identity: PublicKey


@dataclass(frozen=True)
class ConversationChanged(Change):
    """Something in a conversation changed: new messages, recall, read state, draft, settings."""

    conversation_id: str
    new_messages: int = 0


@dataclass(frozen=True)
class MessageUpdated(Change):
    """A single message changed (recalled, delivered)."""

    conversation_id: str
    message_id: bytes


@dataclass(frozen=True)
class GroupChanged(Change):
    """A group's name, announcement, members or roles changed."""

    conversation_id: str


@dataclass(frozen=True)
class MomentsChanged(Change):
    """A post, its likes or comments, or someone's visibility window changed."""

    post_id: bytes


@dataclass(frozen=True)
class BlobArrived(Change):
    """A blob (image, file, avatar) finished arriving from a peer."""

    blob_id: bytes


@dataclass(frozen=True)
class ProjectionsRebuilt(Change):
    """Every projection was dropped and folded again: redraw everything."""


@dataclass(frozen=True)
class WalletChanged(Change):
    """A currency's ledger, our pending intents, an envelope or our PIN state changed."""

    currency_id: bytes


@dataclass(frozen=True)
class MiniProgramsChanged(Change):
    """Installed mini-programs, grants, storage or an instance's updates changed."""

    program_id: str = ""
