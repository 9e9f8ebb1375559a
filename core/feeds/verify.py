"""Signature verification on every core, pipelined with the caller's work.

libsodium releases the GIL, so a thread pool verifies chunks in parallel while the ingesting
thread classifies and inserts earlier chunks. Small batches are verified inline: a pool round
trip costs more than a few signatures.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor

from core.feeds.event import Event, signature_is_valid

_INLINE_BELOW = 64


def _verify_chunk(events: Sequence[Event]) -> list[bool]:
    return [signature_is_valid(event.raw, event.author) for event in events]


class _Verdicts:
    """Verification results in submission order; unconsumed work is cancelled when dropped."""

    def __init__(self, futures: list[tuple[Sequence[Event], Future[list[bool]]]]) -> None:
        self._futures = futures

    def __iter__(self) -> Iterator[tuple[Sequence[Event], list[bool]]]:
        try:
            for chunk, future in self._futures:
                yield chunk, future.result()
        finally:
            for _, future in self._futures:
                future.cancel()


class SignatureVerifier:
    """Verifies event signatures in chunks, in order, using ``threads`` worker threads."""

    def __init__(self, threads: int | None = None, chunk_size: int = 1024) -> None:
        self._threads = threads or max(1, os.cpu_count() or 1)
        self._chunk_size = chunk_size
        self._pool: ThreadPoolExecutor | None = None

    def _executor(self) -> ThreadPoolExecutor:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(self._threads, thread_name_prefix="hutong-verify")
        return self._pool

    def verify_in_chunks(
        self, events: Sequence[Event]
    ) -> Iterator[tuple[Sequence[Event], list[bool]]]:
        """Yield ``(chunk, verdicts)`` in order; later chunks verify while the caller works."""
        return iter(self.submit(events))

    def submit(self, events: Sequence[Event]) -> Iterable[tuple[Sequence[Event], list[bool]]]:
        """Start verifying now; iterate the result for ``(chunk, verdicts)`` in order.

        Submitting before taking the database's write lock lets a batch verify while another
        thread still holds the lock (folding the previous batch, for instance).
        """
        if len(events) < _INLINE_BELOW:
            return [(events, _verify_chunk(events))] if events else []
        # Small pieces: both workers start at once, and the caller can classify and insert
        # the first pieces while the rest are still being verified.
        piece = max(_INLINE_BELOW, min(256, self._chunk_size // 2))
        pool = self._executor()
        futures = [
            (
                events[start : start + piece],
                pool.submit(_verify_chunk, events[start : start + piece]),
            )
            for start in range(0, len(events), piece)
        ]
        return _Verdicts(futures)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
