"""How a map looks, as plain data shared by the canvas and every export (no Qt, no reportlab).

Meaning is carried by line width, pattern and arrowheads; colour is only a second cue. Units are
scene units (1 unit = 1 px at 100% zoom, 1 pt in the PDF before fitting).
"""

from __future__ import annotations

from typing import NamedTuple

# ----- nodes ---------------------------------------------------------------------------------------

CENTRE_RADIUS = 70.0
PERSON_RADIUS = 46.0
GROUP_WIDTH = 132.0
GROUP_HEIGHT = 70.0
GROUP_CORNER = 14.0
NODE_OUTLINE = "#3a3a3a"
NODE_OUTLINE_WIDTH = 1.6
CENTRE_FILL = "#fff4d6"
LABEL_COLOUR = "#1f1f1f"
LABEL_FONT_SIZE = 13.0  # points at 100% zoom; never drawn smaller on export
CENTRE_LABEL_FONT_SIZE = 16.0

# Category fill colours: light, calm tints chosen so that categories next to each other (in this
# order, as the legend and Arrange place them) differ by at least 12 CIEDE2000 units for normal
# vision and simulated protanopia, deuteranopia and tritanopia, any two by at least 10 (normal) and
# 3.5 (simulated), with the label text at 10:1 or more (tests/test_palette.py checks all of it). The
# category is also named in the properties panel and the list view: colour is only a second cue.
CATEGORY_FILLS = {
    "family": "#fde2c8",
    "friend": "#b2d9dd",
    "neighbour": "#cfe0ae",
    "professional": "#acf0e1",
    "faith": "#fff1bd",
    "school": "#cdd0eb",
    "work": "#d7d2bc",
    "health": "#d0e7fb",
    "community": "#e4cfcc",
    "government": "#92dbfe",
    "other": "#f2f2f2",
}
DEFAULT_FILL = "#f2f2f2"


def category_fill(category: str) -> str:
    return CATEGORY_FILLS.get(category, DEFAULT_FILL)


# ----- connections ---------------------------------------------------------------------------------


# A NamedTuple, not a frozen dataclass: the same read-only record with equality, made at import
# without compiling six generated methods (~0.3 ms of every start each; issue 18).
class LineStyle(NamedTuple):
    width: float
    dash: tuple[float, ...] | None = None  # on/off lengths in units of the line's own length
    ticks: bool = False  # cross-ticks along the line (stressful)
    tick_spacing: float = 16.0
    tick_length: float = 14.0


LINE_STYLES = {
    "strong": LineStyle(width=5.0),
    "moderate": LineStyle(width=2.2),
    "tenuous": LineStyle(width=2.2, dash=(3.0, 7.0)),
    "stressful": LineStyle(width=2.2, ticks=True),
}
LINE_COLOUR = "#333333"
# The colours a connection may have (None: LINE_COLOUR). Okabe-Ito hues that stay at least 10
# CIEDE2000 units apart, and from LINE_COLOUR, for normal vision and the three simulated
# dichromacies, and reach 3:1 contrast on the canvas and on paper. (Okabe-Ito orange and sky blue
# are too pale for 3:1, so they are not offered; maps that use them keep them.)
CONNECTION_COLOURS = (None, "#0072b2", "#009e73", "#d55e00", "#c8709f")
ARROW_LENGTH = 16.0
ARROW_WIDTH = 13.0

# ----- rings and legend ----------------------------------------------------------------------------

# Radii of the "circles of support" rings, closest first.
RING_RADII = {"closest": 200.0, "friends": 330.0, "participation": 460.0, "paid": 590.0}
RING_COLOUR = "#c9d6e3"
RING_WIDTH = 1.2

HIGHLIGHT = "#0072b2"  # selection outline (Okabe-Ito blue)

# ----- labels (shared so the canvas and the PDF wrap a label into the same box) --------------------

# Width a node's label wraps to, by kind, in scene units, while the name fits the kind's standard
# outline; a longer name grows the node instead of being cut (node_shape.py).
LABEL_WRAP_WIDTH = {"centre": 124.0, "person": 80.0, "group": 120.0}
# The household's names are names too: as large as a person's, so they are as easy to read from the
# chair beside the worker (the parent view's readable size holds for them as well).
HOUSEHOLD_FONT_SIZE = 13.0
HOUSEHOLD_COLOUR = "#4a4a4a"

