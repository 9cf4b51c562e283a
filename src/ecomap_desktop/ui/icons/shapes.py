"""Small pictures of the nodes a button makes: a circle for a person, a rounded box for a group."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

from ... import style


def node_shape_icon(kind: str, category: str, size: int = 28) -> QIcon:
    """A small picture of the node a quick-add button makes: its shape in its category's tint."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(style.NODE_OUTLINE), 1.6))
    painter.setBrush(QColor(style.category_fill(category)))
    if kind == "group":
        painter.drawRoundedRect(QRectF(2, 7, size - 4, size - 14), 4, 4)
    else:
        painter.drawEllipse(QRectF(3, 3, size - 6, size - 6))
    painter.end()
    return QIcon(pixmap)
