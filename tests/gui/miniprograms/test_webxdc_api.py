"""window.webxdc as the webxdc specification describes it."""

from __future__ import annotations

import json
from pathlib import Path

from core.miniprograms import (
    MAX_UPDATE_BYTES,
    UPDATE_INTERVAL_MS,
    ChatShare,
    FileFilter,
    LocalUpdateHub,
    UpdateThrottle,
)
from tests.gui.miniprograms.conftest import js, js_await, wait_js
from tests.gui.miniprograms.pages import tiny_package

RECORDER = """
<script>
window.received = [];
window.ready = webxdc.setUpdateListener((u) => { received.push(u); }, 0)
  .then(() => { window.listening = true; });
</script>"""


def test_the_member_and_the_limits_are_known_at_once(make_host, qtbot) -> None:
    host = make_host(tiny_package(), "ann", LocalUpdateHub())
    got = js(
        qtbot,
        host,
        "JSON.stringify([webxdc.selfAddr, webxdc.selfName, webxdc.sendUpdateInterval,"
        " webxdc.sendUpdateMaxSize, Object.isFrozen(webxdc)])",
    )
    assert json.loads(got) == ["ann@hutong", "Ann", UPDATE_INTERVAL_MS, MAX_UPDATE_BYTES, True]


def test_updates_reach_every_listener_with_serials_and_fields(make_host, qtbot) -> None:
    hub = LocalUpdateHub()
    package = tiny_package(RECORDER, listen=False)
    ann = make_host(package, "ann", hub)
    ben = make_host(package, "ben", hub)
    js(
        qtbot,
        ann,
        "webxdc.sendUpdate({payload: {n: 1}, info: 'Ann moved', summary: 's', document: 'd',"
        " href: 'index.html#1'}, 'ignored')",
    )
    js(qtbot, ben, "webxdc.sendUpdate({payload: [2]}, '')")
    for host in (ann, ben):
        wait_js(qtbot, host, "received.length", 2)
    first = json.loads(js(qtbot, ben, "JSON.stringify(received[0])"))
    assert first == {
        "payload": {"n": 1},
        "info": "Ann moved",
        "summary": "s",
        "document": "d",
        "href": "index.html#1",
        "serial": 1,
        "max_serial": 1,
    }
    assert json.loads(js(qtbot, ann, "JSON.stringify(received.map(u => u.payload))")) == [
        {"n": 1},
        [2],
    ]


def test_a_listener_from_a_serial_gets_only_what_follows_and_getallupdates_gets_all(
    make_host, qtbot
) -> None:
    hub = LocalUpdateHub()
    ann = make_host(tiny_package(), "ann", hub, throttle=UpdateThrottle(burst=1000))
    js(
        qtbot,
        ann,
        "Promise.all([...Array(250).keys()].map(i => webxdc.sendUpdate({payload: i}, '')))",
    )
    qtbot.waitUntil(lambda: ann.session.log.max_serial == 250)
    js(
        qtbot,
        ann,
        "window.late = []; webxdc.setUpdateListener(u => late.push([u.serial, u.payload, u.max_serial]), 240)"
        ".then(() => { window.caughtUp = late.length; })",
    )
    wait_js(qtbot, ann, "window.caughtUp", 10)
    assert json.loads(js(qtbot, ann, "JSON.stringify(late[0])")) == [241, 240, 250]
    # Batches of 100 are fetched until the end: all 250, in order.
    js(qtbot, ann, "webxdc.getAllUpdates().then(all => { window.all = all.length; })")
    wait_js(qtbot, ann, "window.all", 250)
    js(
        qtbot,
        ann,
        "window.every = []; webxdc.setUpdateListener(u => every.push(u.serial), 0)"
        ".then(() => { window.everyDone = every.length; })",
    )
    wait_js(qtbot, ann, "window.everyDone", 250)
    assert js(qtbot, ann, "every.every((s, i) => s === i + 1)") is True


def test_send_to_chat_reaches_a_python_signal(make_host, qtbot) -> None:
    host = make_host(tiny_package(), "ann", LocalUpdateHub())
    with qtbot.waitSignal(host.chatShareRequested, timeout=20_000) as signal:
        js(
            qtbot,
            host,
            "webxdc.sendToChat({text: 'Results', file: {name: 'r.txt', blob: new Blob(['42'])}})",
        )
    assert signal.args == [ChatShare("Results", "r.txt", b"42")]
    answer = js_await(qtbot, host, "webxdc.sendToChat({file: {name: '../x'}})")
    assert answer == {"error": "sendToChat: the file needs blob, base64 or plainText"}
    answer = js_await(qtbot, host, "webxdc.sendToChat({file: {name: '../x', plainText: 'x'}})")
    assert answer == {"error": "sendToChat: the file needs a plain name"}


def test_import_files_returns_file_objects_from_the_chooser(
    make_host, qtbot, tmp_path: Path
) -> None:
    (tmp_path / "notes.txt").write_text("hello")
    asked: list[FileFilter] = []

    def chooser(wanted: FileFilter, deliver) -> None:
        from desktop.miniprograms.file_import import files_as_json

        asked.append(wanted)
        deliver(files_as_json([tmp_path / "notes.txt"]))

    host = make_host(tiny_package(), "ann", LocalUpdateHub(), choose_files=chooser)
    js(
        qtbot,
        host,
        "webxdc.importFiles({extensions: ['.txt'], multiple: false}).then(async files => {"
        " window.imported = [files[0] instanceof File, files[0].name, await files[0].text()]; })",
    )
    wait_js(qtbot, host, "JSON.stringify(window.imported || null)", '[true,"notes.txt","hello"]')
    assert asked == [FileFilter(extensions=(".txt",), multiple=False)]
