"""The mini-program body: one status update of an app instance, in the sender's app feed.

::

    app.update  {p: program id (hex), s: scope (hex), u: the update}
                sealed to the instance's members, in the ``app/<p>/<s>`` feed

``u`` is the update's own document (``AppUpdate.to_bytes``): ``{v, author, seq, after,
update}``; its ``author`` is the sender's identity key in hex (``member_addr``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Self, cast

from core.bodies import Body, Json, TypedBody, hex_field, object_field
from core.miniprograms.instances import SCOPE_BYTES
from core.miniprograms.updates import AppUpdate, update_from_bytes


@dataclass(frozen=True)
class AppUpdateBody(TypedBody):
    TYPE = "app.update"
    program_id: bytes
    scope: str
    update: AppUpdate

    def fields(self) -> dict[str, Json]:
        document = cast(dict[str, Json], json.loads(self.update.to_bytes()))
        return {"p": self.program_id.hex(), "s": self.scope, "u": document}

    @classmethod
    def decode(cls, body: Body) -> Self:
        program_id = hex_field(body, "p", 32)
        scope = hex_field(body, "s", SCOPE_BYTES).hex()
        document = object_field(body, "u")
        data = json.dumps(document, separators=(",", ":")).encode("utf-8")
        return cls(program_id, scope, update_from_bytes(data))
