"""Folding Moments events: posts, comments, likes, deletions and visibility windows.

Bodies (all sealed; posts to their audience, interactions per core.moments.audience)::

    moments.post     {text, kind, audience: [id], images: [{thumb, orig, w, h, mime}]}
    moments.comment  {post, text, reply?, reply_author?}
    moments.like     {post, liked}
    moments.delete   {target}         a post (by its author) or a comment (by its author or
                                      by the post's author)
    moments.window   {days | null}    friends see my posts of the last N days
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from core.changes import Change, MomentsChanged
from core.errors import InvalidInput
from core.feeds import MAIN_FEED
from core.ids import PublicKey
from core.moments.bodies import (
    ImageEntry,
    MomentsComment,
    MomentsDelete,
    MomentsLike,
    MomentsPost,
    MomentsWindow,
    PictureRef,
)
from core.moments.tables import MOMENT_TABLES
from core.moments.values import (
    NotificationKind,
)
from core.projection import Keyring, Opened
from core.store.sql import Connection


def _stored_images(images: Sequence[ImageEntry]) -> list[dict[str, object]]:
    """A post's pictures as the projection keeps them (keys in hex)."""

    def ref(picture: PictureRef) -> dict[str, object]:
        return {"blob": picture.blob.hex(), "key": picture.key.hex(), "size": picture.size}

    return [
        {"thumb": ref(i.thumb), "orig": ref(i.orig), "w": i.width, "h": i.height, "mime": i.mime}
        for i in images
    ]


