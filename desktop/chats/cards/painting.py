"""Paints chat cards with WeChat's look: an orange transfer, a red envelope, a white
mini-program card, and a plain card for kinds this Hutong cannot read.

Everything is drawn from the card and its cached :class:`CardStatus` (no store access here).
A money card that is over for us (accepted, returned, opened, all grabbed, expired) is faded.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from core.chat.cards import Card, MiniProgramCard, RedEnvelopeCard, TransferCard
from core.wallet.views import TransferState
from desktop.chats.cards import texts
from desktop.chats.cards.texts import CardStatus
from desktop.icons import icon
from desktop.widgets.colors import Palette

CARD_W = 236
MONEY_H = 96
FOOTER_H = 24
PROGRAM_H = 176
UNSUPPORTED_H = 76
RADIUS = 6
TRANSFER = ("#fa9d3b", "#d9852e")  # light theme, dark theme
ENVELOPE = ("#f35543", "#cf463a")
_PROGRAM_COLOURS = ("#07c160", "#2f6fde", "#e8772e", "#8e6bd1", "#d9467a", "#1f9d55")
ALIGN_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


def card_size(card: Card) -> tuple[float, float]:
    """How large a card is drawn (it replaces the bubble)."""
    if isinstance(card, TransferCard | RedEnvelopeCard):
        return CARD_W, MONEY_H
    if isinstance(card, MiniProgramCard):
        return CARD_W, PROGRAM_H
    return CARD_W, UNSUPPORTED_H


def _font(base: QFont, pixels: int, weight: QFont.Weight | None = None) -> QFont:
    font = QFont(base)
    font.setPixelSize(pixels)
    if weight is not None:
        font.setWeight(weight)
    return font


def _blend(colour: str, toward: str, amount: float) -> QColor:
    a, b = QColor(colour), QColor(toward)
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    )


def _line(painter: QPainter, rect: QRectF, text: str, font: QFont, colour: QColor) -> None:
    painter.setFont(font)
    painter.setPen(colour)
    elided = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
    painter.drawText(rect, ALIGN_LEFT, elided)


def paint_card(
    painter: QPainter, box: QRectF, card: Card, status: CardStatus | None, own: bool,
    c: Palette, base: QFont,
) -> None:  # fmt: skip
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if isinstance(card, TransferCard):
        _paint_transfer(painter, box, card, status, c, base)
    elif isinstance(card, RedEnvelopeCard):
        _paint_envelope(painter, box, card, status, c, base)
    elif isinstance(card, MiniProgramCard):
        _paint_program(painter, box, card, c, base)
    else:
        _paint_unsupported(painter, box, card, c, base)
    painter.restore()


def _money_card(
    painter: QPainter, box: QRectF, colours: tuple[str, str], settled: bool, c: Palette,
    footer: str, base: QFont,
) -> None:  # fmt: skip
    """The coloured card with its footer; faded (towards the background) once settled."""
    colour = colours[1] if c.dark else colours[0]
    fill = _blend(colour, c.chat_background if c.dark else "#ffffff", 0.45) if settled else colour
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawRoundedRect(box, RADIUS, RADIUS)
    top = box.bottom() - FOOTER_H
    painter.setPen(QPen(QColor(255, 255, 255, 80), 0.8))
    painter.drawLine(QPointF(box.left() + 12, top), QPointF(box.right() - 12, top))
    _line(painter, QRectF(box.left() + 12, top, box.width() - 24, FOOTER_H), footer,
          _font(base, 11), QColor(255, 255, 255, 210))  # fmt: skip


def _text_lines(
    painter: QPainter, box: QRectF, lines: list[tuple[str, QFont]], left: float
) -> None:
    """White lines of text, centred as a block in the card's top part."""
    shown = [(text, font) for text, font in lines if text]
    heights = [QFontMetricsF(font).height() + 1 for _text, font in shown]
    y = box.top() + (box.height() - FOOTER_H - sum(heights)) / 2
    for (text, font), height in zip(shown, heights, strict=True):
        bold = font.weight() >= QFont.Weight.DemiBold
        colour = QColor(255, 255, 255) if bold else QColor(255, 255, 255, 230)
        _line(painter, QRectF(left, y, box.right() - 12 - left, height), text, font, colour)
        y += height


def _paint_transfer(
    painter: QPainter, box: QRectF, card: TransferCard, status: CardStatus | None,
    c: Palette, base: QFont,
) -> None:  # fmt: skip
    view = status.transfer if status is not None else None
    currency = status.currency if status is not None else None
    settled = texts.transfer_settled(view)
    _money_card(painter, box, TRANSFER, settled, c, texts.kind_label(card), base)
    centre = QPointF(box.left() + 32, box.top() + (box.height() - FOOTER_H) / 2)
    state = view.state if view is not None else TransferState.UNKNOWN
    _transfer_icon(painter, centre, state)
    amount = texts.amount_text(card.amount, card.currency, currency)
    lines = [
        (amount, _font(base, 16, QFont.Weight.DemiBold)),
        (card.note, _font(base, 12)),
        (texts.transfer_state_text(view), _font(base, 12)),
    ]
    _text_lines(painter, box, lines, box.left() + 60)


