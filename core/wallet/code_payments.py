"""The transfer that pays a scanned code: a signed request in its own amount, once; a receive
code in its amount or the one the payer typed."""

from __future__ import annotations

from core.errors import InvalidInput, NotAllowed
from core.wallet.intents import TransferIntent
from core.wallet.ledger import Ledger
from core.wallet.payment_codes import PaymentRequest, ReceiveCode, read_payment_request
from core.wallet.values import check_amount


def intent_for_code(
    code: ReceiveCode | PaymentRequest,
    amount: int | None,
    ledger: Ledger,
    nonce: bytes,
    now_ms: int,
) -> TransferIntent:
    """An immediate (not held) transfer paying ``code``; InvalidInput or NotAllowed if not."""
    if isinstance(code, PaymentRequest):
        request = read_payment_request(code.text, now_ms)  # again: the preview may be stale
        if amount is not None and amount != request.amount:
            raise InvalidInput("a payment request is paid in its own amount")
        if ledger.request_used(request.payee, request.nonce):
            raise NotAllowed("this payment request has been paid already")
        return TransferIntent(
            request.payee, request.amount, nonce, request=request.text, memo=request.memo or None
        )
    wanted = code.amount if code.amount is not None else amount
    if wanted is None:
        raise InvalidInput("enter the amount to pay")
    if code.amount is not None and amount is not None and amount != code.amount:
        raise InvalidInput("this code asks for its own amount")
    return TransferIntent(code.payee, check_amount(wanted), nonce)
