"""Bills: states from the records and pending intents, filters, and a CSV safe to open."""

from __future__ import annotations

import csv
import io
from dataclasses import replace

from core.wallet import (
    HOLD_MS,
    AcceptIntent,
    BillKind,
    BillState,
    EnvelopeKind,
    GrabIntent,
    MintIntent,
    RedEnvelopeIntent,
    TransferIntent,
    bill_lines,
    bills_csv,
    escape_cell,
    filter_bills,
)
from tests.unit.core.wallet.world import ALICE, BOB, CAROL, ISSUER, SECRET, T0, World, fresh, key


def test_alices_bills_show_every_state() -> None:
    world = World()
    world.submit(ISSUER, MintIntent(key(ALICE), 10_000, fresh()))
    paid = world.sign(ALICE, TransferIntent(key(BOB), 1_000, fresh(), memo="=HYPERLINK(x)"))
    world.clearer.clear(paid, T0 + 1)
    held = world.sign(ALICE, TransferIntent(key(CAROL), 200, fresh(), hold=True))
    world.clearer.clear(held, T0 + 2)
    accepted = world.sign(ALICE, TransferIntent(key(BOB), 300, fresh(), hold=True))
    world.clearer.clear(accepted, T0 + 3)
    world.submit(BOB, AcceptIntent(accepted.event_id), T0 + 4)
    returned = world.sign(ALICE, TransferIntent(key(CAROL), 400, fresh(), hold=True))
    world.clearer.clear(returned, T0 + 5)
    refused = world.sign(ALICE, TransferIntent(key(BOB), 99_999, fresh()))
    world.clearer.clear(refused, T0 + 6)
    envelope = world.sign(
        ALICE, RedEnvelopeIntent(EnvelopeKind.FIXED, 600, 3, fresh(), "g:1", SECRET)
    )
    world.clearer.clear(envelope, T0 + 7)
    world.submit(ALICE, GrabIntent(envelope.event_id, SECRET), T0 + 8)
    world.clearer.expire(T0 + 7 + HOLD_MS)
    pending = world.sign(ALICE, TransferIntent(key(BOB), 5, fresh()))
    pending = replace(pending, timestamp_ms=T0 + 9 * HOLD_MS)
    mine = [paid, held, accepted, returned, refused, envelope, pending]
    lines = bill_lines(key(ALICE), world.feed.entries, mine)
    by_id = {line.event_id: line for line in lines}
    assert by_id[paid.event_id].state == BillState.CLEARED
    assert by_id[paid.event_id].memo == "=HYPERLINK(x)" and not by_id[paid.event_id].incoming
    assert by_id[held.event_id].state == BillState.RETURNED  # expired: back to Alice
    assert by_id[accepted.event_id].state == BillState.CLEARED
    assert by_id[returned.event_id].state == BillState.RETURNED
    assert by_id[refused.event_id].state == BillState.REFUSED
    assert by_id[pending.event_id].state == BillState.PENDING
    kinds = [line.kind for line in lines]
    assert BillKind.MINT in kinds and BillKind.SHARE in kinds and BillKind.REFUND in kinds
    assert lines[0].event_id == pending.event_id  # newest first
    bobs = bill_lines(key(BOB), world.feed.entries, [accepted])
    assert {(line.state, line.incoming) for line in bobs} == {(BillState.CLEARED, True)}
    assert filter_bills(lines, states={BillState.PENDING}) == [by_id[pending.event_id]]
    assert {line.counterparty for line in filter_bills(lines, counterparty=key(CAROL))} == {
        key(CAROL)
    }
    assert filter_bills(lines, since_ms=T0 + 9 * HOLD_MS) == [by_id[pending.event_id]]
    assert by_id[paid.event_id] not in filter_bills(lines, until_ms=T0 + 1)


def test_a_held_transfer_to_me_is_held_until_i_accept() -> None:
    world = World()
    world.submit(ISSUER, MintIntent(key(ALICE), 1_000, fresh()))
    held = world.sign(ALICE, TransferIntent(key(BOB), 10, fresh(), hold=True))
    world.clearer.clear(held, T0)
    [line] = bill_lines(key(BOB), world.feed.entries)
    assert (line.state, line.incoming, line.counterparty) == (BillState.HELD, True, key(ALICE))


def test_cells_that_a_spreadsheet_would_run_are_escaped() -> None:
    for dangerous in ("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"):
        assert escape_cell(dangerous) == "'" + dangerous
    for harmless in ("lunch", "1.00", "", " =x", "午饭"):
        assert escape_cell(harmless) == harmless


def test_the_csv_export_is_escaped_quoted_and_reads_back() -> None:
    world = World()
    world.submit(ISSUER, MintIntent(key(ALICE), 10_000, fresh()))
    memo = '-2+3,"quoted"\nnext line'
    paid = world.sign(ALICE, TransferIntent(key(BOB), 1_050, fresh(), memo=memo))
    world.clearer.clear(paid, 1_700_000_000_000)
    lines = bill_lines(key(ALICE), world.feed.entries, [paid])
    text = bills_csv(lines, world.currency, {key(BOB): "@Bob"})
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][:7] == [
        "time (UTC)",
        "state",
        "kind",
        "direction",
        "counterparty",
        "amount",
        "currency",
    ]
    payment = next(row for row in rows[1:] if row[2] == "transfer")
    assert payment[:8] == [
        "2023-11-14 22:13:20",
        "cleared",
        "transfer",
        "out",
        "'@Bob",
        "10.50",
        "MEAL",
        "'" + memo,
    ]
    assert all(
        not cell.startswith(("=", "+", "-", "@", "\t", "\r")) for row in rows for cell in row
    )
