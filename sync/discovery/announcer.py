"""Our own service on zeroconf's loop: register it, re-announce it on new addresses, withdraw it.

Registration probes for the name first (RFC 6762 §8); with ``allow_name_change`` zeroconf
renames us (``-2``, ``-3``, ...) if another responder already holds it. The outcome is
published on ``registration`` (a thread-safe future) and passed to ``on_registered``.

Every method except ``registration`` runs on zeroconf's loop.
"""

from __future__ import annotations

import concurrent.futures
import logging
from collections.abc import Callable

from zeroconf import Error as ZeroconfError
from zeroconf import Zeroconf

from sync.discovery.addresses import AddressChange, diff_addresses
from sync.discovery.advert import ServiceAdvert
from sync.discovery.errors import DiscoveryUnavailable
from sync.discovery.loop_tasks import LoopTasks, finish_broadcast
from sync.discovery.records import address_goodbye, service_info

log = logging.getLogger(__name__)


class Announcer:
    """Registers ``advert`` under ``name`` (or a renamed variant) on ``host`` at ``addresses``."""

    def __init__(
        self,
        zc: Zeroconf,
        advert: ServiceAdvert,
        *,
        name: str,
        host: str,
        addresses: frozenset[str],
        on_registered: Callable[[str], None],
    ) -> None:
        self._zc = zc
        self._info = service_info(advert, name, host, addresses)
        self._advertised = addresses
        self._on_registered = on_registered
        self._registered = False
        self._tasks = LoopTasks()
        self.registration: concurrent.futures.Future[str] = concurrent.futures.Future()

    def start(self) -> None:
        """Begin probing and registering in the background."""
        self._tasks.spawn(self._register())

    async def announce_on(self, wanted: frozenset[str], *, force: bool) -> AddressChange | None:
        """Announce ``wanted`` as our addresses; re-announce anyway when ``force``.

        Addresses we drop get a goodbye (TTL 0): ``update_service`` alone only announces the
        new records, and peers would keep the old ones until their TTL (120 s) ran out.
        Returns how the announced addresses changed, or None.
        """
        change = diff_addresses(self._advertised, wanted)
        if change is None and not force:
            return None
        self._advertised = wanted
        self._info.addresses = sorted(wanted)
        if not self._registered:
            return change  # the registration in progress announces the new addresses
        goodbye = address_goodbye(self._info, change.removed) if change else None
        if goodbye is not None:
            self._zc.async_send(goodbye)
        # The first announcement goes out now; its two repeats follow without us waiting.
        self._tasks.spawn(finish_broadcast(await self._zc.async_update_service(self._info)))
        return change

    async def withdraw(self) -> None:
        """Stop probing or announcing, and send goodbyes if we were registered."""
        await self._tasks.cancel_all()
        if not self.registration.done():
            self.registration.set_exception(DiscoveryUnavailable("stopped before registering"))
        if self._registered:
            self._registered = False
            await finish_broadcast(await self._zc.async_unregister_service(self._info))

    async def _register(self) -> None:
        info = self._info
        try:
            announced = await self._zc.async_register_service(info, allow_name_change=True)
        except (ZeroconfError, OSError) as exc:
            log.warning("cannot register %r: %s", info.name, exc)
            self.registration.set_exception(DiscoveryUnavailable(f"cannot register {info.name!r}"))
            return
        self._registered = True
        self._on_registered(info.name)
        self.registration.set_result(info.name)
        log.debug("registered %s at %s", info.name, sorted(self._advertised))
        await finish_broadcast(announced)
