"""Receive codes and payment requests as QR pictures that Hutong (zxing-cpp) and zbarimg
read back to the same text; scanning them to pay; a tampered request is refused before any
PIN prompt and changes nothing."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from core.wallet.payment_codes import REQUEST_PREFIX
from desktop.context import AppContext
from desktop.qr import decode_qr
from desktop.wallet.receive_dialog import ReceiveDialog
from desktop.wallet.scan_dialog import ScanPayDialog
from tests.gui.shell.fakes import settle
from tests.gui.wallet.conftest import BOB_PIN, Community
from tests.gui.wallet.helpers import type_pin

MakeContext = Callable[..., AppContext]


def open_receive(qtbot: QtBot, context: AppContext) -> ReceiveDialog:
    dialog = ReceiveDialog(context, context.core.wallet.currencies())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def saved_code(qtbot: QtBot, dialog: ReceiveDialog, path: Path) -> Path:
    view = dialog.code_view
    qtbot.waitUntil(view.save_button.isEnabled)
    view.choose_save_path = lambda _parent, _name: path
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.notice.kind == "success")
    return path


def zbarimg(path: Path) -> str:
    if shutil.which("zbarimg") is None:
        pytest.fail("zbarimg is missing: install zbar-tools (.ci/system-deps)")
    done = subprocess.run(
        ["zbarimg", "--quiet", "--raw", str(path)], capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def test_receive_code_and_payment_request_read_back_by_zxing_and_zbarimg(
    qtbot: QtBot, community: Community, make_context: MakeContext, tmp_path: Path
) -> None:
    alice = community.alice
    dialog = open_receive(qtbot, make_context(alice))
    qtbot.waitUntil(lambda: dialog.code_view.code_text.startswith("HUTONG:R1:"))
    qtbot.keyClicks(dialog.static_amount, "12.5")
    qtbot.waitUntil(lambda: "12.50 MEAL" in dialog.code_view.caption.text())
    receive = dialog.code_view.code_text
    assert alice.wallet.read_code(receive).amount == 1250
    assert dialog.code_view.text.toPlainText() == receive
    picture = saved_code(qtbot, dialog, tmp_path / "receive.png")
    assert decode_qr(QImage(str(picture))) == [receive]
    assert zbarimg(picture) == receive

    qtbot.mouseClick(dialog.request_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.request_amount, "3.20")
    qtbot.keyClicks(dialog.memo, "Coffee, third floor")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.code_view.code_text.startswith(REQUEST_PREFIX))
    request = dialog.code_view.code_text
    preview = community.bob.wallet.read_code(request)
    assert (preview.amount, preview.memo, preview.payee_name) == (
        320,
        "Coffee, third floor",
        "Alice",
    )
    picture = saved_code(qtbot, dialog, tmp_path / "request.png")
    assert decode_qr(QImage(str(picture))) == [request]
    assert zbarimg(picture) == request
    settle(qtbot, dialog._context)


def test_a_request_paid_by_scanning_its_picture(
    qtbot: QtBot, community: Community, make_context: MakeContext, tmp_path: Path
) -> None:
    alice, bob, meal = community.alice, community.bob, community.meal
    receive = open_receive(qtbot, make_context(alice))
    qtbot.mouseClick(receive.request_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(receive.request_amount, "3.20")
    qtbot.keyClicks(receive.memo, "Coffee")
    qtbot.mouseClick(receive.create_button, Qt.MouseButton.LeftButton)
    picture = saved_code(qtbot, receive, tmp_path / "request.png")
    # Bob first needs money: Alice pays him 10.00 and he accepts.
    transfer = alice.wallet.transfer(meal, bob.me, 1000, "135790")
    community.sync()
    bob.wallet.accept(meal, transfer)
    community.sync()

    context = make_context(bob)
    dialog = ScanPayDialog(context, has_cameras=lambda: False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.choose.tiles["camera"].isVisible()
    dialog.choose_image_file = lambda _parent: picture
    qtbot.mouseClick(dialog.choose.tiles["file"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stack.currentWidget() is dialog.preview)
    page = dialog.preview
    assert page.payee.text() == "Pay Alice"
    assert page.amount.text() == "3.20 MEAL" and not page.amount_edit.isVisible()
    assert page.memo.text() == "Note: Coffee"
    qtbot.mouseClick(page.pay_button, Qt.MouseButton.LeftButton)
    pin = type_pin(qtbot, dialog.pin_dialog, BOB_PIN)
    assert pin.detail.text() == "3.20 MEAL"
    qtbot.waitUntil(lambda: dialog.stack.currentWidget() is dialog.done_page, timeout=20_000)
    assert dialog.done_page.headline.text() == "3.20 MEAL sent to Alice"
    assert dialog.paid is not None
    community.sync()
    alice_view = alice.wallet.currency(meal)
    assert alice_view is not None and alice_view.balance == 100_000 - 1000 + 320
    settle(qtbot, context)


def _tampered(request: str) -> str:
    body = len(REQUEST_PREFIX)
    position = body + 60  # inside the payee or the amount, not the prefix
    replacement = "A" if request[position] != "A" else "B"
    return request[:position] + replacement + request[position + 1 :]


def test_a_tampered_request_is_refused_before_any_pin_prompt(
    qtbot: QtBot, community: Community, make_context: MakeContext
) -> None:
    alice, bob, meal = community.alice, community.bob, community.meal
    request = alice.wallet.payment_request(meal, 320, "Coffee")
    context = make_context(bob)
    dialog = ScanPayDialog(context, has_cameras=lambda: False)
    qtbot.addWidget(dialog)
    dialog.show()
    before = bob.wallet.bills(meal)
    messages = []
    for text in (_tampered(request), "HUTONG:P1:NOTACODE", "https://example.com/menu"):
        qtbot.mouseClick(dialog.choose.tiles["text"], Qt.MouseButton.LeftButton)
        dialog.paste.text.setPlainText(text)
        qtbot.mouseClick(dialog.paste.continue_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.paste.notice.kind == "error")
        assert dialog.stack.currentWidget() is dialog.paste
        assert dialog.pin_dialog is None  # no PIN prompt for a bad code
        messages.append(dialog.paste.notice.text())
        qtbot.mouseClick(dialog.paste.back_button, Qt.MouseButton.LeftButton)
    assert messages == [
        "This payment code cannot be used. "
        "This payment request's signature does not match: it was altered.",
        "This payment code cannot be used. This payment request is damaged.",
        "This QR code is not a Hutong payment code.",
    ]
    assert bob.wallet.bills(meal) == before
    settle(qtbot, context)
