"""The whole wallet as a state machine: one clearer, four replicas, a hostile network.

Members submit intents (and replay old ones); the clearer's clock jumps forward; each replica
gets clearing records one at a time, in any order, duplicated, replayed, and sometimes restarts
from what it had stored. At every step every ledger conserves money and each replica's state is
exactly the clearer's at the replica's position; at the end, all converge to the clearer's view.
"""

from __future__ import annotations

import itertools

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)

from core.crypto import SigningKeyPair
from core.ids import EventId
from core.wallet import (
    HOLD_MS,
    AcceptIntent,
    BurnIntent,
    DeclineIntent,
    EnvelopeKind,
    GrabIntent,
    Ledger,
    LedgerState,
    MintIntent,
    RedEnvelopeIntent,
    SignedIntent,
    TransferIntent,
    WalletIntent,
)
from tests.unit.core.wallet.world import (
    ALICE,
    BOB,
    CAROL,
    DAVE,
    ISSUER,
    SECRET,
    T0,
    World,
    key,
    nonce,
)

PEOPLE = (ISSUER, ALICE, BOB, CAROL, DAVE)
REPLICAS = 4
person = st.sampled_from(PEOPLE)


class WalletModel(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.world = World()
        self.now = T0
        self.nonces = itertools.count(1)
        self.submitted: list[SignedIntent] = []
        self.transfers: list[tuple[EventId, SigningKeyPair]] = []
        self.envelopes: list[EventId] = []
        self.replicas = [Ledger(self.world.currency) for _ in range(REPLICAS)]
        self.reference = Ledger(self.world.currency)
        self.states: list[LedgerState] = [self.reference.state()]

    def _submit(self, author: SigningKeyPair, intent: WalletIntent) -> SignedIntent:
        signed = self.world.sign(author, intent)
        self.submitted.append(signed)
        self.world.clearer.clear(signed, self.now)
        self._follow()
        return signed

    def _follow(self) -> None:
        for entry in self.world.feed.entries[len(self.states) - 1 :]:
            assert self.reference.receive(entry) == (entry,)
            self.states.append(self.reference.state())

    @initialize(amount=st.integers(1, 20_000))
    def mint_to_everyone(self, amount: int) -> None:
        for who in PEOPLE[1:]:
            self._submit(ISSUER, MintIntent(key(who), amount, nonce(next(self.nonces))))

    @rule(payee=person, amount=st.integers(1, 5_000))
    def mint(self, payee: SigningKeyPair, amount: int) -> None:
        self._submit(ISSUER, MintIntent(key(payee), amount, nonce(next(self.nonces))))

    @rule(payer=person, payee=person, amount=st.integers(1, 8_000), hold=st.booleans())
    def transfer(
        self, payer: SigningKeyPair, payee: SigningKeyPair, amount: int, hold: bool
    ) -> None:
        intent = TransferIntent(key(payee), amount, nonce(next(self.nonces)), hold=hold)
        signed = self._submit(payer, intent)
        if hold:
            self.transfers.append((signed.event_id, payee))

    @rule(payer=person, amount=st.integers(1, 3_000))
    def burn(self, payer: SigningKeyPair, amount: int) -> None:
        self._submit(payer, BurnIntent(amount, nonce(next(self.nonces))))

    @precondition(lambda self: self.transfers)
    @rule(who=person, by_payee=st.booleans(), pick=st.integers(0, 10**6), accept=st.booleans())
    def settle(self, who: SigningKeyPair, by_payee: bool, pick: int, accept: bool) -> None:
        transfer, payee = self.transfers[pick % len(self.transfers)]
        author = payee if by_payee else who
        self._submit(author, AcceptIntent(transfer) if accept else DeclineIntent(transfer))

    @rule(
        sender=person,
        lucky=st.booleans(),
        shares=st.integers(1, 4),
        each=st.integers(1, 900),
        exclusive=st.none() | person,
    )
    def envelope(
        self,
        sender: SigningKeyPair,
        lucky: bool,
        shares: int,
        each: int,
        exclusive: SigningKeyPair | None,
    ) -> None:
        kind = EnvelopeKind.LUCKY if lucky else EnvelopeKind.FIXED
        only = None if exclusive is None else key(exclusive)
        intent = RedEnvelopeIntent(
            kind, each * (1 if only else shares), 1 if only else shares,
            nonce(next(self.nonces)), "g:1", SECRET, exclusive=only,
        )  # fmt: skip
        self.envelopes.append(self._submit(sender, intent).event_id)

    @precondition(lambda self: self.envelopes)
    @rule(grabber=person, pick=st.integers(0, 10**6))
    def grab(self, grabber: SigningKeyPair, pick: int) -> None:
        self._submit(grabber, GrabIntent(self.envelopes[pick % len(self.envelopes)], SECRET))

    @precondition(lambda self: self.submitted)
    @rule(pick=st.integers(0, 10**6))
    def replay_an_intent(self, pick: int) -> None:
        self.world.clearer.clear(self.submitted[pick % len(self.submitted)], self.now)
        self._follow()

    @rule(step=st.sampled_from([1, 60_000, HOLD_MS // 2, HOLD_MS, 2 * HOLD_MS]))
    def time_passes(self, step: int) -> None:
        self.now += step
        self.world.clearer.expire(self.now)
        self._follow()

    @precondition(lambda self: self.world.feed.entries)
    @rule(replica=st.integers(0, REPLICAS - 1), picks=st.lists(st.integers(0, 10**6), max_size=6))
    def deliver(self, replica: int, picks: list[int]) -> None:
        """Records arrive in any order: late, early, twice, or replayed long after."""
        entries = self.world.feed.entries
        for pick in picks:
            self.replicas[replica].receive(entries[pick % len(entries)])

    @rule(replica=st.integers(0, REPLICAS - 1), upto=st.integers(0, 10**6))
    def deliver_in_order(self, replica: int, upto: int) -> None:
        entries = self.world.feed.entries
        for entry in entries[: upto % (len(entries) + 1)]:
            self.replicas[replica].receive(entry)

    @rule(replica=st.integers(0, REPLICAS - 1))
    def restart(self, replica: int) -> None:
        """Killed and restarted: it keeps only what it had applied (its store), not its buffer."""
        old = self.replicas[replica]
        fresh = Ledger(self.world.currency)
        for entry in self.world.feed.entries[: old.position[1]]:
            fresh.receive(entry)
        self.replicas[replica] = fresh

    @invariant()
    def money_is_conserved_and_every_replica_is_a_prefix_of_the_clearer(self) -> None:
        assert self.world.ledger.conservation_holds()
        for replica in self.replicas:
            assert replica.frozen is None
            assert replica.conservation_holds()
            assert replica.state() == self.states[replica.position[1]]

    def teardown(self) -> None:
        final = self.world.ledger.state()
        assert final == self.states[-1]
        for replica in self.replicas:
            for entry in reversed(self.world.feed.entries):
                replica.receive(entry)
            assert replica.state() == final


WalletModel.TestCase.settings = settings(max_examples=300, stateful_step_count=40, deadline=None)
test_wallet_model = WalletModel.TestCase
