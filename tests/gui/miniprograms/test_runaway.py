"""A runaway app (an endless loop, a flood of updates) never freezes the GUI and is held back."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from core.miniprograms import UPDATE_BURST, LocalUpdateHub
from desktop.miniprograms import MiniProgramWindow
from tests.gui.miniprograms.conftest import js, js_await
from tests.gui.miniprograms.pages import tiny_package


class Ticks:
    """Counts turns of the GUI event loop (a timer that fires whenever the loop is free)."""

    def __init__(self) -> None:
        self.count = 0
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        self.count += 1


def test_an_endless_loop_is_noticed_and_stopped_while_the_gui_keeps_running(
    make_host, qtbot
) -> None:
    host = make_host(tiny_package(), "ann", LocalUpdateHub(), ping_ms=100)
    window = MiniProgramWindow(host)
    window.show()
    js(qtbot, host, "setTimeout(() => { for (;;) {} }, 50); 0")
    ticks = Ticks()
    with qtbot.waitSignal(host.unresponsive, timeout=60_000):
        pass
    at_unresponsive = ticks.count
    qtbot.waitUntil(lambda: ticks.count >= at_unresponsive + 20)  # the GUI still turns
    assert window.stop_button.isVisible()
    with qtbot.waitSignal(host.page.renderProcessTerminated, timeout=30_000):
        window.stop_button.click()
    assert window.notice.text() == "This mini-program was stopped."
    window.view.setPage(None)  # type: ignore[arg-type]
    ticks.timer.stop()


FLOOD = """
window.flood = {sent: 0, refused: 0, done: false};
(async () => {
  const sends = [];
  for (let i = 0; i < 20000; i++) {
    sends.push(webxdc.sendUpdate({payload: {i, pad: 'x'.repeat(100)}}, '')
      .then(() => { flood.sent++; }, () => { flood.refused++; }));
  }
  await Promise.all(sends);
  flood.done = true;
})();
0
"""


def test_an_update_flood_is_throttled_and_the_gui_keeps_running(make_host, qtbot) -> None:
    hub = LocalUpdateHub()
    package = tiny_package()
    ann = make_host(package, "ann", hub)
    ben = make_host(package, "ben", hub)
    refused: list[int] = []
    ann.throttled.connect(refused.append)
    ticks = Ticks()
    js(qtbot, ann, FLOOD)
    qtbot.waitUntil(lambda: js(qtbot, ann, "flood.done") is True, timeout=120_000)
    assert ticks.count > 0
    outcome = js_await(qtbot, ann, "flood")
    assert outcome["sent"] + outcome["refused"] == 20000
    assert outcome["refused"] > 0 and refused
    sent = ann.session.log.max_serial
    assert sent == outcome["sent"] < 20000
    assert sent >= UPDATE_BURST
    qtbot.waitUntil(lambda: ben.session.log.max_serial == sent)
    ticks.timer.stop()
