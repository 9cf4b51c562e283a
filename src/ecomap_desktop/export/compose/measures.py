"""The numbers of the printed page, in points, and its colours."""

from __future__ import annotations

from ... import style


MARGIN = 40.0
GAP = 14.0
MIN_MAP_TEXT = 7.0  # no text on the map is drawn smaller than this (points)
# The notes go under the map on page 1 when the map shrinks to no less than this fraction of its
# full-page size; else they go on page 2.
SHRINK_FOR_NOTES = 0.92
# In portrait the commitment box stands beside the key, taking this share of the width, unless the
# parent's words make it taller than the limit (then it joins the notes).
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