class MomentsFold:
    tables: tuple[str, ...] = MOMENT_TABLES

    def __init__(self, me: PublicKey) -> None:
        self._me = me

    def fold(self, connection: Connection, item: Opened, keyring: Keyring) -> Sequence[Change]:
        if item.event.feed_id != MAIN_FEED:
            raise InvalidInput("Moments events belong in the author's main feed")
        match item.type:
            case "moments.post":
                return self._post(connection, item)
            case "moments.comment":
                return self._comment(connection, item)
            case "moments.like":
                return self._like(connection, item)
            case "moments.delete":
                return self._delete(connection, item)
            case "moments.window":
                return self._window(connection, item)
        return ()

    # -- helpers ---------------------------------------------------------------------------

    @staticmethod
    def _post_author(connection: Connection, post_id: bytes) -> bytes | None:
        row = connection.exec_driver_sql(
            "SELECT author FROM moment_post WHERE event_id = ?", (post_id,)
        ).first()
        return None if row is None else bytes(row[0])

    @staticmethod
    def _tombstoned(connection: Connection, target: bytes, allowed: set[bytes]) -> bool:
        row = connection.exec_driver_sql(
            "SELECT author FROM moment_tombstone WHERE target = ?", (target,)
        ).first()
        return row is not None and bytes(row[0]) in allowed

    def _notify(
        self,
        connection: Connection,
        item: Opened,
        kind: NotificationKind,
        post_id: bytes,
        text: str = "",
    ) -> None:
        connection.exec_driver_sql(
            "INSERT OR IGNORE INTO moment_notification (event_id, local_order, kind, actor,"
            " post_id,"
            " text, timestamp_ms) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                item.event.id,
                item.local_order,
                kind.value,
                item.event.author,
                post_id,
                text,
                item.event.header.timestamp_ms,
            ),
        )

    # -- bodies ----------------------------------------------------------------------------

    def _post(self, connection: Connection, item: Opened) -> Sequence[Change]:
        post = MomentsPost.decode(item.body)
        text, kind = post.text, post.kind
        audience = [a.hex() for a in post.audience]
        images = _stored_images(post.images)
        if not text.strip() and not images:
            raise InvalidInput("an empty post")
        author = item.event.author
        deleted = self._tombstoned(connection, item.event.id, {author})
        connection.exec_driver_sql(
            "INSERT OR IGNORE INTO moment_post (event_id, author, timestamp_ms, text, images,"
            " audience_kind, audience, deleted) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                item.event.id,
                author,
                item.event.header.timestamp_ms,
                text,
                json.dumps(images),
                kind.value,
                json.dumps(audience),
                deleted,
            ),
        )
        return (MomentsChanged(item.event.id),)

    def _comment(self, connection: Connection, item: Opened) -> Sequence[Change]:
        comment = MomentsComment.decode(item.body)
        post_id, text = comment.post, comment.text
        if not text.strip():
            raise InvalidInput("an empty comment")
        reply_to, reply_author = comment.reply, comment.reply_author
        author = item.event.author
        post_author = self._post_author(connection, post_id)
        allowed = {author} | ({post_author} if post_author else set())
        deleted = self._tombstoned(connection, item.event.id, allowed)
        connection.exec_driver_sql(
            "INSERT OR IGNORE INTO moment_comment (event_id, post_id, author, timestamp_ms, text,"
            " reply_to, reply_to_author, deleted) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                item.event.id,
                post_id,
                author,
                item.event.header.timestamp_ms,
                text,
                reply_to,
                reply_author,
                deleted,
            ),
        )
        if author != self._me and not deleted:
            if reply_author == self._me:
                self._notify(connection, item, NotificationKind.REPLY, post_id, text)
            elif post_author == self._me:
                self._notify(connection, item, NotificationKind.COMMENT, post_id, text)
        return (MomentsChanged(post_id),)

    def _like(self, connection: Connection, item: Opened) -> Sequence[Change]:
        like = MomentsLike.decode(item.body)
        post_id, liked = like.post, like.liked
        event = item.event
        connection.exec_driver_sql(
            "INSERT INTO moment_like (post_id, author, liked, timestamp_ms, seq) VALUES (?, ?, ?,"
            " ?, ?)"
            " ON CONFLICT(post_id, author) DO UPDATE SET liked = excluded.liked,"
            " timestamp_ms = excluded.timestamp_ms, seq = excluded.seq"
            " WHERE (excluded.timestamp_ms, excluded.seq) > (moment_like.timestamp_ms,"
            " moment_like.seq)",
            (post_id, event.author, liked, event.header.timestamp_ms, event.seq),
        )
        if (
            liked
            and event.author != self._me
            and self._post_author(connection, post_id) == self._me
        ):
            self._notify(connection, item, NotificationKind.LIKE, post_id)
        return (MomentsChanged(post_id),)

    def _delete(self, connection: Connection, item: Opened) -> Sequence[Change]:
        target = MomentsDelete.decode(item.body).target
        deleter = item.event.author
        post_author = self._post_author(connection, target)
        if post_author is not None:
            if post_author != deleter:
                raise InvalidInput("only a post's author deletes it")
            connection.exec_driver_sql(
                "UPDATE moment_post SET deleted = 1 WHERE event_id = ?", (target,)
            )
            # Best effort: stop holding (and serving) the deleted post's contents.
            connection.exec_driver_sql(
                "UPDATE event SET payload = NULL WHERE event_id = ?", (target,)
            )
            return (MomentsChanged(target),)
        row = connection.exec_driver_sql(
            "SELECT c.author, c.post_id, p.author FROM moment_comment c"
            " LEFT JOIN moment_post p ON p.event_id = c.post_id WHERE c.event_id = ?",
            (target,),
        ).first()
        if row is None:
            connection.exec_driver_sql(
                "INSERT OR IGNORE INTO moment_tombstone (target, author) VALUES (?, ?)",
                (target, deleter),
            )
            return ()
        comment_author, post_id, owner = bytes(row[0]), bytes(row[1]), row[2]
        if deleter not in (comment_author, bytes(owner) if owner is not None else None):
            raise InvalidInput("only a comment's author or the post's author deletes it")
        connection.exec_driver_sql(
            "UPDATE moment_comment SET deleted = 1 WHERE event_id = ?", (target,)
        )
        connection.exec_driver_sql("DELETE FROM moment_notification WHERE event_id = ?", (target,))
        return (MomentsChanged(post_id),)

    def _window(self, connection: Connection, item: Opened) -> Sequence[Change]:
        days = MomentsWindow.decode(item.body).days
        connection.exec_driver_sql(
            "INSERT INTO moment_window (author, days, timestamp_ms) VALUES (?, ?, ?)"
            " ON CONFLICT(author) DO UPDATE SET days = excluded.days,"
            " timestamp_ms = excluded.timestamp_ms WHERE excluded.timestamp_ms >="
            " moment_window.timestamp_ms",
            (item.event.author, days, item.event.header.timestamp_ms),
        )
        return (MomentsChanged(b""),)
