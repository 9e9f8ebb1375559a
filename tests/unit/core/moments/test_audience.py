from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from core.moments import Audience, AudienceChoice, interaction_recipients, resolve_audience

A, B, C, D = (bytes([n]) * 32 for n in range(1, 5))
FRIENDS = {A: ["work"], B: ["family"], C: ["work", "family"], D: []}


def test_the_four_audiences() -> None:
    assert resolve_audience(AudienceChoice(Audience.ALL_FRIENDS), FRIENDS) == sorted(FRIENDS)
    assert resolve_audience(AudienceChoice(Audience.ONLY_ME), FRIENDS) == []
    assert resolve_audience(
        AudienceChoice(Audience.CHOSEN, people=(D,), tags=("family",)), FRIENDS
    ) == sorted([B, C, D])
    assert resolve_audience(
        AudienceChoice(Audience.ALL_EXCEPT, people=(A,), tags=("family",)), FRIENDS
    ) == [D]


def test_strangers_named_in_a_choice_are_never_added() -> None:
    stranger = bytes([9]) * 32
    assert resolve_audience(AudienceChoice(Audience.CHOSEN, people=(stranger, A)), FRIENDS) == [A]


@given(st.sets(st.sampled_from([A, B, C, D])), st.sets(st.sampled_from(["work", "family", "x"])))
def test_chosen_and_except_split_the_friends(people: set[bytes], tags: set[str]) -> None:
    chosen = resolve_audience(AudienceChoice(Audience.CHOSEN, tuple(people), tuple(tags)), FRIENDS)
    others = resolve_audience(
        AudienceChoice(Audience.ALL_EXCEPT, tuple(people), tuple(tags)), FRIENDS
    )
    assert sorted(chosen + others) == sorted(FRIENDS) and not set(chosen) & set(others)


def test_interactions_go_to_my_friends_in_the_audience_and_the_author() -> None:
    me, author = bytes([7]) * 32, bytes([8]) * 32
    assert interaction_recipients(author, [A, B, me], [B, C], me) == sorted([author, B])
