"""Opening mini-programs: solo from the pane, for a chat from its card (installing the
package the card carries, after asking), and sharing one into a chat.

There is one window per (program, conversation): opening it again raises the open one.
Each window runs the app with ``window.hutong`` bound to that program and, in a chat, the
LAN transport of the chat's instance (``core.miniprograms.transport``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from weakref import WeakKeyDictionary

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from core.chat.cards import MiniProgramCard
from core.errors import HutongError, NotFound
from core.miniprograms.service import InstalledProgram
from desktop.context import AppContext
from desktop.core_errors import error_text
from desktop.i18n import translate
from desktop.miniprograms.chat_choice import chat_name, pick_chat
from desktop.miniprograms.chat_post import confirm_chat_post
from desktop.miniprograms.host import MiniProgramHost
from desktop.miniprograms.hutong_actions import DesktopActions
from desktop.miniprograms.hutong_api import HutongApi, refused
from desktop.miniprograms.program_choice import pick_program
from desktop.miniprograms.prompts import WindowConsent, alive, ask
from desktop.miniprograms.window import MiniProgramWindow
from desktop.widgets import sentence
from desktop.widgets.guard import run_for

log = logging.getLogger(__name__)
WindowKey = tuple[bytes, str | None]
_windows: WeakKeyDictionary[AppContext, dict[WindowKey, MiniProgramWindow]] = WeakKeyDictionary()


def open_windows(context: AppContext) -> dict[WindowKey, MiniProgramWindow]:
    """The app windows open for this profile, by (program id, conversation or None)."""
    return _windows.setdefault(context, {})


def open_program(
    context: AppContext, program_id: bytes, conversation: str | None, parent: QWidget | None
) -> MiniProgramWindow | None:
    """Open (or raise) the app window of ``program_id`` in ``conversation`` (None: solo)."""
    windows = open_windows(context)
    key = (program_id, conversation)
    existing = windows.get(key)
    if existing is not None:
        existing.show()
        existing.raise_()
        existing.activateWindow()
        return existing
    service = context.core.miniprograms
    try:
        package = service.package(program_id)
        transport = service.transport(program_id, conversation)
        instance = service.instance_id(program_id, conversation)
    except HutongError as exc:
        show_error(parent, error_text(str(exc)))
        return None
    me = service.self_addr()
    chat = chat_name(context, conversation) if conversation is not None else None
    window: MiniProgramWindow | None = None

    def dialog_parent() -> QWidget | None:
        return window

    api = HutongApi(
        program_id,
        package.manifest.capabilities,
        service,
        WindowConsent(package.name, dialog_parent),
        DesktopActions(context, program_id, package.name, conversation, me, dialog_parent),
        # Off the GUI thread; answers are dropped once the app's host is gone.
        run=lambda work, done: run_for(
            host, context.runner, work, done, lambda message: done(refused("failed", message))
        ),
    )
    host = MiniProgramHost(
        package,
        instance=instance,
        self_addr=me,
        self_name=context.core.name,
        transport=transport,
        hutong=api,
    )
    # Apps pick their words by navigator.language: Hutong's chosen language, not the system's.
    language = context.translations.language.replace("_", "-")
    host.profile.setHttpAcceptLanguage(language if language == "en" else f"{language},en;q=0.5")
    # A secondary window of the main one: it stays above it and never keeps Hutong running
    # once the main window is closed (Qt quits when the last primary window closes).
    owner = alive(parent)
    owner = owner.window() if owner is not None else None
    window = MiniProgramWindow(host, owner, chat=chat)
    host.setParent(window)
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(window.close)  # the session ends and stores what it queued
    host.chatShareRequested.connect(
        lambda share: confirm_chat_post(context, package.name, conversation, share, window)
    )
    windows[key] = window
    window.closed.connect(lambda: windows.pop(key, None))
    window.resize(480, 640)
    window.show()
    host.load()
    context.runner.run(lambda: service.note_opened(program_id, conversation))
    return window


def open_card(
    context: AppContext,
    conversation: str,
    message_id: bytes,
    card: MiniProgramCard,
    parent: QWidget,
) -> None:
    """A mini-program card was clicked: install its package if needed (asking first), then
    open the app for this chat."""
    service, chat = context.core.miniprograms, context.core.chat

    def installed_here() -> tuple[bool, str]:
        have = any(p.program_id == card.program for p in service.installed())
        message = chat.message(message_id)
        if message is None or message.outgoing:
            return have, ""
        contact = context.core.contacts.get(message.author)  # read here: the directory may
        if contact is not None and contact.display_name:  # not have loaded yet
            return have, contact.display_name
        return have, context.people.directory.name_of(message.author)

    def decide(found: tuple[bool, str]) -> None:
        have, sharer = found
        if have:
            open_program(context, card.program, conversation, parent)
            return
        if card.package is None:
            show_error(parent, translate("MiniPrograms", "This card carries no mini-program."))
            return
        question = (
            translate("MiniPrograms", "Install “%1” shared by %2?")
            .replace("%1", card.title)
            .replace("%2", sharer)
            if sharer
            else translate("MiniPrograms", "Install “%1”?").replace("%1", card.title)
        )
        ask(
            parent,
            translate("MiniPrograms", "Mini-programs"),
            question,
            translate("MiniPrograms", "Install"),
            translate("MiniPrograms", "Cancel"),
            lambda yes: install() if yes else None,
            name="installFromCard",
        )

    def install_now() -> InstalledProgram | None:
        try:
            return service.install_from_card(conversation, message_id)
        except NotFound:  # the package's blob has not arrived from the sharer yet
            return None

    def installed(program: InstalledProgram | None) -> None:
        if program is None:
            show_error(
                parent,
                translate(
                    "MiniPrograms",
                    "“%1” is still downloading. Try again when it has arrived.",
                ).replace("%1", card.title),
            )
        else:
            open_program(context, program.program_id, conversation, parent)

    def install() -> None:
        context.runner.run(install_now, installed, lambda message: show_error(parent, message))

    context.runner.run(installed_here, decide, lambda message: show_error(parent, message))


def share_program(context: AppContext, conversation: str, parent: QWidget) -> None:
    """Pick an installed or bundled program and post its card in ``conversation``."""
    pick_program(
        context,
        parent,
        lambda program: share_to(context, program, conversation, parent),
    )


def share_to(
    context: AppContext,
    program: InstalledProgram,
    conversation: str,
    parent: QWidget | None,
    on_shared: Callable[[], None] = lambda: None,
) -> None:
    service = context.core.miniprograms
    context.runner.run(
        lambda: service.share(program.program_id, conversation),
        lambda _event: on_shared(),
        lambda message: show_error(parent, message),
    )


def choose_chat_and_share(
    context: AppContext, program: InstalledProgram, parent: QWidget | None
) -> None:
    """The pane's "Share to chat…": which chat, then post the card there."""
    pick_chat(
        context,
        parent,
        translate("MiniPrograms", "Share “%1” in:").replace("%1", program.name),
        lambda conversation: share_to(context, program, conversation, parent),
    )


def show_error(parent: QWidget | None, message: str) -> None:
    box = QMessageBox(alive(parent))
    box.setObjectName("miniProgramError")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("MiniPrograms", "Mini-programs"))
    box.setText(sentence(message))  # core's messages start lower-case, without a full stop
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()
