"""The printed map's pages, laid out once and drawn through a small painter interface.

Both the PDF writer (reportlab, pdf.py) and Print (QPainter on a QPrinter, printing.py) call
``compose_document`` with their own Painter, so a printed page and the PDF have the same layout.
Everything is read from the model (never the canvas) and measured in points, origin at the top-left
of the page, y growing downwards; the PDF painter flips y itself.

Page 1: a header (title, family name, date), the map fitted to its box with margins, and the key
(the map's own legend entries with real line samples, plus shapes and colours). The conversation
(step notes, reflection, the commitment box) follows on the rest of page 1 when it fits there
without shrinking the map by more than a little, else on page 2 and after.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .. import geometry, labels, style
from ..model.vocabulary import RINGS, STEPS, default_legend
from . import text as T
from .options import PageOptions, page_dimensions
from ..i18n import current_locale, translate as _tr, window_translate

# ----- numbers of the printed page (points) -------------------------------------------------------

MARGIN = 40.0
GAP = 14.0
MIN_MAP_TEXT = 7.0  # no text on the map is drawn smaller than this (points)
#: Warn when names must be drawn more than this many times larger than the map's own scale (they
#: then crowd their neighbours); a smaller boost only needs the soft backdrop behind the name.
CROWDED_BOOST = 1.4
#: The notes go under the map on page 1 when the map shrinks to no less than this fraction of its
#: full-page size; else they go on page 2.
SHRINK_FOR_NOTES = 0.92
#: In portrait the commitment box stands beside the key, taking this share of the width, unless the
#: parent's words make it taller than the limit (then it joins the notes).
COMMIT_BESIDE_FRACTION = 0.4
COMMIT_BESIDE_MAX_HEIGHT = 230.0
MAX_SCALE = 1.5  # a small map is enlarged at most this much
MIN_STROKE_SCALE = 0.4  # lines and arrowheads never thinner than this fraction of the canvas's
MAP_PADDING = 14.0  # scene units around the drawing
TITLE_SIZE = 20.0
SUBTITLE_SIZE = 11.0
FOOTER_SIZE = 8.5
LEGEND_TEXT_SIZE = 9.5
LEGEND_TITLE_SIZE = 10.5
LEGEND_SAMPLE = 38.0
LEGEND_PADDING = 9.0
LEGEND_COLUMN_MIN = 165.0
LEGEND_SIDE_WIDTH = 190.0
BODY_SIZE = 11.0
BODY_LEADING = 15.5
HEADING_SIZE = 12.5
PAGE_HEADING_SIZE = 16.0
COMMIT_TITLE_SIZE = 14.0
COMMIT_TEXT_SIZE = 13.0
COMMIT_RULE_GAP = 27.0
COMMIT_BLANK_LINES = 3

TEXT = style.LABEL_COLOUR
MUTED = "#5a5a5a"
RULE = "#c8c8c8"
COMMIT_FILL = "#fff7e0"
COMMIT_BORDER = "#c99a2e"
COMMIT_RULE = "#b8a77a"
BACKDROP = "#ffffff"



#: Headings for the conversation steps, in our own words (the guide's steps, not its wording).
STEP_HEADINGS = {
    "support": QT_TRANSLATE_NOOP("Export", "What support means for us"),
    "people": QT_TRANSLATE_NOOP("Export", "The people in our life"),
    "groups": QT_TRANSLATE_NOOP("Export", "Groups and places we are part of"),
    "strength": QT_TRANSLATE_NOOP("Export", "How each connection feels"),
    "next": QT_TRANSLATE_NOOP("Export", "What we would like next"),
}


# ----- the painter interface ------------------------------------------------------------------------


class Painter(Protocol):
    """What a page needs from a drawing back end. Colours are '#rrggbb'; None means none."""

    def begin_page(self, width: float, height: float) -> None: ...

    def end_page(self) -> None: ...

    def line(self, x1: float, y1: float, x2: float, y2: float, width: float, colour: str,
             dash: tuple[float, ...] | None = None, round_cap: bool = False) -> None: ...

    def segments(self, segs: list[tuple[float, float, float, float]], width: float, colour: str) -> None: ...

    def polygon(self, points: list[tuple[float, float]], fill: str) -> None: ...

    def circle(self, cx: float, cy: float, r: float, fill: str | None, stroke: str | None,
               width: float = 1.0) -> None: ...

    def rounded_rect(self, x: float, y: float, w: float, h: float, radius: float, fill: str | None,
                     stroke: str | None, width: float = 1.0, alpha: float = 1.0) -> None: ...

    def text(self, x: float, baseline: float, line: T.TextLine, colour: str, align: str = "left") -> None: ...


# ----- what is drawn, read from the model ---------------------------------------------------------------


@dataclass
class NodeInfo:
    id: str
    kind: str
    x: float
    y: float
    category: str
    label: str
    household: list
    ring: str | None
    notes: str


@dataclass
class EdgeInfo:
    source: str
    target: str
    strength: str
    flow: str
    colour: str | None
    note: str


@dataclass
class MapInfo:
    nodes: dict[str, NodeInfo]
    edges: list[EdgeInfo]
    centre: NodeInfo
    title: str
    date: str
    legend: list[dict]
    step_notes: dict[str, str]
    reflection: str
    commitment: str
    worker_notes: str
    rings: list[tuple[str, float]]  # (ring key, radius) drawn around the centre
    bounds: tuple[float, float, float, float]  # scene units: min x, min y, max x, max y


def read_map(doc) -> MapInfo:
    # A read-only view: a deep copy of a 5,000-node map costs about as much as drawing it.
    graph = doc.graph_view()
    centre_id = doc.centre_id
    nodes = {}
    for node_id, d in graph.nodes(data=True):
        nodes[node_id] = NodeInfo(
            node_id, d.get("kind", "person"), float(d.get("x", 0.0)), float(d.get("y", 0.0)),
            d.get("category", "other"), d.get("label", ""), d.get("household") or [], d.get("ring"),
            d.get("notes", ""),
        )
    edges = [
        EdgeInfo(u, v, d.get("strength", "moderate"), d.get("flow", "none"), d.get("colour"),
                 d.get("note", ""))
        for u, v, d in sorted(graph.edges(data=True), key=lambda e: e[2]["id"])
    ]
    meta = graph.graph
    centre = nodes[centre_id]
    used_rings = {n.ring for n in nodes.values() if n.ring}
    rings: list[tuple[str, float]] = []
    if used_rings:
        outermost = max(RINGS.index(r) for r in used_rings)
        rings = [(key, style.RING_RADII[key]) for key in RINGS[: outermost + 1]]
    title = (meta.get("title") or "").strip()
    return MapInfo(
        nodes=nodes,
        edges=edges,
        centre=centre,
        title=title,
        date=_date_text(meta.get("modified") or meta.get("created") or ""),
        legend=list(meta.get("legend") or []) or default_legend(),
        step_notes=dict(meta.get("step_notes") or {}),
        reflection=meta.get("reflection") or "",
        commitment=meta.get("commitment") or "",
        worker_notes=meta.get("worker_notes") or "",
        rings=rings,
        bounds=_bounds(nodes.values(), centre, rings),
    )


def _date_text(stamp: str) -> str:
    """The map's date in the reader's language, or '' when the map has none."""
    try:
        when = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except (ValueError, AttributeError):
        return ""
    from PySide6.QtCore import QDate, QLocale

    return current_locale().toString(QDate(when.year, when.month, when.day), QLocale.FormatType.LongFormat)


def _bounds(nodes, centre: NodeInfo, rings) -> tuple[float, float, float, float]:
    xs0, ys0, xs1, ys1 = [], [], [], []
    for n in nodes:
        hw, hh, _ = geometry.node_half_size(n.kind)
        xs0.append(n.x - hw)
        xs1.append(n.x + hw)
        ys0.append(n.y - hh)
        ys1.append(n.y + hh)
    for _, radius in rings:
        xs0.append(centre.x - radius)
        xs1.append(centre.x + radius)
        ys0.append(centre.y - radius)
        ys1.append(centre.y + radius)
    p = MAP_PADDING
    return min(xs0) - p, min(ys0) - p, max(xs1) + p, max(ys1) + p


# ----- the legend ---------------------------------------------------------------------------------------


@dataclass
class LegendItem:
    kind: str  # "line" (key = strength or "flow"), "shape" (key = node kind), "fill" (key = category)
    key: str
    lines: list[T.TextLine]

    def height(self) -> float:
        return max(16.0, len(self.lines) * LEGEND_TEXT_SIZE * 1.25 + 3)


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
    return T.wrap_lines(label, LEGEND_TEXT_SIZE, width, max_lines=2)


def draw_line_sample(p: Painter, key: str, x: float, y: float, length: float, stroke_scale: float) -> None:
    """A real sample of a connection style, from (x, y) to (x + length, y)."""
    strength = "moderate" if key == "flow" else key
    flow = "to_target" if key == "flow" else "none"
    size = stroke_scale
    line, arrows, ticks = geometry.connection_parts(0, 0, length / size, 0, strength, flow, 1.0)
    _draw_connection(p, line, arrows, ticks, strength, style.LINE_COLOUR, x, y, size, stroke_scale)


def _draw_connection(p: Painter, line, arrows, ticks, strength: str, colour: str,
                     ox: float, oy: float, scale: float, stroke_scale: float) -> None:
    """Draw connection parts given in scene units, mapped by (ox + x*scale, oy + y*scale)."""
    ls = style.LINE_STYLES.get(strength, style.LINE_STYLES["moderate"])
    width = ls.width * stroke_scale
    x1, y1, x2, y2 = line
    dash = tuple(d * width for d in ls.dash) if ls.dash else None
    p.line(ox + x1 * scale, oy + y1 * scale, ox + x2 * scale, oy + y2 * scale, width, colour, dash,
           bool(dash))
    if ticks:
        p.segments(
            [(ox + a * scale, oy + b * scale, ox + c * scale, oy + d * scale) for a, b, c, d in ticks],
            style.TICK_WIDTH * stroke_scale,
            colour,
        )
    for arrow in arrows:
        p.polygon([(ox + ax * scale, oy + ay * scale) for ax, ay in arrow], colour)


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
        p.circle(x + LEGEND_SAMPLE / 2, mid, 7.5, style.DEFAULT_FILL, style.NODE_OUTLINE, outline_w)
    elif item.kind == "shape":
        p.rounded_rect(x + LEGEND_SAMPLE / 2 - 13, mid - 7, 26, 14, 3.5, style.DEFAULT_FILL,
                       style.NODE_OUTLINE, outline_w)
    else:
        p.rounded_rect(x + LEGEND_SAMPLE / 2 - 13, mid - 6, 26, 12, 3.0, style.category_fill(item.key),
                       style.NODE_OUTLINE, outline_w * 0.8)


# ----- the conversation (flowing text) -------------------------------------------------------------------


@dataclass
class Row:
    """One unbreakable piece of the flowing text: a line, a heading or the commitment box."""

    height: float
    draw: object  # callable(painter, x, y_top, width)
    keep_with_next: bool = False
    space_before: float = 0.0


def conversation_blocks(info: MapInfo, include_worker_notes: bool) -> list[tuple[str, str]]:
    """(kind, text) blocks in reading order: headings, paragraphs, then the commitment."""
    blocks: list[tuple[str, str]] = []
    for step in STEPS:
        note = (info.step_notes.get(step) or "").strip()
        if note:
            blocks += [("heading", _tr("Export", STEP_HEADINGS[step])), ("para", note)]
    if info.reflection.strip():
        blocks += [("heading", _tr("Export", "Looking at the map together")),
                   ("para", info.reflection.strip())]
    blocks.append(("commitment", info.commitment.strip()))
    if include_worker_notes:
        if info.worker_notes.strip():
            blocks += [("heading", _tr("Export", "Worker's notes")), ("para", info.worker_notes.strip())]
        node_notes = [n for n in info.nodes.values() if n.notes.strip()]
        edge_notes = [e for e in info.edges if e.note.strip()]
        if node_notes or edge_notes:
            blocks.append(("heading", _tr("Export", "Notes on people, groups and connections")))
            for n in node_notes:
                blocks.append(("para", f"{n.label.strip() or '?'}: {n.notes.strip()}"))
            for e in edge_notes:
                a, b = info.nodes[e.source].label.strip(), info.nodes[e.target].label.strip()
                blocks.append(("para", f"{a} \u2013 {b}: {e.note.strip()}"))
    return blocks


def insight_blocks(info: MapInfo) -> list[tuple[str, str]]:
    """What the map shows (analysis.insights), as a heading and one paragraph per sentence."""
    from ..analysis.insights import compute_from_parts, sentences

    found = compute_from_parts(((n.id, n.kind, n.category, n.label) for n in info.nodes.values()),
                               ((e.source, e.target, e.strength, e.flow) for e in info.edges), info.title)
    return [("heading", _tr("Export", "What the map shows"))] + [("para", s) for s in sentences(found)]


def _text_row(line: T.TextLine, leading: float, colour: str, space_before: float = 0.0,
              keep: bool = False) -> Row:
    def draw(p: Painter, x: float, y: float, w: float) -> None:
        if line.rtl:
            p.text(x + w, y + line.size * 0.95, line, colour, "right")
        else:
            p.text(x, y + line.size * 0.95, line, colour)

    return Row(leading, draw, keep, space_before)


def commitment_row(text: str, width: float, min_height: float = 0.0) -> Row:
    """The box for "one thing I will do this week", with the parent's words or lines to write on.

    With *min_height* the box is stretched to that height (and, when blank, gets more lines)."""
    pad = 12.0
    title = T.wrap_lines(_tr("Export", "One thing I will do this week\u2026"), COMMIT_TITLE_SIZE,
                         width - 2 * pad, bold=True)
    body = T.wrap_lines(text, COMMIT_TEXT_SIZE, width - 2 * pad) if text else []
    title_h = len(title) * COMMIT_TITLE_SIZE * 1.3
    blank_lines = COMMIT_BLANK_LINES
    body_h = len(body) * COMMIT_TEXT_SIZE * 1.45 if body else blank_lines * COMMIT_RULE_GAP
    height = pad + title_h + 6 + body_h + pad
    if min_height > height:
        if not body:
            blank_lines += int((min_height - height) // COMMIT_RULE_GAP)
        height = min_height

    def draw(p: Painter, x: float, y: float, w: float) -> None:
        p.rounded_rect(x, y, w, height, 8.0, COMMIT_FILL, COMMIT_BORDER, 1.6)
        ty = y + pad
        for line in title:
            p.text(x + pad, ty + COMMIT_TITLE_SIZE * 0.95, line, TEXT)
            ty += COMMIT_TITLE_SIZE * 1.3
        ty += 6
        if body:
            for line in body:
                if line.rtl:
                    p.text(x + w - pad, ty + COMMIT_TEXT_SIZE * 1.0, line, TEXT, "right")
                else:
                    p.text(x + pad, ty + COMMIT_TEXT_SIZE * 1.0, line, TEXT)
                ty += COMMIT_TEXT_SIZE * 1.45
        else:
            for _ in range(blank_lines):
                ty += COMMIT_RULE_GAP
                p.line(x + pad, ty - 4, x + w - pad, ty - 4, 0.7, COMMIT_RULE)

    return Row(height, draw, False, 10.0)


def build_rows(blocks: list[tuple[str, str]], width: float) -> list[Row]:
    rows: list[Row] = []
    for kind, content in blocks:
        if kind == "heading":
            lines = T.wrap_lines(content, HEADING_SIZE, width, bold=True)
            for i, line in enumerate(lines):
                rows.append(_text_row(line, HEADING_SIZE * 1.45, TEXT, 10.0 if i == 0 else 0.0, keep=True))
        elif kind == "para":
            lines = T.wrap_lines(content, BODY_SIZE, width)
            for line in lines:
                rows.append(_text_row(line, BODY_LEADING, TEXT))
            rows.append(Row(4.0, lambda *a: None))
        elif kind == "commitment":
            rows.append(commitment_row(content, width))
    return rows


def rows_height(rows: list[Row]) -> float:
    return sum(r.height + (r.space_before if i else 0.0) for i, r in enumerate(rows))


# ----- the map --------------------------------------------------------------------------------------


@dataclass
class MapPlacement:
    scale: float  # points per scene unit
    ox: float  # page x of scene x = 0
    oy: float
    stroke_scale: float
    crowded: bool  # names had to be drawn much larger than the shapes around them


def place_map(bounds, box: tuple[float, float, float, float], scale: float, top_align: bool) -> MapPlacement:
    x0, y0, x1, y1 = bounds
    bx, by, bw, bh = box
    mw, mh = (x1 - x0) * scale, (y1 - y0) * scale
    left = bx + (bw - mw) / 2
    top = by if top_align else by + (bh - mh) / 2
    crowded = style.LABEL_FONT_SIZE * scale * CROWDED_BOOST < MIN_MAP_TEXT
    return MapPlacement(scale, left - x0 * scale, top - y0 * scale, max(scale, MIN_STROKE_SCALE), crowded)


def fit_scale(bounds, box_w: float, box_h: float) -> float:
    x0, y0, x1, y1 = bounds
    return max(1e-6, min(box_w / max(x1 - x0, 1.0), box_h / max(y1 - y0, 1.0), MAX_SCALE))


def draw_map(p: Painter, info: MapInfo, m: MapPlacement) -> None:
    """Rings, connections, nodes and labels."""
    s, ox, oy, ss = m.scale, m.ox, m.oy, m.stroke_scale
    c = info.centre
    for key, radius in info.rings:
        p.circle(ox + c.x * s, oy + c.y * s, radius * s, None, style.RING_COLOUR, style.RING_WIDTH * ss)
    if info.rings:
        names = ring_names()
        size = max(style.RING_LABEL_FONT_SIZE * s, MIN_MAP_TEXT)
        for key, radius in info.rings:
            ring_label(p, names[key], ox + c.x * s, oy + (c.y - radius) * s, size)
    # Connections: arrowheads and ticks keep their canvas size relative to the lines.
    size = ss / s
    nodes = info.nodes
    for e in info.edges:
        a, b = nodes[e.source], nodes[e.target]
        seg = geometry.clipped_segment(a.kind, a.x, a.y, b.kind, b.x, b.y)
        if seg is None:
            continue
        line, arrows, ticks = geometry.connection_parts(*seg, e.strength, e.flow, size)
        _draw_connection(p, line, arrows, ticks, e.strength, e.colour or style.LINE_COLOUR, ox, oy, s, ss)
    outline_w = style.NODE_OUTLINE_WIDTH * ss
    ordered = sorted(nodes.values(), key=lambda n: n.kind == "centre")  # the centre on top
    for n in ordered:
        x, y = ox + n.x * s, oy + n.y * s
        if n.kind == "group":
            hw, hh, corner = geometry.node_half_size("group")
            p.rounded_rect(x - hw * s, y - hh * s, 2 * hw * s, 2 * hh * s, corner * s,
                           style.category_fill(n.category), style.NODE_OUTLINE, outline_w)
        else:
            r = geometry.node_half_size(n.kind)[0] * s
            fill = style.CENTRE_FILL if n.kind == "centre" else style.category_fill(n.category)
            p.circle(x, y, r, fill, style.NODE_OUTLINE, outline_w * (1.4 if n.kind == "centre" else 1.0))
    # Labels last, backdrops first: all the text then comes in one run (one PDF text object).
    # As on the canvas, a person or group drawn too small to hold any text gets no name (the centre
    # always keeps its own).
    hidden = {k for k in ("person", "group") if not geometry.label_fits(k, s)}
    laid = [_label_layout(n, ox + n.x * s, oy + n.y * s, s) for n in ordered if n.kind not in hidden]
    for backdrop, _ in laid:
        if backdrop is not None:
            p.rounded_rect(*backdrop, 0.0, BACKDROP, None, 0, alpha=0.8)
    for _, texts in laid:
        for x, baseline, line, colour in texts:
            p.text(x, baseline, line, colour, "center")


def ring_names() -> dict[str, str]:
    """The circles of support as the canvas names them (the same words, so a translation matches)."""
    return {
        "closest": _tr("Export", "Closest"),
        "friends": _tr("Export", "Friends"),
        "participation": _tr("Export", "Taking part"),
        "paid": _tr("Export", "Paid helpers"),
    }


def ring_label(p: Painter, name: str, x: float, y: float, size: float) -> None:
    """A ring's name centred on its line at (x, y), on a patch of page so the line does not cross it."""
    line = T.make_line(name, size)
    p.rounded_rect(x - line.width / 2 - 4, y - size * 0.75, line.width + 8, size * 1.5, size * 0.35,
                   "#ffffff", None, 0)
    p.text(x, y + size * 0.36, line, style.RING_LABEL_COLOUR, "center")


