"""A transfer as one member sees it: from its intent (if we can read it) and its records."""

from __future__ import annotations

from core.ids import EventId
from core.wallet.books import Book
from core.wallet.intents import TransferIntent
from core.wallet.records import Cleared, Held, Refused, Released, Returned, ReturnReason
from core.wallet.views import TransferState, TransferView


def transfer_view(book: Book, transfer: EventId) -> TransferView:
    signed = book.intents.get(transfer)
    intent = signed.intent if signed is not None else None
    payer = signed.author if signed is not None else None
    payee, amount, memo = None, None, ""
    if isinstance(intent, TransferIntent):
        payee, amount, memo = intent.payee, intent.amount, intent.memo or ""
    state = TransferState.PENDING if signed is not None else TransferState.UNKNOWN
    reason: str | None = None
    expires: int | None = None
    for record in book.records.get(transfer, ()):
        if isinstance(record, Cleared) and record.intent == transfer:
            state, payer, payee, amount = (
                TransferState.CLEARED,
                record.payer,
                record.payee,
                record.amount,
            )
        elif isinstance(record, Held) and record.intent == transfer:
            state, payer, payee, amount = (
                TransferState.HELD,
                record.payer,
                record.payee,
                record.amount,
            )
            expires = record.expires_ms
        elif isinstance(record, Released) and record.intent == transfer:
            state = TransferState.ACCEPTED
        elif isinstance(record, Returned) and record.intent == transfer:
            state = (
                TransferState.DECLINED
                if record.reason == ReturnReason.DECLINED
                else TransferState.RETURNED
            )
        elif isinstance(record, Refused) and record.intent == transfer:
            state, reason = TransferState.REFUSED, record.reason.value
    return TransferView(book.currency, transfer, payer, payee, amount, memo, state, reason, expires)
