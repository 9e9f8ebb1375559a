"""The payment PIN's state in the local table ``wallet_pin`` (never synced, never folded)."""

from __future__ import annotations

from core.clock import Clock
from core.crypto import KdfParams, ProtectedSecret, RandomBytes
from core.errors import NotAllowed
from core.store import Database
from core.wallet.pin import PinState, set_pin, try_pin


class PinStore:
    """Checks and changes the PIN; every attempt's outcome is stored before it is reported."""

    def __init__(
        self, database: Database, clock: Clock, random: RandomBytes, params: KdfParams | None
    ) -> None:
        self._db = database
        self._clock = clock
        self._random = random
        self._params = params

    def state(self) -> PinState | None:
        with self._db.read() as connection:
            row = connection.exec_driver_sql(
                "SELECT opslimit, memlimit, salt, nonce, ciphertext, failures, locked_until_ms"
                " FROM wallet_pin WHERE id = 1"
            ).first()
        if row is None:
            return None
        protected = ProtectedSecret(
            KdfParams(int(row[0]), int(row[1])), bytes(row[2]), bytes(row[3]), bytes(row[4])
        )
        return PinState(protected, int(row[5]), int(row[6]))

    def _store(self, state: PinState) -> None:
        protected = state.protected
        with self._db.write() as connection:
            connection.exec_driver_sql(
                "INSERT OR REPLACE INTO wallet_pin (id, opslimit, memlimit, salt, nonce,"
                " ciphertext, failures, locked_until_ms) VALUES (1, ?, ?, ?, ?, ?, ?, ?)",
                (
                    protected.params.opslimit,
                    protected.params.memlimit,
                    protected.salt,
                    protected.nonce,
                    protected.ciphertext,
                    state.failures,
                    state.locked_until_ms,
                ),
            )

    def check(self, pin: str) -> None:
        """Nothing when ``pin`` is right; NotAllowed when wrong or unset, PinLocked when locked."""
        state = self.state()
        if state is None:
            raise NotAllowed("set a payment PIN first")
        result = try_pin(state, pin, self._clock.now_ms())  # raises PinLocked, trying nothing
        self._store(result.state)
        if not result.ok:
            raise NotAllowed("wrong payment PIN")

    def change(self, new: str, old: str | None) -> None:
        """Set the PIN (the old one is needed to change an existing PIN)."""
        if self.state() is not None:
            if old is None:
                raise NotAllowed("enter the current payment PIN to change it")
            self.check(old)
        self._store(set_pin(new, self._params, self._random))

    def locked_until(self) -> int | None:
        state = self.state()
        if state is None or state.locked_until_ms <= self._clock.now_ms():
            return None
        return state.locked_until_ms
