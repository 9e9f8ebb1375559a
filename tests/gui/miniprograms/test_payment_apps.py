"""The bundled group buy and split-the-bill apps, in real QtWebEngine: they load as packages,
converge across members, split money exactly, and keep working without payments."""

from __future__ import annotations

import json

from core.miniprograms import Capability, LocalUpdateHub
from desktop.miniprograms import bundled_package
from desktop.miniprograms.bundled import BUNDLED
from tests.gui.miniprograms.conftest import js, js_await, wait_js

MEMBERS = ("ann", "ben", "cai")
YUAN = {"id": None, "name": "", "symbol": "¥", "digits": 2}


def compact(value: object) -> str:
    return json.dumps(value, separators=(",", ":"))


def test_both_apps_are_small_valid_packages_that_declare_payment() -> None:
    for name, title in (("groupbuy", "Group buy"), ("splitbill", "Split the bill")):
        package = bundled_package(name)
        assert package.name == title
        assert package.manifest.capabilities == frozenset({Capability.PAYMENT})
        assert sum(len(f.read_bytes()) for f in (BUNDLED / name).iterdir()) < 64 * 1024
    # The money and payment helpers are one file, copied into both packages.
    assert (BUNDLED / "groupbuy" / "shared.js").read_bytes() == (
        BUNDLED / "splitbill" / "shared.js"
    ).read_bytes()


def test_money_is_parsed_formatted_and_split_in_exact_minor_units(make_host, qtbot) -> None:
    host = make_host(bundled_package("splitbill"), "ann", LocalUpdateHub())
    cases = {
        "splitEvenly(10000, 3)": [3334, 3333, 3333],
        "splitEvenly(100, 7)": [15, 15, 14, 14, 14, 14, 14],
        "splitEvenly(2, 3)": [1, 1, 0],
        "splitEvenly(0, 2)": [0, 0],
        "splitEvenly(5, 0)": [],
        "[parseAmount('12.50', 2), parseAmount('12,5', 2), parseAmount('12.5', 2)]": [1250] * 3,
        "[parseAmount('0.07', 2), parseAmount('7', 0), parseAmount('1.234', 3)]": [7, 7, 1234],
        # 0.1 + 0.2 would not be 0.3 in floats; parsed as units it is exact.
        "parseAmount('0.1', 2) + parseAmount('0.2', 2) === parseAmount('0.3', 2)": True,
        "['12.505', '-1', '1e3', '', 'abc', '1.2.3', '99999999999999999'].map("
        "t => parseAmount(t, 2))": [None] * 7,
        "[formatAmount(1250, 2), formatAmount(5, 2), formatAmount(7, 0), formatAmount(-3, 2)]": [
            "12.50",
            "0.05",
            "7",
            "-0.03",
        ],
    }
    for expression, expected in cases.items():
        assert js(qtbot, host, f"JSON.stringify({expression})") == compact(expected), expression


def test_a_group_buy_converges_across_three_members(make_host, qtbot) -> None:
    hub = LocalUpdateHub(held=True)
    package = bundled_package("groupbuy")
    ann, ben, cai = (make_host(package, member, hub) for member in MEMBERS)
    js(
        qtbot,
        ann,
        f"groupbuy.createOffer({{item: 'Lychees (1 kg)', price: '12.50',"
        f" currency: {compact(YUAN)}, deadline: 'Friday'}}); 0",
    )
    qtbot.waitUntil(lambda: len(hub.queued) == 2)
    hub.release()
    for host in (ben, cai):
        wait_js(qtbot, host, "groupbuyState().offer && groupbuyState().offer.price", 1250)
    # Ben and Cai join at the same time, then Ben changes his mind; deliveries cross.
    js(qtbot, ben, "groupbuy.join(3); 0")
    js(qtbot, cai, "groupbuy.join(1); 0")
    js(qtbot, ben, "groupbuy.join(2); 0")
    qtbot.waitUntil(lambda: len(hub.queued) == 6)
    hub.release(lambda queued: list(reversed(queued)))
    expected = {
        "orders": [["ben@hutong", "Ben", 2], ["cai@hutong", "Cai", 1]],
        "units": 3,
        "amount": 3750,
        "people": 2,
    }
    for host in (ann, ben, cai):
        wait_js(qtbot, host, "groupbuyState().units", 3)
        state = js(qtbot, host, "JSON.stringify(groupbuyState())")
        assert {k: json.loads(str(state))[k] for k in expected} == expected
        wait_js(
            qtbot,
            host,
            "document.getElementById('total').textContent",
            "2 people, 3 units, ¥37.50 in all",
        )
    # The chat sees progress: each update's info and summary lines.
    bodies = [d.update.body for d in cai.session.log.since(0)]
    assert bodies[0].info == "Ann started a group buy: Lychees (1 kg) at ¥12.50"
    assert "Ben wants 2 × Lychees (1 kg)" in [b.info for b in bodies]
    assert bodies[-1].summary and "joined" in bodies[-1].summary


