"""The bundled group buy and split-the-bill apps, in real QtWebEngine: they load as packages,
converge across members, split money exactly, and keep working without payments."""

from __future__ import annotations

import json

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from core.ids import EventId
from core.miniprograms import Capability, LocalUpdateHub, UpdateThrottle
from desktop.miniprograms import MiniProgramHost, bundled_package, pack_folder
from desktop.miniprograms.bundled import BUNDLED
from desktop.miniprograms.hutong_actions import DesktopActions
from desktop.miniprograms.hutong_api import HutongApi
from desktop.miniprograms.hutong_api import ok as hutong_ok
from desktop.miniprograms.hutong_api import refused as hutong_refused
from desktop.miniprograms.prompts import WindowConsent
from desktop.wallet.scan_dialog import ScanPayDialog
from tests.gui.miniprograms.conftest import answer_box, js, js_await, wait_js
from tests.gui.wallet.conftest import ALICE_PIN, BOB_PIN, make_community

MEMBERS = ("ann", "ben", "cai")
YUAN = {"id": None, "name": "", "symbol": "¥", "digits": 2}


def compact(value: object) -> str:
    return json.dumps(value, separators=(",", ":"))


def test_both_apps_are_small_valid_packages_that_declare_payment() -> None:
    for name, title in (("groupbuy", "Group buy"), ("splitbill", "Split the bill")):
        package = bundled_package(name)
        assert package.name == title
        assert package.manifest.capabilities == frozenset({Capability.PAYMENT})
        assert package.icon == "icon.png"
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


