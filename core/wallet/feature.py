"""The wallet as a feature (SKELETON: being filled in): its fold, feeds and clearing."""

from __future__ import annotations

from core.features import Feature
from core.ids import PublicKey
from core.wallet.service import WalletService


def wallet_feature(service: WalletService, me: PublicKey) -> Feature:
    return Feature(name="wallet")
