"""Cards in chats: transfers, red envelopes, mini-programs (and kinds we cannot read)."""

from desktop.chats.cards.opening import CardActions, can_open, open_card
from desktop.chats.cards.painting import card_size, paint_card
from desktop.chats.cards.status import CardStatuses
from desktop.chats.cards.texts import CardStatus, card_preview

__all__ = [
    "CardActions",
    "CardStatus",
    "CardStatuses",
    "can_open",
    "card_preview",
    "card_size",
    "open_card",
    "paint_card",
]
