"""The ``window.hutong`` calls that reach the rest of the app: the profile, the wallet and
the chat. Dialogs are parented to the app's window; a payment always goes through the
wallet's own confirmation (real contact name, amount, PIN), never through the page."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from core.errors import HutongError
from core.wallet.values import CurrencyId
from desktop.context import AppContext
from desktop.i18n import translate
from desktop.miniprograms.chat_choice import chat_name, pick_chat
from desktop.miniprograms.hutong_api import Answer, CallRefused, ok, refused, text_arg
from desktop.miniprograms.prompts import ask

log = logging.getLogger(__name__)
MAX_AMOUNT = 10**15
MAX_MEMO_CHARS = 200
REQUEST_VALID_MS = 24 * 3600 * 1000


class DesktopActions:
    """``HostActions`` for one app window (``conversation`` None: opened solo)."""

    def __init__(
        self,
        context: AppContext,
        program_id: bytes,
        app: str,
        conversation: str | None,
        self_addr: str,
        parent: Callable[[], QWidget | None],
    ) -> None:
        self.context = context
        self.program_id = program_id
        self.app = app
        self.conversation = conversation
        self.self_addr = self_addr
        self._parent = parent

    def profile(self) -> dict[str, str]:
        return {"name": self.context.core.name, "addr": self.self_addr}

    def currencies(self) -> list[dict[str, object]]:
        try:
            views = self.context.core.wallet.currencies()
        except NotImplementedError:
            raise CallRefused("unavailable", "the wallet is not available yet") from None
        return [
            {
                "id": view.currency.id.hex(),
                "name": view.currency.name,
                "symbol": view.currency.symbol,
                "digits": view.currency.digits,
            }
            for view in views
            if view.joined
        ]

    def create_payment_request(self, args: dict[str, object]) -> str:
        currency = text_arg(args, "currency", 64)
        try:
            currency_id = bytes.fromhex(currency)
        except ValueError:
            currency_id = b""
        if len(currency_id) != 32:
            raise CallRefused("invalid", "currency must be a currency id (64 hex digits)")
        amount = args.get("amount")
        if not isinstance(amount, int) or isinstance(amount, bool) or not 0 < amount <= MAX_AMOUNT:
            raise CallRefused("invalid", "amount must be a positive whole number of minor units")
        memo = text_arg(args, "memo", MAX_MEMO_CHARS, empty=True) if "memo" in args else ""
        try:
            return self.context.core.wallet.payment_request(
                CurrencyId(currency_id), amount, memo, valid_ms=REQUEST_VALID_MS
            )
        except NotImplementedError:
            raise CallRefused("unavailable", "the wallet is not available yet") from None

    def request_payment(self, code: str, answer: Answer) -> None:
        try:
            self.context.core.wallet.read_code(code)
        except NotImplementedError:
            answer(refused("unavailable", "the wallet is not available yet"))
            return
        except HutongError as exc:
            answer(refused("invalid", str(exc)))
            return
        # After the page's call has returned: the wallet's dialog runs its own event loop.
        QTimer.singleShot(0, lambda: self._confirm_payment(code, answer))

    def _confirm_payment(self, code: str, answer: Answer) -> None:
        try:
            from desktop.wallet.actions import confirm_payment_request
        except ImportError:
            answer(refused("unavailable", "payments are not available yet"))
            return
        parent = self._parent()
        if parent is None:  # the window closed before the dialog could open
            answer(refused("cancelled", "the app was closed"))
            return
        try:
            transfer = confirm_payment_request(self.context, code, parent)
        except HutongError as exc:
            answer(refused("refused", str(exc)))
            return
        except Exception:  # the page must get an answer whatever happened
            log.exception("a mini-program's payment failed")
            answer(refused("refused", "the payment failed"))
            return
        if transfer is None:
            answer(refused("cancelled", "the payment was cancelled"))
        else:
            answer(ok({"transfer": bytes(transfer).hex()}))

    def share_to_chat(self, title: str, summary: str, answer: Answer) -> None:
        if self.conversation is None:
            pick_chat(
                self.context,
                self._parent(),
                translate("MiniPrograms", "Post “%1” in:").replace("%1", self.app),
                lambda chosen: self._post(chosen, summary or title, answer),
                lambda: answer(refused("cancelled", "the person did not post it")),
            )
            return
        where = chat_name(self.context, self.conversation)
        question = (
            translate("MiniPrograms", "Post “%1” in %2?").replace("%1", title).replace("%2", where)
        )
        conversation = self.conversation

        def decided(yes: bool) -> None:
            if yes:
                self._post(conversation, summary or title, answer)
            else:
                answer(refused("cancelled", "the person did not post it"))

        ask(
            self._parent(),
            self.app,
            question,
            translate("MiniPrograms", "Post"),
            translate("MiniPrograms", "Cancel"),
            decided,
            name="hutongShare",
        )

    def _post(self, conversation: str, summary: str, answer: Answer) -> None:
        # The card's title is the program's name (the service's); the app's own words go in
        # its summary line.
        service = self.context.core.miniprograms
        program = self.program_id
        self.context.runner.run(
            lambda: service.share(program, conversation, summary),
            lambda _event: answer(ok(None)),
            lambda message: answer(refused("refused", message)),
        )
