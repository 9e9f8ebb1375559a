"""The clearer: decides each intent in arrival order and writes the decision to its feed.

Given the ledger as its own clearing feed folds it and the clearer's clock ``now``, every
intent gets exactly one record: cleared, held, escrowed, a share, or refused with a reason.
Overdrafts, reused nonces, replayed intents and a second intent at a feed position already
taken by the same device (a cloned key) are refused. Held transfers and red envelopes expire
by the clearer's clock: before each decision the clearer first returns what has expired, so
an accept and an expiry of one transfer can never both succeed.

The clearer applies its own records through the same :class:`Ledger` every replica runs, so a
decision that would break the ledger's rules is a bug here, never a silent divergence.
"""

from __future__ import annotations

import heapq
from typing import Protocol

from core.crypto import VrfKeyPair
from core.errors import InvalidInput, NotAllowed
from core.ids import EventId, PublicKey
from core.wallet.intents import (
    AcceptIntent,
    BurnIntent,
    DeclineIntent,
    EnvelopeKind,
    GrabIntent,
    MintIntent,
    SignedIntent,
    TransferIntent,
    envelope_lock,
)
from core.wallet.ledger import Ledger
from core.wallet.lucky_split import fixed_share, grab_alpha, lucky_share
from core.wallet.payment_codes import read_payment_request
from core.wallet.records import (
    Cleared,
    ClearedOp,
    ClearingEntry,
    ClearingRecord,
    Escrowed,
    Held,
    Refund,
    RefusalReason,
    Refused,
    Released,
    Returned,
    ReturnReason,
    Share,
)
from core.wallet.values import ENVELOPE_MS, HOLD_MS


class ClearingFeed(Protocol):
    """Where the clearer's records go: the feed layer signs and stores each one in order."""

    def append(self, record: ClearingRecord, now_ms: int) -> ClearingEntry: ...


