"""The mini-programs service: installed packages, instances in chats, their LAN updates,
grants and storage.

A *program* is a validated package, identified by the BLAKE2b-256 of its bytes (``program
id``, 32 bytes, hex in topics). An *instance* is one program in one conversation: its
updates travel in each member's ``app/<program-id>/<scope>`` feed, where the scope is
derived from the conversation (:mod:`core.miniprograms.instances`; docs/protocol.md). Errors
are ``core.errors`` / ``core.miniprograms.errors`` types with a message fit to show.

This package never imports the chat: the facade gives it ``post_program_card`` (post a
mini-program card) and ``find_message`` (a chat message by event id), see their types.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol

from core.blobs import BlobRef, InvalidBlob
from core.changes import MiniProgramsChanged
from core.errors import HutongError, InvalidInput, NotAllowed, NotFound
from core.features import Entitlements, FeedAccess, Kit
from core.ids import BlobId, EventId, FeedId
from core.miniprograms.errors import PackageRefused
from core.miniprograms.grants import Grants
from core.miniprograms.installs import ProgramShelf, StoredProgram, program_id_of
from core.miniprograms.instances import app_feed_id, instance_scope, member_addr
from core.miniprograms.lan_transport import LanTransport, UpdateFeeds
from core.miniprograms.limits import MAX_PACKAGE_BYTES
from core.miniprograms.manifest import Capability, Manifest
from core.miniprograms.package import Package
from core.miniprograms.storage import ProgramStorage
from core.miniprograms.transport import UpdateTransport


@dataclass(frozen=True)
class InstalledProgram:
    program_id: bytes  # BLAKE2b-256 of the package bytes
    name: str
    manifest: Manifest
    size: int
    bundled: bool
    installed_ms: int
    last_opened_ms: int | None


@dataclass(frozen=True)
class Instance:
    """A program opened in a conversation (``conversation`` None: a solo instance)."""

    program_id: bytes
    conversation: str | None
    title: str
    last_opened_ms: int


@dataclass(frozen=True)
class InstancesChanged(MiniProgramsChanged):
    """An instance was opened or shared for the first time: whose app feeds we keep changed."""


PostProgramCard = Callable[[str, str, bytes, str, BlobRef], bytes]
"""``(conversation, title, program_id, summary, package blob) -> the card message's id``."""


class CardMessage(Protocol):
    """A chat message as ``find_message`` returns it (``core.chat.Message`` fits)."""

    @property
    def conversation_id(self) -> str: ...

    @property
    def card(self) -> object: ...


FindMessage = Callable[[bytes], CardMessage | None]


