"""Arrows at the canvas's edges that say the map goes on past them, and show more of it when pressed.

Where names have a least size on screen (the parent view) the map may not fit in the window; the
scroll bars alone are easy to miss for someone not driving the laptop, so a large arrow sits at each
edge the map goes on past. A click or a tap on it scrolls the map half a window that way (less where
the map ends sooner). The arrows are children of the view, not of its viewport: a scroll moves the
viewport's children with the picture (QWidget.scroll), and these must stay put.

An arrow never hides a name: it sits in the middle of its edge when nothing is under it there, else on
the nearest stretch of that edge with no person or group, and no circle's name, under it (lines may
pass under), and keeps
that place while it stays clear, as the legend keeps its corner. The parent reads every name; the
arrow still says which way the map goes on. Where a whole edge is crowded it lets the name show
through it. A screen reader is told in the canvas's description which ways the map goes on, and that
the arrow keys scroll it; it finds the arrows shown among the canvas's children (they take no keyboard
focus: Tab walks the people and groups). From the keyboard, Alt and an arrow key (SIDE_KEYS) do what
the arrow of that side does: the View menu's "Show more of the map" (window/map_keys.py).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QGraphicsOpacityEffect, QGraphicsView, QToolButton

from ecomap_desktop.i18n import fill, translate as _tr

from ... import style
from . import legend_place
from .accessible import OVERLAY_PROPERTY
from ...canvas.items import item_types
from ...canvas.items.node_item import NodeItem
from ..icons.painted import painted_icon

# The arrow's button, in pixels (a fingertip is about 40), and its distance from the edge.
SIZE = 44
INSET = 6
# The map must go on more than this many pixels past an edge for its arrow to show: a pixel is the
# rounding of a scroll (a fitted whole map may touch the edge); any more is someone cut off.
BEYOND_PX = 1
# A press scrolls no further than the map's edge and this many pixels of canvas beyond it.
END_ROOM_PX = 24
SIDES = ("left", "right", "up", "down")
# How far along its edge an arrow moves per try, looking for a place with no name under it.
SLIDE_STEP = SIZE // 2
# How much of an arrow shows where a name is under it whichever place it takes (the name reads through).
SEE_THROUGH = 0.45
# What is under a place: nothing of a person or group, a person's or group's shape, or a name (or the legend).
CLEAR, SHAPE, NAME = 0, 1, 2
_TURN = {"right": 0, "down": 90, "left": 180, "up": 270}
# The keys that do what each side's arrow does (the View menu's items carry them).
SIDE_KEYS = {"left": "Alt+Left", "right": "Alt+Right", "up": "Alt+Up", "down": "Alt+Down"}


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
        "left": _tr("MoreMap", "More of the map to the left: choose this arrow to see it"),
        "right": _tr("MoreMap", "More of the map to the right: choose this arrow to see it"),
        "up": _tr("MoreMap", "More of the map above: choose this arrow to see it"),
        "down": _tr("MoreMap", "More of the map below: choose this arrow to see it"),
    }[side]


def arrow_name(side: str) -> str:
    """What a screen reader calls the arrow of *side*."""
    return {
        "left": _tr("MoreMap", "More of the map to the left"),
        "right": _tr("MoreMap", "More of the map to the right"),
        "up": _tr("MoreMap", "More of the map above"),
        "down": _tr("MoreMap", "More of the map below"),
    }[side]


def side_keys(side: str) -> str:
    """The keys of *side*'s arrow as this system names them ("Alt+Left")."""
    return QKeySequence(SIDE_KEYS[side]).toString(QKeySequence.SequenceFormat.NativeText)


class _Arrow(QToolButton):
    """The arrow of one side: its words follow the interface's language (a reader heard the first
    start's language after Spanish was installed)."""

    def __init__(self, view: QAbstractScrollArea, side: str) -> None:
        super().__init__(view)
        self.setProperty("side", side)
        self._name_for_reader()

    def _name_for_reader(self) -> None:
        side = str(self.property("side"))
        self.setToolTip(f"{_tip(side)} ({side_keys(side)})")
        # Read among the canvas's children while shown (accessible.py lists them): its name, then
        # what it does and its keys.
        self.setAccessibleName(arrow_name(side))
        self.setAccessibleDescription(fill(_tr("MoreMap", "Scrolls the map to show it. Shortcut: %1"),
                                           side_keys(side)))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._name_for_reader()
        super().changeEvent(event)


