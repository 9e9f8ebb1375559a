"""Records and the continuation header: layout, reassembly rules, and caps before buffering."""

from __future__ import annotations

import tracemalloc

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sync.transport import MessageTooLarge, ProtocolViolation
from sync.transport.records import (
    CLOSE_RECORD,
    MAX_CONTINUATION_CHUNK,
    MAX_FIRST_CHUNK,
    MAX_RECORD_LEN,
    PING_RECORD,
    Control,
    MessageReassembler,
    encode_message_records,
)


def test_layout_of_a_message_that_needs_three_records() -> None:
    data = bytes(range(256)) * 400  # 102400 bytes
    records = encode_message_records(data)
    assert [len(r) for r in records] == [MAX_RECORD_LEN, 1 + 102400 - MAX_FIRST_CHUNK]
    assert records[0][:5] == bytes.fromhex("0100019000")  # MESSAGE, total 0x00019000
    assert records[1][:1] == b"\x02"  # CONTINUATION
    assert records[0][5:] + records[1][1:] == data
    big = encode_message_records(bytes(MAX_FIRST_CHUNK + MAX_CONTINUATION_CHUNK + 1))
    assert [len(r) for r in big] == [MAX_RECORD_LEN, MAX_RECORD_LEN, 2]


def test_small_and_empty_messages_fit_in_one_record() -> None:
    assert encode_message_records(b"") == [bytes.fromhex("0100000000")]
    assert encode_message_records(b"hi") == [bytes.fromhex("01000000026869")]
    assert PING_RECORD == b"\x03" and CLOSE_RECORD == b"\x04"


@given(data=st.binary(max_size=300), split=st.integers(min_value=1, max_value=50))
def test_any_chunking_reassembles(data: bytes, split: int) -> None:
    """Receivers accept any chunk sizes, not only the ones our sender picks."""
    reassembler = MessageReassembler(max_message_size=1000)
    first = bytes([0x01]) + len(data).to_bytes(4, "big") + data[:split]
    events = [reassembler.feed(first)]
    for start in range(split, len(data), split):
        events.append(reassembler.feed(b"\x02" + data[start : start + split]))
    assert events[-1] == data
    assert all(event is None for event in events[:-1])
    assert not reassembler.in_progress


def test_large_messages_reassemble_from_our_own_records() -> None:
    data = bytes(range(251)) * 1000
    reassembler = MessageReassembler(max_message_size=len(data))
    events = [reassembler.feed(record) for record in encode_message_records(data)]
    assert events[:-1] == [None] * (len(events) - 1)
    assert events[-1] == data


def test_pings_may_arrive_mid_message_and_close_may_not() -> None:
    reassembler = MessageReassembler(max_message_size=100)
    assert reassembler.feed(PING_RECORD) is Control.PING
    assert reassembler.feed(bytes.fromhex("010000000461")) is None
    assert reassembler.feed(PING_RECORD) is Control.PING
    with pytest.raises(ProtocolViolation, match="close record in the middle"):
        reassembler.feed(CLOSE_RECORD)
    assert MessageReassembler(10).feed(CLOSE_RECORD) is Control.CLOSE


@pytest.mark.parametrize(
    ("records", "match"),
    [
        ([b""], "empty record"),
        ([b"\x00"], "unknown record type 0x00"),
        ([b"\x05"], "unknown record type 0x05"),
        ([b"\x01\x00\x00"], "5-byte header"),
        ([b"\x01\x00\x00\x00\x01ab"], "exceeds the total"),
        ([b"\x01\x00\x00\x00\x02"], "empty first chunk"),
        ([b"\x02abc"], "without a message in progress"),
        ([b"\x01\x00\x00\x00\x03a", b"\x02"], "empty continuation"),
        ([b"\x01\x00\x00\x00\x03a", b"\x02abc"], "overruns"),
        ([b"\x01\x00\x00\x00\x03a", b"\x01\x00\x00\x00\x01a"], "before the previous one"),
        ([b"\x03x"], "control record of 2 bytes"),
        ([b"\x04\x00"], "control record of 2 bytes"),
    ],
)
def test_malformed_record_sequences_are_violations(records: list[bytes], match: str) -> None:
    reassembler = MessageReassembler(max_message_size=100)
    with pytest.raises(ProtocolViolation, match=match):
        for record in records:
            reassembler.feed(record)


def test_the_cap_is_checked_before_buffering() -> None:
    cap = 8 * 1024 * 1024
    with pytest.raises(MessageTooLarge) as caught:
        MessageReassembler(cap).feed(b"\x01" + (cap + 1).to_bytes(4, "big") + b"x")
    assert (caught.value.length, caught.value.limit) == (cap + 1, cap)

    # A peer announcing the full cap but sending one byte costs us one byte, not 8 MiB.
    reassembler = MessageReassembler(cap)
    tracemalloc.start()
    try:
        assert reassembler.feed(b"\x01" + cap.to_bytes(4, "big") + b"x") is None
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert reassembler.in_progress
    assert peak < 64 * 1024


def test_messages_beyond_32_bits_cannot_be_encoded() -> None:
    class Huge(bytes):
        def __len__(self) -> int:
            return 2**32

    with pytest.raises(ValueError, match="limited"):
        encode_message_records(Huge())
