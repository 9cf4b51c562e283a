"""How large the canvas draws names: the text-size setting, the zoom boost, and the parent view's floor.

Zoomed out, names are drawn larger (the *boost*, up to style.LABEL_MAX_BOOST times) so they stay
legible, and their shapes grow with them. The parent view asks more: names at least as large on
screen as the panels' text, which only a zoom floor can keep (a bigger boost would grow every shape
into its neighbours), so the view never zooms out past readable_zoom().
"""

from __future__ import annotations

import math

from .. import style


def boost(text_scale: float, view_scale: float, readable_px: float | None = None) -> float:
    """How many times larger than style.LABEL_FONT_SIZE names are drawn at *view_scale*.

    *text_scale*: the text-size setting (times the parent view's); *readable_px*: the least size on
    screen names should have (None: style.LABEL_MIN_SCREEN_PX)."""
    least = style.LABEL_MIN_SCREEN_PX if readable_px is None else readable_px
    wanted = least / (style.LABEL_FONT_SIZE * text_scale * max(view_scale, 1e-6))
    # Quarter steps: zooming a little does not re-measure every label every time.
    return text_scale * min(style.LABEL_MAX_BOOST, max(1.0, math.ceil(wanted * 4 - 1e-9) / 4))


def readable_zoom(text_scale: float, readable_px: float | None) -> float:
    """The least zoom at which names can be drawn *readable_px* high on screen (0: no floor)."""
    if readable_px is None:
        return 0.0
    return readable_px / (style.LABEL_FONT_SIZE * text_scale * style.LABEL_MAX_BOOST)
