"""Test doubles for discovery: a recording listener, started nodes, a raw zeroconf peer."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Any

from zeroconf import ServiceInfo, Zeroconf

from sync.discovery import SERVICE_TYPE, LanDiscovery, PeerSighting, ServiceAdvert

LOOPBACK = "127.0.0.1"

Event = tuple[str, PeerSighting | str]


class RecordingListener:
    """Records ``("up", sighting)`` and ``("down", service_name)`` in arrival order.

    Other test processes, or a real Hutong on this host, may announce on loopback too, so
    tests look only at the peers they started: ``ups(ids)`` and ``downs(names)`` filter.
    """

    def __init__(self) -> None:
        self.events: list[Event] = []
        self._changed = threading.Condition()

    def peer_up(self, sighting: PeerSighting) -> None:
        with self._changed:
            self.events.append(("up", sighting))
            self._changed.notify_all()

    def peer_down(self, service_name: str) -> None:
        with self._changed:
            self.events.append(("down", service_name))
            self._changed.notify_all()

    def ups(self, ids: Collection[str] | None = None) -> list[PeerSighting]:
        """Sightings announced up, optionally only those of the device ids ``ids``."""
        with self._changed:
            found = [s for kind, s in self.events if kind == "up" and isinstance(s, PeerSighting)]
        return [s for s in found if ids is None or s.device_id_hint in ids]

    def downs(self, names: Collection[str] | None = None) -> list[str]:
        """Service names announced down, optionally only those in ``names``."""
        with self._changed:
            found = [n for kind, n in self.events if kind == "down" and isinstance(n, str)]
        return [n for n in found if names is None or n in names]

    def latest(self, device_id: str) -> PeerSighting | None:
        """The last sighting announced for ``device_id``."""
        found = [s for s in self.ups() if s.device_id_hint == device_id]
        return found[-1] if found else None

    def wait_for(self, condition: Callable[[], bool], timeout: float, what: str) -> None:
        """Block until ``condition()`` holds after some event; fail the test after ``timeout``."""
        with self._changed:
            if not self._changed.wait_for(condition, max(timeout, 0.0)):
                raise AssertionError(f"timed out after {timeout:.1f} s waiting for {what}")


@dataclass
class Node:
    """One LanDiscovery with the listener that records what it reports."""

    discovery: LanDiscovery
    listener: RecordingListener
    advert: ServiceAdvert

    @property
    def device_id(self) -> str:
        return self.advert.device_id

    def sees(self, other: Node) -> bool:
        return any(p.device_id_hint == other.device_id for p in self.discovery.peers())

    def peer_names(self, among: Collection[str]) -> set[str]:
        """The service names this node lists as peers, out of ``among``."""
        return {p.service_name for p in self.discovery.peers()} & set(among)


StartNode = Callable[..., Node]


class RawZeroconf:
    """A plain zeroconf responder on 127.0.0.1, for adverts LanDiscovery would never send."""

    def __init__(self) -> None:
        self.zc = Zeroconf(interfaces=[LOOPBACK])

    def _in_loop(self, coro: Any) -> Any:
        assert self.zc.loop is not None
        return asyncio.run_coroutine_threadsafe(coro, self.zc.loop).result(5)

    def register(self, info: ServiceInfo) -> None:
        """Announce ``info`` at once: no probing, no waiting for the announcements."""
        self._in_loop(self.zc.async_register_service(info, cooperating_responders=True))

    def update(self, info: ServiceInfo) -> None:
        """Re-announce ``info`` the way zeroconf does: new records, no goodbyes."""
        self._in_loop(self.zc.async_update_service(info))

    def close(self) -> None:
        self.zc.close()


def raw_info(
    instance: str, properties: dict[str, str | None], port: int = 4000, address: str = LOOPBACK
) -> ServiceInfo:
    """A ServiceInfo for RawZeroconf, TXT and all exactly as given."""
    return ServiceInfo(
        SERVICE_TYPE,
        f"{instance}.{SERVICE_TYPE}",
        port=port,
        properties=properties,
        server=f"{instance}.local.",
        parsed_addresses=[address],
    )
