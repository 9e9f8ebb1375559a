"""What a replication session needs from the local replica, declared here (Syncthing-style).

``core.peer_replica.PeerReplica`` implements it over a ``Core``; sync never sees the store.
Every call may block (SQLite, crypto): sessions run them in a worker thread, never on the
event loop. ``peer`` is always the peer's proven Ed25519 identity.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from core.feeds import ForkProof, Note, RawEvent
from core.ids import FeedId, PublicKey

AppendListener = Callable[[PublicKey, FeedId, int], None]
"""Called (in any thread) with (author, feed, new head seq) after new events are stored."""


class Replica(Protocol):
    @property
    def identity(self) -> PublicKey: ...

    def sign_binding(self, message: bytes) -> bytes:
        """Ed25519 signature of a transport identity binding (refuses any other message)."""

    def hello(self) -> bytes:
        """Our public card (text, UTF-8) to show peers nearby; sent in the handshake."""

    def notes_for(self, peer: PublicKey) -> list[Note]:
        """Notes of the feeds we would serve ``peer``."""

    def note(self, author: PublicKey, feed_id: FeedId) -> Note | None:
        """Our note for one feed (None when we hold nothing of it)."""

    def may_serve(self, peer: PublicKey, author: PublicKey, feed_id: FeedId) -> bool:
        """Whether ``peer`` is entitled to this feed (contacts of the author, group members)."""

    def wants(self, peer: PublicKey, note: Note) -> bool:
        """Whether we replicate this feed at all (contacts, our groups, the peer's own main)."""

    def events_for(
        self, peer: PublicKey, author: PublicKey, feed_id: FeedId, after_seq: int, limit: int
    ) -> list[RawEvent]:
        """Events after ``after_seq`` if ``peer`` may have this feed; [] otherwise."""

    def ingest_from(self, peer: PublicKey, events: Sequence[RawEvent]) -> list[Note]:
        """Store what a peer sent (unwanted feeds are dropped); our notes of the feeds touched.

        Raises ``core.errors.InvalidInput`` (storing nothing of the batch) on forged data.
        """

    def fork_proofs(self) -> list[ForkProof]: ...

    def fork_proofs_for(self, peer: PublicKey) -> list[ForkProof]:
        """Proofs about feeds ``peer`` is entitled to (what a session offers it)."""

    def ingest_fork_proof(self, proof: ForkProof) -> bool:
        """Raises ``core.errors.InvalidInput`` for a bogus proof."""

    def peer_holds(self, peer: PublicKey, notes: Sequence[Note]) -> None:
        """The peer told us what it holds (delivery receipts for our own feeds)."""

    def missing_blobs(self) -> list[bytes]: ...

    def blob_manifest(self, blob_id: bytes) -> bytes | None: ...

    def blob_chunk(self, blob_id: bytes, index: int) -> bytes | None: ...

    def blob_begin(self, blob_id: bytes, manifest: bytes) -> list[int]:
        """Accept a manifest (checked against the id); returns the chunks still missing."""

    def blob_write(self, blob_id: bytes, index: int, data: bytes) -> bool:
        """Store a chunk (checked against its hash); True when the blob is complete."""

    def subscribe_appends(self, listener: AppendListener) -> Callable[[], None]: ...

    def subscribe_forks(self, listener: Callable[[], None]) -> Callable[[], None]:
        """Call ``listener`` (in any thread) when a fork is proven here (a proof to pass on)."""

    def subscribe_folds(self, listener: Callable[[], None]) -> Callable[[], None]:
        """Call ``listener`` (in any thread) after events were folded (new blobs may be wanted)."""

    def subscribe_entitlements(self, listener: Callable[[], None]) -> Callable[[], None]:
        """Call ``listener`` (in any thread) when who-may-have-what changed."""

    def known_addresses(self) -> list[tuple[PublicKey, str, int]]:
        """(identity, host, port) from contacts' cards and addresses seen before."""

    def remember_address(self, identity: PublicKey, host: str, port: int) -> None: ...

    def set_own_addresses(self, addresses: Sequence[tuple[str, int]]) -> None:
        """Where we listen now (goes into the card we hand out)."""
