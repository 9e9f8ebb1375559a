"""One member's running app instance, without a GUI: what the JS bridge calls into.

The bridge passes the app's arguments through as text; every method validates them, answers
with a value or an :class:`UpdateRefused`, and never changes anything when it refuses.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from core.miniprograms.errors import UpdateRefused
from core.miniprograms.limits import MAX_SENT_BYTES
from core.miniprograms.throttle import UpdateThrottle
from core.miniprograms.transport import UpdateTransport
from core.miniprograms.update_log import UpdateLog
from core.miniprograms.updates import AppUpdate, DeliveredUpdate, parse_sent_update

#: Updates handed to the app per ``updates_since`` call; the shim asks again for the rest.
MAX_UPDATES_PER_BATCH = 100
MAX_SERIAL_TEXT = 20


class AppSession:
    """Sends the app's updates (throttled), receives the others' (causally ordered) and tells
    ``on_new_updates`` when the app has something to fetch."""

    def __init__(
        self,
        self_addr: str,
        transport: UpdateTransport,
        *,
        throttle: UpdateThrottle | None = None,
        on_new_updates: Callable[[], None] = lambda: None,
    ) -> None:
        self.log = UpdateLog(self_addr)
        self.throttle = throttle or UpdateThrottle()
        self.on_new_updates = on_new_updates
        self.sent_bytes = 0
        self._transport = transport
        self._stop_listening = transport.listen(self.receive)

    def send(self, text: str, now_ms: int) -> DeliveredUpdate:
        """``webxdc.sendUpdate``: validate, deliver locally, hand to the transport."""
        if not isinstance(text, str):
            raise UpdateRefused("an update must be JSON text")
        body = parse_sent_update(text)  # before the throttle: junk costs no tokens
        size = len(body.payload_json)  # ASCII: characters are bytes
        if self.sent_bytes + size > MAX_SENT_BYTES:
            raise UpdateRefused("this mini-program has sent all the data it may send here")
        if not self.throttle.admit(now_ms, size):
            raise UpdateRefused("too many updates: this mini-program is sending too fast")
        self.sent_bytes += size
        update = self.log.compose(body)
        [delivered] = self.log.accept(update)
        self._transport.send(update)
        self.on_new_updates()
        return delivered

    def receive(self, update: AppUpdate) -> None:
        """An update in any order, delivered once its context is here. Our own updates come
        back when the app is opened again (replayed history); echoes are duplicates."""
        if self.log.accept(update):
            self.on_new_updates()

    def updates_since(self, serial_text: str) -> list[DeliveredUpdate]:
        """``setUpdateListener``/``getAllUpdates``: the next batch after ``serial``."""
        serial = parse_serial(serial_text)
        return self.log.since(serial)[:MAX_UPDATES_PER_BATCH]

    def updates_json(self, serial_text: str) -> str:
        items = ",".join(d.to_json() for d in self.updates_since(serial_text))
        return f"[{items}]"

    def close(self) -> None:
        self._stop_listening()


def parse_serial(text: object) -> int:
    if isinstance(text, int) and not isinstance(text, bool):
        return max(text, 0)
    if not isinstance(text, str) or len(text) > MAX_SERIAL_TEXT:
        raise UpdateRefused("a serial must be a whole number")
    try:
        value = json.loads(text) if text else 0
    except ValueError:
        raise UpdateRefused("a serial must be a whole number") from None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if not isinstance(value, int) or isinstance(value, bool):
        raise UpdateRefused("a serial must be a whole number")
    return max(value, 0)
