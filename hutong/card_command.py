"""``hutong card``: print our contact card (and optionally write it as a QR code PNG)."""

from __future__ import annotations

import argparse
from pathlib import Path

import qrcode
import qrcode.constants

from hutong.profiles import open_core


def write_qr(text: str, destination: Path) -> None:
    """A QR code PNG of ``text`` (alphanumeric mode, medium error correction)."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=8, border=4)
    code.add_data(text)
    code.make(fit=True)
    code.make_image().save(str(destination))


def run(arguments: argparse.Namespace) -> int:
    with open_core(arguments.profile, arguments.passphrase_file) as core:
        card = core.card()
        print(card.to_text())
        if arguments.verbose:
            print(f"name: {card.name}")
            print(f"id:   {core.display_id}")
        if arguments.qr:
            write_qr(card.to_text(), Path(arguments.qr))
    return 0
