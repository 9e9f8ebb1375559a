"""Moments: a friends-only feed, each post encrypted to the audience chosen when posting."""

from core.moments.audience import interaction_recipients, resolve_audience
from core.moments.feature import moments_feature
from core.moments.fold import MomentsFold
from core.moments.service import MomentsService
from core.moments.tables import MOMENT_TABLES
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

__all__ = [
    "MAX_COMMENT_CHARS",
    "MAX_IMAGES",
    "MAX_IMAGE_BYTES",
    "MAX_POST_CHARS",
    "MAX_THUMBNAIL_BYTES",
    "MOMENT_TABLES",
    "WINDOW_CHOICES",
    "Audience",
    "AudienceChoice",
    "Comment",
    "Like",
    "MomentsFold",
    "MomentsService",
    "NewImage",
    "Notification",
    "NotificationKind",
    "Post",
    "PostImage",
    "interaction_recipients",
    "moments_feature",
    "resolve_audience",
]
