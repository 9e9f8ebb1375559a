"""Golden vectors of the mini-program formats, quoted in docs/protocol.md's Mini-programs
section.

``python -m tests.unit.core.miniprograms.golden_apps`` prints the blocks (fenced as
``app-vector:NAME``, so each vector test owns its blocks).
"""

from __future__ import annotations

import re
from types import MappingProxyType

from core.crypto import SigningKeyPair
from core.miniprograms import AppUpdate, UpdateBody
from core.miniprograms.bodies import AppUpdateBody
from core.miniprograms.instances import app_feed_id, app_topic, instance_scope, member_addr

ALICE_SEED = bytes(range(32))
BOB_SEED = bytes(range(64, 96))
PROGRAM_ID = bytes(range(0xA0, 0xC0))  # stands for BLAKE2b-256 of a package's bytes
GROUP_CONVERSATION = "g:" + "00" * 16


def app_vectors() -> dict[str, str]:
    alice = SigningKeyPair(ALICE_SEED).public_key
    bob = SigningKeyPair(BOB_SEED).public_key
    direct = instance_scope(alice, f"d:{bob.hex()}")
    group = instance_scope(alice, GROUP_CONVERSATION)
    answer = AppUpdate(
        member_addr(bob),
        1,
        MappingProxyType({member_addr(alice): 2}),
        UpdateBody('{"move":3,"cell":"b2"}', info="Bob played b2", summary="Bob's turn done"),
    )
    return {
        "app-scope-direct-alice-bob": direct,
        "app-scope-group-zero": group,
        "app-topic-group-zero": app_topic(PROGRAM_ID, group),
        "app-feed-id-group-zero": app_feed_id(PROGRAM_ID, group).hex(),
        "app-update-body": AppUpdateBody(PROGRAM_ID, group, answer).encode().hex(),
    }


_BLOCK = re.compile(r"```app-vector:(?P<name>[a-z0-9-]+)\n(?P<body>.*?)\n```", re.DOTALL)


def document_app_vectors(text: str) -> dict[str, str]:
    """The ```app-vector:NAME blocks of a markdown document, whitespace removed."""
    return {m["name"]: "".join(m["body"].split()) for m in _BLOCK.finditer(text)}


def _wrap(value: str, width: int = 64) -> str:
    return "\n".join(value[i : i + width] for i in range(0, len(value), width))


if __name__ == "__main__":
    for name, value in app_vectors().items():
        print(f"```app-vector:{name}\n{_wrap(value)}\n```\n")