def _household_text(members: list) -> str:
    """Household members as the canvas lists them: "Ana (5), Luis (8)"."""
    parts = []
    for m in members:
        name = (m.get("name") or "").strip()
        age = (m.get("age") or "").strip()
        if name and age:
            parts.append(_tr("Export", "%1 (%2)").replace("%1", name).replace("%2", age))
        elif name or age:
            parts.append(name or age)
    return ", ".join(parts)


def _label_layout(n: NodeInfo, x: float, y: float, s: float):
    """(backdrop rectangle or None, [(x, baseline, line, colour)]) for a node's label and household."""
    label = n.label.strip()
    base = style.CENTRE_LABEL_FONT_SIZE if n.kind == "centre" else style.LABEL_FONT_SIZE
    size = max(base * s, MIN_MAP_TEXT)
    wrap = style.LABEL_WRAP_WIDTH[n.kind] * size / base
    lines = T.wrap_lines(label, size, wrap, bold=n.kind == "centre",
                         max_lines=style.LABEL_MAX_LINES[n.kind]) if label else []
    blocks = [(line, style.LABEL_COLOUR, size * 1.2) for line in lines]
    if n.kind == "centre" and n.household:
        hh_text = _household_text(n.household)
        if hh_text:
            hsize = max(style.HOUSEHOLD_FONT_SIZE * s, MIN_MAP_TEXT)
            hwrap = style.LABEL_WRAP_WIDTH["centre"] * hsize / style.HOUSEHOLD_FONT_SIZE
            for line in T.wrap_lines(hh_text, hsize, hwrap, max_lines=style.HOUSEHOLD_MAX_LINES):
                blocks.append((line, style.HOUSEHOLD_COLOUR, hsize * 1.2))
    if not blocks:
        return None, []
    total = sum(lead for _, _, lead in blocks)
    top = y - total / 2
    backdrop = None
    if size > base * s * 1.02:
        # Names drawn larger than their shapes get a soft backdrop, as on a zoomed-out canvas.
        widest = max(line.width for line, _, _ in blocks)
        backdrop = (x - widest / 2 - 2, top - 1, widest + 4, total + 2)
    texts = []
    for line, colour, lead in blocks:
        texts.append((x, top + lead * 0.5 + line.size * 0.36, line, colour))
        top += lead
    return backdrop, texts


