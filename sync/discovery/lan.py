"""LanDiscovery: announce our service and browse for peers with python-zeroconf.

Threading. Zeroconf runs its own event-loop thread (``use_asyncio=False`` forces that even
when the caller has a loop of its own). We drive it with zeroconf's async API *inside that
loop* (``AsyncServiceBrowser``, ``AsyncServiceInfo``) instead of the threaded
``ServiceBrowser``: the threaded browser adds a second thread and resolves services one at a
time with blocking calls, so a single silent peer (3 s resolve timeout) would hold up every
other one. In the loop, resolutions run concurrently, there is exactly one thread to stop,
and ``stop()`` can join it. The listener is therefore called on zeroconf's thread.

Lifecycle. ``start()`` opens the sockets, starts browsing and begins registering; it does not
wait for the ~1.2 s of conflict probing, ``wait_registered()`` does. ``stop()`` withdraws the
service (goodbye packets, so peers drop us at once) and closes zeroconf, joining its thread.

Interface changes. A low-frequency poller compares the host's addresses with the last set it
saw and runs the same refresh as ``refresh_interfaces()``: rebind zeroconf's sockets to the
current interfaces, withdraw addresses we no longer have, and re-announce. On the same tick it
re-reads known peers from zeroconf's cache (see :mod:`sync.discovery.peer_watch`).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import functools
import logging
import secrets
import threading
import time
from collections.abc import Callable, Coroutine, Iterable, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Self, TypeVar

from zeroconf import Error as ZeroconfError
from zeroconf import InterfaceChoice, IPVersion, Zeroconf

from sync.discovery.addresses import (
    AddressChange,
    current_host_addresses,
    diff_addresses,
    normalize_address,
)
from sync.discovery.advert import ServiceAdvert
from sync.discovery.announcer import Announcer
from sync.discovery.errors import DiscoveryUnavailable
from sync.discovery.listener import DiscoveryListener
from sync.discovery.loop_tasks import LoopTasks
from sync.discovery.naming import host_name, instance_name, service_name
from sync.discovery.peer_watch import Clock, PeerWatch
from sync.discovery.sighting import PeerSighting

log = logging.getLogger(__name__)

AddressSource = Callable[[], Iterable[str]]

DEFAULT_POLL_INTERVAL_S = 10.0
_LOOP_CALL_TIMEOUT_S = 10.0

_T = TypeVar("_T")


@dataclass(slots=True)
class _Running:
    """What exists between start() and stop(); touched on zeroconf's loop only."""

    zc: Zeroconf
    announcer: Announcer
    tasks: LoopTasks
    refresh_lock: asyncio.Lock
    watched: frozenset[str]


