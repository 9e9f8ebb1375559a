"""Wallet figure: cleared transfers per second through a clearer node over Noise.

The payer is a ``hutong node`` process holding N signed transfer intents (sealed to the
clearer, 1 unit each, from a balance of N). The clearer is the node's composition in this
process (a Core, sync over Noise/TCP, the node's clearing loop), so its work can be timed by
its own change records: from the first of the payer's intents stored to the clearing record
of the last one written (every one of them cleared, none refused). The limit beside it is
the bare ``Clearer`` deciding as many transfers with nothing around it (bench/wallet_limit.py).
"""

from __future__ import annotations

import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path

from core.changes import Change, FeedAppended
from core.clock import SystemClock
from core.crypto import KdfParams
from core.facade import Core
from core.feeds import feed_id_for
from core.ids import PublicKey
from core.local_replica import LocalReplica
from core.peer_replica import PeerReplica
from core.replication import pull
from core.wallet import TransferIntent, clearing_topic, intents_topic
from core.wallet.values import CurrencyId
from hutong.bench.nodes import NodeProcess
from hutong.bench.report import Figure, Report
from hutong.bench.sync import befriend
from hutong.bench.wallet_limit import bare_clearer_rate
from hutong.control_wallet import clearing_ledger
from hutong.node import ClearingLoop
from sync import SyncService

PIN = "135790"
TARGET = 2_000


def _sync(a: Core, b: Core) -> None:
    pull(LocalReplica(a), LocalReplica(b))
    pull(LocalReplica(b), LocalReplica(a))


def _prepare(root: Path, transfers: int) -> tuple[CurrencyId, PublicKey, int]:
    """The clearer's and the payer's profiles: a currency, the payer funded with
    ``transfers`` units and holding that many signed intents the clearer has not seen.
    Returns the currency, the payer and the clearing feed's length before the run."""
    fast = KdfParams.minimal()
    with (
        Core.open(root / "clearer", name="Clearer", clock=SystemClock(), kdf=fast) as clearer,
        Core.open(root / "payer", name="Payer", clock=SystemClock(), kdf=fast) as payer,
    ):
        befriend(clearer, payer)
        for core in (clearer, payer):
            core.wallet.set_pin(PIN)
        currency = clearer.wallet.issue("Bench", "B", 0, None, transfers, PIN)
        _sync(clearer, payer)
        payer.wallet.join(currency)
        _sync(clearer, payer)
        code = payer.wallet.receive_code(currency, transfers)
        clearer.wallet.pay(clearer.wallet.read_code(code), PIN)
        _sync(clearer, payer)
        view = payer.wallet.currency(currency)
        assert view is not None and view.balance == transfers, view
        note = clearer.feeds.note(clearer.me, feed_id_for(clearing_topic(currency)))
        assert note is not None
        # The intents as WalletService._sign seals them (to the clearer), without its
        # per-payment PIN check and "available" fold, which are the payer's cost, not the
        # clearer's.
        clearer_key = payer.contacts.encryption_key(clearer.me)
        assert clearer_key is not None
        print(f"wallet: signing {transfers:,} transfers…", flush=True)
        topic = intents_topic(currency)
        with payer.kit.writer.batch():
            for n in range(transfers):
                intent = TransferIntent(clearer.me, 1, n.to_bytes(16, "big"))
                payer.kit.writer.sealed(topic, intent.encode(), [clearer_key])
        return currency, payer.me, note.seq


def cleared_rate(report: Report, transfers: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        currency, payer_id, records_before = _prepare(root, transfers)
        limit = bare_clearer_rate(transfers)
        node = NodeProcess(root / "payer", "Payer")
        node.start()
        clearer = Core.open(root / "clearer", clock=SystemClock())
        intents_feed = feed_id_for(intents_topic(currency))
        clearing_feed = feed_id_for(clearing_topic(currency))
        target = records_before + transfers
        first: list[float] = []
        done = threading.Event()

        def appended(changes: Sequence[Change]) -> None:
            for change in changes:
                if not isinstance(change, FeedAppended):
                    continue
                if change.author == payer_id and change.feed_id == intents_feed and not first:
                    first.append(time.perf_counter())
                if change.feed_id == clearing_feed and change.head_seq >= target:
                    done.set()

        unsubscribe = clearer.subscribe(appended)
        sync = SyncService(
            PeerReplica(clearer), host="127.0.0.1", discovery=False, on_event=lambda line: None
        )
        loop = ClearingLoop(clearer, log=lambda line: None)
        try:
            loop.start()
            sync.start()
            dialled = time.perf_counter()
            sync.add_peer_address("127.0.0.1", node.port)
            if not done.wait(600):
                raise TimeoutError("the clearer did not clear every transfer")
            ended = time.perf_counter()
            books = clearing_ledger(clearer, currency)
            assert books is not None and books.conservation_holds()
            refused = books.balance(payer_id)
            assert refused == 0, f"{refused} transfers were refused"
        finally:
            unsubscribe()
            sync.stop()
            loop.stop()
            clearer.close()
            node.stop()
        rate = transfers / (ended - first[0])
        report.add(
            Figure(
                "wallet: cleared transfers through a clearer node (Noise/TCP, loopback)",
                rate,
                "transfers/s",
                f"≥ {TARGET:,} transfers/s",
                rate >= TARGET,
                limit=limit,
                note=f"{transfers:,} transfers; limit: the bare Clearer in memory;"
                f" from the dial: {transfers / (ended - dialled):,.0f}/s",
            )
        )


def bench_wallet(report: Report, quick: bool = False) -> None:
    cleared_rate(report, 2_000 if quick else 20_000)
