"""The left navigation rail: my avatar, one icon button per pane, red unread badges, Me at the
bottom. Icons follow the theme; names show as tooltips and accessible names.

Signals:
    selected(str): the id of the pane the user picked.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPainter, QPaintEvent
from PySide6.QtWidgets import QButtonGroup, QToolButton, QVBoxLayout, QWidget

from desktop.context import AppContext
from desktop.people import AvatarCache
from desktop.widgets import badge_rect, paint_badge, theme_colors, two_state_icon

ICON_SIZE = 24
BUTTON_SIZE = 44
RAIL_WIDTH = 64


class NavButton(QToolButton):
    """A rail button; ``badge`` > 0 draws a red count on the icon's corner."""

    def __init__(self, pane_id: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pane_id = pane_id
        self.badge = 0
        self.setObjectName(f"nav-{pane_id}")
        self.setCheckable(True)
        self.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.setFixedSize(QSize(BUTTON_SIZE, BUTTON_SIZE))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.set_text(text)

    def set_text(self, text: str) -> None:
        self.setText(text)
        self.setToolTip(text)
        self._describe()

    def set_badge(self, count: int) -> None:
        self.badge = max(0, count)
        self._describe()
        self.update()

    def _describe(self) -> None:
        name = self.text()
        if self.badge:
            name = self.tr("%1, %2 unread").replace("%1", self.text())
            name = name.replace("%2", str(self.badge))
        self.setAccessibleName(name)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if self.badge <= 0:
            return
        painter = QPainter(self)
        center = self.rect().center()
        anchor = QPointF(center.x() + ICON_SIZE / 2 - 5, center.y() - ICON_SIZE / 2 + 1)
        paint_badge(painter, badge_rect(anchor, self.badge, 16.0), self.badge)
        painter.end()


class RailAvatar(QToolButton):
    """My picture at the top of the rail; clicking it opens my profile."""

    def __init__(self, context: AppContext, avatars: AvatarCache, parent: QWidget) -> None:
        super().__init__(parent)
        self._context = context
        self._avatars = avatars
        self.setObjectName("railAvatar")
        self.setFixedSize(QSize(BUTTON_SIZE, BUTTON_SIZE))
        self.setIconSize(QSize(36, 36))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        avatars.changed.connect(self._on_avatar)
        context.bridge.profileChanged.connect(self.refresh)
        self.refresh()

    def _on_avatar(self, identity: bytes) -> None:
        if identity == bytes(self._context.core.me):
            self.refresh()

    def refresh(self) -> None:
        core = self._context.core
        ratio = self.devicePixelRatioF() or 1.0
        self.setIcon(QIcon(self._avatars.pixmap(core.me, core.name, 36, ratio)))
        self.setToolTip(core.name)
        self.setAccessibleName(core.name)


class NavRail(QWidget):
    selected = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.setObjectName("navRail")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFixedWidth(RAIL_WIDTH)
        self.avatars = context.people.avatars
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(10, 18, 10, 14)
        self._layout.setSpacing(6)
        self.avatar = RailAvatar(context, self.avatars, self)
        self._layout.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignHCenter)
        self._layout.addSpacing(14)
        self._top = QVBoxLayout()
        self._top.setSpacing(6)
        self._bottom = QVBoxLayout()
        self._bottom.setSpacing(6)
        self._layout.addLayout(self._top)
        self._layout.addStretch(1)
        self._layout.addLayout(self._bottom)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: dict[str, NavButton] = {}
        self._icons: dict[str, str] = {}
        context.themes.changed.connect(self._retint)

    def add(self, pane_id: str, text: str, icon_name: str, *, bottom: bool = False) -> NavButton:
        button = NavButton(pane_id, text, self)
        button.clicked.connect(lambda: self.selected.emit(pane_id))
        self._group.addButton(button)
        self._icons[pane_id] = icon_name
        target = self._bottom if bottom else self._top
        target.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        self._buttons[pane_id] = button
        self._tint(button)
        return button

    def button(self, pane_id: str) -> NavButton:
        return self._buttons[pane_id]

    def buttons(self) -> list[NavButton]:
        return list(self._buttons.values())

    def set_current(self, pane_id: str) -> None:
        self._buttons[pane_id].setChecked(True)

    def retranslate(self, texts: dict[str, str]) -> None:
        for pane_id, text in texts.items():
            button = self._buttons.get(pane_id)
            if button is not None:
                button.set_text(text)

    def _retint(self, _theme: str) -> None:
        for button in self._buttons.values():
            self._tint(button)
        self.avatar.refresh()

    def _tint(self, button: NavButton) -> None:
        colors = theme_colors(self._context)
        button.setIcon(
            two_state_icon(self._icons[button.pane_id], colors.rail_icon, colors.rail_icon_active)
        )