def test_the_apps_speak_the_language_the_page_is_given(qapp, qtbot) -> None:
    expected = {
        ("groupbuy", "zh-CN"): ("团购", "发起团购"),
        ("splitbill", "zh-CN"): ("AA 分账", "我付了一笔账"),
        ("groupbuy", "fr-FR"): ("Achat groupé", "Lancer un achat groupé"),
        ("splitbill", "fr"): ("Partager l'addition", "J'ai payé une addition"),
        ("splitbill", "de"): ("Split the bill", "I paid a bill"),
    }
    for (name, language), (title, button) in expected.items():
        host = MiniProgramHost(
            bundled_package(name),
            instance="1a",
            self_addr="ann@hutong",
            self_name="Ann",
            transport=LocalUpdateHub().join("ann@hutong"),
        )
        host.profile.setHttpAcceptLanguage(language)  # what navigator.language reports
        try:
            with qtbot.waitSignal(host.loaded, timeout=30_000):
                host.load()
            wait_js(qtbot, host, "window.listening === true", True)
            shown = js(
                qtbot,
                host,
                "JSON.stringify([...document.querySelectorAll('h1, button')]"
                ".slice(0, 2).map(n => n.textContent))",
            )
            assert json.loads(str(shown)) == [title, button], (name, language)
            missing = "Object.keys(WORDS.en).filter(k => !(k in WORDS.zh_CN) || !(k in WORDS.fr))"
            assert js(qtbot, host, f"JSON.stringify({missing})") == "[]", name
        finally:
            host.close()
            qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)


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
    # Without a wallet currency the organiser closes the orders and collects by hand.
    wait_js(qtbot, ann, "document.getElementById('ask').textContent", "Close the orders")
    js(qtbot, ann, "document.getElementById('ask').click()")
    for host in (ann, ben):
        wait_js(qtbot, host, "groupbuyState().closed", True)
        wait_js(qtbot, host, "JSON.stringify(groupbuyState().owing)", '["ben@hutong"]')
    assert js(qtbot, ben, "document.querySelector('[data-settle]') === null") is True
    js(qtbot, ann, "document.querySelector('[data-settle=\"ben@hutong\"]').click()")
    for host in (ann, ben):
        wait_js(qtbot, host, "JSON.stringify(groupbuyState().settled)", '["ben@hutong"]')
        wait_js(qtbot, host, "document.getElementById('progress').textContent", "1 of 1 paid")
    assert js(qtbot, ben, "document.getElementById('orders').textContent") == (
        "Ben4¥12.00marked paid"
    )
    assert [d.update.body.info for d in ben.session.log.since(0)][-1] == "Ann marked Ben as paid"


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
    # Ben pays Ann in cash; she marks it, and everyone sees who still owes.
    assert js(qtbot, ben, "document.querySelector('[data-settle]') === null") is True
    js(qtbot, ann, "document.querySelector('[data-settle=\"ben@hutong\"]').click()")
    for host in (ann, ben, cai):
        wait_js(qtbot, host, "JSON.stringify(splitState().bills[0].owing)", '["cai@hutong"]')
        wait_js(
            qtbot, host, "document.querySelector('.bill').textContent.includes('1 of 2 paid')", True
        )
    assert "Ben: ¥33.33 (marked paid)" in str(
        js(qtbot, cai, "document.querySelector('.bill ul').textContent")
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


# --- With window.hutong served by the real bridge (HutongApi behind QWebChannel) ------------
# Grants are kept by each member's real core (MiniProgramsService). The prompts and the wallet
# side are HutongApi's Consent and HostActions seams: a fake person who answers the prompt
# and records the requests their wallet signs and the codes they are asked to pay, answering
# a payment later, as the native dialog (desktop.wallet.confirm_payment_request) does.

YUAN_ID = "ab" * 32
TRANSFER = "cd" * 32


class Person:
    """One member's answers to the native prompts, and their wallet."""

    def __init__(self, name: str, *, allows: bool = True) -> None:
        self.name = name
        self.allows = allows
        self.asked: list[Capability] = []
        self.signed: list[dict[str, object]] = []
        self.paid_codes: list[str] = []

    def ask(self, capability: Capability, answer) -> None:
        self.asked.append(capability)
        answer(self.allows)

    def profile(self) -> dict[str, str]:
        return {"name": self.name.capitalize(), "addr": f"{self.name}@hutong"}

    def currencies(self) -> list[dict[str, object]]:
        return [{"id": YUAN_ID, "name": "Hutong yuan", "symbol": "¥", "digits": 2}]

    def create_payment_request(self, args: dict[str, object]) -> str:
        self.signed.append(args)
        return f"HUTONG:P1:{self.name}-{len(self.signed)}"

    def request_payment(self, code: str, answer) -> None:
        self.paid_codes.append(code)
        QTimer.singleShot(0, lambda: answer(hutong_ok({"transfer": TRANSFER})))

    def share_to_chat(self, title: str, summary: str, answer) -> None:
        answer(hutong_refused("cancelled", "not in these tests"))


def paying_member(
    make_host, make_core, name: str, person: Person, hub: LocalUpdateHub, **options: object
):
    core = make_core(person.name)
    program = core.miniprograms.install(pack_folder(BUNDLED / name), f"{name}.xdc")
    api = HutongApi(
        program.program_id, program.manifest.capabilities, core.miniprograms, person, person
    )
    return make_host(bundled_package(name), person.name, hub, hutong=api, **options)


def click(qtbot, host, selector: str) -> None:
    wait_js(
        qtbot,
        host,
        f"!!document.querySelector('{selector}') && document.querySelector('{selector}').hidden",
        False,
    )
    js(qtbot, host, f"document.querySelector('{selector}').click()")


def test_a_group_buy_asks_everyone_to_pay_and_shows_who_paid(make_host, make_core, qtbot) -> None:
    hub = LocalUpdateHub()
    people = {name: Person(name, allows=name != "cai") for name in MEMBERS}
    ann, ben, cai = (
        paying_member(make_host, make_core, "groupbuy", people[name], hub) for name in MEMBERS
    )
    # Ann starts the offer: her wallet's currencies, after she allows payments once.
    click(qtbot, ann, "#start-button")
    wait_js(qtbot, ann, "document.getElementById('currency').textContent", "¥ Hutong yuan")
    assert people["ann"].asked == [Capability.PAYMENT]
    js(
        qtbot,
        ann,
        "document.getElementById('item-field').value = 'Lychees';"
        "document.getElementById('price-field').value = '12.50';"
        "document.getElementById('create').click()",
    )
    for host, quantity in ((ann, 1), (ben, 2), (cai, 1)):
        wait_js(qtbot, host, "!!groupbuyState().offer", True)
        js(qtbot, host, f"groupbuy.join({quantity}); 0")
    wait_js(qtbot, ann, "groupbuyState().amount", 5000)
    click(qtbot, ann, "#ask")
    for host in (ann, ben, cai):
        wait_js(
            qtbot,
            host,
            "JSON.stringify(groupbuyState().requests)",
            compact({"ben@hutong": 2500, "cai@hutong": 1250}),
        )
        assert js(qtbot, host, "groupbuyState().closed") is True
    # One request each, signed by the organiser's wallet; none for her own share.
    assert people["ann"].signed == [
        {"currency": YUAN_ID, "amount": 2500, "memo": "Lychees × 2"},
        {"currency": YUAN_ID, "amount": 1250, "memo": "Lychees × 1"},
    ]
    assert js(qtbot, ann, "document.getElementById('pay').hidden") is True
    # Ben pays his own request (the code made for him) through the native dialog.
    wait_js(qtbot, ben, "document.getElementById('pay').textContent", "Pay ¥25.00")
    click(qtbot, ben, "#pay")
    for host in (ann, ben, cai):
        wait_js(
            qtbot, host, "JSON.stringify(groupbuyState().paid)", compact({"ben@hutong": TRANSFER})
        )
        wait_js(qtbot, host, "document.getElementById('progress').textContent", "1 of 2 paid")
    assert people["ben"].paid_codes == ["HUTONG:P1:ann-1"]
    assert [d.update.body.info for d in ann.session.log.since(0)][-1] == "Ben paid ¥25.00"
    # Cai does not allow payments: one clear line, nothing paid, nothing sent.
    sent = len(cai.session.log.since(0))
    click(qtbot, cai, "#pay")
    wait_js(
        qtbot,
        cai,
        "document.getElementById('notice').textContent.startsWith('Payments are turned off')",
        True,
    )
    assert people["cai"].paid_codes == []
    assert len(cai.session.log.since(0)) == sent
    assert js(qtbot, cai, "document.getElementById('pay').hidden") is False


def test_asking_to_pay_without_permission_sends_nothing(make_host, make_core, qtbot) -> None:
    hub = LocalUpdateHub()
    package = bundled_package("groupbuy")
    ann = paying_member(make_host, make_core, "groupbuy", Person("ann", allows=False), hub)
    ben = make_host(package, "ben", hub)
    offer = f"{{item: 'Tea', price: 300, currency: {compact({**YUAN, 'id': YUAN_ID})}}}"
    js_await(qtbot, ann, f"groupbuy.createOffer({offer})")
    wait_js(qtbot, ben, "!!groupbuyState().offer", True)
    js_await(qtbot, ben, "groupbuy.join(2)")
    wait_js(qtbot, ann, "groupbuyState().units", 2)
    sent = len(ann.session.log.since(0))
    click(qtbot, ann, "#ask")
    wait_js(
        qtbot,
        ann,
        "document.getElementById('notice').textContent.startsWith('Payments are turned off')",
        True,
    )
    assert len(ann.session.log.since(0)) == sent
    assert js(qtbot, ben, "groupbuyState().closed") is False


def test_asking_many_to_pay_waits_out_the_send_limit(make_host, make_core, qtbot) -> None:
    hub = LocalUpdateHub()
    organiser = Person("ann")
    ann = paying_member(
        make_host,
        make_core,
        "groupbuy",
        organiser,
        hub,
        throttle=UpdateThrottle(burst=2, per_second=2),
    )
    members = [make_host(bundled_package("groupbuy"), name, hub) for name in MEMBERS[1:]]
    members.append(make_host(bundled_package("groupbuy"), "dai", hub))
    offer = f"{{item: 'Tea', price: 300, currency: {compact({**YUAN, 'id': YUAN_ID})}}}"
    js_await(qtbot, ann, f"groupbuy.createOffer({offer})")
    for member in members:
        wait_js(qtbot, member, "!!groupbuyState().offer", True)
        js_await(qtbot, member, "groupbuy.join(1)")
    wait_js(qtbot, ann, "groupbuyState().units", 3)
    # Ann's budget is spent; closing and three requests are four more updates, two a second.
    spend = (
        "(async () => { try { for (;;) await webxdc.sendUpdate({payload: {type: 'noise',"
        " addr: 'x'}}, ''); } catch (error) { return error.message; } })()"
    )
    assert "too many updates" in str(js_await(qtbot, ann, spend))
    refused = ann.session.throttle.refused
    assert js_await(qtbot, ann, "groupbuy.askToPay()") is None
    for host in (ann, *members):
        wait_js(qtbot, host, "Object.keys(groupbuyState().requests).length", 3)
    assert ann.session.throttle.refused > refused  # it was held back, and tried again
    assert len(organiser.signed) == 3


def test_a_bill_shared_while_payments_were_denied_can_ask_once_allowed(
    make_host, make_core, qtbot
) -> None:
    hub = LocalUpdateHub()
    payer = Person("ann", allows=False)
    core = make_core("ann")
    program = core.miniprograms.install(pack_folder(BUNDLED / "splitbill"), "splitbill.xdc")
    api = HutongApi(
        program.program_id, program.manifest.capabilities, core.miniprograms, payer, payer
    )
    ann = make_host(bundled_package("splitbill"), "ann", hub, hutong=api)
    ben = make_host(bundled_package("splitbill"), "ben", hub)
    wait_js(qtbot, ann, "splitState().members.length", 2)
    bill = (
        f"splitbill.createBill({{title: 'Taxi', total: '30', currency: "
        f"{compact({**YUAN, 'id': YUAN_ID})}, participants: ['ann@hutong', 'ben@hutong']}})"
    )
    assert js_await(qtbot, ann, bill) == {"error": "'payment' was not allowed"}
    # The bill is there for everyone all the same; nobody has a request yet.
    wait_js(qtbot, ben, "JSON.stringify(splitState().bills[0].owing)", '["ben@hutong"]')
    assert js(qtbot, ben, "document.querySelector('.bill button.pay') === null") is True
    # Ann allows payments (Permissions…), then asks from the bill itself.
    core.miniprograms.grant(program.program_id, Capability.PAYMENT)
    click(qtbot, ann, ".bill button.ask")
    wait_js(
        qtbot, ben, "document.querySelector('.bill button.pay').textContent", "Pay ¥15.00 to Ann"
    )
    assert payer.signed == [{"currency": YUAN_ID, "amount": 1500, "memo": "Taxi"}]
    assert payer.asked == [Capability.PAYMENT]  # asked once; the denial was remembered


def test_an_unpaid_request_about_to_expire_can_be_asked_again(make_host, make_core, qtbot) -> None:
    hub = LocalUpdateHub()
    organiser = Person("ann")
    ann = paying_member(make_host, make_core, "groupbuy", organiser, hub)
    ben = make_host(bundled_package("groupbuy"), "ben", hub)
    offer = f"{{item: 'Tea', price: 300, currency: {compact({**YUAN, 'id': YUAN_ID})}}}"
    js_await(qtbot, ann, f"groupbuy.createOffer({offer})")
    wait_js(qtbot, ben, "!!groupbuyState().offer", True)
    js_await(qtbot, ben, "groupbuy.join(1)")
    wait_js(qtbot, ann, "groupbuyState().units", 1)
    click(qtbot, ann, "#ask")
    wait_js(qtbot, ben, "document.getElementById('pay').hidden", False)
    assert js(qtbot, ann, "document.getElementById('ask').hidden") is True
    # 23 and a half hours later on Ann's device, Ben has still not paid: she may ask again.
    js(qtbot, ann, "const then = Date.now(); Date.now = () => then + 23.5 * 3600 * 1000; 0")
    js_await(qtbot, ben, "groupbuy.join(1)")  # any update redraws the page
    click(qtbot, ann, "#ask")
    wait_js(qtbot, ben, "document.getElementById('pay').textContent", "Pay ¥3.00")
    qtbot.waitUntil(lambda: len(organiser.signed) == 2)
    wait_js(qtbot, ann, "document.getElementById('ask').hidden", True)
    assert (
        len([d for d in ben.session.log.since(0) if '"request"' in d.update.body.payload_json]) == 2
    )


def test_a_split_bill_requests_each_share_and_each_member_pays_theirs(
    make_host, make_core, qtbot
) -> None:
    hub = LocalUpdateHub()
    people = {name: Person(name) for name in MEMBERS}
    ann, ben, cai = (
        paying_member(make_host, make_core, "splitbill", people[name], hub) for name in MEMBERS
    )
    wait_js(qtbot, ann, "splitState().members.length", 3)
    click(qtbot, ann, "#new-bill")
    wait_js(qtbot, ann, "document.getElementById('currency').textContent", "¥ Hutong yuan")
    js(
        qtbot,
        ann,
        "document.getElementById('title-field').value = 'Hotpot';"
        "document.getElementById('total-field').value = '100';"
        "document.getElementById('share').click()",
    )
    for host in (ann, ben, cai):
        wait_js(
            qtbot,
            host,
            "JSON.stringify(splitState().bills.map(b => b.requested))",
            compact([["ben@hutong", "cai@hutong"]]),
        )
    assert people["ann"].signed == [
        {"currency": YUAN_ID, "amount": 3333, "memo": "Hotpot"},
        {"currency": YUAN_ID, "amount": 3333, "memo": "Hotpot"},
    ]
    # Each member sees their own "Pay" button, and pays the code made for them.
    for host, payer, code in ((cai, "cai", "HUTONG:P1:ann-2"), (ben, "ben", "HUTONG:P1:ann-1")):
        button = "document.querySelector('.bill button.pay')"
        wait_js(qtbot, host, f"{button} && {button}.textContent", "Pay ¥33.33 to Ann")
        js(qtbot, host, f"{button}.click()")
        qtbot.waitUntil(lambda p=payer, c=code: people[p].paid_codes == [c])
    for host in (ann, ben, cai):
        wait_js(qtbot, host, "JSON.stringify(splitState().bills[0].owing)", "[]")
        wait_js(
            qtbot, host, "document.querySelector('.bill').textContent.includes('2 of 2 paid')", True
        )
        assert js(qtbot, host, "document.querySelector('.bill button.pay') === null") is True


# --- End to end: the real wallet, its native dialog and PIN, nothing replaced ---------------


class PayDialogDriver:
    """Plays the payer at the wallet's "Pay" dialog, which runs modally (its own event loop)
    once the page asks: checks what it shows, presses Pay, types the PIN, presses Done."""

    def __init__(self, parent: QWidget, pin: str) -> None:
        self.parent = parent
        self.pin = pin
        self.seen: dict[str, str] = {}
        self.timer = QTimer(parent)  # goes with the window, even if the test fails
        self.timer.setInterval(50)
        self.timer.timeout.connect(self.step)
        self.timer.start()

    def step(self) -> None:
        dialogs = [d for d in self.parent.findChildren(ScanPayDialog) if d.isVisible()]
        if not dialogs:
            return
        dialog = dialogs[0]
        page = dialog.stack.currentWidget()
        if (
            page is dialog.preview
            and dialog.preview.pay_button.isEnabled()
            and "payee" not in self.seen
        ):
            self.seen.update(
                payee=page.payee.text(), amount=page.amount.text(), memo=page.memo.text()
            )
            dialog.preview.pay_button.click()
        pin = dialog.pin_dialog
        if pin is not None and pin.isVisible() and pin.field.isEnabled() and "pin" not in self.seen:
            self.seen["pin"] = "typed"
            QTest.keyClicks(pin.field, self.pin)
        if page is dialog.done_page:
            self.seen["done"] = dialog.done_page.headline.text()
            dialog.done_page.done_button.click()


def test_a_member_pays_the_organiser_through_the_wallet_dialog(
    make_host, make_core, make_context, qtbot
) -> None:
    community = make_community(make_core)
    alice, bob, meal = community.alice, community.bob, community.meal
    funding = alice.wallet.transfer(meal, bob.me, 5000, ALICE_PIN)  # Bob needs money first
    community.sync()
    bob.wallet.accept(meal, funding)
    community.sync()
    hub = LocalUpdateHub()
    hosts, windows = {}, {}
    for core in (alice, bob):
        context = make_context(core)
        program = core.miniprograms.install(pack_folder(BUNDLED / "groupbuy"), "groupbuy.xdc")
        window = windows[core.name] = QWidget()
        qtbot.addWidget(window)
        api = HutongApi(
            program.program_id,
            program.manifest.capabilities,
            core.miniprograms,
            WindowConsent(program.name, lambda w=window: w),
            DesktopActions(
                context, program.program_id, program.name, None, core.name, lambda w=window: w
            ),
        )
        hosts[core.name] = make_host(
            bundled_package("groupbuy"), core.name.lower(), hub, hutong=api
        )
    organiser, member = hosts["Alice"], hosts["Bob"]
    # Alice starts the offer in her wallet's currency (allowing payments when asked).
    js(qtbot, organiser, "document.getElementById('start-button').click()")
    answer_box(qtbot, windows["Alice"], "hutongConsent", True)
    wait_js(
        qtbot, organiser, "document.getElementById('currency').textContent", "MEAL Canteen meals"
    )
    js(
        qtbot,
        organiser,
        "document.getElementById('item-field').value = 'Lychees';"
        "document.getElementById('price-field').value = '12.50';"
        "document.getElementById('create').click()",
    )
    wait_js(qtbot, member, "!!groupbuyState().offer", True)
    js(qtbot, member, "groupbuy.join(2); 0")
    wait_js(qtbot, organiser, "groupbuyState().amount", 2500)
    js(qtbot, organiser, "document.getElementById('ask').click()")
    wait_js(qtbot, member, "document.getElementById('pay').textContent", "Pay 25.00 MEAL")
    # Bob pays: allow payments, then the wallet's own dialog names Alice, the amount and memo.
    driver = PayDialogDriver(windows["Bob"], BOB_PIN)
    js(qtbot, member, "document.getElementById('pay').click()")
    answer_box(qtbot, windows["Bob"], "hutongConsent", True)
    for host in (organiser, member):
        wait_js(qtbot, host, "Object.keys(groupbuyState().paid).join()", "bob@hutong")
    driver.timer.stop()
    assert driver.seen["payee"] == "Pay Alice"
    assert driver.seen["amount"] == "25.00 MEAL"
    assert driver.seen["memo"] == "Note: Lychees × 2"
    assert driver.seen["done"] == "25.00 MEAL sent to Alice"
    transfer = js(qtbot, organiser, "groupbuyState().paid['bob@hutong']")
    community.sync()
    status = alice.wallet.transfer_status(meal, EventId(bytes.fromhex(str(transfer))))
    assert status.amount == 2500 and status.payee == alice.me
    view = alice.wallet.currency(meal)
    assert view is not None and view.balance == 100_000 - 5000 + 2500
