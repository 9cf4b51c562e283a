"""The faint concentric "circles of support" drawn behind the nodes, centred on the family, and their
names, drawn above the connections (a line passes under a name, never through it) and under the
people and groups, as the page draws them (export/compose/mapdraw.py)."""

from __future__ import annotations

import math
from functools import partial

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen, QStaticText
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ... import labels, ring_places, ring_sight, style
from .brush import solid_brush
from .text_layout import label_font
from . import item_types

RING_Z = -100.0
RING_NAMES_Z = 5.0  # above the connections (0), under the people and groups (10)
# Where a name brought into sight must move, it goes this share of the part in sight in from its
# edges where its circle passes there, else as far in as it can: a pan then takes several steps to
# carry it out of sight again (see _drawn_angles).
WELL_IN = 0.15


def ring_names() -> dict[str, str]:
    """What each circle of support is called on the canvas (labels.ring_words, as everywhere else)."""
    return {ring: labels.ring_words(ring)
            for ring in ("closest", "friends", "participation", "paid")}


class RingItem(QGraphicsItem):
    """Circles of the given radii around the item's position, each named at its top, or where the
    top is covered by a person or group (the first one added stands there), a little way round.

    The names are drawn by names_item(), which the scene holds above the connections; it stands
    where this item stands and shows when it shows (the projection moves and shows both)."""

    Type = item_types.RINGS

    def type(self) -> int:  # Qt's name: this class's own number, not its Qt base class's
        return item_types.RINGS

    def __init__(self) -> None:
        super().__init__()
        self._rings: list[tuple[float, str]] = []
        self._boost = 1.0
        self._font = label_font(style.RING_LABEL_FONT_SIZE)
        self._pen = QPen(QColor(style.RING_COLOUR), style.RING_WIDTH)
        self._names = RingNamesItem()
        self._labels: list[tuple[QRectF, QPointF, QStaticText]] = []
        self._angles: list[float] = []  # each name's place on its circle (see place_names)
        self._drawn: list[float] = []  # where each is drawn: there, or in sight (show_in_sight)
        self._tests: list[ring_places.NameTests] | None = None  # what place_names asked of each place
        self._sight: tuple[QRectF, QRectF, list[QRectF]] | None = None  # see show_in_sight
        self._bounds = QRectF()
        self.setZValue(RING_Z)
        # Rings are scenery: clicks go through them to the canvas.
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)

    def set_rings(self, rings: list[tuple[float, str]]) -> None:
        """(radius, name) for each ring, closest first."""
        self._rings = list(rings)
        self._angles = [0.0] * len(self._rings)
        self._tests = None
        self._drawn = self._drawn_angles()
        self._relayout()

    def set_text_boost(self, boost: float) -> None:
        """Draw the names larger when zoomed far out, like the nodes' labels."""
        if boost != self._boost:
            self._boost = boost
            self._font = label_font(style.RING_LABEL_FONT_SIZE * boost)
            self._drawn = self._drawn_angles()  # a larger name may no longer fit the part in sight
            self._relayout()

    def place_names(self, obstacles: ring_places.RingObstacles | None, text_scale: float = 1.0,
                    people: ring_places.PeopleNearCircles | None = None,
                    ticks: ring_places.TicksNearCircles | None = None) -> None:
        """Put each circle's name where the pages and pictures put it (ring_places.ring_name_angles):
        clear of *obstacles* (the people, groups and arrowheads near the circles, as
        ring_places.ring_name_obstacles or crowded_obstacles gives them relative to the centre;
        None where too many are near: the names keep the top) with names *text_scale* times larger
        (1: as on paper); on a crowded map, the people and the stressful lines' ticks near the
        circles come filed (*people*, *ticks*)."""
        metrics = QFontMetricsF(label_font(style.RING_LABEL_FONT_SIZE))
        widths = [(radius, metrics.horizontalAdvance(name)) for radius, name in self._rings]
        if obstacles is None:
            self._tests = None
            self.set_name_angles(ring_places.ring_name_angles(widths, None, text_scale))
            return
        self._tests = ring_places.ring_name_tests(widths, obstacles, text_scale, people, ticks)
        self.set_name_angles([ring_places.ring_name_angle(radius, *tests)
                              for (radius, _width), tests in zip(widths, self._tests)])

    def set_name_angles(self, angles: list[float]) -> None:
        """Put each circle's name *angles* degrees round from its top, closest circle first (the
        pictures place them as the pages do: export/compose/mapdraw.ring_name_places)."""
        self._angles = list(angles)
        drawn = self._drawn_angles()  # the place in sight too: what stands there may have changed
        if drawn != self._drawn:
            self._drawn = drawn
            self._relayout()
            self.update()

    def show_in_sight(self, shown: QRectF | None, room: QRectF | None = None,
                      hidden: list[QRectF] = ()) -> None:
        """Draw each circle's name on the part of its circle in *room* (within *shown*, the part of the
        scene a view shows), out of the way of *hidden* (what is drawn over the canvas there: the
        legend) where its own place is out of *shown* while its circle crosses *room*: a circle
        crossing the canvas is never left unnamed. Its own place wherever that is in sight, or with
        *shown* None."""
        room = shown if room is None else room
        sight = None if shown is None else (self.mapRectFromScene(shown), self.mapRectFromScene(room),
                                            [self.mapRectFromScene(rect) for rect in hidden])
        if sight == self._sight:
            # Asked again with the same view (one zoom step asks up to five times: the zoom, the
            # scroll bars, the resize they make): the names stay where they are. Whatever else moves
            # them (the circles, their places, the text size) works them out anew itself.
            return
        self._sight = sight
        drawn = self._drawn_angles()
        if drawn != self._drawn:
            self._drawn = drawn
            self._relayout()
            self.update()

    def settle_in_sight(self) -> bool:
        """The view has stood still: each name brought into sight goes where this view alone puts it
        (as when it is first shown), no longer kept where it was while the view moved, where that is
        nearer its own place (a name moved aside during a pan stayed there, far round its circle,
        once the pan had stopped). Whether any name moved."""
        # A name already as near its own place stays (the place as far round the other way is no
        # nearer, and a view just shown or fitted has its names where it puts them already).
        drawn = [now if _round_from(now, own) <= _round_from(fresh, own) else fresh
                 for now, fresh, own in zip(self._drawn, self._drawn_angles(kept=False), self._angles)]
        if drawn == self._drawn:
            return False
        self._drawn = drawn
        self._relayout()
        self.update()
        return True

    def _drawn_angles(self, kept: bool = True) -> list[float]:
        if self._sight is None:
            return list(self._angles)
        shown, room, hidden = self._sight
        metrics = QFontMetricsF(self._font)
        # The room and the covers as plain numbers: each circle crossing the canvas may ask 72 places.
        room_edges = _edges(room)
        covers = [edges for edges in map(_edges, hidden) if edges is not None]
        drawn = []
        for index, ((radius, name), angle) in enumerate(zip(self._rings, self._angles)):
            size = (metrics.horizontalAdvance(name) + 10, metrics.height() + 2)
            in_sight = partial(_in_room, room_edges, covers, radius, size)

            def depth(turn: float, radius: float = radius, size: tuple[float, float] = size) -> float:
                return _depth_in(room, _name_rect(radius, turn, size))

            own = _name_rect(radius, angle, size)
            if (shown.contains(own) and not any(own.intersects(cover) for cover in hidden)) \
                    or not _crosses(room, radius):
                drawn.append(angle)
                continue
            tests = self._tests[index] if self._tests is not None else None
            # Where it is drawn now stays while it is in sight: a pan does not slide it along.
            stays = self._drawn[index] if kept and index < len(self._drawn) else None
            found = ring_sight.ring_name_angle_in_sight(radius, tests, angle, in_sight, stays, depth)
            drawn.append(angle if found is None else found)
        return drawn

    def names_item(self) -> RingNamesItem:
        """The item that draws the circles' names (the scene adds it beside this one)."""
        return self._names

    def name_rects(self) -> list[QRectF]:
        """Where each circle's name is drawn, closest circle first (in this item's coordinates)."""
        return [QRectF(rect) for rect, _corner, _static in self._labels]

    def _relayout(self) -> None:
        self.prepareGeometryChange()
        metrics = QFontMetricsF(self._font)
        self._labels = []
        for (radius, name), angle in zip(self._rings, self._drawn):
            width = metrics.horizontalAdvance(name) + 10
            height = metrics.height() + 2
            rect = _name_rect(radius, angle, (width, height))
            # Static text: laid out once, not at every repaint (drawText lays out each time).
            static = QStaticText(name)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(font=self._font)
            self._labels.append((rect, QPointF(rect.x() + 5, rect.y() + 1), static))
        outer = max((r for r, _ in self._rings), default=0.0) + 20
        self._bounds = QRectF(-outer, -outer, 2 * outer, 2 * outer)
        self._names.show_names(self._labels, self._font)

    def set_colours(self, line: str, width: float, text: str, background: str) -> None:
        """The rings' line colour and width, their names' colour and the patch behind the names."""
        self._pen = QPen(QColor(line), width)
        self._names.set_colours(text, background)
        self.update()

    def uncut_shift(self, shown: QRectF, keep: QRectF) -> QPointF:
        """The least move of *shown* (the scene shown in a view) after which no circle's name is cut
        at its edge (each is wholly in sight or wholly out of it) and *keep* stays inside it; no move
        (a null point) when none is needed or none keeps *keep* in sight."""
        names = [self.mapRectToScene(rect) for rect in self.name_rects()] if self.isVisible() else []

        def cut(area: QRectF) -> bool:
            return any(area.intersects(name) and not area.contains(name) for name in names)

        if not cut(shown):
            return QPointF()
        moves = [QPointF(0.0, 0.0)]
        for name in names:  # each edge a name crosses, moved to take the name in or to leave it out
            for near, far, across in ((name.left(), name.right(), True), (name.top(), name.bottom(), False)):
                for edge in ((shown.left(), shown.right()) if across else (shown.top(), shown.bottom())):
                    if near < edge < far:
                        for distance in (near - edge, far - edge):
                            moves.append(QPointF(distance, 0.0) if across else QPointF(0.0, distance))
        for move in sorted(moves[1:], key=lambda m: abs(m.x()) + abs(m.y())):
            moved = shown.translated(move)
            if moved.contains(keep) and not cut(moved):
                return move
        return QPointF()

    def ring_names(self) -> list[str]:
        return [name for _, name in self._rings]

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setPen(self._pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for radius, _ in self._rings:
            painter.drawEllipse(QPointF(0, 0), radius, radius)


class RingNamesItem(QGraphicsItem):
    """The circles' names, each on a patch of the canvas's colour, above the connections."""

    Type = item_types.RING_NAMES

    def type(self) -> int:  # Qt's name: this class's own number, not its Qt base class's
        return item_types.RING_NAMES

    def __init__(self) -> None:
        super().__init__()
        self._labels: list[tuple[QRectF, QPointF, QStaticText]] = []
        self._font = label_font(style.RING_LABEL_FONT_SIZE)
        self._text_pen = QPen(QColor(style.RING_LABEL_COLOUR))
        self._label_brush = solid_brush(QColor(style.CANVAS_BACKGROUND))
        self._bounds = QRectF()
        self.setZValue(RING_NAMES_Z)
        # Scenery too: clicks go through the names to what is under them.
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)

    def show_names(self, labels: list[tuple[QRectF, QPointF, QStaticText]], font) -> None:
        """(patch, text corner, laid-out text) of each name, in the rings' coordinates."""
        self.prepareGeometryChange()
        self._labels, self._font = labels, font
        bounds = QRectF()
        for rect, _corner, _static in labels:
            bounds = bounds.united(rect)
        self._bounds = bounds
        self.update()

    def set_colours(self, text: str, background: str) -> None:
        self._text_pen = QPen(QColor(text))
        self._label_brush = solid_brush(QColor(background))
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setFont(self._font)
        for rect, corner, static in self._labels:
            # A patch of background under the name, so neither its circle nor a connection strikes
            # through it.
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._label_brush)
            painter.drawRect(rect)
            painter.setPen(self._text_pen)
            painter.drawStaticText(corner, static)


