"""A drop-down of the currencies we hold, each with what we can spend now."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from core.wallet.views import CurrencyView
from desktop.i18n import translate
from desktop.wallet.money import money


class CurrencyPicker(QComboBox):
    def __init__(self, parent: QWidget | None = None, *, show_available: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("currencyPicker")
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._views: list[CurrencyView] = []
        self._show_available = show_available

    def set_currencies(self, views: list[CurrencyView], keep: bytes | None = None) -> None:
        """Joined, unfrozen currencies; ``keep`` (a currency id) stays chosen if still there."""
        chosen = keep if keep is not None else self.current_id()
        self._views = [v for v in views if v.joined and v.frozen is None]
        self.blockSignals(True)
        self.clear()
        for view in self._views:
            self.addItem(self._label(view))
        index = next((i for i, v in enumerate(self._views) if bytes(v.currency.id) == chosen), 0)
        if self._views:
            self.setCurrentIndex(index)
        self.blockSignals(False)
        self.currentIndexChanged.emit(self.currentIndex())

    def _label(self, view: CurrencyView) -> str:
        name = f"{view.currency.name} ({view.currency.symbol})"
        if not self._show_available:
            return name
        return (
            translate("Wallet", "%1 · available %2")
            .replace("%1", name)
            .replace("%2", money(view.currency, view.available))
        )

    def current(self) -> CurrencyView | None:
        index = self.currentIndex()
        return self._views[index] if 0 <= index < len(self._views) else None

    def current_id(self) -> bytes | None:
        view = self.current()
        return None if view is None else bytes(view.currency.id)

    def views(self) -> list[CurrencyView]:
        return list(self._views)
