"""A friend whose machine died without a word (no FIN ever arrives) is let in when it returns.

Ann still holds a half-open session with Ben when he comes back on another address; his new
connection must replace it at once rather than wait for Ann's keepalive to notice (45 s).
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from hutong.bench.netlab import NetLab
from hutong.bench.nodes import NodeProcess, wait_for
from tests.lan.test_lan import befriend, texts

pytestmark = [pytest.mark.lan, pytest.mark.slow, pytest.mark.xdist_group("lan")]
LanNodes = Callable[[NetLab, int, str], NodeProcess]
SIMULTANEOUS_DIAL_WINDOW = 20.0  # 2 × the handshake timeout: older sessions are replaced


def connected(observer: NodeProcess, identity: str) -> bool:
    return any(
        p["identity"] == identity and p["state"] in ("syncing", "idle")
        for p in observer.ctl("status")
    )


def test_a_friend_back_from_a_silent_crash_replaces_its_half_open_session(
    lab_factory, lan_nodes: LanNodes
) -> None:
    lab = lab_factory(3)
    ann, ben = lan_nodes(lab, 0, "Ann"), lan_nodes(lab, 1, "Ben")
    befriend(ann, ben)
    ben_id = ben.identity
    wait_for(lambda: connected(ann, ben_id) and connected(ben, ann.identity))
    # Whichever side dialled, a session this old cannot be half of a simultaneous dial.
    time.sleep(SIMULTANEOUS_DIAL_WINDOW + 2)
    lab.cut([1])  # Ben's cable is pulled, then his machine dies: Ann hears nothing at all
    ben.kill()
    assert connected(ann, ben_id)  # half-open: Ann still believes in the old session

    back = lan_nodes(lab, 2, "Ben")  # the same profile, on another port of the LAN
    wait_for(lambda: connected(back, ann.identity), timeout=60)
    ann.ctl("send", conversation=f"d:{ben_id}", text="welcome back")
    wait_for(lambda: "welcome back" in texts(back, f"d:{ann.identity}"), timeout=60)
    back.ctl("send", conversation=f"d:{ann.identity}", text="thanks")
    wait_for(lambda: "thanks" in texts(ann, f"d:{ben_id}"), timeout=60)
    # The old session was replaced when Ben returned, not timed out by the keepalive.
    assert "nothing from the peer" not in ann.log.read_text()
