"""Before the main window: the welcome and identity creation, or unlocking a profile."""

from desktop.onboarding.first_run import FirstRunDialog
from desktop.onboarding.startup import open_profile
from desktop.onboarding.unlock import UnlockDialog

__all__ = ["FirstRunDialog", "UnlockDialog", "open_profile"]
