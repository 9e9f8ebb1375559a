"""What clicking a card (or Enter on its row) and the composer's money buttons do: the
wallet's transfer, red envelope and payment dialogs, or the mini-program. Those features own
their dialogs and show their own errors; the chat only says which card, chat and person."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from core.chat import Message, parse_conversation
from core.chat.cards import MiniProgramCard, RedEnvelopeCard, TransferCard
from core.ids import PublicKey
from desktop.chats.cards.status import CardStatuses
from desktop.chats.scoped_runner import Runner
from desktop.context import AppContext


def can_open(message: Message) -> bool:
    """Whether a message is a card that opens (an unsupported card has nothing to open)."""
    return not message.recalled and isinstance(
        message.card, TransferCard | RedEnvelopeCard | MiniProgramCard
    )


def open_card(context: AppContext, conversation: str, message: Message, parent: QWidget) -> None:
    """Open a message's card (modal for money; the mini-program gets its own window)."""
    card = message.card
    if message.recalled:
        return
    # Imported when used: the wallet and the mini-program runtime (QtWebEngine) load only
    # once someone opens one of their cards.
    if isinstance(card, TransferCard):
        from desktop.wallet import actions

        actions.open_transfer(context, conversation, card, not message.outgoing, parent)
    elif isinstance(card, RedEnvelopeCard):
        from desktop.wallet import actions

        actions.open_envelope(context, conversation, card, parent)
    elif isinstance(card, MiniProgramCard):
        from desktop.miniprograms import launcher

        launcher.open_card(context, conversation, message.event_id, card, parent)


class CardActions(QObject):
    """Cards and money for the conversation a view shows (``conversation()`` names it)."""

    def __init__(
        self,
        context: AppContext,
        runner: Runner,
        conversation: Callable[[], str],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._conversation = conversation
        self._parent = parent
        self.statuses = CardStatuses(context.core, runner, self)
        context.bridge.changes.connect(self.statuses.note_changes)

    def open(self, message: Message) -> None:
        conversation = self._conversation()
        if not conversation or not can_open(message):
            return
        open_card(self._context, conversation, message, self._parent)
        card = message.card
        if isinstance(card, TransferCard | RedEnvelopeCard):
            self.statuses.refresh(card)  # accepted or grabbed in the dialog: show it now

    def send_transfer(self) -> None:
        """The composer's ¥: money to the other person of a direct chat."""
        conversation = self._conversation()
        if not conversation:
            return
        kind, peer = parse_conversation(conversation)
        if kind != "direct":
            return
        from desktop.wallet import actions

        actions.send_transfer(self._context, conversation, PublicKey(peer), self._parent)

    def send_red_envelope(self) -> None:
        """The composer's red envelope, in a direct or group chat."""
        conversation = self._conversation()
        if not conversation:
            return
        from desktop.wallet import actions

        actions.send_red_envelope(self._context, conversation, self._parent)
