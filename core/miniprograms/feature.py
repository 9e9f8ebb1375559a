"""Mini-programs as a feature: the ``app/<program>/<scope>`` feeds of the instances we opened
(kept and served among the conversation's members) and the fold of their updates."""

from __future__ import annotations

from core.changes import GroupChanged
from core.features import Feature
from core.ids import PublicKey
from core.miniprograms.fold import AppUpdatesFold
from core.miniprograms.service import InstancesChanged, MiniProgramsService


def miniprograms_feature(service: MiniProgramsService, me: PublicKey) -> Feature:
    return Feature(
        name="miniprograms",
        folds={"app.": AppUpdatesFold(me)},
        entitlements=service.entitlements,
        # A new instance, or a group's members changing, changes who shares its feeds.
        entitlement_changes=(InstancesChanged, GroupChanged),
        after_ingest=service.after_ingest,
    )
