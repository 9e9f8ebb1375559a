"""The window.hutong bridge under hostile input: every call is answered with a value, a
reason or "pending", a refused call changes nothing, and raw channel messages aimed at the
hutong object leave it working."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.miniprograms import Capability
from desktop.miniprograms.hutong_api import METHODS, HutongApi
from desktop.miniprograms.hutong_bridge import HutongBridge
from tests.gui.miniprograms.conftest import js, open_app, outcome
from tests.gui.miniprograms.pages import declaring

EVERY = ("storage", "profile", "payment", "share")
_cores: dict[int, object] = {}


class RecordingConsent:
    """Records what was asked and never answers (a person who walked away)."""

    def __init__(self) -> None:
        self.asked: list[Capability] = []

    def ask(self, capability: Capability, answer: object) -> None:
        self.asked.append(capability)


class NoActions:
    """Host actions that must not be reached for capabilities nobody granted."""

    def profile(self) -> dict[str, str]:
        return {"name": "Ann", "addr": "ann"}

    def currencies(self) -> list[dict[str, object]]:
        raise AssertionError("payment was not granted")

    def create_payment_request(self, args: dict[str, object]) -> str:
        raise AssertionError("payment was not granted")

    def request_payment(self, code: str, answer: object) -> None:
        raise AssertionError("payment was not granted")

    def share_to_chat(self, title: str, summary: str, answer: object) -> None:
        raise AssertionError("share was not granted")


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    request=st.text(max_size=30),
    text=st.one_of(
        st.text(max_size=200),
        JSON_VALUES.map(json.dumps),
        st.builds(
            lambda method, args: json.dumps({"method": method, "args": args}),
            st.sampled_from([*METHODS, "storage", "eval", ""]),
            JSON_VALUES,
        ),
    ),
)
def test_every_call_gets_one_answer_and_a_refusal_changes_nothing(
    make_core, request: str, text: str
) -> None:
    # One profile for every example of this run (the fixture is made once per test).
    core = _cores.get(id(make_core)) or _cores.setdefault(id(make_core), make_core("fuzz"))
    service = core.miniprograms
    program = service.install(declaring("Fuzz", *EVERY), "fuzz.xdc").program_id
    service.grant(program, Capability.STORAGE)
    consent = RecordingConsent()
    bridge = HutongBridge(HutongApi(program, frozenset(Capability), service, consent, NoActions()))
    before = (service.storage_keys(program), service.granted(program), service.denied(program))
    answer = json.loads(bridge.call(request, text))
    assert set(answer) in ({"ok"}, {"error"}, {"pending"})
    if "error" in answer:
        assert set(answer["error"]) == {"code", "message"}
        assert all(isinstance(v, str) and v for v in answer["error"].values())
        after = (service.storage_keys(program), service.granted(program), service.denied(program))
        assert after == before
    if "pending" in answer:
        assert consent.asked and set(consent.asked) <= {Capability.PAYMENT, Capability.SHARE,
                                                         Capability.PROFILE}  # fmt: skip
    for key in service.storage_keys(program):  # the next example starts clean
        service.storage_remove(program, key)


RAW_TO_HUTONG = """
(() => {
  const t = qt.webChannelTransport;
  let seed = 11;
  const rnd = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  const values = [null, true, 0, -1, 1e308, "", "x".repeat(300000), [], {}, "1",
                  "{\\"method\\": \\"storage.set\\", \\"args\\": {\\"key\\": 1}}",
                  "{\\"method\\": \\"getProfile\\"}", "[1,"];
  for (let i = 0; i < 400; i++) {
    const message = { type: rnd(12), id: 5000 + i, object: "hutong", method: rnd(40) - 2,
                      args: [] };
    for (let a = rnd(4); a > 0; a--) message.args.push(values[rnd(values.length)]);
    if (rnd(9) === 0) delete message.type;
    t.send(JSON.stringify(message));
  }
  return true;
})()
"""


@pytest.mark.qt_log_ignore(".*")  # QWebChannel warns about each malformed message it drops
def test_raw_channel_messages_to_hutong_change_nothing(app_context, qtbot) -> None:
    service = app_context.core.miniprograms
    program = service.install(declaring("Raw", "storage"), "raw.xdc").program_id
    service.grant(program, Capability.STORAGE)
    window = open_app(qtbot, app_context, program)
    assert js(qtbot, window.host, RAW_TO_HUTONG) is True
    assert outcome(qtbot, window.host, "hutong.storage.set('after', 'yes')") == {"value": None}
    assert service.storage_keys(program) == ["after"]
    assert service.granted(program) == {Capability.STORAGE}
    assert service.denied(program) == frozenset()
