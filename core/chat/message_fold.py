"""Folding messages and recalls, in direct chats (main feeds) and groups (group feeds).

Bodies::

    chat.msg     {to | group, text, reply?, mentions?, all?, files?}
    chat.recall  {to | group, target, at}
    chat.card    {to | group, card: {k, v, title, …}}   a message that is a card

(typed in ``core.chat.bodies``). A card message's text is its title, so it is listed and
searched like text; the card itself is kept in ``message_card``.

A recall is a tombstone by the message's author within two minutes of it. It may arrive
before its target (feeds replicate independently), so the tombstone itself becomes a recalled
placeholder row; the real message, if it arrives later, is checked against it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from core.bodies import hex_field
from core.changes import Change, ConversationChanged, MessageUpdated
from core.chat.bodies import ChatCardMessage, ChatMessage, ChatRecall
from core.chat.cards import Card
from core.chat.local_view import cleared_upto
from core.chat.message_deletion import deleted_here
from core.chat.rows import is_known_member, touch_conversation
from core.chat.values import RECALL_WINDOW_MS, direct_conversation, group_conversation
from core.errors import InvalidInput
from core.feeds import MAIN_FEED, feed_id_for, group_topic
from core.ids import GroupId, PublicKey
from core.projection import Keyring, Opened
from core.store.sql import Connection


class MessagesFold:
    """Projection of chat messages and recalls."""

    tables: tuple[str, ...] = (
        "message",
        "attachment",
        "message_card",
        "message_fts",
        "conversation",
    )

    def __init__(self, me: PublicKey) -> None:
        self._me = me

    def _conversation(self, item: Opened) -> tuple[str, str, bytes | None, bytes | None] | None:
        """(conversation id, kind, peer, group id) for a message body, or None if not ours."""
        author = item.event.author
        body = item.body
        if body.get("group") is not None:
            group_id = GroupId(hex_field(body, "group", 16))
            if item.event.feed_id != feed_id_for(group_topic(group_id)):
                raise InvalidInput("a group message must be in that group's feed")
            if item.key_scope != f"group:{group_id.hex()}":
                raise InvalidInput("a group message must be encrypted with that group's key")
            return group_conversation(group_id), "group", None, group_id
        if item.event.feed_id != MAIN_FEED:
            raise InvalidInput("a direct message must be in the author's main feed")
        target = hex_field(body, "to", 32)
        if author == self._me:
            return direct_conversation(target), "direct", target, None
        if target == self._me:
            return direct_conversation(author), "direct", author, None
        return None

    def fold(self, connection: Connection, item: Opened, keyring: Keyring) -> Sequence[Change]:
        if item.type in ("chat.msg", "chat.card"):
            return self._message(connection, item)
        if item.type == "chat.recall":
            return self._recall(connection, item)
        return ()

    def _message(self, connection: Connection, item: Opened) -> Sequence[Change]:
        where = self._conversation(item)
        if where is None:
            return ()
        conversation_id, kind, peer, group_id = where
        if item.local_order <= cleared_upto(connection, conversation_id):
            return ()  # deleted on this device (a rebuild folds it again)
        if deleted_here(connection, item.local_order):
            return ()  # deleted for me on this device
        event = item.event
        if group_id is not None and not is_known_member(connection, group_id, event.author):
            raise InvalidInput("message from someone who is not in the group")
        card: Card | None = None
        if item.type == "chat.card":
            # A card is a message whose text is the card's title: listed and searched by it.
            card = ChatCardMessage.decode(item.body).card
            text, reply, mentions, mention_all, files = card.title, None, [], False, []
        else:
            message = ChatMessage.decode(item.body)
            text, reply, mention_all = message.text, message.reply, message.mention_all
            mentions = [m.hex() for m in message.mentions]
            files = [
                (f.blob, f.key, f.size, f.name, f.mime, f.kind, f.width, f.height)
                for f in message.files
            ]
        if not text.strip() and not files:
            raise InvalidInput("an empty message")
        placeholder = connection.exec_driver_sql(
            "SELECT id, author, timestamp_ms FROM message WHERE event_id = ?", (event.id,)
        ).first()
        if placeholder is not None:
            recalled_in_time = (
                bytes(placeholder[1]) == event.author
                and int(placeholder[2]) - event.header.timestamp_ms <= RECALL_WINDOW_MS
            )
            if recalled_in_time:
                return ()
            connection.exec_driver_sql("DELETE FROM message WHERE id = ?", (placeholder[0],))
        outgoing = event.author == self._me
        connection.exec_driver_sql(
            "INSERT INTO message (id, event_id, conversation_id, author, feed_id, seq,"
            " timestamp_ms, text, reply_to, mentions, mention_all, mention_me, outgoing)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                item.local_order,
                event.id,
                conversation_id,
                event.author,
                event.feed_id,
                event.seq,
                event.header.timestamp_ms,
                text,
                reply,
                json.dumps(mentions),
                mention_all,
                not outgoing and (mention_all or self._me.hex() in mentions),
                outgoing,
            ),
        )
        if text:
            connection.exec_driver_sql(
                "INSERT INTO message_fts (rowid, text) VALUES (?, ?)", (item.local_order, text)
            )
        if files:
            connection.exec_driver_sql(
                "INSERT INTO attachment (message_id, position, blob_id, key, size, name, mime,"
                " kind, width, height) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(item.local_order, index, *entry) for index, entry in enumerate(files)],
            )
        if card is not None:
            connection.exec_driver_sql(
                "INSERT INTO message_card (message_id, kind, version, card, blob_id)"
                " VALUES (?, ?, ?, ?, ?)",
                (
                    item.local_order,
                    card.kind,
                    card.version,
                    json.dumps(card.to_json(), ensure_ascii=False),
                    card.blob,
                ),
            )
        touch_conversation(
            connection,
            conversation_id,
            kind,
            peer=peer,
            group_id=group_id,
            message_id=item.local_order,
            timestamp_ms=event.header.timestamp_ms,
        )
        return (ConversationChanged(conversation_id, 0 if outgoing else 1),)

    def _recall(self, connection: Connection, item: Opened) -> Sequence[Change]:
        where = self._conversation(item)
        if where is None:
            return ()
        conversation_id, kind, peer, group_id = where
        event = item.event
        recall = ChatRecall.decode(item.body)
        target, claimed_ms = recall.target, recall.at
        row = connection.exec_driver_sql(
            "SELECT id, author, timestamp_ms, conversation_id FROM message WHERE event_id = ?",
            (target,),
        ).first()
        if row is None:
            # Tombstone first (or the payload is already gone): a recalled placeholder. If we
            # hold the target's header, the placeholder takes its place and time exactly, so a
            # rebuild after the payload was dropped gives the same rows.
            target_row = connection.exec_driver_sql(
                "SELECT e.local_order, e.timestamp_ms, e.seq, f.feed_id, f.author FROM event e"
                " JOIN feed f ON f.key = e.feed_key WHERE e.event_id = ?",
                (target,),
            ).first()
            if target_row is not None and bytes(target_row[4]) != event.author:
                raise InvalidInput("only a message's author can recall it")
            order, when, seq, feed = (
                (int(target_row[0]), int(target_row[1]), int(target_row[2]), bytes(target_row[3]))
                if target_row is not None
                else (item.local_order, claimed_ms, 0, event.feed_id)
            )
            if event.header.timestamp_ms - when > RECALL_WINDOW_MS:
                return ()
            if order <= cleared_upto(connection, conversation_id):
                return ()  # a message deleted on this device
            if deleted_here(connection, order):
                return ()  # deleted for me on this device
            connection.exec_driver_sql(
                "INSERT INTO message (id, event_id, conversation_id, author, feed_id, seq,"
                " timestamp_ms, recalled, outgoing) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)",
                (
                    order,
                    target,
                    conversation_id,
                    event.author,
                    feed,
                    seq,
                    when,
                    event.author == self._me,
                ),
            )
            touch_conversation(
                connection,
                conversation_id,
                kind,
                peer=peer,
                group_id=group_id,
                message_id=order,
                timestamp_ms=when,
            )
            return (ConversationChanged(conversation_id),)
        message_id, author, timestamp, stored_conversation = row
        if bytes(author) != event.author or stored_conversation != conversation_id:
            raise InvalidInput("only a message's author can recall it")
        if event.header.timestamp_ms - int(timestamp) > RECALL_WINDOW_MS:
            raise InvalidInput("a message can be recalled within two minutes only")
        connection.exec_driver_sql(
            "UPDATE message SET recalled = 1, text = '', reply_to = NULL, mentions = '[]',"
            " mention_all = 0, mention_me = 0 WHERE id = ?",
            (message_id,),
        )
        connection.exec_driver_sql("DELETE FROM message_fts WHERE rowid = ?", (message_id,))
        connection.exec_driver_sql("DELETE FROM attachment WHERE message_id = ?", (message_id,))
        connection.exec_driver_sql("DELETE FROM message_card WHERE message_id = ?", (message_id,))
        # Best effort: forget the recalled payload here too, so we stop serving it.
        connection.exec_driver_sql("UPDATE event SET payload = NULL WHERE event_id = ?", (target,))
        return (MessageUpdated(conversation_id, target), ConversationChanged(conversation_id))
