"""A Core as sync sees it: the replication port, with who may have and who wants what.

Entitlement (who we serve a feed to), as DESIGN §5 asks:
- a peer always gets its own feeds back;
- our ``main`` feed goes to our contacts (any state but declined and blocked) and to members
  of groups we are in;
- a friend's ``main`` feed goes to our other friends: encrypted messages are carried
  store-and-forward by mutual friends (they can read none of them);
- a group's feeds go to the group's current members;
- nothing goes to a blocked peer.

What we replicate: our own feeds (recovery after a restore), the ``main`` feeds of contacts
and of fellow group members, the feeds of our groups, and the ``main`` feed of a stranger we
are talking to directly (so a friend request can reach us), up to a small cap. Events of any
other feed are dropped unstored, and fork proofs are kept only about feeds we hold or keep.
A topic a feature caps (``FeedAccess.max_seq``: a member's mini-program feed) is kept and
served by everyone only up to its cap; the author alone holds (and gets back) the rest.

The rules are not written here: each feature (``core.features.Feature``) declares its part
(contacts the ``main`` feed's, groups their feeds', the wallet and mini-programs theirs) and
this class merges them, refreshing the merge when a change record a feature names arrives.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence

from core.changes import Change, FeedAppended, ForkDetected, ProjectionsRebuilt
from core.errors import NotFound
from core.facade import Core
from core.features import Entitlements
from core.feeds import MAIN_FEED, ForkProof, Note, RawEvent, check_event
from core.identity import Address
from core.ids import BlobId, FeedId, PublicKey

STRANGER_FEED_LIMIT = 200
LIVE_FOLD_MAX = 16  # events in one batch folded before ingest_from returns
NOISE_BINDING_PREFIX = b"hutong/noise-static/v1\x00"
_UNLIMITED = 1 << 62
AppendListener = Callable[[PublicKey, FeedId, int], None]


class PeerReplica:
    """Implements ``sync.replication.port.Replica`` over a :class:`Core`."""

    def __init__(self, core: Core) -> None:
        self._core = core
        self._addresses = core.peer_addresses
        self._policy_lock = threading.Lock()
        self._policy: Entitlements | None = None
        # Which change records may change who shares what: the features say.
        self._policy_changes: tuple[type[Change], ...] = (
            ProjectionsRebuilt,
            *core.features.entitlement_changes,
        )
        self._entitlement_listeners: list[Callable[[], None]] = []
        core.subscribe(self._invalidate)

    @property
    def identity(self) -> PublicKey:
        return self._core.me

    def sign_binding(self, message: bytes) -> bytes:
        """Sign a Noise static key binding; this is not a general signing oracle."""
        if not message.startswith(NOISE_BINDING_PREFIX):
            raise ValueError("only transport identity bindings are signed here")
        return self._core.keys.signing.sign(message)

    def hello(self) -> bytes:
        # A recovering profile has no card until its main feed is back: it says hello without.
        card = self._core.published_card()
        return b"" if card is None else card.to_text().encode("ascii")

    # -- policy ----------------------------------------------------------------------------

    def _invalidate(self, changes: Sequence[Change]) -> None:
        if any(isinstance(c, self._policy_changes) for c in changes):
            with self._policy_lock:
                self._policy = None
                listeners = list(self._entitlement_listeners)
            for listener in listeners:
                listener()

    def subscribe_folds(self, listener: Callable[[], None]) -> Callable[[], None]:
        def on_changes(changes: Sequence[Change]) -> None:
            if any(not isinstance(c, FeedAppended) for c in changes):
                listener()

        return self._core.subscribe(on_changes)

    def subscribe_forks(self, listener: Callable[[], None]) -> Callable[[], None]:
        def on_changes(changes: Sequence[Change]) -> None:
            if any(isinstance(c, ForkDetected) for c in changes):
                listener()

        return self._core.subscribe(on_changes)

    def subscribe_entitlements(self, listener: Callable[[], None]) -> Callable[[], None]:
        with self._policy_lock:
            self._entitlement_listeners.append(listener)

        def unsubscribe() -> None:
            with self._policy_lock:
                if listener in self._entitlement_listeners:
                    self._entitlement_listeners.remove(listener)

        return unsubscribe

    def policy(self) -> Entitlements:
        """Every feature's entitlements merged (cached until one of them may change)."""
        with self._policy_lock:
            if self._policy is not None:
                return self._policy
        policy = self._core.features.entitlements()
        with self._policy_lock:
            self._policy = policy
        return policy

    def may_serve(self, peer: PublicKey, author: PublicKey, feed_id: FeedId) -> bool:
        policy = self.policy()
        if peer in policy.blocked:
            return False
        if author == peer:
            return True
        if feed_id == MAIN_FEED:
            if author == self._core.me:
                return peer in policy.main_readers
            return author in policy.relays and peer in policy.relays
        access = policy.feeds.get(feed_id)
        return access is not None and peer in access.readers and author in access.authors

    def wants(self, peer: PublicKey, note: Note) -> bool:
        limit = self._keep_upto(peer, note.author, note.feed_id)
        if note.seq <= limit:
            return True
        # A capped topic's feed longer than its cap: its first events are still ours to keep
        # (unlike a stranger's main feed, dropped whole), while we hold fewer than the cap.
        if not limit or note.feed_id == MAIN_FEED:
            return False
        held = self._core.feeds.note(note.author, note.feed_id)
        return held is None or held.seq < limit

    def _keep_upto(self, peer: PublicKey, author: PublicKey, feed_id: FeedId) -> int:
        """How far we keep the feed ``(author, feed_id)`` when ``peer`` sends it (0: not at all).

        A stranger's main feed (someone talking to us directly, so a friend request can
        arrive) is kept up to :data:`STRANGER_FEED_LIMIT` events: the cap is on the feed's
        sequence numbers, so no batch and no number of batches can store more.
        """
        policy = self.policy()
        if author in policy.blocked or peer in policy.blocked:
            return 0
        if author == self._core.me:
            return _UNLIMITED
        if feed_id == MAIN_FEED:
            if author in policy.main_kept:
                return _UNLIMITED
            return STRANGER_FEED_LIMIT if author == peer else 0
        access = policy.feeds.get(feed_id)
        if access is None or not access.keeps(author):
            return 0
        return _UNLIMITED if access.max_seq is None else access.max_seq

    def _serve_upto(self, peer: PublicKey, author: PublicKey, feed_id: FeedId) -> int:
        """How far we serve ``(author, feed_id)`` to ``peer`` (which ``may_serve`` allows).

        A capped topic's feed is served up to its cap, our own included: every member keeps
        no more. Only its author gets all of it back (recovery after a restore).
        """
        if author == peer or feed_id == MAIN_FEED:
            return _UNLIMITED
        access = self.policy().feeds.get(feed_id)
        return _UNLIMITED if access is None or access.max_seq is None else access.max_seq

    def _held_or_kept(self, author: PublicKey, feed_id: FeedId) -> bool:
        """Whether a feed is ours to care about: we hold some of it, or would keep it."""
        if self._core.feeds.note(author, feed_id) is not None:
            return True
        policy = self.policy()
        if author in policy.blocked:
            return False
        if author == self._core.me:
            return True
        if feed_id == MAIN_FEED:
            return author in policy.main_kept
        access = policy.feeds.get(feed_id)
        return access is not None and access.keeps(author)

    # -- feeds -----------------------------------------------------------------------------

    def notes_for(self, peer: PublicKey) -> list[Note]:
        served = (
            self._served_note(peer, n)
            for n in self._core.feeds.notes()
            if self.may_serve(peer, n.author, n.feed_id)
        )
        return [n for n in served if n is not None]

    def _served_note(self, peer: PublicKey, note: Note) -> Note | None:
        """``note`` as far as we serve it to ``peer``: a capped feed's ends at its cap."""
        upto = self._serve_upto(peer, note.author, note.feed_id)
        if note.seq <= upto:
            return note
        last = self._core.feeds.events_since(note.author, note.feed_id, upto - 1, 1)
        return Note(note.author, note.feed_id, upto, check_event(last[0]).id) if last else None

    def note(self, author: PublicKey, feed_id: FeedId) -> Note | None:
        return self._core.feeds.note(author, feed_id)

    def events_for(
        self, peer: PublicKey, author: PublicKey, feed_id: FeedId, after_seq: int, limit: int
    ) -> list[RawEvent]:
        if not self.may_serve(peer, author, feed_id):
            return []
        # Cutting the page short through ``limit`` keeps events_since's promise: a page it
        # cuts ends on an event whose signature it checked.
        room = self._serve_upto(peer, author, feed_id) - after_seq
        if room <= 0:
            return []
        return self._core.feeds.events_since(author, feed_id, after_seq, min(limit, room))

    def ingest_from(self, peer: PublicKey, events: Sequence[RawEvent]) -> list[Note]:
        """Store what ``peer`` sent of the feeds we keep; everything else is dropped unstored.

        Decided per event, not per batch: a feed we keep only up to a cap (a stranger's, a
        capped topic's) loses every event past it, wherever it sits in the batch.
        """
        wanted = []
        limits: dict[tuple[PublicKey, FeedId], int] = {}
        for raw in events:
            event = check_event(raw)
            key = (event.author, event.feed_id)
            limit = limits.get(key)
            if limit is None:  # one policy decision per feed and batch
                limit = limits[key] = self._keep_upto(peer, event.author, event.feed_id)
            if event.seq <= limit:
                wanted.append(event)
        if wanted:
            # A live push (a few events) is folded at once: on another thread it would only
            # queue for the interpreter lock. Catch-up batches fold in the background while
            # the next batch's signatures are checked.
            self._core.ingest_checked(wanted, fold_now=len(wanted) <= LIVE_FOLD_MAX)
        touched = (self._core.feeds.note(a, f) for (a, f), limit in limits.items() if limit)
        return [note for note in touched if note is not None]

    def fork_proofs(self) -> list[ForkProof]:
        """Proofs we hold (only ever about feeds we hold or keep: see ingest_fork_proof)."""
        return self._core.feeds.fork_proofs()

    def fork_proofs_for(self, peer: PublicKey) -> list[ForkProof]:
        """Proofs about feeds ``peer`` is entitled to: no one learns of feeds through them."""
        served = []
        for proof in self._core.feeds.fork_proofs():
            first = check_event(RawEvent(proof.first.header, proof.first.signature, None))
            if self.may_serve(peer, first.author, first.feed_id):
                served.append(proof)
        return served

    def ingest_fork_proof(self, proof: ForkProof) -> bool:
        """Keep a proof only about a feed we hold or keep; others are ignored, unchecked.

        A stranger can mint any number of valid proofs about throwaway feeds of its own;
        storing (and gossiping) them all would let it fill every node's disk and sessions.
        """
        first = check_event(RawEvent(proof.first.header, proof.first.signature, None))
        if not self._held_or_kept(first.author, first.feed_id):
            return False
        news = self._core.feeds.ingest_fork_proof(proof)
        if news:  # features react (a currency freezes); sessions pass it on to other peers
            self._core.publish([ForkDetected(first.author, first.feed_id)])
        return news

    def peer_holds(self, peer: PublicKey, notes: Sequence[Note]) -> None:
        me = self._core.me
        for note in notes:
            if note.author == me and peer != me:
                self._core.chat.note_delivered(peer, note.feed_id, note.seq)

    def subscribe_appends(self, listener: AppendListener) -> Callable[[], None]:
        def on_changes(changes: Sequence[Change]) -> None:
            for change in changes:
                if isinstance(change, FeedAppended):
                    listener(change.author, change.feed_id, change.head_seq)

        return self._core.subscribe(on_changes)

    # -- blobs -----------------------------------------------------------------------------

    def missing_blobs(self) -> list[bytes]:
        return [bytes(b) for b in self._core.missing_blobs()]

    def blob_manifest(self, blob_id: bytes) -> bytes | None:
        if not self._core.blobs.has(BlobId(blob_id)):
            return None
        try:
            return self._core.blobs.manifest_bytes(BlobId(blob_id))
        except NotFound:
            return None

    def blob_chunk(self, blob_id: bytes, index: int) -> bytes | None:
        try:
            return self._core.blobs.read_chunk(BlobId(blob_id), index)
        except NotFound:
            return None

    def blob_begin(self, blob_id: bytes, manifest: bytes) -> list[int]:
        self._core.blobs.begin_receive(BlobId(blob_id), manifest)
        return self._core.blobs.missing_chunks(BlobId(blob_id))

    def blob_write(self, blob_id: bytes, index: int, data: bytes) -> bool:
        complete = self._core.blobs.write_chunk(BlobId(blob_id), index, data)
        if complete:
            self._core.blob_arrived(BlobId(blob_id))
        return complete

    # -- addresses ---------------------------------------------------------------------------

    def known_addresses(self) -> list[tuple[PublicKey, str, int]]:
        found: dict[tuple[bytes, str, int], None] = {}
        for contact in self._core.contacts.all_contacts():
            if contact.blocked:
                continue
            for address in contact.addresses:
                found[(contact.identity, address.host, address.port)] = None
        for identity, host, port in self._addresses.all():
            found[(identity, host, port)] = None
        return [(PublicKey(i), h, p) for i, h, p in found]

    def remember_address(self, identity: PublicKey, host: str, port: int) -> None:
        self._addresses.remember(identity, host, port, self._core.clock.now_ms())

    def set_own_addresses(self, addresses: Sequence[tuple[str, int]]) -> None:
        self._core.set_addresses([Address(host, port) for host, port in addresses[:4]])
