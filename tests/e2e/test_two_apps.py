"""Two real Hutong apps (two profiles, two processes) on one private X server become friends
through the UI — one shows its QR code, the other opens the saved picture — then chat and
trade pictures both ways. Every step leaves a screenshot in ``artifacts/e2e/`` (Alice on the
left, Bob on the right), and every assertion is on what the windows show.

The apps are driven through their automation socket (``desktop/automation.py``); they find
each other over loopback (mDNS, or the addresses in the scanned card).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageDraw, ImageFont

from hutong.bench.app_process import AppProcess, AutomationFailed, VirtualDisplay

# In the group of the other multi-process tests: one of them at a time under xdist.
pytestmark = [
    pytest.mark.e2e,
    pytest.mark.slow,
    pytest.mark.timeout(300),
    pytest.mark.xdist_group("nodes"),
]

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "e2e"
NETWORK_WAIT = 60.0
UI_WAIT = 20.0
ALICE_COLOUR = (230, 20, 170)  # the picture Alice sends: magenta, easy to find on screen
BOB_COLOUR = (20, 150, 230)  # Bob's: blue


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
    """The two apps and the numbered screenshots of what they show."""

    def __init__(self, alice: AppProcess, bob: AppProcess, folder: Path) -> None:
        self.alice = alice
        self.bob = bob
        self.folder = folder
        self.step = 0

    def shot(self, title: str) -> Path:
        self.step += 1
        stem = f"{self.step:02d}-{title}"
        halves = []
        for who, app in (("alice", self.alice), ("bob", self.bob)):
            path = self.folder / "parts" / f"{stem}-{who}.png"
            app.request("grab", path=str(path))
            halves.append(Image.open(path).convert("RGB"))
        target = self.folder / f"{stem}.png"
        side_by_side(halves, ["Alice", "Bob"], f"{self.step:02d} {title}").save(target)
        return target


def side_by_side(images: list[Image.Image], names: list[str], caption: str) -> Image.Image:
    bar, gap = 34, 16
    width = sum(i.width for i in images) + gap * (len(images) + 1)
    height = max(i.height for i in images) + bar + gap
    canvas = Image.new("RGB", (width, height), (38, 40, 44))
    draw = ImageDraw.Draw(canvas)
    font = ImageFont.load_default(size=18)
    draw.text((gap, 7), caption, fill=(235, 235, 235), font=font)
    x = gap
    for image, name in zip(images, names, strict=True):
        draw.text((x + image.width, 7), name, fill=(140, 220, 150), font=font, anchor="ra")
        canvas.paste(image, (x, bar))
        x += image.width + gap
    return canvas


def coloured_picture(path: Path, colour: tuple[int, int, int]) -> Path:
    image = Image.new("RGB", (480, 320), colour)
    ImageDraw.Draw(image).rectangle((40, 40, 200, 140), fill=(255, 255, 255))
    image.save(path)
    return path


def pixels_like(path: Path, colour: tuple[int, int, int], tolerance: int = 12) -> int:
    """How many pixels of a picture are within ``tolerance`` of ``colour``."""
    mask = None
    for band, value in zip(Image.open(path).convert("RGB").split(), colour, strict=True):
        near = band.point(lambda v, value=value: 255 if abs(v - value) <= tolerance else 0)
        mask = near if mask is None else ImageChops.multiply(mask, near)
    assert mask is not None
    return mask.histogram()[255]


def first_run(app: AppProcess, name: str) -> None:
    app.wait_for(lambda: app.visible("firstRun"), "the first-run dialog", UI_WAIT)
    app.request("type", name="nameField", text=name)
    assert app.request("text", name="nameField") == name


def shown(app: AppProcess, name: str) -> bool:
    try:
        return bool(app.request("state", name=name)["visible"])
    except AutomationFailed:  # not there (yet, or any more)
        return False


def messages(app: AppProcess) -> list[str]:
    return [text for text in app.rows("messageView") if text]


def send_picture(app: AppProcess, picture: Path) -> None:
    app.request("call", name="attachmentStrip", method="add_paths", args=[[str(picture)]])
    app.request("wait_idle")  # the picture is measured before it can be sent
    app.request("key", name="composerEdit", key="Return")


def picture_on_screen(app: AppProcess, colour: tuple[int, int, int], scratch: Path) -> bool:
    """The message view paints the decoded picture (not the "waiting for the image" box)."""
    app.request("grab", name="messageView", path=str(scratch))
    return pixels_like(scratch, colour) > 5000


def test_two_apps_befriend_by_qr_and_chat(display: str, tmp_path: Path) -> None:
    shutil.rmtree(ARTIFACTS, ignore_errors=True)
    (ARTIFACTS / "parts").mkdir(parents=True)
    alice = AppProcess(tmp_path / "alice", tmp_path / "alice.log", display=display, language="en")
    bob = AppProcess(tmp_path / "bob", tmp_path / "bob.log", display=display, language="en")
    story = Story(alice, bob, ARTIFACTS)
    try:
        alice.start()
        bob.start()
        alice.connect()
        bob.connect()

        # 1. First run through the dialog: a name, then "Get started".
        first_run(alice, "Alice")
        first_run(bob, "Bob")
        story.shot("first-run")
        alice.request("click", name="startButton")
        bob.request("click", name="startButton")
        for app, name in ((alice, "Alice"), (bob, "Bob")):
            app.wait_for(partial(app.visible, "mainWindow"), "the main window", UI_WAIT)
            titles = [w["title"] for w in app.request("windows")]
            assert name in titles  # Qt adds " — Hutong" from the display name
            app.request("wait_idle")
        story.shot("main-windows")

        # 2. Alice shows her QR code; the test keeps the code as displayed.
        alice.request("click", name="nav-me")
        alice.wait_for(lambda: alice.request("click", name="showMyQr") is None, "Me", UI_WAIT)
        alice.wait_for(lambda: alice.visible("myQrCard"), "My QR code", UI_WAIT)
        alice.request("wait_idle")
        qr = ARTIFACTS / "alice-qr.png"
        alice.request("grab", name="myQrCard/qrFrame", path=str(qr))
        assert Image.open(qr).width > 200
        story.shot("alice-shows-qr")
        alice.request("click", name="qrDone")

        # 3. Bob adds a contact from that picture, through the file dialog.
        bob.request("click", name="nav-contacts")
        bob.wait_for(lambda: bob.request("click", name="addContactButton") is None, "+", UI_WAIT)
        bob.wait_for(lambda: bob.visible("addContact"), "Add contact", UI_WAIT)
        story.shot("bob-add-contact")
        bob.request("click", name="addContact/source-file")
        bob.wait_for(lambda: bob.visible("QFileDialog"), "the file dialog", UI_WAIT)
        bob.request("set_text", name="QFileDialog/fileNameEdit", text=str(qr))
        story.shot("bob-opens-qr-picture")
        bob.request("key", name="QFileDialog/fileNameEdit", key="Return")
        bob.wait_for(
            lambda: bob.request("text", name="addContact/cardName") == "Alice",
            "Alice's card on the confirmation page",
            UI_WAIT,
        )
        hello = "Hi Alice, Bob here (e2e test)"
        bob.request("set_text", name="verificationMessage", text="")
        bob.request("type", name="verificationMessage", text=hello)
        story.shot("bob-confirms-alice")
        bob.request("click", name="sendRequest")
        bob.wait_for(
            lambda: "Alice" in bob.request("text", name="addContactResult"),
            "the request sent",
            UI_WAIT,
        )
        assert bob.request("text", name="addContactResult") == "Request sent to Alice"
        story.shot("bob-request-sent")
        bob.request("click", name="addContactDone")

        # 4. Alice finds the request under New friends and accepts it.
        alice.request("click", name="nav-contacts")
        alice.wait_for(
            lambda: alice.request("click", name="newFriendsEntry") is None, "contacts", UI_WAIT
        )
        alice.wait_for(
            lambda: alice.request("text", name="newFriends/requestMessage") == hello,
            "Bob's request over the network",
            NETWORK_WAIT,
        )
        assert alice.request("text", name="newFriends/requestName") == "Bob"
        story.shot("alice-new-friend-request")
        alice.request("click", name="acceptRequest")
        alice.wait_for(
            lambda: shown(alice, "contactDetail/sendMessage"), "Bob as a friend", UI_WAIT
        )
        assert not shown(alice, "newFriends/acceptRequest")
        story.shot("alice-accepted-bob")

        # 5. Alice writes first; Bob sees it.
        alice.request("click", name="contactDetail/sendMessage")
        alice.wait_for(
            lambda: alice.request("text", name="conversationTitle") == "Bob", "the chat", UI_WAIT
        )
        first = "Hello Bob! Welcome to the hutong."
        alice.request("type", name="composerEdit", text=first)
        alice.request("key", name="composerEdit", key="Return")
        alice.wait_for(lambda: first in messages(alice), "Alice's message on her side", UI_WAIT)
        assert alice.request("text", name="composerEdit") == ""
        bob.request("click", name="nav-chats")
        bob.wait_for(
            lambda: any("Alice" in row for row in bob.rows("chatsList")),
            "the chat with Alice in Bob's list",
            NETWORK_WAIT,
        )
        bob.request("click", name="chatsList", item="Alice")
        bob.wait_for(lambda: first in messages(bob), "Alice's message at Bob", NETWORK_WAIT)
        assert bob.request("text", name="conversationTitle") == "Alice"
        story.shot("alice-writes-bob-reads")

        # 6. Bob replies; Alice sees it.
        reply = "Hi Alice — got it, thanks 👋"
        bob.request("type", name="composerEdit", text=reply)
        bob.request("key", name="composerEdit", key="Return")
        alice.wait_for(lambda: reply in messages(alice), "Bob's reply at Alice", NETWORK_WAIT)
        assert messages(alice)[-2:] == [first, reply]
        assert messages(bob)[-2:] == [first, reply]
        story.shot("bob-replies")

        # 7. Pictures both ways, shown decoded once the blob has arrived.
        scratch = tmp_path / "view.png"
        send_picture(alice, coloured_picture(tmp_path / "magenta.png", ALICE_COLOUR))
        alice.wait_for(lambda: messages(alice)[-1] == "[Image]", "Alice's picture row", UI_WAIT)
        bob.wait_for(lambda: messages(bob)[-1] == "[Image]", "the picture row at Bob", NETWORK_WAIT)
        bob.wait_for(
            lambda: picture_on_screen(bob, ALICE_COLOUR, scratch),
            "Alice's picture decoded at Bob",
            NETWORK_WAIT,
        )
        assert picture_on_screen(alice, ALICE_COLOUR, scratch)
        story.shot("alice-sends-picture")
        send_picture(bob, coloured_picture(tmp_path / "blue.png", BOB_COLOUR))
        alice.wait_for(
            lambda: picture_on_screen(alice, BOB_COLOUR, scratch),
            "Bob's picture decoded at Alice",
            NETWORK_WAIT,
        )
        assert messages(alice)[-4:] == [first, reply, "[Image]", "[Image]"]
        assert messages(bob)[-4:] == [first, reply, "[Image]", "[Image]"]
        story.shot("bob-sends-picture")

        # 8. Both quit by closing their windows.
        for app in (alice, bob):
            assert app.quit() == 0, app.log.read_text()[-3000:]
    finally:
        alice.stop()
        bob.stop()
