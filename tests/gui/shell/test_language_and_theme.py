"""Settings switch the theme and the language live; both translations are complete."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop import i18n_build
from desktop.app import build_panes
from desktop.context import AppContext
from desktop.me import MePane
from desktop.shell.main_window import MainWindow
from tests.gui.shell.fakes import settle

ROOT = Path(__file__).resolve().parents[3]
TRANSLATIONS = ROOT / "resources" / "translations"
MINE = [
    "shell", "widgets", "onboarding", "contacts", "me", "qr", "notify", "chats", "moments", "people",
    "miniprograms", "wallet",
]  # fmt: skip


@pytest.fixture(scope="module", autouse=True)
def compiled_translations() -> None:
    i18n_build.build()


def window_with_me(qtbot: QtBot, context: AppContext) -> tuple[MainWindow, MePane]:
    window = MainWindow(context, build_panes(context))
    qtbot.addWidget(window)
    window.show()
    me = window.panes["me"]
    assert isinstance(me, MePane)
    return window, me


def test_switching_to_chinese_translates_the_rail_and_panes_live(
    qtbot: QtBot, alice_context: AppContext
) -> None:
    window, me = window_with_me(qtbot, alice_context)
    contacts = window.panes["contacts"]
    assert window.rail.button("contacts").toolTip() == "Contacts"
    window.show_pane("me")
    me.show_section("appearance")
    page = me.appearance
    qtbot.mouseClick(page.language_buttons["zh_CN"], Qt.MouseButton.LeftButton)
    assert alice_context.settings.language == "zh_CN"
    qtbot.waitUntil(lambda: window.rail.button("contacts").toolTip() == "通讯录")  # posted event
    tooltips = [b.toolTip() for b in window.rail.buttons()]
    assert tooltips == ["聊天", "通讯录", "朋友圈", "钱包", "小程序", "我"]
    assert contacts.new_friends_entry.text() == "新的朋友"  # type: ignore[attr-defined]
    assert contacts.search.placeholderText() == "搜索"  # type: ignore[attr-defined]
    assert page.header.title.text() == "外观"
    assert page.theme_buttons["dark"].text() == "深色"
    assert window.panes["wallet"].header.title.text() == "钱包"  # type: ignore[attr-defined]
    assert window.windowTitle() == "Alice"  # Qt appends the display name, in Chinese
    assert QGuiApplication.applicationDisplayName() == window.tr("Hutong")

    qtbot.mouseClick(page.language_buttons["fr"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.rail.button("wallet").toolTip() == "Portefeuille")
    assert contacts.nearby_entry.text() == "Personnes à proximité"  # type: ignore[attr-defined]
    qtbot.mouseClick(page.language_buttons["en"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.rail.button("contacts").toolTip() == "Contacts")
    assert alice_context.settings.language == "en"
    settle(qtbot, alice_context)


def test_choosing_dark_restyles_everything_and_is_remembered(
    qtbot: QtBot, alice_context: AppContext, qapp: QApplication
) -> None:
    _window, me = window_with_me(qtbot, alice_context)
    me.show_section("appearance")
    page = me.appearance
    qtbot.mouseClick(page.theme_buttons["dark"], Qt.MouseButton.LeftButton)
    assert alice_context.themes.effective == "dark"
    assert alice_context.settings.theme == "dark"
    assert "#17181a" in qapp.styleSheet()
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == "#1e1f22"
    qtbot.mouseClick(page.theme_buttons["light"], Qt.MouseButton.LeftButton)
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == "#f5f5f5"
    assert alice_context.settings.theme == "light"


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


@pytest.mark.parametrize("language", ["zh_CN", "fr"])
def test_every_message_is_translated_and_keeps_its_placeholders(language: str) -> None:
    path = TRANSLATIONS / f"hutong_{language}.ts"
    messages = _messages(path)
    assert len(messages) > 250
    assert 'type="unfinished"' not in path.read_text("utf-8")
    for context, source, message in messages:
        translation = message.find("translation")
        assert translation is not None
        forms = translation.findall("numerusform") or [translation]
        for form in forms:
            text = form.text or ""
            assert text.strip(), f"{language} {context}: {source!r} is empty"
            wanted = sorted(set(re.findall(r"%\d", source)))
            assert sorted(set(re.findall(r"%\d", text))) == wanted, (language, source, text)


def test_the_translation_files_cover_every_string_of_these_panes(tmp_path: Path) -> None:
    files = sorted(str(p) for folder in MINE for p in (ROOT / "desktop" / folder).rglob("*.py"))
    files += [str(ROOT / "desktop" / "runner.py"), str(ROOT / "desktop" / "core_errors.py")]
    fresh = tmp_path / "fresh.ts"
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(tool), *files, "-ts", str(fresh)], check=True, capture_output=True)
    wanted = {(c, s) for c, s, _m in _messages(fresh)}
    for language in ("zh_CN", "fr"):
        have = {(c, s) for c, s, _m in _messages(TRANSLATIONS / f"hutong_{language}.ts")}
        assert wanted - have == set(), f"run lupdate and translate ({language})"


def test_opening_the_window_keeps_the_language_it_was_started_in(
    qtbot: QtBot, alice_context: AppContext
) -> None:
    alice_context.translations.install("fr")  # e.g. hutong --language fr, nothing saved
    assert alice_context.settings.language == ""
    window, me = window_with_me(qtbot, alice_context)
    qtbot.wait(20)
    assert alice_context.translations.language == "fr"
    assert window.rail.button("wallet").toolTip() == "Portefeuille"
    assert me.appearance.language_buttons[""].isChecked()
