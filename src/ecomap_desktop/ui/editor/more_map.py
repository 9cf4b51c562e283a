"""Arrows at the canvas's edges that say the map goes on past them, and show more of it when pressed.

Where names have a least size on screen (the parent view) the map may not fit in the window; the
scroll bars alone are easy to miss for someone not driving the laptop, so a large arrow sits in the
middle of each edge the map goes on past. A click or a tap on it scrolls the map half a window that
way. The arrows are children of the view, not of its viewport: a scroll moves the viewport's children
with the picture (QWidget.scroll), and these must stay put.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QToolButton

from ecomap_desktop.i18n import translate as _tr

from ... import style
from ..icons.painted import painted_icon

# The arrow's button, in pixels (a fingertip is about 40), and its distance from the edge.
SIZE = 44
INSET = 6
# The map must go on this many pixels past an edge for its arrow to show (not a name's last pixel).
BEYOND_PX = 8
SIDES = ("left", "right", "up", "down")
_TURN = {"right": 0, "down": 90, "left": 180, "up": 270}


def _draw_chevron(painter: QPainter, degrees: float) -> None:
    painter.translate(24, 24)
    painter.rotate(degrees)
    path = QPainterPath(QPointF(-6, -13))
    path.lineTo(8, 0)
    path.lineTo(-6, 13)
    pen = QPen(QColor(style.HIGHLIGHT), 6)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.drawPath(path)


def _tip(side: str) -> str:
    return {
        "left": _tr("MoreMap", "More of the map to the left: click to see it"),
        "right": _tr("MoreMap", "More of the map to the right: click to see it"),
        "up": _tr("MoreMap", "More of the map above: click to see it"),
        "down": _tr("MoreMap", "More of the map below: click to see it"),
    }[side]


def make_arrows(view: QAbstractScrollArea) -> dict[str, QToolButton]:
    """One hidden arrow button per side, children of *view*; each has its side as the "side" property."""
    arrows = {}
    for side in SIDES:
        button = QToolButton(view)
        button.setProperty("side", side)
        button.setIcon(painted_icon(lambda painter, d=_TURN[side]: _draw_chevron(painter, d), 48, 48))
        button.setIconSize(QSize(SIZE - 12, SIZE - 12))
        button.setFixedSize(SIZE, SIZE)
        # Not a Tab stop: with nothing selected the arrow keys scroll, and Tab reaches every person.
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setToolTip(_tip(side))
        button.setAccessibleName(_tip(side))
        button.hide()
        arrows[side] = button
    return arrows


def sides_beyond(shown: QRectF, bounds: QRectF, scale: float) -> set[str]:
    """The sides of *shown* (the scene area in view) that the map (*bounds*) goes on past."""
    if bounds.isEmpty():
        return set()
    slack = BEYOND_PX / (scale or 1.0)
    beyond = set()
    if bounds.left() < shown.left() - slack:
        beyond.add("left")
    if bounds.right() > shown.right() + slack:
        beyond.add("right")
    if bounds.top() < shown.top() - slack:
        beyond.add("up")
    if bounds.bottom() > shown.bottom() + slack:
        beyond.add("down")
    return beyond


def place_arrows(view: QAbstractScrollArea, arrows: dict[str, QToolButton], sides: set[str]) -> None:
    """Show the arrows of *sides* in the middle of those edges of the view's viewport, hide the rest."""
    port = view.viewport().geometry()  # in the view's coordinates, inside its frame and scroll bars
    middle = port.center()
    places = {
        "left": (port.left() + INSET, middle.y() - SIZE // 2),
        "right": (port.right() - INSET - SIZE + 1, middle.y() - SIZE // 2),
        "up": (middle.x() - SIZE // 2, port.top() + INSET),
        "down": (middle.x() - SIZE // 2, port.bottom() - INSET - SIZE + 1),
    }
    for side, button in arrows.items():
        if side in sides:
            button.move(*places[side])
            button.raise_()
            button.show()
        elif not button.isHidden():
            button.hide()


def scroll_step(view: QAbstractScrollArea, side: str) -> None:
    """Scroll the map half a viewport toward *side* (more of what lies that way comes into view)."""
    port = view.viewport()
    if side in ("left", "right"):
        bar, step = view.horizontalScrollBar(), port.width() // 2
    else:
        bar, step = view.verticalScrollBar(), port.height() // 2
    bar.setValue(bar.value() + (step if side in ("right", "down") else -step))
