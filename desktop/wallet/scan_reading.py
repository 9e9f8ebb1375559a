"""Finding a payment code in a picture or a text (off the GUI thread; pictures are hostile,
:mod:`desktop.qr.decode` caps them). A code found is then checked by ``wallet.read_code``."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QImage

from core.facade import Core
from core.wallet.payment_codes import RECEIVE_PREFIX, REQUEST_PREFIX
from core.wallet.views import PaymentPreview
from desktop.i18n import translate
from desktop.qr import decode_qr
from desktop.qr.codes import ScanProblem


@dataclass(frozen=True)
class NoPaymentCode:
    """``no-code`` (no QR at all) or ``foreign`` (QR codes, none a Hutong payment code)."""

    kind: str

    def text(self) -> str:
        if self.kind == "no-code":
            return translate(
                "Wallet",
                "No QR code was found. Make sure the whole code is visible, sharp and not too "
                "small.",
            )
        return translate("Wallet", "This QR code is not a Hutong payment code.")


def is_payment_code(text: str) -> bool:
    compact = "".join(text[:32].split()).upper()
    return compact.startswith((RECEIVE_PREFIX, REQUEST_PREFIX))


def payment_code_in(image: QImage) -> str | NoPaymentCode:
    texts = decode_qr(image)
    if not texts:
        return NoPaymentCode("no-code")
    ours = [text for text in texts if is_payment_code(text)]
    return ours[0] if ours else NoPaymentCode("foreign")


def preview_picture(core: Core, image: QImage) -> PaymentPreview | NoPaymentCode:
    """The checked code in ``image``; InvalidInput (core's reason) for a bad code."""
    found = payment_code_in(image)
    return found if isinstance(found, NoPaymentCode) else core.wallet.read_code(found)


def preview_text(core: Core, text: str) -> PaymentPreview | NoPaymentCode:
    if not is_payment_code(text):
        return NoPaymentCode("foreign")
    return core.wallet.read_code(text)


def camera_frame_code(_core: Core, image: QImage) -> str | ScanProblem:
    """For the camera: a payment code's text, or keep looking."""
    found = payment_code_in(image)
    return ScanProblem("no-code") if isinstance(found, NoPaymentCode) else found
