"""Who may read a post, and who may read a comment or like on it.

A post is sealed to the audience chosen when it is posted. A comment or a like is sealed to
the commenter's friends *within that audience*, plus the post's author: so a viewer can
decrypt, and sees, only the interactions of their own friends (WeChat's rule), even with the
raw feeds in hand.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from core.moments.values import Audience, AudienceChoice


def resolve_audience(choice: AudienceChoice, friends: Mapping[bytes, Iterable[str]]) -> list[bytes]:
    """The friends a post is for; ``friends`` maps each friend to their tags."""
    people = set(choice.people)
    tags = set(choice.tags)

    def named(friend: bytes, friend_tags: Iterable[str]) -> bool:
        return friend in people or bool(tags.intersection(friend_tags))

    if choice.kind is Audience.ONLY_ME:
        return []
    if choice.kind is Audience.ALL_FRIENDS:
        return sorted(friends)
    if choice.kind is Audience.CHOSEN:
        return sorted(f for f, t in friends.items() if named(f, t))
    return sorted(f for f, t in friends.items() if not named(f, t))


def interaction_recipients(
    post_author: bytes, audience: Iterable[bytes], my_friends: Iterable[bytes], me: bytes
) -> list[bytes]:
    """Who a comment or like of ``me`` on a post is sealed to (besides ``me``)."""
    readers = set(audience).intersection(my_friends)
    readers.add(post_author)
    readers.discard(me)
    return sorted(readers)
