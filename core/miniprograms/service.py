"""The mini-programs service: installed packages, instances in chats, their LAN updates,
grants and storage (SKELETON: being filled in).

A *program* is a validated package, identified by the BLAKE2b-256 of its bytes (``program
id``, 32 bytes, hex in topics). An *instance* is one program shared in one conversation:
its updates travel in each member's ``app/<program-id>/<scope>`` feed, where the scope is
derived from the conversation (see docs/miniprograms.md). Errors are ``core.errors`` /
``core.miniprograms.errors`` types with a message fit to show.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.features import Kit
from core.ids import EventId
from core.miniprograms.manifest import Capability, Manifest
from core.miniprograms.package import Package
from core.miniprograms.transport import UpdateTransport


@dataclass(frozen=True)
class InstalledProgram:
    program_id: bytes  # BLAKE2b-256 of the package bytes
    name: str
    manifest: Manifest
    size: int
    bundled: bool
    installed_ms: int
    last_opened_ms: int | None


@dataclass(frozen=True)
class Instance:
    """A program opened in a conversation (``conversation`` None: a solo instance)."""

    program_id: bytes
    conversation: str | None
    title: str
    last_opened_ms: int


class MiniProgramsService:
    def __init__(self, kit: Kit) -> None:
        self._kit = kit

    # -- packages --------------------------------------------------------------------------
    def install(self, data: bytes, file_name: str = "package.xdc") -> InstalledProgram:
        """Validate (PackageRefused with the reason) and keep a package; idempotent."""
        raise NotImplementedError

    def install_from_card(self, conversation: str, card_message: EventId) -> InstalledProgram:
        """Install the package a mini-program card in a chat carries (its blob must be here)."""
        raise NotImplementedError

    def installed(self) -> list[InstalledProgram]:
        """Installed and bundled programs, most recently opened first."""
        raise NotImplementedError

    def recent(self, limit: int = 12) -> list[Instance]:
        raise NotImplementedError

    def package(self, program_id: bytes) -> Package:
        raise NotImplementedError

    def uninstall(self, program_id: bytes) -> None:
        raise NotImplementedError

    def share(self, program_id: bytes, conversation: str) -> EventId:
        """Post a mini-program card (with the package) in a conversation; returns its id."""
        raise NotImplementedError

    # -- instances -------------------------------------------------------------------------
    def transport(self, program_id: bytes, conversation: str | None) -> UpdateTransport:
        """The LAN link of our member of this instance (a solo instance stays local)."""
        raise NotImplementedError

    def note_opened(self, program_id: bytes, conversation: str | None) -> None:
        raise NotImplementedError

    # -- window.hutong ---------------------------------------------------------------------
    def granted(self, program_id: bytes) -> frozenset[Capability]:
        raise NotImplementedError

    def grant(self, program_id: bytes, capability: Capability) -> None:
        raise NotImplementedError

    def revoke(self, program_id: bytes, capability: Capability) -> None:
        raise NotImplementedError

    def storage_get(self, program_id: bytes, key: str) -> str | None:
        raise NotImplementedError

    def storage_set(self, program_id: bytes, key: str, value: str) -> None:
        """Quota: 1 MB per key, 10 MB per program for this user (QuotaExceeded beyond)."""
        raise NotImplementedError

    def storage_remove(self, program_id: bytes, key: str) -> None:
        raise NotImplementedError

    def storage_keys(self, program_id: bytes) -> list[str]:
        raise NotImplementedError

    def storage_used(self, program_id: bytes) -> int:
        raise NotImplementedError
