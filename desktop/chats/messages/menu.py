"""The context menu of a message: copy, reply, forward, recall, delete for me, select, view
and save pictures and files."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QMenu, QWidget

from core.chat import RECALL_WINDOW_MS
from core.chat.cards import RedEnvelopeCard, TransferCard
from desktop.chats.messages.bubble_layout import Part
from desktop.chats.messages.rows import ChatRow, SendState
from desktop.i18n import translate
from desktop.icons import icon


@dataclass
class MessageActions:
    """What the menu can ask the conversation view to do."""

    copy: Callable[[ChatRow], None]
    reply: Callable[[ChatRow], None]
    recall: Callable[[ChatRow], None]
    view_image: Callable[[ChatRow, Part], object]
    save_part: Callable[[ChatRow, Part], None]
    retry: Callable[[ChatRow], None]
    discard: Callable[[ChatRow], None]
    forward: Callable[[ChatRow], None]
    delete_for_me: Callable[[ChatRow], None]
    select: Callable[[ChatRow], None]


def build_message_menu(
    row: ChatRow,
    part: Part | None,
    now_ms: int,
    actions: MessageActions,
    colour: str,
    parent: QWidget,
) -> QMenu:
    menu = QMenu(parent)
    menu.setObjectName("messageMenu")
    menu.setToolTipsVisible(True)
    message = row.message
    assert message is not None
    if message.recalled:
        return menu
    if message.text:
        menu.addAction(
            icon("chat/copy", colour), translate("ChatTexts", "Copy"), lambda: actions.copy(row)
        )
    if row.send_state is SendState.FAILED:
        menu.addAction(translate("ChatTexts", "Retry"), lambda: actions.retry(row))
        menu.addAction(translate("ChatTexts", "Delete"), lambda: actions.discard(row))
        return menu
    if row.send_state is SendState.STORED:
        menu.addAction(
            icon("chat/reply", colour), translate("ChatTexts", "Reply"), lambda: actions.reply(row)
        )
        if message.card is None:  # a card belongs to its chat (a transfer to its payee)
            menu.addAction(translate("ChatTexts", "Forward…"), lambda: actions.forward(row))
    if part is not None:
        if part.is_image:
            menu.addAction(
                icon("chat/image", colour),
                translate("ChatTexts", "View image"),
                lambda: actions.view_image(row, part),
            )
        label = (
            translate("ChatTexts", "Save image as…")
            if part.is_image
            else translate("ChatTexts", "Save file as…")
        )
        menu.addAction(icon("chat/save", colour), label, lambda: actions.save_part(row, part))
    money = isinstance(message.card, TransferCard | RedEnvelopeCard)
    if message.outgoing and row.send_state is SendState.STORED and not money:
        # A money card stays: recalling it would hide the only way to accept or grab.
        recall = menu.addAction(icon("chat/recall", colour), translate("ChatTexts","Recall"),
                                lambda: actions.recall(row))  # fmt: skip
        in_time = now_ms - message.timestamp_ms <= RECALL_WINDOW_MS
        recall.setEnabled(in_time)
        recall.setToolTip(
            translate(
                "ChatTexts",
                "Removes the message here and asks the others' Hutong to hide it. "
                "Recall is best effort: someone may already have read or copied it.",
            )
            if in_time
            else translate("ChatTexts", "Messages can be recalled within two minutes of sending.")
        )
    if row.send_state is SendState.STORED:
        menu.addSeparator()
        delete = menu.addAction(
            translate("ChatTexts", "Delete for me"), lambda: actions.delete_for_me(row)
        )
        delete.setToolTip(
            translate("ChatTexts", "Removes the message from this device only; others keep it.")
        )
        menu.addAction(translate("ChatTexts", "Select"), lambda: actions.select(row))
    return menu
