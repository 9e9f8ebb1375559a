"""window.hutong in a real app window over a real profile: storage that persists and keeps
its quota, capabilities declared in the manifest and granted by a native prompt, the
permissions menu and Me → Mini-programs."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QPushButton

from core.miniprograms import Capability
from desktop.me.miniprograms_page import MiniProgramsPage
from tests.gui.miniprograms.conftest import (
    answer_box,
    message_box,
    open_app,
    outcome,
)
from tests.gui.miniprograms.pages import declaring, xdc_bytes

MB = 1024 * 1024


def install(context, data: bytes) -> bytes:
    return context.core.miniprograms.install(data, "test.xdc").program_id


def test_storage_persists_across_a_reopen_and_keeps_its_quota(app_context, qtbot) -> None:
    program = install(app_context, declaring("Notes", "storage"))
    app_context.core.miniprograms.grant(program, Capability.STORAGE)
    window = open_app(qtbot, app_context, program)
    host = window.host
    assert outcome(qtbot, host, "hutong.storage.set('greeting', 'nǐ hǎo')") == {"value": None}
    assert outcome(qtbot, host, "hutong.storage.set('n', '42')") == {"value": None}
    assert outcome(qtbot, host, "hutong.storage.remove('n')") == {"value": None}
    window.close()

    again = open_app(qtbot, app_context, program)
    assert again is not window
    host = again.host
    assert outcome(qtbot, host, "hutong.storage.get('greeting')") == {"value": "nǐ hǎo"}
    assert outcome(qtbot, host, "hutong.storage.get('n')") == {"value": None}
    assert outcome(qtbot, host, "hutong.storage.keys()") == {"value": ["greeting"]}
    assert outcome(qtbot, host, "hutong.capabilities()") == {"value": ["storage"]}
    # One key over 1 MB is refused, and so is an 11th MB; what was there stays.
    big = outcome(qtbot, host, f"hutong.storage.set('big', 'x'.repeat({MB + 1}))")
    assert isinstance(big, dict) and big.get("code") == "quota", big
    for n in range(10):
        chunk = f"hutong.storage.set('chunk{n}', 'x'.repeat({MB - 64}))"
        assert outcome(qtbot, host, chunk) == {"value": None}, n
    over = outcome(qtbot, host, f"hutong.storage.set('chunk10', 'x'.repeat({MB - 64}))")
    assert isinstance(over, dict) and over.get("code") == "quota", over
    assert outcome(qtbot, host, "hutong.storage.get('greeting')") == {"value": "nǐ hǎo"}
    assert "chunk10" not in app_context.core.miniprograms.storage_keys(program)
    # Wrong types are refused as invalid.
    bad = outcome(qtbot, host, "hutong.storage.set('k', 5)")
    assert isinstance(bad, dict) and bad["code"] == "invalid"


def test_storage_runs_off_the_gui_thread_in_the_order_the_app_called(app_context, qtbot) -> None:
    """A write may wait for the database's write lock (sync storing a batch): it must not
    freeze the window, and a read made right after it, without waiting, still sees it."""
    program = install(app_context, declaring("Notes", "storage"))
    service = app_context.core.miniprograms
    service.grant(program, Capability.STORAGE)
    on_gui_thread: list[bool] = []
    write = service.storage_set

    def recording_write(program_id: bytes, key: str, value: str) -> None:
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        write(program_id, key, value)

    service.storage_set = recording_write
    try:
        window = open_app(qtbot, app_context, program)
        unawaited = (
            "(() => { const writes = [1, 2, 3].map(n => hutong.storage.set('n', String(n)));"
            " return hutong.storage.get('n').then(v => Promise.all(writes).then(() => v)); })()"
        )
        assert outcome(qtbot, window.host, unawaited) == {"value": "3"}
    finally:
        service.storage_set = write
    assert on_gui_thread == [False, False, False]


def test_an_undeclared_capability_is_refused_without_a_prompt(app_context, qtbot) -> None:
    program = install(app_context, xdc_bytes(manifest='name = "Plain"\n'))
    window = open_app(qtbot, app_context, program)
    for call in (
        "hutong.getProfile()",
        "hutong.storage.get('a')",
        "hutong.wallet.currencies()",
        "hutong.requestPayment('HUTONG:P1:x')",
        "hutong.shareToChat({title: 'x'})",
    ):
        answer = outcome(qtbot, window.host, call)
        assert isinstance(answer, dict) and answer["code"] == "not_declared", (call, answer)
        assert message_box(window, "hutongConsent") is None
    assert outcome(qtbot, window.host, "hutong.capabilities()") == {"value": []}
    assert app_context.core.miniprograms.granted(program) == frozenset()
    assert app_context.core.miniprograms.denied(program) == frozenset()


def test_a_declared_capability_prompts_and_a_denial_is_remembered(
    app_context, qtbot, screenshot
) -> None:
    program = install(app_context, declaring("Profile card", "profile", "storage"))
    window = open_app(qtbot, app_context, program)
    host = window.host
    js_call = "window.first = hutong.getProfile().then(v => v, e => ({code: e.code})); 0"
    from tests.gui.miniprograms.conftest import js, js_await

    js(qtbot, host, js_call)
    qtbot.waitUntil(lambda: message_box(window, "hutongConsent") is not None, timeout=20_000)
    screenshot(message_box(window, "hutongConsent"), "miniprogram-consent")
    question = answer_box(qtbot, window, "hutongConsent", yes=False)
    assert "Profile card" in question and "your name" in question
    assert js_await(qtbot, host, "window.first") == {"code": "denied"}
    # Remembered: refused at once, no second prompt.
    assert outcome(qtbot, host, "hutong.getProfile()")["code"] == "denied"  # type: ignore[index]
    assert message_box(window, "hutongConsent") is None
    assert Capability.PROFILE in app_context.core.miniprograms.denied(program)

    # The window's Permissions… lists what the manifest declares; ticking grants.
    dialog = window.show_permissions()
    boxes = {b.objectName(): b for b in dialog.findChildren(QCheckBox)}
    assert set(boxes) == {"permission-storage", "permission-profile"}
    assert not boxes["permission-profile"].isChecked()
    boxes["permission-profile"].click()
    screenshot(dialog, "miniprogram-permissions")
    dialog.close()
    assert Capability.PROFILE in app_context.core.miniprograms.granted(program)
    me = app_context.core
    assert outcome(qtbot, host, "hutong.getProfile()") == {
        "value": {"name": me.name, "addr": me.miniprograms.self_addr()}
    }
    assert outcome(qtbot, host, "hutong.capabilities()") == {"value": ["profile"]}
    screenshot(window, "miniprogram-window")


def test_allowed_shows_in_settings_and_a_revoke_asks_again(app_context, qtbot, screenshot) -> None:
    program = install(app_context, declaring("Keeper", "storage"))
    window = open_app(qtbot, app_context, program)
    host = window.host
    from tests.gui.miniprograms.conftest import js, js_await

    js(qtbot, host, "window.saved = hutong.storage.set('a', 'b').then(() => 'ok'); 0")
    question = answer_box(qtbot, window, "hutongConsent", yes=True)
    assert "Keeper" in question
    assert js_await(qtbot, host, "window.saved") == "ok"
    assert app_context.core.miniprograms.granted(program) == {Capability.STORAGE}

    page = MiniProgramsPage(app_context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: (program, Capability.STORAGE) in page.rows, timeout=20_000)
    page.resize(700, 500)
    screenshot(page, "miniprogram-settings")
    revoke = page.rows[(program, Capability.STORAGE)]
    qtbot.mouseClick(revoke, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not app_context.core.miniprograms.granted(program), timeout=20_000)

    # Revoked: the next use asks again, and a "Deny" refuses it.
    js(qtbot, host, "window.again = hutong.storage.get('a').then(v => v, e => e.code); 0")
    answer_box(qtbot, window, "hutongConsent", yes=False)
    assert js_await(qtbot, host, "window.again") == "denied"

    # Clear storage empties it.
    qtbot.waitUntil(lambda: program in page.clear_buttons, timeout=20_000)
    qtbot.waitUntil(lambda: page.clear_buttons[program].isEnabled(), timeout=20_000)  # noqa: PLW0108 (the button is replaced on refresh)
    qtbot.mouseClick(page.clear_buttons[program], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: app_context.core.miniprograms.storage_used(program) == 0, timeout=20_000
    )


def test_calls_waiting_on_one_prompt_share_its_answer(app_context, qtbot) -> None:
    program = install(app_context, declaring("Many", "storage"))
    window = open_app(qtbot, app_context, program)
    from tests.gui.miniprograms.conftest import js, js_await

    js(
        qtbot,
        window.host,
        "window.all = Promise.all([1, 2, 3].map(i => hutong.storage.set('k' + i, 'v')"
        ".then(() => 'ok', e => e.code))); 0",
    )
    answer_box(qtbot, window, "hutongConsent", yes=True)
    assert js_await(qtbot, window.host, "window.all") == ["ok", "ok", "ok"]
    assert len(window.findChildren(QPushButton, "hutongConsentYes")) <= 1
