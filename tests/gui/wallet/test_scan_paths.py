"""Scan to pay through the contacts' other QR paths: a pasted picture, a screen region (the
code drawn where a person selects it), a receive code without an amount (the payer types it),
and a payment request handed over by a mini-program (no scanning pages, cancel pays nothing)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPixmap
from pytestqt.qtbot import QtBot

from desktop.context import AppContext
from desktop.qr import qr_image, qr_matrix
from desktop.wallet.scan_dialog import ScanPayDialog
from tests.gui.shell.fakes import settle
from tests.gui.wallet.conftest import ALICE_PIN, BOB_PIN, Community
from tests.gui.wallet.helpers import type_pin

MakeContext = Callable[..., AppContext]


def code_picture(text: str) -> QImage:
    return qr_image(qr_matrix(text, with_logo=False), 360)


def fund_bob(community: Community, amount: int) -> None:
    alice, bob, meal = community.alice, community.bob, community.meal
    transfer = alice.wallet.transfer(meal, bob.me, amount, ALICE_PIN)
    community.sync()
    bob.wallet.accept(meal, transfer)
    community.sync()


def open_scan(qtbot: QtBot, context: AppContext) -> ScanPayDialog:
    dialog = ScanPayDialog(context, has_cameras=lambda: False)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_pasted_picture_and_a_screen_region(
    qtbot: QtBot, community: Community, make_context: MakeContext
) -> None:
    alice, meal = community.alice, community.meal
    context = make_context(community.bob)
    dialog = open_scan(qtbot, context)
    QGuiApplication.clipboard().setText("nothing to see")
    assert not dialog.choose.tiles["clipboard"].isEnabled()
    QGuiApplication.clipboard().setImage(code_picture(alice.wallet.receive_code(meal, 500)))
    assert dialog.choose.tiles["clipboard"].isEnabled()
    qtbot.mouseClick(dialog.choose.tiles["clipboard"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stack.currentWidget() is dialog.preview)
    assert dialog.preview.amount.text() == "5.00 MEAL"
    qtbot.mouseClick(dialog.preview.back_button, Qt.MouseButton.LeftButton)

    screen = QPixmap(800, 600)
    screen.fill(QColor("#dfe6ee"))
    painter = QPainter(screen)
    request = alice.wallet.payment_request(meal, 275, "Noodles")
    painter.drawImage(QRect(420, 180, 360, 360), code_picture(request))
    painter.end()
    dialog.grab_screen = lambda: (screen, QRect(0, 0, 800, 600))
    qtbot.mouseClick(dialog.choose.tiles["screen"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.region_picker is not None, timeout=10_000)
    picker = dialog.region_picker
    assert picker is not None and not dialog.isVisible()
    qtbot.mousePress(picker, Qt.MouseButton.LeftButton, pos=QPoint(400, 160))
    qtbot.mouseMove(picker, QPoint(600, 400))
    qtbot.mouseRelease(picker, Qt.MouseButton.LeftButton, pos=QPoint(795, 595))
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.stack.currentWidget() is dialog.preview)
    assert dialog.preview.amount.text() == "2.75 MEAL"
    assert dialog.preview.memo.text() == "Note: Noodles"
    settle(qtbot, context)


def test_a_receive_code_without_amount_asks_for_it(
    qtbot: QtBot, community: Community, make_context: MakeContext
) -> None:
    alice, bob, meal = community.alice, community.bob, community.meal
    fund_bob(community, 2000)
    context = make_context(bob)
    dialog = open_scan(qtbot, context)
    dialog.check_text(alice.wallet.receive_code(meal))
    qtbot.waitUntil(lambda: dialog.stack.currentWidget() is dialog.preview)
    page = dialog.preview
    assert page.amount_edit.isVisible() and not page.amount.isVisible()
    qtbot.mouseClick(page.pay_button, Qt.MouseButton.LeftButton)
    assert page.notice.kind == "error" and dialog.pin_dialog is None  # no amount, no PIN
    qtbot.keyClicks(page.amount_edit, "7.5")
    qtbot.mouseClick(page.pay_button, Qt.MouseButton.LeftButton)
    pin = type_pin(qtbot, dialog.pin_dialog, BOB_PIN)
    assert pin.detail.text() == "7.50 MEAL"
    qtbot.waitUntil(lambda: dialog.paid is not None, timeout=20_000)
    community.sync()
    view = bob.wallet.currency(meal)
    assert view is not None and view.balance == 2000 - 750
    settle(qtbot, context)


def test_a_request_from_a_mini_program_shows_the_real_name_and_cancel_pays_nothing(
    qtbot: QtBot, community: Community, make_context: MakeContext
) -> None:
    alice, bob, meal = community.alice, community.bob, community.meal
    fund_bob(community, 2000)
    request = alice.wallet.payment_request(meal, 1200, "Group buy: 3 melons")
    context = make_context(bob)
    dialog = ScanPayDialog(context, code_text=request)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.preview.pay_button.isEnabled)
    assert dialog.stack.currentWidget() is dialog.preview
    assert dialog.preview.back_button.text() == "Cancel"
    qtbot.waitUntil(lambda: dialog.preview.payee.text() == "Pay Alice")
    assert dialog.preview.amount.text() == "12.00 MEAL"
    assert dialog.preview.memo.text() == "Note: Group buy: 3 melons"
    qtbot.mouseClick(dialog.preview.back_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.paid is None
    assert [line.amount for line in bob.wallet.bills(meal)] == [2000]

    community.clock.advance(11 * 60_000)  # the request was valid for 10 minutes
    for text, reason in (
        (request, "This payment request has expired; ask for a new one."),
        (
            request[:-6] + "AAAAAA",
            "This payment request's signature does not match: it was altered.",
        ),
    ):
        refused = ScanPayDialog(context, code_text=text)
        qtbot.addWidget(refused)
        refused.show()
        qtbot.waitUntil(lambda refused=refused: refused.preview.notice.kind == "error")
        assert refused.preview.notice.text() == f"This payment code cannot be used. {reason}"
        assert not refused.preview.pay_button.isEnabled() and refused.pin_dialog is None
    settle(qtbot, context)


def test_the_payee_is_named_with_our_remark_and_their_own_name(
    qtbot: QtBot, community: Community, make_context: MakeContext
) -> None:
    alice, bob, meal = community.alice, community.bob, community.meal
    bob.contacts.set_remark(alice.me, "Canteen")
    context = make_context(bob)
    dialog = open_scan(qtbot, context)
    dialog.check_text(alice.wallet.payment_request(meal, 100))
    qtbot.waitUntil(lambda: dialog.stack.currentWidget() is dialog.preview)
    qtbot.waitUntil(lambda: dialog.preview.payee.text() == "Pay Canteen (Alice)")
    settle(qtbot, context)


def test_the_camera_reads_only_payment_codes() -> None:
    from desktop.qr.codes import ScanProblem
    from desktop.wallet.scan_reading import camera_frame_code

    code = "HUTONG:R1:" + "A" * 103
    assert camera_frame_code(None, code_picture(code)) == code  # type: ignore[arg-type]
    menu = camera_frame_code(None, code_picture("https://example.com/menu"))  # type: ignore[arg-type]
    assert isinstance(menu, ScanProblem)  # the camera keeps looking
