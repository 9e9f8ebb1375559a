"""Network: where this computer listens, the peers sync has seen (state and reason), adding a
peer by address, and plain words on what to try when nobody is found."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from desktop.chats.messages.downloads import AutoDownloadSetting
from desktop.context import AppContext
from desktop.me.host_port import AddressError, parse_host_port
from desktop.me.page import SettingsPage
from desktop.widgets import InlineNotice, icon_pixmap, set_role, theme_colors
from desktop.widgets.guard import run_for
from sync.status import PeerState, PeerStatus, SyncStatus

MAX_ROWS_SHOWN = 8


class NetworkPage(SettingsPage):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.status: SyncStatus | None = None
        self.here_title, _card, here = self.add_section()
        self.listening = QLabel(self)
        set_role(self.listening, "heading")
        self.addresses = QLabel(self)
        set_role(self.addresses, "mono")
        self.addresses.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.addresses.setWordWrap(True)
        self.discovery = QLabel(self)
        self.discovery.setWordWrap(True)
        set_role(self.discovery, "secondary")
        for widget in (self.listening, self.addresses, self.discovery):
            here.addWidget(widget)

        self.peers_title, _card, peers = self.add_section()
        self.peers = QTreeWidget(self)
        self.peers.setObjectName("peerTable")
        self.peers.setColumnCount(4)
        self.peers.setRootIsDecorated(False)
        self.peers.setUniformRowHeights(True)
        self.peers.setSelectionMode(QTreeWidget.SelectionMode.NoSelection)
        self.peers.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.peers.setVerticalScrollMode(QTreeWidget.ScrollMode.ScrollPerPixel)
        header = self.peers.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.no_peers = QLabel(self)
        set_role(self.no_peers, "faint")
        peers.addWidget(self.peers)
        peers.addWidget(self.no_peers)

        self.hint_title, self.hint_card, hint = self.add_section()
        hint_row = QHBoxLayout()
        hint_row.setSpacing(14)
        self.hint_icon = QLabel(self)
        self.hint_icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.hint_text = QLabel(self)
        self.hint_text.setWordWrap(True)
        self.hint_text.setTextFormat(Qt.TextFormat.RichText)
        hint_row.addWidget(self.hint_icon)
        hint_row.addWidget(self.hint_text, 1)
        hint.addLayout(hint_row)

        self.add_title, _card, add = self.add_section()
        self.add_help = QLabel(self)
        self.add_help.setWordWrap(True)
        set_role(self.add_help, "secondary")
        add_row = QHBoxLayout()
        self.address = QLineEdit(self)
        self.address.setObjectName("peerAddress")
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addPeer")
        set_role(self.add_button, "primary")
        add_row.addWidget(self.address, 1)
        add_row.addWidget(self.add_button)
        self.notice = InlineNotice(self)
        add.addWidget(self.add_help)
        add.addLayout(add_row)
        add.addWidget(self.notice)
        self.files_title, _card, files = self.add_section()
        self.auto_download = AutoDownloadSetting(context, self)
        files.addWidget(self.auto_download)
        self.body.addStretch(1)

        self.address.returnPressed.connect(self.add_peer)
        self.address.textChanged.connect(lambda _text: self.notice.clear_notice())
        self.add_button.clicked.connect(self.add_peer)
        context.bridge.syncStatus.connect(self._on_status)
        context.themes.changed.connect(self._paint_hint_icon)
        self._paint_hint_icon()
        self.retranslate()

    # -- status --------------------------------------------------------------------------------

    def _on_status(self, status: object) -> None:
        if isinstance(status, SyncStatus):
            self.status = status
            self.refresh_status()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        sync = self.context.sync
        if sync is not None:
            self.status = sync.status()
        self.refresh_status()
        super().showEvent(event)

    def retranslate(self) -> None:
        self.header.set_title(self.tr("Network"), self.tr("How Hutong finds and reaches people"))
        self.here_title.setText(self.tr("This computer"))
        self.peers_title.setText(self.tr("Computers seen"))
        self.peers.setHeaderLabels(
            [self.tr("Name"), self.tr("Address"), self.tr("State"), self.tr("Details")]
        )
        self.hint_title.setText(self.tr("Nobody found?"))
        self.add_title.setText(self.tr("Add a computer by address"))
        self.add_help.setText(
            self.tr(
                "Ask the other person for an address from their Network page (for example "
                "192.168.1.20:47000) and type it here. Hutong keeps trying it."
            )
        )
        self.address.setPlaceholderText(self.tr("host:port"))
        self.add_button.setText(self.tr("Connect"))
        self.files_title.setText(self.tr("Files in chats"))
        self.auto_download.retranslate()
        self.refresh_status()

    def refresh_status(self) -> None:
        sync = self.context.sync
        status = self.status
        if sync is None or status is None:
            self.listening.setText(self.tr("Sync is off"))
            self.addresses.setText("")
            self.addresses.hide()
            self.discovery.setText(
                self.tr("Hutong is not connecting to the network in this session.")
            )
            self._render_peers(())
            self._render_hint(status)
            self.address.setEnabled(sync is not None)
            self.add_button.setEnabled(sync is not None)
            return
        self.address.setEnabled(True)
        self.add_button.setEnabled(True)
        if status.running:
            self.listening.setText(self.tr("Listening on port %1").replace("%1", str(status.port)))
        else:
            self.listening.setText(self.tr("Not listening yet"))
        self.addresses.setVisible(bool(status.addresses))
        self.addresses.setText("\n".join(f"{a}:{status.port}" for a in status.addresses))
        if status.discovery:
            self.discovery.setText(self.tr("Finding people nearby automatically (mDNS) is on."))
        elif status.discovery_error:
            self.discovery.setText(
                self.tr("Finding people nearby automatically is not working: %1").replace(
                    "%1", status.discovery_error
                )
            )
        else:
            self.discovery.setText(self.tr("Finding people nearby automatically is off."))
        self._render_peers(status.peers)
        self._render_hint(status)

    def state_text(self, state: PeerState) -> str:
        return {
            PeerState.DISCOVERED: self.tr("Found"),
            PeerState.CONNECTING: self.tr("Connecting…"),
            PeerState.SYNCING: self.tr("Syncing"),
            PeerState.IDLE: self.tr("Up to date"),
            PeerState.FAILED: self.tr("Can't connect"),
        }.get(state, str(state))

    def _render_peers(self, peers: tuple[PeerStatus, ...]) -> None:
        self.peers.clear()
        for peer in peers:
            item = QTreeWidgetItem(
                [
                    peer.name or self.tr("Unknown"),
                    ", ".join(peer.addresses),
                    self.state_text(peer.state),
                    peer.reason,
                ]
            )
            item.setToolTip(3, peer.reason)
            item.setIcon(2, self._state_dot(peer.state))
            self.peers.addTopLevelItem(item)
        if peers:
            row = max(self.peers.sizeHintForRow(0), 30)
            header = self.peers.header().sizeHint().height()
            self.peers.setFixedHeight(header + row * min(len(peers), MAX_ROWS_SHOWN) + 6)
        self.peers.setVisible(bool(peers))
        self.no_peers.setVisible(not peers)
        self.no_peers.setText(self.tr("No other computer seen yet."))

    def _state_dot(self, state: PeerState) -> QIcon:
        colors = theme_colors(self.context)
        color = {
            PeerState.IDLE: colors.accent,
            PeerState.SYNCING: colors.accent,
            PeerState.CONNECTING: "#f0a020",
            PeerState.FAILED: colors.danger,
        }.get(state, colors.faint_text)
        pixmap = QPixmap(20, 20)
        pixmap.setDevicePixelRatio(2.0)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(color))
        painter.drawEllipse(QRectF(2, 2, 6, 6))
        painter.end()
        return QIcon(pixmap)

    def _render_hint(self, status: SyncStatus | None) -> None:
        connected = status is not None and any(
            p.state in (PeerState.SYNCING, PeerState.IDLE) for p in status.peers
        )
        show = not connected
        self.hint_title.setVisible(show)
        self.hint_card.setVisible(show)
        port = str(status.port) if status is not None and status.port else "—"
        self.hint_text.setText(
            "<p><b>{}</b></p><ul style='margin-left:-20px'>"
            "<li>{}</li><li>{}</li><li>{}</li></ul><p>{}</p>".format(
                self.tr("If no one shows up, the network may be in the way:"),
                self.tr(
                    "Multicast may be blocked (common on office, school and hotel networks), "
                    "so computers cannot announce themselves."
                ),
                self.tr(
                    "A firewall may block Hutong's port (%1) on this or the other computer."
                ).replace("%1", port),
                self.tr(
                    "Wi-Fi client isolation (often on guest networks) stops computers on the "
                    "same Wi-Fi from reaching each other."
                ),
                self.tr(
                    "What to try: add the other computer by address below, allow Hutong in the "
                    "firewall, or join both computers to the same private network or a phone "
                    "hotspot."
                ),
            )
        )

    def _paint_hint_icon(self, *_theme: object) -> None:
        colors = theme_colors(self.context)
        ratio = self.devicePixelRatioF() or 1.0
        self.hint_icon.setPixmap(icon_pixmap("info", colors.link, 22, ratio))

    # -- adding a peer -------------------------------------------------------------------------

    def address_error_text(self, error: AddressError) -> str:
        return {
            "empty": self.tr("Type an address such as 192.168.1.20:47000."),
            "no-port": self.tr("Add the port after a colon, for example 192.168.1.20:47000."),
            "bad-port": self.tr("The port is a number from 1 to 65535."),
            "bad-host": self.tr("That does not look like an IP address or a computer name."),
        }.get(error.kind, self.tr("That address cannot be used."))

    def add_peer(self) -> None:
        sync = self.context.sync
        if sync is None:
            return
        try:
            host, port = parse_host_port(self.address.text())
        except AddressError as error:
            self.notice.show_error(self.address_error_text(error))
            return
        run_for(
            self,
            self.context.runner,
            lambda: sync.add_peer_address(host, port),
            lambda _result: self._added(host, port),
            self.notice.show_error,
        )

    def _added(self, host: str, port: int) -> None:
        self.address.clear()
        shown = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
        self.notice.show_success(
            self.tr("Connecting to %1. It appears in the list above.").replace("%1", shown)
        )
