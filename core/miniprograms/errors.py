"""Why a mini-program package or an update was refused, written for a person."""

from __future__ import annotations

from core.errors import InvalidInput


class PackageRefused(InvalidInput):
    """A .xdc package is not acceptable: not a zip, too large, unsafe paths, no index.html..."""


class NeedsNewerHutong(PackageRefused):
    """The package's manifest asks for a newer mini-program API than this Hutong has."""


class UpdateRefused(InvalidInput):
    """A status update from an app or a peer is malformed or too large."""


class QuotaExceeded(InvalidInput):
    """A mini-program's storage would go over its quota (1 MB per key, 10 MB per program)."""
