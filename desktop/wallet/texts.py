"""Words for the wallet's states and kinds, translated in the ``Wallet`` context.

Every wallet string goes through ``translate("Wallet", ...)`` (one context, so a word such as
"Pending" is translated once for the pane, the dialogs and the cards' windows).
"""

from __future__ import annotations

from core.wallet import BillKind, BillState
from core.wallet.views import EnvelopeStatus, TransferState
from desktop.i18n import translate


def bill_state_text(state: BillState) -> str:
    return {
        BillState.PENDING: translate("Wallet", "Pending"),
        BillState.HELD: translate("Wallet", "Awaiting acceptance"),
        BillState.CLEARED: translate("Wallet", "Cleared"),
        BillState.RETURNED: translate("Wallet", "Returned"),
        BillState.REFUSED: translate("Wallet", "Refused"),
    }[state]


def bill_kind_text(kind: BillKind) -> str:
    return {
        BillKind.MINT: translate("Wallet", "Issued"),
        BillKind.BURN: translate("Wallet", "Withdrawn"),
        BillKind.TRANSFER: translate("Wallet", "Transfer"),
        BillKind.ENVELOPE: translate("Wallet", "Red envelope"),
        BillKind.SHARE: translate("Wallet", "Red envelope received"),
        BillKind.REFUND: translate("Wallet", "Red envelope refund"),
    }[kind]


def transfer_state_text(state: TransferState, incoming: bool, other: str) -> str:
    """One line under the amount of a transfer: what happened, for the payee or the payer."""
    if state is TransferState.PENDING:
        return translate(
            "Wallet",
            "Pending: waiting for the currency's clearer. It is not final until it is cleared.",
        )
    if state is TransferState.HELD:
        if incoming:
            return translate("Wallet", "Waiting for you to accept")
        return translate("Wallet", "Waiting for %1 to accept").replace("%1", other)
    if state in (TransferState.ACCEPTED, TransferState.CLEARED):
        if incoming:
            return translate("Wallet", "Received")
        return translate("Wallet", "%1 received it").replace("%1", other)
    if state is TransferState.DECLINED:
        if incoming:
            return translate("Wallet", "Declined: the money went back")
        return translate("Wallet", "%1 declined it: the money came back to you").replace(
            "%1", other
        )
    if state is TransferState.RETURNED:
        if incoming:
            return translate("Wallet", "Returned: not accepted within 24 hours")
        return translate("Wallet", "Not accepted within 24 hours: the money came back to you")
    if state is TransferState.REFUSED:
        return translate("Wallet", "Refused by the clearer")
    return translate("Wallet", "Not here yet: it arrives when your computers meet")


def envelope_status_text(status: EnvelopeStatus) -> str:
    return {
        EnvelopeStatus.PENDING: translate("Wallet", "Waiting for the clearer"),
        EnvelopeStatus.OPEN: translate("Wallet", "Open"),
        EnvelopeStatus.FINISHED: translate("Wallet", "All shares have been grabbed"),
        EnvelopeStatus.EXPIRED: translate("Wallet", "Expired: the rest went back to the sender"),
        EnvelopeStatus.REFUSED: translate("Wallet", "Refused by the clearer"),
    }[status]


def duration_text(ms: int) -> str:
    """``4 min 30 s``, ``2 h 5 min``, ``25 s``: how long something still lasts."""
    seconds = max(0, (ms + 999) // 1000)
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    if hours:
        return (
            translate("Wallet", "%1 h %2 min").replace("%1", str(hours)).replace("%2", str(minutes))
        )
    if minutes:
        return (
            translate("Wallet", "%1 min %2 s")
            .replace("%1", str(minutes))
            .replace("%2", str(seconds))
        )
    return translate("Wallet", "%1 s").replace("%1", str(seconds))
