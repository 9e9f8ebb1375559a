"""Everything sync knows about peers: where to dial them, their state, and why they failed.

Entries are keyed by identity once known, and by address before that (an mDNS sighting or a
manual ``host:port`` whose owner we have not met). Touched only on the sync loop's thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from core.errors import InvalidInput
from core.identity import decode_card
from sync.backoff import Backoff
from sync.status import PeerSource, PeerState, PeerStatus

Address = tuple[str, int]


def address_text(address: Address) -> str:
    host, port = address
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


@dataclass
class _Entry:
    key: str
    identity: bytes | None
    source: PeerSource
    name: str = ""
    card_text: str | None = None
    addresses: dict[Address, PeerSource] = field(default_factory=dict)
    mdns_names: set[str] = field(default_factory=set)
    state: PeerState = PeerState.DISCOVERED
    reason: str = ""
    last_seen_ms: int = 0
    failures: int = 0
    next_dial: float = 0.0
    dialing: bool = False
    connected: bool = False
    events_received: int = 0
    events_sent: int = 0

    def status(self) -> PeerStatus:
        return PeerStatus(
            key=self.key,
            identity=self.identity,
            name=self.name,
            card_text=self.card_text,
            addresses=tuple(address_text(a) for a in self.addresses),
            state=self.state,
            source=self.source,
            reason=self.reason,
            last_seen_ms=self.last_seen_ms,
            events_received=self.events_received,
            events_sent=self.events_sent,
        )


class PeerBook:
    """Peers by identity (or address), with dialling schedule and status."""

    def __init__(
        self,
        now: Callable[[], float],
        wall_ms: Callable[[], int],
        random: Callable[[], float],
        backoff: Backoff | None = None,
    ) -> None:
        self._now = now
        self._wall_ms = wall_ms
        self._random = random
        self._backoff = backoff or Backoff()
        self._entries: dict[str, _Entry] = {}

    # -- learning about peers ------------------------------------------------------------------

    def _by_identity(self, identity: bytes) -> _Entry | None:
        return self._entries.get(identity.hex())

    def _entry_for(
        self, identity: bytes | None, address: Address | None, source: PeerSource
    ) -> _Entry:
        if identity is not None:
            entry = self._by_identity(identity)
            if entry is None:
                entry = _Entry(identity.hex(), identity, source)
                self._entries[entry.key] = entry
            if address is not None:
                stray = self._entries.pop(f"@{address_text(address)}", None)
                if stray is not None:
                    entry.addresses.update(stray.addresses)
                    entry.mdns_names |= stray.mdns_names
            return entry
        assert address is not None
        for entry in self._entries.values():
            if address in entry.addresses:
                return entry
        key = f"@{address_text(address)}"
        entry = self._entries.setdefault(key, _Entry(key, None, source))
        return entry

    def saw_mdns(self, service: str, identity_hint: bytes | None, addresses: list[Address]) -> None:
        if not addresses:
            return
        entry = self._entry_for(identity_hint, addresses[0], PeerSource.MDNS)
        entry.mdns_names.add(service)
        for address in addresses:
            entry.addresses.setdefault(address, PeerSource.MDNS)
        entry.last_seen_ms = self._wall_ms()
        if not entry.connected and not entry.dialing:
            entry.next_dial = min(entry.next_dial, self._now())
            if entry.state is PeerState.FAILED and entry.failures == 0:
                entry.state = PeerState.DISCOVERED

    def lost_mdns(self, service: str) -> None:
        for key, entry in list(self._entries.items()):
            if service in entry.mdns_names:
                entry.mdns_names.discard(service)
                for address, source in list(entry.addresses.items()):
                    if source is PeerSource.MDNS and not entry.mdns_names:
                        del entry.addresses[address]
                if not entry.addresses and not entry.connected and entry.identity is None:
                    del self._entries[key]

    def add_address(self, identity: bytes | None, address: Address, source: PeerSource) -> None:
        """A manual, card or remembered address: dial it (now for manual ones)."""
        entry = self._entry_for(identity, address, source)
        entry.addresses.setdefault(address, source)
        if source is PeerSource.MANUAL:
            entry.failures = 0
            entry.next_dial = self._now()

    # -- connections -----------------------------------------------------------------------------

    def due(self) -> list[tuple[str, Address, bytes | None]]:
        """Entries to dial now: (key, one address to try, expected identity)."""
        now = self._now()
        found = []
        for entry in self._entries.values():
            if entry.connected or entry.dialing or entry.next_dial > now or not entry.addresses:
                continue
            addresses = list(entry.addresses)
            address = addresses[entry.failures % len(addresses)]
            found.append((entry.key, address, entry.identity))
        return found

    def dialing(self, key: str) -> None:
        entry = self._entries.get(key)
        if entry is not None:
            entry.dialing = True
            entry.state = PeerState.CONNECTING
            entry.reason = ""

    def dial_failed(self, key: str, reason: str) -> None:
        entry = self._entries.get(key)
        if entry is None:
            return
        entry.dialing = False
        entry.failures += 1
        entry.state = PeerState.FAILED
        entry.reason = reason
        entry.next_dial = self._now() + self._backoff.delay(entry.failures, self._random())

    def connected(
        self,
        identity: bytes,
        hello: bytes,
        address: Address | None,
        *,
        incoming: bool,
        dial_key: str | None = None,
    ) -> None:
        if dial_key is not None and dial_key != identity.hex():
            stray = self._entries.pop(dial_key, None)
        else:
            stray = None
        entry = self._entry_for(
            identity, None, PeerSource.INCOMING if incoming else PeerSource.MANUAL
        )
        if stray is not None:
            entry.addresses.update(stray.addresses)
            entry.mdns_names |= stray.mdns_names
            entry.source = stray.source
        if address is not None and not incoming:
            entry.addresses.setdefault(address, entry.source)
        try:
            card = decode_card(hello.decode("ascii", errors="replace"))
        except InvalidInput:
            card = None
        if card is not None and card.identity_key == identity:
            entry.name = card.name
            entry.card_text = card.to_text()
        entry.connected = True
        entry.dialing = False
        entry.failures = 0
        entry.state = PeerState.SYNCING
        entry.reason = ""
        entry.last_seen_ms = self._wall_ms()

    def session_state(
        self, identity: bytes, state: PeerState, sent: int = 0, received: int = 0
    ) -> None:
        entry = self._by_identity(identity)
        if entry is not None and entry.connected:
            entry.state = state
            entry.events_sent = sent
            entry.events_received = received
            entry.last_seen_ms = self._wall_ms()

    def disconnected(self, identity: bytes, reason: str, *, penalty: float = 0.0) -> None:
        entry = self._by_identity(identity)
        if entry is None:
            return
        entry.connected = False
        entry.dialing = False
        entry.failures += 1
        entry.state = PeerState.FAILED if reason else PeerState.DISCOVERED
        entry.reason = reason
        wait = self._backoff.delay(entry.failures, self._random())
        entry.next_dial = self._now() + max(wait, penalty)

    def is_connected(self, identity: bytes) -> bool:
        entry = self._by_identity(identity)
        return entry is not None and entry.connected

    def snapshot(self) -> tuple[PeerStatus, ...]:
        return tuple(
            sorted(
                (e.status() for e in self._entries.values()),
                key=lambda s: (s.name.casefold(), s.key),
            )
        )
