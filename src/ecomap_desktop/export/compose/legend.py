"""The printed key: the map's own legend entries with real line samples, then shapes and colours."""

from __future__ import annotations

from dataclasses import dataclass

from ... import geometry, labels, style
from ...i18n import translate as _tr
from ...model.vocabulary import default_legend
from .. import text as T
from .mapdraw import draw_connection
from .mapinfo import MapInfo
from .measures import LEGEND_PADDING, LEGEND_SAMPLE, LEGEND_TEXT_SIZE, LEGEND_TITLE_SIZE, TEXT
from .painter import Painter


@dataclass
class LegendItem:
    kind: str  # "line" (key = strength or "flow"), "shape" (key = node kind), "fill" (key = category)
    key: str
    lines: list[T.TextLine]

    def height(self) -> float:
        return max(16.0, len(self.lines) * LEGEND_TEXT_SIZE * 1.25 + 3)

# The key's node shapes are drawn on white; a category's colour is a square swatch of this side.
SHAPE_FILL = "#ffffff"
SWATCH_SIZE = 11.0


def legend_items(info: MapInfo | None, text_width: float) -> list[LegendItem]:
    """The map's own legend entries first, then the two node shapes, then the colours it uses."""
    items = []
    entries = info.legend if info is not None else default_legend()
    for entry in entries:
        label = labels.legend_label(entry["key"], entry["label"])
        items.append(LegendItem("line", entry["key"], _legend_lines(label, text_width)))
    items.append(LegendItem("shape", "person", _legend_lines(labels.kind_name("person"), text_width)))
    items.append(LegendItem("shape", "group", _legend_lines(labels.kind_name("group"), text_width)))
    if info is not None:
        used = []
        for n in info.nodes.values():
            if n.kind != "centre" and n.category not in used:
                used.append(n.category)
        order = list(style.CATEGORY_FILLS)
        used.sort(key=lambda c: (order.index(c) if c in order else len(order), c))
        for category in used[:12]:
            name = labels.category_name(category)
            items.append(LegendItem("fill", category, _legend_lines(name, text_width)))
    return items

def _legend_lines(label: str, width: float) -> list[T.TextLine]:
    return T.wrap_lines(label, LEGEND_TEXT_SIZE, width)

def draw_line_sample(p: Painter, key: str, x: float, y: float, length: float, stroke_scale: float) -> None:
    """A real sample of a connection style, from (x, y) to (x + length, y)."""
    strength = "moderate" if key == "flow" else key
    flow = "to_target" if key == "flow" else "none"
    size = stroke_scale
    line, arrows, ticks = geometry.connection_parts(0, 0, length / size, 0, strength, flow, 1.0)
    draw_connection(p, line, arrows, ticks, strength, style.LINE_COLOUR, x, y, size, stroke_scale)

def draw_legend(p: Painter, items: list[LegendItem], x: float, y: float, w: float, columns: int,
                stroke_scale: float) -> float:
    """The key in a light frame at (x, y) with *w* width; returns its height."""
    height = legend_height(items, columns)
    p.rounded_rect(x, y, w, height, 6.0, "#ffffff", style.LEGEND_BORDER, 0.8)
    title = T.make_line(_tr("Export", "Legend"), LEGEND_TITLE_SIZE, bold=True)
    p.text(x + LEGEND_PADDING, y + LEGEND_PADDING + LEGEND_TITLE_SIZE * 0.9, title, TEXT)
    col_w = (w - 2 * LEGEND_PADDING) / columns
    top = y + LEGEND_PADDING + LEGEND_TITLE_SIZE * 1.5
    for row_start in range(0, len(items), columns):
        row = items[row_start : row_start + columns]
        row_h = max(item.height() for item in row)
        for i, item in enumerate(row):
            ix = x + LEGEND_PADDING + i * col_w
            mid = top + row_h / 2
            _draw_legend_symbol(p, item, ix, mid, stroke_scale)
            n = len(item.lines)
            lead = LEGEND_TEXT_SIZE * 1.25
            first = mid - (n * lead) / 2 + LEGEND_TEXT_SIZE * 0.9
            for k, line in enumerate(item.lines):
                p.text(ix + LEGEND_SAMPLE + 8, first + k * lead, line, TEXT)
        top += row_h + 4
    return height

def legend_height(items: list[LegendItem], columns: int) -> float:
    h = 2 * LEGEND_PADDING + LEGEND_TITLE_SIZE * 1.5
    for row_start in range(0, len(items), columns):
        h += max(item.height() for item in items[row_start : row_start + columns]) + 4
    return h - 4

def _draw_legend_symbol(p: Painter, item: LegendItem, x: float, mid: float, stroke_scale: float) -> None:
    outline_w = style.NODE_OUTLINE_WIDTH * 0.6
    if item.kind == "line":
        draw_line_sample(p, item.key, x, mid, LEGEND_SAMPLE, max(stroke_scale, 0.6))
    elif item.kind == "shape" and item.key == "person":
        # Shapes are outlines on white (the shape is the meaning); colours are square swatches, so the
        # group's box never looks like the pale grey of "Other".
        p.circle(x + LEGEND_SAMPLE / 2, mid, 7.5, SHAPE_FILL, style.NODE_OUTLINE, outline_w)
    elif item.kind == "shape":
        p.rounded_rect(x + LEGEND_SAMPLE / 2 - 13, mid - 7, 26, 14, 3.5, SHAPE_FILL,
                       style.NODE_OUTLINE, outline_w)
    else:
        side = SWATCH_SIZE
        p.rounded_rect(x + LEGEND_SAMPLE / 2 - side / 2, mid - side / 2, side, side, 0.0,
                       style.category_fill(item.key), style.NODE_OUTLINE, outline_w * 0.8)
