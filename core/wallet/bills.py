"""Bills: one line per payment a person took part in, with its state, and a CSV export.

Lines come from the clearing records (what is final) and the person's own intents (what is
still pending). The CSV export escapes formula injection: a cell a spreadsheet would run as a
formula (starting with ``= + - @``, a tab or a carriage return) gets a leading apostrophe.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import StrEnum

from core.ids import EventId, PublicKey
from core.wallet.intents import (
    BurnIntent,
    MintIntent,
    RedEnvelopeIntent,
    SignedIntent,
    TransferIntent,
)
from core.wallet.records import (
    Cleared,
    ClearedOp,
    ClearingEntry,
    Escrowed,
    Held,
    Refund,
    Refused,
    Released,
    Returned,
    Share,
)
from core.wallet.values import Currency, format_amount


class BillState(StrEnum):
    PENDING = "pending"
    HELD = "held"
    CLEARED = "cleared"
    RETURNED = "returned"
    REFUSED = "refused"


class BillKind(StrEnum):
    MINT = "mint"
    BURN = "burn"
    TRANSFER = "transfer"
    ENVELOPE = "red-envelope"
    SHARE = "red-envelope-share"
    REFUND = "red-envelope-refund"


@dataclass(frozen=True)
class BillLine:
    """``amount`` (positive) came in or went out; ``counterparty`` is None for mint and burn."""

    event_id: EventId
    kind: BillKind
    state: BillState
    incoming: bool
    counterparty: PublicKey | None
    amount: int
    time_ms: int
    memo: str = ""


def bill_lines(
    me: PublicKey, entries: Iterable[ClearingEntry], intents: Iterable[SignedIntent] = ()
) -> list[BillLine]:
    """``me``'s bills, newest first: cleared records, then intents no record decided yet."""
    known = {intent.event_id: intent for intent in intents}
    lines: dict[EventId, BillLine] = {}
    refunds: list[BillLine] = []
    senders: dict[EventId, PublicKey] = {}
    decided: set[EventId] = set()
    for entry in entries:
        record, at = entry.record, entry.timestamp_ms
        if isinstance(record, Cleared | Refused | Held | Escrowed):
            decided.add(record.intent)
        if isinstance(record, Cleared):
            line = _cleared_line(me, record, at, _memo(known, record.intent))
            if line is not None:
                lines[record.intent] = line
        elif isinstance(record, Held) and me in (record.payer, record.payee):
            incoming = record.payee == me
            other = record.payer if incoming else record.payee
            memo = _memo(known, record.intent)
            lines[record.intent] = BillLine(
                record.intent,
                BillKind.TRANSFER,
                BillState.HELD,
                incoming,
                other,
                record.amount,
                at,
                memo,
            )
        elif isinstance(record, Released | Returned) and record.intent in lines:
            state = BillState.CLEARED if isinstance(record, Released) else BillState.RETURNED
            lines[record.intent] = replace(lines[record.intent], state=state, time_ms=at)
        elif isinstance(record, Escrowed):
            senders[record.intent] = record.sender
            if record.sender == me:
                lines[record.intent] = BillLine(
                    record.intent,
                    BillKind.ENVELOPE,
                    BillState.CLEARED,
                    False,
                    None,
                    record.total,
                    at,
                    _memo(known, record.intent),
                )
        elif isinstance(record, Share) and record.grabber == me:
            lines[record.grab] = BillLine(
                record.grab,
                BillKind.SHARE,
                BillState.CLEARED,
                True,
                senders.get(record.envelope),
                record.amount,
                at,
            )
        elif isinstance(record, Refund) and senders.get(record.envelope) == me:
            refunds.append(
                BillLine(
                    record.envelope,
                    BillKind.REFUND,
                    BillState.CLEARED,
                    True,
                    None,
                    record.amount,
                    at,
                )
            )
        elif isinstance(record, Refused) and record.intent in known:
            line = _intent_line(me, known[record.intent], BillState.REFUSED, at)
            if line is not None:
                lines[record.intent] = line
    for intent in known.values():
        if intent.event_id not in decided:
            line = _intent_line(me, intent, BillState.PENDING, intent.timestamp_ms)
            if line is not None:
                lines[intent.event_id] = line
    return sorted(
        [*lines.values(), *refunds], key=lambda line: (line.time_ms, line.event_id), reverse=True
    )


