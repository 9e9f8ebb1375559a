"""A popup grid of common emoji, drawn with the colour emoji font.

Signals:
    picked(str): the emoji chosen.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QScrollArea, QToolButton, QVBoxLayout, QWidget

_EMOJI_TEXT = (
    "😀 😁 😂 🤣 😊 😍 😘 😜 🤔 😎 😏 😴 😭 😡 😱 😅 🙃 😉 😇 🥰 "
    "🤩 🥳 😬 🙄 😳 🥺 😤 🤯 🤗 🤭 🤫 😷 🤒 🤧 😈 👻 💩 🤡 🙈 🙉 "
    "🙊 👍 👎 👌 ✌️ 🤞 👏 🙌 🙏 💪 👋 🤝 ✋ 👉 👀 ❤️ 🧡 💛 💚 "
    "💙 💜 🖤 💔 💯 ✨ 🔥 🎉 🎊 🎁 🎂 🍰 🍺 🍻 ☕ 🍵 🍜 🍚 🥟 🍉 "
    "🍎 🌹 🌸 ☀️ 🌙 ⭐ 🌈 ⚡ ☔ ❄️ 🐶 🐱 🐼 🐷 🐸 🐵 🐔 🧧 💰 "
    "📌 ✅ ❌ ❓ ❗ 💤 🚀 ⚽ 🏀 🎵 📷 💡 📎 "
)
EMOJI = tuple(_EMOJI_TEXT.split())
COLUMNS = 10


def emoji_font(base: QFont, pixels: int = 22, emoji_first: bool = True) -> QFont:
    """``base`` with the colour emoji fonts added (first, for glyph-only buttons)."""
    font = QFont(base)
    emoji = ["Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji"]
    families = [*emoji, *font.families()] if emoji_first else [*font.families(), *emoji]
    font.setFamilies(families)
    font.setPixelSize(pixels)
    return font


class EmojiPicker(QFrame):
    picked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("emojiPicker")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        grid_host = QWidget(scroll)
        grid = QGridLayout(grid_host)
        grid.setSpacing(2)
        grid.setContentsMargins(0, 0, 0, 0)
        font = emoji_font(self.font())
        self.buttons: list[QToolButton] = []
        for position, glyph in enumerate(EMOJI):
            button = QToolButton(grid_host)
            button.setText(glyph)
            button.setFont(font)
            button.setAutoRaise(True)
            button.setFixedSize(QSize(36, 36))
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _checked=False, g=glyph: self._pick(g))
            grid.addWidget(button, position // COLUMNS, position % COLUMNS)
            self.buttons.append(button)
        scroll.setWidget(grid_host)
        outer.addWidget(scroll)
        self.setFixedSize(QSize(COLUMNS * 38 + 30, 5 * 38 + 16))

    def _pick(self, glyph: str) -> None:
        self.picked.emit(glyph)
        self.hide()

    def popup_above(self, anchor: QWidget) -> None:
        corner = anchor.mapToGlobal(QPoint(0, 0))
        self.move(corner.x(), corner.y() - self.height() - 6)
        self.show()
