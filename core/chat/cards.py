"""Cards: typed, versioned things a chat message can carry (a transfer, a red envelope, a
mini-program), each a frozen dataclass with a kind tag.

On the wire a card is an object ``{k, v, title, …kind's fields}``. Every card has a
``title``: the line the chat list shows and search finds. A card of a kind or version this
Hutong does not know decodes to :class:`UnsupportedCard` (kept, shown as "unsupported card,
update Hutong"), never dropped; a malformed card of a known kind is refused like any other
hostile body. Amounts are integers in the currency's minor units.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from enum import StrEnum
from typing import ClassVar, Self

from core.bodies import Body, Json, b64, b64_field, hex_field, int_field, optional_hex, text_field
from core.errors import InvalidInput
from core.ids import BlobId, PublicKey

MAX_TITLE_CHARS = 200
MAX_NOTE_CHARS = 200
MAX_CARD_KIND_CHARS = 32
MAX_AMOUNT = 10**15  # minor units; far above any real amount, far below JSON's exact range
MAX_SHARES = 500
MAX_PACKAGE_BYTES = 2 * 1024 * 1024


class Card(ABC):
    """A card kind: subclasses are frozen dataclasses with ``KIND`` and ``VERSION``."""

    KIND: ClassVar[str]
    VERSION: ClassVar[int]
    title: str

    @abstractmethod
    def card_fields(self) -> dict[str, Json]:
        """The kind's own fields, in wire order (``None`` means absent)."""

    @classmethod
    @abstractmethod
    def decode_card(cls, entry: Body, title: str) -> Self:
        """Read the kind's own fields; InvalidInput when malformed."""

    @property
    def kind(self) -> str:
        return self.KIND

    @property
    def blob(self) -> BlobId | None:
        """A blob the card needs here (a mini-program's package): sync fetches it."""
        return None

    @property
    def version(self) -> int:
        return self.VERSION

    def to_json(self) -> dict[str, Json]:
        own = {name: value for name, value in self.card_fields().items() if value is not None}
        return {"k": self.KIND, "v": self.VERSION, "title": self.title, **own}


def _amount(entry: Body, name: str) -> int:
    value = int_field(entry, name)
    if not 0 < value <= MAX_AMOUNT:
        raise InvalidInput(f"field {name!r} is not an amount")
    return value


def _title(entry: Body) -> str:
    title = text_field(entry, "title", max_chars=MAX_TITLE_CHARS)
    if not title.strip():
        raise InvalidInput("a card needs a title")
    return title


@dataclass(frozen=True)
class TransferCard(Card):
    """Money sent to one person, held until they accept (the wallet clears it)."""

    KIND: ClassVar[str] = "transfer"
    VERSION: ClassVar[int] = 1
    title: str
    currency: bytes  # the currency's id (32 bytes)
    transfer: bytes  # the transfer intent's id (32 bytes)
    amount: int  # minor units
    note: str = ""

    def card_fields(self) -> dict[str, Json]:
        return {
            "cur": self.currency.hex(),
            "id": self.transfer.hex(),
            "amount": self.amount,
            "note": self.note or None,
        }

    @classmethod
    def decode_card(cls, entry: Body, title: str) -> Self:
        return cls(
            title,
            hex_field(entry, "cur", 32),
            hex_field(entry, "id", 32),
            _amount(entry, "amount"),
            text_field(entry, "note", max_chars=MAX_NOTE_CHARS, default=""),
        )


class Split(StrEnum):
    FIXED = "fixed"  # every share the same
    LUCKY = "lucky"  # shares drawn by the clearer's VRF


