"""Fuzz harness: every decoder of outside bytes raises only the package's own errors.

Two kinds of input: arbitrary bytes/text, and valid inputs with random mutations (flips,
truncations, insertions), which reach far deeper into each parser.
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from core.blobs import InvalidBlob, parse_manifest
from core.bodies import decode_body
from core.crypto import EncryptionKeyPair, SigningKeyPair
from core.envelopes import decrypt_with_key, encrypt_with_key, open_sealed, seal
from core.errors import HutongError
from core.feeds import MAIN_FEED, Kind, RawEvent, check_event, sign_event, unpack_header
from core.identity import Address, decode_card, decode_card_bytes, make_card, parse_display_id

KEYS = SigningKeyPair(bytes(range(32)))
BOX = EncryptionKeyPair(bytes(range(32, 64)))
EVENT = sign_event(KEYS, Kind.PUBLIC, MAIN_FEED, 1, None, 1, b'{"t":"profile"}')
CARD = make_card(
    KEYS, BOX.public_key, "Zoë 李", 1, bytes(32), (Address("10.1.2.3", 7733),)
).to_bytes()
SEALED = seal(b'{"t":"x"}', [BOX.public_key], b"ad")
SYMMETRIC = encrypt_with_key(b'{"t":"x"}', bytes(32), b"ad")


@st.composite
def mutated(draw: st.DrawFn, valid: bytes) -> bytes:
    data = bytearray(valid)
    for _ in range(draw(st.integers(1, 4))):
        action = draw(st.sampled_from(["flip", "cut", "insert", "delete"]))
        at = draw(st.integers(0, max(0, len(data) - 1)))
        if action == "flip" and data:
            data[at] ^= draw(st.integers(1, 255))
        elif action == "cut":
            del data[at:]
        elif action == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=8))
        elif data:
            del data[at]
    return bytes(data)


def only_own_errors(decode: Callable[[], object]) -> None:
    try:
        decode()
    except HutongError:
        pass


DECODERS: dict[str, Callable[[bytes], object]] = {
    "header": unpack_header,
    "event": lambda b: check_event(RawEvent(b[:154], b[154:218], b[218:] or None)),
    "card bytes": decode_card_bytes,
    "card text": lambda b: decode_card(b.decode("latin-1")),
    "sealed": lambda b: open_sealed(b, BOX, b"ad"),
    "symmetric": lambda b: decrypt_with_key(b, bytes(32), b"ad"),
    "manifest": parse_manifest,
    "body": decode_body,
    "display id": lambda b: parse_display_id(b.decode("latin-1")),
}


@settings(max_examples=300)
@given(st.sampled_from(sorted(DECODERS)), st.binary(max_size=600))
def test_random_bytes(name: str, data: bytes) -> None:
    only_own_errors(lambda: DECODERS[name](data))


@settings(max_examples=300)
@given(mutated(EVENT.raw.header + EVENT.raw.signature + (EVENT.raw.payload or b"")))
def test_mutated_events(data: bytes) -> None:
    only_own_errors(lambda: DECODERS["event"](data))
    only_own_errors(lambda: DECODERS["header"](data[:154]))


@settings(max_examples=300)
@given(mutated(CARD))
def test_mutated_cards(data: bytes) -> None:
    only_own_errors(lambda: decode_card_bytes(data))


@settings(max_examples=300)
@given(mutated(SEALED), mutated(SYMMETRIC))
def test_mutated_envelopes(sealed: bytes, symmetric: bytes) -> None:
    only_own_errors(lambda: open_sealed(sealed, BOX, b"ad"))
    only_own_errors(lambda: decrypt_with_key(symmetric, bytes(32), b"ad"))


def test_manifest_errors_are_package_errors() -> None:
    assert issubclass(InvalidBlob, HutongError)
