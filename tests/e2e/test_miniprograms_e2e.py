"""Three real Hutong apps (three profiles, three processes) on one private X server: Ann
shares the bundled poll into the group "Lunch" from the Mini-programs pane, Ben and Cai open
it from the card in the chat, everyone votes, and all
three windows show the same tally. Every step leaves a screenshot in
``artifacts/e2e-miniprograms/`` (Ann, Ben, Cai from left to right).

The three profiles are made friends and put in one group beforehand, in this process (the
QR path is the subject of test_two_apps.py); the apps then find each other over loopback.
"""

from __future__ import annotations

import json
import shutil
from functools import partial
from pathlib import Path

import pytest
from PIL import Image

from core.clock import SystemClock
from core.crypto import KdfParams
from core.facade import Core
from hutong.bench.app_process import AppProcess
from tests.e2e import test_two_apps
from tests.e2e.test_two_apps import shown, side_by_side
from tests.support.profiles import befriend, sync_all

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.slow,
    pytest.mark.timeout(420),
    pytest.mark.xdist_group("nodes"),
]

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "e2e-miniprograms"
NAMES = ("Ann", "Ben", "Cai")
NETWORK_WAIT = 90.0
UI_WAIT = 30.0
GROUP = "Lunch"
x_server = test_two_apps.display  # the private X server fixture, as ``x_server``


def make_profiles(root: Path) -> list[Path]:
    """Three friends and their group, written to three profile folders."""
    folders = [root / name.lower() for name in NAMES]
    cores = [
        Core.open(folder, name=name, clock=SystemClock(), kdf=KdfParams.minimal())
        for folder, name in zip(folders, NAMES, strict=True)
    ]
    try:
        ann, ben, cai = cores
        befriend(ann, ben)
        befriend(ann, cai)
        befriend(ben, cai)
        ann.groups.create(GROUP, [ben.me, cai.me])
        sync_all(cores, rounds=3)
    finally:
        for core in cores:
            core.close()
    return folders


class Story:
    def __init__(self, apps: list[AppProcess], folder: Path) -> None:
        self.apps = apps
        self.folder = folder
        self.step = 0

    def shot(self, title: str) -> Path:
        self.step += 1
        stem = f"{self.step:02d}-{title}"
        pictures = []
        for name, app in zip(NAMES, self.apps, strict=True):
            path = self.folder / "parts" / f"{stem}-{name.lower()}.png"
            app.request("grab", path=str(path))
            pictures.append(Image.open(path).convert("RGB"))
        target = self.folder / f"{stem}.png"
        side_by_side(pictures, list(NAMES), f"{self.step:02d} {title}").save(target)
        return target


def script(app: AppProcess, source: str, what: str) -> object:
    """Run ``source`` in the app window's page and wait for a value that is not None."""
    app.request("call", name="miniProgramWindow", method="run_script", args=[source])

    def result() -> object:
        value = app.request("call", name="miniProgramWindow", method="last_script_result")
        return value if value is not None else None

    return app.wait_for(result, what, UI_WAIT)


def tally(app: AppProcess) -> dict[str, object]:
    value = script(app, "JSON.stringify(pollState())", "the poll's state")
    return json.loads(str(value))


def open_group_chat(app: AppProcess) -> None:
    app.request("click", name="nav-chats")
    app.wait_for(
        lambda: any(GROUP in row for row in app.rows("chatsList")), "the group", NETWORK_WAIT
    )
    app.request("click", name="chatsList", item=GROUP)
    app.wait_for(
        lambda: app.request("text", name="conversationTitle").startswith(GROUP),
        "the group chat",
        UI_WAIT,
    )


def window_open(app: AppProcess) -> bool:
    return any(w["name"] == "miniProgramWindow" for w in app.request("windows"))


