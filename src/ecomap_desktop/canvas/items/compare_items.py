"""What the compare overlay draws: word tags, and dashed grey ghosts of people and lines that ended.

Plain values in (words, a kind, a name, positions); nothing here knows the map or the comparison.
None of these items can be selected, focused or clicked: the map under them stays the one edited,
and the editing code, which looks only for node and connection items, never meets them.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QStaticText
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ... import geometry, node_shape, style
from .brush import solid_brush
from .text_layout import build_block, shared_label_font, text_width
from . import item_types

# How a tag's box is drawn: its border pattern says which kind of word it holds, colour only helps.
TAG_NEW, TAG_ENDED, TAG_CHANGED = "new", "ended", "changed"
TAG_FONT_PX = 12.0  # scene units, times the names' text boost (legible when zoomed out, as names are)
GHOST_INK = "#6b6b6b"  # 5.3:1 on the canvas: the ghost's name is still read
GHOST_Z = -2.0  # under the connections (0) and the nodes (10)
TAG_Z = 30.0
TAG_MIN_PX = 7.0  # a tag smaller than this on screen is hidden (its words could not be read)
LEADER_FROM = 8.0  # words further than this from their line (tag units) are tied to it by a leader

_TAG_INK = {TAG_NEW: "#14365a", TAG_ENDED: GHOST_INK, TAG_CHANGED: "#3d2a00"}
_TAG_FILL = {TAG_NEW: "#ffffff", TAG_ENDED: "#f4f4f2", TAG_CHANGED: "#fff4cc"}
_TAG_DASH = {TAG_NEW: None, TAG_ENDED: (4.0, 3.0), TAG_CHANGED: (1.0, 2.0)}


def _inert(item: QGraphicsItem) -> None:
    """Nothing to click, hover, select or focus: clicks fall through to the map underneath."""
    item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
    item.setAcceptHoverEvents(False)
    item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)
    item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable, False)


class TagItem(QGraphicsItem):
    """A few words in a small box ("new", "ended", "stronger"), grown with the names' text boost.

    Placed with its bottom edge's middle on its position (above a node), or centred on it (on a line).
    Scaled as an ordinary item (never ItemIgnoresTransformations, which Qt's index cannot place, so
    every redraw would look at every tag).
    """

    Type = item_types.COMPARE_TAG

    def type(self) -> int:  # Qt's name: this class's own number, not its Qt base class's
        return item_types.COMPARE_TAG

    def __init__(self, text: str, kind: str = TAG_NEW, centred: bool = False,
                 parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        _inert(self)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(TAG_Z)
        self._centred = centred
        self._offset = QPointF()  # the box's shift from its position, in screen pixels (beside a line)
        self._scale_text = 1.0
        self.text, self.kind = "", ""
        self._statics: list[QStaticText] = []
        self._rows: list[str] = []
        self._split = False
        self._leader: tuple[QPointF, QPointF] | None = None
        self._rect = QRectF()
        self._box = QRectF()
        self.set_text(text, kind)

    def set_text(self, text: str, kind: str | None = None, text_scale: float | None = None) -> None:
        """The words, their kind of box and how much larger than TAG_FONT_PX they are drawn."""
        kind = kind or self.kind
        if text_scale is not None and text_scale != self._scale_text:
            self._scale_text = text_scale
            self.setScale(text_scale)
        if (text, kind) == (self.text, self.kind):
            return
        self.prepareGeometryChange()
        self.text, self.kind = text, kind
        self._font = shared_label_font(TAG_FONT_PX, kind == TAG_NEW, text)[0]
        self._split = False
        self._lay_out()
        pen = QPen(QColor(_TAG_INK[kind]), 1.4)
        dash = _TAG_DASH[kind]
        if dash:
            pen.setDashPattern(list(dash))
        self._border = pen
        self._fill = solid_brush(QColor(_TAG_FILL[kind]))
        self._ink = QPen(QColor(_TAG_INK[kind]))
        self.update()

    def _lay_out(self) -> None:
        """The box round the words, on one row or (split) one row per comma-separated part."""
        text = self.text
        rows = [part.strip() for part in text.split(",")] if self._split else [text]
        rows = [row for row in rows if row] or [text]
        font, metrics = shared_label_font(TAG_FONT_PX, self.kind == TAG_NEW, text)
        self._rows = rows
        self._statics = []
        for row in rows:
            static = QStaticText(row)
            static.setTextFormat(Qt.TextFormat.PlainText)  # words from a map are never markup
            self._statics.append(static)
        self._widths = [text_width(metrics, row) for row in rows]
        self._row_height = metrics.height()
        self._offset = QPointF()  # laid out afresh: beside_line places it again
        self._leader = None
        width, height = max(self._widths), self._row_height * len(rows)
        pad_x, pad_y = 5.0, 1.5
        top = -height / 2 - pad_y if self._centred else -height - 2 * pad_y
        self._box = QRectF(-width / 2 - pad_x, top, width + 2 * pad_x, height + 2 * pad_y)
        self._text_at = QPointF(0.0, top + pad_y)  # the first row's top middle
        self._place_box()

    def can_split(self) -> bool:
        """Whether the words are two or more parts ("stronger, support now both ways")."""
        return "," in self.text

    def set_split(self, split: bool) -> None:
        """The words on one row, or each part on its own row (a narrower box beside a short line)."""
        split = split and self.can_split()
        if split != self._split:
            self.prepareGeometryChange()
            self._split = split
            self._lay_out()

    def rows(self) -> list[str]:
        """The words as drawn, row by row."""
        return list(self._rows)

    def leader(self) -> tuple[QPointF, QPointF] | None:
        """The thin line tying words set away from their line to it: (on the line, at the words), in
        the tag's own coordinates; None when the words sit right by their line."""
        return self._leader

    def beside_line(self, dx: float, dy: float, gap: float = 3.0, along: float = 0.0,
                    other_side: bool = False, aside: float = 0.0) -> None:
        """Sit beside a line going in direction (dx, dy), not on it, so the line's own pattern (its
        cross-ticks, its dashes) still shows under the words: above it, or right of an upright line
        (below it, or left, with *other_side*), moved *along* the line that far (in the tag's own
        units) from its position, and *aside* further that way with the leader still tied at *along*
        (past the end of a short line); tied to it by a leader when further than LEADER_FROM."""
        box, leader = self.beside_line_at(dx, dy, gap, along, other_side, aside)
        offset = box.topLeft() - self._box.topLeft() + self._offset
        if offset != self._offset or leader != self._leader:
            self.prepareGeometryChange()
            self._box.translate(offset - self._offset)
            self._text_at += offset - self._offset
            self._offset = offset
            self._leader = leader
            self._place_box()

    def beside_line_at(self, dx: float, dy: float, gap: float = 3.0, along: float = 0.0,
                       other_side: bool = False, aside: float = 0.0
                       ) -> tuple[QRectF, tuple[QPointF, QPointF] | None]:
        """Where beside_line would put the box and the leader (own coordinates), moving nothing: a
        place tried costs no update of the scene's index."""
        length = (dx * dx + dy * dy) ** 0.5
        unplaced = self._box.translated(-self._offset)
        if not length:
            return unplaced, None
        ux, uy = dx / length, dy / length
        nx, ny = -uy, ux
        if (ny > 0 or (ny == 0 and nx < 0)) != other_side:
            nx, ny = -nx, -ny
        half_w, half_h = unplaced.width() / 2, unplaced.height() / 2
        reach = abs(nx) * half_w + abs(ny) * half_h + gap
        box = unplaced.translated(nx * reach + ux * (along + aside), ny * reach + uy * (along + aside))
        if gap <= LEADER_FROM and not aside:
            return box, None
        # From the line to the words' nearest point: plainly this line's words.
        on_line = QPointF(ux * along, uy * along)
        at_words = QPointF(min(max(on_line.x(), box.left()), box.right()),
                           min(max(on_line.y(), box.top()), box.bottom()))
        return box, (on_line, at_words)

    def _place_box(self) -> None:
        rect = self._box
        if self._leader is not None:
            start, end = self._leader
            rect = rect.united(QRectF(start, end).normalized())
        self._rect = rect.adjusted(-2, -2, 2, 2)
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self._rect

    def box(self) -> QRectF:
        """The tag's box in its own coordinates (before its scale)."""
        return QRectF(self._box)

    def follow_zoom(self, zoom: float) -> None:
        """Hidden while too small on screen to read at this zoom (a whole big map in view), so a
        redraw does not go through hundreds of unreadable tags."""
        self.setVisible(self._box.height() * self.scale() * zoom >= TAG_MIN_PX)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._leader is not None:
            painter.setPen(QPen(self._ink.color(), 1.0))
            painter.drawLine(*self._leader)
        painter.setPen(self._border)
        painter.setBrush(self._fill)
        radius = self._box.height() / 2
        painter.drawRoundedRect(self._box, radius, radius)
        painter.setPen(self._ink)
        painter.setFont(self._font)
        top = self._text_at.y()
        for static, width in zip(self._statics, self._widths):
            painter.drawStaticText(QPointF(self._text_at.x() - width / 2, top), static)
            top += self._row_height


