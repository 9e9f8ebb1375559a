"""The Moments pane: timeline, albums, posting with pictures and audiences, notifications."""

from desktop.moments.pane import MomentsPane

__all__ = ["MomentsPane"]
