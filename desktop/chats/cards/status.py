"""What the wallet says about the money cards on screen, looked up off the GUI thread.

Painting never waits for the wallet: it asks :meth:`CardStatuses.status`, which answers from
the cache (None the first time) and, for a card not known yet, starts one lookup in a worker.
A :class:`core.changes.WalletChanged` for a currency looks its cards up again; the old answer
stays on screen until the new one arrives, so a card never flickers back to "unknown".

Signals:
    changed(): an answer arrived (the message view repaints).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal

from core.changes import Change, WalletChanged
from core.chat.cards import Card, RedEnvelopeCard, TransferCard
from core.errors import HutongError
from core.facade import Core
from core.ids import EventId
from core.wallet import CurrencyId
from desktop.chats.cards.texts import CardStatus
from desktop.chats.scoped_runner import Runner

MAX_CACHED = 500

MoneyCard = TransferCard | RedEnvelopeCard
CardKey = tuple[str, bytes]  # the card's kind and its transfer's or envelope's id


def card_key(card: MoneyCard) -> CardKey:
    if isinstance(card, TransferCard):
        return ("transfer", card.transfer)
    return ("envelope", card.envelope)


def look_up(core: Core, card: MoneyCard) -> CardStatus:
    """The wallet's view of a card's money (runs in a worker).

    A wallet that cannot say (a currency not joined, a transfer not synced yet, a wallet
    build without the feature) gives an empty status: the card shows its raw amount."""
    wallet = core.wallet
    currency_id = CurrencyId(card.currency)
    try:
        seen = wallet.currency(currency_id)
    except (HutongError, NotImplementedError):
        seen = None
    currency = seen.currency if seen is not None else None
    try:
        if isinstance(card, TransferCard):
            transfer = wallet.transfer_status(currency_id, EventId(card.transfer))
            return CardStatus(currency or transfer.currency, transfer=transfer)
        envelope = wallet.envelope(currency_id, EventId(card.envelope))
        return CardStatus(currency or envelope.currency, envelope=envelope)
    except (HutongError, NotImplementedError):
        return CardStatus(currency)


class CardStatuses(QObject):
    changed = Signal()

    def __init__(
        self,
        core: Core,
        runner: Runner,
        parent: QObject | None = None,
        lookup: Callable[[Core, MoneyCard], CardStatus] = look_up,
    ) -> None:
        super().__init__(parent)
        self._core = core
        self._runner = runner
        self._lookup = lookup
        self._known: OrderedDict[CardKey, CardStatus] = OrderedDict()
        self._cards: dict[CardKey, MoneyCard] = {}
        self._asked: set[CardKey] = set()  # lookups on their way
        self._stale: set[CardKey] = set()  # changed while a lookup was on its way

    def status(self, card: Card) -> CardStatus | None:
        """The cached status of a money card (None: not known yet; a lookup is started)."""
        if not isinstance(card, TransferCard | RedEnvelopeCard):
            return None
        key = card_key(card)
        known = self._known.get(key)
        if known is not None:
            self._known.move_to_end(key)
            return known
        self._ask(key, card)
        return None

    def set_status(self, card: MoneyCard, status: CardStatus) -> None:
        """Put an answer in the cache (what a lookup does; also for showing a known state)."""
        key = card_key(card)
        self._cards[key] = card
        self._known[key] = status
        self._known.move_to_end(key)
        while len(self._known) > MAX_CACHED:
            old, _status = self._known.popitem(last=False)
            self._cards.pop(old, None)
        self.changed.emit()

    def note_changes(self, changes: Sequence[Change]) -> None:
        """The bridge's changes: look up again the cards of every currency that changed."""
        currencies = {bytes(c.currency_id) for c in changes if isinstance(c, WalletChanged)}
        if not currencies:
            return
        for key, card in list(self._cards.items()):
            if card.currency in currencies:
                self._ask(key, card)

    def refresh(self, card: MoneyCard) -> None:
        """Look one card up again (after its dialog closed: it may have been accepted)."""
        self._ask(card_key(card), card)

    def _ask(self, key: CardKey, card: MoneyCard) -> None:
        self._cards[key] = card
        if key in self._asked:
            self._stale.add(key)  # answered with what was true before this change: ask again
            return
        self._asked.add(key)
        core, lookup = self._core, self._lookup
        self._runner.run(
            lambda: lookup(core, card),
            lambda status: self._answered(key, card, status),
            lambda _message: self._answered(key, card, None),
        )

    def _answered(self, key: CardKey, card: MoneyCard, status: CardStatus | None) -> None:
        self._asked.discard(key)
        if status is not None or key not in self._known:
            self.set_status(card, status or CardStatus())
        if key in self._stale:
            self._stale.discard(key)
            self._ask(key, card)
