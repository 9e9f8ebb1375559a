"""What every page of the Moments pane shares: names, avatars, decoded pictures, colours."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.moments.colors import MomentsColors
from desktop.moments.thumbnails import ThumbnailCache
from desktop.people import AvatarCache, PeopleDirectory


@dataclass
class MomentsShared:
    directory: PeopleDirectory
    avatars: AvatarCache
    thumbnails: ThumbnailCache
    colors: MomentsColors
