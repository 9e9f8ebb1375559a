"""The wallet service: the API the desktop and the node use.

Every method that moves money takes the 6-digit payment PIN and raises
:class:`core.wallet.PinLocked` / ``core.errors.NotAllowed`` on a wrong or locked PIN before
anything is signed. Amounts are integer minor units. Errors are ``core.errors`` types with a
message fit to show.

Balances come from the clearing feed only (:class:`Books`); intents we signed and no record
decided yet are *pending* on both sides. When this identity holds a currency's clearing key,
it decides waiting intents after every ingest and after each of its own intents
(:mod:`core.wallet.clearing`); ``clear_pending`` also returns what expired, on a timer.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence

from core.changes import Change, ForkDetected, ProjectionsRebuilt, WalletChanged
from core.crypto import KdfParams
from core.errors import HutongError, InvalidInput, NotAllowed, NotFound
from core.features import Kit
from core.feeds import MAIN_TOPIC
from core.identity import display_id
from core.ids import EncryptionKey, EventId, PublicKey
from core.wallet.bills import BillLine, bill_lines
from core.wallet.bills import bills_csv as _bills_csv
from core.wallet.books import Book, Books
from core.wallet.cards import (
    PostCard,
    WalletCard,
    WalletEnvelopeCard,
    WalletTransferCard,
)
from core.wallet.clearing import ClearingRun
from core.wallet.code_payments import intent_for_code
from core.wallet.envelope_views import envelope_view
from core.wallet.fields import NONCE_BYTES
from core.wallet.intents import (
    AcceptIntent,
    BurnIntent,
    DeclineIntent,
    EnvelopeKind,
    GrabIntent,
    MintIntent,
    RedEnvelopeIntent,
    TransferIntent,
    WalletIntent,
)
from core.wallet.issue import CurrencyIssue, sign_handover
from core.wallet.membership import (
    ClearerCard,
    JoinCurrency,
    clearer_key_text,
    clearing_vrf_key,
    read_clearer_key,
)
from core.wallet.payment_codes import (
    PaymentRequest,
    ReceiveCode,
    make_payment_request,
    read_payment_code,
)
from core.wallet.pin_store import PinStore
from core.wallet.records import Cleared, Escrowed, Held, Released, Returned, Share
from core.wallet.transfer_views import transfer_view
from core.wallet.values import CurrencyId, check_amount, clearing_topic, intents_topic
from core.wallet.views import CurrencyView, EnvelopeView, PaymentPreview, TransferView

__all__ = ["WalletCard", "WalletEnvelopeCard", "WalletService", "WalletTransferCard"]
log = logging.getLogger(__name__)
_SPENDING = (TransferIntent, BurnIntent, RedEnvelopeIntent)  # what a pending intent takes


class WalletService:
    def __init__(
        self,
        kit: Kit,
        post_card: PostCard | None = None,
        pin_params: KdfParams | None = None,
    ) -> None:
        self._kit = kit
        self._me = kit.me
        self._db = kit.database
        self._writer = kit.writer
        self._clock = kit.clock
        self._people = kit.people
        self._books = Books(kit.database, kit.fork_proofs)
        self._pins = PinStore(kit.database, kit.clock, kit.random, pin_params)
        self._vrf = clearing_vrf_key(kit.signing)  # the secret stays in this object
        self._clearing = ClearingRun(kit.writer, kit.clock, self._me, self._vrf)
        self.post_card = post_card
        """Where transfer and red-envelope cards go (the facade wires the chat)."""

    # -- currencies ------------------------------------------------------------------------
    def currencies(self) -> list[CurrencyView]:
        """Currencies we joined or issued, then ones offered to us (issued by friends)."""
        friends = self._people.friends()
        joined: list[CurrencyView] = []
        offered: list[CurrencyView] = []
        for currency_id in self._books.currency_ids():
            view = self.currency(currency_id)
            if view is None:
                continue
            if view.joined:
                joined.append(view)
            elif view.currency.issuer in friends:
                offered.append(view)
        return joined + offered

    def currency(self, currency: CurrencyId) -> CurrencyView | None:
        with self._books.lock:
            book = self._books.book(currency)
            return None if book is None else self._view(book)

    def _view(self, book: Book) -> CurrencyView:
        ledger, me = book.ledger, self._me
        intents = list(book.undecided.values())
        pending = ledger.pending(intents)
        available = ledger.available(me, intents)
        balance = ledger.balance(me)
        outgoing = sum(
            signed.intent.total
            if isinstance(signed.intent, RedEnvelopeIntent)
            else signed.intent.amount
            for signed in pending
            if signed.author == me and isinstance(signed.intent, _SPENDING)
        )
        incoming = sum(held.amount for held in ledger.held_transfers() if held.payee == me)
        for signed in pending:  # what others signed to us that is not cleared yet
            intent = signed.intent
            if (
                isinstance(intent, TransferIntent | MintIntent)
                and intent.payee == me
                and signed.author != me
            ):
                incoming += intent.amount
        return CurrencyView(
            currency=book.currency,
            joined=self._books.holds(book, self._me),
            balance=balance,
            available=available,
            pending_in=incoming,
            pending_out=outgoing,
            am_issuer=book.issued.issuer == me,
            am_clearer=book.currency.clearing_key == me,
            frozen=ledger.frozen,
            minted=ledger.minted,
            holders=len(ledger.balances()),
            clearing_paused=book.currency.clearing_key == me and not self._books.may_clear(book),
        )

    def members(self, currency: CurrencyId) -> frozenset[PublicKey]:
        """Who holds the currency as far as we know: the issuer, its clearers, the members
        whose joins we have seen and everyone its records name."""
        with self._books.lock:
            book = self._books.book(currency)
            if book is None:
                return frozenset()
            return self._books.members(book)

    def issue(
        self, name: str, symbol: str, digits: int, cap: int | None, initial: int, pin: str
    ) -> CurrencyId:
        """Issue a currency cleared by this device; mint ``initial`` (may be 0) to ourselves."""
        vrf_key = self._vrf.public_key
        body = CurrencyIssue(name.strip(), symbol.strip(), digits, self._me, vrf_key, cap)
        if initial:
            check_amount(initial)
            if cap is not None and initial > cap:
                raise InvalidInput("the first amount is over the currency's cap")
        self._pins.check(pin)
        currency = CurrencyId(self._writer.public(MAIN_TOPIC, body.encode()).id)
        self._books.allow_clearing(currency, 0)  # new here: its clearing feed starts here
        if initial:
            self._sign(self._require(currency), MintIntent(self._me, initial, self._nonce()), ())
        return currency

    def join(self, currency: CurrencyId) -> None:
        """Hold a currency offered to us (its clearing feed is then shared with us)."""
        book = self._require(currency)
        if not self._books.holds(book, self._me):
            self._writer.public(MAIN_TOPIC, JoinCurrency(currency).encode())

    def mint(self, currency: CurrencyId, amount: int, pin: str) -> EventId:
        book = self._require(currency)
        if book.issued.issuer != self._me:
            raise NotAllowed("only the currency's issuer creates money")
        check_amount(amount)
        self._pins.check(pin)
        return self._sign(book, MintIntent(self._me, amount, self._nonce()), ())

    # -- paying ----------------------------------------------------------------------------
    def transfer(
        self,
        currency: CurrencyId,
        payee: PublicKey,
        amount: int,
        pin: str,
        *,
        memo: str = "",
        conversation: str | None = None,
    ) -> EventId:
        """A held transfer to a friend (they accept); with ``conversation`` a transfer card
        is posted there too. Returns the transfer intent's id."""
        book = self._require_joined(currency)
        intent = TransferIntent(payee, amount, self._nonce(), hold=True, memo=memo or None)
        if payee == self._me:
            raise InvalidInput("you cannot pay yourself")
        self._pins.check(pin)
        self._require_available(book, amount)
        transfer = self._sign(book, intent, (payee,))
        if conversation is not None:
            title = f"{book.currency.format(amount)}"
            self._post(conversation, WalletTransferCard(title, currency, transfer, amount, memo))
        return transfer

    def _post(self, conversation: str, card: WalletCard) -> None:
        """Post a card; the payment is signed already, so a chat that refuses the card (say
        a contact who left) costs the card, not the payment (the wallet still shows it)."""
        if self.post_card is None:
            return
        try:
            self.post_card(conversation, card)
        except HutongError as exc:
            log.warning("the wallet's card could not be posted in a chat: %s", exc)

    def receive_code(self, currency: CurrencyId, amount: int | None = None) -> str:
        """Our static receive code text (``HUTONG:R1:…``); we must hold the currency (or we
        would not keep the records that pay us)."""
        self._require_joined(currency)
        return ReceiveCode(currency, self._me, amount).to_text()

    def payment_request(
        self, currency: CurrencyId, amount: int, memo: str = "", valid_ms: int = 600_000
    ) -> str:
        """A signed single-use payment request text (``HUTONG:P1:…``); we must hold the
        currency."""
        self._require_joined(currency)
        if not 0 < valid_ms <= 7 * 86_400_000:
            raise InvalidInput("a payment request is valid for up to a week")
        expires = self._clock.now_ms() + valid_ms
        request = make_payment_request(
            self._kit.signing, currency, check_amount(amount), self._nonce(), expires, memo
        )
        return request.text

    def read_code(self, text: str) -> PaymentPreview:
        """Check a scanned code (signature, expiry) before any PIN prompt; InvalidInput if bad."""
        code = read_payment_code(text, self._clock.now_ms())
        with self._books.lock:
            book = self._books.book(code.currency)
            currency = None if book is None else book.currency
            joined = book is not None and self._books.holds(book, self._me)
        card = self._people.card_of(code.payee)
        memo = code.memo if isinstance(code, PaymentRequest) else ""
        return PaymentPreview(
            code,
            currency,
            code.payee,
            card.name if card is not None else display_id(code.payee),
            code.amount,
            memo,
            joined,
        )

    def pay(self, preview: PaymentPreview, pin: str, amount: int | None = None) -> EventId:
        """Pay a scanned code (an immediate transfer, not held); ``amount`` for codes without."""
        code = preview.code
        book = self._require_joined(code.currency)
        if code.payee == self._me:
            raise InvalidInput("this code is your own")
        intent = intent_for_code(code, amount, book.ledger, self._nonce(), self._clock.now_ms())
        self._pins.check(pin)
        self._require_available(book, intent.amount)
        return self._sign(book, intent, (intent.payee,))

    def transfer_status(self, currency: CurrencyId, transfer: EventId) -> TransferView:
        with self._books.lock:
            return transfer_view(self._require(currency), transfer)

    def accept(self, currency: CurrencyId, transfer: EventId) -> EventId:
        return self._answer(currency, transfer, AcceptIntent(transfer))

    def decline(self, currency: CurrencyId, transfer: EventId) -> EventId:
        return self._answer(currency, transfer, DeclineIntent(transfer))

    def _answer(
        self, currency: CurrencyId, transfer: EventId, answer: AcceptIntent | DeclineIntent
    ) -> EventId:
        book = self._require_joined(currency)  # else its records are not kept here
        held = book.ledger.held(transfer)
        if held is None:
            raise NotAllowed("this transfer is not waiting for an answer")
        if held.payee != self._me:
            raise NotAllowed("only the payee accepts or declines a transfer")
        return self._sign(book, answer, (held.payer,))

    # -- red envelopes ---------------------------------------------------------------------
    def send_red_envelope(
        self,
        conversation: str,
        currency: CurrencyId,
        total: int,
        shares: int,
        split: EnvelopeKind,
        greeting: str,
        pin: str,
        *,
        exclusive_to: PublicKey | None = None,
    ) -> EventId:
        """Escrow ``total`` and post a red-envelope card in ``conversation``."""
        book = self._require_joined(currency)
        members = self._people.conversation_members(conversation)
        if self._me not in members:
            raise NotAllowed("you are not in this chat")
        if exclusive_to is not None and exclusive_to not in members:
            raise InvalidInput("an exclusive red envelope goes to a member of this chat")
        intent = RedEnvelopeIntent(
            EnvelopeKind(split),
            total,
            shares,
            self._nonce(),
            conversation,
            self._kit.random(16),
            exclusive_to,
            greeting.strip() or None,
        )
        self._pins.check(pin)
        self._require_available(book, total)
        envelope = self._sign(book, intent, tuple(members))
        card = WalletEnvelopeCard(
            greeting.strip() or "Best wishes",
            currency,
            envelope,
            total,
            shares,
            intent.kind,
            exclusive_to,
        )
        self._post(conversation, card)
        return envelope

    def envelope(self, currency: CurrencyId, envelope: EventId) -> EnvelopeView:
        with self._books.lock:
            book = self._require(currency)
            return envelope_view(book, envelope, self._me, self._one_to_one(book, envelope))

    def _one_to_one(self, book: Book, envelope: EventId) -> bool:
        """Whether the envelope was sent in a chat of two (then only the other one grabs)."""
        signed = book.intents.get(envelope)
        if signed is None or not isinstance(signed.intent, RedEnvelopeIntent):
            return False
        return len(self._people.conversation_members(signed.intent.chat)) == 2

    def envelope_shares(
        self, currency: CurrencyId, envelope: EventId
    ) -> tuple[Escrowed, tuple[Share, ...]] | None:
        """The envelope's escrow record and its shares in clearing order, as this replica
        folded them (anyone can check them with :func:`core.wallet.verify_shares`)."""
        with self._books.lock:
            state = self._require(currency).ledger.envelope(envelope)
        return None if state is None else (state.terms, state.shares)

    def grab(self, currency: CurrencyId, envelope: EventId) -> EventId:
        book = self._require_joined(currency)
        view = envelope_view(book, envelope, self._me, self._one_to_one(book, envelope))
        signed = book.intents.get(envelope)
        if signed is None or not isinstance(signed.intent, RedEnvelopeIntent):
            raise NotAllowed("this red envelope is not for you")
        if not view.can_grab:
            raise NotAllowed(
                "you have opened this red envelope already"
                if view.mine is not None or view.grab_pending
                else "this red envelope cannot be opened now"
            )
        return self._sign(book, GrabIntent(envelope, signed.intent.secret), (signed.author,))

    # -- bills and PIN ---------------------------------------------------------------------
    def bills(self, currency: CurrencyId) -> list[BillLine]:
        with self._books.lock:
            book = self._require(currency)
            return bill_lines(self._me, list(book.entries), list(book.intents.values()))

    def bills_csv(self, currency: CurrencyId, lines: list[BillLine]) -> str:
        book = self._require(currency)
        names: dict[PublicKey, str] = {}
        for line in lines:
            other = line.counterparty
            if other is not None and other not in names:
                card = self._people.card_of(other)
                names[other] = card.name if card is not None else display_id(other)
        return _bills_csv(lines, book.currency, names)

    def has_pin(self) -> bool:
        return self._pins.state() is not None

    def set_pin(self, new: str, old: str | None = None) -> None:
        self._pins.change(new, old)
        self._kit.publish([WalletChanged(b"")])

    def pin_locked_until(self) -> int | None:
        """Milliseconds since the epoch until which no PIN is tried, or None."""
        return self._pins.locked_until()

    # -- clearing --------------------------------------------------------------------------
    def clear_pending(self) -> int:
        """Decide intents waiting for us as clearer and return expired holds; how many."""
        written = 0
        for currency in self._books.currency_ids():
            with self._books.lock:
                book = self._books.book(currency)
                if book is not None and book.currency.clearing_key == self._me:
                    written += self._clear(book)
                elif book is not None:
                    book.unread.clear()  # only a clearer reads them
        return written

    def after_ingest(self) -> None:
        """Events from elsewhere were folded: decide what waits for us as a clearer."""
        self.clear_pending()

    def note_restored(self) -> None:
        """The facade: this profile opened without its history (restored or lost database).

        Our clearing feeds come back from members in any order, after our main feed ends the
        recovery; clearing on before their tails are back would fork them (and freeze the
        currency everywhere), so clearing waits for :meth:`resume_clearing`.
        """
        self._books.note_restored()

    def resume_clearing(self, currency: CurrencyId) -> None:
        """Clear again on a restored profile, once synced with the currency's members (say
        the node's operator or the issuer, after the others' devices were online)."""
        with self._books.lock:
            book = self._require(currency)
            if book.currency.clearing_key != self._me:
                raise NotAllowed("this device does not clear this currency")
            epoch, applied = book.ledger.position
            held = self._kit.own_head(clearing_topic(currency))
            if epoch == book.currency.epoch and held != applied:
                raise NotAllowed("some of this currency's clearing records are not back yet")
            self._books.allow_clearing(currency, book.currency.epoch)
        self.clear_pending()

    def clearer_key_text(self) -> str:
        """What an issuer needs to hand clearing to this identity: ``<identity>:<vrf key>``
        (show it on the node; the issuer passes it to :meth:`hand_over_to`)."""
        return clearer_key_text(self._me, self._vrf)

    def hand_over_to(self, currency: CurrencyId, clearer_key: str, pin: str) -> None:
        """:meth:`hand_over` with a new clearer's :meth:`clearer_key_text`."""
        identity, vrf_key = read_clearer_key(clearer_key)
        self.hand_over(currency, identity, vrf_key, pin)

    def hand_over(
        self, currency: CurrencyId, new_clearer: PublicKey, new_vrf_public: bytes, pin: str
    ) -> None:
        """Move clearing to ``new_clearer`` (say a headless node that stays online).

        Only the issuer signs a hand-over; it names the last record of the current clearer
        that counts: ours, after deciding everything waiting, when we clear; otherwise the
        last we have seen (hand over with the outgoing clearer's cooperation, or its later
        records freeze the currency). Members need the new clearer's card to pay.
        """
        with self._books.lock:
            book = self._require(currency)
            if book.issued.issuer != self._me:
                raise NotAllowed("only the currency's issuer hands its clearing over")
            if book.ledger.frozen is not None:
                raise NotAllowed(f"this currency is frozen: {book.ledger.frozen.reason}")
            if max(book.handovers, default=0) > book.currency.epoch:
                raise NotAllowed("the last hand-over is not complete yet (records to come)")
            if new_clearer in book.clearers():
                raise InvalidInput("this key has cleared this currency before; choose another")
            if len(new_vrf_public) != 32:
                raise InvalidInput("a VRF key is 32 bytes")
            self._pins.check(pin)
            if book.currency.clearing_key == self._me:
                self._clear(book)
            epoch, after = book.ledger.position
            if epoch != book.currency.epoch:  # pragma: no cover - the ledger moves both
                raise NotAllowed("this currency's clearing is moving already")
            handover = sign_handover(
                self._kit.signing, book.currency, new_clearer, new_vrf_public, after
            )
            card = self._people.card_of(new_clearer)
            if card is not None:  # so members can seal to it without making it a contact
                passed = ClearerCard(currency, handover.epoch, card)
                self._writer.public(MAIN_TOPIC, passed.encode())
            self._writer.public(MAIN_TOPIC, handover.encode())

    def note_changes(self, changes: Sequence[Change]) -> None:
        """Change records (the facade subscribes): forks freeze, rebuilds fold again."""
        if any(isinstance(change, ProjectionsRebuilt) for change in changes):
            self._books.forget()
        elif any(isinstance(change, ForkDetected) for change in changes):
            self._books.note_forks()

    def entitled(self) -> list[tuple[Book, frozenset[PublicKey], bool]]:
        """Each currency's book, its members and whether we hold it (for entitlements)."""
        shares = []
        for currency in self._books.currency_ids():
            with self._books.lock:
                book = self._books.book(currency)
                if book is not None:
                    shares.append(
                        (book, self._books.members(book), self._books.holds(book, self._me))
                    )
        return shares

    # -- helpers ---------------------------------------------------------------------------
    def _nonce(self) -> bytes:
        return self._kit.random(NONCE_BYTES)

    def _require(self, currency: CurrencyId) -> Book:
        with self._books.lock:
            book = self._books.book(currency)
        if book is None:
            raise NotFound("this currency is not known here")
        return book

    def _require_joined(self, currency: CurrencyId) -> Book:
        book = self._require(currency)
        if not self._books.holds(book, self._me):
            raise NotAllowed(f"join the currency {book.currency.name} first")
        if book.ledger.frozen is not None:
            raise NotAllowed(f"this currency is frozen: {book.ledger.frozen.reason}")
        return book

    def _require_available(self, book: Book, amount: int) -> None:
        with self._books.lock:
            available = book.ledger.available(self._me, list(book.undecided.values()))
        if amount > available:
            raise NotAllowed(f"not enough money: {book.currency.format(available)} available")

    def _sign(self, book: Book, intent: WalletIntent, to: Iterable[PublicKey]) -> EventId:
        """Seal ``intent`` to ``to`` and the clearer in our intents feed, then clear if we
        are the clearer ourselves."""
        if book.ledger.frozen is not None:
            raise NotAllowed(f"this currency is frozen: {book.ledger.frozen.reason}")
        if any(
            proof.author == self._me and proof.feed_id == book.intents_feed
            for proof in self._kit.fork_proofs()
        ):
            raise NotAllowed(
                "this identity signed payments in this currency on two devices (a copied"
                " profile): its payments here are refused from now on"
            )
        if self._books.restored() and _decided_of(book, self._me) > self._kit.own_head(
            intents_topic(book.issued.id)
        ):
            raise NotAllowed(
                "your earlier payments in this currency have not come back from the other"
                " members yet (a restored profile): connect to one of them, then try again"
            )
        clearer = book.currency.clearing_key
        keys: list[EncryptionKey] = []
        if clearer != self._me:
            clearer_key = self._people.encryption_key_of(clearer) or self._books.clearer_key(book)
            if clearer_key is None:
                raise NotAllowed("the currency's clearer is not among your contacts yet")
            keys.append(clearer_key)
        for identity in dict.fromkeys(to):
            if identity in (self._me, clearer):
                continue
            key = self._people.encryption_key_of(identity)
            if key is not None:
                keys.append(key)
        event = self._writer.sealed(intents_topic(book.issued.id), intent.encode(), keys)
        if clearer == self._me:
            with self._books.lock:
                fresh = self._books.book(book.issued.id)
                if fresh is not None:
                    self._clear(fresh)
        return event.id

    def _clear(self, book: Book) -> int:
        try:
            return self._clearing.run(book, self._books)
        except BaseException:
            self._books.forget(book.issued.id)
            raise


def _decided_of(book: Book, me: PublicKey) -> int:
    """How many of our own intents the records show decided: a floor on our feed's length."""
    issuer = book.issued.issuer
    payees: dict[EventId, PublicKey] = {}
    count = 0
    for entry in book.entries:
        record = entry.record
        if isinstance(record, Cleared):
            ours = record.payer == me or (record.payer is None and issuer == me)
        elif isinstance(record, Held):
            payees[record.intent] = record.payee
            ours = record.payer == me
        elif isinstance(record, Released | Returned):  # an accept or decline: the payee's
            ours = record.by is not None and payees.get(record.intent) == me
        elif isinstance(record, Escrowed):
            ours = record.sender == me
        elif isinstance(record, Share):
            ours = record.grabber == me
        else:
            ours = False  # a refusal or refund: its author is not in the record
        count += ours
    return count
