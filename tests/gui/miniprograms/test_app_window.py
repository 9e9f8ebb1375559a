"""An app window's own dialogs: importFiles opens on the app's window at home, sendToChat
posts only after a native confirmation that names the app and the chat, the hutong share
and payment calls go through native dialogs too."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from core.miniprograms import Capability
from tests.gui.miniprograms.conftest import answer_box, js, js_await, open_app, outcome
from tests.gui.miniprograms.pages import declaring, xdc_bytes


def install(context, data: bytes) -> bytes:
    return context.core.miniprograms.install(data, "test.xdc").program_id


def texts_in(context, conversation: str) -> list[str]:
    return [m.text for m in context.core.chat.history(conversation)]


def test_import_files_opens_on_the_app_window_at_home(app_context, qtbot) -> None:
    window = open_app(qtbot, app_context, install(app_context, xdc_bytes()))
    js(
        qtbot,
        window.host,
        "window.got = null; webxdc.importFiles({}).then(f => { got = f.length; }); 0",
    )
    qtbot.waitUntil(lambda: window.findChild(QFileDialog) is not None, timeout=20_000)
    dialog = window.findChild(QFileDialog)
    assert dialog.parent() is window and dialog.isModal()
    assert Path(dialog.directory().absolutePath()) == Path.home()
    dialog.reject()
    assert js_await(qtbot, window.host, "new Promise(r => setTimeout(() => r(window.got), 0))") == 0


def test_send_to_chat_posts_only_after_a_confirmation(app_context, qtbot) -> None:
    group = app_context.core.groups.create("Lunch crew", [])
    program = install(app_context, xdc_bytes(manifest='name = "Scores"\n'))
    window = open_app(qtbot, app_context, program, group)
    js(qtbot, window.host, "webxdc.sendToChat({text: 'Final score: 3-2'}); 0")
    question = answer_box(qtbot, window, "sendToChatConfirm", yes=False)
    assert "Scores" in question and "Lunch crew" in question and "Final score: 3-2" in question
    js(qtbot, window.host, "webxdc.sendToChat({text: 'Final score: 4-2'}); 0")
    answer_box(qtbot, window, "sendToChatConfirm", yes=True)
    qtbot.waitUntil(lambda: "Final score: 4-2" in texts_in(app_context, group), timeout=20_000)
    assert "Final score: 3-2" not in texts_in(app_context, group)


def test_a_payment_request_that_is_not_one_is_refused_before_any_dialog(app_context, qtbot) -> None:
    program = install(app_context, declaring("Shop", "payment"))
    app_context.core.miniprograms.grant(program, Capability.PAYMENT)
    window = open_app(qtbot, app_context, program)
    answer = outcome(qtbot, window.host, "hutong.requestPayment('HUTONG:P1:not-a-request')")
    assert isinstance(answer, dict) and answer["code"] in ("invalid", "unavailable"), answer
    bad = outcome(qtbot, window.host, "hutong.createPaymentRequest({currency: 'zz', amount: 5})")
    assert isinstance(bad, dict) and bad["code"] == "invalid"
    assert outcome(qtbot, window.host, "hutong.wallet.currencies()") == {"value": []}


def test_an_app_speaks_the_language_chosen_in_hutong(app_context, qtbot) -> None:
    app_context.translations.install("zh_CN")
    try:
        window = open_app(qtbot, app_context, install(app_context, xdc_bytes()))
        assert js(qtbot, window.host, "navigator.language") == "zh-CN"
    finally:
        app_context.translations.install("en")
