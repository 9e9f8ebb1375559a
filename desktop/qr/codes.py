"""What a scanned or pasted code is: a contact card, a group invite, or a reason it is neither.

:func:`read_code` and :func:`read_picture` run off the GUI thread (they verify signatures) and
never raise for bad input: they return a :class:`ScanProblem` whose ``kind`` the GUI turns into
words, with core's own explanation in ``detail``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QImage

from core.chat import GroupInvite
from core.errors import HutongError, InvalidInput
from core.facade import Core
from core.identity import CARD_TEXT_PREFIX, ContactCard, decode_card
from desktop.core_errors import error_text
from desktop.qr.decode import decode_qr

INVITE_TEXT_PREFIX = "HUTONG:G1:"


@dataclass(frozen=True)
class ScannedCard:
    card: ContactCard


@dataclass(frozen=True)
class ScannedInvite:
    invite: GroupInvite


@dataclass(frozen=True)
class ScanProblem:
    """``kind``: ``no-code`` (no QR found), ``foreign`` (a QR, but not Hutong's), ``bad-card``,
    ``bad-invite``, ``own-card``; ``detail`` is core's explanation, if any."""

    kind: str
    detail: str = ""


ScanResult = ScannedCard | ScannedInvite | ScanProblem


def _compact(text: str) -> str:
    return "".join(text.split()).upper()


def looks_like_hutong(text: str) -> bool:
    compact = _compact(text[:64])
    return compact.startswith((CARD_TEXT_PREFIX, INVITE_TEXT_PREFIX))


def read_code(core: Core, text: str) -> ScanResult:
    """Check a card or invite text (signature, version, expiry) against this profile."""
    compact = _compact(text[:64])
    if compact.startswith(CARD_TEXT_PREFIX):
        try:
            card = decode_card(text)
        except InvalidInput as exc:
            return ScanProblem("bad-card", error_text(str(exc)))
        if card.identity_key == core.me:
            return ScanProblem("own-card")
        return ScannedCard(card)
    if compact.startswith(INVITE_TEXT_PREFIX):
        try:
            return ScannedInvite(core.groups.read_invite(text))
        except HutongError as exc:
            return ScanProblem("bad-invite", error_text(str(exc)))
    return ScanProblem("foreign")


def read_picture(core: Core, image: QImage) -> ScanResult:
    """Find a Hutong code among the QR codes in a picture and check it."""
    texts = decode_qr(image)
    if not texts:
        return ScanProblem("no-code")
    ours = [text for text in texts if looks_like_hutong(text)]
    if not ours:
        return ScanProblem("foreign")
    results = [read_code(core, text) for text in ours]
    return next((r for r in results if not isinstance(r, ScanProblem)), results[0])
