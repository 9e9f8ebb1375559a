"""Moments: post to a chosen audience, like, comment, delete, the window, notifications."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from core.blobs import BlobRef
from core.changes import MomentsChanged
from core.errors import InvalidInput, NotAllowed, NotFound
from core.features import Kit
from core.feeds import MAIN_TOPIC
from core.ids import BlobId, EncryptionKey, PublicKey
from core.moments.audience import interaction_recipients, resolve_audience
from core.moments.bodies import (
    ImageEntry,
    MomentsComment,
    MomentsDelete,
    MomentsLike,
    MomentsPost,
    MomentsWindow,
    PictureRef,
)
from core.moments.values import (
    MAX_COMMENT_CHARS,
    MAX_IMAGE_BYTES,
    MAX_IMAGES,
    MAX_POST_CHARS,
    MAX_THUMBNAIL_BYTES,
    WINDOW_CHOICES,
    Audience,
    AudienceChoice,
    Comment,
    Like,
    NewImage,
    Notification,
    NotificationKind,
    Post,
    PostImage,
)

DAY_MS = 86_400_000
PAGE = 20
_IMAGE_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"RIFF", b"BM")

Friends = Callable[[], Mapping[bytes, Sequence[str]]]
"""Friends (not blocked) and their tags."""
KeyOf = Callable[[bytes], EncryptionKey | None]


def _ref(entry: Mapping[str, Any]) -> BlobRef:
    return BlobRef(
        BlobId(bytes.fromhex(entry["blob"])), bytes.fromhex(entry["key"]), int(entry["size"])
    )


def _check_image_file(path: Path, limit: int) -> int:
    try:
        size = path.stat().st_size
        with path.open("rb") as stream:
            head = stream.read(12)
    except OSError as exc:
        raise InvalidInput(f"the picture {path.name} cannot be read") from exc
    if size > limit:
        raise InvalidInput(f"the picture {path.name} is over {limit // (1024 * 1024) or 1} MB")
    if not head.startswith(_IMAGE_SIGNATURES) or (
        head.startswith(b"RIFF") and head[8:12] != b"WEBP"
    ):
        raise InvalidInput(f"{path.name} is not a picture Hutong can show")
    return size


class MomentsService:
    def __init__(self, kit: Kit) -> None:
        self._db = kit.database
        self._writer = kit.writer
        self._blobs = kit.blobs
        self._me = kit.me
        self._clock = kit.clock
        self._friends: Friends = kit.people.friends
        self._key_of: KeyOf = kit.people.encryption_key_of
        self._publish = kit.publish

    # -- writing -----------------------------------------------------------------------------

    def _keys(self, identities: Sequence[bytes]) -> list[EncryptionKey]:
        keys = []
        for identity in identities:
            key = self._key_of(identity)
            if key is not None:
                keys.append(key)
        return keys

    def post(
        self, text: str, images: Sequence[NewImage] = (), audience: AudienceChoice | None = None
    ) -> Post:
        """Publish a post, encrypted to exactly the chosen audience (and ourselves)."""
        choice = audience or AudienceChoice()
        if len(text) > MAX_POST_CHARS:
            raise InvalidInput(f"a post has at most {MAX_POST_CHARS} characters")
        if len(images) > MAX_IMAGES:
            raise InvalidInput(f"a post has at most {MAX_IMAGES} pictures")
        if not text.strip() and not images:
            raise InvalidInput("write something or add a picture")
        for image in images:
            _check_image_file(Path(image.original_path), MAX_IMAGE_BYTES)
            _check_image_file(Path(image.thumbnail_path), MAX_THUMBNAIL_BYTES)
            if not (0 < image.width <= 20000 and 0 < image.height <= 20000):
                raise InvalidInput("a picture's size is out of range")
        readers = resolve_audience(choice, self._friends())
        if choice.kind in (Audience.CHOSEN,) and not readers:
            raise InvalidInput("choose at least one friend or tag who can see this post")
        added: list[BlobId] = []
        try:
            entries: list[ImageEntry] = []
            for image in images:
                thumb = self._blobs.add_file(Path(image.thumbnail_path))
                added.append(thumb.blob_id)
                original = self._blobs.add_file(Path(image.original_path))
                added.append(original.blob_id)
                entries.append(
                    ImageEntry(
                        PictureRef(thumb.blob_id, thumb.key, thumb.size),
                        PictureRef(original.blob_id, original.key, original.size),
                        image.width,
                        image.height,
                        image.mime[:40],
                    )
                )
            sealed_for = tuple(PublicKey(r) for r in readers)
            body = MomentsPost(text, choice.kind, sealed_for, tuple(entries)).encode()
            event = self._writer.sealed(MAIN_TOPIC, body, self._keys(readers))
        except BaseException:
            for blob_id in added:  # nothing stored half-way
                self._blobs.remove(blob_id)
            raise
        return self.require(event.id)

    def _interaction_keys(self, post: _StoredPost) -> list[EncryptionKey]:
        friends = set(self._friends())
        return self._keys(interaction_recipients(post.author, post.audience, friends, self._me))

    def comment(self, post_id: bytes, text: str, reply_to: bytes | None = None) -> Comment:
        """Comment on a post (or reply to a comment on it); only our friends in its audience see"
        " it."""
        if len(text) > MAX_COMMENT_CHARS:
            raise InvalidInput(f"a comment has at most {MAX_COMMENT_CHARS} characters")
        if not text.strip():
            raise InvalidInput("a comment cannot be empty")
        post = self._stored(post_id)
        reply_author = None
        if reply_to is not None:
            with self._db.read() as connection:
                row = connection.exec_driver_sql(
                    "SELECT author FROM moment_comment WHERE event_id = ? AND post_id = ? AND NOT"
                    " deleted",
                    (reply_to, post_id),
                ).first()
            if row is None:
                raise NotFound("the comment you reply to is gone")
            reply_author = bytes(row[0])
        body = MomentsComment(
            post_id,
            text.strip(),
            reply_to,
            None if reply_author is None else PublicKey(reply_author),
        ).encode()
        event = self._writer.sealed(MAIN_TOPIC, body, self._interaction_keys(post))
        return Comment(
            event.id,
            self._me,
            text.strip(),
            event.header.timestamp_ms,
            None if reply_author is None else PublicKey(reply_author),
        )

    def like(self, post_id: bytes, liked: bool = True) -> None:
        post = self._stored(post_id)
        body = MomentsLike(post_id, liked).encode()
        self._writer.sealed(MAIN_TOPIC, body, self._interaction_keys(post))

    def delete_post(self, post_id: bytes) -> None:
        post = self._stored(post_id)
        if post.author != self._me:
            raise NotAllowed("you can only delete your own posts")
        body = MomentsDelete(post_id).encode()
        self._writer.sealed(MAIN_TOPIC, body, self._keys(post.audience))

    def delete_comment(self, comment_id: bytes) -> None:
        with self._db.read() as connection:
            row = connection.exec_driver_sql(
                "SELECT c.author, c.post_id FROM moment_comment c WHERE c.event_id = ? AND NOT"
                " c.deleted",
                (comment_id,),
            ).first()
        if row is None:
            raise NotFound("this comment is gone")
        post = self._stored(bytes(row[1]))
        if self._me not in (bytes(row[0]), post.author):
            raise NotAllowed("you can delete your own comments, and any comment on your posts")
        recipients = (
            post.audience
            if post.author == self._me
            else interaction_recipients(post.author, post.audience, set(self._friends()), self._me)
        )
        body = MomentsDelete(comment_id).encode()
        self._writer.sealed(MAIN_TOPIC, body, self._keys(recipients))

    def set_window(self, days: int | None) -> None:
        """Friends see my posts of the last ``days`` days (3, 30 or 180), or all (None)."""
        if days not in WINDOW_CHOICES:
            raise InvalidInput("choose three days, a month, six months or all")
        body = MomentsWindow(days).encode()  # no "days" field: all posts
        self._writer.sealed(MAIN_TOPIC, body, self._keys(list(self._friends())))

    def window(self, author: bytes | None = None) -> int | None:
        with self._db.read() as connection:
            row = connection.exec_driver_sql(
                "SELECT days FROM moment_window WHERE author = ?", (author or self._me,)
            ).first()
        return None if row is None or row[0] is None else int(row[0])

    def want_original(self, image: PostImage) -> None:
        """Fetch a picture's original from peers (thumbnails arrive by themselves)."""
        if self._blobs.has(image.original.blob_id):
            return
        with self._db.write() as connection:
            connection.exec_driver_sql(
                "INSERT OR IGNORE INTO moment_wanted (blob_id) VALUES (?)",
                (image.original.blob_id,),
            )

    # -- reading -----------------------------------------------------------------------------

    def _stored(self, post_id: bytes) -> _StoredPost:
        with self._db.read() as connection:
            row = connection.exec_driver_sql(
                "SELECT author, audience, deleted FROM moment_post WHERE event_id = ?", (post_id,)
            ).first()
        if row is None:
            raise NotFound("this post is not here")
        if row[2]:
            raise NotAllowed("this post was deleted")
        return _StoredPost(PublicKey(bytes(row[0])), [bytes.fromhex(a) for a in json.loads(row[1])])

    def _visible_authors(self) -> set[bytes]:
        return {self._me, *self._friends()}

    def timeline(self, before: tuple[int, bytes] | None = None, limit: int = PAGE) -> list[Post]:
        """Posts by us and our friends, newest first, honouring each author's window."""
        return self._posts(self._visible_authors(), before, limit)

    def album(
        self, author: bytes, before: tuple[int, bytes] | None = None, limit: int = PAGE
    ) -> list[Post]:
        """One person's posts (ours, or a friend's within their window)."""
        if author not in self._visible_authors():
            return []
        return self._posts({author}, before, limit)

    def require(self, post_id: bytes) -> Post:
        with self._db.read() as connection:
            rows = connection.exec_driver_sql(
                f"SELECT {_POST_COLUMNS} FROM moment_post p WHERE p.event_id = ? AND NOT p.deleted",
                (post_id,),
            ).all()
            posts = self._assemble(connection, rows)
        if not posts:
            raise NotFound("this post is not here")
        return posts[0]

    def _posts(
        self, authors: set[bytes], before: tuple[int, bytes] | None, limit: int
    ) -> list[Post]:
        if not authors:
            return []
        now = self._clock.now_ms()
        marks = ",".join("?" * len(authors))
        cursor = "" if before is None else " AND (p.timestamp_ms, p.event_id) < (?, ?)"
        params: list[Any] = [*authors, self._me, now]
        if before is not None:
            params.extend(before)
        with self._db.read() as connection:
            rows = connection.exec_driver_sql(
                f"SELECT {_POST_COLUMNS} FROM moment_post p LEFT JOIN moment_window w ON w.author"
                " = p.author"
                f" WHERE p.author IN ({marks}) AND NOT p.deleted AND (p.author = ? OR w.days IS"
                " NULL"
                f" OR p.timestamp_ms >= ? - w.days * {DAY_MS}){cursor}"
                " ORDER BY p.timestamp_ms DESC, p.event_id DESC LIMIT ?",
                (*params, limit),
            ).all()
            return self._assemble(connection, rows)

    def _assemble(self, connection: Any, rows: Sequence[Any]) -> list[Post]:
        if not rows:
            return []
        ids = [bytes(r[0]) for r in rows]
        marks = ",".join("?" * len(ids))
        visible = self._visible_authors()
        likes: dict[bytes, list[Like]] = {}
        for post_id, author, when in connection.exec_driver_sql(
            f"SELECT post_id, author, timestamp_ms FROM moment_like WHERE post_id IN ({marks}) AND"
            " liked"
            " ORDER BY timestamp_ms",
            tuple(ids),
        ):
            if bytes(author) in visible:  # WeChat's rule: only our own friends' likes
                likes.setdefault(bytes(post_id), []).append(
                    Like(PublicKey(bytes(author)), int(when))
                )
        comments: dict[bytes, list[Comment]] = {}
        for event_id, post_id, author, text, when, reply_author in connection.exec_driver_sql(
            "SELECT event_id, post_id, author, text, timestamp_ms, reply_to_author FROM"
            " moment_comment"
            f" WHERE post_id IN ({marks}) AND NOT deleted ORDER BY timestamp_ms, event_id",
            tuple(ids),
        ):
            if bytes(author) in visible:
                comments.setdefault(bytes(post_id), []).append(
                    Comment(
                        bytes(event_id),
                        PublicKey(bytes(author)),
                        str(text),
                        int(when),
                        None if reply_author is None else PublicKey(bytes(reply_author)),
                    )
                )
        posts = []
        for event_id, author, when, text, images, kind in rows:
            key = bytes(event_id)
            posts.append(
                Post(
                    event_id=key,
                    author=PublicKey(bytes(author)),
                    text=str(text),
                    timestamp_ms=int(when),
                    images=tuple(
                        PostImage(
                            _ref(i["thumb"]),
                            _ref(i["orig"]),
                            int(i["w"]),
                            int(i["h"]),
                            str(i["mime"]),
                        )
                        for i in json.loads(images)
                    ),
                    audience=Audience(kind),
                    likes=tuple(likes.get(key, ())),
                    comments=tuple(comments.get(key, ())),
                )
            )
        return posts

    # -- notifications -------------------------------------------------------------------------

    def notifications(self, limit: int = 100) -> list[Notification]:
        with self._db.read() as connection:
            seen = self._seen(connection)
            rows = connection.exec_driver_sql(
                "SELECT n.event_id, n.kind, n.actor, n.post_id, n.text, n.timestamp_ms,"
                " n.local_order"
                " FROM moment_notification n ORDER BY n.local_order DESC LIMIT ?",
                (limit,),
            ).all()
        visible = self._visible_authors()
        return [
            Notification(
                bytes(r[0]),
                NotificationKind(r[1]),
                PublicKey(bytes(r[2])),
                bytes(r[3]),
                str(r[4]),
                int(r[5]),
                int(r[6]) > seen,
            )
            for r in rows
            if bytes(r[2]) in visible
        ]

    def unread_notifications(self) -> int:
        return sum(1 for n in self.notifications(1000) if n.unread)

    @staticmethod
    def _seen(connection: Any) -> int:
        row = connection.exec_driver_sql(
            "SELECT notification_order FROM moment_seen WHERE id = 1"
        ).first()
        return int(row[0]) if row else 0

    def mark_notifications_seen(self) -> None:
        with self._db.write() as connection:
            connection.exec_driver_sql(
                "INSERT INTO moment_seen (id, notification_order) SELECT 1,"
                " COALESCE(MAX(local_order), 0)"
                " FROM moment_notification WHERE true"
                " ON CONFLICT(id) DO UPDATE SET notification_order = excluded.notification_order"
            )
        self._publish([MomentsChanged(b"")])

    # -- blobs -----------------------------------------------------------------------------------

    def wanted_blob_ids(self) -> list[BlobId]:
        """Thumbnails of visible posts, and originals someone opened."""
        wanted: list[BlobId] = []
        with self._db.read() as connection:
            for (images,) in connection.exec_driver_sql(
                "SELECT images FROM moment_post WHERE NOT deleted"
            ):
                wanted.extend(BlobId(bytes.fromhex(i["thumb"]["blob"])) for i in json.loads(images))
            wanted.extend(
                BlobId(bytes(r[0]))
                for r in connection.exec_driver_sql("SELECT blob_id FROM moment_wanted")
            )
        return wanted


_POST_COLUMNS = "p.event_id, p.author, p.timestamp_ms, p.text, p.images, p.audience_kind"


class _StoredPost:
    def __init__(self, author: PublicKey, audience: list[bytes]) -> None:
        self.author = author
        self.audience = audience
