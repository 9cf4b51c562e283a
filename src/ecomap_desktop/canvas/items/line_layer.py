"""One item that draws the connections of a map, many lines to a call.

Each connection keeps its own item (edge_item.py) for everything but drawing: its place in Qt's index,
hit tests, selection, keyboard focus and what a screen reader is told. Those items have no contents of
their own, so Qt never calls Python to paint one. This layer draws them instead, under them: the
lines of one style in one drawLines() call, then the cross-ticks and arrowheads.

Why: on a big map every line runs to the family at the centre, so any repaint near the centre (a
rename, a small move) meets the boxes of thousands of lines, and Qt called each one's paint() in
turn. Here the lines near the repainted area are found in a grid of the cells each line passes
through (geometry.SegmentGrid), and drawn together.

A line with words on it (the compare overlay's) draws itself, above the people (see set_caption).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractEventDispatcher, QRectF, Qt, QTimer
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyleOptionGraphicsItem, QWidget

from . import item_types
from ... import geometry, style
from .connection_drawing import band_pad

if TYPE_CHECKING:
    from .edge_item import EdgeItem

Segment = tuple[float, float, float, float]

LINE_LAYER_Z = -0.5  # under each line's own item (0: a line that draws itself), over ghosts (-2)
AA_SLACK_PX = 2.0  # how far antialiasing may reach past a stroke, in device pixels
# Cells of the grid, in scene units: about a short line's length (smaller cells take longer to fill).
GRID_CELL = 128.0
# Room the layer's box takes round its lines when it must grow: scene units, and a share of its size.
GROWTH_ROOM = 200.0
GROWTH_SHARE = 0.1
# A repaint of at least this share of the layer's box draws every line, without the grid.
WHOLE_SHARE = 0.25
# When more than one line in this many moved since the last repaint, the grid is set aside.
MOVED_SHARE = 8
# With at least this many lines, a repaint that drew without the grid has it made once the window
# waits for the user, so the first small repaint after opening a map (a rename, a move) does not
# stall to make it: filing 5,000 lines takes ~70-120 ms.
IDLE_GRID_LINES = 500
_REACH = max(band_pad(strength) for strength in style.LINE_STYLES)  # how far any line's drawing reaches
_NO_PEN = QPen(Qt.PenStyle.NoPen)
_NOWHERE = QPainterPath()
_level_of_detail = QStyleOptionGraphicsItem.levelOfDetailFromTransform


class LineLayer(QGraphicsRectItem):
    """Draws every connection given to it (adopt) in one paint; Qt repaints it where lines changed."""

    def type(self) -> int:  # Qt's name: this class's own number
        return item_types.LINE_LAYER

    def __init__(self) -> None:
        super().__init__()
        self.setPen(_NO_PEN)  # the box is exactly the rectangle, read by Qt without calling Python
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(LINE_LAYER_Z)
        self._lines: dict[EdgeItem, None] = {}  # in the order they were given: the order they are drawn
        # Each line's place in that order: the lines near a small repaint (a set) are drawn in it too,
        # so arrowheads, ticks and bands that overlap stack as in a drawing of the whole map.
        self._place: dict[EdgeItem, int] = {}
        self._places_given = 0
        self._selected: set[EdgeItem] = set()
        self._grid: geometry.SegmentGrid[EdgeItem] | None = None  # made at the first small repaint
        self._style_rank: dict[tuple, int] = {}  # lines of one style are drawn in the order styles came
        self._scale = 1.0  # device pixels per scene unit when last drawn
        self._moved: dict[EdgeItem, None] = {}  # lines moved since the last repaint (to file again)
        self._dragging = False  # people are being dragged (see set_dragging)
        self._grid_wanted = False  # to be made when the window waits for the user (_make_grid_when_still)
        self._grid_timer: QTimer | None = None  # makes it then (made when first needed)

    # ----- the lines it draws ------------------------------------------------------------------

    def lines(self) -> list[EdgeItem]:
        """The connections this layer draws (those with words on them draw themselves)."""
        return list(self._lines)

    def adopt(self, items: list[EdgeItem] | tuple[EdgeItem, ...]) -> None:
        """Draw these new connections from now on (their items have no contents of their own)."""
        lines, grid = self._lines, self._grid
        left = top = right = bottom = None
        place, given = self._place, self._places_given
        for item in items:
            if item not in lines:
                place[item] = given
                given += 1
            lines[item] = None
            if grid is not None:
                self._file(grid, item)
            box = item.rect()
            if box.isEmpty():
                continue
            x1, y1, x2, y2 = box.getCoords()
            if left is None:
                left, top, right, bottom = x1, y1, x2, y2
            else:
                left, top = min(left, x1), min(top, y1)
                right, bottom = max(right, x2), max(bottom, y2)
        self._places_given = given
        if left is None:
            return
        if not self._cover(QRectF(left, top, right - left, bottom - top)):  # else all is drawn again
            for item in items:
                self._repaint(item.segment())

    def take_back(self, item: EdgeItem) -> None:
        """Draw *item* again, a line that drew itself for a while (words on it): selected meanwhile,
        it keeps its band."""
        self.adopt((item,))
        if item.isSelected():
            self._selected.add(item)
            self._repaint(item.segment())

    def release(self, item: EdgeItem) -> None:
        """Stop drawing *item* (it draws itself now, or it is gone)."""
        if self._lines.pop(item, 0) is None:
            del self._place[item]
            if self._grid is not None:
                self._grid.drop(item)
            self._selected.discard(item)
            self._repaint(item.segment())

    def clear(self) -> None:
        """Forget every line (a new map is about to be drawn)."""
        self._lines.clear()
        self._place.clear()
        self._selected.clear()
        self._moved.clear()
        self._grid = None
        self.prepareGeometryChange()
        self.setRect(QRectF())

    def changed(self, item: EdgeItem, old_segment: Segment | None = None) -> None:
        """*item*'s line was drawn along *old_segment* before it moved or was restyled: draw it
        again (its new segment is its item's)."""
        if item not in self._lines:
            return
        segment = item.segment()
        if old_segment != segment:
            self._moved[item] = None
            self._repaint(old_segment)
            self._cover(item.rect())
        self._repaint(segment)

    def selection_changed(self, selected: set[EdgeItem]) -> None:
        """The scene's selected connections are now *selected*: a selected line has a band under it."""
        for item in selected.symmetric_difference(self._selected):
            if item in self._lines:
                self._repaint(item.segment())
        self._selected = selected & self._lines.keys()

    def set_dragging(self, on: bool) -> None:
        """People are being dragged (*on*) or were let go. While a drag runs the grid is not made when
        still: a dragged family moves every line at each step, and sets it aside again."""
        self._dragging = on
        if not on and self._grid is None:
            self._make_grid_when_still()

    def _make_grid_when_still(self) -> None:
        """Have the grid made as soon as the window waits for the user (everything due done: the first
        paint of a map just opened, and what followed it), on a map with enough lines to matter."""
        dispatcher = QAbstractEventDispatcher.instance()
        if self._grid_wanted or self._dragging or len(self._lines) < IDLE_GRID_LINES or dispatcher is None:
            return  # (no event loop: a picture drawn by the command line)
        timer = self._grid_timer
        if timer is None:
            scene = self.scene()
            if scene is None:
                return
            # The scene's: it goes with the scene, and so never calls a layer that has gone.
            timer = self._grid_timer = QTimer(scene)
            timer.setSingleShot(True)
            timer.setInterval(0)
            timer.timeout.connect(self._make_grid_now)
        self._grid_wanted = True
        dispatcher.aboutToBlock.connect(timer.start)

    def _make_grid_now(self) -> None:
        QAbstractEventDispatcher.instance().aboutToBlock.disconnect(self._grid_timer.start)
        self._grid_wanted = False
        if self._grid is None and not self._dragging:
            self._near_lines_grid(True)

    def _repaint(self, segment: Segment | None) -> None:
        """Have what is drawn along *segment* drawn again."""
        if segment is None:
            return
        x1, y1, x2, y2 = segment
        reach = _REACH + AA_SLACK_PX / self._scale
        self.update(QRectF(min(x1, x2) - reach, min(y1, y2) - reach, abs(x2 - x1) + 2 * reach,
                           abs(y2 - y1) + 2 * reach))

    def _cover(self, box: QRectF) -> bool:
        """Grow the layer's box to take in *box* (it never shrinks until cleared: a line that gets
        shorter leaves nothing outside the box drawn). True if it grew: Qt then draws it all again."""
        rect = self.rect()
        if box.isEmpty() or rect.contains(box):  # empty: a line whose two nodes overlap draws nothing
            return False
        # Qt repaints the whole layer when its box changes: so it grows with room to spare, and a
        # person dragged a little past the edge of the map does not make every line drawn again.
        rect = box if rect.isEmpty() else rect.united(box)
        room = max(GROWTH_ROOM, GROWTH_SHARE * max(rect.width(), rect.height()))
        self.prepareGeometryChange()
        self.setRect(rect.adjusted(-room, -room, room, room))
        return True

    @staticmethod
    def _file(grid: geometry.SegmentGrid, item: EdgeItem) -> None:
        segment = item.segment()
        if segment is None:  # its two nodes overlap: nothing drawn
            grid.drop(item)
        else:
            grid.put(item, *segment, band_pad(item.strength))

    # ----- Qt's -----------------------------------------------------------------------------------

    def shape(self) -> QPainterPath:
        # Nothing to hit: a click, a tap or a search for what is under a point finds the lines' own
        # items (and the people above), never this layer.
        return _NOWHERE

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        exposed = option.exposedRect
        scale = _level_of_detail(painter.worldTransform())
        if scale > 0.0:
            self._scale = scale
        slack = AA_SLACK_PX / self._scale
        lines = self._lines
        if painter.hasClipping():
            # A view's render() into a picture says the whole layer is exposed; its clip says better.
            clip = painter.clipBoundingRect()
            exposed = clip if exposed.isEmpty() else exposed.intersected(clip)
        rect = self.rect()
        if exposed.isEmpty() or exposed.contains(rect):
            exposed = None  # everything: no need to look for what is near
        # Much of the map (its first drawing, zoomed to fit): every line is looked at, and the
        # painter leaves out what falls outside; the grid is for the repaint of a few lines' area.
        small = exposed is not None and (exposed.width() * exposed.height()
                                         < WHOLE_SHARE * rect.width() * rect.height())
        grid = self._near_lines_grid(small)
        if self._grid is None:
            self._make_grid_when_still()
        if grid is None:
            which = lines
        else:
            left, top, right, bottom = exposed.getCoords()
            which = sorted(grid.near(left - slack, top - slack, right + slack, bottom + slack),
                           key=self._place.__getitem__)
        self._draw(painter, which, exposed, slack)

    def _near_lines_grid(self, wanted: bool) -> geometry.SegmentGrid[EdgeItem] | None:
        """The grid of where the lines run, up to date, when it is *wanted* for this repaint and worth
        it; None to look at every line instead."""
        lines, moved, grid = self._lines, self._moved, self._grid
        many_moved = len(moved) > len(lines) // MOVED_SHARE
        if many_moved:
            # Most lines moved since the last repaint (the family dragged, a map arranged): filing
            # them all again would cost more than looking at every line, now and at each step.
            grid = self._grid = None
        elif grid is not None:
            for item in moved:
                if item in lines:
                    self._file(grid, item)
        moved.clear()
        if grid is None and wanted and not many_moved:
            grid = self._grid = geometry.SegmentGrid(GRID_CELL)
            for item in lines:
                self._file(grid, item)
        return grid if wanted else None

    def _draw(self, painter: QPainter, which, exposed: QRectF | None, slack: float) -> None:
        """Draw the lines of *which*: selection bands, then each style's lines at once, then cross-ticks
        and arrowheads (those near *exposed* only, when given)."""
        ranks, selected = self._style_rank, self._selected
        strokes: dict[tuple, list] = {}
        pens: dict[tuple, QPen] = {}
        ticked, arrowed, banded = [], [], []
        for item in which:
            drawing = item.drawing()
            if drawing is None:
                continue
            key = item.style_key
            group = strokes.get(key)
            if group is None:
                group = strokes[key] = []
                pens[key] = item.pens()[0]
                if key not in ranks:
                    ranks[key] = len(ranks)
            group.append(drawing.line)
            if drawing.tick_comb is not None:
                ticked.append((item, drawing))
            if drawing.arrows:
                arrowed.append((item, drawing))
            if selected and item in selected:
                banded.append((item, drawing))
        for item, drawing in banded:
            painter.setPen(item.pens()[3])
            painter.drawLine(drawing.start, drawing.end)
        for key in sorted(strokes, key=ranks.__getitem__):
            painter.setPen(pens[key])
            painter.drawLines(strokes[key])
        if ticked:
            self._draw_ticks(painter, ticked, exposed, slack)
        if arrowed:
            painter.setPen(_NO_PEN)
            brush = None
            for item, drawing in arrowed:
                if item.pens()[2] is not brush:
                    brush = item.pens()[2]
                    painter.setBrush(brush)
                for polygon in drawing.arrows:
                    painter.drawPolygon(polygon)

    @staticmethod
    def _draw_ticks(painter: QPainter, ticked: list, exposed: QRectF | None, slack: float) -> None:
        """Each line's cross-ticks; with *exposed*, only those that may put ink in it."""
        pen = None
        if exposed is not None:
            left, top, right, bottom = exposed.getCoords()
        for item, drawing in ticked:
            which = None
            if exposed is not None:
                pad = band_pad(item.strength) + slack
                which = drawing.ticks_within(left - pad, top - pad, right + pad, bottom + pad)
                if which is None:
                    continue
            tick_pen = item.pens()[1]
            if tick_pen is not pen:
                pen = tick_pen
                painter.setPen(pen)
            drawing.paint_ticks(painter, which)

