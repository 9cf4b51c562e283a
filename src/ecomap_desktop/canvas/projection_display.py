"""The projection's display (MapProjection): the zoom's boost of names, high contrast, the text size
and the handles' size; a way of looking, never a change to the map."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor

from .. import style
from . import name_size

if TYPE_CHECKING:
    from PySide6.QtCore import Signal

    from ..model.document import Document
    from .extent import Extent
    from .items.edge_item import EdgeItem
    from .items.legend_item import LegendItem
    from .items.node_item import NodeItem
    from .items.ring_item import RingItem


class ProjectionDisplay:
    """MapProjection's display settings; MapProjection owns the items and the tables they act on."""

    document: Document
    legend_changed: Signal
    _nodes: dict[str, NodeItem]
    _edges: dict[str, EdgeItem]
    _edges_at: dict[str, set[str]]
    _rings: RingItem
    _legend: LegendItem
    _extent: Extent
    _floor: name_size.Floor
    _variant: style.CanvasVariant
    _text_boost: float
    _view_scale: float
    _text_scale: float
    _handle_radius: float

    def set_view_scale(self, scale: float) -> None:
        """Tell the scene the view's zoom, so labels can stay legible when zoomed far out."""
        self._view_scale = scale
        boost = name_size.boost(self._text_scale, scale, self._floor.least_px(), self._floor.cap)
        if boost != self._text_boost:
            self._text_boost = boost
            self._extent.forget()  # every outline may grow or shrink with the text
            self._rings.set_text_boost(boost)
            touched: set[str] = set()
            for node_id, item in self._nodes.items():
                if item.set_text_boost(boost):  # its outline grew or shrank with the text
                    touched.update(self._edges_at.get(node_id, ()))
            for edge_id in touched:
                self._refresh_edge(edge_id)
            # The area covered grew or shrank, and the circles' names must find their places again
            # among the people as now drawn (the parent view's larger names once left "Taking part"
            # half under a group placed beside it at the smaller size).
            self._schedule_content_changed()

    def text_boost(self) -> float:
        return self._text_boost

    def set_boost_cap(self, cap: float) -> None:
        """How many times larger names may grow zoomed out in the parent view (parent_boost_cap)."""
        self._floor.cap = cap
        self.set_view_scale(self._view_scale)

    def zoom_floor(self, scrolling: bool | None = None) -> float:
        """The least zoom keeping names as large as set_display asks (0: any; see name_size.Floor)."""
        return self._floor.zoom(self._text_scale, scrolling)

    def set_scrolling(self, on: bool) -> bool:
        """Names take set_display's *scroll_px* (*on*: too big to show whole) or not; True if larger."""
        if on != self._floor.scrolling:
            self._floor.scrolling = on
            self.set_view_scale(self._view_scale)
        return self._floor.least_px(True) != self._floor.least_px(False)

    # ----- display: high contrast and text size (a way of looking, never a change to the map) ---

    def set_display(self, high_contrast: bool, text_scale: float = 1.0,
                    readable_px: float | None = None, scroll_px: float | None = None) -> None:
        """Draw in the high-contrast variant or the standard one, with labels *text_scale* times larger;
        names never smaller on screen than *readable_px*, nor than *scroll_px* while set_scrolling."""
        variant = style.canvas_variant(high_contrast)
        if variant is not self._variant:
            self._variant = variant
            self._extent.forget()
            self.setBackgroundBrush(QColor(variant.background))
            self._rings.set_colours(variant.ring_colour, variant.ring_width, variant.ring_label_colour,
                                    variant.background)
            self._legend.set_colours(variant.label_colour, variant.legend_border, variant.legend_background,
                                     variant.line_colour)
            for node_id, item in self._nodes.items():
                self._style_node(item, self.document.node(node_id))
            for edge_id, item in self._edges.items():
                self._style_edge(item)
        floor = self._floor
        if (text_scale, readable_px, scroll_px) != (self._text_scale, floor.readable_px, floor.scroll_px):
            self._text_scale, floor.readable_px, floor.scroll_px = text_scale, readable_px, scroll_px
            self._legend.setScale(text_scale)
            self.set_view_scale(self._view_scale)
            self.legend_changed.emit()

    def high_contrast(self) -> bool:
        return self._variant is style.HIGH_CONTRAST

    def display_variant(self) -> style.CanvasVariant:
        return self._variant

    def text_scale(self) -> float:
        return self._text_scale

    def _style_node(self, item: NodeItem, data: dict) -> None:
        item.set_variant(self._variant)
        self._apply_node_content(item, data)

    def _style_edge(self, item: EdgeItem) -> None:
        v = self._variant
        values = (None,) if v is style.STANDARD else (v.line_colour, v.line_width_scale, v.highlight)
        item.set_variant(*values)

    def set_handle_radius(self, radius: float) -> None:
        """The size of every node's "+" handle (touch mode makes it fingertip-sized)."""
        self._handle_radius = radius
        for item in self._nodes.values():
            item.set_handle_radius(radius)
