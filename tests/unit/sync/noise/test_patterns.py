"""The pattern table and its notation."""

from __future__ import annotations

import pytest

from sync.noise import NN, PATTERNS, XX, HandshakePattern, Token, protocol_name


def test_the_table_holds_nn_and_xx() -> None:
    assert dict(PATTERNS) == {"NN": NN, "XX": XX}
    assert XX.messages == (
        (Token.E,),
        (Token.E, Token.EE, Token.S, Token.ES),
        (Token.S, Token.SE),
    )
    assert protocol_name(XX) == "Noise_XX_25519_ChaChaPoly_BLAKE2b"


def test_static_key_requirements_follow_from_the_tokens() -> None:
    assert XX.needs_local_static(True) and XX.needs_local_static(False)
    assert not NN.needs_local_static(True) and not NN.needs_local_static(False)
    nk = HandshakePattern.parse("NK", ["-> e, es", "<- e, ee"], responder_pre="s")
    assert nk.needs_remote_static(True) and not nk.needs_remote_static(False)
    assert not nk.needs_local_static(True) and nk.needs_local_static(False)


@pytest.mark.parametrize(
    ("messages", "kwargs", "error"),
    [
        ([], {}, "at least one"),
        (["<- e"], {}, "must start with '->'"),
        (["-> e", "-> e"], {}, "must start with '<-'"),
        (["-> e, zz"], {}, "unknown token"),
        (["-> e"], {"initiator_pre": "e"}, "pre-messages"),
    ],
)
def test_malformed_patterns_are_refused(
    messages: list[str], kwargs: dict[str, str], error: str
) -> None:
    with pytest.raises(ValueError, match=error):
        HandshakePattern.parse("ZZ", messages, **kwargs)
