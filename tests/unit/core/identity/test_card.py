from __future__ import annotations

import base64

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.crypto import EncryptionKeyPair, SigningKeyPair
from core.errors import InvalidCard
from core.identity import MAX_CARD_TEXT, Address, decode_card, decode_card_bytes, make_card

SIGNER = SigningKeyPair(bytes(range(32)))
BOX = EncryptionKeyPair(bytes(range(32, 64)))


def card(
    name: str = "Alice",
    addresses: tuple[Address, ...] = (Address("10.0.0.2", 7733),),
    avatar: bytes | None = None,
):
    return make_card(SIGNER, BOX.public_key, name, 1_700_000_000_000, avatar, addresses)


@given(
    st.text(min_size=1, max_size=30).filter(
        lambda s: s.strip() and all(c.isprintable() for c in s)
    ),
    st.lists(st.tuples(st.ip_addresses(), st.integers(1, 65535)), max_size=4),
    st.one_of(st.none(), st.binary(min_size=32, max_size=32)),
)
def test_cards_round_trip(
    name: str, addresses: list[tuple[object, int]], avatar: bytes | None
) -> None:
    made = card(name, tuple(Address(str(ip), port) for ip, port in addresses), avatar)
    decoded = decode_card(made.to_text())
    assert decoded == made
    assert len(made.to_text()) <= MAX_CARD_TEXT


@given(st.integers(min_value=0), st.integers(1, 255))
def test_any_changed_byte_is_rejected_with_a_clear_error(position: int, flip: int) -> None:
    data = bytearray(card().to_bytes())
    data[position % len(data)] ^= flip
    with pytest.raises(InvalidCard):
        decode_card_bytes(bytes(data))


def test_card_text_is_qr_alphanumeric_and_case_insensitive() -> None:
    text = card().to_text()
    assert set(text) <= set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")
    assert decode_card("  " + text.lower() + "\n") == card()


def test_the_largest_card_fits_a_qr_code() -> None:
    import qrcode

    biggest = card("名" * 21, tuple(Address(f"fe80::{i}", 65535) for i in range(4)), bytes(32))
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(biggest.to_text())
    code.make(fit=True)
    assert code.version <= 20


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("hello", "not a Hutong card"),
        ("HUTONG:C1:!!!!", "damaged"),
        ("HUTONG:C1:" + "A" * 5000, "too long"),
    ],
)
def test_non_cards_get_a_clear_message(text: str, reason: str) -> None:
    with pytest.raises(InvalidCard, match=reason):
        decode_card(text)


def test_a_card_signed_by_someone_else_is_rejected() -> None:
    data = bytearray(card().to_bytes())
    data[-64:] = SigningKeyPair.generate().sign(b"x")
    with pytest.raises(InvalidCard, match="signature"):
        decode_card_bytes(bytes(data))


def test_another_version_is_named() -> None:
    data = bytearray(card().to_bytes())
    data[0] = 2
    with pytest.raises(InvalidCard, match="version 2"):
        decode_card("HUTONG:C1:" + base64.b32encode(bytes(data)).decode().rstrip("="))
