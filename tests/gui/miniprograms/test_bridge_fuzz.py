"""The JS bridge under hostile input: malformed calls change nothing and never crash, from
the webxdc API, from raw QWebChannel messages, and straight into the Python slots."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.miniprograms import LocalUpdateHub, UpdateThrottle
from tests.gui.miniprograms.conftest import js, js_await, wait_js
from tests.gui.miniprograms.pages import tiny_package

BAD_UPDATES = [
    "undefined",
    "null",
    "42",
    "'text'",
    "[]",
    "{}",
    "{info: 'no payload'}",
    "{payload: 1, info: 5}",
    "{payload: 1, summary: {}}",
    "(() => { const a = {}; a.self = a; return {payload: a}; })()",
    "{payload: 10n}",
    "{payload: 'x'.repeat(200000)}",
    "{payload: 'x'.repeat(130000)}",
    "(() => { let d = []; for (let i = 0; i < 100000; i++) d = [d]; return {payload: d}; })()",
    "(() => { let d = 0; for (let i = 0; i < 3000; i++) d = {d}; return {payload: d}; })()",
]


def test_malformed_updates_are_refused_and_change_nothing(make_host, qtbot) -> None:
    hub = LocalUpdateHub()
    package = tiny_package()
    ann = make_host(package, "ann", hub)
    ben = make_host(package, "ben", hub)
    for update in BAD_UPDATES:
        answer = js_await(qtbot, ann, f"webxdc.sendUpdate({update}, 'x')")
        assert isinstance(answer, dict) and answer.get("error"), (update, answer)
    for call in (
        "webxdc.sendToChat()",
        "webxdc.sendToChat({file: {name: 'a', base64: '%%%'}})",
        "webxdc.sendToChat({text: 'x'.repeat(20000)})",
        "webxdc.importFiles({extensions: ['txt']})",
        "webxdc.importFiles({extensions: [...Array(100).keys()].map(i => '.' + i)})",
    ):
        answer = js_await(qtbot, ann, call)
        assert isinstance(answer, dict) and answer.get("error"), (call, answer)
    assert ann.session.log.max_serial == 0 and ben.session.log.max_serial == 0
    # Still working afterwards.
    js(qtbot, ann, "webxdc.sendUpdate({payload: 'fine'}, '')")
    qtbot.waitUntil(lambda: ben.session.log.max_serial == 1)


RAW_MESSAGES = """
(() => {
  const t = qt.webChannelTransport;
  let seed = 7;
  const rnd = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  const values = [null, true, 0, -1, 1e308, "", "x".repeat(300000), [], {}, [[[[]]]],
                  {"__QObject*__": true, id: "webxdc"}, {id: 99}, "[1,", "{\\"payload\\":1}"];
  const junk = ["", "{", "[]", "null", "1", "\\"s\\"", "{\\"type\\": \\"x\\"}",
                "{\\"type\\": 6}", "{\\"type\\": 6, \\"object\\": \\"nope\\", \\"method\\": 1}"];
  for (const text of junk) t.send(text);
  for (let i = 0; i < 400; i++) {
    const message = { type: rnd(12), id: rnd(1000), object: rnd(3) ? "webxdc" : "other",
                      method: rnd(40) - 2, args: [] };
    for (let a = rnd(4); a > 0; a--) message.args.push(values[rnd(values.length)]);
    if (rnd(5) === 0) message.signal = rnd(10);
    if (rnd(7) === 0) message.property = rnd(10);
    if (rnd(9) === 0) delete message.type;
    t.send(JSON.stringify(message));
  }
  return true;
})()
"""


@pytest.mark.qt_log_ignore(".*")  # QWebChannel warns about each malformed message it drops
def test_raw_channel_messages_change_nothing(make_host, qtbot) -> None:
    hub = LocalUpdateHub()
    package = tiny_package()
    ann = make_host(package, "ann", hub, throttle=UpdateThrottle(burst=10_000))
    ben = make_host(package, "ben", hub)
    assert js(qtbot, ann, RAW_MESSAGES) is True
    # The page and the bridge still answer; whatever raw calls named a real slot with a
    # string argument went through the same validation as the API's.
    answer = js_await(qtbot, ann, "webxdc.sendUpdate({payload: 'after'}, '')")
    assert isinstance(answer, int), answer
    wait_js(qtbot, ben, "window.listening", True)
    for delivered in ben.session.log.since(0):
        json.loads(delivered.update.body.payload_json)  # only valid updates got through
    assert ann.session.log.max_serial == ben.session.log.max_serial


EVERY_METHOD = """
(() => {
  const t = qt.webChannelTransport;
  for (let method = 0; method < 80; method++) {
    for (const args of [[], ["{}"], [null], ["0", "1"]]) {
      t.send(JSON.stringify({type: 6, id: 100000 + method, object: "webxdc", method, args}));
    }
    t.send(JSON.stringify({type: 9, object: "webxdc", property: method, value: "x"}));
  }
  return true;
})()
"""


@pytest.mark.qt_log_ignore(".*")
def test_every_published_method_called_raw_leaves_the_bridge_alive(make_host, qtbot) -> None:
    """deleteLater and friends are not callable from the page. (The only property the page
    can write is the bridge's objectName, which nothing reads.)"""
    import shiboken6

    hub = LocalUpdateHub()
    ann = make_host(tiny_package(), "ann", hub)
    assert js(qtbot, ann, EVERY_METHOD) is True
    assert isinstance(js_await(qtbot, ann, "webxdc.sendUpdate({payload: 1}, '')"), int)
    assert shiboken6.isValid(ann.bridge) and shiboken6.isValid(ann.channel)
    assert ann.session.log.max_serial == 1


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    method=st.sampled_from(["sendUpdate", "updatesSince", "sendToChat", "importFiles"]),
    argument=st.one_of(
        st.text(max_size=300),
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.text(max_size=20),
            lambda inner: (
                st.lists(inner, max_size=4)
                | st.dictionaries(st.text(max_size=8), inner, max_size=4)
            ),
            max_leaves=20,
        ).map(json.dumps),
    ),
)
def test_the_slots_answer_every_argument_with_ok_or_a_reason(method: str, argument: str) -> None:
    from core.miniprograms import AppSession
    from desktop.miniprograms import WebxdcBridge

    hub = LocalUpdateHub()
    session = AppSession("ann@hutong", hub.join("ann@hutong"))
    chosen: list[object] = []
    bridge = WebxdcBridge(session, lambda wanted, deliver: chosen.append(wanted))
    before = session.log.max_serial
    answer = json.loads(getattr(bridge, method)(argument))
    assert set(answer) in ({"ok"}, {"error"})
    if "error" in answer:
        assert isinstance(answer["error"], str) and answer["error"]
        assert session.log.max_serial == before
    session.close()