def _memo(known: Mapping[EventId, SignedIntent], intent_id: EventId) -> str:
    intent = known.get(intent_id)
    memo = getattr(intent.intent, "memo", None) if intent is not None else None
    return memo or ""


def _cleared_line(me: PublicKey, record: Cleared, at: int, memo: str) -> BillLine | None:
    if record.payee == me:
        kind = BillKind.MINT if record.op == ClearedOp.MINT else BillKind.TRANSFER
        return BillLine(
            record.intent, kind, BillState.CLEARED, True, record.payer, record.amount, at, memo
        )
    if record.payer == me:
        kind = BillKind.BURN if record.op == ClearedOp.BURN else BillKind.TRANSFER
        return BillLine(
            record.intent, kind, BillState.CLEARED, False, record.payee, record.amount, at, memo
        )
    return None


def _intent_line(me: PublicKey, signed: SignedIntent, state: BillState, at: int) -> BillLine | None:
    intent = signed.intent
    if isinstance(intent, TransferIntent) and me in (signed.author, intent.payee):
        incoming = intent.payee == me
        other = signed.author if incoming else intent.payee
        return BillLine(
            signed.event_id,
            BillKind.TRANSFER,
            state,
            incoming,
            other,
            intent.amount,
            at,
            intent.memo or "",
        )
    if isinstance(intent, MintIntent) and intent.payee == me:
        return BillLine(signed.event_id, BillKind.MINT, state, True, None, intent.amount, at)
    if signed.author != me:
        return None
    if isinstance(intent, BurnIntent):
        return BillLine(signed.event_id, BillKind.BURN, state, False, None, intent.amount, at)
    if isinstance(intent, RedEnvelopeIntent):
        return BillLine(
            signed.event_id,
            BillKind.ENVELOPE,
            state,
            False,
            intent.exclusive,
            intent.total,
            at,
            intent.memo or "",
        )
    return None


def filter_bills(
    lines: Iterable[BillLine],
    *,
    states: Collection[BillState] | None = None,
    kinds: Collection[BillKind] | None = None,
    counterparty: PublicKey | None = None,
    since_ms: int | None = None,
    until_ms: int | None = None,
) -> list[BillLine]:
    """The lines that match every filter given."""
    return [
        line
        for line in lines
        if (states is None or line.state in states)
        and (kinds is None or line.kind in kinds)
        and (counterparty is None or line.counterparty == counterparty)
        and (since_ms is None or line.time_ms >= since_ms)
        and (until_ms is None or line.time_ms < until_ms)
    ]


CSV_COLUMNS = ("time (UTC)", "state", "kind", "direction", "counterparty", "amount", "currency")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def escape_cell(text: str) -> str:
    """``text`` made inert for spreadsheets: a leading ``'`` when it could start a formula."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def bills_csv(
    lines: Iterable[BillLine], currency: Currency, names: Mapping[PublicKey, str] | None = None
) -> str:
    """The bills as CSV text (RFC 4180 quoting; every cell escaped against formulas)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow((*CSV_COLUMNS, "memo", "id"))
    for line in lines:
        other = line.counterparty
        who = "" if other is None else (names or {}).get(other, other.hex())
        when = datetime.fromtimestamp(line.time_ms // 1000, UTC).strftime("%Y-%m-%d %H:%M:%S")
        cells = (
            when,
            line.state.value,
            line.kind.value,
            "in" if line.incoming else "out",
            who,
            format_amount(line.amount, currency.digits),
            currency.symbol,
            line.memo,
            line.event_id.hex(),
        )
        writer.writerow([escape_cell(cell) for cell in cells])
    return out.getvalue()