class GhostNodeItem(QGraphicsItem):
    """A person or group no longer on the map, drawn where they were: a dashed grey outline, their
    name in grey, sized by the same rule as a real node's so the name fits whole."""

    Type = item_types.GHOST_NODE

    def type(self) -> int:  # Qt's name: this class's own number, not its Qt base class's
        return item_types.GHOST_NODE

    def __init__(self, ghost_id: str, kind: str, label: str) -> None:
        super().__init__()
        _inert(self)
        self.setZValue(GHOST_Z)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)  # a dashed outline is slow to stroke
        self.ghost_id = ghost_id
        self.kind = kind if kind in style.LABEL_WRAP_WIDTH else "person"
        self.label = label
        font, metrics = shared_label_font(node_shape.label_size(self.kind), self.kind == "centre", label)
        self._shape = node_shape.node_shape(self.kind, label, lambda text: text_width(metrics, text))
        self._block = build_block(self._shape.rows, font, font, self._shape.widths)
        self._boost = 1.0
        self._outline: geometry.Outline = self._shape.outline
        self._pen = QPen(QColor(GHOST_INK), 1.6)
        self._pen.setDashPattern([4.0, 3.0])
        self._fill = solid_brush(QColor(255, 255, 255, 150))
        self._text_pen = QPen(QColor(GHOST_INK))
        self._place()

    def set_text_boost(self, boost: float) -> None:
        """Grow with the real nodes' text when the map is zoomed out (see NodeItem.set_text_boost)."""
        if boost != self._boost:
            self._boost = boost
            self._outline = self._shape.outline_at(boost)
            self._place()

    def outline(self) -> geometry.Outline:
        return self._outline

    def ghost_shape(self) -> node_shape.NodeShape:
        """Its outline and name with the text at a boost of 1 (NodeShape.outline_at: at another)."""
        return self._shape

    def pen(self) -> QPen:
        """The outline's pen (dashed), for tests and accessibility checks."""
        return QPen(self._pen)

    def text_lines(self) -> list[str]:
        return [line for _, _, line in self._block.rows]

    def _place(self) -> None:
        self.prepareGeometryChange()
        half_w, half_h, corner = self._outline
        self._box = QRectF(-half_w, -half_h, 2 * half_w, 2 * half_h)
        self._corner = corner
        text = self._block.rect
        boost = self._boost
        text = QRectF(text.x() * boost, text.y() * boost, text.width() * boost, text.height() * boost)
        self._text = text
        self._bounds = self._box.united(text).adjusted(-3, -3, 3, 3)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self._bounds

    def shape(self) -> QPainterPath:
        """The outline and the name in it (not the empty corners round a circle)."""
        path = QPainterPath()
        path.addRoundedRect(self._box, self._corner, self._corner)
        path.addRect(self._text)
        path.setFillRule(Qt.FillRule.WindingFill)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setPen(self._pen)
        painter.setBrush(self._fill)
        painter.drawRoundedRect(self._box, self._corner, self._corner)
        painter.setPen(self._text_pen)
        if self._boost != 1.0:
            painter.scale(self._boost, self._boost)
        for font, position, static in self._block.runs:
            painter.setFont(font)
            painter.drawStaticText(position, static)


