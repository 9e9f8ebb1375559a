"""AppSession and the sendToChat/importFiles arguments, without a GUI."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.miniprograms import (
    AppSession,
    ChatShare,
    FileFilter,
    LocalUpdateHub,
    UpdateRefused,
    UpdateThrottle,
    parse_chat_share,
    parse_file_filter,
)


def test_a_sent_update_is_delivered_locally_and_to_the_others() -> None:
    hub = LocalUpdateHub()
    told: list[str] = []
    ann = AppSession("ann", hub.join("ann"), on_new_updates=lambda: told.append("ann"))
    ben = AppSession("ben", hub.join("ben"), on_new_updates=lambda: told.append("ben"))
    delivered = ann.send('{"payload": {"x": 1}}', now_ms=0)
    assert delivered.serial == 1
    assert told == ["ben", "ann"]  # the hub delivers synchronously, before send returns
    assert json.loads(ben.updates_json("0")) == [
        {"payload": {"x": 1}, "serial": 1, "max_serial": 1}
    ]
    assert ann.updates_json("1") == "[]"


def test_refused_sends_cost_nothing_and_change_nothing() -> None:
    hub = LocalUpdateHub()
    ann = AppSession("ann", hub.join("ann"), throttle=UpdateThrottle(burst=2, per_second=1))
    with pytest.raises(UpdateRefused):
        ann.send("{", now_ms=0)
    ann.send('{"payload": 1}', now_ms=0)
    ann.send('{"payload": 2}', now_ms=0)
    with pytest.raises(UpdateRefused, match="too fast"):
        ann.send('{"payload": 3}', now_ms=0)
    assert ann.log.max_serial == 2
    ann.send('{"payload": 3}', now_ms=1000)
    assert ann.log.max_serial == 3


def test_an_echo_of_our_own_update_is_ignored() -> None:
    hub = LocalUpdateHub()
    ann = AppSession("ann", hub.join("ann"))
    sent = ann.send('{"payload": 0}', now_ms=0)
    ann.receive(sent.update)
    assert ann.log.max_serial == 1


def test_an_app_opened_again_gets_its_history_back_and_continues_its_sequence() -> None:
    hub = LocalUpdateHub()
    ann = AppSession("ann", hub.join("ann"))
    ben = AppSession("ben", hub.join("ben"))
    ann.send('{"payload": "a1"}', now_ms=0)
    ben.send('{"payload": "b1"}', now_ms=0)
    ann.close()
    again = AppSession("ann", hub.join("ann"))
    assert [d.update.body.payload_json for d in again.updates_since("0")] == ['"a1"', '"b1"']
    assert again.send('{"payload": "a2"}', now_ms=0).update.seq == 2  # not a reused 1
    assert ben.log.max_serial == 3


@pytest.mark.parametrize("serial", ["", "0", "5", "5.0", 7])
def test_serials_in_any_reasonable_form(serial: object) -> None:
    ann = AppSession("ann", LocalUpdateHub().join("ann"))
    assert ann.updates_since(serial) == []  # type: ignore[arg-type]


@pytest.mark.parametrize("serial", ["x", "1.5", "[]", "true", "9" * 40, None])
def test_bad_serials_are_refused(serial: object) -> None:
    ann = AppSession("ann", LocalUpdateHub().join("ann"))
    with pytest.raises(UpdateRefused):
        ann.updates_since(serial)  # type: ignore[arg-type]


def test_chat_shares() -> None:
    assert parse_chat_share('{"text": "hi"}') == ChatShare("hi")
    assert parse_chat_share('{"file": {"name": "a.txt", "plainText": "x"}}') == ChatShare(
        None, "a.txt", b"x"
    )
    assert parse_chat_share('{"text": "t", "file": {"name": "a", "base64": "AAE="}}') == ChatShare(
        "t", "a", b"\x00\x01"
    )
    for bad in ("{}", "[]", '{"file": {"name": "../a", "plainText": ""}}', '{"file": 1}', "{"):
        with pytest.raises(UpdateRefused):
            parse_chat_share(bad)


def test_file_filters() -> None:
    request, wanted = parse_file_filter(
        '{"request": "1", "filter": {"extensions": [".TXT"], "mimeTypes": [], "multiple": true}}'
    )
    assert (request, wanted) == ("1", FileFilter((".txt",), (), True))
    for bad in ('{"filter": {}}', '{"request": "1", "filter": {"extensions": ["txt"]}}', "1"):
        with pytest.raises(UpdateRefused):
            parse_file_filter(bad)


@given(st.text(max_size=200))
def test_the_argument_parsers_refuse_clearly(text: str) -> None:
    for parse in (parse_chat_share, parse_file_filter):
        try:
            parse(text)
        except UpdateRefused as exc:
            assert str(exc)


def test_a_member_may_send_only_so_much_in_one_instance(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("core.miniprograms.session.MAX_SENT_BYTES", 25)
    ann = AppSession("ann", LocalUpdateHub().join("ann"))
    ann.send('{"payload": "0123456789"}', now_ms=0)  # 12 bytes of JSON
    ann.send('{"payload": "0123456789"}', now_ms=0)
    with pytest.raises(UpdateRefused, match="all the data it may send"):
        ann.send('{"payload": "0123456789"}', now_ms=0)
    assert ann.log.max_serial == 2
