"""Status updates: what an app sends (``webxdc.sendUpdate``), what travels between members,
and their byte form for the sync layer.

An :class:`AppUpdate` carries its author, the author's own sequence number and the causal
context it was sent in (``after``: for every author, the highest sequence number the sender
had received). A member delivers an update to its app only once it has delivered everything
in that context, so nobody ever sees an answer before the move it answers.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, TypeGuard

from core.miniprograms.errors import UpdateRefused
from core.miniprograms.limits import MAX_UPDATE_BYTES

_TEXT_FIELDS = ("info", "summary", "document", "href")
MAX_AUTHOR_CHARS = 128
MAX_CONTEXT_AUTHORS = 1000


@dataclass(frozen=True)
class UpdateBody:
    """One update as the app wrote it; ``payload_json`` is compact JSON text."""

    payload_json: str
    info: str | None = None
    summary: str | None = None
    document: str | None = None
    href: str | None = None

    def to_object(self) -> dict[str, Any]:
        body: dict[str, Any] = {"payload": json.loads(self.payload_json)}
        for name in _TEXT_FIELDS:
            value = getattr(self, name)
            if value is not None:
                body[name] = value
        return body


@dataclass(frozen=True)
class AppUpdate:
    author: str
    seq: int
    after: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    body: UpdateBody = field(default_factory=lambda: UpdateBody("null"))

    def to_bytes(self) -> bytes:
        """Compact JSON, keys sorted: the form a feed event will carry."""
        document = {
            "v": 1,
            "author": self.author,
            "seq": self.seq,
            "after": dict(sorted(self.after.items())),
            "update": self.body.to_object(),
        }
        return _dump(document).encode("utf-8")


@dataclass(frozen=True)
class DeliveredUpdate:
    """An update as ``setUpdateListener`` hands it to the app."""

    serial: int
    max_serial: int
    update: AppUpdate

    def to_json(self) -> str:
        body = self.update.body.to_object()
        body["serial"] = self.serial
        body["max_serial"] = self.max_serial
        return _dump(body)


def parse_sent_update(text: str) -> UpdateBody:
    """Validate the JSON text of ``sendUpdate``'s first argument."""
    return _body_from(_loads(text, "update"))


def update_from_bytes(data: bytes) -> AppUpdate:
    """Parse and validate an update that came from a peer."""
    if len(data) > MAX_UPDATE_BYTES + 64 * 1024:
        raise UpdateRefused("an update from a peer is too large")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise UpdateRefused("an update from a peer is not UTF-8 text") from None
    document = _loads(text, "peer update", limit=len(data))
    if not isinstance(document, dict) or document.get("v") != 1:
        raise UpdateRefused("an update from a peer has an unknown version")
    author, seq, after = document.get("author"), document.get("seq"), document.get("after")
    if not _is_author(author) or not _is_seq(seq):
        raise UpdateRefused("an update from a peer has a bad author or sequence number")
    if not isinstance(after, dict) or len(after) > MAX_CONTEXT_AUTHORS:
        raise UpdateRefused("an update from a peer has a bad causal context")
    if not all(_is_author(a) and _is_seq(n) for a, n in after.items()):
        raise UpdateRefused("an update from a peer has a bad causal context")
    return AppUpdate(author, seq, MappingProxyType(dict(after)), _body_from(document.get("update")))


def _body_from(value: object) -> UpdateBody:
    if not isinstance(value, dict) or "payload" not in value:
        raise UpdateRefused("an update must be an object with a payload")
    texts: dict[str, str | None] = {}
    for name in _TEXT_FIELDS:
        text = value.get(name)
        if text is not None and not isinstance(text, str):
            raise UpdateRefused(f"an update's {name} must be a text")
        texts[name] = text
    payload_json = _dump(value["payload"])
    if len(payload_json.encode("utf-8")) > MAX_UPDATE_BYTES:
        raise UpdateRefused(f"an update may be at most {MAX_UPDATE_BYTES:,} bytes")
    return UpdateBody(payload_json, **texts)


def _loads(text: str, what: str, limit: int | None = None) -> object:
    size = limit if limit is not None else len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_UPDATE_BYTES:
        raise UpdateRefused(f"an {what} may be at most {MAX_UPDATE_BYTES:,} bytes")
    try:
        return json.loads(text, parse_constant=_no_constant)
    except RecursionError:
        raise UpdateRefused(f"an {what} is nested too deeply") from None
    except ValueError as exc:
        raise UpdateRefused(f"an {what} is not valid JSON: {exc}") from None


def _no_constant(name: str) -> object:
    raise ValueError(f"{name} is not JSON")


def _dump(value: object) -> str:
    try:
        return json.dumps(value, separators=(",", ":"), allow_nan=False)
    except RecursionError:
        raise UpdateRefused("an update is nested too deeply") from None
    except (TypeError, ValueError) as exc:
        raise UpdateRefused(f"an update is not JSON: {exc}") from None


def _is_author(value: object) -> TypeGuard[str]:
    return isinstance(value, str) and 0 < len(value) <= MAX_AUTHOR_CHARS


def _is_seq(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value < 2**53
