"""Chat and groups as features: their folds, the group feeds and who shares them."""

from __future__ import annotations

from core.changes import GroupChanged
from core.chat.group_fold import GroupsFold
from core.chat.groups import GroupsService
from core.chat.message_fold import MessagesFold
from core.chat.service import ChatService
from core.features import Entitlements, Feature, FeedAccess
from core.feeds import feed_id_for, group_topic
from core.ids import FeedId, PublicKey


def chat_feature(service: ChatService, me: PublicKey) -> Feature:
    """Messages and recalls; their feeds are the main and group feeds (shared elsewhere)."""
    return Feature(
        name="chat",
        folds={"chat.": MessagesFold(me)},
        wanted_blobs=service.attachment_blob_ids,
    )


def groups_feature(service: GroupsService, me: PublicKey) -> Feature:
    """A group's feeds go to its current members, from anyone who ever was one; fellow
    members get (and we keep) each other's main feeds, where invites and keys travel."""

    def entitlements() -> Entitlements:
        feeds: dict[FeedId, FeedAccess] = {}
        fellows: set[bytes] = set()
        for group in service.groups():
            active = frozenset(m.identity for m in group.active_members)
            everyone = frozenset(m.identity for m in group.members)
            feeds[feed_id_for(group_topic(group.group_id))] = FeedAccess(
                readers=active, authors=everyone, kept=me in everyone, from_anyone=True
            )
            if me in active:
                fellows |= active
        fellows.discard(me)
        return Entitlements(
            main_readers=frozenset(fellows), main_kept=frozenset(fellows), feeds=feeds
        )

    return Feature(
        name="groups",
        folds={"group.": GroupsFold(me)},
        entitlements=entitlements,
        entitlement_changes=(GroupChanged,),
        after_ingest=service.after_ingest,
    )
