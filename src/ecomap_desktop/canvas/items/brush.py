"""A solid brush of one colour for the canvas's items, made without QBrush's constructor.

Given a colour, QBrush(QColor) has PySide choose among QBrush's constructors, and to do so it builds
the Python types of QGradient and QImage with all their enums (QGradient.Preset alone names 169
gradients): about 2 ms of every start, for types the canvas never uses. An empty brush given the
colour and the solid pattern is the same brush (QBrush(QColor) == solid_brush(QColor)).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor


def solid_brush(colour: QColor) -> QBrush:
    """The brush QBrush(colour) makes: *colour*, solid."""
    brush = QBrush()
    brush.setColor(colour)
    brush.setStyle(Qt.BrushStyle.SolidPattern)
    return brush