# ----- pages ----------------------------------------------------------------------------------------


@dataclass
class ComposeResult:
    pages: int = 0
    warnings: list[str] = field(default_factory=list)
    page_size: tuple[float, float] = (0.0, 0.0)


def choose_landscape(info: MapInfo, orientation: str) -> bool:
    if orientation == "landscape":
        return True
    if orientation == "portrait":
        return False
    x0, y0, x1, y1 = info.bounds
    return (x1 - x0) > (y1 - y0) * 1.15


def _header(p: Painter | None, info: MapInfo, x: float, y: float, w: float) -> float:
    """Title, family name and date; returns the height used."""
    family = info.centre.label.strip()
    title = info.title or family or _tr("Export", "Eco-map")
    date = T.make_line(info.date, SUBTITLE_SIZE) if info.date else None
    date_w = (date.width + 16) if date else 0.0
    title_lines = T.wrap_lines(title, TITLE_SIZE, w - date_w, bold=True, max_lines=2)
    h = 0.0
    for line in title_lines:
        if p:
            p.text(x, y + h + TITLE_SIZE * 0.95, line, TEXT)
        h += TITLE_SIZE * 1.25
    if date and p:
        p.text(x + w, y + TITLE_SIZE * 0.95, date, MUTED, "right")
    if info.title and family and family != info.title:
        sub = T.wrap_lines(_tr("Export", "Family: %1").replace("%1", family), SUBTITLE_SIZE, w, max_lines=1)
        for line in sub:
            if p:
                p.text(x, y + h + SUBTITLE_SIZE * 1.05, line, MUTED)
            h += SUBTITLE_SIZE * 1.45
    h += 6
    if p:
        p.line(x, y + h, x + w, y + h, 0.6, RULE)
    return h + GAP


