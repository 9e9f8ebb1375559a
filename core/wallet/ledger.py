"""The ledger: balances, held transfers and red-envelope escrow, folded from clearing records.

Only clearing records move money; an intent alone is pending. Every replica (the clearer's
own included) folds the same records in feed order and checks each one before applying it:
a record that overdraws, mints past the cap, reuses a nonce or pays a share the VRF does not
give is proof that the clearer misbehaved, and so is a second record at a position already
filled. Either freezes the currency here, with the evidence kept; nothing is applied after.

Conservation holds after every record: ``sum(balances) + held + escrow == minted - burned``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from core.crypto import verify_signature
from core.errors import InvalidInput
from core.feeds import ForkProof, check_fork_proof, feed_id_for
from core.ids import EventId, PublicKey
from core.wallet.intents import BurnIntent, RedEnvelopeIntent, SignedIntent, TransferIntent
from core.wallet.issue import ClearingHandover, apply_handover
from core.wallet.lucky_split import expected_share
from core.wallet.records import (
    Cleared,
    ClearedOp,
    ClearingEntry,
    ClearingRecord,
    Escrowed,
    Held,
    Refund,
    Refused,
    Released,
    Returned,
    ReturnReason,
    Share,
)
from core.wallet.values import Currency, clearing_topic

_PAST_HANDOVER = "the outgoing clearer went on clearing after its hand-over"


class ClearerMisbehaved(InvalidInput):
    """A clearing record breaks the ledger's rules: the clearer cannot be trusted."""


@dataclass(frozen=True)
class FreezeEvidence:
    """Why a currency is frozen: a forked clearing feed or a record that breaks the rules."""

    reason: str
    epoch: int
    seq: int
    first: EventId | None = None
    second: EventId | None = None
    proof: ForkProof | None = None


@dataclass(frozen=True)
class EnvelopeState:
    """A red envelope in escrow: its terms, what is left, and the shares paid so far."""

    terms: Escrowed
    remaining: int
    shares: tuple[Share, ...] = ()
    refunded: bool = False

    @property
    def is_open(self) -> bool:
        return not self.refunded and len(self.shares) < self.terms.shares

    @property
    def grabbers(self) -> frozenset[PublicKey]:
        return frozenset(share.grabber for share in self.shares)


@dataclass(frozen=True)
class LedgerState:
    """A comparable snapshot: two replicas that folded the same records have equal states."""

    epoch: int
    position: int
    balances: tuple[tuple[PublicKey, int], ...]
    held: tuple[Held, ...]
    envelopes: tuple[EnvelopeState, ...]
    minted: int
    burned: int
    frozen: bool


@dataclass
class _Books:
    balances: dict[PublicKey, int] = field(default_factory=dict)
    held: dict[EventId, Held] = field(default_factory=dict)
    envelopes: dict[EventId, EnvelopeState] = field(default_factory=dict)
    decided: set[EventId] = field(default_factory=set)
    nonces: set[tuple[PublicKey, bytes]] = field(default_factory=set)
    requests: set[tuple[PublicKey, bytes]] = field(default_factory=set)
    minted: int = 0
    burned: int = 0
    held_total: int = 0
    escrow_total: int = 0


