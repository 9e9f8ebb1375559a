"""Pictures of every pane and dialog in light, dark and Chinese, for people to look at.

Saved under artifacts/screenshots/ as ``<mode>-<what>.png``. The test also checks that each
picture is not blank, so a broken pane shows up here too.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QLinearGradient, QPainter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from core.crypto import KdfParams
from core.facade import Core
from desktop.app import build_panes
from desktop.context import AppContext
from desktop.onboarding import FirstRunDialog, UnlockDialog
from desktop.shell.main_window import MainWindow
from desktop.widgets import avatar_png_from_image
from sync.status import PeerSource, PeerState, PeerStatus, SyncStatus
from tests.gui.shell.fakes import FakeChatsPane, RecordingSync, peer, settle
from tests.support.profiles import befriend, open_core, sync_all

MakeCore = Callable[..., Core]
Shot = Callable[[object, str], Path]


def _picture(top: str, bottom: str, shape: str) -> bytes:
    image = QImage(320, 320, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    gradient = QLinearGradient(QPointF(0, 0), QPointF(0, 320))
    gradient.setColorAt(0, QColor(top))
    gradient.setColorAt(1, QColor(bottom))
    painter.fillRect(image.rect(), QBrush(gradient))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(255, 255, 255, 220))
    painter.drawEllipse(QPointF(160, 130), 58, 58)
    painter.drawEllipse(QPointF(160, 330), 120, 110)
    painter.setBrush(QColor(shape))
    painter.drawEllipse(QPointF(250, 60), 26, 26)
    painter.end()
    return avatar_png_from_image(image)


def _share_avatar(owner: Core, viewer: Core) -> None:
    """Copy an avatar blob as sync would."""
    for missing in viewer.missing_blobs():
        if owner.blobs.has(missing):
            viewer.blobs.begin_receive(missing, owner.blobs.manifest_bytes(missing))
            for index in viewer.blobs.missing_chunks(missing):
                viewer.blobs.write_chunk(missing, index, owner.blobs.read_chunk(missing, index))


def _world(make_core: MakeCore) -> tuple[Core, dict[str, Core]]:
    alice = make_core("Alice Chen")
    people = {name: make_core(name) for name in ("Bob Smith", "张伟", "Lina Haddad", "Eve")}
    alice.set_avatar(_picture("#53c1a9", "#1d6f8f", "#ffd166"))
    people["Bob Smith"].set_avatar(_picture("#ff9a62", "#c2366b", "#fff3b0"))
    for name in ("Bob Smith", "张伟", "Lina Haddad"):
        befriend(alice, people[name])
    people["Eve"].contacts.add_from_card(
        alice.card().to_text(), "Hi Alice, it's Eve from the book club on Thursday!"
    )
    sync_all([alice, *people.values()])
    _share_avatar(people["Bob Smith"], alice)
    bob = people["Bob Smith"].me
    alice.contacts.set_tags(bob, ["Climbing", "Work"])
    alice.contacts.set_verified(bob, True)
    alice.contacts.set_remark(people["Lina Haddad"].me, "Lina (design)")
    return alice, people


def _sync_status(make_core: MakeCore, people: dict[str, Core]) -> SyncStatus:
    frank, mei = make_core("Frank Lee"), make_core("林梅")
    return SyncStatus(
        running=True,
        port=47000,
        addresses=("192.168.1.12", "fe80::1c2d:9aff:fe31:7b10"),
        discovery=True,
        peers=(
            peer(frank, PeerState.IDLE, "192.168.1.30"),
            peer(mei, PeerState.DISCOVERED, "192.168.1.41"),
            peer(people["Bob Smith"], PeerState.SYNCING, "192.168.1.31"),
            PeerStatus(
                key="10.0.0.9:47000",
                identity=None,
                name="",
                card_text=None,
                addresses=("10.0.0.9:47000",),
                state=PeerState.FAILED,
                source=PeerSource.MANUAL,
                reason="connection refused: nothing listens on this port",
            ),
        ),
    )


def _not_blank(path: Path) -> None:
    image = QImage(str(path))
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 5) for y in range(0, image.height(), 5)
    }
    assert len(colours) > 12, f"{path.name} looks blank"


def test_screenshots_of_every_pane(
    qtbot: QtBot,
    make_core: MakeCore,
    make_context: Callable[..., AppContext],
    screenshot: Shot,
    tmp_path: Path,
) -> None:
    alice, people = _world(make_core)
    context = make_context(alice)
    context.sync = RecordingSync(_sync_status(make_core, people))
    window = MainWindow(context, [FakeChatsPane(context), *build_panes(context)])
    qtbot.addWidget(window)
    window.resize(1080, 720)
    window.show()
    contacts = window.panes["contacts"]
    me = window.panes["me"]
    locked = tmp_path / "locked"
    open_core(locked, "Alice", passphrase="dumplings").close()
    saved: list[Path] = []

    def shoot(widget: QWidget, name: str) -> None:
        settle(qtbot, context)
        saved.append(screenshot(widget, f"{mode}-{name}"))

    try:
        for mode in ("light", "dark", "zh_CN"):
            context.themes.apply("dark" if mode == "dark" else "light")
            context.translations.install("zh_CN" if mode == "zh_CN" else "en")
            qtbot.wait(30)
            window.show_pane("contacts")
            contacts.show_overview()  # type: ignore[attr-defined]
            shoot(window, "contacts")
            contacts.show_contact(people["Bob Smith"].me)
            shoot(window, "contact-detail")
            contacts.show_new_friends()
            shoot(window, "new-friends")
            contacts.show_nearby()
            shoot(window, "people-nearby")
            for pane in ("moments", "wallet", "miniprograms"):
                window.show_pane(pane)
                shoot(window, pane)
            window.show_pane("me")
            for section in ("profile", "security", "notifications", "appearance", "network"):
                me.show_section(section)  # type: ignore[attr-defined]
                shoot(window, f"me-{section}")

            window.show_pane("contacts")
            add = contacts.open_add_dialog()  # type: ignore[attr-defined]
            shoot(add, "add-contact")
            add.start_with_card_text(make_core(f"Frank {mode}").card().to_text())
            qtbot.waitUntil(lambda add=add: add.stack.currentWidget() is add.confirm)
            shoot(add, "add-contact-confirm")
            add.close()
            qr = contacts.open_my_qr()  # type: ignore[attr-defined]
            qtbot.waitUntil(qr.copy_button.isEnabled)
            shoot(qr, "my-qr-code")
            qr.close()
            safety = contacts.open_safety_dialog(people["Bob Smith"].me)  # type: ignore[attr-defined]
            qtbot.waitUntil(lambda safety=safety: bool(safety.number))
            shoot(safety, "safety-number")
            safety.close()
            tags = contacts.open_tags_dialog(people["Bob Smith"].me)  # type: ignore[attr-defined]
            shoot(tags, "tags")
            tags.close()

            first = FirstRunDialog(
                tmp_path / f"new-{mode}", context.runner, dark=mode == "dark",
                kdf=KdfParams.minimal(),
            )  # fmt: skip
            qtbot.addWidget(first)
            first.show()
            first.name.setText("Mei" if mode != "zh_CN" else "林梅")
            shoot(first, "first-run")
            first.close()
            unlock = UnlockDialog(locked, context.runner, dark=mode == "dark")
            qtbot.addWidget(unlock)
            unlock.show()
            shoot(unlock, "unlock")
            unlock.close()
    finally:
        context.translations.install("en")
        context.themes.apply("light")
    assert len(saved) == 3 * 19
    for path in saved:
        _not_blank(path)