# ----- canvas only ---------------------------------------------------------------------------------

CANVAS_BACKGROUND = "#fcfbf8"
# When zoomed out, labels are drawn larger (up to LABEL_MAX_BOOST times) so they do not look smaller
# than this many pixels on screen. The boost is capped: much larger text would cover the neighbours
# on a busy map, which reads worse than small text.
LABEL_MIN_SCREEN_PX = 9.0
LABEL_MAX_BOOST = 1.4
# Below this on-screen radius (px) a node is too small for any text; only its shape is drawn.
LABEL_MIN_NODE_PX = 7.0
SELECTION_WIDTH = 3.5
SELECTION_GAP = 4.0
# The "drag to connect" handle on a hovered or selected node's rim.
HANDLE_RADIUS = 11.0
# The handle in touch mode: 40 px across at 100%, about 9 mm, the size of a fingertip.
TOUCH_HANDLE_RADIUS = 20.0
HANDLE_FILL = "#ffffff"
# Width of the invisible band around a connection that a click still hits.
EDGE_HIT_WIDTH = 14.0
TICK_WIDTH = 1.8
RING_LABEL_COLOUR = "#5f7185"  # 4.8:1 on the canvas: the circles' names are text
RING_LABEL_FONT_SIZE = 12.0
LEGEND_FONT_SIZE = 12.0
LEGEND_SAMPLE_LENGTH = 44.0
LEGEND_BACKGROUND = "#ffffff"
LEGEND_BORDER = "#c8c8c8"

# ----- display variants: high contrast and text size (canvas only; exports always use the above) ----


# A NamedTuple, as LineStyle.
class CanvasVariant(NamedTuple):
    """The colours and widths the canvas draws with; the standard look or the high-contrast one."""

    background: str
    node_outline: str
    node_outline_width: float
    label_colour: str
    centre_fill: str
    # Every person's and group's fill; None keeps each category's own fill.
    node_fill: str | None
    # Every connection's colour; None keeps each connection's own colour.
    line_colour: str | None
    line_width_scale: float
    ring_colour: str
    ring_width: float
    ring_label_colour: str
    highlight: str
    legend_background: str
    legend_border: str

    def fill(self, category: str) -> str:
        return self.node_fill or category_fill(category)


STANDARD = CanvasVariant(
    background=CANVAS_BACKGROUND, node_outline=NODE_OUTLINE, node_outline_width=NODE_OUTLINE_WIDTH,
    label_colour=LABEL_COLOUR, centre_fill=CENTRE_FILL, node_fill=None, line_colour=None,
    line_width_scale=1.0, ring_colour=RING_COLOUR, ring_width=RING_WIDTH,
    ring_label_colour=RING_LABEL_COLOUR, highlight=HIGHLIGHT, legend_background=LEGEND_BACKGROUND,
    legend_border=LEGEND_BORDER,
)

# High contrast: pure black on white, thicker outlines and lines. Categories are named in the
# list and the properties panel; the line patterns and arrowheads still carry the meaning.
HIGH_CONTRAST = CanvasVariant(
    background="#ffffff", node_outline="#000000", node_outline_width=3.0, label_colour="#000000",
    centre_fill="#ffffff", node_fill="#ffffff", line_colour="#000000", line_width_scale=1.5,
    ring_colour="#595959", ring_width=2.0, ring_label_colour="#000000", highlight="#0047ab",
    legend_background="#ffffff", legend_border="#000000",
)


def canvas_variant(high_contrast: bool) -> CanvasVariant:
    return HIGH_CONTRAST if high_contrast else STANDARD


# The text-size setting: how much larger canvas labels and panel text are drawn.
TEXT_SCALES = {"normal": 1.0, "large": 1.25, "larger": 1.5}
# The dashed ring around the node that has keyboard focus, outside the selection ring.
FOCUS_RING_GAP = 3.0
FOCUS_RING_WIDTH = 2.5
FOCUS_RING_COLOUR = "#000000"