def _footer(p: Painter, page: int, total: int, width: float, height: float) -> None:
    if total <= 1:
        return
    text = _tr("Export", "Page %1 of %2").replace("%1", str(page)).replace("%2", str(total))
    p.text(width / 2, height - MARGIN / 2 + 3, T.make_line(text, FOOTER_SIZE), MUTED, "center")


def _paginate(rows: list[Row], frames_per_page: int, frame_h: float) -> list[list[list[Row]]]:
    """Rows into pages of frames (columns), keeping headings with what follows them."""
    pages: list[list[list[Row]]] = []
    frame: list[Row] = []
    used = 0.0
    i = 0
    current_page: list[list[Row]] = []

    def close_frame():
        nonlocal frame, used, current_page
        current_page.append(frame)
        frame, used = [], 0.0
        if len(current_page) == frames_per_page:
            pages.append(current_page)
            current_page = []

    while i < len(rows):
        # The group that must stay together: kept rows plus the row after them.
        j = i
        while j < len(rows) - 1 and rows[j].keep_with_next:
            j += 1
        group = rows[i : j + 1]
        need = sum(r.height for r in group) + sum(r.space_before for r in group[1:])
        need += group[0].space_before if frame else 0.0
        if frame and used + need > frame_h:
            close_frame()
            continue
        for k, r in enumerate(group):
            used += r.height + (r.space_before if (frame or k) else 0.0)
            frame.append(r)
        i = j + 1
    if frame:
        close_frame()
    if current_page:
        pages.append(current_page)
    return pages


