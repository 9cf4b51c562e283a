"""Toolbar icons painted with QPainter: simple, calm shapes that match the map's own drawings.

Each is drawn afresh at the size and screen scale it is shown at (painted_icon), so it stays crisp
at 150% and 200%.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPolygonF

from ... import style
from .painted import painted_icon

_SIZE = 48
_INK = QColor("#2b2b2b")
_PEN = QPen(_INK, 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)


def _paint(draw: Callable[[QPainter], None]) -> QIcon:
    def with_ink(painter: QPainter) -> None:
        painter.setPen(_PEN)
        draw(painter)

    return painted_icon(with_ink, _SIZE, _SIZE)


def _plus(p: QPainter, x: float, y: float) -> None:
    p.setPen(QPen(QColor(style.HIGHLIGHT), 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    p.drawLine(QPointF(x - 7, y), QPointF(x + 7, y))
    p.drawLine(QPointF(x, y - 7), QPointF(x, y + 7))


def person() -> QIcon:
    def draw(p: QPainter) -> None:
        p.setBrush(QColor(style.CATEGORY_FILLS["friend"]))
        p.drawEllipse(QRectF(6, 6, 30, 30))
        _plus(p, 37, 37)

    return _paint(draw)


def group() -> QIcon:
    def draw(p: QPainter) -> None:
        p.setBrush(QColor(style.CATEGORY_FILLS["community"]))
        p.drawRoundedRect(QRectF(4, 10, 36, 22), 6, 6)
        _plus(p, 37, 37)

    return _paint(draw)


def connect() -> QIcon:
    def draw(p: QPainter) -> None:
        p.setBrush(QColor("#ffffff"))
        p.drawLine(QPointF(12, 36), QPointF(36, 12))
        p.drawEllipse(QRectF(4, 28, 14, 14))
        p.drawEllipse(QRectF(30, 6, 14, 14))

    return _paint(draw)


def delete() -> QIcon:
    def draw(p: QPainter) -> None:
        p.drawLine(QPointF(10, 12), QPointF(38, 12))
        p.drawLine(QPointF(19, 12), QPointF(21, 6))
        p.drawLine(QPointF(21, 6), QPointF(27, 6))
        p.drawLine(QPointF(27, 6), QPointF(29, 12))
        path = QPainterPath()
        path.moveTo(13, 14)
        path.lineTo(16, 42)
        path.lineTo(32, 42)
        path.lineTo(35, 14)
        p.drawPath(path)

    return _paint(draw)


def _curved_arrow(p: QPainter, mirror: bool) -> None:
    if mirror:
        p.translate(_SIZE, 0)
        p.scale(-1, 1)
    path = QPainterPath()
    path.moveTo(14, 18)
    path.cubicTo(30, 8, 44, 22, 36, 36)
    p.drawPath(path)
    p.setBrush(_INK)
    p.drawPolygon(QPolygonF([QPointF(6, 20), QPointF(17, 11), QPointF(18, 25)]))


def undo() -> QIcon:
    return _paint(lambda p: _curved_arrow(p, False))


def redo() -> QIcon:
    return _paint(lambda p: _curved_arrow(p, True))


def zoom_fit() -> QIcon:
    def draw(p: QPainter) -> None:
        for x, y, dx, dy in ((6, 6, 1, 1), (42, 6, -1, 1), (6, 42, 1, -1), (42, 42, -1, -1)):
            p.drawLine(QPointF(x, y), QPointF(x + 10 * dx, y))
            p.drawLine(QPointF(x, y), QPointF(x, y + 10 * dy))
        p.drawEllipse(QRectF(17, 17, 14, 14))

    return _paint(draw)


def arrange() -> QIcon:
    def draw(p: QPainter) -> None:
        p.setBrush(QColor(style.CENTRE_FILL))
        p.drawEllipse(QRectF(18, 18, 12, 12))
        p.setBrush(QColor("#ffffff"))
        for x, y in ((24, 6), (40, 24), (24, 42), (8, 24)):
            p.drawEllipse(QRectF(x - 5, y - 5, 10, 10))

    return _paint(draw)


def rings() -> QIcon:
    def draw(p: QPainter) -> None:
        p.setPen(QPen(QColor("#5b7a99"), 2.5))
        for r in (6, 13, 20):
            p.drawEllipse(QPointF(24, 24), r, r)

    return _paint(draw)


def legend() -> QIcon:
    def draw(p: QPainter) -> None:
        p.setPen(QPen(_INK, 5))
        p.drawLine(QPointF(8, 12), QPointF(40, 12))
        p.setPen(QPen(_INK, 2.5))
        p.drawLine(QPointF(8, 24), QPointF(40, 24))
        pen = QPen(_INK, 2.5)
        pen.setDashPattern([2, 3])
        p.setPen(pen)
        p.drawLine(QPointF(8, 36), QPointF(40, 36))

    return _paint(draw)
