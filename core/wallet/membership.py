"""Joining a currency, and the clearer's VRF key derived from its signing key.

A member says it holds a currency with a small public body in its main feed, so the
currency's other members (and its clearer) learn who shares its feeds::

    wallet.join  {cur}      the currency's id (hex)

The clearer's VRF key is derived from its Ed25519 seed, with no state of its own: a profile
restored from its key file keeps clearing (and keeps proving lucky shares) with the key its
currencies name. One VRF key per identity serves all the currencies it clears; the VRF input
names the envelope (an event id), so shares of different currencies never share an input.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from core.bodies import Body, Json, hex_field, int_field, text_field
from core.crypto import SigningKeyPair, VrfKeyPair, keyed_blake2b_256
from core.errors import InvalidInput
from core.identity import ContactCard, decode_card
from core.ids import PublicKey
from core.wallet.fields import WalletBody
from core.wallet.values import CurrencyId

_VRF_DERIVATION = b"hutong/wallet/vrf-seed/v1\x00"


@dataclass(frozen=True)
class JoinCurrency(WalletBody):
    """The author holds ``currency`` (public, in the author's main feed)."""

    TYPE: ClassVar[str] = "wallet.join"
    currency: CurrencyId

    def fields(self) -> dict[str, Json]:
        return {"cur": self.currency.hex()}

    @classmethod
    def decode(cls, body: Body) -> JoinCurrency:
        return cls(CurrencyId(hex_field(body, "cur", 32)))


@dataclass(frozen=True)
class ClearerCard(WalletBody):
    """The issuer passes on the card of the clearer of ``epoch`` (public, in its main feed).

    Members seal their intents to the clearer, so they need its encryption key; after a
    hand-over to a node they need not make the node a contact. The card is verified when
    decoded, and used only when it is the hand-over's key and the issuer published it.
    """

    TYPE: ClassVar[str] = "wallet.clearer"
    currency: CurrencyId
    epoch: int
    card: ContactCard

    def fields(self) -> dict[str, Json]:
        return {"cur": self.currency.hex(), "epoch": self.epoch, "card": self.card.to_text()}

    @classmethod
    def decode(cls, body: Body) -> ClearerCard:
        epoch = int_field(body, "epoch")
        if not 0 < epoch < 2**32:
            raise InvalidInput("a clearer's epoch is out of range")
        card = decode_card(text_field(body, "card", max_chars=_MAX_CARD_CHARS))
        return cls(CurrencyId(hex_field(body, "cur", 32)), epoch, card)


_MAX_CARD_CHARS = 600


def clearing_vrf_key(signing: SigningKeyPair) -> VrfKeyPair:
    """This identity's VRF key pair: keyed BLAKE2b-256 of a fixed label under its seed.

    The seed never leaves the device and is never logged (``VrfKeyPair``'s repr hides it).
    """
    return VrfKeyPair(keyed_blake2b_256(signing.seed, _VRF_DERIVATION))


def clearer_key_text(identity: PublicKey, vrf: VrfKeyPair) -> str:
    """What an issuer needs to hand clearing to this identity: ``<identity>:<VRF key>`` (hex)."""
    return f"{identity.hex()}:{vrf.public_key.hex()}"


def read_clearer_key(text: str) -> tuple[PublicKey, bytes]:
    """The identity and VRF public key of a clearer key text; InvalidInput when malformed."""
    problem = "this is not a clearer key (identity:VRF key, in hex)"
    parts = text.strip().lower().split(":")
    if len(parts) != 2 or any(len(part) != 64 for part in parts):
        raise InvalidInput(problem)
    try:
        identity, vrf_key = bytes.fromhex(parts[0]), bytes.fromhex(parts[1])
    except ValueError as exc:
        raise InvalidInput(problem) from exc
    return PublicKey(identity), vrf_key
