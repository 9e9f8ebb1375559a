"""The projector and its keyring: feeds folded into the tables the UI reads."""

from core.projection.keyring import Keyring, ScopedKey
from core.projection.projector import Fold, Opened, Projector, merge_changes
from core.projection.tables import ParkedEventRow, ProjectionStateRow, SymmetricKeyRow

__all__ = [
    "Fold",
    "Keyring",
    "Opened",
    "ParkedEventRow",
    "ProjectionStateRow",
    "Projector",
    "ScopedKey",
    "SymmetricKeyRow",
    "merge_changes",
]
