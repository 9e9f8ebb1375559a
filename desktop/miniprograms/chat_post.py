"""``webxdc.sendToChat``: nothing reaches a chat before the person confirms it in a native
dialog that names the app and the chat (an app opened solo asks which chat instead)."""

from __future__ import annotations

import mimetypes
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from core.chat import OutgoingFile
from core.miniprograms import ChatShare
from desktop.context import AppContext
from desktop.i18n import translate
from desktop.miniprograms.chat_choice import chat_name, pick_chat
from desktop.miniprograms.prompts import ask

PREVIEW_CHARS = 300


def confirm_chat_post(
    context: AppContext,
    app: str,
    conversation: str | None,
    share: ChatShare,
    parent: QWidget | None,
    *,
    on_sent: Callable[[], None] = lambda: None,
) -> None:
    if conversation is None:
        pick_chat(
            context,
            parent,
            translate("MiniPrograms", "“%1” wants to post in a chat. Which one?").replace(
                "%1", app
            ),
            lambda chosen: _send(context, chosen, share, on_sent),
        )
        return
    lines = [
        translate("MiniPrograms", "“%1” wants to post this in %2:")
        .replace("%1", app)
        .replace("%2", chat_name(context, conversation))
    ]
    if share.text:
        text = share.text
        lines.append(text if len(text) <= PREVIEW_CHARS else text[:PREVIEW_CHARS] + "…")
    if share.file_name:
        lines.append(translate("MiniPrograms", "File: %1").replace("%1", share.file_name))
    ask(
        parent,
        app,
        "\n\n".join(lines),
        translate("MiniPrograms", "Post"),
        translate("MiniPrograms", "Cancel"),
        lambda yes: _send(context, conversation, share, on_sent) if yes else None,
        name="sendToChatConfirm",
    )


def _send(
    context: AppContext, conversation: str, share: ChatShare, on_sent: Callable[[], None]
) -> None:
    chat = context.core.chat

    def work() -> None:
        with tempfile.TemporaryDirectory(prefix="hutong-app-") as folder:
            files = []
            if share.file_name is not None and share.file_content is not None:
                path = Path(folder) / share.file_name
                path.write_bytes(share.file_content)
                mime = mimetypes.guess_type(share.file_name)[0] or "application/octet-stream"
                files.append(OutgoingFile(str(path), share.file_name, mime))
            chat.send_text(conversation, share.text or "", files=files)

    context.runner.run(work, lambda _none: on_sent())
