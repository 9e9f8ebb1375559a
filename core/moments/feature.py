"""Moments as a feature: its fold and the pictures its posts reference."""

from __future__ import annotations

from core.features import Feature
from core.ids import PublicKey
from core.moments.fold import MomentsFold
from core.moments.service import MomentsService


def moments_feature(service: MomentsService, me: PublicKey) -> Feature:
    """Posts travel in main feeds (sealed to their audience), so Moments adds no feeds."""
    return Feature(
        name="moments",
        folds={"moments.": MomentsFold(me)},
        wanted_blobs=service.wanted_blob_ids,
    )
