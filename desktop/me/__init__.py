"""Me / Settings: profile, passphrase, notifications, appearance, network."""

from desktop.me.pane import MePane

__all__ = ["MePane"]