class Ledger:
    """One replica's fold of a currency's clearing feed(s)."""

    def __init__(self, currency: Currency) -> None:
        self._currency = currency
        self._books = _Books()
        self._epoch = currency.epoch
        self._position = 0
        self._applied: dict[tuple[int, int], EventId] = {}
        self._waiting: dict[tuple[int, int], ClearingEntry] = {}
        self._handovers: dict[int, ClearingHandover] = {}
        self._ended: dict[int, int] = {}
        self._frozen: FreezeEvidence | None = None
        self._clearers = {currency.clearing_key}

    # -- reading ---------------------------------------------------------------------------

    @property
    def currency(self) -> Currency:
        return self._currency

    @property
    def position(self) -> tuple[int, int]:
        """(epoch, seq) of the last record applied."""
        return (self._epoch, self._position)

    @property
    def frozen(self) -> FreezeEvidence | None:
        return self._frozen

    @property
    def minted(self) -> int:
        return self._books.minted

    @property
    def burned(self) -> int:
        return self._books.burned

    def balance(self, who: PublicKey) -> int:
        """Cleared money only: pending intents and held transfers are not in it."""
        return self._books.balances.get(who, 0)

    def balances(self) -> dict[PublicKey, int]:
        return dict(self._books.balances)

    @property
    def held_total(self) -> int:
        return self._books.held_total

    @property
    def escrow_total(self) -> int:
        return self._books.escrow_total

    def held(self, transfer: EventId) -> Held | None:
        return self._books.held.get(transfer)

    def held_transfers(self) -> tuple[Held, ...]:
        return tuple(self._books.held.values())

    def envelope(self, envelope: EventId) -> EnvelopeState | None:
        return self._books.envelopes.get(envelope)

    def envelopes(self) -> tuple[EnvelopeState, ...]:
        return tuple(self._books.envelopes.values())

    def is_decided(self, event: EventId) -> bool:
        """True when a record already decided this intent (or accept, decline, grab)."""
        return event in self._books.decided

    def nonce_used(self, payer: PublicKey, nonce: bytes) -> bool:
        return (payer, nonce) in self._books.nonces

    def request_used(self, payee: PublicKey, nonce: bytes) -> bool:
        return (payee, nonce) in self._books.requests

    def conservation_holds(self) -> bool:
        books = self._books
        recounted = (
            sum(held.amount for held in books.held.values()),
            sum(envelope.remaining for envelope in books.envelopes.values()),
        )
        total = sum(books.balances.values()) + books.held_total + books.escrow_total
        return (
            total == books.minted - books.burned
            and recounted == (books.held_total, books.escrow_total)
            and all(value > 0 for value in books.balances.values())
        )

    def pending(self, intents: Iterable[SignedIntent]) -> list[SignedIntent]:
        """The intents no record has decided yet: shown as pending, never final or spendable."""
        return [intent for intent in intents if intent.event_id not in self._books.decided]

    def pending_for(self, who: PublicKey, intents: Iterable[SignedIntent]) -> list[SignedIntent]:
        """The undecided intents ``who`` signed or is paid by: their pending view."""
        return [
            intent
            for intent in self.pending(intents)
            if who in (intent.author, getattr(intent.intent, "payee", None))
        ]

    def available(self, who: PublicKey, intents: Iterable[SignedIntent]) -> int:
        """What ``who`` can still promise: the balance less their own undecided outgoing intents.

        Incoming pending money never counts; the clearer refuses whatever overdraws anyway.
        """
        outgoing = 0
        for signed in self.pending(intents):
            intent = signed.intent
            if signed.author == who and isinstance(intent, TransferIntent | BurnIntent):
                outgoing += intent.amount
            elif signed.author == who and isinstance(intent, RedEnvelopeIntent):
                outgoing += intent.total
        return max(0, self.balance(who) - outgoing)

    def state(self) -> LedgerState:
        books = self._books
        return LedgerState(
            self._epoch,
            self._position,
            tuple(sorted(books.balances.items())),
            tuple(sorted(books.held.values(), key=lambda held: held.intent)),
            tuple(sorted(books.envelopes.values(), key=lambda env: env.terms.intent)),
            books.minted,
            books.burned,
            self._frozen is not None,
        )

    # -- folding ---------------------------------------------------------------------------

    def receive(self, entry: ClearingEntry) -> tuple[ClearingEntry, ...]:
        """Take a record in any order, any number of times; returns those applied now."""
        if self._frozen is not None:
            return ()
        key = (entry.epoch, entry.seq)
        known = self._applied.get(key)
        if known is not None:
            if known != entry.event_id:
                self._freeze(FreezeEvidence("fork", entry.epoch, entry.seq, known, entry.event_id))
            return ()
        if entry.seq > self._ended.get(entry.epoch, entry.seq):
            self._freeze(FreezeEvidence(_PAST_HANDOVER, entry.epoch, entry.seq, entry.event_id))
            return ()
        if entry.seq < 1 or entry.epoch < self._epoch:
            return ()
        if entry.epoch == self._epoch and entry.seq <= self._position:
            return ()  # pragma: no cover - every applied position is in _applied
        waiting = self._waiting.get(key)
        if waiting is not None and waiting.event_id != entry.event_id:
            self._freeze(
                FreezeEvidence("fork", entry.epoch, entry.seq, waiting.event_id, entry.event_id)
            )
            return ()
        self._waiting[key] = entry
        return self._drain()

    def hand_over(self, handover: ClearingHandover) -> tuple[ClearingEntry, ...]:
        """Take the issuer's hand-over; the new clearer's records apply once the old ones end.

        InvalidInput when the issuer did not sign it for this currency.
        """
        if handover.currency != self._currency.id or not verify_signature(
            self._currency.issuer, handover.signed_bytes(), handover.signature
        ):
            raise InvalidInput("this hand-over is not signed by the currency's issuer")
        if handover.epoch <= self._epoch or handover.epoch in self._handovers:
            return ()
        self._handovers[handover.epoch] = handover
        self._clearers.add(handover.clearer)
        self._ended[handover.epoch - 1] = handover.after
        return self._drain()

    def freeze(self, proof: ForkProof) -> None:
        """The feed layer proved the clearer signed two histories: stop here, keep the proof.

        InvalidInput when the proof does not verify or convicts another feed.
        """
        author, feed_id, _ = check_fork_proof(proof)
        if feed_id != feed_id_for(clearing_topic(self._currency.id)) or author not in (
            self._clearers
        ):
            raise InvalidInput("this fork proof is not about this currency's clearing feed")
        if self._frozen is None:
            self._freeze(FreezeEvidence("fork", self._epoch, self._position, proof=proof))

    def _freeze(self, evidence: FreezeEvidence) -> None:
        self._frozen = evidence
        self._waiting.clear()

    def _drain(self) -> tuple[ClearingEntry, ...]:
        applied: list[ClearingEntry] = []
        while self._frozen is None:
            following = self._handovers.get(self._epoch + 1)
            if following is not None and self._position >= following.after:
                if self._position > following.after:
                    self._freeze(FreezeEvidence(_PAST_HANDOVER, self._epoch, self._position))
                    break
                self._currency = apply_handover(self._currency, following)
                self._epoch, self._position = following.epoch, 0
                continue
            entry = self._waiting.pop((self._epoch, self._position + 1), None)
            if entry is None:
                break
            try:
                self._apply(entry)
            except ClearerMisbehaved as exc:
                self._freeze(FreezeEvidence(str(exc), entry.epoch, entry.seq, entry.event_id))
                break
            self._applied[(entry.epoch, entry.seq)] = entry.event_id
            self._position = entry.seq
            applied.append(entry)
        return tuple(applied)

    def _apply(self, entry: ClearingEntry) -> None:
        """Check ``entry`` against the books, then apply it; a bad record changes nothing."""
        record = entry.record
        books = self._books
        for event in _decides(record):
            _require(event not in books.decided, "a record decides an intent twice")
        if isinstance(record, Cleared):
            self._apply_cleared(record)
        elif isinstance(record, Held):
            _require(record.payer != record.payee, "a transfer to oneself was held")
            self._spend(record.payer, record.amount, record.nonce)
            books.held[record.intent] = record
            books.held_total += record.amount
        elif isinstance(record, Released | Returned):
            self._settle(record, entry.timestamp_ms)
        elif isinstance(record, Escrowed):
            self._spend(record.sender, record.total, record.nonce)
            books.envelopes[record.intent] = EnvelopeState(record, record.total)
            books.escrow_total += record.total
        elif isinstance(record, Share):
            self._apply_share(record, entry.timestamp_ms)
        elif isinstance(record, Refund):
            envelope = books.envelopes.get(record.envelope)
            _require(envelope is not None and envelope.is_open, "a refund of no open envelope")
            assert envelope is not None
            _require(record.amount == envelope.remaining, "a refund of the wrong amount")
            _require(entry.timestamp_ms >= envelope.terms.expires_ms, "a refund before expiry")
            self._credit(envelope.terms.sender, record.amount)
            books.envelopes[record.envelope] = replace(envelope, remaining=0, refunded=True)
            books.escrow_total -= record.amount
        else:
            assert isinstance(record, Refused)
        books.decided.update(_decides(record))

    def _apply_cleared(self, record: Cleared) -> None:
        books = self._books
        if record.op == ClearedOp.MINT:
            cap = self._currency.cap
            _require(cap is None or books.minted + record.amount <= cap, "a mint over the cap")
            self._use_nonce(self._currency.issuer, record.nonce)
            books.minted += record.amount
        else:
            assert record.payer is not None
            _require(record.payer != record.payee, "a transfer to oneself was cleared")
            request = None if record.request is None else (record.payee, record.request)
            _require(request not in books.requests, "a payment request was paid twice")
            self._spend(record.payer, record.amount, record.nonce)
            if request is not None:
                assert record.payee is not None
                books.requests.add((record.payee, request[1]))
            if record.op == ClearedOp.BURN:
                books.burned += record.amount
        if record.payee is not None:
            self._credit(record.payee, record.amount)

    def _settle(self, record: Released | Returned, timestamp_ms: int) -> None:
        held = self._books.held.get(record.intent)
        _require(held is not None, "a settlement of no held transfer")
        assert held is not None
        if isinstance(record, Released):
            _require(timestamp_ms < held.expires_ms, "an accept after expiry")
        elif record.reason == ReturnReason.EXPIRED:
            _require(timestamp_ms >= held.expires_ms, "a return before expiry")
        del self._books.held[record.intent]
        self._books.held_total -= held.amount
        self._credit(held.payee if isinstance(record, Released) else held.payer, held.amount)

    def _apply_share(self, record: Share, timestamp_ms: int) -> None:
        envelope = self._books.envelopes.get(record.envelope)
        _require(envelope is not None and envelope.is_open, "a share of no open envelope")
        assert envelope is not None
        terms = envelope.terms
        _require(timestamp_ms < terms.expires_ms, "a share after expiry")
        _require(record.number == len(envelope.shares) + 1, "a share out of turn")
        _require(record.grabber not in envelope.grabbers, "a second share for one member")
        _require(
            terms.exclusive is None or record.grabber == terms.exclusive,
            "a share of an exclusive envelope for someone else",
        )
        wanted = expected_share(
            terms,
            envelope.remaining,
            record.number,
            record.grab,
            self._currency.vrf_key,
            record.proof or b"",
        )
        _require(wanted == record.amount, "a share the envelope's rule does not give")
        self._credit(record.grabber, record.amount)
        self._books.escrow_total -= record.amount
        self._books.envelopes[record.envelope] = replace(
            envelope,
            remaining=envelope.remaining - record.amount,
            shares=(*envelope.shares, record),
        )

    def _spend(self, payer: PublicKey, amount: int, nonce: bytes) -> None:
        _require(self.balance(payer) >= amount, "an overdraft was cleared")
        self._use_nonce(payer, nonce)
        self._credit(payer, -amount)

    def _use_nonce(self, payer: PublicKey, nonce: bytes) -> None:
        _require((payer, nonce) not in self._books.nonces, "a nonce was used twice")
        self._books.nonces.add((payer, nonce))

    def _credit(self, who: PublicKey, amount: int) -> None:
        balance = self._books.balances.get(who, 0) + amount
        if balance:
            self._books.balances[who] = balance
        else:
            self._books.balances.pop(who, None)


def _decides(record: ClearingRecord) -> tuple[EventId, ...]:
    if isinstance(record, Cleared | Refused | Held | Escrowed):
        return (record.intent,)
    if isinstance(record, Released):
        return (record.by,)
    if isinstance(record, Returned):
        return () if record.by is None else (record.by,)
    if isinstance(record, Share):
        return (record.grab,)
    return ()


def _require(condition: bool, problem: str) -> None:
    if not condition:
        raise ClearerMisbehaved(problem)