def make_arrows(view: QAbstractScrollArea) -> dict[str, QToolButton]:
    """One hidden arrow button per side, children of *view*; each has its side as the "side" property."""
    arrows = {}
    for side in SIDES:
        button = _Arrow(view, side)
        button.setIcon(painted_icon(lambda painter, d=_TURN[side]: _draw_chevron(painter, d), 48, 48))
        button.setIconSize(QSize(SIZE - 12, SIZE - 12))
        button.setFixedSize(SIZE, SIZE)
        # Not a Tab stop: with nothing selected the arrow keys scroll, and Tab reaches every person.
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setProperty(OVERLAY_PROPERTY, True)  # read among the canvas's children while shown
        # Made once, off: switched on only where a name would be under the arrow wherever it went.
        effect = QGraphicsOpacityEffect(button)
        effect.setOpacity(SEE_THROUGH)
        effect.setEnabled(False)
        button.setGraphicsEffect(effect)
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


def place_arrows(view: QGraphicsView, arrows: dict[str, QToolButton], sides: set[str]) -> None:
    """Show the arrows of *sides* at those edges of the view's viewport, hide the rest. Each takes the
    place nearest the middle of its edge with the least of the map under it (under()), and keeps its
    place while nothing is under it."""
    port = view.viewport().geometry()  # in the view's coordinates, inside its frame and scroll bars
    covers = partial(under, view)
    for side, button in arrows.items():
        if side not in sides:
            if not button.isHidden():
                button.hide()
            continue
        kept = button.property("slide") if button.isVisible() else None
        places = _places(port, side)
        if kept in places and covers(QRect(places[kept], QSize(SIZE, SIZE))) == CLEAR:
            slide, worst = kept, CLEAR
        else:
            slide, worst = _best(places, covers)
        button.setProperty("slide", slide)
        _see_through(button, worst == NAME)
        button.move(places[slide])
        button.raise_()
        button.show()