class LanDiscovery:
    """Announces ``advert`` as ``_hutong._tcp.local.`` and reports peers to ``listener``.

    ``interfaces``: IP addresses to run mDNS on (default: all interfaces, IPv4 and IPv6).
    ``clock`` stamps ``PeerSighting.last_seen``. ``address_source`` lists the addresses to
    announce and watch (default: the host's addresses on ``interfaces``); ``advert.addresses``
    overrides what is announced. Every ``poll_interval`` seconds (None: never) the address
    set is checked for changes and known peers are re-read from zeroconf's cache.
    """

    def __init__(
        self,
        advert: ServiceAdvert,
        listener: DiscoveryListener,
        *,
        interfaces: Sequence[str] | None = None,
        clock: Clock = time.monotonic,
        address_source: AddressSource | None = None,
        poll_interval: float | None = DEFAULT_POLL_INTERVAL_S,
    ) -> None:
        self._advert = advert
        self._interfaces = (
            None if interfaces is None else tuple(normalize_address(i) for i in interfaces)
        )
        self._address_source: AddressSource = address_source or functools.partial(
            current_host_addresses, self._interfaces
        )
        self._poll_interval = poll_interval
        self._wanted_name = service_name(instance_name(advert.display_name, advert.device_id))
        self._host = host_name(advert.device_id, secrets.token_hex(4))
        self._watch = PeerWatch(listener, advert.device_id, clock)
        self._lifecycle = threading.Lock()
        self._running: _Running | None = None
        self._registration: concurrent.futures.Future[str] | None = None

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc_val: BaseException | None,
        exc_tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def service_name(self) -> str | None:
        """The name we are registered under while running, once probing settled it; else None."""
        registration = self._registration
        if self._running is None or registration is None or not registration.done():
            return None
        return None if registration.exception() else registration.result()

    def start(self) -> None:
        """Open zeroconf, browse, and begin registering; raises DiscoveryUnavailable."""
        with self._lifecycle:
            if self._running is not None:
                raise RuntimeError("LanDiscovery is already running")
            zc = self._open_zeroconf()
            try:
                self._running = _run_in_loop(zc, self._async_start(zc))
            except BaseException:
                zc.close()
                raise
            self._registration = self._running.announcer.registration

    def wait_registered(self, timeout: float) -> str:
        """Block until probing settled our name and return it; raises DiscoveryUnavailable."""
        registration = self._registration
        if registration is None:
            raise RuntimeError("LanDiscovery was never started")
        try:
            return registration.result(timeout)
        except concurrent.futures.TimeoutError as exc:
            raise DiscoveryUnavailable(f"not registered within {timeout} s") from exc

    def refresh_interfaces(self) -> AddressChange | None:
        """Rebind to the current interfaces and re-announce on the current addresses.

        Re-announces even when nothing changed (the network behind an address may have).
        Returns how the announced addresses changed, or None.
        """
        with self._lifecycle:
            running = self._running
            if running is None:
                raise RuntimeError("LanDiscovery is not running")
            current = self._read_addresses(running.watched)
            return _run_in_loop(running.zc, self._async_refresh(running, current, force=True))

    def peers(self) -> tuple[PeerSighting, ...]:
        """The peers currently visible, ordered by service name; never our own advert."""
        return self._watch.snapshot()

    def stop(self) -> None:
        """Withdraw our service and close zeroconf; no thread survives. Idempotent."""
        with self._lifecycle:
            running = self._running
            if running is None:
                return
            self._running = None
            try:
                _run_in_loop(running.zc, self._async_stop(running))
            except (concurrent.futures.TimeoutError, RuntimeError, ZeroconfError) as exc:
                log.warning("discovery did not shut down cleanly: %s", exc)
            finally:
                running.zc.close()  # sends any goodbyes still due, joins zeroconf's thread
                self._watch.clear()

    def _open_zeroconf(self) -> Zeroconf:
        if self._interfaces is not None:
            return _zeroconf_or_unavailable(list(self._interfaces), None)
        try:
            return Zeroconf(
                interfaces=InterfaceChoice.All, ip_version=IPVersion.All, use_asyncio=False
            )
        except OSError as exc:
            log.info("IPv6 multicast DNS unavailable (%s); using IPv4 only", exc)
        return _zeroconf_or_unavailable(InterfaceChoice.All, IPVersion.V4Only)

    def _read_addresses(self, fallback: frozenset[str]) -> frozenset[str]:
        try:
            return frozenset(normalize_address(a) for a in self._address_source())
        except (OSError, ValueError) as exc:
            log.warning("cannot read interface addresses: %s", exc)
            return fallback

    def _addresses_to_advertise(self, watched: frozenset[str]) -> frozenset[str]:
        if self._advert.addresses is not None:
            return frozenset(normalize_address(a) for a in self._advert.addresses)
        return watched

    # -- on zeroconf's loop ----------------------------------------------------------------

    async def _async_start(self, zc: Zeroconf) -> _Running:
        watched = self._read_addresses(frozenset())
        announcer = Announcer(
            zc,
            self._advert,
            name=self._wanted_name,
            host=self._host,
            addresses=self._addresses_to_advertise(watched),
            on_registered=self._watch.set_own_name,
        )
        running = _Running(zc, announcer, LoopTasks(), asyncio.Lock(), watched)
        self._watch.start(zc)
        announcer.start()
        if self._poll_interval is not None:
            running.tasks.spawn(self._poll(running, self._poll_interval))
        return running

    async def _async_stop(self, running: _Running) -> None:
        await running.tasks.cancel_all()
        await self._watch.close()
        await running.announcer.withdraw()

    async def _poll(self, running: _Running, interval: float) -> None:
        while True:
            await asyncio.sleep(interval)
            current = self._read_addresses(running.watched)
            if diff_addresses(running.watched, current) is not None:
                log.info("interface addresses changed: %s", sorted(current))
                try:
                    await self._async_refresh(running, current, force=False)
                except (OSError, ZeroconfError) as exc:
                    log.warning("cannot re-announce on the new addresses: %s", exc)
            self._watch.reread_known_peers(running.zc)

    async def _async_refresh(
        self, running: _Running, current: frozenset[str], *, force: bool
    ) -> AddressChange | None:
        async with running.refresh_lock:
            interfaces_changed = diff_addresses(running.watched, current) is not None
            running.watched = current
            if self._interfaces is None and (interfaces_changed or force):
                try:
                    await running.zc.async_update_interfaces()
                except (OSError, ZeroconfError) as exc:
                    log.warning("cannot rebind to the current interfaces: %s", exc)
            wanted = self._addresses_to_advertise(current)
            if not wanted:
                log.debug("no address to announce; keeping the previous ones")
                return None
            return await running.announcer.announce_on(wanted, force=force)


def _zeroconf_or_unavailable(
    interfaces: list[str] | InterfaceChoice, ip_version: IPVersion | None
) -> Zeroconf:
    try:
        return Zeroconf(interfaces=interfaces, ip_version=ip_version, use_asyncio=False)
    except OSError as exc:
        raise DiscoveryUnavailable(f"cannot open multicast DNS sockets: {exc}") from exc


def _run_in_loop(zc: Zeroconf, coro: Coroutine[Any, Any, _T]) -> _T:
    loop = zc.loop
    assert loop is not None
    return asyncio.run_coroutine_threadsafe(coro, loop).result(_LOOP_CALL_TIMEOUT_S)
