"""A feature, declared in one value: its folds, its feeds and who shares them, its blobs.

The facade collects the features once; the projector gets their folds, ``PeerReplica``
merges their :class:`Entitlements` into one policy (who we serve which feed to, which feeds
we keep), ``Core.missing_blobs`` asks each for the blobs it wants, and each feature's
``after_ingest`` runs after events from elsewhere are folded.

Feeds are addressed by topic (``main``, ``group/<id>``, ``wallet/<currency>``,
``app/<program>/<scope>``); a feature names the feeds of its topics by feed id
(``core.feeds.feed_id_for(topic)``) and says, per topic, whose feeds belong to it and which
peers may have them. Anything no feature claims is neither served nor kept.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from core.changes import Change
from core.ids import BlobId, FeedId
from core.projection import Fold

_NOBODY: frozenset[bytes] = frozenset()


@dataclass(frozen=True)
class FeedAccess:
    """Who shares the feeds of one topic (every author's feed with that topic's id).

    ``readers`` may receive them; ``authors`` are the identities whose feeds of this topic
    belong to it (we serve no one else's); ``kept`` says whether we replicate them ourselves
    (a group we are in, a currency we hold), and then only the ``authors``' feeds, unless
    ``from_anyone``: a group takes its feeds from any author (its id is a secret among its
    members, and a new member's feed may arrive before the change that admits them; the
    fold decides what counts). A topic whose name others can learn (a currency id in a
    payment code) keeps ``from_anyone`` off, or a stranger could fill it.

    ``max_seq`` caps each author's feed of this topic: events past it are neither stored
    nor served (a member flooding a mini-program cannot fill the others' disks, nor have
    them relay the flood). ``None`` is no cap. Merged, the larger cap wins and no cap beats
    any: a feature can only loosen another's cap, never silently tighten it.
    """

    readers: frozenset[bytes]
    authors: frozenset[bytes]
    kept: bool = True
    from_anyone: bool = False
    max_seq: int | None = None

    def keeps(self, author: bytes) -> bool:
        """Whether we keep ``author``'s feed of this topic."""
        return self.kept and (self.from_anyone or author in self.authors)


@dataclass(frozen=True)
class Entitlements:
    """One feature's say in the replication policy; :meth:`merge` joins every feature's.

    The ``main`` feed is shared by relationships rather than by topic membership, so it has
    its own fields: ``main_readers`` get our own main feed, ``main_kept`` are the authors
    whose main feeds we keep, and ``relays`` carry each other's main feeds (friends carry
    their friends' sealed messages store-and-forward). ``blocked`` overrides everything.
    """

    blocked: frozenset[bytes] = _NOBODY
    main_readers: frozenset[bytes] = _NOBODY
    main_kept: frozenset[bytes] = _NOBODY
    relays: frozenset[bytes] = _NOBODY
    feeds: Mapping[FeedId, FeedAccess] = field(default_factory=dict)

    @staticmethod
    def merge(parts: Iterable[Entitlements]) -> Entitlements:
        blocked: set[bytes] = set()
        readers: set[bytes] = set()
        kept: set[bytes] = set()
        relays: set[bytes] = set()
        feeds: dict[FeedId, FeedAccess] = {}
        for part in parts:
            blocked |= part.blocked
            readers |= part.main_readers
            kept |= part.main_kept
            relays |= part.relays
            for feed_id, access in part.feeds.items():
                earlier = feeds.get(feed_id)
                feeds[feed_id] = (
                    access
                    if earlier is None
                    else FeedAccess(
                        earlier.readers | access.readers,
                        earlier.authors | access.authors,
                        earlier.kept or access.kept,
                        earlier.from_anyone or access.from_anyone,
                        _larger_cap(earlier.max_seq, access.max_seq),
                    )
                )
        return Entitlements(
            frozenset(blocked), frozenset(readers), frozenset(kept), frozenset(relays), feeds
        )


def _larger_cap(a: int | None, b: int | None) -> int | None:
    return None if a is None or b is None else max(a, b)


@dataclass(frozen=True)
class Feature:
    """Everything core needs to know to carry one feature.

    - ``folds``: body-type prefix (``"chat."``) → the fold that projects those bodies;
    - ``entitlements``: this feature's part of the replication policy, recomputed when a
      change of one of the ``entitlement_changes`` types is published;
    - ``wanted_blobs``: the blobs this feature's projections reference (sync fetches the
      ones not here yet);
    - ``after_ingest``: work that follows events from elsewhere once they are folded
      (answering join requests, clearing payments), in the folding thread.
    """

    name: str
    folds: Mapping[str, Fold] = field(default_factory=dict)
    entitlements: Callable[[], Entitlements] | None = None
    entitlement_changes: tuple[type[Change], ...] = ()
    wanted_blobs: Callable[[], Sequence[BlobId]] | None = None
    after_ingest: Callable[[], object] | None = None


class Features:
    """The features of one open profile, asked together."""

    def __init__(self, features: Sequence[Feature]) -> None:
        names = [f.name for f in features]
        if len(set(names)) != len(names):
            raise ValueError("two features share a name")
        self.all = tuple(features)
        folds: dict[str, Fold] = {}
        for feature in self.all:
            for prefix, fold in feature.folds.items():
                if prefix in folds:
                    raise ValueError(f"two features fold {prefix!r} bodies")
                folds[prefix] = fold
        self.folds: Mapping[str, Fold] = folds
        self.entitlement_changes: tuple[type[Change], ...] = tuple(
            dict.fromkeys(kind for f in self.all for kind in f.entitlement_changes)
        )

    def entitlements(self) -> Entitlements:
        return Entitlements.merge(f.entitlements() for f in self.all if f.entitlements)

    def wanted_blobs(self) -> list[BlobId]:
        wanted: list[BlobId] = []
        for feature in self.all:
            if feature.wanted_blobs is not None:
                wanted.extend(feature.wanted_blobs())
        return list(dict.fromkeys(wanted))

    def after_ingest(self) -> None:
        for feature in self.all:
            if feature.after_ingest is not None:
                feature.after_ingest()
