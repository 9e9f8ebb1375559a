"""Three real Hutong apps (three profiles, three processes) on one private X server: Ann
shares the bundled poll into the group "Lunch" from the Mini-programs pane, Ben and Cai open
it from the card in the chat, everyone votes, and all
three windows show the same tally. Then Ann installs an app from a file and shares it; Ben
installs it from the card (after a question naming Ann) and their counts meet. Every step leaves a screenshot in
``artifacts/e2e-miniprograms/`` (Ann, Ben, Cai from left to right).

The three profiles are made friends and put in one group beforehand, in this process (the
QR path is the subject of test_two_apps.py); the apps then find each other over loopback.
"""

from __future__ import annotations

import json
import shutil
import zipfile
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


def window_open(app: AppProcess, title: str) -> bool:
    wanted = f"{title} — {GROUP}"
    return any(
        w["name"] == "miniProgramWindow" and w["title"].startswith(wanted)
        for w in app.request("windows")
    )


def open_card(app: AppProcess, title: str, *, sharer: str = "Ann") -> bool:
    """Open the program ``title`` from its card in the group; True if it had to be installed.

    A program not on this device yet is installed after a question that names who shared
    it; until its package has arrived, the app says it is still downloading: close that and
    try again, as a person would."""
    app.wait_for(
        lambda: any(title in row for row in app.rows("messageView")),
        f"the {title} card in the chat",
        NETWORK_WAIT,
    )
    asked: list[str] = []

    def answered() -> bool:
        return (
            window_open(app, title)
            or shown(app, "installFromCard")
            or shown(app, "miniProgramError")
        )

    def attempt() -> bool:
        if shown(app, "miniProgramError"):
            app.request("call", name="miniProgramError", method="accept")
        app.request("click", name="messageView", item=title)
        app.request("key", name="messageView", key="Return")
        app.wait_for(answered, "an answer to the click", UI_WAIT)
        if shown(app, "installFromCard"):
            asked.append(str(app.request("text", name="installFromCard/qt_msgbox_label")))
            app.request("click", name="installFromCardYes")
            app.wait_for(
                lambda: window_open(app, title) or shown(app, "miniProgramError"),
                "installed, or still downloading",
                UI_WAIT,
            )
        return window_open(app, title)

    app.wait_for(attempt, f"the {title} window", NETWORK_WAIT, every=1.0)
    assert all(q == f"Install “{title}” shared by {sharer}?" for q in asked), asked
    return bool(asked)


def close_app_windows(app: AppProcess) -> None:
    while any(w["name"] == "miniProgramWindow" for w in app.request("windows")):
        app.request("call", name="miniProgramWindow", method="close")


COUNTER_HTML = """<!doctype html><meta charset="utf-8"><title>Counter</title>
<button id="add">+1</button> <b id="total">0</b>
<script>
const counts = new Map();
document.getElementById("add").onclick = () => {
  const mine = (counts.get(webxdc.selfAddr) || 0) + 1;
  webxdc.sendUpdate({payload: {addr: webxdc.selfAddr, count: mine}}, "");
};
webxdc.setUpdateListener((update) => {
  const {addr, count} = update.payload;
  if (count > (counts.get(addr) || 0)) counts.set(addr, count);
  let total = 0;
  for (const n of counts.values()) total += n;
  document.getElementById("total").textContent = String(total);
});
</script>"""


def counter_package(folder: Path) -> Path:
    path = folder / "counter.xdc"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("index.html", COUNTER_HTML)
        archive.writestr("manifest.toml", 'name = "Counter"\n')
    return path


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
        # The poll comes with Hutong: every member has these very bytes, so nobody is asked.
        assert not open_card(ann, "Poll")
        for app in (ben, cai):
            open_group_chat(app)
            assert not open_card(app, "Poll")
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

        # 4. Ann installs an app from a file and shares it; Ben installs it from the card
        #    (its package crosses the LAN as a blob) and their counts meet.
        for app in apps:
            close_app_windows(app)
        ann.request("click", name="nav-miniprograms")
        ann.request("click", name="installMiniProgram")
        ann.wait_for(partial(shown, ann, "installMiniProgramDialog"), "the file dialog", UI_WAIT)
        ann.request(
            "set_text",
            name="installMiniProgramDialog/fileNameEdit",
            text=str(counter_package(tmp_path)),
        )
        story.shot("ann-installs-a-file")
        ann.request("key", name="installMiniProgramDialog/fileNameEdit", key="Return")
        ann.wait_for(partial(shown, ann, "installed-Counter"), "Counter installed", UI_WAIT)
        ann.request("click", name="installed-Counter/miniProgramShare")
        ann.wait_for(
            lambda: any(GROUP in row for row in ann.rows("chatChoiceList")), "chats", UI_WAIT
        )
        ann.request("click", name="chatChoiceList", item=GROUP)
        ann.request("click", name="chatChoiceOk")
        open_group_chat(ann)
        assert not open_card(ann, "Counter")
        assert open_card(ben, "Counter")
        story.shot("ben-installed-the-counter")
        script(ann, "document.getElementById('add').click(), true", "Ann's click")
        script(ben, "document.getElementById('add').click(), true", "Ben's click")
        for app in (ann, ben):
            app.wait_for(
                lambda app=app: (
                    script(app, "document.getElementById('total').textContent", "the total") == "2"
                ),
                "both clicks counted",
                NETWORK_WAIT,
            )
        story.shot("the-counter-counts-both")

        for app in apps:
            assert app.quit() == 0, app.log.read_text()[-3000:]
    finally:
        for app in apps:
            app.stop()
