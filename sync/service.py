"""The sync service: replication with every reachable peer, in one asyncio loop on its thread.

Peers are found by mDNS (``sync.discovery``), by addresses added by hand, by the addresses in
contacts' cards and by the last address each peer was reached at; each is dialled with
exponential backoff while it is not connected. Every connection is a Noise_XX channel whose
peer proved its Ed25519 identity; each runs one :class:`~sync.replication.session.Session`.

When two peers dial each other at once, both keep the connection whose initiator has the
smaller identity key and close the other; a later connection from a peer replaces the session
we still hold with it (the peer has given that one up). A peer that sends forged or malformed
data, floods a session's queues or breaks the transport after the handshake is disconnected
and not talked to again for a growing penalty time (kept in the peer book). A failure of our
own store ends the session without blaming anyone. ``stop()`` leaves no thread, task or
socket behind.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import ipaddress
import logging
import random
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from typing import Any

from core.crypto import verify_signature
from core.ids import PublicKey
from sync.backoff import Backoff
from sync.discovery import (
    DiscoveryError,
    LanDiscovery,
    PeerSighting,
    ServiceAdvert,
    current_host_addresses,
)
from sync.noise import KeyPair, generate_keypair
from sync.peer_book import Address, PeerBook, address_text
from sync.replication.blobs import BlobClaims
from sync.replication.limits import QueuePeaks, SessionLimits
from sync.replication.machine import SessionState
from sync.replication.port import Replica
from sync.replication.session import Session
from sync.session_ending import ending_of
from sync.status import PeerSource, PeerState, SyncCounters, SyncStatus
from sync.transport import (
    ChannelConfig,
    PeerIdentityMismatch,
    SecureChannel,
    TransportError,
    accept_secure_channel,
    connect_secure_channel,
)

log = logging.getLogger(__name__)
PROTOCOL_VERSION = 1
StatusListener = Callable[[SyncStatus], None]
_STATE_FOR = {
    SessionState.GREETING: PeerState.SYNCING,
    SessionState.SYNCING: PeerState.SYNCING,
    SessionState.IDLE: PeerState.IDLE,
    SessionState.CLOSED: PeerState.DISCOVERED,
}


class _Signer:
    """The transport's IdentitySigner, backed by the replica (which signs bindings only)."""

    def __init__(self, replica: Replica) -> None:
        self._replica = replica

    @property
    def public_key(self) -> bytes:
        return bytes(self._replica.identity)

    def sign(self, message: bytes) -> bytes:
        return self._replica.sign_binding(message)


@dataclass
class _Live:
    session: Session
    channel: SecureChannel
    initiator: PublicKey
    started: float  # monotonic


