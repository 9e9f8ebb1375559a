"""Wallet bodies round-trip byte for byte; hostile bytes give InvalidInput and nothing else."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.errors import InvalidInput
from core.ids import EventId, PublicKey
from core.wallet import (
    AcceptIntent,
    BurnIntent,
    Cleared,
    ClearedOp,
    CurrencyIssue,
    DeclineIntent,
    EnvelopeKind,
    Escrowed,
    GrabIntent,
    Held,
    MintIntent,
    RedEnvelopeIntent,
    Refund,
    RefusalReason,
    Refused,
    Released,
    Returned,
    ReturnReason,
    Share,
    TransferIntent,
    apply_handover,
    decode_handover,
    decode_intent,
    decode_issue,
    decode_record,
    format_amount,
    parse_amount,
    sign_handover,
)
from tests.unit.core.wallet.world import ALICE, BOB, ISSUER, VRF, key, make_currency

A, B = key(ALICE), key(BOB)
ID = EventId(bytes(range(32)))
ID2 = EventId(bytes(range(1, 33)))
NONCE = bytes(range(16))
PROOF = VRF.prove(b"x")

INTENTS = [
    MintIntent(A, 1, NONCE),
    BurnIntent(5, NONCE),
    TransferIntent(B, 1250, NONCE),
    TransferIntent(B, 1250, NONCE, hold=True, request="HUTONG:P1:AAAA", memo="午饭 🍜"),
    AcceptIntent(ID),
    DeclineIntent(ID),
    RedEnvelopeIntent(EnvelopeKind.LUCKY, 888, 8, NONCE, "g:" + "ab" * 16, NONCE, memo="恭喜发财"),
    RedEnvelopeIntent(EnvelopeKind.FIXED, 100, 1, NONCE, "d:" + "cd" * 32, NONCE, exclusive=B),
    GrabIntent(ID, NONCE),
]
RECORDS = [
    Cleared(ID, ClearedOp.MINT, None, A, 10, NONCE),
    Cleared(ID, ClearedOp.BURN, A, None, 10, NONCE),
    Cleared(ID, ClearedOp.TRANSFER, A, B, 10, NONCE, NONCE),
    Refused(ID, RefusalReason.OVERDRAFT),
    Held(ID, A, B, 10, NONCE, 1_700_000_000_000),
    Released(ID, ID2),
    Returned(ID, ReturnReason.DECLINED, ID2),
    Returned(ID, ReturnReason.EXPIRED),
    Escrowed(ID, A, EnvelopeKind.LUCKY, 888, 8, NONCE, 1_700_000_000_000, ID2),
    Escrowed(ID, A, EnvelopeKind.FIXED, 100, 1, NONCE, 1, ID2, exclusive=B),
    Share(ID, ID2, 1, B, 100, PROOF),
    Share(ID, ID2, 1, B, 100),
    Refund(ID, 7),
]


@pytest.mark.parametrize("intent", INTENTS, ids=lambda i: i.TYPE)
def test_intents_round_trip_byte_for_byte(intent: object) -> None:
    data = intent.encode()  # type: ignore[attr-defined]
    assert decode_intent(data) == intent
    assert decode_intent(data).encode() == data
    assert b" " not in data.replace("午饭 🍜".encode(), b"")


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: r.TYPE)
def test_records_round_trip_byte_for_byte(record: object) -> None:
    data = record.encode()  # type: ignore[attr-defined]
    assert decode_record(data) == record
    assert decode_record(data).encode() == data


def test_an_issue_and_a_hand_over_round_trip() -> None:
    issue = CurrencyIssue("Canteen", "MEAL", 2, A, VRF.public_key, cap=10**9)
    assert decode_issue(issue.encode()) == issue
    currency = make_currency()
    handover = sign_handover(ISSUER, currency, B, VRF.public_key, 42)
    assert decode_handover(handover.encode()) == handover
    moved = apply_handover(currency, decode_handover(handover.encode()))
    assert (moved.clearing_key, moved.epoch) == (B, 1)
    with pytest.raises(InvalidInput, match="not the next"):
        apply_handover(moved, handover)


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ({"t": "wallet.transfer", "to": "00" * 32, "amt": 0, "nonce": "00" * 16}, "more than zero"),
        ({"t": "wallet.transfer", "to": "00" * 32, "amt": 1.5, "nonce": "00" * 16}, "whole"),
        ({"t": "wallet.transfer", "to": "00" * 32, "amt": True, "nonce": "00" * 16}, "whole"),
        ({"t": "wallet.transfer", "to": "00" * 31, "amt": 1, "nonce": "00" * 16}, "32 bytes"),
        ({"t": "wallet.mint", "to": "00" * 32, "amt": 10**16, "nonce": "00" * 16}, "at most"),
        (
            {
                "t": "wallet.envelope",
                "kind": "lucky",
                "total": 2,
                "n": 3,
                "nonce": "00" * 16,
                "chat": "g",
                "key": "00" * 16,
            },
            "at least one",
        ),
        (
            {
                "t": "wallet.envelope",
                "kind": "fixed",
                "total": 10,
                "n": 3,
                "nonce": "00" * 16,
                "chat": "g",
                "key": "00" * 16,
            },
            "divide",
        ),
        (
            {
                "t": "wallet.envelope",
                "kind": "odd",
                "total": 9,
                "n": 3,
                "nonce": "00" * 16,
                "chat": "g",
                "key": "00" * 16,
            },
            "unknown value",
        ),
        (
            {
                "t": "wallet.envelope",
                "kind": "lucky",
                "total": 9,
                "n": 3,
                "nonce": "00" * 16,
                "chat": "g",
                "key": "00" * 16,
                "only": "00" * 32,
            },
            "one share",
        ),
        ({"t": "wallet.accept"}, "must be text"),
        ({"t": "wallet.pay"}, "not a wallet intent"),
    ],
)
def test_bad_intent_bodies_say_what_is_wrong(body: dict[str, object], problem: str) -> None:
    with pytest.raises(InvalidInput, match=problem):
        decode_intent(json.dumps(body).encode())


def test_records_refuse_impossible_shapes() -> None:
    with pytest.raises(InvalidInput, match="wrong parties"):
        Cleared(ID, ClearedOp.MINT, A, B, 1, NONCE)
    with pytest.raises(InvalidInput, match="only a decline"):
        Returned(ID, ReturnReason.EXPIRED, ID2)
    with pytest.raises(InvalidInput, match="80 bytes"):
        Share(ID, ID2, 1, B, 1, PROOF[:79])
    with pytest.raises(InvalidInput, match="not a clearing record"):
        decode_record(MintIntent(A, 1, NONCE).encode())


def _mutated(valid: bytes) -> st.SearchStrategy[bytes]:
    return st.tuples(st.integers(0, len(valid) - 1), st.integers(1, 255), st.integers(0, 3)).map(
        lambda m: (valid[: m[0]] + bytes([valid[m[0]] ^ m[1]]) + valid[m[0] + 1 :])[
            : len(valid) - m[2]
        ]
    )


VALID = [body.encode() for body in [*INTENTS, *RECORDS]]


@settings(max_examples=500)
@given(st.one_of(st.binary(max_size=400), st.sampled_from(VALID).flatmap(_mutated)))
def test_any_bytes_decode_or_raise_invalid_input(data: bytes) -> None:
    for decoder in (decode_intent, decode_record, decode_issue, decode_handover):
        try:
            decoder(data)
        except InvalidInput:
            pass


@settings(max_examples=300)
@given(
    st.dictionaries(
        st.sampled_from(
            [
                "t",
                "to",
                "amt",
                "nonce",
                "kind",
                "total",
                "n",
                "chat",
                "only",
                "tr",
                "env",
                "intent",
                "op",
                "payer",
                "why",
                "exp",
                "no",
                "who",
                "proof",
                "by",
                "req",
                "hold",
            ]
        ),
        st.one_of(
            st.none(),
            st.booleans(),
            st.integers(),
            st.text(max_size=70),
            st.sampled_from(
                ["00" * 32, "00" * 16, "lucky", "mint", "wallet.transfer", "wallet.share"]
            ),
            st.lists(st.integers(), max_size=2),
        ),
        max_size=10,
    )
)
def test_any_json_object_decodes_or_raises_invalid_input(body: dict[str, object]) -> None:
    data = json.dumps(body).encode()
    for decoder in (decode_intent, decode_record):
        try:
            decoder(data)
        except InvalidInput:
            pass


@given(st.integers(0, 8), st.integers(1, 10**15))
def test_amounts_format_and_parse_back(digits: int, amount: int) -> None:
    assert parse_amount(format_amount(amount, digits), digits) == amount


def test_amount_text_is_strict() -> None:
    assert parse_amount("12.5", 2) == 1250 and parse_amount(".75", 2) == 75
    assert parse_amount("7", 0) == 7 and parse_amount("1.", 2) == 100
    assert format_amount(-1250, 2) == "-12.50"
    for bad in ("", "-1", "1e3", "1.234", "1,5", "NaN", "１２", "0", "0.00", "+1"):
        with pytest.raises(InvalidInput):
            parse_amount(bad, 2)
    assert make_currency().format(1250) == "12.50 MEAL"
    assert PublicKey(A) == A
