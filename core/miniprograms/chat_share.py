"""``webxdc.sendToChat`` and ``webxdc.importFiles`` arguments, validated."""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass

from core.miniprograms.errors import UpdateRefused

MAX_SHARE_TEXT_CHARS = 10_000
MAX_SHARE_FILE_BYTES = 5 * 1024 * 1024
MAX_SHARE_JSON_CHARS = 8 * 1024 * 1024
MAX_FILE_NAME_CHARS = 255
MAX_FILTER_ITEMS = 50
MAX_IMPORT_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class ChatShare:
    """What an app asked to send to the chat; the user confirms it before it is sent."""

    text: str | None
    file_name: str | None = None
    file_content: bytes | None = None


@dataclass(frozen=True)
class FileFilter:
    extensions: tuple[str, ...] = ()
    mime_types: tuple[str, ...] = ()
    multiple: bool = False


def parse_chat_share(text: object) -> ChatShare:
    document = _object(text, "sendToChat", MAX_SHARE_JSON_CHARS)
    message = document.get("text")
    if message is not None and (
        not isinstance(message, str) or len(message) > MAX_SHARE_TEXT_CHARS
    ):
        raise UpdateRefused("sendToChat: text must be a text of at most 10,000 characters")
    file = document.get("file")
    if file is None:
        if not message:
            raise UpdateRefused("sendToChat needs a text or a file")
        return ChatShare(message)
    if not isinstance(file, dict):
        raise UpdateRefused("sendToChat: file must be an object")
    name = file.get("name")
    if not isinstance(name, str) or not name or len(name) > MAX_FILE_NAME_CHARS or "/" in name:
        raise UpdateRefused("sendToChat: the file needs a plain name")
    content = _file_content(file)
    if len(content) > MAX_SHARE_FILE_BYTES:
        raise UpdateRefused("sendToChat: the file is larger than 5 MB")
    return ChatShare(message or None, name, content)


def parse_file_filter(text: object) -> tuple[str, FileFilter]:
    """The request id and the filter of an ``importFiles`` call."""
    document = _object(text, "importFiles", 64 * 1024)
    request = document.get("request")
    if not isinstance(request, str) or not request or len(request) > 20:
        raise UpdateRefused("importFiles: bad request")
    wanted = document.get("filter", {})
    if not isinstance(wanted, dict):
        raise UpdateRefused("importFiles: the filter must be an object")
    extensions = _texts(wanted.get("extensions", []), "extensions")
    if not all(e.startswith(".") and e[1:].isalnum() for e in extensions):
        raise UpdateRefused("importFiles: extensions look like '.txt'")
    return request, FileFilter(
        extensions=tuple(e.lower() for e in extensions),
        mime_types=_texts(wanted.get("mimeTypes", []), "mimeTypes"),
        multiple=wanted.get("multiple") is True,
    )


def _object(text: object, what: str, limit: int) -> dict[str, object]:
    if not isinstance(text, str) or len(text) > limit:
        raise UpdateRefused(f"{what}: the argument is too large or not text")
    try:
        document = json.loads(text)
    except (ValueError, RecursionError):
        raise UpdateRefused(f"{what}: the argument is not JSON") from None
    if not isinstance(document, dict):
        raise UpdateRefused(f"{what}: the argument must be an object")
    return document


def _file_content(file: dict[str, object]) -> bytes:
    if isinstance(file.get("plainText"), str):
        return str(file["plainText"]).encode("utf-8", "replace")
    encoded = file.get("base64")
    if not isinstance(encoded, str):
        raise UpdateRefused("sendToChat: the file needs base64 or plainText content")
    try:
        return base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise UpdateRefused("sendToChat: the file's base64 is damaged") from None


def _texts(value: object, what: str) -> tuple[str, ...]:
    if not isinstance(value, list) or len(value) > MAX_FILTER_ITEMS:
        raise UpdateRefused(f"importFiles: {what} must be a short list")
    if not all(isinstance(v, str) and 0 < len(v) <= 100 for v in value):
        raise UpdateRefused(f"importFiles: {what} must be texts")
    return tuple(str(v) for v in value)
