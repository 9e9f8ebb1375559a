"""Bills: pending, cleared and returned lines visible, filters by state, kind, person and
dates, and the CSV export (formula cells made inert) written where the person chose."""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from core.wallet import BillState
from desktop.context import AppContext
from desktop.wallet import WalletPane
from tests.gui.shell.fakes import settle
from tests.gui.wallet.conftest import ALICE_PIN, BOB_PIN, Community

MakeContext = Callable[..., AppContext]


def _history(community: Community) -> None:
    """Bob: 10.00 accepted (cleared), 2.00 declined (returned), 1.50 paid while Alice's
    clearer has not seen it (pending), with a memo a spreadsheet would run as a formula."""
    alice, bob, meal = community.alice, community.bob, community.meal
    kept = alice.wallet.transfer(meal, bob.me, 1000, ALICE_PIN, memo="lunch money")
    refused = alice.wallet.transfer(meal, bob.me, 200, ALICE_PIN, memo="oops")
    community.sync()
    community.clock.advance(60_000)
    bob.wallet.accept(meal, kept)
    community.sync()
    community.clock.advance(60_000)
    bob.wallet.decline(meal, refused)
    community.sync()
    community.clock.advance(60_000)
    preview = bob.wallet.read_code(alice.wallet.receive_code(meal))
    bob.wallet.pay(preview, BOB_PIN, 150)  # not synced: pending


def _column(pane: WalletPane, name: str) -> list[str]:
    model = pane.bills.model
    return [model.cell_text(row, name) for row in range(model.rowCount())]


def test_bills_filter_and_export(
    qtbot: QtBot, community: Community, make_context: MakeContext, tmp_path: Path
) -> None:
    _history(community)
    context = make_context(community.bob)
    pane = WalletPane(context)
    qtbot.addWidget(pane)
    pane.resize(1000, 680)
    pane.show()
    qtbot.waitUntil(lambda: bytes(community.meal) in pane.cards)
    qtbot.mouseClick(pane.action_buttons["bills"], Qt.MouseButton.LeftButton)
    page = pane.bills
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    assert _column(pane, "state") == ["Pending", "Returned", "Cleared"]
    assert _column(pane, "amount") == ["\u22121.50 MEAL", "+2.00 MEAL", "+10.00 MEAL"]
    qtbot.waitUntil(lambda: _column(pane, "counterparty") == ["Alice"] * 3)
    assert page.count.text() == "3 of 3 bills"

    page.state_filter.setCurrentIndex(page.state_filter.findData(BillState.PENDING))
    assert _column(pane, "amount") == ["\u22121.50 MEAL"]
    page.state_filter.setCurrentIndex(page.state_filter.findData(BillState.RETURNED))
    assert _column(pane, "memo") == ["oops"]
    page.state_filter.setCurrentIndex(0)
    page.who_filter.setCurrentIndex(page.who_filter.findText("Alice"))
    assert page.model.rowCount() == 3
    page.period.setCurrentIndex(page.period.findData("today"))
    assert page.model.rowCount() == 3
    page.period.setCurrentIndex(page.period.findData("between"))
    assert page.since.isVisible() and page.until.isVisible()
    assert page.model.rowCount() == 3  # the last 30 days hold them all
    long_ago = date(2020, 1, 1)
    page.since.setDate(QDate(long_ago.year, long_ago.month, long_ago.day))
    end = long_ago + timedelta(days=10)
    page.until.setDate(QDate(end.year, end.month, end.day))
    assert page.model.rowCount() == 0
    assert page.empty.isVisible() and page.empty.text() == "No bills match these filters."
    assert not page.export_button.isEnabled()
    page.period.setCurrentIndex(page.period.findData("all"))
    page.state_filter.setCurrentIndex(page.state_filter.findData(BillState.CLEARED))
    assert page.count.text() == "1 of 3 bills"

    target = tmp_path / "bills.csv"
    asked: list[str] = []

    def choose(_parent: object, suggested: str) -> Path:
        asked.append(suggested)
        return target

    page.choose_export_path = choose
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.notice.kind == "success")
    assert asked == ["hutong-bills-MEAL-2023-11-14.csv"]
    rows = list(csv.reader(target.read_text("utf-8").splitlines()))
    assert rows[0][:7] == ["time (UTC)", "state", "kind", "direction", "counterparty", "amount",
                           "currency"]  # fmt: skip
    assert [row[1:8] for row in rows[1:]] == [
        ["cleared", "transfer", "in", "Alice", "10.00", "MEAL", "lunch money"]
    ]
    assert page.notice.text() == f"Exported 1 bills to {target}."
    settle(qtbot, context)


def test_a_formula_in_a_memo_is_exported_inert(
    qtbot: QtBot, community: Community, make_context: MakeContext, tmp_path: Path
) -> None:
    alice, bob, meal = community.alice, community.bob, community.meal
    alice.wallet.transfer(meal, bob.me, 100, ALICE_PIN, memo='=HYPERLINK("http://x")')
    community.sync()
    context = make_context(bob)
    pane = WalletPane(context)
    qtbot.addWidget(pane)
    pane.show()
    qtbot.waitUntil(lambda: bytes(meal) in pane.cards)
    pane.open_bills(bytes(meal))
    qtbot.waitUntil(lambda: pane.bills.model.rowCount() == 1)
    pane.bills.choose_export_path = lambda _parent, _name: tmp_path / "b.csv"
    qtbot.mouseClick(pane.bills.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.bills.notice.kind == "success")
    (line,) = list(csv.reader((tmp_path / "b.csv").read_text("utf-8").splitlines()))[1:]
    assert line[7] == '\'=HYPERLINK("http://x")'
    assert not list(tmp_path.glob(".*.part"))  # written beside, then moved into place
    settle(qtbot, context)


def test_a_transfer_waiting_in_the_bills_is_accepted_from_there(
    qtbot: QtBot, community: Community, make_context: MakeContext
) -> None:
    alice, bob, meal = community.alice, community.bob, community.meal
    alice.wallet.transfer(meal, bob.me, 300, ALICE_PIN, memo="coffee")
    community.sync()
    context = make_context(bob)
    pane = WalletPane(context)
    qtbot.addWidget(pane)
    pane.show()
    qtbot.waitUntil(lambda: bytes(meal) in pane.cards)
    pane.open_bills(bytes(meal))
    qtbot.waitUntil(lambda: _column(pane, "state") == ["Awaiting acceptance"])
    page = pane.bills
    table = page.table
    cell = table.visualRect(page.model.index(0, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    dialog = page.transfer_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.accept_button.isVisible)
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.notice.kind == "success")
    community.sync()
    qtbot.waitUntil(lambda: _column(pane, "state") == ["Cleared"])
    qtbot.waitUntil(lambda: dialog.state.text() == "Received")
    settle(qtbot, context)