class Clearer:
    """Decisions for one currency, by the holder of its clearing and VRF keys."""

    def __init__(self, ledger: Ledger, vrf: VrfKeyPair, feed: ClearingFeed) -> None:
        if vrf.public_key != ledger.currency.vrf_key:
            raise ValueError("this VRF key is not the currency's")
        self._ledger = ledger
        self._vrf = vrf
        self._feed = feed
        self._epoch = ledger.currency.epoch
        self._positions: dict[tuple[PublicKey, int], EventId] = {}
        self._forked: set[PublicKey] = set()
        self._now = 0
        # what may expire, soonest first (settled ones are skipped when they come up)
        self._deadlines: list[tuple[int, EventId]] = [
            (held.expires_ms, held.intent) for held in ledger.held_transfers()
        ] + [(env.terms.expires_ms, env.terms.intent) for env in ledger.envelopes() if env.is_open]
        heapq.heapify(self._deadlines)

    @property
    def ledger(self) -> Ledger:
        return self._ledger

    def next_deadline(self) -> int | None:
        """When the soonest held transfer or red envelope may expire (None: nothing held)."""
        return self._deadlines[0][0] if self._deadlines else None

    def note_forked_device(self, device: PublicKey) -> None:
        """The feed layer proved ``device`` signed two histories: refuse its intents from now."""
        self._forked.add(device)

    def clear(self, intent: SignedIntent, now_ms: int) -> list[ClearingEntry]:
        """What expired by ``now_ms``, then the decision on ``intent`` (none for a replay).

        NotAllowed once a hand-over has moved clearing away from this clearer's keys.
        """
        written = self.expire(now_ms)
        if self._ledger.is_decided(intent.event_id):
            return written
        record = self._decide(intent, self._now)
        if record is not None:
            written.append(self._write(record))
        return written

    def expire(self, now_ms: int) -> list[ClearingEntry]:
        """Return held transfers and refund red envelopes whose 24 hours are over."""
        if self._ledger.currency.epoch != self._epoch:
            raise NotAllowed("clearing of this currency has moved to another key")
        self._now = max(self._now, now_ms)
        written = []
        while self._deadlines and self._deadlines[0][0] <= self._now:
            _, intent_id = heapq.heappop(self._deadlines)
            held = self._ledger.held(intent_id)
            envelope = self._ledger.envelope(intent_id)
            if held is not None:
                written.append(self._write(Returned(intent_id, ReturnReason.EXPIRED)))
            elif envelope is not None and envelope.is_open:
                written.append(self._write(Refund(intent_id, envelope.remaining)))
        return written

    def _write(self, record: ClearingRecord) -> ClearingEntry:
        entry = self._feed.append(record, self._now)
        if not self._ledger.receive(entry):  # pragma: no cover - a bug in this module
            raise AssertionError(f"the clearer's own ledger refused {record!r}")
        if isinstance(record, Held | Escrowed):
            heapq.heappush(self._deadlines, (record.expires_ms, record.intent))
        return entry

    def _decide(self, signed: SignedIntent, now: int) -> ClearingRecord | None:
        author, intent_id = signed.author, signed.event_id
        position = (author, signed.seq)
        first = self._positions.setdefault(position, intent_id)
        if first != intent_id:
            self._forked.add(author)
        if author in self._forked:
            return Refused(intent_id, RefusalReason.FORKED_DEVICE)
        intent = signed.intent
        if isinstance(intent, AcceptIntent | DeclineIntent):
            return self._settle(signed, intent)
        if isinstance(intent, GrabIntent):
            return self._grab(signed, intent)
        if self._ledger.nonce_used(author, intent.nonce):
            return Refused(intent_id, RefusalReason.DOUBLE_SPEND)
        if isinstance(intent, MintIntent):
            return self._mint(signed, intent)
        if isinstance(intent, TransferIntent):
            return self._transfer(signed, intent, now)
        amount = intent.amount if isinstance(intent, BurnIntent) else intent.total
        if self._ledger.balance(author) < amount:
            return Refused(intent_id, RefusalReason.OVERDRAFT)
        if isinstance(intent, BurnIntent):
            return Cleared(intent_id, ClearedOp.BURN, author, None, amount, intent.nonce)
        return Escrowed(
            intent_id,
            author,
            intent.kind,
            intent.total,
            intent.shares,
            intent.nonce,
            now + ENVELOPE_MS,
            envelope_lock(intent.secret),
            intent.exclusive,
        )

    def _mint(self, signed: SignedIntent, intent: MintIntent) -> ClearingRecord:
        currency = self._ledger.currency
        if signed.author != currency.issuer:
            return Refused(signed.event_id, RefusalReason.NOT_ISSUER)
        if currency.cap is not None and self._ledger.minted + intent.amount > currency.cap:
            return Refused(signed.event_id, RefusalReason.OVER_CAP)
        return Cleared(
            signed.event_id, ClearedOp.MINT, None, intent.payee, intent.amount, intent.nonce
        )

    def _transfer(self, signed: SignedIntent, intent: TransferIntent, now: int) -> ClearingRecord:
        payer, intent_id = signed.author, signed.event_id
        if intent.payee == payer:
            return Refused(intent_id, RefusalReason.TO_SELF)
        request_nonce = None
        if intent.request is not None:
            refusal = self._check_request(intent, now)
            if isinstance(refusal, RefusalReason):
                return Refused(intent_id, refusal)
            request_nonce = refusal
        if self._ledger.balance(payer) < intent.amount:
            return Refused(intent_id, RefusalReason.OVERDRAFT)
        if intent.hold and request_nonce is None:
            return Held(intent_id, payer, intent.payee, intent.amount, intent.nonce, now + HOLD_MS)
        return Cleared(
            intent_id,
            ClearedOp.TRANSFER,
            payer,
            intent.payee,
            intent.amount,
            intent.nonce,
            request_nonce,
        )

    def _check_request(self, intent: TransferIntent, now: int) -> bytes | RefusalReason:
        """The request's nonce when this transfer pays a valid, unused, unexpired request."""
        assert intent.request is not None
        try:
            request = read_payment_request(intent.request, None)
        except InvalidInput:
            return RefusalReason.REQUEST_INVALID
        if (request.currency, request.payee, request.amount) != (
            self._ledger.currency.id,
            intent.payee,
            intent.amount,
        ):
            return RefusalReason.REQUEST_INVALID
        if now > request.expires_ms:
            return RefusalReason.REQUEST_EXPIRED
        if self._ledger.request_used(request.payee, request.nonce):
            return RefusalReason.REQUEST_USED
        return request.nonce

    def _settle(self, signed: SignedIntent, intent: AcceptIntent | DeclineIntent) -> ClearingRecord:
        held = self._ledger.held(intent.transfer)
        if held is None:
            reason = (
                RefusalReason.ALREADY_SETTLED
                if self._ledger.is_decided(intent.transfer)
                else RefusalReason.UNKNOWN_TRANSFER
            )
            return Refused(signed.event_id, reason)
        if signed.author != held.payee:
            return Refused(signed.event_id, RefusalReason.NOT_PAYEE)
        if isinstance(intent, AcceptIntent):
            return Released(intent.transfer, signed.event_id)
        return Returned(intent.transfer, ReturnReason.DECLINED, signed.event_id)

    def _grab(self, signed: SignedIntent, intent: GrabIntent) -> ClearingRecord:
        envelope = self._ledger.envelope(intent.envelope)
        if envelope is None:
            return Refused(signed.event_id, RefusalReason.UNKNOWN_ENVELOPE)
        if not envelope.is_open:
            return Refused(signed.event_id, RefusalReason.ENVELOPE_CLOSED)
        terms = envelope.terms
        if envelope_lock(intent.secret) != terms.lock:
            return Refused(signed.event_id, RefusalReason.NOT_FOR_YOU)
        if terms.exclusive is not None and signed.author != terms.exclusive:
            return Refused(signed.event_id, RefusalReason.NOT_FOR_YOU)
        if signed.author in envelope.grabbers:
            return Refused(signed.event_id, RefusalReason.ALREADY_GRABBED)
        number = len(envelope.shares) + 1
        if terms.kind == EnvelopeKind.FIXED:
            amount, proof = fixed_share(terms.total, terms.shares), None
        else:
            output, proof = self._vrf.evaluate(grab_alpha(terms.intent, number, signed.event_id))
            amount = lucky_share(envelope.remaining, terms.shares - number + 1, output)
        return Share(terms.intent, signed.event_id, number, signed.author, amount, proof)