def _round_from(angle: float, own: float) -> float:
    """How far round its circle (degrees, either way) a name at *angle* stands from *own*."""
    turn = abs(angle - own) % 360
    return min(turn, 360 - turn)


def _crosses(area: QRectF, radius: float) -> bool:
    """Whether a circle of *radius* round the origin passes through *area*."""
    near_x = min(max(0.0, area.left()), area.right())
    near_y = min(max(0.0, area.top()), area.bottom())
    far_x, far_y = max(abs(area.left()), abs(area.right())), max(abs(area.top()), abs(area.bottom()))
    return math.hypot(near_x, near_y) <= radius <= math.hypot(far_x, far_y)


def _edges(rect: QRectF) -> tuple[float, float, float, float] | None:
    """(left, top, right, bottom) of *rect* as QRectF.contains and intersects read it (a negative
    width or height turned round), or None where it is empty (they find nothing in it then)."""
    left, right = sorted((rect.x(), rect.x() + rect.width()))
    top, bottom = sorted((rect.y(), rect.y() + rect.height()))
    return None if left == right or top == bottom else (left, top, right, bottom)


def _in_room(room: tuple[float, float, float, float] | None, covers: list[tuple[float, float, float, float]],
             radius: float, size: tuple[float, float], angle: float) -> bool:
    """Whether _name_rect(radius, angle, size) is inside *room* (edges included) and meets none of
    *covers* (_edges' numbers), as QRectF's contains and intersects answer, without making a QRectF."""
    if room is None:
        return False
    width, height = size
    x, y = ring_places.ring_name_centre(radius, angle)
    left, top = x - width / 2, y - height / 2
    right, bottom = left + width, top + height
    if left < room[0] or top < room[1] or right > room[2] or bottom > room[3]:
        return False
    return not any(left < c_right and c_left < right and top < c_bottom and c_top < bottom
                   for c_left, c_top, c_right, c_bottom in covers)


def _name_rect(radius: float, angle: float, size: tuple[float, float]) -> QRectF:
    """A name's patch, centred on its circle at *angle* degrees clockwise from the top."""
    width, height = size
    x, y = ring_places.ring_name_centre(radius, angle)
    return QRectF(x - width / 2, y - height / 2, width, height)


def _depth_in(room: QRectF, rect: QRectF) -> float:
    """How far *rect* is in from *room*'s nearest edge, as a share of WELL_IN of the room's size
    that way (1: WELL_IN of its width or height in, or more)."""
    across = min(rect.left() - room.left(), room.right() - rect.right()) / (room.width() * WELL_IN or 1.0)
    down = min(rect.top() - room.top(), room.bottom() - rect.bottom()) / (room.height() * WELL_IN or 1.0)
    return min(across, down)
