"""Mini-programs as a feature: the ``app/<program>/<scope>`` feeds of the instances we opened
(kept and served among the conversation's members, each member's up to a cap) and the fold
of their updates."""

from __future__ import annotations

from dataclasses import replace

from core.changes import GroupChanged
from core.features import Entitlements, Feature
from core.ids import PublicKey
from core.miniprograms import limits
from core.miniprograms.fold import AppUpdatesFold
from core.miniprograms.service import InstancesChanged, MiniProgramsService


def miniprograms_feature(service: MiniProgramsService, me: PublicKey) -> Feature:
    def entitlements() -> Entitlements:
        # Past the cap a member's updates would not be folded anyway: not storing or
        # relaying them keeps a flooding member from filling every other member's disk.
        granted = service.entitlements()
        capped = {
            feed_id: replace(access, max_seq=limits.MAX_MEMBER_EVENTS)
            for feed_id, access in granted.feeds.items()
        }
        return replace(granted, feeds=capped)

    return Feature(
        name="miniprograms",
        folds={"app.": AppUpdatesFold(me)},
        entitlements=entitlements,
        # A new instance, or a group's members changing, changes who shares its feeds.
        entitlement_changes=(InstancesChanged, GroupChanged),
        after_ingest=service.after_ingest,
    )
