"""Recovering our own feeds after a restore or a lost database, never forking them.

Our feeds are hash chains that only we sign: the next event must follow our current head.
A database that does not know that head — ``hutong.db`` deleted, emptied to zero bytes, or a
new folder holding only ``identity.json`` before ``hutong import`` — must not start our main
feed again at seq 1: every friend who holds the real one would see two histories signed by
our key (a fork) and freeze the feed. So such a profile is *recovering*: it appends nothing
(:class:`core.authoring.Author` refuses with :class:`RecoveringProfile`) until our own main
feed arrives, from ``hutong import`` or from any peer that holds it (every peer serves a
device its own feeds back). The state is kept in the database, so a restart keeps waiting.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from sqlmodel import Field, SQLModel

from core.changes import Change
from core.errors import ProfileError
from core.feeds import MAIN_FEED
from core.ids import PublicKey
from core.projection import Projector
from core.store import Database, FeedStore, StoredEvent
from core.store.sql import Connection

_PAGE = 500


class RecoveringProfile(ProfileError):
    """Nothing can be written while our own feeds' heads are unknown."""


class OwnHeadsRow(SQLModel, table=True):
    """One row: whether this database holds the heads of our own feeds."""

    __tablename__ = "own_heads"

    id: int = Field(default=1, primary_key=True)
    known: bool
    reason: str = ""  # why the heads were unknown when this database was opened first


def lost_database(path: Path) -> str | None:
    """Why the database at ``path`` cannot be holding our history (before it is opened)."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return "its database hutong.db is missing"
    return "its database hutong.db is empty (damaged)" if size == 0 else None


class Recovery:
    """Whether our heads are known; read without the database (it only goes False → True)."""

    def __init__(self, database: Database, feeds: FeedStore, me: PublicKey) -> None:
        self._db = database
        self._feeds = feeds
        self._me = me
        self._ending = threading.Lock()
        self.recovering = False
        self.reason: str | None = None  # why we are recovering, for a status line

    def start(self, *, new_identity: bool, lost: str | None) -> None:
        """Decide at open: a new identity and a database holding our main feed know our heads.

        ``lost`` says why the database could not hold them (see :func:`lost_database`)."""
        with self._db.write() as connection:
            row = connection.exec_driver_sql(
                "SELECT known, reason FROM own_heads WHERE id = 1"
            ).first()
            if new_identity:  # nothing of ours exists anywhere yet, whatever the file holds
                known, reason = True, ""
            elif row is None:
                known = self._feeds.note(self._me, MAIN_FEED) is not None
                reason = "" if known else lost or "its database does not hold its own history"
            else:
                known, reason = bool(row[0]), str(row[1])
                if known and self._feeds.note(self._me, MAIN_FEED) is None:
                    # Topics are recorded only for the owner's feeds: someone else's means
                    # this database is another identity's (a key file copied over it).
                    foreign = connection.exec_driver_sql(
                        "SELECT 1 FROM feed WHERE topic IS NOT NULL AND author != ? LIMIT 1",
                        (self._me,),
                    ).first()
                    if foreign is not None:
                        known, reason = False, "its database belongs to another identity"
            connection.exec_driver_sql(
                "INSERT INTO own_heads (id, known, reason) VALUES (1, ?, ?)"
                " ON CONFLICT(id) DO UPDATE SET known = excluded.known, reason = excluded.reason",
                (known, reason),
            )
        self.recovering = not known
        self.reason = None if known else reason

    def check_found(self, projector: Projector) -> list[Change] | None:
        """End recovery if our main feed has arrived: fold what came back, by the authors'
        time, then allow writing. Returns the changes when it just ended, else None."""
        if not self.recovering or self._feeds.note(self._me, MAIN_FEED) is None:
            return None
        with self._ending:
            if not self.recovering:
                return None
            with self._db.write() as connection:
                changes = projector.fold_in_order(_by_time(self._feeds))
                connection.exec_driver_sql(
                    "UPDATE own_heads SET known = 1, reason = '' WHERE id = 1"
                )
            self.recovering = False
            self.reason = None
        return changes

    def require_known(self) -> None:
        """Raise :class:`RecoveringProfile` while our heads are unknown (before any append)."""
        if self.recovering:
            raise RecoveringProfile(
                "this profile is waiting for its own history (restored or lost database):"
                " connect to a friend or import a backup first"
            )


def _by_time(feeds: FeedStore) -> Callable[[Connection], Iterator[Sequence[StoredEvent]]]:
    """Events not folded yet, by author timestamp then arrival, a page at a time."""

    def pages(connection: Connection) -> Iterator[Sequence[StoredEvent]]:
        # Only the order is sorted (a few bytes an event); the events are read page by page.
        orders = [
            int(row[0])
            for row in connection.exec_driver_sql(
                "SELECT local_order FROM event WHERE local_order > ?"
                " ORDER BY timestamp_ms, local_order",
                (Projector.watermark(connection),),
            )
        ]
        for start in range(0, len(orders), _PAGE):
            wanted = orders[start : start + _PAGE]
            found = {stored.local_order: stored for stored in feeds.events_at_orders(wanted)}
            yield [found[order] for order in wanted if order in found]

    return pages
