"""The feature seam: how a feature (contacts, chat, groups, Moments, wallet, mini-programs)
declares its folds, feeds, entitlements and blobs, and the kit its services are built from."""

from core.features.feature import Entitlements, Feature, Features, FeedAccess
from core.features.kit import Kit, People, Publish

__all__ = ["Entitlements", "Feature", "Features", "FeedAccess", "Kit", "People", "Publish"]
