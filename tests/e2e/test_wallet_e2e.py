"""Three real Hutong apps (three profiles, three processes, real sync over loopback) on one
private X server use the wallet as people would:

Alice issues a currency (setting her payment PIN on the way); Bob and Carol, her friends,
join it. Alice sends Bob money with the chat's ¥ button; Bob accepts it from the card. Alice
shows a payment request as a QR code; the picture is saved, and Bob pays it by scanning the
file. Alice starts a group with both and sends a lucky red envelope there; Bob and Carol grab,
and all three apps show the same grabs. Every step leaves a screenshot in
``artifacts/e2e-wallet/`` (Alice, Bob, Carol from left to right).

The apps are driven through their automation socket (``desktop/automation.py``); Alice's app
clears the currency as the apps sync (the issuer's device is its clearer).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest
from PIL import Image

from hutong.bench.app_process import AppProcess, AutomationFailed, VirtualDisplay
from tests.e2e.test_two_apps import first_run, messages, shown, side_by_side

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.slow,
    pytest.mark.timeout(600),
    pytest.mark.xdist_group("nodes"),
]

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "e2e-wallet"
NETWORK_WAIT = 90.0
UI_WAIT = 20.0
ALICE_PIN = "135790"
BOB_PIN = "246802"
GREETING = "Happy new year"


@pytest.fixture
def display() -> Iterator[str]:
    if not VirtualDisplay.available():
        pytest.skip("Xvfb is not installed (apt install xvfb): the e2e test needs an X server")
    server = VirtualDisplay("1400x900x24")
    try:
        yield server.start()
    finally:
        server.stop()


class Story:
    """The three apps and the numbered screenshots of what they show."""

    def __init__(self, apps: dict[str, AppProcess], folder: Path) -> None:
        self.apps = apps
        self.folder = folder
        self.step = 0

    def shot(self, title: str) -> Path:
        self.step += 1
        stem = f"{self.step:02d}-{title}"
        pictures = []
        for who, app in self.apps.items():
            path = self.folder / "parts" / f"{stem}-{who.lower()}.png"
            app.request("grab", path=str(path))
            pictures.append(Image.open(path).convert("RGB"))
        target = self.folder / f"{stem}.png"
        side_by_side(pictures, list(self.apps), f"{self.step:02d} {title}").save(target)
        return target


def text(app: AppProcess, name: str) -> str:
    try:
        return str(app.request("text", name=name))
    except AutomationFailed:  # not there (yet): the caller waits
        return ""


def type_pin(app: AppProcess, pin: str, *, new: bool = False) -> None:
    """Type the 6-digit payment PIN (twice when setting it for the first time)."""
    app.wait_for(lambda: shown(app, "walletPin/pinField"), "the PIN dialog", UI_WAIT)
    app.wait_for(
        lambda: app.request("state", name="walletPin/pinField")["enabled"], "the PIN", UI_WAIT
    )
    app.request("type", name="walletPin/pinField", text=pin)
    if new:
        app.wait_for(
            lambda: text(app, "walletPin/pinHeading") == "Enter the new PIN again",
            "the PIN again",
            UI_WAIT,
        )
        app.request("type", name="walletPin/pinField", text=pin)
    app.wait_for(lambda: not app.visible("walletPin"), "the PIN accepted", NETWORK_WAIT)


def befriend(host: AppProcess, guest: AppProcess, guest_name: str, qr: Path) -> None:
    """``guest`` adds ``host`` from the picture of its QR code; ``host`` accepts."""
    guest.request("click", name="nav-contacts")
    guest.wait_for(lambda: guest.request("click", name="addContactButton") is None, "+", UI_WAIT)
    guest.wait_for(lambda: guest.visible("addContact"), "Add contact", UI_WAIT)
    guest.request("click", name="addContact/source-file")
    guest.wait_for(lambda: guest.visible("QFileDialog"), "the file dialog", UI_WAIT)
    guest.request("set_text", name="QFileDialog/fileNameEdit", text=str(qr))
    guest.request("key", name="QFileDialog/fileNameEdit", key="Return")
    guest.wait_for(lambda: text(guest, "addContact/cardName") == "Alice", "Alice's card", UI_WAIT)
    guest.request("click", name="sendRequest")
    guest.wait_for(lambda: "Alice" in text(guest, "addContactResult"), "the request sent", UI_WAIT)
    guest.request("click", name="addContactDone")
    host.request("click", name="nav-contacts")
    host.wait_for(lambda: host.request("click", name="newFriendsEntry") is None, "new", UI_WAIT)
    host.wait_for(
        lambda: text(host, "newFriends/requestName") == guest_name,
        f"{guest_name}'s request over the network",
        NETWORK_WAIT,
    )
    host.request("click", name="acceptRequest")
    host.wait_for(lambda: shown(host, "contactDetail/sendMessage"), "a friend", UI_WAIT)


def open_chat(app: AppProcess, title: str) -> None:
    app.request("click", name="nav-chats")
    app.wait_for(
        lambda: any(title in row for row in app.rows("chatsList")),
        f"the chat {title!r} in the list",
        NETWORK_WAIT,
    )
    app.request("click", name="chatsList", item=title)
    app.wait_for(lambda: text(app, "conversationTitle") == title, f"{title!r} open", UI_WAIT)


def joined(app: AppProcess) -> bool:
    """Whether the currency is joined; if not, click Join (again: the pane rebuilds its cards
    as the currency's feeds arrive, and a click can land on a card just replaced)."""
    if shown(app, "balance"):
        return True
    if shown(app, "joinCurrency") and app.request("state", name="joinCurrency")["enabled"]:
        app.request("click", name="joinCurrency")
    return False


def message_friend(app: AppProcess, name: str) -> None:
    """Contacts → the friend → Send message (a chat with no messages yet is not listed)."""
    app.request("click", name="nav-contacts")
    app.wait_for(lambda: any(name in row for row in app.rows("sideList")), name, UI_WAIT)
    app.request("click", name="sideList", item=name)
    app.wait_for(lambda: shown(app, "contactDetail/sendMessage"), f"{name}'s card", UI_WAIT)
    app.request("click", name="contactDetail/sendMessage")
    app.wait_for(lambda: text(app, "conversationTitle") == name, f"the chat with {name}", UI_WAIT)


def open_newest_card(app: AppProcess, preview: str, dialog: str) -> None:
    """Choose the newest message with the keyboard (it is the card) and press Enter."""
    app.wait_for(lambda: preview in messages(app), f"the card {preview!r}", NETWORK_WAIT)
    app.wait_for(lambda: messages(app)[-1] == preview, "the card as newest", UI_WAIT)
    app.request("key", name="messageView", key="End")
    app.request("key", name="messageView", key="Return")
    app.wait_for(lambda: app.visible(dialog), f"the {dialog} dialog", UI_WAIT)


def amount_in(words: str) -> int:
    """Minor units of the first "12.34" in ``words``."""
    found = re.search(r"(\d+)\.(\d\d)", words)
    assert found is not None, words
    return int(found.group(1)) * 100 + int(found.group(2))


def test_issue_pay_by_qr_and_a_red_envelope_in_a_group(display: str, tmp_path: Path) -> None:
    shutil.rmtree(ARTIFACTS, ignore_errors=True)
    (ARTIFACTS / "parts").mkdir(parents=True)
    apps = {
        name: AppProcess(tmp_path / name, tmp_path / f"{name}.log", display=display, language="en")
        for name in ("Alice", "Bob", "Carol")
    }
    alice, bob, carol = apps["Alice"], apps["Bob"], apps["Carol"]
    story = Story(apps, ARTIFACTS)
    try:
        for app in apps.values():
            app.start()
        for app in apps.values():
            app.connect()
        for name, app in apps.items():
            first_run(app, name)
            app.request("click", name="startButton")
        for app in apps.values():
            app.wait_for(partial(app.visible, "mainWindow"), "the main window", UI_WAIT)
            app.request("wait_idle")

        # 1. Bob and Carol add Alice from a picture of her QR code; she accepts both.
        alice.request("click", name="nav-me")
        alice.wait_for(lambda: alice.request("click", name="showMyQr") is None, "Me", UI_WAIT)
        alice.wait_for(lambda: alice.visible("myQrCard"), "My QR code", UI_WAIT)
        alice.request("wait_idle")
        qr = ARTIFACTS / "alice-qr.png"
        alice.request("grab", name="myQrCard/qrFrame", path=str(qr))
        alice.request("click", name="qrDone")
        befriend(alice, bob, "Bob", qr)
        befriend(alice, carol, "Carol", qr)
        story.shot("friends")

        # 2. Alice issues MEAL (1,000.00 to herself), setting her payment PIN on the way.
        alice.request("click", name="nav-wallet")
        alice.wait_for(lambda: shown(alice, "wallet-issue"), "the Wallet", UI_WAIT)
        alice.request("click", name="wallet-issue")
        alice.wait_for(lambda: alice.visible("walletIssue"), "Issue a currency", UI_WAIT)
        alice.request("type", name="walletIssue/issueName", text="Canteen meals")
        alice.request("type", name="walletIssue/issueSymbol", text="MEAL")
        alice.request("type", name="walletIssue/issueInitial", text="1000")
        story.shot("alice-issues")
        alice.request("click", name="walletIssue/issueCurrency")
        type_pin(alice, ALICE_PIN, new=True)
        alice.wait_for(lambda: not alice.visible("walletIssue"), "MEAL issued", UI_WAIT)
        alice.wait_for(lambda: "MEAL" in text(alice, "balanceSymbol"), "the balance", UI_WAIT)

        # 3. Bob and Carol see the offer of their friend's currency and join it.
        for app in (bob, carol):
            app.request("click", name="nav-wallet")
            app.wait_for(lambda app=app: shown(app, "joinCurrency"), "the offer", NETWORK_WAIT)
            app.wait_for(partial(joined, app), "MEAL joined", NETWORK_WAIT, every=1.0)
        story.shot("bob-and-carol-join")

        # 4. Alice sends Bob 20.00 with the ¥ button in their chat; he accepts from the card.
        message_friend(alice, "Bob")
        alice.request("click", name="composerTransfer")
        alice.wait_for(lambda: alice.visible("walletTransfer"), "Transfer", UI_WAIT)
        alice.request("type", name="walletTransfer/transferAmount", text="20")
        alice.request("type", name="walletTransfer/transferMemo", text="Pocket money")
        alice.wait_for(
            lambda: alice.request("state", name="walletTransfer/sendTransfer")["enabled"],
            "Send enabled",
            UI_WAIT,
        )
        alice.request("click", name="walletTransfer/sendTransfer")
        type_pin(alice, ALICE_PIN)
        alice.wait_for(
            lambda: messages(alice)[-1:] == ["[Transfer] 20.00 MEAL"], "the card", UI_WAIT
        )
        open_chat(bob, "Alice")
        open_newest_card(bob, "[Transfer] 20.00 MEAL", "walletTransferStatus")
        bob.wait_for(lambda: shown(bob, "acceptTransfer"), "Accept", NETWORK_WAIT)
        story.shot("bob-opens-the-transfer")
        bob.request("click", name="acceptTransfer")
        bob.wait_for(
            lambda: text(bob, "walletTransferStatus/transferState") == "Received",
            "the transfer accepted and cleared",
            NETWORK_WAIT,
        )
        story.shot("bob-accepted")
        bob.request("key", name="walletTransferStatus", key="Escape")

        # 5. Alice shows a payment request of 3.20; Bob pays it by scanning the saved picture.
        alice.request("click", name="nav-wallet")
        alice.request("click", name="wallet-receive")
        alice.wait_for(lambda: alice.visible("walletReceive"), "Receive", UI_WAIT)
        alice.request("click", name="walletReceive/modeRequest")
        alice.request("type", name="walletReceive/requestAmount", text="3.20")
        alice.request("type", name="walletReceive/requestMemo", text="Coffee")
        alice.request("click", name="walletReceive/createRequest")
        alice.wait_for(
            lambda: text(alice, "walletReceive/codeText").startswith("HUTONG:P1:"),
            "the payment request",
            UI_WAIT,
        )
        alice.request("wait_idle")
        request_png = ARTIFACTS / "alice-payment-request.png"
        alice.request("grab", name="walletReceive/qrFrame", path=str(request_png))
        assert Image.open(request_png).width > 200
        request = text(alice, "walletReceive/codeText")
        if shutil.which("zbarimg") is not None:  # another reader sees the same request
            read = subprocess.run(["zbarimg", "--quiet", "--raw", str(request_png)],
                                  capture_output=True, text=True, check=True)  # fmt: skip
            assert read.stdout.strip() == request
        story.shot("alice-shows-a-payment-request")
        alice.request("key", name="walletReceive", key="Escape")
        bob.request("click", name="nav-wallet")
        bob.request("click", name="wallet-scan")
        bob.wait_for(lambda: bob.visible("walletScanPay"), "Scan to pay", UI_WAIT)
        bob.request("click", name="walletScanPay/pay-source-file")
        bob.wait_for(lambda: bob.visible("QFileDialog"), "the file dialog", UI_WAIT)
        bob.request("set_text", name="QFileDialog/fileNameEdit", text=str(request_png))
        bob.request("key", name="QFileDialog/fileNameEdit", key="Return")
        bob.wait_for(
            lambda: text(bob, "walletScanPay/payeeName") == "Pay Alice", "the preview", UI_WAIT
        )
        assert text(bob, "walletScanPay/bigAmount") == "3.20 MEAL"
        story.shot("bob-scanned-the-request")
        bob.request("click", name="walletScanPay/payButton")
        type_pin(bob, BOB_PIN, new=True)
        bob.wait_for(
            lambda: text(bob, "walletScanPay/payResult") == "3.20 MEAL sent to Alice",
            "paid",
            NETWORK_WAIT,
        )
        story.shot("bob-paid")
        bob.request("click", name="walletScanPay/payDone")
        alice.wait_for(
            lambda: text(alice, "balance").replace(",", "") == "983.20",  # 1000 - 20 + 3.20
            "Alice's balance with the payment cleared",
            NETWORK_WAIT,
        )

        # 6. Alice starts a group with Bob and Carol and sends a lucky red envelope there.
        alice.request("click", name="nav-chats")
        alice.request("click", name="chatsNewGroup")
        alice.wait_for(lambda: alice.visible("memberPicker"), "the member picker", UI_WAIT)
        alice.request("set_text", name="memberPicker/groupNameField", text="Lunch club")
        alice.request("click", name="memberPicker/memberList", item="Bob")
        alice.request("click", name="memberPicker/memberList", item="Carol")
        alice.request("wait_idle")
        alice.request("click", name="memberPicker/memberPickerOk")
        alice.wait_for(
            lambda: text(alice, "conversationTitle") == "Lunch club", "the group", UI_WAIT
        )
        alice.request("click", name="composerRedEnvelope")
        alice.wait_for(lambda: alice.visible("walletEnvelope"), "Red envelope", UI_WAIT)
        alice.request("call", name="walletEnvelope/envelopeShares", method="setValue", args=[2])
        alice.request("type", name="walletEnvelope/envelopeAmount", text="5")
        alice.request("set_text", name="walletEnvelope/envelopeGreeting", text=GREETING)
        alice.wait_for(
            lambda: alice.request("state", name="walletEnvelope/sendEnvelope")["enabled"],
            "Send enabled",
            UI_WAIT,
        )
        story.shot("alice-prepares-a-red-envelope")
        alice.request("click", name="walletEnvelope/sendEnvelope")
        type_pin(alice, ALICE_PIN)
        preview = f"[Red envelope] {GREETING}"
        alice.wait_for(lambda: messages(alice)[-1:] == [preview], "the card", UI_WAIT)

        # 7. Bob and Carol open it and grab a share each.
        mine: dict[str, int] = {}
        for name, app in (("Bob", bob), ("Carol", carol)):
            open_chat(app, "Lunch club")
            open_newest_card(app, preview, "walletEnvelopeOpen")
            app.wait_for(lambda app=app: shown(app, "openEnvelope"), "the 開 button", UI_WAIT)
            story.shot(f"{name.lower()}-opens-the-envelope")
            app.request("click", name="walletEnvelopeOpen/openEnvelope")
            app.wait_for(
                lambda app=app: re.search(
                    r"\d\.\d\d", text(app, "walletEnvelopeOpen/envelopeMine")
                ),
                f"{name}'s share drawn by the clearer",
                NETWORK_WAIT,
            )
            mine[name] = amount_in(text(app, "walletEnvelopeOpen/envelopeMine"))
            story.shot(f"{name.lower()}-grabbed")
            app.request("key", name="walletEnvelopeOpen", key="Escape")
        assert mine["Bob"] + mine["Carol"] == 500 and min(mine.values()) >= 1

        # 8. Every app shows the same grabs.
        summary = "2 of 2 opened, 5.00 MEAL of 5.00 MEAL · lucky draw"
        for app in apps.values():
            open_newest_card(app, preview, "walletEnvelopeOpen")
            app.request("call", name="walletEnvelopeOpen", method="show_details")
            app.wait_for(
                lambda app=app: text(app, "walletEnvelopeOpen/envelopeSummary") == summary,
                "both grabs",
                NETWORK_WAIT,
            )
        story.shot("everyone-sees-the-same-grabs")
        for app in apps.values():
            app.request("key", name="walletEnvelopeOpen", key="Escape")
        story.shot("the-group-chat-after")

        for app in apps.values():
            assert app.quit() == 0, app.log.read_text()[-3000:]
    finally:
        for app in apps.values():
            app.stop()