class SyncService:
    """Front door of sync: start, stop, status, manual peers."""

    def __init__(
        self,
        replica: Replica,
        *,
        host: str = "0.0.0.0",
        port: int = 0,
        discovery: bool = True,
        interfaces: Sequence[str] | None = None,
        name: str = "",
        config: ChannelConfig | None = None,
        on_event: Callable[[str], None] | None = None,
        dial_interval: float = 0.25,
        backoff: Backoff | None = None,
        limits: SessionLimits | None = None,
    ) -> None:
        self._replica = replica
        self._host = host
        self._port = port
        self._use_discovery = discovery
        self._interfaces = interfaces
        self._name = name
        self._config = config or ChannelConfig()
        self._on_event = on_event or (lambda line: log.info("%s", line))
        self._dial_interval = dial_interval
        self.limits = limits or SessionLimits()
        self._peaks = QueuePeaks()  # of ended sessions; live ones are merged in when read
        self._counters = SyncCounters()
        self._book = PeerBook(
            time.monotonic, lambda: time.time_ns() // 1_000_000, random.random, backoff
        )
        self._listeners: list[StatusListener] = []
        self._listeners_lock = threading.Lock()
        self._status = SyncStatus()
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._ready = threading.Event()
        self._startup_error: BaseException | None = None
        self._stopping: asyncio.Event | None = None
        self._executor: ThreadPoolExecutor | None = None
        self._sessions: dict[PublicKey, _Live] = {}
        self._tasks: set[asyncio.Task[Any]] = set()
        self._claims = BlobClaims()
        self._discovery: LanDiscovery | None = None
        self._discovery_error = ""
        self._noise: KeyPair = generate_keypair()
        self._hello = b""

    # -- public surface (any thread) ---------------------------------------------------------

    @property
    def port(self) -> int:
        return self._status.port

    def start(self, timeout: float = 15.0) -> None:
        """Start listening, discovering and dialling; returns once we listen."""
        if self._thread is not None:
            raise RuntimeError("the sync service is already running")
        self._thread = threading.Thread(target=self._run, name="hutong-sync", daemon=True)
        self._thread.start()
        if not self._ready.wait(timeout):
            raise TimeoutError("the sync service did not start")
        if self._startup_error is not None:
            self._thread.join()
            self._thread = None
            raise self._startup_error

    def stop(self, timeout: float = 15.0) -> None:
        """Close every connection, withdraw from mDNS, and join the sync thread."""
        thread, loop, stopping = self._thread, self._loop, self._stopping
        if thread is None:
            return
        if loop is not None and stopping is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(stopping.set)
        thread.join(timeout)
        self._thread = None

    def status(self) -> SyncStatus:
        return self._status

    def counters(self) -> SyncCounters:
        """Queue high-water marks and peer-book size (refreshed by the loop every tick)."""
        return self._counters

    def subscribe_status(self, listener: StatusListener) -> Callable[[], None]:
        with self._listeners_lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._listeners_lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def add_peer_address(self, host: str, port: int) -> None:
        """Dial ``host:port`` now and keep retrying it (a manual peer)."""
        if not 0 < port < 65536:
            raise ValueError("a port is a number from 1 to 65535")
        self._call_in_loop(lambda: self._book.add_address(None, (host, port), PeerSource.MANUAL))

    def _call_in_loop(self, action: Callable[[], None]) -> None:
        loop = self._loop
        if loop is None or loop.is_closed():
            raise RuntimeError("the sync service is not running")

        def run() -> None:
            action()
            self._publish()
            self._dial_due()

        loop.call_soon_threadsafe(run)

    # -- the loop ------------------------------------------------------------------------------

    def _run(self) -> None:
        try:
            asyncio.run(self._main())
        except BaseException as exc:  # reported to start() or logged; never silent
            if not self._ready.is_set():
                self._startup_error = exc
                self._ready.set()
            else:
                log.exception("the sync loop failed")

    async def _blocking(self, function: Callable[..., Any], *args: Any) -> Any:
        assert self._loop is not None and self._executor is not None
        return await self._loop.run_in_executor(self._executor, functools.partial(function, *args))

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stopping = asyncio.Event()
        self._executor = ThreadPoolExecutor(4, thread_name_prefix="hutong-sync-io")
        server: asyncio.Server | None = None
        try:
            self._hello = await self._blocking(self._replica.hello)
            server = await asyncio.start_server(self._accept, self._host, self._port)
            port = int(server.sockets[0].getsockname()[1])
            addresses = self._own_addresses()
            await self._blocking(
                self._replica.set_own_addresses, [(a, port) for a in addresses if "%" not in a]
            )
            self._hello = await self._blocking(self._replica.hello)
            await self._load_known_addresses()
            self._status = replace(self._status, running=True, port=port, addresses=addresses)
            if self._use_discovery:
                await self._start_discovery(port)
            self._publish()
            self._ready.set()
            self._on_event(f"listening on port {port}")
            ticks = 0
            while not self._stopping.is_set():
                ticks += 1
                if ticks % 8 == 0:  # new contacts bring addresses from their cards
                    await self._load_known_addresses()
                    self._book.forget_strangers()
                self._dial_due()
                self._refresh_counters()
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(self._dial_interval):
                        await self._stopping.wait()
        finally:
            await self._shutdown(server)

    def _own_addresses(self) -> tuple[str, ...]:
        """Addresses to put in our card: the listening host, or every address a peer can dial
        (not loopback, and not link-local, which is useless without its interface)."""
        if self._host not in ("", "0.0.0.0", "::"):
            return (self._host,)
        usable = []
        for address in current_host_addresses(None):
            try:
                parsed = ipaddress.ip_address(address.split("%")[0])
            except ValueError:
                continue
            if not (parsed.is_loopback or parsed.is_link_local):
                usable.append(address)
        return tuple(usable)

    async def _load_known_addresses(self) -> None:
        for identity, host, port in await self._blocking(self._replica.known_addresses):
            if identity != self._replica.identity:
                self._book.add_address(identity, (host, port), PeerSource.CARD)

    async def _shutdown(self, server: asyncio.Server | None) -> None:
        if server is not None:
            server.close()
        for live in list(self._sessions.values()):
            live.channel.close()
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        if server is not None:
            with contextlib.suppress(Exception):
                await server.wait_closed()
        if self._discovery is not None:
            await self._blocking(self._discovery.stop)
            self._discovery = None
        self._status = replace(self._status, running=False, peers=())
        self._publish()
        if self._executor is not None:
            self._executor.shutdown(wait=True)

    # -- discovery -------------------------------------------------------------------------------

    async def _start_discovery(self, port: int) -> None:
        assert self._loop is not None
        loop = self._loop
        service = self

        class Listener:
            def peer_up(self, sighting: PeerSighting) -> None:
                loop.call_soon_threadsafe(service._sighted, sighting)

            def peer_down(self, service_name: str) -> None:
                loop.call_soon_threadsafe(service._lost, service_name)

        advert = ServiceAdvert(
            display_name=self._name or "Hutong",
            port=port,
            protocol_version=PROTOCOL_VERSION,
            device_id=self._replica.identity.hex(),
        )
        discovery = LanDiscovery(advert, Listener(), interfaces=self._interfaces)
        try:
            await self._blocking(discovery.start)
        except DiscoveryError as exc:
            self._discovery_error = str(exc)
            self._on_event(f"mDNS unavailable ({exc}); using manual and remembered peers only")
            return
        self._discovery = discovery
        self._status = replace(self._status, discovery=True)
        self._spawn(self._announced(discovery))

    async def _announced(self, discovery: LanDiscovery) -> None:
        try:
            name = await self._blocking(discovery.wait_registered, 30.0)
        except DiscoveryError as exc:
            self._on_event(f"mDNS announcement failed: {exc}")
            return
        self._status = replace(self._status, announced_at_ms=time.time_ns() // 1_000_000)
        self._on_event(f"announced on the LAN as {name!r}")
        self._publish()

    def _sighted(self, sighting: PeerSighting) -> None:
        try:
            hint = bytes.fromhex(sighting.device_id_hint)
        except ValueError:
            return
        if hint == self._replica.identity:
            return
        addresses = [(a, sighting.port) for a in sighting.addresses]
        self._book.saw_mdns(sighting.service_name, hint, addresses)
        self._publish()
        self._dial_due()

    def _lost(self, service_name: str) -> None:
        self._book.lost_mdns(service_name)
        self._publish()

    # -- dialling and accepting ------------------------------------------------------------------

    def _spawn(self, coroutine: Any) -> None:
        task = asyncio.ensure_future(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _dial_due(self) -> None:
        for key, address, expected in self._book.due():  # never a penalised peer
            self._book.dialing(key)
            self._spawn(self._dial(key, address, expected))
        self._publish()

    async def _dial(self, key: str, address: Address, expected: bytes | None) -> None:
        host, port = address
        try:
            channel = await connect_secure_channel(
                host,
                port,
                noise_static=self._noise,
                signer=_Signer(self._replica),
                verify=verify_signature,
                expected_peer=expected,
                hello=self._hello,
                config=self._config,
            )
        except PeerIdentityMismatch:
            self._book.dial_failed(key, "refused: a different device answered at that address")
            self._on_event(f"refused {address_text(address)}: not the device we expected")
            self._publish()
            return
        except (TransportError, OSError) as exc:
            self._book.dial_failed(key, f"could not connect to {address_text(address)}: {exc}")
            self._publish()
            return
        await self._run_channel(channel, initiator=True, address=address, dial_key=key)

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        # asyncio logs an error for a cancelled connection callback; shutting down is not one.
        with contextlib.suppress(asyncio.CancelledError):
            await self._accept_connection(reader, writer)

    async def _accept_connection(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        task = asyncio.current_task()
        if task is not None:
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        peer_address = writer.get_extra_info("peername")
        try:
            channel = await accept_secure_channel(
                reader,
                writer,
                noise_static=self._noise,
                signer=_Signer(self._replica),
                verify=verify_signature,
                hello=self._hello,
                config=self._config,
            )
        except (TransportError, OSError) as exc:
            self._on_event(f"refused a connection from {peer_address}: {exc}")
            return
        address = (str(peer_address[0]), int(peer_address[1])) if peer_address else None
        await self._run_channel(channel, initiator=False, address=address, dial_key=None)

    async def _run_channel(
        self,
        channel: SecureChannel,
        *,
        initiator: bool,
        address: Address | None,
        dial_key: str | None,
    ) -> None:
        peer = PublicKey(channel.peer.identity_key)
        me = self._replica.identity
        if peer == me:
            await channel.aclose()
            if dial_key is not None:
                self._book.dial_failed(dial_key, "that address is this device")
            return
        if self._book.penalty_left(peer) > 0:
            await channel.aclose()
            if dial_key is not None:
                self._book.dial_failed(dial_key, "ignored for a while: it misbehaved")
            return
        initiator_key = me if initiator else peer
        existing = self._sessions.get(peer)
        if existing is not None:
            if not self._replaces(existing, initiator_key):
                await channel.aclose()  # the tie-break keeps the other connection
                if dial_key is not None:
                    self._book.connected(
                        peer, channel.peer.hello, address, incoming=False, dial_key=dial_key
                    )
                return
            existing.channel.close()  # its session ends; the book follows the new one
        loop = asyncio.get_running_loop()

        def on_state(state: SessionState) -> None:
            live = self._sessions.get(peer)
            if live is not None and live.session is session:
                self._book.session_state(
                    peer, _STATE_FOR[state], session.events_sent, session.events_received
                )
                loop.call_soon(self._publish)

        session = Session(
            channel, peer, self._replica, self._blocking, self._claims, on_state, self.limits
        )
        self._sessions[peer] = _Live(session, channel, initiator_key, time.monotonic())
        self._book.connected(
            peer, channel.peer.hello, address, incoming=not initiator, dial_key=dial_key
        )
        name = self._book_name(peer)
        self._on_event(f"peer {name} connected ({'outgoing' if initiator else 'incoming'})")
        self._publish()
        if initiator and address is not None and self._book.is_known(peer):
            # Only for peers we know (a card, an address by hand): remembering every stranger
            # found by mDNS would make each one a known peer, never forgotten.
            await self._blocking(self._replica.remember_address, peer, address[0], address[1])
        error: Exception | None = None
        try:
            await session.run()
        except Exception as exc:  # the edge of a session: every ending is classified below
            error = exc
        finally:
            channel.close()
            self._peaks.merge(session.peaks)
            live = self._sessions.get(peer)
            current = live is not None and live.session is session
            if current:
                del self._sessions[peer]
        ending = ending_of(error)
        if not ending.expected:
            log.error("the session with %s failed", name, exc_info=error)
        if ending.penalise:
            penalty = self._book.penalise(peer)
            line = f"peer {name} misbehaved and is ignored for {penalty:.0f} s: {ending.reason}"
        else:
            line = f"peer {name} disconnected" + (f" ({ending.reason})" if ending.reason else "")
        if current:
            self._book.disconnected(peer, ending.reason)
        self._count_queues_and_peers()
        if current:
            self._publish()
        if current or ending.penalise:
            self._on_event(line)  # one line per session that ends

    def _replaces(self, existing: _Live, initiator: PublicKey) -> bool:
        """Whether a new connection with a peer takes over from the session we hold with it."""
        if existing.channel.is_closed or existing.initiator == initiator:
            # The same side dialled again, so it has given the old connection up (it
            # restarted, or lost it in a way we have not noticed yet); a closed one is ending.
            return True
        if time.monotonic() - existing.started > 2 * self._config.handshake_timeout:
            return True  # too late to be the other half of a simultaneous dial: the same
        # Both dialled at once: both sides keep the connection of the smaller initiator.
        return initiator < existing.initiator

    def _book_name(self, peer: bytes) -> str:
        for status in self._book.snapshot():
            if status.identity == peer:
                return f"{status.name or '?'} ({peer.hex()[:8]})"
        return peer.hex()[:8]

    # -- status ----------------------------------------------------------------------------------

    def _refresh_counters(self) -> None:
        self._count_queues_and_peers()
        changed = False
        for peer, live in self._sessions.items():
            before = self._status.peer(peer)
            if before is None or (before.events_sent, before.events_received) != (
                live.session.events_sent,
                live.session.events_received,
            ):
                state = _STATE_FOR[live.session.machine.state]
                self._book.session_state(
                    peer, state, live.session.events_sent, live.session.events_received
                )
                changed = True
        if changed:
            self._publish()

    def _count_queues_and_peers(self) -> None:
        peaks = QueuePeaks()
        peaks.merge(self._peaks)
        for live in self._sessions.values():
            peaks.merge(live.session.peaks)
        self._counters = SyncCounters(
            peak_pending_wants=peaks.pending_wants,
            peak_pending_blob_requests=peaks.pending_blob_requests,
            peak_ingest_bytes=peaks.ingest_bytes,
            peers=len(self._book),
            strangers=self._book.stranger_count,
            penalised=self._book.penalised_count,
        )

    def _publish(self) -> None:
        status = replace(
            self._status,
            peers=self._book.snapshot(),
            discovery=self._discovery is not None,
            discovery_error=self._discovery_error,
        )
        if status == self._status:
            return
        self._status = status
        with self._listeners_lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(status)
            except Exception:
                log.exception("a sync status listener failed")