def _places(port: QRect, side: str) -> dict[int, QPoint]:
    """Where the arrow of *side* may sit (its top left corner), by how far it slid from the edge's
    middle: out to a corner's worth of room from each end (the arrows of the other edges are there)."""
    middle = port.center()
    along = port.width() if side in ("up", "down") else port.height()
    reach = max(0, along // 2 - SIZE - SIZE // 2 - 2 * INSET)
    places = {}
    for slide in range(-(reach // SLIDE_STEP) * SLIDE_STEP, reach + 1, SLIDE_STEP):
        if side == "left":
            places[slide] = QPoint(port.left() + INSET, middle.y() - SIZE // 2 + slide)
        elif side == "right":
            places[slide] = QPoint(port.right() - INSET - SIZE + 1, middle.y() - SIZE // 2 + slide)
        elif side == "up":
            places[slide] = QPoint(middle.x() - SIZE // 2 + slide, port.top() + INSET)
        else:
            places[slide] = QPoint(middle.x() - SIZE // 2 + slide, port.bottom() - INSET - SIZE + 1)
    return places


def _best(places: dict[int, QPoint], under: Callable[[QRect], int]) -> tuple[int, int]:
    """The place with the least under it, the nearest the middle of those; and what is under it."""
    best: tuple[int, int] | None = None
    for slide in sorted(places, key=lambda s: (abs(s), s)):
        worst = under(QRect(places[slide], QSize(SIZE, SIZE)))
        if best is None or worst < best[1]:
            best = (slide, worst)
        if worst == CLEAR:
            break
    return best if best is not None else (0, CLEAR)


def name_circles_in_sight(view: QGraphicsView) -> None:
    """Show each circle's name on the part of its circle in sight where its own place is out of sight
    (RingItem.show_in_sight): on the first start's fitted map the circle of friends crossed the canvas
    with its name above the top edge. Clear of the legend and a comparison's words, and a little way
    in from the edges, out of the arrows' way where they may show (the parent view)."""
    scene = view.scene()
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    band = (INSET + SIZE if scene.zoom_floor() > 0 else INSET) / (view.transform().m11() or 1.0)
    legend = scene.legend_item()
    covered = []
    if legend.isVisible():
        # The legend keeps its size on screen at every zoom (it ignores the view's scale), so its box
        # in the scene is found through the screen: sceneBoundingRect() would be its size at 100%,
        # and at half size a name placed beside that box sat half under the legend.
        on_screen = legend.deviceTransform(view.viewportTransform()).mapRect(legend.boundingRect())
        room = legend_place.NAME_ROOM_PX
        covered.append(view.mapToScene(on_screen.adjusted(-room, -room, room, room).toAlignedRect())
                       .boundingRect())
    # A comparison's words ("new", "now stressful") are names too: a name moved onto them hid both.
    covered += [words for words in scene.words_over_map() if words.intersects(shown)]
    scene.ring_item().show_in_sight(shown, shown.adjusted(band, band, -band, -band), covered)


def under(view: QGraphicsView, rect: QRect) -> int:
    """What an arrow at *rect* (the view's coordinates) would cover of the map: NAME where a person's or
    group's name, a circle's name, the legend or the words of a comparison are under it, SHAPE where
    only their shapes are, else CLEAR."""
    port = rect.translated(-view.viewport().pos())
    legend = view.scene().legend_item()
    if legend.isVisible() and legend.deviceTransform(view.viewportTransform()).mapRect(
            legend.boundingRect()).intersects(QRectF(port)):
        return NAME
    area = view.mapToScene(port).boundingRect()
    rings = view.scene().ring_item()
    if rings.isVisible() and any(rings.mapRectToScene(name).intersects(area) for name in rings.name_rects()):
        return NAME  # a circle's name ("Closest") reads as the people's do
    worst = CLEAR
    for item in view.scene().items(area, Qt.ItemSelectionMode.IntersectsItemBoundingRect):
        if isinstance(item, NodeItem):
            if item.mapRectToScene(item.text_rect()).intersects(area):
                return NAME
            worst = SHAPE
        elif item.type() == item_types.COMPARE_TAG and item.isVisible() and item.mapRectToScene(
                item.box()).intersects(area):
            return NAME  # "now “Some help”" on a line, "new" by a person (their type, not their module:
            # the comparison's are imported when first used)
    return worst


def _see_through(button: QToolButton, on: bool) -> None:
    effect = button.graphicsEffect()
    if effect is not None and effect.isEnabled() != on:
        effect.setEnabled(on)


def describe(sides: set[str]) -> str:
    """What a screen reader is told of the map going on past the canvas ("" when it does not)."""
    if not sides:
        return ""
    ways = {
        "left": _tr("MoreMap", "to the left"),
        "right": _tr("MoreMap", "to the right"),
        "up": _tr("MoreMap", "above"),
        "down": _tr("MoreMap", "below"),
    }
    listed = ", ".join(ways[side] for side in SIDES if side in sides)
    return fill(_tr("MoreMap", "More of the map is past the edge: %1. Alt with an arrow key shows more of "
                               "it; with nothing selected, the arrow keys scroll it."), listed)


def scroll_step(view: QAbstractScrollArea, side: str, bounds: QRectF) -> bool:
    """Scroll the map half a viewport toward *side* (more of what lies that way comes into view), or
    less where the map (*bounds*) ends sooner: a little canvas past its edge, not half a window of it.
    False when it could not move (the map, and the room past it, already show that way)."""
    port = view.viewport()
    shown = view.mapToScene(port.rect()).boundingRect()
    scale = view.transform().m11() or 1.0
    remaining = {"left": shown.left() - bounds.left(), "right": bounds.right() - shown.right(),
                 "up": shown.top() - bounds.top(), "down": bounds.bottom() - shown.bottom()}[side] * scale
    if side in ("left", "right"):
        bar, half = view.horizontalScrollBar(), port.width() // 2
    else:
        bar, half = view.verticalScrollBar(), port.height() // 2
    step = max(0, min(half, round(remaining) + END_ROOM_PX))
    before = bar.value()
    bar.setValue(before + (step if side in ("right", "down") else -step))
    return bar.value() != before
