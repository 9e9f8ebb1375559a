"""The Core facade: one profile opened, its services wired, changes published after commit.

This is core's composition root. The desktop and the headless node open a :class:`Core` and
talk to it through its services and frozen values; nothing outside core touches the store.
"""

from __future__ import annotations

import getpass
import logging
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

from sqlmodel import SQLModel

from core.authoring import Author
from core.background_fold import BackgroundFolder
from core.blobs import BlobRef, BlobStore
from core.changes import BlobArrived, Change, FeedAppended, ForkDetected, ProfileChanged
from core.chat import (
    FTS_DDL,
    ChatService,
    GroupInvite,
    GroupsService,
    MiniProgramCard,
    PackageRef,
    RedEnvelopeCard,
    Split,
    TransferCard,
    chat_feature,
    groups_feature,
    parse_conversation,
)
from core.clock import Clock, SystemClock
from core.contacts import ContactsService, contacts_feature
from core.contacts.bodies import AvatarRef, ProfileBody
from core.contacts.fold import MAX_AVATAR_BYTES
from core.crypto import KdfParams, RandomBytes, system_random
from core.errors import HutongError, InvalidInput, ProfileError
from core.features import Features, Kit
from core.feeds import (
    MAIN_TOPIC,
    Event,
    FeedKey,
    RawEvent,
    SignatureVerifier,
    check_event,
    feed_id_for,
)
from core.identity import (
    Address,
    ContactCard,
    DeviceKeys,
    clean_name,
    decode_card,
    display_id,
    has_keys,
    load_keys,
    make_card,
    save_keys,
)
from core.ids import BlobId, EncryptionKey, PublicKey
from core.miniprograms.feature import miniprograms_feature
from core.miniprograms.service import MiniProgramsService
from core.moments import MomentsService, moments_feature
from core.peer_addresses import PeerAddresses
from core.profile import (
    BLOB_FOLDER,
    DATABASE_FILE,
    ProfileLock,
    default_profile_dir,
    secure_profile,
)
from core.projection import Projector
from core.recovery import Recovery, lost_database
from core.store import Database, FeedStore, IngestReport
from core.wallet.feature import wallet_feature
from core.wallet.service import WalletCard, WalletService, WalletTransferCard

log = logging.getLogger(__name__)
SCHEMA_VERSION = 1
Listener = Callable[[Sequence[Change]], None]