def test_a_group_buy_joins_through_its_own_form(make_host, qtbot) -> None:
    hub = LocalUpdateHub()
    package = bundled_package("groupbuy")
    ann = make_host(package, "ann", hub)
    ben = make_host(package, "ben", hub)
    # Ann fills in the offer form (no wallet here: a symbol is typed instead of a currency).
    js(qtbot, ann, "document.getElementById('start-button').click()")
    wait_js(qtbot, ann, "document.getElementById('symbol').hidden", False)
    js(
        qtbot,
        ann,
        "document.getElementById('item-field').value = 'Tea';"
        "document.getElementById('price-field').value = '3';"
        "document.getElementById('create').click()",
    )
    wait_js(qtbot, ben, "document.getElementById('offer').hidden", False)
    js(
        qtbot,
        ben,
        "document.getElementById('quantity').value = '4'; document.getElementById('join').click()",
    )
    for host in (ann, ben):
        wait_js(qtbot, host, "groupbuyState().amount", 1200)
    # Asking to pay without window.hutong's bridge: one clear message, nothing sent.
    sent = len(ann.session.log.since(0))
    wait_js(qtbot, ann, "document.getElementById('ask').hidden", False)
    js(qtbot, ann, "document.getElementById('ask').click()")
    wait_js(
        qtbot,
        ann,
        "document.getElementById('notice').textContent",
        "Payments are not available in this version of Hutong; everything else still works.",
    )
    assert len(ann.session.log.since(0)) == sent
    assert js(qtbot, ann, "groupbuyState().closed") is False


def test_a_bill_is_split_exactly_and_shared_without_payments(make_host, qtbot) -> None:
    hub = LocalUpdateHub()
    package = bundled_package("splitbill")
    ann, ben, cai = (make_host(package, member, hub) for member in MEMBERS)
    names = [["ann@hutong", "Ann"], ["ben@hutong", "Ben"], ["cai@hutong", "Cai"]]
    for host in (ann, ben, cai):
        wait_js(qtbot, host, "JSON.stringify(splitState().members)", compact(names))
    # Ann paid 100.00 for the three of them, through the form.
    js(qtbot, ann, "document.getElementById('new-bill').click()")
    wait_js(qtbot, ann, "document.querySelectorAll('#participants [data-addr]').length", 3)
    js(
        qtbot,
        ann,
        "document.getElementById('title-field').value = 'Hotpot';"
        "document.getElementById('total-field').value = '100.00';"
        "document.getElementById('bill-form').dispatchEvent(new Event('input'))",
    )
    assert js(qtbot, ann, "document.getElementById('preview').textContent") == (
        "Ann ¥33.34 · Ben ¥33.33 · Cai ¥33.33"
    )
    js(qtbot, ann, "document.getElementById('share').click()")
    for host in (ann, ben, cai):
        wait_js(qtbot, host, "splitState().bills.length", 1)
        bill = json.loads(str(js(qtbot, host, "JSON.stringify(splitState().bills[0])")))
        assert bill["total"] == 10000
        assert bill["shares"] == [["ann@hutong", 3334], ["ben@hutong", 3333], ["cai@hutong", 3333]]
        assert bill["owing"] == ["ben@hutong", "cai@hutong"]
        wait_js(
            qtbot,
            host,
            "document.querySelector('.bill ul').textContent.includes('Ben: ¥33.33 (owes)')",
            True,
        )
    # Payments are not available here: the bill is shared all the same, and Ann is told why.
    wait_js(
        qtbot,
        ann,
        "document.getElementById('notice').textContent",
        "Payments are not available in this version of Hutong; everything else still works.",
    )
    assert [d.update.body.info for d in cai.session.log.since(0)][-1] == (
        "Ann paid ¥100.00 for Hotpot: split the bill"
    )


def test_custom_shares_must_add_up_to_the_total(make_host, qtbot) -> None:
    hub = LocalUpdateHub()
    package = bundled_package("splitbill")
    ann = make_host(package, "ann", hub)
    ben = make_host(package, "ben", hub)
    wait_js(qtbot, ann, "splitState().members.length", 2)
    sent = len(ann.session.log.since(0))
    create = (
        "splitbill.createBill({{title: 'Taxi', total: '30.00', currency: {yuan},"
        " participants: ['ann@hutong', 'ben@hutong'], custom: {custom}}})"
    )
    refused = js_await(
        qtbot,
        ann,
        create.format(yuan=compact(YUAN), custom="{'ann@hutong': '10', 'ben@hutong': '15.00'}"),
    )
    assert refused == {"error": "The amounts add up to ¥25.00, not ¥30.00."}
    assert len(ann.session.log.since(0)) == sent
    js_await(
        qtbot,
        ann,
        create.format(yuan=compact(YUAN), custom="{'ann@hutong': '10', 'ben@hutong': '20.00'}"),
    )
    wait_js(
        qtbot,
        ben,
        "JSON.stringify(splitState().bills[0].shares)",
        compact([["ann@hutong", 1000], ["ben@hutong", 2000]]),
    )
