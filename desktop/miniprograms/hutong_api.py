"""``window.hutong`` calls, checked and dispatched (no Qt here; the bridge and the dialogs
live beside it).

A call is a JSON text ``{"method": ..., "args": ...}`` from the page, hostile until read.
Every answer is a JSON text: ``{"ok": value}`` or ``{"error": {"code", "message"}}``. A
capability the manifest does not declare is refused ``not_declared`` without asking anyone;
a declared one not answered yet is asked for once (``Consent``), and the answer, allowed or
denied, is kept by the service (so an app cannot nag; the permissions menu and Me →
Mini-programs can revoke either, and the next use asks again). Nothing changes when a call
is refused.

Storage, profile and wallet calls touch the database (a 1 MB write may wait for the write
lock while sync stores a batch), so they run through ``run``, off the GUI thread, one at a
time per app: an app that writes a key and then reads it without waiting still reads its
own write.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from core.errors import HutongError
from core.miniprograms import Capability

MAX_CALL_CHARS = 8 * 1024 * 1024  # a 1 MB value written with JSON escapes, and some room
MAX_KEY_CHARS = 1000
MAX_WAITING_CALLS = 100
Answer = Callable[[str], None]
Run = Callable[[Callable[[], str], Answer], None]
"""Run the work (off the GUI thread in the app), then hand its answer back on the GUI thread."""


def run_here(work: Callable[[], str], done: Answer) -> None:
    done(work())


class CallRefused(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def ok(value: object = None) -> str:
    return json.dumps({"ok": value})


def refused(code: str, message: str) -> str:
    return json.dumps({"error": {"code": code, "message": message}})


# Each method and the capability it needs (None: any app may call it).
METHODS: dict[str, Capability | None] = {
    "capabilities": None,
    "storage.get": Capability.STORAGE,
    "storage.set": Capability.STORAGE,
    "storage.remove": Capability.STORAGE,
    "storage.keys": Capability.STORAGE,
    "getProfile": Capability.PROFILE,
    "wallet.currencies": Capability.PAYMENT,
    "createPaymentRequest": Capability.PAYMENT,
    "requestPayment": Capability.PAYMENT,
    "shareToChat": Capability.SHARE,
}


@dataclass(frozen=True)
class HutongCall:
    method: str
    args: dict[str, object]


def parse_call(text: object) -> HutongCall:
    if not isinstance(text, str) or len(text) > MAX_CALL_CHARS:
        raise CallRefused("invalid", "the call is too large or not text")
    try:
        document = json.loads(text)
    except (ValueError, RecursionError):
        raise CallRefused("invalid", "the call is not JSON") from None
    if not isinstance(document, dict):
        raise CallRefused("invalid", "the call must be an object")
    method = document.get("method")
    if not isinstance(method, str) or method not in METHODS:
        raise CallRefused("invalid", "no such method")
    args = document.get("args")
    if args is None:
        args = {}
    if not isinstance(args, dict):
        raise CallRefused("invalid", "the arguments must be an object")
    return HutongCall(method, args)


def text_arg(args: dict[str, object], name: str, limit: int, *, empty: bool = False) -> str:
    value = args.get(name)
    if not isinstance(value, str) or len(value) > limit or (not empty and not value):
        raise CallRefused("invalid", f"{name} must be a text of at most {limit:,} characters")
    return value


class ProgramGrants(Protocol):
    """What ``core.miniprograms`` keeps per program (``MiniProgramsService``)."""

    def granted(self, program_id: bytes) -> frozenset[Capability]: ...
    def denied(self, program_id: bytes) -> frozenset[Capability]: ...
    def grant(self, program_id: bytes, capability: Capability) -> None: ...
    def deny(self, program_id: bytes, capability: Capability) -> None: ...
    def revoke(self, program_id: bytes, capability: Capability) -> None: ...
    def storage_get(self, program_id: bytes, key: str) -> str | None: ...
    def storage_set(self, program_id: bytes, key: str, value: str) -> None: ...
    def storage_remove(self, program_id: bytes, key: str) -> None: ...
    def storage_keys(self, program_id: bytes) -> list[str]: ...


class Consent(Protocol):
    def ask(self, capability: Capability, answer: Callable[[bool], None]) -> None:
        """Ask the person (once at a time); ``answer`` runs later with their choice."""


class HostActions(Protocol):
    """The calls that need the rest of the app (a profile, the wallet, a chat, a dialog)."""

    def profile(self) -> dict[str, str]: ...
    def currencies(self) -> list[dict[str, object]]: ...
    def create_payment_request(self, args: dict[str, object]) -> str: ...
    def request_payment(self, code: str, answer: Answer) -> None: ...
    def share_to_chat(self, title: str, summary: str, answer: Answer) -> None: ...


class HutongApi:
    """One app window's ``window.hutong``: declared/granted checks, prompts, dispatch."""

    def __init__(
        self,
        program_id: bytes,
        declared: frozenset[Capability],
        grants: ProgramGrants,
        consent: Consent,
        actions: HostActions,
        run: Run = run_here,
    ) -> None:
        self.program_id = program_id
        self.declared = declared
        self.grants = grants
        self.consent = consent
        self.actions = actions
        self._waiting: dict[Capability, list[Callable[[bool], None]]] = {}
        self._run_work = run
        self._queue: deque[tuple[Callable[[], str], Answer]] = deque()
        self._working = False

    def granted(self) -> frozenset[Capability]:
        return self.grants.granted(self.program_id) & self.declared

    def set_granted(self, capability: Capability, granted: bool) -> None:
        """From the permissions menu: grant, or revoke (the next use asks again)."""
        if capability not in self.declared:
            return
        if granted:
            self.grants.grant(self.program_id, capability)
        else:
            self.grants.revoke(self.program_id, capability)

    def start(self, call: HutongCall, answer: Answer) -> None:
        """Answer ``call`` now or, after a prompt or a dialog, later (exactly once)."""
        needed = METHODS[call.method]
        if needed is None:
            self._run(call, answer)
            return
        if needed not in self.declared:
            answer(refused("not_declared", f"this mini-program did not declare {needed.value!r}"))
            return
        if needed in self.granted():
            self._run(call, answer)
            return
        if needed in self.grants.denied(self.program_id):
            answer(refused("denied", f"{needed.value!r} was not allowed"))
            return
        waiting = self._waiting.get(needed)
        if waiting is not None and len(waiting) >= MAX_WAITING_CALLS:
            answer(refused("busy", "too many calls are waiting for an answer"))
            return

        def decided(allowed: bool) -> None:
            if allowed:
                self._run(call, answer)
            else:
                answer(refused("denied", f"{needed.value!r} was not allowed"))

        if waiting is not None:
            waiting.append(decided)
            return
        self._waiting[needed] = [decided]
        self.consent.ask(needed, lambda allowed: self._decided(needed, allowed))

    def _decided(self, capability: Capability, allowed: bool) -> None:
        def record() -> str:
            try:
                if allowed:
                    self.grants.grant(self.program_id, capability)
                else:
                    self.grants.deny(self.program_id, capability)
            except HutongError:
                return "failed"
            return "kept"

        def recorded(outcome: str) -> None:
            # Calls made meanwhile joined the waiting list, so they get this answer too.
            for decided in self._waiting.pop(capability, []):
                decided(allowed and outcome == "kept")

        self._serially(record, recorded)

    def _run(self, call: HutongCall, answer: Answer) -> None:
        try:
            if call.method == "requestPayment":
                self.actions.request_payment(text_arg(call.args, "code", 4096), answer)
            elif call.method == "shareToChat":
                title = text_arg(call.args, "title", 200)
                summary = (
                    text_arg(call.args, "summary", 200, empty=True)
                    if (call.args.get("summary") is not None)
                    else ""
                )
                self.actions.share_to_chat(title, summary, answer)
            else:
                self._serially(lambda: self._answer_of(call), answer)
        except CallRefused as exc:
            answer(refused(exc.code, exc.message))
        except HutongError as exc:
            answer(refused(_code_of(exc), str(exc)))

    def _answer_of(self, call: HutongCall) -> str:
        """(Off the GUI thread.) The call's answer, a refusal included."""
        try:
            return ok(self._value(call))
        except CallRefused as exc:
            return refused(exc.code, exc.message)
        except HutongError as exc:
            return refused(_code_of(exc), str(exc))

    def _serially(self, work: Callable[[], str], answer: Answer) -> None:
        self._queue.append((work, answer))
        if not self._working:
            self._next()

    def _next(self) -> None:
        if not self._queue:
            self._working = False
            return
        self._working = True
        work, answer = self._queue.popleft()

        def done(text: str) -> None:
            answer(text)
            self._next()

        self._run_work(work, done)

    def _value(self, call: HutongCall) -> object:
        program, args, grants = self.program_id, call.args, self.grants
        match call.method:
            case "capabilities":
                return sorted(c.value for c in self.granted())
            case "storage.get":
                return grants.storage_get(program, text_arg(args, "key", MAX_KEY_CHARS))
            case "storage.set":
                key = text_arg(args, "key", MAX_KEY_CHARS)
                value = args.get("value")
                if not isinstance(value, str):
                    raise CallRefused("invalid", "a stored value must be a text")
                grants.storage_set(program, key, value)
                return None
            case "storage.remove":
                grants.storage_remove(program, text_arg(args, "key", MAX_KEY_CHARS))
                return None
            case "storage.keys":
                return grants.storage_keys(program)
            case "getProfile":
                return self.actions.profile()
            case "wallet.currencies":
                return self.actions.currencies()
            case "createPaymentRequest":
                return self.actions.create_payment_request(args)
        raise CallRefused("invalid", "no such method")  # pragma: no cover (METHODS is closed)


def _code_of(error: HutongError) -> str:
    # core.miniprograms raises QuotaExceeded past the storage limits.
    return "quota" if type(error).__name__ == "QuotaExceeded" else "invalid"