def open_poll_card(app: AppProcess) -> None:
    """Open the poll from its card. A program not on this device yet is installed after a
    question that names who shared it; until its package has arrived, the app says it is
    still downloading: close that and try again, as a person would. (The poll comes with
    Hutong, so every member has these very bytes and no question is asked.)"""
    app.wait_for(
        lambda: any("Poll" in row for row in app.rows("messageView")),
        "the poll's card in the chat",
        NETWORK_WAIT,
    )

    def answered() -> bool:
        return window_open(app) or shown(app, "installFromCard") or shown(app, "miniProgramError")

    def attempt() -> bool:
        if shown(app, "miniProgramError"):
            app.request("call", name="miniProgramError", method="accept")
        app.request("click", name="messageView", item="Poll")
        app.request("key", name="messageView", key="Return")
        app.wait_for(answered, "an answer to the click", UI_WAIT)
        if shown(app, "installFromCard"):
            question = str(app.request("text", name="installFromCard/qt_msgbox_label"))
            assert "Poll" in question and "Ann" in question, question
            app.request("click", name="installFromCardYes")
            app.wait_for(
                lambda: window_open(app) or shown(app, "miniProgramError"), "installed", UI_WAIT
            )
        return window_open(app)

    app.wait_for(attempt, "the poll's window", NETWORK_WAIT, every=1.0)
    title = next(w["title"] for w in app.request("windows") if w["name"] == "miniProgramWindow")
    assert title.startswith(f"Poll — {GROUP}"), title


def test_three_apps_share_a_poll_in_a_group_and_see_the_same_tally(
    x_server: str, tmp_path: Path
) -> None:
    shutil.rmtree(ARTIFACTS, ignore_errors=True)
    (ARTIFACTS / "parts").mkdir(parents=True)
    folders = make_profiles(tmp_path)
    apps = [
        AppProcess(folder, tmp_path / f"{folder.name}.log", display=x_server, language="en")
        for folder in folders
    ]
    story = Story(apps, ARTIFACTS)
    ann, ben, cai = apps
    try:
        for app in apps:
            app.start()
        for app in apps:
            app.connect()
            app.wait_for(partial(app.visible, "mainWindow"), "the main window", UI_WAIT)
            app.request("wait_idle")
        story.shot("three-apps")

        # 1. Ann shares the bundled poll into the group from the Mini-programs pane.
        ann.request("click", name="nav-miniprograms")
        ann.wait_for(partial(shown, ann, "bundled-Poll"), "the bundled poll", UI_WAIT)
        story.shot("ann-mini-programs")
        ann.request("click", name="bundled-Poll/miniProgramShare")
        ann.wait_for(partial(shown, ann, "miniProgramChatChoice"), "the chat choice", UI_WAIT)
        ann.wait_for(
            lambda: any(GROUP in row for row in ann.rows("chatChoiceList")), "chats", UI_WAIT
        )
        ann.request("click", name="chatChoiceList", item=GROUP)
        story.shot("ann-chooses-the-group")
        ann.request("click", name="chatChoiceOk")
        open_group_chat(ann)
        ann.wait_for(
            lambda: any("Poll" in row for row in ann.rows("messageView")), "Ann's card", UI_WAIT
        )
        story.shot("ann-shared-the-poll")

        # 2. Everyone opens it from the card; Ben and Cai install it first.
        open_poll_card(ann)
        for app in (ben, cai):
            open_group_chat(app)
            open_poll_card(app)
        story.shot("everyone-opened-the-poll")

        # 3. Options and votes from all three; every window converges on the same tally.
        script(ann, "pollAddOption('Noodles'), true", "Noodles added")
        script(ben, "pollAddOption('Dumplings'), true", "Dumplings added")
        for app in apps:
            app.wait_for(
                lambda app=app: tally(app)["options"] == ["Dumplings", "Noodles"] or None,
                "both options everywhere",
                NETWORK_WAIT,
            )
        script(ann, "pollVote('Noodles'), true", "Ann's vote")
        script(ben, "pollVote('Dumplings'), true", "Ben's vote")
        script(cai, "pollVote('Noodles'), true", "Cai's vote")
        expected = {"options": ["Dumplings", "Noodles"], "counts": [1, 2], "voters": 3}
        for app in apps:
            app.wait_for(
                lambda app=app: tally(app) == expected or None, "the same tally", NETWORK_WAIT
            )
        story.shot("the-same-tally-everywhere")

        for app in apps:
            assert app.quit() == 0, app.log.read_text()[-3000:]
    finally:
        for app in apps:
            app.stop()
