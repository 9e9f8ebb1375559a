"""Moments over real cores: audiences, the friends-only rule, tombstones, windows, bad input."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from core.clock import ManualClock
from core.errors import InvalidInput, NotAllowed
from core.facade import Core
from core.feeds import MAIN_FEED
from core.moments import Audience, AudienceChoice, NewImage, NotificationKind
from tests.support.profiles import befriend, sync_all

MakeCore = Callable[[str], Core]
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 200


@pytest.fixture
def trio(make_core: MakeCore) -> tuple[Core, Core, Core]:
    """Ann is friends with Ben and Cai; Ben and Cai are not friends."""
    ann, ben, cai = make_core("Ann"), make_core("Ben"), make_core("Cai")
    befriend(ann, ben)
    befriend(ann, cai)
    return ann, ben, cai


def image(tmp_path: Path, name: str, data: bytes = PNG) -> NewImage:
    original, thumb = tmp_path / f"{name}.png", tmp_path / f"{name}-thumb.png"
    original.write_bytes(data)
    thumb.write_bytes(data[:100])
    return NewImage(str(original), str(thumb), 640, 480, "image/png")


def test_a_post_reaches_exactly_its_audience_even_from_raw_feeds(
    trio: tuple[Core, Core, Core],
) -> None:
    ann, ben, cai = trio
    post = ann.moments.post(
        "for Ben only", audience=AudienceChoice(Audience.CHOSEN, people=(ben.me,))
    )
    sync_all([ann, ben, cai])
    assert [p.text for p in ben.moments.timeline()] == ["for Ben only"]
    # Cai holds Ann's whole feed (a friend relays it) but cannot read the post.
    assert cai.feeds.note(ann.me, MAIN_FEED) == ann.feeds.note(ann.me, MAIN_FEED)
    assert cai.moments.timeline() == []
    cai.rebuild_projections()
    assert cai.moments.timeline() == []
    assert ann.moments.require(post.event_id).audience is Audience.CHOSEN


def test_only_me_and_all_except(trio: tuple[Core, Core, Core], clock: ManualClock) -> None:
    ann, ben, cai = trio
    ann.moments.post("diary", audience=AudienceChoice(Audience.ONLY_ME))
    clock.advance(10)
    ann.moments.post("not for Cai", audience=AudienceChoice(Audience.ALL_EXCEPT, people=(cai.me,)))
    sync_all([ann, ben, cai])
    assert [p.text for p in ann.moments.timeline()] == ["not for Cai", "diary"]
    assert [p.text for p in ben.moments.timeline()] == ["not for Cai"]
    assert cai.moments.timeline() == []


def test_a_viewer_sees_only_their_friends_likes_and_comments(
    trio: tuple[Core, Core, Core], clock: ManualClock
) -> None:
    ann, ben, cai = trio
    post = ann.moments.post("lunch!")
    sync_all([ann, ben, cai])
    ben.moments.comment(post.event_id, "looks good (Ben)")
    ben.moments.like(post.event_id)
    clock.advance(5)
    cai.moments.comment(post.event_id, "yum (Cai)")
    sync_all([ann, ben, cai])
    by_ann = ann.moments.require(post.event_id)
    assert [c.text for c in by_ann.comments] == ["looks good (Ben)", "yum (Cai)"]
    assert [like.author for like in by_ann.likes] == [ben.me]
    # Ben and Cai are strangers: neither sees the other's comment, even in the raw feeds.
    assert [c.text for c in ben.moments.require(post.event_id).comments] == ["looks good (Ben)"]
    assert [c.text for c in cai.moments.require(post.event_id).comments] == ["yum (Cai)"]
    assert cai.moments.require(post.event_id).likes == ()
    # Once Ben and Cai are friends, new comments between them are visible to each other.
    befriend(ben, cai)
    clock.advance(5)
    cai.moments.comment(post.event_id, "hi Ben")
    sync_all([ann, ben, cai])
    assert "hi Ben" in [c.text for c in ben.moments.require(post.event_id).comments]


def test_notifications_for_likes_comments_and_replies(
    trio: tuple[Core, Core, Core], clock: ManualClock
) -> None:
    ann, ben, cai = trio
    post = ann.moments.post("question?")
    sync_all([ann, ben, cai])
    comment = ben.moments.comment(post.event_id, "answer")
    ben.moments.like(post.event_id)
    sync_all([ann, ben, cai])
    kinds = sorted(n.kind for n in ann.moments.notifications())
    assert kinds == [NotificationKind.COMMENT, NotificationKind.LIKE]
    assert ann.moments.unread_notifications() == 2
    ann.moments.mark_notifications_seen()
    assert ann.moments.unread_notifications() == 0
    clock.advance(5)
    ann.moments.comment(post.event_id, "thanks", reply_to=comment.event_id)
    sync_all([ann, ben, cai])
    assert [n.kind for n in ben.moments.notifications()] == [NotificationKind.REPLY]


def test_authors_delete_posts_and_comments_with_tombstones(
    trio: tuple[Core, Core, Core], clock: ManualClock
) -> None:
    ann, ben, cai = trio
    post = ann.moments.post("oops")
    sync_all([ann, ben, cai])
    comment = ben.moments.comment(post.event_id, "rude")
    sync_all([ann, ben, cai])
    ann.moments.delete_comment(comment.event_id)
    sync_all([ann, ben, cai])
    assert ben.moments.require(post.event_id).comments == ()
    with pytest.raises(NotAllowed):
        ben.moments.delete_post(post.event_id)
    ann.moments.delete_post(post.event_id)
    sync_all([ann, ben, cai])
    assert ben.moments.timeline() == [] and ann.moments.timeline() == []
    with pytest.raises(NotAllowed, match="deleted"):
        ben.moments.comment(post.event_id, "too late")
    ben.rebuild_projections()
    assert ben.moments.timeline() == []


def test_a_deletion_that_arrives_first_still_hides_the_comment(
    trio: tuple[Core, Core, Core],
) -> None:
    ann, ben, _cai = trio
    post = ann.moments.post("x")
    sync_all([ann, ben])
    comment = ben.moments.comment(post.event_id, "regret")
    ben.moments.delete_comment(comment.event_id)
    sync_all([ann, ben])
    assert ann.moments.require(post.event_id).comments == ()


def test_the_window_limits_what_friends_see(
    trio: tuple[Core, Core, Core], clock: ManualClock
) -> None:
    ann, ben, cai = trio
    ann.moments.post("old news")
    clock.advance(10 * 86_400_000)
    ann.moments.post("fresh")
    ann.moments.set_window(3)
    sync_all([ann, ben, cai])
    assert [p.text for p in ben.moments.timeline()] == ["fresh"]
    assert [p.text for p in ann.moments.album(ann.me)] == ["fresh", "old news"]
    ann.moments.set_window(None)
    sync_all([ann, ben])
    assert [p.text for p in ben.moments.album(ann.me)] == ["fresh", "old news"]
    with pytest.raises(InvalidInput):
        ann.moments.set_window(7)


def test_images_travel_and_bad_ones_are_refused_without_leftovers(
    trio: tuple[Core, Core, Core], tmp_path: Path
) -> None:
    ann, ben, _ = trio
    post = ann.moments.post("two pictures", [image(tmp_path, "a"), image(tmp_path, "b")])
    assert len(post.images) == 2 and post.images[0].width == 640
    sync_all([ann, ben])
    seen = ben.moments.require(post.event_id)
    assert {i.thumbnail.blob_id for i in seen.images} <= set(ben.missing_blobs())
    blobs_before = sorted(p.name for p in (ann.profile / "blobs").iterdir())
    with pytest.raises(InvalidInput, match="not a picture"):
        ann.moments.post("bad", [image(tmp_path, "c", b"this is not an image at all")])
    with pytest.raises(InvalidInput, match="at most 9"):
        ann.moments.post("too many", [image(tmp_path, f"n{i}") for i in range(10)])
    with pytest.raises(InvalidInput, match="at most 2000"):
        ann.moments.post("x" * 2001)
    huge = tmp_path / "huge.png"
    with huge.open("wb") as out:
        out.write(PNG)
        out.truncate(26 * 1024 * 1024)
    with pytest.raises(InvalidInput, match="over 25 MB"):
        ann.moments.post("huge", [NewImage(str(huge), str(huge), 10, 10)])
    assert sorted(p.name for p in (ann.profile / "blobs").iterdir()) == blobs_before
    assert [p.text for p in ann.moments.timeline()] == ["two pictures"]


def test_moments_survive_a_rebuild(trio: tuple[Core, Core, Core], clock: ManualClock) -> None:
    ann, ben, cai = trio
    post = ann.moments.post("keep me")
    sync_all([ann, ben, cai])
    ben.moments.comment(post.event_id, "kept")
    ben.moments.like(post.event_id)
    clock.advance(3)
    ben.moments.like(post.event_id, liked=False)
    clock.advance(3)
    ben.moments.like(post.event_id)
    sync_all([ann, ben, cai])
    before = (ann.moments.timeline(), ann.moments.notifications())
    ann.rebuild_projections()
    assert (ann.moments.timeline(), ann.moments.notifications()) == before
