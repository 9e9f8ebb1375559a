"""The package's public names are all importable from its front door."""

from __future__ import annotations

import sync.discovery


def test_every_public_name_exists() -> None:
    for name in sync.discovery.__all__:
        assert hasattr(sync.discovery, name), name


def test_one_exception_root() -> None:
    assert issubclass(sync.discovery.MalformedAdvert, sync.discovery.DiscoveryError)
    assert issubclass(sync.discovery.DiscoveryUnavailable, sync.discovery.DiscoveryError)