@dataclass(frozen=True)
class RedEnvelopeCard(Card):
    """A red envelope: ``shares`` shares of ``total``, fixed or lucky, maybe for one member."""

    KIND: ClassVar[str] = "red_envelope"
    VERSION: ClassVar[int] = 1
    title: str  # the greeting
    currency: bytes
    envelope: bytes  # the envelope's id (32 bytes)
    total: int  # minor units
    shares: int
    split: Split
    exclusive_to: PublicKey | None = None

    def card_fields(self) -> dict[str, Json]:
        return {
            "cur": self.currency.hex(),
            "id": self.envelope.hex(),
            "total": self.total,
            "shares": self.shares,
            "split": self.split.value,
            "only": None if self.exclusive_to is None else self.exclusive_to.hex(),
        }

    @classmethod
    def decode_card(cls, entry: Body, title: str) -> Self:
        total = _amount(entry, "total")
        shares = int_field(entry, "shares")
        if not 0 < shares <= min(MAX_SHARES, total):
            raise InvalidInput("a red envelope has 1 to 500 shares of at least one unit each")
        try:
            split = Split(text_field(entry, "split", max_chars=8))
        except ValueError as exc:
            raise InvalidInput("unknown red envelope split") from exc
        only = optional_hex(entry, "only", 32)
        return cls(
            title,
            hex_field(entry, "cur", 32),
            hex_field(entry, "id", 32),
            total,
            shares,
            split,
            None if only is None else PublicKey(only),
        )


@dataclass(frozen=True)
class PackageRef:
    """A mini-program package stored as an encrypted blob."""

    blob: BlobId
    key: bytes
    size: int


@dataclass(frozen=True)
class MiniProgramCard(Card):
    """A mini-program shared in a chat: open it, its state syncs among the chat's members."""

    KIND: ClassVar[str] = "mini_program"
    VERSION: ClassVar[int] = 1
    title: str  # the program's name
    program: bytes  # the program's id (32 bytes)
    summary: str = ""
    package: PackageRef | None = None

    @property
    def blob(self) -> BlobId | None:
        return None if self.package is None else self.package.blob

    def card_fields(self) -> dict[str, Json]:
        package = self.package
        return {
            "id": self.program.hex(),
            "summary": self.summary or None,
            "blob": None if package is None else package.blob.hex(),
            "key": None if package is None else b64(package.key),
            "size": None if package is None else package.size,
        }

    @classmethod
    def decode_card(cls, entry: Body, title: str) -> Self:
        package = None
        if entry.get("blob") is not None:
            size = int_field(entry, "size")
            if not 0 < size <= MAX_PACKAGE_BYTES:
                raise InvalidInput("a mini-program package is at most 2 MB")
            package = PackageRef(
                BlobId(hex_field(entry, "blob", 32)), b64_field(entry, "key", 32), size
            )
        return cls(
            title,
            hex_field(entry, "id", 32),
            text_field(entry, "summary", max_chars=MAX_NOTE_CHARS, default=""),
            package,
        )


@dataclass(frozen=True)
class UnsupportedCard(Card):
    """A card this Hutong cannot read (a newer kind or version): shown, never dropped."""

    KIND: ClassVar[str] = ""
    VERSION: ClassVar[int] = 0
    title: str
    card_kind: str
    card_version: int

    @property
    def kind(self) -> str:
        return self.card_kind

    @property
    def version(self) -> int:
        return self.card_version

    def card_fields(self) -> dict[str, Json]:
        return {}

    def to_json(self) -> dict[str, Json]:
        """What is kept of it: kind, version and title (enough to show it)."""
        return {"k": self.card_kind, "v": self.card_version, "title": self.title}

    @classmethod
    def decode_card(cls, entry: Body, title: str) -> Self:
        return cls(
            title, text_field(entry, "k", max_chars=MAX_CARD_KIND_CHARS), int_field(entry, "v")
        )


CARD_KINDS: dict[str, type[Card]] = {
    kind.KIND: kind for kind in (TransferCard, RedEnvelopeCard, MiniProgramCard)
}


def decode_card(entry: Body) -> Card:
    """A card from its wire object: a known kind and version, or :class:`UnsupportedCard`."""
    kind = text_field(entry, "k", max_chars=MAX_CARD_KIND_CHARS)
    version = int_field(entry, "v")
    title = _title(entry)
    known = CARD_KINDS.get(kind)
    if known is None or not 0 < version <= known.VERSION:
        return UnsupportedCard(title, kind, version)
    return known.decode_card(entry, title)
