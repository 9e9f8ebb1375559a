"""Everything sync knows about peers: where to dial them, their state, why they failed, and
the penalty of those that misbehaved.

Entries are keyed by identity once known, and by address before that (an mDNS sighting or a
manual ``host:port`` whose owner we have not met). Touched only on the sync loop's thread.

Identities cost nothing to make, so strangers are kept on a short leash: a peer known from a
contact's card, a remembered address or an address added by hand is kept for good; any other
(seen by mDNS, or connecting to us) is a stranger, forgotten once it has been gone for
``stranger_ttl`` and its penalty is over, and at most ``max_strangers`` of them are kept
(the least recently active goes first). A connected or dialled peer is never forgotten.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from core.errors import InvalidInput
from core.identity import decode_card
from sync.backoff import Backoff
from sync.status import PeerSource, PeerState, PeerStatus

Address = tuple[str, int]
MAX_STRANGERS = 256
STRANGER_TTL = 1800.0
PENALTY_BASE = 60.0
PENALTY_CEILING = 3600.0
_KEPT_SOURCES = frozenset({PeerSource.MANUAL, PeerSource.CARD, PeerSource.REMEMBERED})


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
    last_active: float = 0.0  # monotonic: last sighting, connection or session activity
    strikes: int = 0
    penalty_until: float = 0.0

    @property
    def known(self) -> bool:
        """Known through a card, a remembered or a manual address."""
        return self.source in _KEPT_SOURCES or any(
            source in _KEPT_SOURCES for source in self.addresses.values()
        )

    @property
    def kept(self) -> bool:
        """Known, or in use: never forgotten."""
        return self.known or self.connected or self.dialing

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
        *,
        max_strangers: int = MAX_STRANGERS,
        stranger_ttl: float = STRANGER_TTL,
    ) -> None:
        self._now = now
        self._wall_ms = wall_ms
        self._random = random
        self._backoff = backoff or Backoff()
        self._max_strangers = max_strangers
        self._stranger_ttl = stranger_ttl
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
                entry = self._add(_Entry(identity.hex(), identity, source))
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
        return self._entries.get(key) or self._add(_Entry(key, None, source))

    def _add(self, entry: _Entry) -> _Entry:
        entry.last_active = self._now()
        self._entries[entry.key] = entry
        self._forget_strangers(keep=entry)
        return entry

    def saw_mdns(self, service: str, identity_hint: bytes | None, addresses: list[Address]) -> None:
        if not addresses:
            return
        entry = self._entry_for(identity_hint, addresses[0], PeerSource.MDNS)
        entry.mdns_names.add(service)
        for address in addresses:
            entry.addresses.setdefault(address, PeerSource.MDNS)
        entry.last_seen_ms = self._wall_ms()
        entry.last_active = self._now()
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
            if (
                entry.connected
                or entry.dialing
                or max(entry.next_dial, entry.penalty_until) > now
                or not entry.addresses
            ):
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
        entry.last_active = self._now()

    def session_state(
        self, identity: bytes, state: PeerState, sent: int = 0, received: int = 0
    ) -> None:
        entry = self._by_identity(identity)
        if entry is not None and entry.connected:
            entry.state = state
            entry.events_sent = sent
            entry.events_received = received
            entry.last_seen_ms = self._wall_ms()
            entry.last_active = self._now()

    def disconnected(self, identity: bytes, reason: str) -> None:
        entry = self._by_identity(identity)
        if entry is None:
            return
        entry.connected = False
        entry.dialing = False
        entry.failures += 1
        entry.state = PeerState.FAILED if reason else PeerState.DISCOVERED
        entry.reason = reason
        entry.last_active = self._now()
        wait = self._backoff.delay(entry.failures, self._random())
        entry.next_dial = max(self._now() + wait, entry.penalty_until)

    # -- penalties ------------------------------------------------------------------------------

    def penalise(self, identity: bytes) -> float:
        """The peer misbehaved: ignore it for 60 s, doubling with each strike up to an hour."""
        entry = self._by_identity(identity) or self._add(
            _Entry(identity.hex(), identity, PeerSource.INCOMING)
        )
        entry.strikes += 1
        penalty = min(PENALTY_CEILING, PENALTY_BASE * 2.0 ** (entry.strikes - 1))
        entry.penalty_until = self._now() + penalty
        entry.next_dial = max(entry.next_dial, entry.penalty_until)
        return penalty

    def penalty_left(self, identity: bytes) -> float:
        """Seconds for which this peer is still ignored (0 when it is not)."""
        entry = self._by_identity(identity)
        return 0.0 if entry is None else max(0.0, entry.penalty_until - self._now())

    # -- forgetting strangers --------------------------------------------------------------------

    def forget_strangers(self) -> None:
        """Drop strangers gone for longer than the TTL (their penalty over), then cap them."""
        self._forget_strangers(keep=None)

    def _forget_strangers(self, keep: _Entry | None) -> None:
        now = self._now()
        strangers = [e for e in self._entries.values() if not e.kept and e is not keep]
        for entry in strangers:
            gone = not entry.mdns_names and now - entry.last_active > self._stranger_ttl
            if gone and entry.penalty_until <= now:
                del self._entries[entry.key]
        strangers = [e for e in strangers if e.key in self._entries]
        room = self._max_strangers - (keep is not None and not keep.kept)
        if len(strangers) > room:
            strangers.sort(key=lambda e: e.last_active)
            for entry in strangers[: len(strangers) - room]:
                del self._entries[entry.key]

    @property
    def stranger_count(self) -> int:
        return sum(not e.kept for e in self._entries.values())

    @property
    def penalised_count(self) -> int:
        now = self._now()
        return sum(e.penalty_until > now for e in self._entries.values())

    def __len__(self) -> int:
        return len(self._entries)

    def is_known(self, identity: bytes) -> bool:
        """Whether this peer is known through a card, a remembered or a manual address."""
        entry = self._by_identity(identity)
        return entry is not None and entry.known

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
