"""Mini-programs as a feature (SKELETON: being filled in): app/<program>/<scope> feeds."""

from __future__ import annotations

from core.features import Feature
from core.ids import PublicKey
from core.miniprograms.service import MiniProgramsService


def miniprograms_feature(service: MiniProgramsService, me: PublicKey) -> Feature:
    return Feature(name="miniprograms")
