"""The wallet's control-socket operations: JSON in and out, hex ids, integer minor units.

Each operation is one call of ``core.wallet`` (:class:`core.wallet.service.WalletService`);
views come back as JSON objects with the views' own field names (bytes as hex, enums as
their values). ``wait_wallet`` blocks until a condition on a currency's view holds, as
``wait_message`` does for chats: it wakes on the wallet's change records and, in case a
change is folded while it reads, checks again every half second.
"""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from enum import Enum
from typing import Any

from core.changes import Change, WalletChanged
from core.errors import InvalidInput
from core.facade import Core
from core.feeds import check_event, feed_id_for
from core.ids import EventId, PublicKey
from core.wallet import ClearingEntry, EnvelopeKind, Ledger, clearing_topic, decode_record
from core.wallet.values import CurrencyId

Handler = Callable[[dict[str, Any]], Any]
_RECHECK_S = 0.5


def to_json(value: Any) -> Any:
    """A view as JSON: dataclasses as objects, bytes as hex, enums as values, tuples as lists."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list | tuple):
        return [to_json(item) for item in value]
    if isinstance(value, Mapping):
        return {str(to_json(k)): to_json(v) for k, v in value.items()}
    return value


def _bytes(request: Mapping[str, Any], name: str, size: int = 32) -> bytes:
    try:
        value = bytes.fromhex(str(request[name]))
    except ValueError:
        raise InvalidInput(f"{name} must be hex") from None
    if len(value) != size:
        raise InvalidInput(f"{name} must be {size} bytes")
    return value


def _currency(request: Mapping[str, Any]) -> CurrencyId:
    return CurrencyId(_bytes(request, "currency"))


def _amount(request: Mapping[str, Any], name: str = "amount") -> int:
    value = request[name]
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInput(f"{name} must be an integer number of minor units")
    return value


def _optional_amount(request: Mapping[str, Any], name: str) -> int | None:
    return None if request.get(name) is None else _amount(request, name)


def clearing_ledger(core: Core, currency_id: CurrencyId, upto: int | None = None) -> Ledger | None:
    """The currency's clearing feed as stored here, folded again by a fresh ``Ledger``.

    Independent of the wallet's own books: what this replica holds, checked record by
    record (conservation, the clearer's rules), as any holder could check it; ``upto``
    stops after that many records. The first clearer's feed only: None when the currency is
    not known here or its clearing was handed over.
    """
    view = core.wallet.currency(currency_id)
    if view is None or view.currency.epoch != 0:
        return None
    currency = view.currency
    ledger = Ledger(currency)
    feed = feed_id_for(clearing_topic(currency.id))
    after = 0
    while raws := core.feeds.events_since(currency.clearing_key, feed, after, 1000):
        if upto is not None:
            raws = raws[: max(0, upto - after)]
            if not raws:
                break
        for raw in raws:
            event = check_event(raw)
            after = event.seq
            if event.payload is not None:
                record = decode_record(event.payload)
                ledger.receive(
                    ClearingEntry(event.seq, event.id, record, event.header.timestamp_ms, 0)
                )
    return ledger


class WalletCommands:
    """The wallet's part of :class:`hutong.control.NodeCommands`."""

    def __init__(self, core: Core) -> None:
        self.core = core

    def handlers(self) -> dict[str, Handler]:
        wallet = self.core.wallet
        return {
            "wallet_currencies": lambda r: to_json(wallet.currencies()),
            "wallet_currency": lambda r: to_json(wallet.currency(_currency(r))),
            "wallet_issue": lambda r: wallet.issue(
                str(r["name"]),
                str(r["symbol"]),
                int(r.get("digits", 2)),
                _optional_amount(r, "cap"),
                int(r.get("initial", 0)),
                str(r["pin"]),
            ).hex(),
            "wallet_join": lambda r: wallet.join(_currency(r)),
            "wallet_mint": lambda r: wallet.mint(_currency(r), _amount(r), str(r["pin"])).hex(),
            "wallet_transfer": lambda r: wallet.transfer(
                _currency(r),
                PublicKey(_bytes(r, "payee")),
                _amount(r),
                str(r["pin"]),
                memo=str(r.get("memo", "")),
                conversation=None if r.get("conversation") is None else str(r["conversation"]),
            ).hex(),
            "wallet_accept": lambda r: wallet.accept(
                _currency(r), EventId(_bytes(r, "transfer"))
            ).hex(),
            "wallet_decline": lambda r: wallet.decline(
                _currency(r), EventId(_bytes(r, "transfer"))
            ).hex(),
            "wallet_transfer_status": lambda r: to_json(
                wallet.transfer_status(_currency(r), EventId(_bytes(r, "transfer")))
            ),
            "wallet_receive_code": lambda r: wallet.receive_code(
                _currency(r), _optional_amount(r, "amount")
            ),
            "wallet_request": lambda r: wallet.payment_request(
                _currency(r),
                _amount(r),
                str(r.get("memo", "")),
                int(r.get("valid_ms", 600_000)),
            ),
            "wallet_read_code": lambda r: to_json(wallet.read_code(str(r["code"]))),
            "wallet_pay": lambda r: wallet.pay(
                wallet.read_code(str(r["code"])), str(r["pin"]), _optional_amount(r, "amount")
            ).hex(),
            "wallet_envelope_send": lambda r: wallet.send_red_envelope(
                str(r["conversation"]),
                _currency(r),
                _amount(r, "total"),
                int(r["shares"]),
                EnvelopeKind(str(r.get("split", "lucky"))),
                str(r.get("greeting", "")),
                str(r["pin"]),
                exclusive_to=None
                if r.get("exclusive_to") is None
                else PublicKey(_bytes(r, "exclusive_to")),
            ).hex(),
            "wallet_grab": lambda r: wallet.grab(
                _currency(r), EventId(_bytes(r, "envelope"))
            ).hex(),
            "wallet_envelope": lambda r: to_json(
                wallet.envelope(_currency(r), EventId(_bytes(r, "envelope")))
            ),
            "wallet_bills": self._bills,
            "wallet_set_pin": lambda r: wallet.set_pin(
                str(r["new"]), None if r.get("old") is None else str(r["old"])
            ),
            "wallet_clear": lambda r: wallet.clear_pending(),
            "wallet_clearer_key": lambda r: wallet.clearer_key_text(),
            "wallet_hand_over": lambda r: wallet.hand_over_to(
                _currency(r), str(r["clearer_key"]), str(r["pin"])
            ),
            "wallet_resume_clearing": lambda r: wallet.resume_clearing(_currency(r)),
            "wallet_ledger": self._ledger,
            "wait_wallet": self._wait_wallet,
        }

    def _bills(self, request: dict[str, Any]) -> Any:
        currency = _currency(request)
        lines = self.core.wallet.bills(currency)
        if request.get("csv"):
            return self.core.wallet.bills_csv(currency, lines)
        return to_json(lines)

    def _ledger(self, request: dict[str, Any]) -> Any:
        upto = None if request.get("upto") is None else int(request["upto"])
        ledger = clearing_ledger(self.core, _currency(request), upto)
        if ledger is None:
            return None
        return {
            "position": ledger.position[1],
            "balances": {who.hex(): amount for who, amount in ledger.balances().items()},
            "held": ledger.held_total,
            "escrow": ledger.escrow_total,
            "minted": ledger.minted,
            "burned": ledger.burned,
            "conserved": ledger.conservation_holds(),
            "frozen": to_json(ledger.frozen),
            "state": to_json(ledger.state()),
        }

    def _snapshot(self, request: Mapping[str, Any]) -> dict[str, Any]:
        """What a ``wait_wallet`` condition is checked against."""
        currency = _currency(request)
        snapshot: dict[str, Any] = {"currency": to_json(self.core.wallet.currency(currency))}
        if request.get("transfer"):
            snapshot["transfer"] = to_json(
                self.core.wallet.transfer_status(currency, EventId(_bytes(request, "transfer")))
            )
        return snapshot

    def _wait_wallet(self, request: dict[str, Any]) -> dict[str, Any]:
        """Block until a currency's view (and a transfer's) match; what they were at the end.

        ``view``: field → value the currency view must show (``"frozen": true`` for any
        evidence); ``states``: the transfer states accepted for ``transfer``. Answers
        ``{"met": bool, "currency": …, "transfer": …}`` when met or after ``wait_s`` seconds.
        """
        currency = _currency(request)
        changed = threading.Event()

        def listener(changes: Sequence[Change]) -> None:
            if any(isinstance(c, WalletChanged) and c.currency_id == currency for c in changes):
                changed.set()

        unsubscribe = self.core.subscribe(listener)
        deadline = time.monotonic() + float(request.get("wait_s", 20))
        try:
            while True:
                changed.clear()
                snapshot = self._snapshot(request)
                if _holds(request, snapshot):
                    return {"met": True, **snapshot}
                left = deadline - time.monotonic()
                if left <= 0:
                    return {"met": False, **snapshot}
                changed.wait(min(left, _RECHECK_S))
        finally:
            unsubscribe()


def _holds(request: Mapping[str, Any], snapshot: Mapping[str, Any]) -> bool:
    view = snapshot["currency"]
    wanted: Mapping[str, Any] = request.get("view") or {}
    if wanted and view is None:
        return False
    for name, expected in wanted.items():
        actual = view.get(name)
        if name == "frozen" and isinstance(expected, bool):
            actual = actual is not None
        if actual != expected:
            return False
    states = request.get("states")
    if states:
        transfer = snapshot.get("transfer")
        return transfer is not None and transfer["state"] in states
    return True
