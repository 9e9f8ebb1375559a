"""Blobs within one session: answer the peer's requests, fetch our missing blobs from it.

Serving: BLOB_WANT and CHUNK_WANT wait in a queue with one entry per distinct request (a
repeat while the first waits is merged into it), bounded by
``SessionLimits.pending_blob_requests``; a peer that keeps more waiting is flooding.

Fetching: for each blob referenced by what we hold and do not have, one BLOB_WANT; a
non-empty manifest is followed by CHUNK_WANTs, at most ``CHUNK_WINDOW`` outstanding. Only
chunks we asked for and still await are kept, so at most ``CHUNK_WINDOW`` chunks wait here.
One fetch runs at a time per session, and ``BlobClaims`` keeps two sessions from fetching the
same blob at once.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from core.errors import InvalidInput
from sync.errors import PeerMisbehaved
from sync.replication.limits import QueuePeaks, SessionLimits
from sync.replication.port import Replica
from sync.replication.wire import BlobManifest, BlobWant, Chunk, ChunkWant, Message

Blocking = Callable[..., Awaitable[Any]]
Send = Callable[[Message], Awaitable[None]]
BlobRequest = BlobWant | ChunkWant
CHUNK_WINDOW = 4
BLOB_TIMEOUT = 30.0
BLOB_RETRY = 10.0
FORGET_LACKING_ROUNDS = 6  # idle rounds of BLOB_RETRY before asking again for what it lacked


class BlobClaims:
    """Which blobs some session is fetching right now (one fetch per blob across peers)."""

    def __init__(self) -> None:
        self._claimed: set[bytes] = set()

    def claim(self, blob_id: bytes) -> bool:
        if blob_id in self._claimed:
            return False
        self._claimed.add(blob_id)
        return True

    def release(self, blob_id: bytes) -> None:
        self._claimed.discard(blob_id)


class _Fetch:
    """The blob being fetched: chunk indexes asked for and not yet answered, and the answers."""

    def __init__(self, blob_id: bytes) -> None:
        self.blob_id = blob_id
        self.awaited: set[int] = set()
        self.arrived: asyncio.Queue[Chunk] = asyncio.Queue()


class BlobExchange:
    """The blob half of a session; the session feeds it messages and runs its two loops."""

    def __init__(
        self,
        replica: Replica,
        blocking: Blocking,
        send: Send,
        claims: BlobClaims,
        limits: SessionLimits,
        peaks: QueuePeaks,
    ) -> None:
        self._replica = replica
        self._blocking = blocking
        self._send = send
        self._claims = claims
        self._limits = limits
        self._peaks = peaks
        self._requests: asyncio.Queue[BlobRequest] = asyncio.Queue()
        self._pending: set[BlobRequest] = set()
        self._wake = asyncio.Event()
        self._manifest: tuple[bytes, asyncio.Future[bytes]] | None = None
        self._fetch: _Fetch | None = None
        self._lacking: set[bytes] = set()  # blobs this peer said it does not have

    @property
    def pending_requests(self) -> int:
        return len(self._pending)

    def wake(self) -> None:
        """What we hold changed: look for missing blobs again."""
        self._wake.set()

    # -- messages from the peer ----------------------------------------------------------------

    def requested(self, request: BlobRequest) -> None:
        """Queue a BLOB_WANT or CHUNK_WANT; raises PeerMisbehaved when the peer floods."""
        if request in self._pending:
            return
        if len(self._pending) >= self._limits.pending_blob_requests:
            raise PeerMisbehaved(
                f"kept more than {self._limits.pending_blob_requests} blob requests waiting"
            )
        self._pending.add(request)
        self._requests.put_nowait(request)
        self._peaks.pending_blob_requests = max(
            self._peaks.pending_blob_requests, len(self._pending)
        )

    def manifest_arrived(self, message: BlobManifest) -> None:
        if self._manifest is not None and self._manifest[0] == message.blob_id:
            waiter = self._manifest[1]
            if not waiter.done():
                waiter.set_result(message.manifest)

    def chunk_arrived(self, message: Chunk) -> None:
        fetch = self._fetch
        # Only a chunk asked for and still awaited is kept; anything else is dropped.
        if (
            fetch is not None
            and fetch.blob_id == message.blob_id
            and message.index in fetch.awaited
        ):
            fetch.awaited.discard(message.index)
            fetch.arrived.put_nowait(message)

    # -- serving -------------------------------------------------------------------------------

    async def serve_loop(self) -> None:
        while True:
            request = await self._requests.get()
            self._pending.discard(request)
            if isinstance(request, BlobWant):
                manifest = await self._blocking(self._replica.blob_manifest, request.blob_id)
                await self._send(BlobManifest(request.blob_id, manifest or b""))
            else:
                data = await self._blocking(
                    self._replica.blob_chunk, request.blob_id, request.index
                )
                await self._send(Chunk(request.blob_id, request.index, data or b""))

    # -- fetching ------------------------------------------------------------------------------

    async def fetch_loop(self, greeted: Callable[[], bool]) -> None:
        idle_rounds = 0
        while True:
            # asyncio.timeout, not wait_for: on Python 3.11 wait_for swallows a cancel that
            # arrives as the wait completes, and the session could then never end.
            try:
                async with asyncio.timeout(BLOB_RETRY):
                    await self._wake.wait()
            except TimeoutError:
                idle_rounds += 1
                if idle_rounds % FORGET_LACKING_ROUNDS == 0:
                    self._lacking.clear()  # the peer may have received them meanwhile
            self._wake.clear()
            if not greeted():
                continue
            for blob_id in await self._blocking(self._replica.missing_blobs):
                if blob_id in self._lacking or not self._claims.claim(blob_id):
                    continue
                try:
                    await self._fetch_blob(blob_id)
                finally:
                    self._claims.release(blob_id)

    async def _fetch_blob(self, blob_id: bytes) -> None:
        manifest = await self._ask_manifest(blob_id)
        if not manifest:
            self._lacking.add(blob_id)
            return
        try:
            missing = await self._blocking(self._replica.blob_begin, blob_id, manifest)
        except InvalidInput as exc:
            raise PeerMisbehaved(f"sent a manifest that does not match its blob: {exc}") from exc
        fetch = _Fetch(blob_id)
        self._fetch = fetch
        try:
            pending = list(missing)
            in_flight = 0  # asked for and not yet taken from fetch.arrived
            while pending or in_flight:
                while pending and in_flight < CHUNK_WINDOW:
                    index = pending.pop(0)
                    fetch.awaited.add(index)
                    in_flight += 1
                    await self._send(ChunkWant(blob_id, index))
                async with asyncio.timeout(BLOB_TIMEOUT):
                    chunk = await fetch.arrived.get()
                in_flight -= 1
                if not chunk.data:
                    self._lacking.add(blob_id)
                    return
                try:
                    await self._blocking(self._replica.blob_write, blob_id, chunk.index, chunk.data)
                except InvalidInput as exc:
                    raise PeerMisbehaved(f"sent a blob chunk that does not match: {exc}") from exc
        except TimeoutError:
            self._lacking.add(blob_id)
        finally:
            self._fetch = None

    async def _ask_manifest(self, blob_id: bytes) -> bytes:
        """The peer's manifest of a blob; empty when it lacks it or does not answer in time."""
        waiter: asyncio.Future[bytes] = asyncio.get_running_loop().create_future()
        self._manifest = (blob_id, waiter)
        try:
            await self._send(BlobWant(blob_id))
            async with asyncio.timeout(BLOB_TIMEOUT):
                return await waiter
        except TimeoutError:
            return b""
        finally:
            self._manifest = None
