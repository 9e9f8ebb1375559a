"""Turns zeroconf's browser events into PeerSightings and listener calls.

For every added or updated service a *follower* task resolves it (concurrently with the
others, 3 s timeout) and keeps resolving while changes keep coming. RFC 6762 §10.2 lets
records replaced by a cache-flush announcement linger for one second, so a peer that changed
addresses without goodbyes first resolves with old and new ones; the follower resolves once
more, from the cache, after ``CACHE_FLUSH_SETTLE_S``. ``reread_known_peers`` (called by the
poller) catches flushes and expiries that come later still and that no event announces.

Runs on zeroconf's loop; ``snapshot`` and ``clear`` may be called from any thread.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from zeroconf import Error as ZeroconfError
from zeroconf import ServiceInfo, ServiceStateChange, Zeroconf
from zeroconf.asyncio import AsyncServiceBrowser, AsyncServiceInfo

from sync.discovery.errors import MalformedAdvert
from sync.discovery.listener import DiscoveryListener
from sync.discovery.loop_tasks import LoopTasks
from sync.discovery.naming import SERVICE_TYPE
from sync.discovery.peer_table import PeerTable
from sync.discovery.sighting import PeerSighting, sighting_from_service

log = logging.getLogger(__name__)

Clock = Callable[[], float]

RESOLVE_TIMEOUT_MS = 3000
CACHE_FLUSH_SETTLE_S = 1.2

_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class _Follower:
    """The task resolving one service name, and how to tell it the records changed."""

    task: asyncio.Task[None]
    wakeup: asyncio.Event


class PeerWatch:
    """Browses ``_hutong._tcp`` and keeps the peer table, telling ``listener`` what changed."""

    def __init__(self, listener: DiscoveryListener, own_device_id: str, clock: Clock) -> None:
        self._listener = listener
        self._clock = clock
        self._table = PeerTable(own_device_id)
        self._table_lock = threading.Lock()
        self._followers: dict[str, _Follower] = {}
        self._tasks = LoopTasks()
        self._browser: AsyncServiceBrowser | None = None

    def snapshot(self) -> tuple[PeerSighting, ...]:
        """The peers currently visible, ordered by service name (any thread)."""
        with self._table_lock:
            return self._table.snapshot()

    def clear(self) -> None:
        """Forget every peer and our own name, without telling the listener (any thread)."""
        with self._table_lock:
            self._table.clear()

    def set_own_name(self, service_name: str) -> None:
        """Our registered name: never a peer, never resolved."""
        with self._table_lock:
            self._table.own_service_name = service_name

    def start(self, zc: Zeroconf) -> None:
        """Start browsing on ``zc``."""
        self._browser = AsyncServiceBrowser(zc, [SERVICE_TYPE], handlers=[self._on_change])

    async def close(self) -> None:
        """Stop browsing and cancel every resolution."""
        if self._browser is not None:
            await self._browser.async_cancel()
            self._browser = None
        await self._tasks.cancel_all()
        self._followers.clear()

    def reread_known_peers(self, zc: Zeroconf) -> None:
        """Re-read every known peer from zeroconf's cache (no traffic), reporting changes."""
        for sighting in self.snapshot():
            name = sighting.service_name
            if name in self._followers:
                continue
            info = AsyncServiceInfo(SERVICE_TYPE, name)
            if info.load_from_cache(zc):
                self._apply(name, info)

    def _on_change(
        self,
        *,
        zeroconf: Zeroconf,
        service_type: str,
        name: str,
        state_change: ServiceStateChange,
    ) -> None:
        if state_change is ServiceStateChange.Removed:
            gone = self._followers.pop(name, None)
            if gone is not None:
                gone.task.cancel()
            self._drop(name)
            return
        with self._table_lock:
            if self._table.is_own_name(name):
                return
        follower = self._followers.get(name)
        if follower is not None:
            follower.wakeup.set()
            return
        wakeup = asyncio.Event()
        task = self._tasks.spawn(self._follow(zeroconf, name, wakeup))
        self._followers[name] = _Follower(task, wakeup)
        task.add_done_callback(functools.partial(self._forget_follower, name))

    def _forget_follower(self, name: str, task: asyncio.Task[None]) -> None:
        follower = self._followers.get(name)
        if follower is not None and follower.task is task:
            del self._followers[name]

    async def _follow(self, zc: Zeroconf, name: str, wakeup: asyncio.Event) -> None:
        """Resolve ``name`` until it stops changing, then once more after a cache flush."""
        settled = False
        while True:
            wakeup.clear()
            await self._resolve(zc, name)
            if wakeup.is_set():
                settled = False
                continue
            if settled:
                return
            try:
                await asyncio.wait_for(wakeup.wait(), CACHE_FLUSH_SETTLE_S)
            except TimeoutError:
                settled = True

    async def _resolve(self, zc: Zeroconf, name: str) -> None:
        try:
            info = AsyncServiceInfo(SERVICE_TYPE, name)
            complete = await info.async_request(zc, RESOLVE_TIMEOUT_MS)
        except ZeroconfError as exc:  # e.g. a name zeroconf itself rejects
            log.debug("ignoring service %r: %s", name, exc)
            return
        if not complete:
            log.debug("no complete answer for %r", name)
            return
        self._apply(name, info)

    def _apply(self, name: str, info: ServiceInfo) -> None:
        try:
            sighting = sighting_from_service(
                service_name=name,
                properties=info.properties,
                addresses=info.parsed_scoped_addresses(),
                port=info.port,
                now=self._clock(),
            )
        except MalformedAdvert as exc:
            log.debug("ignoring service %r: %s", name, exc)
            self._drop(name)
            return
        with self._table_lock:
            if self._table.is_own(sighting):
                went_up, went_down = False, self._table.forget(name)
            else:
                went_up, went_down = self._table.observe(sighting), False
        if went_down:
            self._notify(self._listener.peer_down, name)
        if went_up:
            self._notify(self._listener.peer_up, sighting)

    def _drop(self, name: str) -> None:
        with self._table_lock:
            known = self._table.forget(name)
        if known:
            self._notify(self._listener.peer_down, name)

    def _notify(self, callback: Callable[[_T], None], argument: _T) -> None:
        try:
            callback(argument)
        except Exception:  # the listener is an edge: it must not break zeroconf's loop
            log.exception("discovery listener failed in %s", callback)