class _PublishingWriter:
    """Appends our events, folds them, then announces what changed."""

    def __init__(self, core: Core) -> None:
        self._core = core
        self._batches = threading.local()  # this thread's batch: events not announced yet

    def _after(self, event: Event) -> Event:
        pending: list[Event] | None = getattr(self._batches, "events", None)
        if pending is not None:
            pending.append(event)
        else:
            self._core._after_append(event)
        return event

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Appends in one write transaction, folded and announced once at the end."""
        if getattr(self._batches, "events", None) is not None:
            yield
            return
        events: list[Event] = []
        self._batches.events = events
        try:
            with self._core.database.write():
                yield
        finally:
            self._batches.events = None
        if events:
            self._core._after_appends(events)

    def public(self, topic: str, body: bytes, timestamp_ms: int | None = None) -> Event:
        return self._after(self._core._author.public(topic, body, timestamp_ms))

    def sealed(self, topic: str, body: bytes, recipients: Sequence[EncryptionKey]) -> Event:
        return self._after(self._core._author.sealed(topic, body, recipients))

    def symmetric(self, topic: str, body: bytes, key: bytes) -> Event:
        return self._after(self._core._author.symmetric(topic, body, key))


class _People:
    """The lookups about people that features share, answered by the contacts and groups."""

    def __init__(self, core: Core) -> None:
        self._core = core

    def my_card(self) -> ContactCard:
        return self._core.card()

    def card_of(self, identity: bytes) -> ContactCard | None:
        return self._core.contacts.card(identity)

    def encryption_key_of(self, identity: bytes) -> EncryptionKey | None:
        return self._core.contacts.encryption_key(identity)

    def friends(self) -> Mapping[bytes, Sequence[str]]:
        return {c.identity: c.tags for c in self._core.contacts.friends()}

    def conversation_members(self, conversation: str) -> frozenset[PublicKey]:
        try:
            kind, raw = parse_conversation(conversation)
        except ValueError:
            return frozenset()
        if kind == "direct":
            return frozenset({self._core.me, PublicKey(raw)})
        info = self._core.groups.info(raw)
        return frozenset(m.identity for m in info.active_members) if info else frozenset()


class Core:
    """An open profile. Thread-safe: one writer at a time, readers in parallel."""

    def __init__(
        self,
        profile: Path,
        keys: DeviceKeys,
        lock: ProfileLock,
        clock: Clock,
        random_bytes: RandomBytes,
        kdf: KdfParams | None = None,
    ) -> None:
        self.profile = profile
        self.keys = keys
        self._lock = lock
        self.clock = clock
        self._listeners: list[Listener] = []
        self._listeners_lock = threading.Lock()
        self._addresses: tuple[Address, ...] = ()
        self.database = Database(profile / DATABASE_FILE)  # tables: every imported SQLModel
        self._check_schema_version()
        self.database.create_schema(SQLModel.metadata, FTS_DDL)
        self.feeds = FeedStore(self.database, SignatureVerifier())
        self.blobs = BlobStore(profile / BLOB_FOLDER, random_bytes)
        self.peer_addresses = PeerAddresses(self.database)
        self._recovery = Recovery(self.database, self.feeds, keys.identity_key)
        self._author = Author(
            keys,
            self.database,
            self.feeds,
            clock,
            random_bytes,
            before_append=self._recovery.require_known,
        )
        self._writer = _PublishingWriter(self)
        self._folder = BackgroundFolder(self._fold_from_peers)
        kit = Kit(
            database=self.database,
            writer=self._writer,
            me=keys.identity_key,
            signing=keys.signing,
            clock=clock,
            random=random_bytes,
            blobs=self.blobs,
            publish=self.publish,
            people=_People(self),
            fork_proofs=self.feeds.fork_proofs,
            own_head=self._own_head,
        )
        self.kit = kit  # what a feature service is built from
        self.contacts = ContactsService(kit)
        self.chat = ChatService(kit)
        self.groups = GroupsService(kit)
        self.moments = MomentsService(kit)
        self.wallet = WalletService(kit, post_card=self._post_wallet_card, pin_params=kdf)
        self.miniprograms = MiniProgramsService(kit)
        self.miniprograms.post_program_card = lambda conversation, title, program, summary, ref: (
            self.chat.send_card(
                conversation,
                MiniProgramCard(
                    title, program, summary, PackageRef(ref.blob_id, ref.key, ref.size)
                ),
            ).event_id
        )
        self.miniprograms.find_message = self.chat.message
        # Every feature, declared in one place: folds, feeds and who shares them, blobs.
        self.features = Features(
            (
                contacts_feature(self.contacts, kit.me),
                chat_feature(self.chat, kit.me),
                groups_feature(self.groups, kit.me),
                moments_feature(self.moments, kit.me),
                wallet_feature(self.wallet, kit.me, kit.people),
                miniprograms_feature(self.miniprograms, kit.me),
            )
        )
        self.projector = Projector(
            self.database, self.feeds, keys.encryption, dict(self.features.folds)
        )
        self.subscribe(self.wallet.note_changes)  # forks freeze currencies; rebuilds refold

    # -- opening -------------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        profile: Path | None = None,
        *,
        passphrase: str | None = None,
        name: str | None = None,
        clock: Clock | None = None,
        kdf: KdfParams | None = None,
        random_bytes: RandomBytes = system_random,
    ) -> Core:
        """Open a profile folder, creating the identity on first use (named ``name``).

        An existing identity whose database does not hold our own main feed (restored from
        ``identity.json``, database lost or emptied) opens *recovering*: nothing is written,
        not even our profile, until our feed comes back (see :mod:`core.recovery`).
        """
        folder = profile or default_profile_dir()
        lock = ProfileLock(folder)
        try:
            secure_profile(folder)
            lost = lost_database(folder / DATABASE_FILE)
            created = not has_keys(folder)
            keys = DeviceKeys.generate() if created else load_keys(folder, passphrase)
            core = cls(folder, keys, lock, clock or SystemClock(), random_bytes, kdf)
        except BaseException:
            lock.release()
            raise
        try:
            # The database learns that a new identity has no history before the key file
            # exists, so a crash in between can never make a new profile look restored.
            core._recovery.start(new_identity=created, lost=lost)
            if core.recovering:  # our feeds come back in any order: the wallet waits
                core.wallet.note_restored()
            if created:
                save_keys(folder, keys, passphrase, kdf)
            if core.recovering:
                log.info("profile %s is recovering: %s", folder, core.recovery_reason)
            elif created or core._profile_card() is None:
                core._publish_profile(name or _default_name())
            core.catch_up()
        except BaseException:
            core.close()
            raise
        return core

    @property
    def recovering(self) -> bool:
        """True while our own feeds' heads are unknown: every write is refused until then."""
        return self._recovery.recovering

    @property
    def recovery_reason(self) -> str | None:
        """Why this profile is recovering (e.g. "its database hutong.db is empty (damaged)")."""
        return self._recovery.reason

    def _check_schema_version(self) -> None:
        with self.database.write() as connection:
            row = connection.exec_driver_sql("PRAGMA user_version").first()
            version = int(row[0]) if row else 0
            if version > SCHEMA_VERSION:
                raise ProfileError("this profile was made by a newer Hutong; please update")
            if version < SCHEMA_VERSION:
                connection.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def close(self) -> None:
        self.miniprograms.close()  # queued app updates are written before the db closes
        self._folder.stop()
        self.feeds.close()
        self.database.close()
        self._lock.release()

    def __enter__(self) -> Core:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- who we are ------------------------------------------------------------------------------

    @property
    def me(self) -> PublicKey:
        return self.keys.identity_key

    @property
    def display_id(self) -> str:
        return display_id(self.me)

    def published_card(self) -> ContactCard | None:
        """Our card, or None while none is published (a recovering profile)."""
        return self.card() if self._profile_card() is not None else None

    def _profile_card(self) -> ContactCard | None:
        with self.database.read() as connection:
            row = connection.exec_driver_sql("SELECT card FROM my_profile WHERE id = 1").first()
        return decode_card(row[0]) if row else None

    @property
    def name(self) -> str:
        card = self._profile_card()
        return card.name if card else ""

    def set_addresses(self, addresses: Sequence[Address]) -> None:
        """Where we can be reached now (sync tells us); goes into the cards we hand out."""
        self._addresses = tuple(addresses)

    def card(self) -> ContactCard:
        """Our current card: name and avatar from our profile, addresses from sync."""
        published = self._profile_card()
        if published is None and self.recovering:
            raise ProfileError(
                "this profile is waiting for its own history (restored or lost database):"
                " connect to a friend or import a backup first"
            )
        if published is None:
            raise ProfileError("this profile has no published card yet")
        return make_card(
            self.keys.signing,
            self.keys.encryption_key,
            published.name,
            published.issued_at_ms,
            published.avatar_hash,
            self._addresses,
        )

    def _publish_profile(self, name: str, avatar: BlobRef | None = None) -> None:
        card = make_card(
            self.keys.signing,
            self.keys.encryption_key,
            clean_name(name),
            self.clock.now_ms(),
            avatar.blob_id if avatar else None,
        )
        where = None if avatar is None else AvatarRef(avatar.blob_id, avatar.key, avatar.size)
        self._writer.public(MAIN_TOPIC, ProfileBody(card.to_text(), where).encode())

    def set_name(self, name: str) -> None:
        self._publish_profile(name, self.contacts.avatar_ref(self.me))

    def set_avatar(self, image: bytes | None) -> None:
        """Publish a new avatar (an already scaled image file's bytes), or remove it (None)."""
        if image is not None and not 0 < len(image) <= MAX_AVATAR_BYTES:
            raise InvalidInput(f"an avatar picture is at most {MAX_AVATAR_BYTES // 1024} KB")
        reference = self.blobs.add_bytes(image) if image is not None else None
        self._publish_profile(self.name, reference)

    def avatar(self, identity: bytes | None = None) -> bytes | None:
        """Someone's avatar picture (ours when None), or None if none or not here yet."""
        reference = self.contacts.avatar_ref(identity or self.me)
        if reference is None or not self.blobs.has(reference.blob_id):
            return None
        return self.blobs.read_plaintext(reference, MAX_AVATAR_BYTES)

    def blob_arrived(self, blob_id: BlobId) -> None:
        """Announce a blob that finished arriving (the UI redraws pictures waiting for it)."""
        self.publish([BlobArrived(blob_id)])

    def missing_blobs(self) -> list[BlobId]:
        """Blobs referenced by what we hold but not here yet (sync fetches these)."""
        wanted = self.features.wanted_blobs()
        return [blob_id for blob_id in wanted if not self.blobs.has(blob_id)]

    def change_passphrase(
        self, old: str | None, new: str | None, kdf: KdfParams | None = None
    ) -> None:
        """Re-seal the secret keys (``None`` removes the passphrase); checks ``old`` first."""
        load_keys(self.profile, old)
        save_keys(self.profile, self.keys, new, kdf)
        self.publish([ProfileChanged()])

    # -- changes ---------------------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` with every batch of changes, after commit, in the writer's thread."""
        with self._listeners_lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._listeners_lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def publish(self, changes: Sequence[Change]) -> None:
        if not changes:
            return
        with self._listeners_lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(changes)
            except Exception:  # a listener's bug must not break the writer
                log.exception("change listener failed")

    def _after_append(self, event: Event) -> None:
        # Announced before folding: sync pushes the event while we fold it here.
        self.publish([FeedAppended(event.author, event.feed_id, event.seq)])
        self.publish(self.projector.catch_up())

    def _after_appends(self, events: Sequence[Event]) -> None:
        heads: dict[FeedKey, int] = {}
        for event in events:
            key = (event.author, event.feed_id)
            heads[key] = max(heads.get(key, 0), event.seq)
        self.publish([FeedAppended(a, f, s) for (a, f), s in heads.items()])
        self.publish(self.projector.catch_up())

    def catch_up(self) -> None:
        """Fold anything stored but not yet folded (after a crash, or an import)."""
        self.publish(self._fold())

    def _fold(self) -> list[Change]:
        """Fold what is stored. A recovering profile folds nothing until its own main feed is
        back, then everything by the authors' time (see :mod:`core.recovery`)."""
        if not self._recovery.recovering:
            return self.projector.catch_up()
        recovered = self._recovery.check_found(self.projector)
        if recovered is None:  # still waiting, or another thread has just ended it
            return [] if self._recovery.recovering else self.projector.catch_up()
        log.info("profile %s recovered its own history", self.profile)
        return [*recovered, *self.projector.catch_up(), ProfileChanged()]

    def rebuild_projections(self) -> None:
        """Drop every projection and fold all feeds again (same state: tested)."""
        if self.recovering:
            return  # nothing is folded until our own feed is back (then in the authors' time)
        self.publish(self.projector.rebuild())

    # -- events from elsewhere -------------------------------------------------------------------

    def ingest(self, raws: Sequence[RawEvent]) -> IngestReport:
        """Store events from a peer or a backup, fold them, announce the changes.

        Raises :class:`core.errors.InvalidEvent` (storing nothing) if any event is forged.
        """
        return self.ingest_checked([check_event(raw) for raw in raws])

    def ingest_checked(self, events: Sequence[Event], *, fold_now: bool = True) -> IngestReport:
        """:meth:`ingest` for events already parsed with ``core.feeds.check_event``.

        With ``fold_now=False`` (sync) the events are folded on a background thread and the
        projections' change records follow shortly after; feed changes are announced at once.
        """
        report = self.feeds.ingest_checked(events)
        heads: dict[FeedKey, int] = {}
        for event in report.new:
            key = (event.author, event.feed_id)
            heads[key] = max(heads.get(key, 0), event.seq)
        changes: list[Change] = [FeedAppended(a, f, s) for (a, f), s in heads.items()]
        changes.extend(ForkDetected(p.author, p.feed_id) for p in report.forks)
        changes.extend(ForkDetected(author, feed) for author, feed in report.unproven_forks)
        if not fold_now:
            self.publish(changes)
            if report.new:
                self._folder.request()
            return report
        changes.extend(self._fold())
        self.publish(changes)
        self._after_ingest()
        return report

    def _fold_from_peers(self) -> None:
        self.publish(self._fold())
        self._after_ingest()

    def _after_ingest(self) -> None:
        if not self.recovering:  # what features do after ingest writes; it waits for our head
            self.features.after_ingest()

    def wait_folded(self, timeout: float = 30.0) -> bool:
        """Block until events received from peers are folded (tests, benchmarks)."""
        return self._folder.wait_idle(timeout)

    # -- flows that span features --------------------------------------------------------------

    def _own_head(self, topic: str) -> int:
        note = self.feeds.note(self.me, feed_id_for(topic))
        return 0 if note is None else note.seq

    def _post_wallet_card(self, conversation: str, card: WalletCard) -> None:
        """The wallet's card in a chat (the wallet does not know the chat: built here)."""
        if isinstance(card, WalletTransferCard):
            self.chat.send_card(
                conversation,
                TransferCard(card.title, card.currency, card.transfer, card.amount, card.note),
            )
        else:
            self.chat.send_card(
                conversation,
                RedEnvelopeCard(
                    card.title,
                    card.currency,
                    card.envelope,
                    card.total,
                    card.shares,
                    Split(card.split.value),
                    card.exclusive_to,
                ),
            )

    def join_group(self, code: str) -> GroupInvite:
        """Ask to join the group of a scanned invite code; the inviter's Hutong adds us."""
        invite = self.groups.read_invite(code)
        self.contacts.remember(invite.inviter)
        self.groups.request_join(invite)
        return invite


def _default_name() -> str:
    try:
        return getpass.getuser() or "Hutong user"
    except (KeyError, OSError):
        return "Hutong user"


__all__ = ["Core", "HutongError"]
