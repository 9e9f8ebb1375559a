"""Words a chat card shows: its amount, its state line, its kind and its preview line.

Plain functions over the card and what the wallet said about it (:class:`CardStatus`),
translated in the ``ChatCards`` context.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.chat.cards import (
    Card,
    MiniProgramCard,
    RedEnvelopeCard,
    TransferCard,
    UnsupportedCard,
)
from core.wallet import Currency, format_amount
from core.wallet.views import EnvelopeStatus, EnvelopeView, TransferState, TransferView
from desktop.i18n import translate

SHORT_ID = 8  # hex digits of an unknown currency's id shown beside a raw amount


@dataclass(frozen=True)
class CardStatus:
    """What the wallet said about a card's money (None where it could not say)."""

    currency: Currency | None = None
    transfer: TransferView | None = None
    envelope: EnvelopeView | None = None


def amount_text(amount: int, currency_id: bytes, currency: Currency | None) -> str:
    """``12.50 MEAL``; a currency we do not know: the raw minor units and the id, short."""
    if currency is not None:
        return f"{format_amount(amount, currency.digits)} {currency.symbol}"
    return (
        translate("ChatCards", "%1 units · currency %2")
        .replace("%1", str(amount))
        .replace("%2", currency_id.hex()[:SHORT_ID])
    )


def transfer_state_text(view: TransferView | None) -> str:
    """The transfer card's state line ("" when the wallet cannot say yet)."""
    if view is None:
        return ""
    return {
        TransferState.PENDING: translate("ChatCards", "Pending clearing"),
        TransferState.HELD: translate("ChatCards", "Waiting for acceptance"),
        TransferState.ACCEPTED: translate("ChatCards", "Accepted"),
        TransferState.CLEARED: translate("ChatCards", "Received"),
        TransferState.DECLINED: translate("ChatCards", "Declined"),
        TransferState.RETURNED: translate("ChatCards", "Returned"),
        TransferState.REFUSED: translate("ChatCards", "Refused at clearing"),
    }.get(view.state, "")


def transfer_settled(view: TransferView | None) -> bool:
    """Whether the transfer is over (its card is faded)."""
    return view is not None and view.state in (
        TransferState.ACCEPTED,
        TransferState.CLEARED,
        TransferState.DECLINED,
        TransferState.RETURNED,
        TransferState.REFUSED,
    )


def envelope_state_text(view: EnvelopeView | None) -> str:
    """The red envelope card's state line ("" while it is simply there to open)."""
    if view is None:
        return ""
    if view.mine is not None:
        return translate("ChatCards", "Opened")
    if view.grab_pending or view.status is EnvelopeStatus.PENDING:
        return translate("ChatCards", "Pending clearing")
    return {
        EnvelopeStatus.FINISHED: translate("ChatCards", "All grabbed"),
        EnvelopeStatus.EXPIRED: translate("ChatCards", "Expired"),
        EnvelopeStatus.REFUSED: translate("ChatCards", "Refused at clearing"),
    }.get(view.status, "")


def envelope_settled(view: EnvelopeView | None) -> bool:
    """Whether there is nothing left to open here for us (its card is faded)."""
    return view is not None and (
        view.mine is not None
        or view.status in (EnvelopeStatus.FINISHED, EnvelopeStatus.EXPIRED, EnvelopeStatus.REFUSED)
    )


def kind_label(card: Card) -> str:
    """The footer of a card: what kind of thing it is."""
    if isinstance(card, TransferCard):
        return translate("ChatCards", "Transfer")
    if isinstance(card, RedEnvelopeCard):
        return translate("ChatCards", "Red envelope")
    if isinstance(card, MiniProgramCard):
        return translate("ChatCards", "Mini-program")
    return translate("ChatCards", "Card")


def unsupported_text() -> str:
    return translate("ChatCards", "Unsupported card — update Hutong")


def card_preview(card: Card) -> str:
    """A card as one line (chat list, quotes, search): "[Red envelope] Happy new year"."""
    title = " ".join(card.title.split())
    if isinstance(card, TransferCard):
        pattern = translate("ChatCards", "[Transfer] %1")
    elif isinstance(card, RedEnvelopeCard):
        pattern = translate("ChatCards", "[Red envelope] %1")
    elif isinstance(card, MiniProgramCard):
        pattern = translate("ChatCards", "[Mini-program] %1")
    else:
        assert isinstance(card, UnsupportedCard)
        pattern = translate("ChatCards", "[Unsupported card] %1")
    return pattern.replace("%1", title)
