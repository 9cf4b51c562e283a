"""Zoom to fit ("Whole map"): the whole map as large as it fits, with room for the legend.

The map takes the whole canvas when a corner is left clear for the legend; otherwise the larger of
the strip beside the legend's corner and the strip above it. The parent view never zooms out past
the point where names become smaller than the window's ordinary text (the scene's zoom_floor): there
the whole map is fitted beside the legend if names stay that large, else beside its folded title.
A map too big even for that scrolls anyway, so its names take the parent view's larger panel text
(the scene's set_scrolling): it is shown at that floor around its middle, scrolled just enough that
a corner is clear for the folded title, so the parent always sees where the legend is (and the
view's arrows, more_map.py, show that the map goes on). Whole or scrolling is decided on what the fit
leaves on screen, with names drawn at the zoom it came to; and the view fits again when the canvas
changes size before anyone zooms or pans (view.py: the parent view's bigger text makes the bars round
the canvas taller a moment after the switch; a panel shown or hidden, the window resized or the
welcome hint's band changing height refit any map shown whole). Either way the parent sees every
person, or sees that the map goes on.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QPointF, QRectF

from . import legend_place

if TYPE_CHECKING:
    from .view import MapView

_T = TypeVar("_T")

# How far the view zooms out and in (1.0 = 100%).
MIN_ZOOM = 0.05
MAX_ZOOM = 4.0
# Zoom to fit never blows a small map up beyond this.
FIT_MAX_ZOOM = 1.5
# Room kept round the map, in scene units, and inside the view's edges, in pixels.
MAP_PAD = 30
VIEW_INSET = 12
# How many steps a search for the least scroll that clears a corner tries, per corner and direction.
SCROLL_STEPS = 8
# How far from the canvas's edges the family's circle stays when the view scrolls to clear a corner
# for the legend (the more-map arrows stand at the edges), in screen pixels.
FAMILY_MARGIN_PX = 56
# How many times, at most, the parent view fits again with names the size the new zoom draws them.
SETTLE_STEPS = 4


def fit_map(view: MapView, bounds: QRectF) -> None:
    """Scale and scroll *view* so the map (*bounds*, the scene's items_bounding_rect) shows whole,
    with room for the legend; in the parent view, no smaller than its names can be read."""
    scene = view.gesture_canvas()
    scene.set_scrolling(False)
    floor = scene.zoom_floor()
    if floor <= 0:  # the worker's view: names keep their size at the zoom a fit comes to
        _fit_with_legend(view, _padded(bounds), _inner(view), bounds, floor)
        return
    corner_wanted, bounds = _settled(
        view, bounds, lambda now: _fit_with_legend(view, _padded(now), _inner(view), now, floor))
    # A map that does not show whole at the floor with a corner clear for the legend's title scrolls
    # whatever the zoom: its names need not be smaller than the panels' text (the scene's larger floor
    # while it scrolls). Decided on what is on screen, names drawn the size this zoom draws them. (A
    # map not whole around its middle is not whole scrolled either: no corner is looked for then.)
    whole = _shows_whole(view, bounds)
    if whole and corner_wanted:
        _clear_a_corner(view, bounds)
        whole = _shows_whole(view, bounds)
    if not whole and scene.set_scrolling(True):
        _none, bounds = _settled(view, bounds, lambda now: fit_into(view, _padded(now), _inner(view), now))
        _clear_a_corner(view, bounds)


def _settled(view: MapView, bounds: QRectF, fit: Callable[[QRectF], _T]) -> tuple[_T, QRectF]:
    """*fit* the map (its *bounds*) again until it is the size it was fitted at, and what *fit* said
    last, with the bounds as drawn now. In the parent view names grow as the view zooms out (the
    scene's boost), and people's outlines with them: a map measured at the zoom before a fit, and
    fitted "whole", grew past the canvas's edge once names took the new zoom. The boost goes in
    quarter steps, so a second fit is seldom needed and a third hardly ever."""
    scene = view.gesture_canvas()
    for _ in range(SETTLE_STEPS):
        said = fit(bounds)
        scene.set_view_scale(view.zoom())
        now = scene.items_bounding_rect()
        if now == bounds:
            break
        bounds = now
    return said, bounds


def _padded(bounds: QRectF) -> QRectF:
    return bounds.adjusted(-MAP_PAD, -MAP_PAD, MAP_PAD, MAP_PAD)


def _inner(view: MapView) -> QRectF:
    """The viewport, inside its inset (asked each time: a fit can show or hide the scroll bars)."""
    return QRectF(view.viewport().rect()).adjusted(VIEW_INSET, VIEW_INSET, -VIEW_INSET, -VIEW_INSET)


def _fit_with_legend(view: MapView, rect: QRectF, whole: QRectF, bounds: QRectF, floor: float) -> bool:
    """Fit *rect* into the canvas beside the legend, no smaller than *floor*; True when it could not
    be, so the map is at the floor around its middle and a corner is still to be cleared."""
    legend = view.legend_placer()
    fit_into(view, rect, whole, bounds)
    if legend.size(view) is None or legend.clear_corner(view) is not None:
        return False
    # The worker's view always fits beside the whole legend; the parent view takes the folded title
    # rather than names too small to read.
    for fold in ("open", "folded") if floor > 0 else ("open",):
        size = legend.size(view, fold)
        if size is None:
            return False
        beside, above = QRectF(whole), QRectF(whole)
        beside.setLeft(whole.left() + size[0] + legend_place.MARGIN)
        above.setBottom(whole.bottom() - size[1] - legend_place.MARGIN)
        area = max((beside, above), key=lambda strip: _scale_for(rect, strip))
        if _scale_for(rect, area) >= floor:
            fit_into(view, rect, area, bounds)
            return False
    return True


def _shows_whole(view: MapView, bounds: QRectF) -> bool:
    """Whether every node (*bounds*, as drawn now) is in the viewport, to within half a pixel (an
    outline's anti-aliased edge): a whole pixel more let a map taller than the canvas pass as whole,
    and a later scroll by a rounded pixel cut a person at the edge, with no arrow to say so."""
    shown = view.viewportTransform().mapRect(bounds)
    return QRectF(view.viewport().rect()).adjusted(-0.5, -0.5, 0.5, 0.5).contains(shown)


def fit_scale(view: MapView, rect: QRectF, area: QRectF) -> float:
    """The zoom at which *rect* (scene) fills *area* (viewport), within the view's limits."""
    return max(MIN_ZOOM, view.gesture_canvas().zoom_floor(), _scale_for(rect, area))


def fit_into(view: MapView, rect: QRectF, area: QRectF, bounds: QRectF | None = None) -> None:
    """Scale and scroll so *rect* (scene) fills *area* (viewport), centred. *bounds*: the scene's
    items_bounding_rect() when the caller has it already (a big map's takes a while)."""
    scale = fit_scale(view, rect, area)
    view.resetTransform()
    view.scale(scale, scale)
    view.update_scene_rect(bounds)
    offset = (area.center() - QPointF(view.viewport().rect().center())) / scale
    view.centerOn(rect.center() - offset)


def _scale_for(rect: QRectF, area: QRectF) -> float:
    return min(area.width() / rect.width(), area.height() / rect.height(), FIT_MAX_ZOOM)


def _clear_a_corner(view: MapView, bounds: QRectF) -> None:
    """Scroll the least distance that leaves a corner clear for the legend's folded title (at most
    until the title lies past the map's edge, where nothing can be under it), never so far that the
    family's circle leaves the canvas: the parent reads it first (a crowded map scrolled for the
    title once pushed the family half off the bottom edge)."""
    legend = view.legend_placer()
    size = legend.size(view, "folded")
    if size is None or legend.clear_corner(view, "folded") is not None:
        return
    # The family stays clear of the canvas's edges by the width of the arrows that sit there.
    keep = FAMILY_MARGIN_PX / (view.zoom() or 1.0)
    shown = view.mapToScene(view.viewport().rect()).boundingRect().adjusted(keep, keep, -keep, -keep)
    family = _family_box(view)
    # Two pixels more than just touching: the scroll is rounded to whole pixels, which must not bring
    # the map back under the title or into the room it keeps from names.
    rounding = 2.0 / (view.zoom() or 1.0)
    # A corner with room round the title if one is near enough, else one just clear (legend_place).
    for roomy in (True, False):
        shift = _corner_shift(view, bounds, size, shown, family, rounding, roomy)
        if shift is not None:
            view.centerOn(view.mapToScene(view.viewport().rect().center()) + shift)
            return


def _corner_shift(view: MapView, bounds: QRectF, size, shown: QRectF, family: QRectF | None,
                  rounding: float, roomy: bool) -> QPointF | None:
    """The least scroll that leaves a corner clear for the folded title (see _clear_a_corner), or
    None: none keeps the family inside *shown* (the canvas less its margin)."""
    legend = view.legend_placer()
    nudge = 2 * rounding + (legend_place.LegendPlacer.room(view) if roomy else 0.0)
    best: tuple[float, QPointF] | None = None
    for corner in legend_place.CORNERS:
        box = legend_place.LegendPlacer.box(view, corner, size)
        # How far the view (and the title with it) must go, sideways or up and down, to leave the map.
        across = (min(bounds.left() - box.right() - nudge, 0.0) if corner.endswith("left")
                  else max(bounds.right() - box.left() + nudge, 0.0))
        along = (min(bounds.top() - box.bottom() - nudge, 0.0) if corner.startswith("top")
                 else max(bounds.bottom() - box.top() + nudge, 0.0))
        for full in (QPointF(across, 0.0), QPointF(0.0, along)):
            length = abs(full.x()) + abs(full.y())
            for step in range(1, SCROLL_STEPS + 1):
                shift = full * (step / SCROLL_STEPS)
                if best is not None and length * step / SCROLL_STEPS >= best[0]:
                    break
                if family is not None and not shown.translated(shift).contains(family):
                    break  # further that way the family goes out of sight too
                moved = box.translated(shift).adjusted(-rounding, -rounding, rounding, rounding)
                if legend.is_clear(view, moved, roomy):
                    best = (length * step / SCROLL_STEPS, shift)
                    break
    return best[1] if best is not None else None


def _family_box(view: MapView) -> QRectF | None:
    """The family's circle (the centre node's box, scene coordinates), or None without one."""
    scene = view.gesture_canvas()
    centre = scene.document.centre_id
    return scene.node_item(centre).sceneBoundingRect() if centre in scene.node_ids() else None
