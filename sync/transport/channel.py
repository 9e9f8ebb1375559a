"""SecureChannel: application messages over an established Noise session on a TCP stream.

One reader task per channel reads frames as they come, opens them, and reassembles messages
into an inbox; `receive()` takes from the inbox. When the inbox holds a full message's worth
of bytes (`max_message_size`) or 1024 messages, the reader stops reading, so TCP pushes back
on the sender. A keepalive task pings when we are quiet and gives up on a silent peer.

Any failure, on either side, ends the channel for good: `receive()` and `send()` then raise
the reason (a `TransportError`), after `receive()` has handed out what was already received.
A failed channel drops its TCP connection at once; an orderly close flushes the CLOSE record
and drops the connection after `CLOSE_GRACE` seconds if the peer will not read it. Either
way a `send()` blocked on a peer that stopped reading returns (raising), so nothing waits
on a closed channel forever.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import deque
from types import TracebackType

from sync.transport.clock import LoopClock, MonotonicClock
from sync.transport.config import ChannelConfig
from sync.transport.errors import (
    ChannelClosed,
    ConnectionLost,
    KeepaliveTimeout,
    TransportError,
)
from sync.transport.framing import encode_frame, read_frame
from sync.transport.handshake import HandshakeResult, PeerIdentity
from sync.transport.keepalive import LivenessTimer
from sync.transport.record_cipher import RecordCipher
from sync.transport.records import (
    CLOSE_RECORD,
    PING_RECORD,
    Control,
    MessageReassembler,
    encode_message_records,
)

_logger = logging.getLogger(__name__)

_MAX_INBOX_MESSAGES = 1024
"""Messages buffered before the reader stops reading (bytes are bounded separately)."""

CLOSE_GRACE = 5.0
"""Seconds an orderly close waits for what is still buffered (the CLOSE record) to leave."""


class SecureChannel:
    """An authenticated, encrypted, message-oriented channel to one proven peer."""

    def __init__(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        handshake: HandshakeResult,
        *,
        config: ChannelConfig,
        clock: MonotonicClock | None = None,
    ) -> None:
        """Take over a stream whose handshake just completed (see `open_secure_channel`)."""
        self._reader = reader
        self._writer = writer
        self._peer = handshake.peer
        self._handshake_hash = handshake.transport.handshake_hash
        self._config = config
        self._clock = clock or LoopClock()
        self._cipher = RecordCipher(handshake.transport, config.rekey_interval)
        self._reassembler = MessageReassembler(config.max_message_size)
        self._inbox: deque[bytes] = deque()
        self._inbox_bytes = 0
        self._readable = asyncio.Event()
        self._has_room = asyncio.Event()
        self._has_room.set()
        self._reader_paused = False
        self._close_reason: TransportError | None = None
        self._abort_later: asyncio.TimerHandle | None = None
        self._timer: LivenessTimer | None = None
        self._tasks: list[asyncio.Task[None]] = [
            asyncio.create_task(self._read_loop(), name="hutong-channel-reader")
        ]
        if config.keepalive_interval is not None:
            self._timer = LivenessTimer(config.keepalive_interval, now=self._clock.now())
            self._tasks.append(
                asyncio.create_task(self._keepalive_loop(), name="hutong-channel-keepalive")
            )

    # -- public surface -------------------------------------------------------------------

    @property
    def peer(self) -> PeerIdentity:
        """The proven identity of the other side."""
        return self._peer

    @property
    def handshake_hash(self) -> bytes:
        """The Noise handshake hash: identical on both ends, unique to this session."""
        return self._handshake_hash

    @property
    def is_closed(self) -> bool:
        """Whether the channel has ended (for any reason)."""
        return self._close_reason is not None

    @property
    def close_reason(self) -> TransportError | None:
        """Why the channel ended, or None while it is open."""
        return self._close_reason

    async def send(self, data: bytes) -> None:
        """Send one application message (up to `max_message_size` bytes)."""
        if len(data) > self._config.max_message_size:
            raise ValueError(
                f"message of {len(data)} bytes exceeds max_message_size "
                f"({self._config.max_message_size})"
            )
        self._raise_if_closed()
        # All records of a message are written without yielding, so nothing interleaves.
        try:
            for record in encode_message_records(data):
                self._write_record(record)
        except TransportError as exc:
            self._shutdown(exc)
            raise
        try:
            await self._writer.drain()
        except OSError as exc:
            self._shutdown(ConnectionLost(f"stream failed while sending: {exc}"))
        self._raise_if_closed()

    async def receive(self) -> bytes:
        """The next application message; raises the close reason once the channel has ended."""
        while True:
            if self._inbox:
                message = self._inbox.popleft()
                self._inbox_bytes -= len(message)
                if not self._inbox_full():
                    self._has_room.set()
                return message
            self._raise_if_closed()
            self._readable.clear()
            await self._readable.wait()

    def close(self) -> None:
        """End the channel: tell the peer (close record), stop the tasks, close the stream."""
        self._inbox.clear()
        self._inbox_bytes = 0
        self._shutdown(ChannelClosed("the channel was closed locally"), notify_peer=True)

    async def wait_closed(self) -> None:
        """Wait until the tasks have stopped and the socket is closed."""
        await asyncio.gather(*self._tasks, return_exceptions=True)
        with contextlib.suppress(OSError):
            await self._writer.wait_closed()
        if self._abort_later is not None:
            self._abort_later.cancel()

    async def aclose(self) -> None:
        """`close()`, then `wait_closed()`."""
        self.close()
        await self.wait_closed()

    async def __aenter__(self) -> SecureChannel:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()

    # -- internals ------------------------------------------------------------------------

    def _raise_if_closed(self) -> None:
        if self._close_reason is not None:
            raise self._close_reason

    def _write_record(self, record: bytes) -> None:
        self._writer.write(encode_frame(self._cipher.seal(record)))
        if self._timer is not None:
            self._timer.note_sent(self._clock.now())

    def _shutdown(self, reason: TransportError, *, notify_peer: bool = False) -> None:
        if self._close_reason is not None:
            return
        self._close_reason = reason
        if notify_peer and not self._writer.is_closing():
            with contextlib.suppress(TransportError):
                self._write_record(CLOSE_RECORD)
        self._writer.close()  # flushes what is buffered (the close record), then closes
        transport = self._writer.transport
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # closed from outside the loop: nothing can flush any more
            loop = None
        if isinstance(reason, ChannelClosed) and loop is not None:
            # A peer that never reads would keep the socket (and a blocked send) forever.
            self._abort_later = loop.call_later(CLOSE_GRACE, transport.abort)
        else:
            transport.abort()  # broken or hostile: nothing left to say
        current = asyncio.current_task()
        for task in self._tasks:
            if task is not current:
                task.cancel()
        self._readable.set()
        self._has_room.set()

    async def _read_loop(self) -> None:
        try:
            while True:
                frame = await read_frame(self._reader)
                if self._timer is not None:
                    self._timer.note_received(self._clock.now())
                event = self._reassembler.feed(self._cipher.open(frame))
                if event is Control.CLOSE:
                    self._shutdown(ChannelClosed("the peer closed the channel"))
                    return
                if isinstance(event, bytes):
                    await self._deliver(event)
        except TransportError as exc:
            self._shutdown(exc)
        except Exception:
            self._fail_internally("reader")

    async def _deliver(self, message: bytes) -> None:
        self._inbox.append(message)
        self._inbox_bytes += len(message)
        self._readable.set()
        if self._inbox_full():
            self._has_room.clear()
            self._reader_paused = True
            try:
                await self._has_room.wait()
            finally:
                self._reader_paused = False

    def _inbox_full(self) -> bool:
        return len(self._inbox) >= _MAX_INBOX_MESSAGES or self._inbox_bytes >= max(
            1, self._config.max_message_size
        )

    def _fail_internally(self, task: str) -> None:
        # A bug, not the peer's fault: log it, and never leave receive() waiting forever.
        _logger.exception("secure channel %s failed", task)
        self._shutdown(ChannelClosed(f"the channel's {task} failed; see the log"))

    async def _keepalive_loop(self) -> None:
        timer = self._timer
        assert timer is not None
        try:
            while True:
                now = self._clock.now()
                if self._reader_paused:
                    timer.note_received(now)  # we stopped reading, the peer did not go quiet
                if timer.peer_silent(now):
                    self._shutdown(
                        KeepaliveTimeout(f"nothing from the peer for {timer.silence_limit:g} s")
                    )
                    return
                if timer.ping_due(now):
                    self._write_record(PING_RECORD)
                await self._clock.sleep(max(0.0, timer.next_deadline() - self._clock.now()))
        except TransportError as exc:
            self._shutdown(exc)
        except Exception:
            self._fail_internally("keepalive")
