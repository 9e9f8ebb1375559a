"""Plaintext bodies: compact UTF-8 JSON objects with a type tag ``t``.

The header's kind says how a payload is *encoded* (public, sealed, symmetric); the body's
``t`` says what it *means*, and is hidden inside the envelope from anyone who cannot open it.
Bodies are parsed defensively: every field read goes through a typed accessor that raises
:class:`InvalidInput` on a wrong type, so a hostile body cannot crash a fold.

Each body type is a frozen dataclass (a :class:`TypedBody`) in the feature that owns it, with
``encode()`` giving the exact bytes (fields in wire order, absent ones left out: the golden
vectors and every stored event depend on it) and ``decode(body)`` reading one defensively.
"""

from __future__ import annotations

import base64
import binascii
import json
from abc import ABC, abstractmethod
from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeAlias

from core.errors import InvalidInput

Body = dict[str, Any]
Json: TypeAlias = "str | int | bool | list[Json] | dict[str, Json] | None"
MAX_TEXT_CHARS = 8000


def encode_fields(body_type: str, fields: Mapping[str, Json]) -> bytes:
    """The JSON bytes of a body of type ``body_type`` (``None`` fields are left out)."""
    body = {"t": body_type, **{name: value for name, value in fields.items() if value is not None}}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


class TypedBody(ABC):
    """A body type: subclasses are frozen dataclasses with a ``TYPE`` tag."""

    TYPE: ClassVar[str]

    @abstractmethod
    def fields(self) -> dict[str, Json]:
        """The wire fields in wire order (``None`` means absent)."""

    def encode(self) -> bytes:
        return encode_fields(self.TYPE, self.fields())

    @classmethod
    @abstractmethod
    def decode(cls, body: Body) -> Self:
        """Read a decoded body of this type; InvalidInput for anything malformed."""


def decode_body(data: bytes) -> Body:
    """Parse a body; anything but a JSON object with a string ``t`` raises InvalidInput."""
    try:
        body = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise InvalidInput("body is not valid JSON") from exc
    if not isinstance(body, dict) or not isinstance(body.get("t"), str):
        raise InvalidInput("body has no type")
    return body


def text_field(
    body: Body, name: str, *, max_chars: int = MAX_TEXT_CHARS, default: str | None = None
) -> str:
    value = body.get(name, default)
    if not isinstance(value, str):
        raise InvalidInput(f"field {name!r} must be text")
    if len(value) > max_chars:
        raise InvalidInput(f"field {name!r} is too long")
    return value


def optional_text(body: Body, name: str, *, max_chars: int = MAX_TEXT_CHARS) -> str | None:
    return None if body.get(name) is None else text_field(body, name, max_chars=max_chars)


def int_field(body: Body, name: str, *, default: int | None = None) -> int:
    value = body.get(name, default)
    if not isinstance(value, int) or isinstance(value, bool):
        raise InvalidInput(f"field {name!r} must be a whole number")
    return value


def bool_field(body: Body, name: str, *, default: bool | None = None) -> bool:
    value = body.get(name, default)
    if not isinstance(value, bool):
        raise InvalidInput(f"field {name!r} must be true or false")
    return value


def hex_field(body: Body, name: str, size: int) -> bytes:
    value = text_field(body, name, max_chars=2 * size)
    try:
        raw = bytes.fromhex(value)
    except ValueError as exc:
        raise InvalidInput(f"field {name!r} must be hex") from exc
    if len(raw) != size:
        raise InvalidInput(f"field {name!r} must be {size} bytes")
    return raw


def optional_hex(body: Body, name: str, size: int) -> bytes | None:
    return None if body.get(name) is None else hex_field(body, name, size)


def b64_field(body: Body, name: str, size: int) -> bytes:
    value = text_field(body, name, max_chars=4 * size)
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise InvalidInput(f"field {name!r} must be base64") from exc
    if len(raw) != size:
        raise InvalidInput(f"field {name!r} must be {size} bytes")
    return raw


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def list_field(
    body: Body, name: str, *, max_items: int, default: list[Any] | None = None
) -> list[Any]:
    value = body.get(name, default if default is not None else [])
    if not isinstance(value, list):
        raise InvalidInput(f"field {name!r} must be a list")
    if len(value) > max_items:
        raise InvalidInput(f"field {name!r} has too many items")
    return value


def object_field(body: Body, name: str) -> Body:
    value = body.get(name)
    if not isinstance(value, dict):
        raise InvalidInput(f"field {name!r} must be an object")
    return value


def hex_items(body: Body, name: str, size: int, *, max_items: int) -> list[bytes]:
    """A list of fixed-size hex strings (keys, ids)."""
    return [
        hex_field({name: item}, name, size) for item in list_field(body, name, max_items=max_items)
    ]