def _draw_frame(p: Painter, rows: list[Row], x: float, y: float, w: float) -> None:
    for k, r in enumerate(rows):
        if k:
            y += r.space_before
        r.draw(p, x, y, w)
        y += r.height


def compose_document(doc, options: PageOptions, painter: Painter) -> ComposeResult:
    """Lay out and draw every page of the map's printout with *painter*."""
    return compose_info(read_map(doc), options, painter)


class _CountingPainter:
    """Passes every call through, counting characters that no bundled font could draw."""

    def __init__(self, inner: Painter) -> None:
        self._inner = inner
        self.missing = 0

    def __getattr__(self, name: str):
        return getattr(self._inner, name)

    def text(self, x, baseline, line, colour, align="left"):
        self.missing += line.missing
        self._inner.text(x, baseline, line, colour, align)


def compose_info(info: MapInfo, options: PageOptions, painter: Painter,
                 page: tuple[float, float] | None = None) -> ComposeResult:
    """Draw every page. *page* (width, height in points) overrides the options' paper, for a
    printer whose paper the user chose in the print dialog."""
    painter = _CountingPainter(painter)
    if page is not None:
        pw, ph = page
        landscape = pw > ph
    else:
        landscape = choose_landscape(info, options.orientation)
        pw, ph = page_dimensions(options.page_size, landscape)
    cx, cy, cw, chh = MARGIN, MARGIN, pw - 2 * MARGIN, ph - 2 * MARGIN
    result = ComposeResult(page_size=(pw, ph))

    header_h = _header(None, info, cx, cy, cw)
    body_top = cy + header_h
    body_h = chh - header_h
    blocks = conversation_blocks(info, options.include_worker_notes)
    if options.include_insights:
        blocks += insight_blocks(info)
    commit_index = next(i for i, (kind, _) in enumerate(blocks) if kind == "commitment")
    # When the commitment is all there is to the conversation, it has its own place on page 1
    # (beside or under the key); otherwise it stays with the notes it follows from.
    only_commitment = len(blocks) == 1
    commit_rect = None  # where the commitment box goes on page 1, if it does
    if landscape:
        # The key and (when it fits) the commitment box stand in a column right of the map.
        legend_w = LEGEND_SIDE_WIDTH
        columns = 1
        items = legend_items(info, legend_w - 2 * LEGEND_PADDING - LEGEND_SAMPLE - 8)
        leg_h = legend_height(items, columns)
        map_box = (cx, body_top, cw - legend_w - GAP, body_h)
        legend_rect = (cx + cw - legend_w, body_top, legend_w, leg_h)
        commit = commitment_row(info.commitment.strip(), legend_w)
        if only_commitment and leg_h + GAP + commit.height <= body_h:
            commit_rect = (legend_rect[0], body_top + body_h - commit.height, legend_w)
    else:
        # Along the bottom: the key, with the commitment box beside it when it is not too tall.
        commit_w = round(cw * COMMIT_BESIDE_FRACTION)
        commit = commitment_row(info.commitment.strip(), commit_w)
        if only_commitment and commit.height <= COMMIT_BESIDE_MAX_HEIGHT:
            legend_w = cw - commit_w - GAP
            columns = 2
        else:
            legend_w = cw
            columns = max(1, min(3, int(cw // LEGEND_COLUMN_MIN)))
        col_text = (legend_w - 2 * LEGEND_PADDING) / columns - LEGEND_SAMPLE - 14
        items = legend_items(info, col_text)
        leg_h = legend_height(items, columns)
        band_h = leg_h
        if legend_w < cw:
            band_h = max(leg_h, commit.height)
            commit = commitment_row(info.commitment.strip(), commit_w, min_height=band_h)
            commit_rect = (cx + legend_w + GAP, cy + chh - band_h, commit_w)
        map_box = (cx, body_top, cw, body_h - band_h - GAP)
        legend_rect = (cx, cy + chh - band_h, legend_w, leg_h)
    if commit_rect is not None:
        del blocks[commit_index]

    scale = fit_scale(info.bounds, map_box[2], map_box[3])

    # Do the notes fit on page 1 without shrinking the map by more than a little?
    first_page_rows: list[Row] | None = [] if not blocks else None
    first_frame = None
    if blocks and landscape:
        fx, fy = legend_rect[0], legend_rect[1] + leg_h + GAP
        fw = legend_rect[2]
        fh = (commit_rect[1] - GAP if commit_rect else cy + chh) - fy
        rows = build_rows(blocks, fw)
        if rows_height(rows) <= fh:
            first_page_rows, first_frame = rows, (fx, fy, fw)
    elif blocks:
        rows = build_rows(blocks, cw)
        need = rows_height(rows) + GAP
        x0, y0, x1, y1 = info.bounds
        shrunk = fit_scale(info.bounds, map_box[2], map_box[3] - need) if map_box[3] > need else 0.0
        if shrunk >= scale * SHRINK_FOR_NOTES:
            scale = shrunk
            first_page_rows = rows
            map_h = (y1 - y0) * scale
            first_frame = (cx, map_box[1] + map_h + GAP, cw)
            map_box = (map_box[0], map_box[1], map_box[2], map_h)

    placement = place_map(info.bounds, map_box, scale, top_align=bool(first_page_rows) and not landscape)
    if not geometry.label_fits("person", placement.scale):
        # Told to the user, in the window's language (the page may be in another).
        result.warnings.append(window_translate("Export", QT_TRANSLATE_NOOP(
            "Export",
            "The map is too large for one page to show names: people and groups are drawn too small to "
            "hold them, so only their shapes and lines are shown. The names are in the map file."
        )))
    elif placement.crowded:
        # Told to the user, in the window's language (the page may be in another).
        result.warnings.append(window_translate("Export", QT_TRANSLATE_NOOP(
            "Export",
            "The map is large for one page: names are kept at a readable size (7 pt) and may overlap. "
            "Landscape orientation or a larger page gives them more room."
        )))

    # Later pages for the conversation when it did not fit on page 1.
    later_pages: list[list[list[Row]]] = []
    frames_per_page = 2 if landscape else 1
    col_w = (cw - GAP * 2) / 2 if landscape else cw
    heading_line = T.make_line(_tr("Export", "Our conversation"), PAGE_HEADING_SIZE, bold=True)
    # Later pages name the map and its date too, so a page that gets separated still says whose it is.
    about = " \u00b7 ".join(t for t in ((info.title or info.centre.label).strip(), info.date) if t)
    about_lines = (T.wrap_lines(about, SUBTITLE_SIZE, cw - heading_line.width - GAP, max_lines=1)
                   if about else [])
    heading_h = PAGE_HEADING_SIZE * 1.6
    if first_page_rows is None:
        later_rows = build_rows(blocks, col_w)
        later_pages = _paginate(later_rows, frames_per_page, chh - heading_h)
    total = 1 + len(later_pages)

    # Page 1.
    painter.begin_page(pw, ph)
    _header(painter, info, cx, cy, cw)
    draw_map(painter, info, placement)
    draw_legend(painter, items, *legend_rect[:3], columns, placement.stroke_scale)
    if commit_rect is not None:
        commit.draw(painter, *commit_rect)
    if first_page_rows:
        fx, fy, fw = first_frame
        _draw_frame(painter, first_page_rows, fx, fy, fw)
    _footer(painter, 1, total, pw, ph)
    painter.end_page()

    for index, frames in enumerate(later_pages, start=2):
        painter.begin_page(pw, ph)
        painter.text(cx, cy + PAGE_HEADING_SIZE * 0.95, heading_line, TEXT)
        for line in about_lines:
            painter.text(cx + cw, cy + PAGE_HEADING_SIZE * 0.95, line, MUTED, "right")
        for k, frame_rows in enumerate(frames):
            _draw_frame(painter, frame_rows, cx + k * (col_w + GAP * 2), cy + heading_h, col_w)
        _footer(painter, index, total, pw, ph)
        painter.end_page()

    result.pages = total
    if painter.missing:
        # Told to the user, in the window's language (the page may be in another).
        result.warnings.append(window_translate("Export", QT_TRANSLATE_NOOP(
            "Export",
            "Some characters could not be drawn because none of the bundled fonts has them; "
            "they show as empty boxes."
        )))
    return result
