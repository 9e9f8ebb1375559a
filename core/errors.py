"""The exception root of core, split into "the world failed" and "we have a bug".

Every error raised by core on purpose derives from :class:`HutongError`. Callers at the edges
(the CLI, the GUI's operation runner, a sync session) catch ``HutongError`` and show
``str(error)``, which is always written for a person.
"""

from __future__ import annotations


class HutongError(Exception):
    """Root of every error core raises on purpose."""


class InvalidInput(HutongError):
    """Bytes or values from outside (network, QR code, file, clipboard, user) are not acceptable."""


class InvalidEvent(InvalidInput):
    """An event header, signature, chain link or payload failed validation."""


class InvalidEnvelope(InvalidInput):
    """An envelope is malformed or cannot be opened with our keys."""


class InvalidCard(InvalidInput):
    """A contact card is malformed, of an unknown version, or its signature does not verify."""


class ProfileError(HutongError):
    """The profile folder cannot be used (locked, unreadable, from a newer version)."""


class ProfileLocked(ProfileError):
    """Another process already has this profile open."""


class PassphraseRequired(ProfileError):
    """The profile's secret keys are protected and no passphrase was given."""


class WrongPassphrase(ProfileError):
    """The passphrase does not open the profile's secret keys."""


class NotAllowed(HutongError):
    """The action is well-formed but not permitted (not a member, recall too late, blocked...)."""


class NotFound(HutongError):
    """The thing asked for does not exist here."""


class StorageError(HutongError):
    """The disk or database failed (disk full, I/O error)."""
