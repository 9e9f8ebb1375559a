"""Moments between three real peers over Noise/TCP: audiences and the friends-only rule hold."""

from __future__ import annotations

from collections.abc import Callable

from core.feeds import MAIN_FEED
from core.moments import Audience, AudienceChoice
from tests.integration.sync.conftest import Peer, befriend, wait_until

MakePeer = Callable[..., Peer]


def test_audience_and_friends_only_comments_over_the_network(make_peer: MakePeer) -> None:
    ann, ben, cai = make_peer("Ann"), make_peer("Ben"), make_peer("Cai")
    befriend(ann, ben)
    befriend(ann, cai)  # Ben and Cai are not friends

    secret = ann.core.moments.post(
        "Ben only", audience=AudienceChoice(Audience.CHOSEN, people=(ben.core.me,))
    )
    public = ann.core.moments.post("everyone")
    wait_until(lambda: len(ben.core.moments.timeline()) == 2)
    wait_until(lambda: len(cai.core.moments.timeline()) == 1)
    # Cai holds Ann's feed with the secret post in it, and cannot read it.
    wait_until(
        lambda: (
            cai.core.feeds.note(ann.core.me, MAIN_FEED)
            == ann.core.feeds.note(ann.core.me, MAIN_FEED)
        )
    )
    assert [p.text for p in cai.core.moments.timeline()] == ["everyone"]
    assert cai.core.feeds.event_by_id(secret.event_id) is not None

    ben.core.moments.comment(public.event_id, "from Ben")
    cai.core.moments.comment(public.event_id, "from Cai")
    wait_until(lambda: len(ann.core.moments.require(public.event_id).comments) == 2)
    # Ben does not replicate a stranger's feed; even copying Cai's raw events does not help.
    ben.core.ingest(cai.core.feeds.events_since(cai.core.me, MAIN_FEED, 0))
    assert [c.text for c in ben.core.moments.require(public.event_id).comments] == ["from Ben"]

    befriend(ben, cai)
    cai.core.moments.comment(public.event_id, "now we are friends")
    wait_until(
        lambda: (
            "now we are friends"
            in [c.text for c in ben.core.moments.require(public.event_id).comments]
        )
    )
