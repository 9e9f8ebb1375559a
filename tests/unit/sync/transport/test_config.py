"""Channel configuration: protocol defaults and refusal of nonsense."""

from __future__ import annotations

import pytest

from sync.transport import ChannelConfig


def test_defaults_are_the_protocol_values() -> None:
    config = ChannelConfig()
    assert config.max_message_size == 8 * 1024 * 1024
    assert config.rekey_interval == 10_000
    assert config.keepalive_interval == 15.0
    assert config.handshake_frame_cap == 2048
    assert config.handshake_timeout == 10.0


@pytest.mark.parametrize(
    "kwargs",
    [
        {"max_message_size": -1},
        {"max_message_size": 2**32},
        {"rekey_interval": 0},
        {"keepalive_interval": 0.0},
        {"handshake_timeout": 0.0},
        {"handshake_frame_cap": 0},
        {"handshake_frame_cap": 65536},
    ],
)
def test_nonsense_is_refused(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        ChannelConfig(**kwargs)  # type: ignore[arg-type]
