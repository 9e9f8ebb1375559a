"""The GUI's composition root: builds the application, opens the profile, wires the panes,
the tray, notifications and the single-instance guard."""

from __future__ import annotations

import gc
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from core.facade import Core
from core.peer_replica import PeerReplica
from desktop.bridge import CoreBridge
from desktop.chats.pane import ChatsPane
from desktop.contacts import ContactsPane
from desktop.context import AppContext
from desktop.i18n import Translations
from desktop.me import MePane
from desktop.miniprograms.pane import MiniProgramsPane
from desktop.moments import MomentsPane
from desktop.notify import DesktopPresence, SingleInstance, instance_key
from desktop.onboarding import open_profile
from desktop.runner import OperationRunner
from desktop.settings import UiSettings
from desktop.shell.look import make_themes, prepare_application
from desktop.shell.main_window import MainWindow
from desktop.shell.pane import Pane
from desktop.theme import ThemeManager
from desktop.wallet import WalletPane
from desktop.widgets import app_icon

if TYPE_CHECKING:
    from sync import SyncService

log = logging.getLogger(__name__)


def build_context(
    app: QApplication,
    core: Core,
    profile: Path,
    language: str | None = None,
    *,
    runner: OperationRunner | None = None,
    translations: Translations | None = None,
    themes: ThemeManager | None = None,
) -> AppContext:
    prepare_application(app)
    settings = UiSettings(profile)
    if translations is None:
        translations = Translations()
        translations.install(language or settings.language or None)
    if themes is None:
        themes = make_themes(app, settings)
    bridge = CoreBridge(app)
    bridge.attach(core.subscribe)
    runner = runner or OperationRunner(parent=app)
    return AppContext(core, bridge, runner, settings, translations, themes)


def build_panes(context: AppContext) -> list[Pane]:
    """The panes in rail order; ``me`` goes to the bottom of the rail."""
    return [
        ChatsPane(context),
        ContactsPane(context),
        MomentsPane(context),
        WalletPane(context),
        MiniProgramsPane(context),
        MePane(context),
    ]


def tune_for_responsiveness() -> None:
    """Once the window is up: keep its long-lived objects out of the cyclic collector (a full
    collection with a profile open takes ~80 ms), and hand the GIL back to the GUI thread
    more often while core and sync work in other threads."""
    gc.freeze()
    sys.setswitchinterval(0.002)


def start_sync(core: Core, context: AppContext) -> SyncService | None:
    """Find peers on the LAN and replicate with them; the app still works if this fails.

    Blocks while the service starts (call it off the GUI thread); ``context.sync`` is set
    by the caller once it returns.
    """
    from sync import SyncService  # imported here: zeroconf and the transport load after paint

    sync = SyncService(
        PeerReplica(core), name=core.name, on_event=lambda line: log.info("%s", line)
    )
    unsubscribe = sync.subscribe_status(context.bridge.receive_status)
    try:
        sync.start()
    except (OSError, TimeoutError) as exc:
        log.warning("sync could not start: %s", exc)
        unsubscribe()
        return None
    return sync


def _start_automation(runner: OperationRunner, app: QApplication) -> QObject | None:
    """The automation socket for tests and benchmarks: only when $HUTONG_AUTOMATION is set.
    It serves every window, so it starts before the first-run dialog."""
    if not os.environ.get("HUTONG_AUTOMATION"):
        return None
    from desktop.automation import start_automation

    return start_automation(runner, app)


def run_app(profile: Path, language: str | None = None) -> int:
    """Start the GUI on one profile; a second start on the same profile focuses the first."""
    existing = QApplication.instance()
    if existing is None:
        from desktop.miniprograms.chromium import prepare_webengine

        prepare_webengine()  # before QApplication: Chromium's sandbox switches, webxdc:// scheme
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("Hutong")
    app.setOrganizationName("Hutong")
    app.setApplicationDisplayName("Hutong")
    app.setDesktopFileName("hutong")
    app.setWindowIcon(app_icon())
    prepare_application(app)

    instance = SingleInstance(instance_key(profile), parent=app)
    if not instance.claim():
        instance.activate_running()
        return 0

    settings = UiSettings(profile)
    translations = Translations()
    translations.install(language or settings.language or None)
    themes = make_themes(app, settings)
    runner = OperationRunner(parent=app)
    _start_automation(runner, app)
    core, exit_code = open_profile(profile, runner, dark=themes.effective == "dark")
    if core is None:
        instance.release()
        return exit_code

    context = build_context(
        app, core, profile, language, runner=runner, translations=translations, themes=themes
    )
    window = MainWindow(context, build_panes(context))
    presence = DesktopPresence(context, window, app)
    instance.activationRequested.connect(window.bring_to_front)
    app.aboutToQuit.connect(window.save_geometry)
    window.show()
    tune_for_responsiveness()
    started: list[SyncService] = []

    def sync_started(sync: SyncService | None) -> None:
        if sync is not None:
            started.append(sync)
            context.sync = sync

    # After the first paint, and off the GUI thread: the window is usable without the network.
    QTimer.singleShot(0, lambda: runner.run(lambda: start_sync(core, context), sync_started))
    try:
        return app.exec()
    finally:
        presence.stop()
        for sync in started:
            sync.stop()
        context.runner.wait_for_done()
        context.bridge.detach()
        core.close()
        instance.release()