def _transfer_icon(painter: QPainter, centre: QPointF, state: TransferState) -> None:
    """A ring with two arrows (waiting), a tick (done) or an arrow going back (returned)."""
    white = QColor(255, 255, 255)
    painter.setPen(QPen(white, 2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                        Qt.PenJoinStyle.RoundJoin))  # fmt: skip
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(centre, 17, 17)
    x, y = centre.x(), centre.y()
    path = QPainterPath()
    if state in (TransferState.ACCEPTED, TransferState.CLEARED):
        path.moveTo(x - 7, y)
        path.lineTo(x - 2, y + 5)
        path.lineTo(x + 8, y - 5)
    elif state in (TransferState.DECLINED, TransferState.RETURNED, TransferState.REFUSED):
        path.moveTo(x - 3, y - 9)
        path.lineTo(x - 8, y - 4)
        path.lineTo(x - 3, y + 1)
        path.moveTo(x - 8, y - 4)
        path.lineTo(x + 3, y - 4)
        path.cubicTo(x + 10, y - 4, x + 10, y + 7, x + 3, y + 7)
        path.lineTo(x - 4, y + 7)
    else:
        path.moveTo(x - 8, y - 3)
        path.lineTo(x + 8, y - 3)
        path.lineTo(x + 4, y - 7)
        path.moveTo(x + 8, y + 3)
        path.lineTo(x - 8, y + 3)
        path.lineTo(x - 4, y + 7)
    painter.drawPath(path)


def _paint_envelope(
    painter: QPainter, box: QRectF, card: RedEnvelopeCard, status: CardStatus | None,
    c: Palette, base: QFont,
) -> None:  # fmt: skip
    view = status.envelope if status is not None else None
    settled = texts.envelope_settled(view)
    _money_card(painter, box, ENVELOPE, settled, c, texts.kind_label(card), base)
    top = box.top() + (box.height() - FOOTER_H - 38) / 2
    packet = QRectF(box.left() + 18, top, 29, 38)
    painter.setPen(QPen(QColor(255, 255, 255, 170), 1))
    painter.setBrush(QColor(255, 255, 255, 60) if settled else QColor("#e2412f"))
    painter.drawRoundedRect(packet, 3, 3)
    flap = QPainterPath()
    flap.moveTo(packet.left(), packet.top() + 11)
    flap.quadTo(packet.center().x(), packet.top() + 22, packet.right(), packet.top() + 11)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(flap)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#f8d26a"))
    painter.drawEllipse(QPointF(packet.center().x(), packet.top() + 17), 5, 5)
    lines = [
        (card.title, _font(base, 15, QFont.Weight.DemiBold)),
        (texts.envelope_state_text(view), _font(base, 12)),
    ]
    _text_lines(painter, box, lines, box.left() + 60)


def _program_colour(card: MiniProgramCard) -> str:
    digest = hashlib.blake2b(card.program, digest_size=1).digest()[0]
    return _PROGRAM_COLOURS[digest % len(_PROGRAM_COLOURS)]


def _paint_program(
    painter: QPainter, box: QRectF, card: MiniProgramCard, c: Palette, base: QFont
) -> None:
    painter.setPen(QPen(QColor(c.card_border), 1))
    painter.setBrush(QColor(c.card))
    painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), RADIUS, RADIUS)
    inner = box.adjusted(12, 10, -12, 0)
    badge = QRectF(inner.left(), inner.top(), 18, 18)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(_program_colour(card)))
    painter.drawEllipse(badge)
    painter.setFont(_font(base, 10, QFont.Weight.Bold))
    painter.setPen(QColor("#ffffff"))
    painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, (card.title.strip()[:1] or "?").upper())
    _line(painter, QRectF(badge.right() + 6, inner.top(), inner.width() - 24, 18), card.title,
          _font(base, 12), QColor(c.secondary_text))  # fmt: skip
    body = QRectF(inner.left(), inner.top() + 24, inner.width(), 38)
    painter.setFont(_font(base, 14))
    painter.setPen(QColor(c.text))
    metrics = QFontMetricsF(painter.font())
    summary = metrics.elidedText(
        " ".join((card.summary or card.title).split()), Qt.TextElideMode.ElideRight,
        body.width() * 2 - 20,
    )  # fmt: skip
    painter.drawText(body, int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap), summary)
    cover = QRectF(inner.left(), body.bottom() + 4, inner.width(), 64)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(c.placeholder))
    painter.drawRoundedRect(cover, 4, 4)
    glyph = icon("miniprograms", c.placeholder_icon).pixmap(32, 32)
    painter.drawPixmap(int(cover.center().x() - 16), int(cover.center().y() - 16), glyph)
    footer = box.bottom() - FOOTER_H
    painter.setPen(QPen(QColor(c.divider), 0.8))
    painter.drawLine(QPointF(inner.left(), footer), QPointF(inner.right(), footer))
    small = icon("miniprograms", c.secondary_text).pixmap(12, 12)
    painter.drawPixmap(int(inner.left()), int(footer + (FOOTER_H - 12) / 2), small)
    _line(painter, QRectF(inner.left() + 17, footer, inner.width() - 17, FOOTER_H),
          texts.kind_label(card), _font(base, 11), QColor(c.secondary_text))  # fmt: skip


def _paint_unsupported(painter: QPainter, box: QRectF, card: Card, c: Palette, base: QFont) -> None:
    painter.setPen(QPen(QColor(c.card_border), 1))
    painter.setBrush(QColor(c.card))
    painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), RADIUS, RADIUS)
    glyph = icon("warning", c.faint_text).pixmap(24, 24)
    painter.drawPixmap(int(box.left() + 12), int(box.center().y() - 12), glyph)
    left = box.left() + 46
    width = box.right() - 12 - left
    _line(painter, QRectF(left, box.top() + 12, width, 20), card.title, _font(base, 13),
          QColor(c.text))  # fmt: skip
    painter.setFont(_font(base, 11))
    painter.setPen(QColor(c.secondary_text))
    painter.drawText(QRectF(left, box.top() + 34, width, 32),
                     int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap),
                     texts.unsupported_text())  # fmt: skip
