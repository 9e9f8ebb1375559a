"""Where an app instance's updates live: its feed topic ``app/<program>/<scope>``, and how
they are encrypted: a group's under the group's current key (like its messages: readable by
its members, not by anyone removed after a key change), a direct chat's sealed to the peer,
a solo instance's sealed to ourselves.

The scope names the conversation without revealing it: BLAKE2b of a domain prefix and the
conversation, the same on every member's device. A direct chat is ``d:<peer>`` on one side
and ``d:<me>`` on the other, so its scope hashes the two identities in sorted order; a group
(``g:<group id>``, a secret among its members) hashes its id. A solo instance (no
conversation) hashes our own identity alone: nobody else writes or reads it.
"""

from __future__ import annotations

from core.crypto import blake2b_256
from core.feeds import feed_id_for
from core.ids import FeedId

APP_TOPIC_PREFIX = "app/"
SCOPE_PREFIX = b"hutong/app-scope/v1\x00"
SCOPE_BYTES = 16


def instance_scope(me: bytes, conversation: str | None) -> str:
    """The scope (32 hex digits) of the instance of ``conversation`` as ``me`` sees it."""
    if conversation is None or conversation == "":
        seed = b"solo\x00" + me
    elif conversation.startswith("d:"):
        peer = bytes.fromhex(conversation[2:])
        low, high = sorted((me, peer))
        seed = b"direct\x00" + low + high
    else:
        seed = b"conversation\x00" + conversation.encode("utf-8")
    return blake2b_256(SCOPE_PREFIX, seed)[:SCOPE_BYTES].hex()


def group_key_scope(conversation: str) -> str | None:
    """The keyring scope of a group conversation's key (the chat's ``group_scope``: a test
    holds the two together), or None for a conversation that is not a group's."""
    if not conversation.startswith("g:"):
        return None
    return f"group:{conversation[2:]}"


def app_topic(program_id: bytes, scope: str) -> str:
    return f"{APP_TOPIC_PREFIX}{program_id.hex()}/{scope}"


def app_feed_id(program_id: bytes, scope: str) -> FeedId:
    return feed_id_for(app_topic(program_id, scope))


def member_addr(identity: bytes) -> str:
    """How a member's updates name their author on the wire (their identity key in hex)."""
    return identity.hex()