class MiniProgramsService:
    def __init__(
        self,
        kit: Kit,
        *,
        bundled: Iterable[tuple[str, bytes]] = (),
        post_program_card: PostProgramCard | None = None,
        find_message: FindMessage | None = None,
    ) -> None:
        self._kit = kit
        self._db = kit.database
        self._me = kit.me
        self._publish = kit.publish
        self.post_program_card = post_program_card
        self.find_message = find_message
        self._shelf = ProgramShelf(kit.database, kit.blobs, kit.clock)
        self._grants = Grants(kit.database)
        self._storage = ProgramStorage(kit.database)
        self._feeds = UpdateFeeds(kit.database)
        if bundled:
            self._shelf.set_bundled(bundled)

    def _changed(self, program_id: bytes) -> None:
        self._publish([MiniProgramsChanged(program_id.hex())])

    # -- packages --------------------------------------------------------------------------
    def set_bundled(self, packages: Iterable[tuple[str, bytes]]) -> list[bytes]:
        """The programs shipped with the app, as (file name, .xdc bytes); returns their ids.
        Their ids are hashes of the bytes: pack them the same way every time."""
        ids = self._shelf.set_bundled(packages)
        self._publish([MiniProgramsChanged()])
        return ids

    def install(self, data: bytes, file_name: str = "package.xdc") -> InstalledProgram:
        """Validate (PackageRefused with the reason) and keep a package; idempotent."""
        program_id, _package = self._shelf.install(data, file_name)
        self._changed(program_id)
        return self._installed(program_id)

    def install_shared(
        self, program_id: bytes, blob_id: bytes, key: bytes, size: int
    ) -> InstalledProgram:
        """Install the package of a card: its blob must be here and hash to ``program_id``
        (a card pins the exact bytes its sharer signed for; a swapped blob is refused)."""
        if self._shelf.is_bundled(program_id) or self._stored(program_id) is not None:
            return self._installed(program_id)
        if not 0 < size <= MAX_PACKAGE_BYTES:
            raise PackageRefused(f"a mini-program may be at most {MAX_PACKAGE_BYTES:,} bytes")
        reference = BlobRef(BlobId(blob_id), key, size)
        if not self._kit.blobs.has(reference.blob_id):
            raise NotFound("this mini-program is still arriving; try again in a moment")
        try:
            data = self._kit.blobs.read_plaintext(reference, MAX_PACKAGE_BYTES)
        except (InvalidBlob, NotFound, OSError) as exc:
            raise PackageRefused(f"this mini-program's package cannot be read: {exc}") from exc
        if program_id_of(data) != program_id:
            raise PackageRefused("this mini-program's package does not match its card")
        return self.install(data, f"{program_id.hex()[:12]}.xdc")

    def install_from_card(self, conversation: str, card_message: bytes) -> InstalledProgram:
        """Install the package a mini-program card in a chat carries. NotFound only while its
        blob is still arriving; InvalidInput/PackageRefused when it can never be installed."""
        if self.find_message is None:
            raise HutongError("mini-program cards cannot be read here")
        message = self.find_message(card_message)
        if message is None or message.conversation_id != conversation:
            raise InvalidInput("this message is not in this conversation")
        card = message.card
        program = getattr(card, "program", None)
        package = getattr(card, "package", None)
        blob_id, key, size = (getattr(package, name, None) for name in ("blob", "key", "size"))
        if not (isinstance(program, bytes) and len(program) == 32):
            raise InvalidInput("this message does not carry a mini-program")
        if not (isinstance(blob_id, bytes) and isinstance(key, bytes) and isinstance(size, int)):
            if self._shelf.is_bundled(program) or self._stored(program) is not None:
                return self._installed(program)
            raise InvalidInput("this card carries no package, and the program is not installed")
        return self.install_shared(program, blob_id, key, size)

    def installed(self) -> list[InstalledProgram]:
        """Installed and bundled programs, most recently opened first."""
        opened = self._opened_times()
        programs = [self._value(p, opened.get(p.program_id)) for p in self._shelf.programs()]
        programs.sort(key=lambda p: (-(p.last_opened_ms or 0), p.name.casefold(), p.program_id))
        return programs

    def recent(self, limit: int = 12) -> list[Instance]:
        with self._db.read() as connection:
            rows = connection.exec_driver_sql(
                "SELECT program_id, conversation, title, last_opened_ms FROM miniprogram_instance"
                " WHERE last_opened_ms > 0 ORDER BY last_opened_ms DESC, feed_id LIMIT ?",
                (limit,),
            ).all()
        return [Instance(bytes(r[0]), str(r[1]) or None, str(r[2]), int(r[3])) for r in rows]

    def package(self, program_id: bytes) -> Package:
        return self._shelf.package(program_id)

    def package_bytes(self, program_id: bytes) -> bytes:
        return self._shelf.data(program_id)

    def uninstall(self, program_id: bytes) -> None:
        """Remove an installed program with its grants and storage (bundled ones stay)."""
        if self._shelf.is_bundled(program_id):
            raise NotAllowed("a mini-program that comes with Hutong cannot be removed")
        if not self._shelf.uninstall(program_id):
            raise NotFound("this mini-program is not installed")
        self._grants.forget(program_id)
        self._storage.clear(program_id)
        self._changed(program_id)

    def share(self, program_id: bytes, conversation: str, summary: str = "") -> EventId:
        """Post a mini-program card (with the package) in a conversation; returns its id."""
        if self.post_program_card is None:
            raise HutongError("mini-programs cannot be shared here")
        data = self._shelf.data(program_id)
        title = self._shelf.package(program_id).name
        reference = self._kit.blobs.add_bytes(data)  # the card's own key: readable by members
        try:
            message = self.post_program_card(conversation, title, program_id, summary, reference)
        except BaseException:
            self._kit.blobs.remove(reference.blob_id)
            raise
        self._register(program_id, conversation, title)
        return EventId(message)

    # -- instances -------------------------------------------------------------------------
    def transport(
        self, program_id: bytes, conversation: str | None, self_addr: str | None = None
    ) -> UpdateTransport:
        """The LAN link of our member of this instance (a solo instance stays on this device).

        ``self_addr`` is the ``webxdc.selfAddr`` the app is given (default: ``self_addr()``);
        the transport maps it to our identity on the wire.
        """
        scope = self._scope(conversation)
        if not self._registered(app_feed_id(program_id, scope)):
            # Written by the worker, before any update of ours: the GUI thread never waits
            # for the write lock (a sync batch may hold it).
            self._feeds.submit(
                lambda: self._register(program_id, conversation, self._title(program_id))
            )
        return LanTransport(
            self._feeds,
            self._db,
            self._kit.writer,
            self._kit.people,
            self._me,
            program_id,
            scope,
            conversation,
            self_addr,
        )

    def note_opened(self, program_id: bytes, conversation: str | None) -> None:
        now = self._kit.clock.now_ms()
        self._register(program_id, conversation, self._title(program_id))
        feed_id = app_feed_id(program_id, self._scope(conversation))
        with self._db.write() as connection:
            connection.exec_driver_sql(
                "UPDATE miniprogram_instance SET last_opened_ms = ? WHERE feed_id = ?",
                (now, feed_id),
            )
            connection.exec_driver_sql(
                "INSERT INTO miniprogram_opened (program_id, last_opened_ms) VALUES (?, ?)"
                " ON CONFLICT(program_id) DO UPDATE SET last_opened_ms = excluded.last_opened_ms",
                (program_id, now),
            )
        self._changed(program_id)

    def self_addr(self) -> str:
        """Our ``webxdc.selfAddr``: the same in every instance and on every member's device."""
        return member_addr(self._me)

    def instance_id(self, program_id: bytes, conversation: str | None) -> str:
        """A name for the instance, the same for every member (the app's origin)."""
        return f"{program_id.hex()[:16]}{self._scope(conversation)}"

    def wait_sent(self, timeout: float = 30.0) -> bool:
        """Block until every update handed to a transport is in our feed (tests, closing)."""
        return self._feeds.wait_idle(timeout)

    def close(self) -> None:
        """Store the updates still queued, then send no more (the profile is closing)."""
        self._feeds.close()

    def after_ingest(self) -> None:
        """Events from peers were folded: hand the new updates to the open instances."""
        self._feeds.poll()

    def entitlements(self) -> Entitlements:
        """Each instance we opened: its members' app feeds go to and are kept by members."""
        feeds: dict[FeedId, FeedAccess] = {}
        with self._db.read() as connection:
            rows = connection.exec_driver_sql(
                "SELECT feed_id, conversation FROM miniprogram_instance WHERE conversation != ''"
            ).all()
        for feed_id, conversation in rows:
            members = frozenset[bytes](self._kit.people.conversation_members(str(conversation)))
            feeds[FeedId(bytes(feed_id))] = FeedAccess(
                readers=members, authors=members, kept=self._me in members
            )
        return Entitlements(feeds=feeds)

    def _scope(self, conversation: str | None) -> str:
        if conversation and not self._kit.people.conversation_members(conversation):
            raise InvalidInput("this is not a conversation mini-programs can be opened in")
        try:
            return instance_scope(self._me, conversation)
        except ValueError as exc:
            raise InvalidInput("this is not a conversation") from exc

    def _register(self, program_id: bytes, conversation: str | None, title: str) -> None:
        scope = self._scope(conversation)
        with self._db.write() as connection:
            added = connection.exec_driver_sql(
                "INSERT OR IGNORE INTO miniprogram_instance (feed_id, program_id, conversation,"
                " scope, title, last_opened_ms) VALUES (?, ?, ?, ?, ?, 0)",
                (app_feed_id(program_id, scope), program_id, conversation or "", scope, title),
            ).rowcount
        if added:
            self._publish([InstancesChanged(program_id.hex())])

    def _registered(self, feed_id: FeedId) -> bool:
        with self._db.read() as connection:
            return (
                connection.exec_driver_sql(
                    "SELECT 1 FROM miniprogram_instance WHERE feed_id = ?", (feed_id,)
                ).first()
                is not None
            )

    def _title(self, program_id: bytes) -> str:
        try:
            return self._shelf.package(program_id).name
        except HutongError:
            return ""

    def _stored(self, program_id: bytes) -> StoredProgram | None:
        return next((p for p in self._shelf.programs() if p.program_id == program_id), None)

    def _installed(self, program_id: bytes) -> InstalledProgram:
        stored = self._stored(program_id)
        if stored is None:
            raise NotFound("this mini-program is not installed")
        return self._value(stored, self._opened_times().get(program_id))

    def _opened_times(self) -> dict[bytes, int]:
        with self._db.read() as connection:
            rows = connection.exec_driver_sql(
                "SELECT program_id, last_opened_ms FROM miniprogram_opened"
            ).all()
        return {bytes(r[0]): int(r[1]) for r in rows}

    @staticmethod
    def _value(stored: StoredProgram, last_opened_ms: int | None) -> InstalledProgram:
        return InstalledProgram(
            program_id=stored.program_id,
            name=stored.manifest.name,
            manifest=stored.manifest,
            size=stored.size,
            bundled=stored.bundled,
            installed_ms=stored.installed_ms,
            last_opened_ms=last_opened_ms,
        )

    # -- window.hutong ---------------------------------------------------------------------
    def _declared(self, program_id: bytes, capability: Capability) -> None:
        stored = self._stored(program_id)
        if stored is not None and capability not in stored.manifest.capabilities:
            raise NotAllowed(f"this mini-program did not declare {capability.value!r}")

    def granted(self, program_id: bytes) -> frozenset[Capability]:
        return frozenset(c for c, allowed in self._grants.answers(program_id).items() if allowed)

    def denied(self, program_id: bytes) -> frozenset[Capability]:
        """Capabilities the person refused (remembered: the app is not asked again)."""
        answers = self._grants.answers(program_id)
        return frozenset(c for c, allowed in answers.items() if not allowed)

    def grant(self, program_id: bytes, capability: Capability) -> None:
        self._declared(program_id, capability)
        self._grants.answer(program_id, capability, True)
        self._changed(program_id)

    def deny(self, program_id: bytes, capability: Capability) -> None:
        self._grants.answer(program_id, capability, False)
        self._changed(program_id)

    def revoke(self, program_id: bytes, capability: Capability) -> None:
        """Forget the answer (granted or denied): the next use asks again."""
        self._grants.forget(program_id, capability)
        self._changed(program_id)

    def storage_get(self, program_id: bytes, key: str) -> str | None:
        return self._storage.get(program_id, key)

    def storage_set(self, program_id: bytes, key: str, value: str) -> None:
        """Quota: 1 MB per key, 10 MB per program for this user (QuotaExceeded beyond)."""
        self._storage.set(program_id, key, value)

    def storage_remove(self, program_id: bytes, key: str) -> None:
        self._storage.remove(program_id, key)

    def storage_keys(self, program_id: bytes) -> list[str]:
        return self._storage.keys(program_id)

    def storage_used(self, program_id: bytes) -> int:
        return self._storage.used(program_id)
