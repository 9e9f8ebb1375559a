"""The numbers a mini-program lives within (documented in docs/miniprograms.md)."""

from __future__ import annotations

from typing import Final

#: The webxdc API level this Hutong implements; a manifest's ``min_api`` above it is refused.
API_LEVEL: Final = 1

MAX_PACKAGE_BYTES: Final = 2 * 1024 * 1024
MAX_ENTRIES: Final = 1000
MAX_UNPACKED_BYTES: Final = 24 * 1024 * 1024
MAX_FILE_BYTES: Final = 8 * 1024 * 1024
#: Compression ratio above which a large entry is treated as a zip bomb. Small entries (text
#: full of spaces) may compress better than this and are harmless under the other caps.
MAX_COMPRESSION_RATIO: Final = 100
RATIO_CHECKED_ABOVE_BYTES: Final = 64 * 1024
MAX_MANIFEST_BYTES: Final = 64 * 1024
MAX_NAME_CHARS: Final = 100
MAX_PATH_CHARS: Final = 255

#: ``window.webxdc.sendUpdateMaxSize``: the largest update (JSON text, UTF-8 bytes).
MAX_UPDATE_BYTES: Final = 128_000
#: ``window.webxdc.sendUpdateInterval`` in milliseconds: how often an app should send at most.
UPDATE_INTERVAL_MS: Final = 1_000
#: How many updates an app instance may send in a burst, and the refill per second after it.
UPDATE_BURST: Final = 60
UPDATES_PER_SECOND: Final = 20
#: The same for the bytes of their payloads: a burst of 1 MB, then 64 KB per second.
UPDATE_BYTES_BURST: Final = 1024 * 1024
UPDATE_BYTES_PER_SECOND: Final = 64 * 1024
#: All the update bytes one member may send in one app instance.
MAX_SENT_BYTES: Final = 32 * 1024 * 1024
#: Updates from peers held back while waiting for the updates they answer.
MAX_PENDING_UPDATES: Final = 10_000
#: Events of one member's feed of one instance that the others store and relay (its first
#: ones; enforced by sync, see ``FeedAccess.max_seq``). The same number as the updates the
#: fold keeps per member; the byte cap (``fold.MAX_MEMBER_BYTES``) stays the fold's alone.
MAX_MEMBER_EVENTS: Final = 100_000
