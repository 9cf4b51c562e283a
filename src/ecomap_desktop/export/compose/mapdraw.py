"""The map on paper: rings, connections, nodes and their names, placed at a given scale."""

from __future__ import annotations

from dataclasses import dataclass

from ... import geometry, style
from ...i18n import translate as _tr
from .. import text as T
from .mapinfo import MapInfo, NodeInfo
from .measures import BACKDROP, MIN_MAP_TEXT
from .painter import Painter


@dataclass
class MapPlacement:
    scale: float  # points per scene unit
    ox: float  # page x of scene x = 0
    oy: float
    stroke_scale: float
    crowded: bool  # names had to be drawn much larger than the shapes around them

def draw_connection(p: Painter, line, arrows, ticks, strength: str, colour: str,
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
        draw_connection(p, line, arrows, ticks, e.strength, e.colour or style.LINE_COLOUR, ox, oy, s, ss)
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
