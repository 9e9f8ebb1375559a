"""QR codes: drawing them (my card), reading them (files, clipboard, screen, camera)."""

from desktop.qr.card_dialog import MyQrCardDialog
from desktop.qr.codes import (
    ScannedCard,
    ScannedInvite,
    ScanProblem,
    ScanResult,
    looks_like_hutong,
    read_code,
    read_picture,
)
from desktop.qr.decode import UnreadablePicture, decode_qr, image_from_file
from desktop.qr.render import qr_image, qr_matrix, qr_pixmap
from desktop.qr.texts import problem_text

__all__ = [
    "MyQrCardDialog",
    "ScanProblem",
    "ScanResult",
    "ScannedCard",
    "ScannedInvite",
    "UnreadablePicture",
    "decode_qr",
    "image_from_file",
    "looks_like_hutong",
    "problem_text",
    "qr_image",
    "qr_matrix",
    "qr_pixmap",
    "read_code",
    "read_picture",
]
