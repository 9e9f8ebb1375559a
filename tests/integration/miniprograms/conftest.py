"""Real peers in one process (a Core and a SyncService on loopback each), as in sync's tests."""

from tests.integration.sync.conftest import Peer, befriend, make_peer, wait_until

__all__ = ["Peer", "befriend", "make_peer", "wait_until"]
