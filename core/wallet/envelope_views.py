"""A red envelope as one member sees it: its terms, who grabbed what, and whether we can."""

from __future__ import annotations

from core.ids import EventId, PublicKey
from core.wallet.books import Book
from core.wallet.intents import EnvelopeKind, GrabIntent, RedEnvelopeIntent
from core.wallet.records import Escrowed, Refused
from core.wallet.views import EnvelopeStatus, EnvelopeView, Grab


def envelope_view(
    book: Book, envelope: EventId, me: PublicKey, one_to_one: bool = False
) -> EnvelopeView:
    """``one_to_one``: sent in a chat of two, where the sender does not grab its own."""
    signed = book.intents.get(envelope)
    intent = signed.intent if signed is not None else None
    readable = isinstance(intent, RedEnvelopeIntent)
    sender = signed.author if signed is not None else None
    greeting, total, shares = "", 0, 0
    split: EnvelopeKind | None = None
    exclusive: PublicKey | None = None
    if isinstance(intent, RedEnvelopeIntent):
        greeting, total, shares = intent.memo or "", intent.total, intent.shares
        split, exclusive = intent.kind, intent.exclusive
    state = book.ledger.envelope(envelope)
    status = EnvelopeStatus.PENDING
    grabs: tuple[Grab, ...] = ()
    if state is not None:
        terms: Escrowed = state.terms
        sender, total, shares = terms.sender, terms.total, terms.shares
        split, exclusive = terms.kind, terms.exclusive
        if state.refunded:
            status = EnvelopeStatus.EXPIRED
        elif state.is_open:
            status = EnvelopeStatus.OPEN
        else:
            status = EnvelopeStatus.FINISHED
        best = None
        if status is EnvelopeStatus.FINISHED and terms.kind == EnvelopeKind.LUCKY:
            best = max(state.shares, key=lambda share: share.amount).grab
        grabs = tuple(
            Grab(
                share.grabber,
                share.amount,
                book.share_times.get(share.grab, 0),
                share.grab == best,
            )
            for share in state.shares
        )
    elif any(isinstance(r, Refused) for r in book.records.get(envelope, ())):
        status = EnvelopeStatus.REFUSED
    mine = next((grab.amount for grab in grabs if grab.who == me), None)
    grab_pending = any(
        isinstance(other.intent, GrabIntent)
        and other.intent.envelope == envelope
        and other.author == me
        and not book.ledger.is_decided(other.event_id)
        for other in book.intents.values()
    )
    can_grab = (
        readable
        and status is EnvelopeStatus.OPEN
        and mine is None
        and not grab_pending
        and (exclusive is None or exclusive == me)
        and not (one_to_one and sender == me)
    )
    return EnvelopeView(
        book.currency,
        envelope,
        sender,
        greeting,
        total,
        shares,
        split,
        exclusive,
        status,
        grabs,
        mine,
        grab_pending,
        can_grab,
    )
