"""A graphics view whose viewport is made from Python, not by Qt."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGraphicsView, QWidget


class OwnViewportView(QGraphicsView):
    """A QGraphicsView with the plain viewport its constructor makes, made here and set up as Qt sets
    up its own. PySide wraps a widget Qt made by trying every widget class it has, each built on first
    use (~4 ms of start-up), the first time anything asks for viewport()."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewport(QWidget())
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