class GhostEdgeItem(QGraphicsItem):
    """A connection no longer on the map: a dashed grey line between where its two ends are drawn."""

    Type = item_types.GHOST_EDGE

    def type(self) -> int:  # Qt's name: this class's own number, not its Qt base class's
        return item_types.GHOST_EDGE

    def __init__(self, key: frozenset) -> None:
        super().__init__()
        _inert(self)
        self.setZValue(GHOST_Z - 0.5)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.key = key
        self._line: tuple[float, float, float, float] | None = None
        self._bounds = QRectF()
        self._pen = QPen(QColor(GHOST_INK), 2.0)
        # Dash-dot: never mistaken for a weak line's even dashes (style.LINE_STYLES["tenuous"]).
        self._pen.setDashPattern([6.0, 2.5, 1.0, 2.5])
        self._pen.setCapStyle(Qt.PenCapStyle.FlatCap)

    def set_ends(self, outline_a: geometry.Outline, ax: float, ay: float, outline_b: geometry.Outline,
                 bx: float, by: float) -> None:
        line = geometry.clipped_segment(outline_a, ax, ay, outline_b, bx, by)
        if line == self._line:
            return
        self.prepareGeometryChange()
        self._line = line
        if line is None:
            self._bounds = QRectF()
        else:
            x1, y1, x2, y2 = line
            self._bounds = QRectF(QPointF(min(x1, x2), min(y1, y2)),
                                  QPointF(max(x1, x2), max(y1, y2))).adjusted(-3, -3, 3, 3)

    def pen(self) -> QPen:
        return QPen(self._pen)

    def segment(self) -> tuple[float, float, float, float] | None:
        """(x1, y1, x2, y2): where the line is drawn, outline to outline (None: the ends overlap)."""
        return self._line

    def middle(self) -> QPointF | None:
        if self._line is None:
            return None
        x1, y1, x2, y2 = self._line
        return QPointF((x1 + x2) / 2, (y1 + y2) / 2)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self._bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        if self._line is not None:
            path.moveTo(self._line[0], self._line[1])
            path.lineTo(self._line[2], self._line[3])
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if self._line is None:
            return
        painter.setPen(self._pen)
        x1, y1, x2, y2 = self._line
        painter.drawLine(QPointF(x1, y1), QPointF(x2, y2))

