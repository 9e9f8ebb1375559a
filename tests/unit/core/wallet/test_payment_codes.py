"""Receive codes and signed payment requests: round trips, tampering, expiry, QR size."""

from __future__ import annotations

import base64

import pytest
import qrcode
from hypothesis import given, settings
from hypothesis import strategies as st

from core.errors import InvalidInput
from core.ids import PublicKey
from core.wallet import (
    InvalidPaymentCode,
    PaymentRequest,
    ReceiveCode,
    make_payment_request,
    read_payment_code,
    read_payment_request,
    read_receive_code,
)
from tests.unit.core.wallet.world import ALICE, BOB, T0, key, make_currency

CURRENCY = make_currency().id
LONGEST_MEMO = "午饭" * 30  # 60 UTF-8 bytes after the cut


def request(amount: int = 1250, memo: str = "lunch", expires: int = T0 + 60_000) -> PaymentRequest:
    return make_payment_request(BOB, CURRENCY, amount, bytes(range(16)), expires, memo)


def test_a_payment_request_reads_back_verified() -> None:
    made = request()
    read = read_payment_code(made.text, T0)
    assert read == made and isinstance(read, PaymentRequest)
    assert (read.payee, read.amount, read.memo) == (key(BOB), 1250, "lunch")
    lowercase_wrapped = "\n".join(made.text.lower()[i : i + 40] for i in range(0, 300, 40))
    assert read_payment_request(lowercase_wrapped, T0) == made


def test_every_changed_character_of_a_request_is_caught_before_any_pin() -> None:
    text = request().text
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    for at in range(len("HUTONG:P1:"), len(text)):
        other = alphabet[(alphabet.index(text[at]) + 1) % 32]
        with pytest.raises(InvalidPaymentCode):
            read_payment_request(text[:at] + other + text[at + 1 :], T0)


def test_a_request_with_a_changed_amount_and_a_resealed_encoding_is_caught() -> None:
    made = request()
    body = made.text[len("HUTONG:P1:") :]
    raw = bytearray(base64.b32decode(body + "=" * (-len(body) % 8)))
    raw[65:73] = (1).to_bytes(8, "big")  # the amount field
    forged = "HUTONG:P1:" + base64.b32encode(bytes(raw)).decode().rstrip("=")
    with pytest.raises(InvalidPaymentCode, match="altered"):
        read_payment_request(forged, T0)


def test_an_expired_request_is_refused_by_the_readers_clock() -> None:
    made = request(expires=T0)
    assert read_payment_request(made.text, T0) == made
    with pytest.raises(InvalidPaymentCode, match="expired"):
        read_payment_code(made.text, T0 + 1)


def test_receive_codes_round_trip_with_and_without_an_amount() -> None:
    for amount in (None, 1, 999_999):
        code = ReceiveCode(CURRENCY, key(ALICE), amount)
        assert read_payment_code(code.to_text(), T0) == code
        assert read_receive_code(code.to_text().lower()) == code
    with pytest.raises(InvalidInput):
        ReceiveCode(CURRENCY, key(ALICE), 0).to_text()


def test_other_texts_are_refused_clearly() -> None:
    for text in ("", "hello", "HUTONG:G1:AAAA", "HUTONG:P1:!!!!", "HUTONG:R1:AE", "x" * 2_000):
        with pytest.raises(InvalidPaymentCode):
            read_payment_code(text, T0)


@pytest.mark.parametrize("memo", ["", LONGEST_MEMO])
def test_the_largest_request_fits_a_qr_code_at_medium_error_correction(memo: str) -> None:
    made = request(amount=10**15, memo=memo)
    assert len(made.memo.encode()) <= 60
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(qrcode.util.QRData(made.text, mode=qrcode.util.MODE_ALPHA_NUM))
    code.make(fit=True)
    assert code.version <= 11, (code.version, len(made.text))


def _mutations(valid: bytes) -> st.SearchStrategy[bytes]:
    flips = st.lists(st.tuples(st.integers(0, len(valid) - 1), st.integers(1, 255)), max_size=3)
    return st.tuples(flips, st.integers(0, len(valid))).map(
        lambda spec: bytes(
            byte ^ next((x for at, x in spec[0] if at == i), 0) for i, byte in enumerate(valid)
        )[: spec[1]]
    )


def _encoded(prefix: str) -> st.SearchStrategy[str]:
    raw = base64.b32decode(
        (
            text := (
                request().text
                if prefix.endswith("P1:")
                else ReceiveCode(CURRENCY, PublicKey(bytes(32)), 5).to_text()
            )
        )[len(prefix) :]
        + "=" * (-(len(text) - len(prefix)) % 8)
    )
    return _mutations(raw).map(lambda data: prefix + base64.b32encode(data).decode().rstrip("="))


@settings(max_examples=300)
@given(
    st.one_of(
        st.text(max_size=400),
        st.binary(max_size=300).map(lambda b: b.decode("latin-1")),
        _encoded("HUTONG:P1:"),
        _encoded("HUTONG:R1:"),
    )
)
def test_any_text_reads_as_a_code_or_raises_invalid_payment_code(text: str) -> None:
    try:
        read_payment_code(text, T0)
    except InvalidPaymentCode:
        pass
