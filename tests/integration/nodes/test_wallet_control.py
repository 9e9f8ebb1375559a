"""The wallet's control operations on a real Core, in-process: JSON in and out, bad input.

Bad requests get one clear error (a ``HutongError`` the socket answers as ``ok: false``, or
the socket's "bad request") and change nothing; views are JSON with hex ids and integers.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from core.crypto import KdfParams
from core.errors import HutongError
from core.facade import Core
from hutong.control_wallet import WalletCommands

PIN = "135790"


@pytest.fixture
def commands(tmp_path: Path) -> Iterator[dict[str, Any]]:
    with Core.open(tmp_path / "Issuer", name="Issuer", kdf=KdfParams.minimal()) as core:
        yield WalletCommands(core).handlers()


def test_issue_then_views_are_json_with_hex_ids_and_integers(commands: dict[str, Any]) -> None:
    commands["wallet_set_pin"]({"new": PIN})
    currency = commands["wallet_issue"](
        {"name": "Meal credits", "symbol": "MEAL", "digits": 2, "initial": 1_000, "pin": PIN}
    )
    assert len(bytes.fromhex(currency)) == 32
    (view,) = commands["wallet_currencies"]({})
    json.dumps(view)  # plain JSON all the way down
    assert view["currency"]["id"] == currency and view["balance"] == 1_000
    assert view["am_issuer"] and view["am_clearer"] and view["frozen"] is None
    books = commands["wallet_ledger"]({"currency": currency})
    assert books["conserved"] and books["minted"] == 1_000 and books["position"] == 1
    assert commands["wallet_ledger"]({"currency": currency, "upto": 0})["position"] == 0
    met = commands["wait_wallet"]({"currency": currency, "view": {"balance": 1_000}})
    assert met["met"] and met["currency"]["balance"] == 1_000
    code = commands["wallet_receive_code"]({"currency": currency, "amount": 250})
    assert code.startswith("HUTONG:R1:")
    assert commands["wallet_read_code"]({"code": code})["amount"] == 250


def test_wait_wallet_wakes_on_the_change_and_answers_when_not_met(
    commands: dict[str, Any],
) -> None:
    commands["wallet_set_pin"]({"new": PIN})
    currency = commands["wallet_issue"](
        {"name": "Meal", "symbol": "M", "digits": 0, "initial": 10, "pin": PIN}
    )
    answers: list[dict[str, Any]] = []
    waiting = threading.Thread(
        target=lambda: answers.append(
            commands["wait_wallet"]({"currency": currency, "view": {"minted": 15}, "wait_s": 60})
        )
    )
    waiting.start()
    commands["wallet_mint"]({"currency": currency, "amount": 5, "pin": PIN})
    waiting.join()
    assert answers[0]["met"] and answers[0]["currency"]["minted"] == 15
    late = commands["wait_wallet"]({"currency": currency, "view": {"minted": 99}, "wait_s": 0})
    assert not late["met"] and late["currency"]["minted"] == 15


@pytest.mark.parametrize(
    "request_",
    [
        {"currency": "zz"},
        {"currency": "00" * 31},
        {"currency": "00" * 32},  # unknown here
    ],
)
def test_a_bad_currency_is_one_clear_error(
    commands: dict[str, Any], request_: dict[str, Any]
) -> None:
    with pytest.raises(HutongError):
        commands["wallet_receive_code"](request_)


def test_an_amount_that_is_not_an_integer_changes_nothing(commands: dict[str, Any]) -> None:
    commands["wallet_set_pin"]({"new": PIN})
    currency = commands["wallet_issue"](
        {"name": "Meal", "symbol": "M", "digits": 2, "initial": 100, "pin": PIN}
    )
    for amount in ("5", 1.5, True, None):
        with pytest.raises(HutongError):
            commands["wallet_mint"]({"currency": currency, "amount": amount, "pin": PIN})
    with pytest.raises(HutongError):
        commands["wallet_mint"]({"currency": currency, "amount": 5, "pin": "000000"})
    assert commands["wallet_ledger"]({"currency": currency})["minted"] == 100
