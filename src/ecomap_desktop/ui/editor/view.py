"""The canvas widget: zoom (view_zoom.py), pan and keyboard for a MapScene.

Left-drag on empty canvas draws a selection rectangle; the wheel scrolls; pan with the middle button,
or hold Space and drag; Ctrl+wheel, pinch and Ctrl+Plus/Minus zoom. Scroll bars show while the map is
larger than the view. Fingers go to touch_input.py, keys to key_input.py; a right click, the Menu key,
a long press and a pen's barrel button open the context menu (menu_opener.py, context_menu.py). The
scroll bars, the arrows at the edges and the circles' names in sight follow the view (sight_keeper.py).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QFocusEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QResizeEvent,
)
from PySide6.QtWidgets import QApplication, QGraphicsView, QMenu, QToolButton, QWidget

from ...canvas.items.edge_item import EdgeItem
from ...i18n import fill, translate as _tr
from ...canvas.items.node_item import NodeItem
from . import legend_place, menu_opener, own_viewport
from .collector_wait import CollectorWait
from .fit_keeper import FitKeeper
from .key_input import KeyInput
from .pen_input import TABLET_EVENTS, pen_event
from .scene import MapScene
from .sight_keeper import SightKeeper
from .touch_input import TouchInput
from .view_zoom import ZOOM_STEP, ViewZoom  # noqa: F401 - ZOOM_STEP: callers read it here
from ..widgets.reader_language import tell_reader

# How near a finger must come to a thin line to touch it, in screen pixels (a fingertip is ~40).
FINGER_SLOP_PX = 16.0
# How long the zoom must stay still before nodes are cached as pixmaps again.
CACHE_AFTER_ZOOM_MS = 300


class MapView(ViewZoom, own_viewport.OwnViewportView):
    """Shows a MapScene with zoom, pan, pinch and the keyboard commands of the canvas."""

    # The zoom changed; the new scale (1.0 = 100%).
    zoom_changed = Signal(float)
    # The whole map was fitted to the canvas (Whole map, the parent view, a resize that refits it).
    fitted = Signal()
    # A finger touched the canvas on a touch screen.
    touch_used = Signal()

    def __init__(self, scene: MapScene, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._map_scene = scene
        self._pan_from: QPoint | None = None
        self._space_down = False
        self._menus = menu_opener.MenuOpener()
        self._touch = TouchInput(self)
        self._touch.touch_used.connect(self.touch_used)
        self._last_tap: tuple[float, str, QPointF] = (0.0, "", QPointF())
        self._legend = legend_place.LegendPlacer()
        self._legend_held = False  # while zoom_to_fit scrolls step by step (it places the legend and
        # the arrows after)
        self._arrows_held = False  # while a zoom step scrolls step by step (_arrows_wait)
        self._map_going = False  # resizing for a map about to replace the one on show
        self._pan_rest = QPointF()  # the part of a finger's pan smaller than a pixel, kept for the next
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        # Zooming keeps its own anchor (see set_zoom), so tests and pinches anchor where they say.
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        # One rectangle per repaint: a drag changes a node and its lines, and clipping to a single
        # rectangle is cheaper than to the several small ones of MinimalViewportUpdate (measured
        # in benchmarks/bench_canvas.py). For one edit on a 5,000-node map (bench_files.py) every
        # mode costs the same: what a moved line's repaint meets at the family, where thousands of
        # lines end, must be drawn again whatever the shape of the area.
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.BoundingRectViewportUpdate)
        # Every item sets the pen, brush and font it uses, so per-item save/restore is wasted work.
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # A calm canvas: scroll bars only while the map is larger than the view (sight_keeper.py).
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        tell_reader(self, name=lambda: _tr("MapView", "Eco-map drawing"))
        description = self.reader_description()
        self.setAccessibleDescription(description)
        # The scroll bars, the arrows where the map goes on past the edges, the circles' names in sight.
        self._sight = SightKeeper(self, scene, description)
        # Fingers are read directly (touch_input.py); pinching a touch pad comes as a native gesture.
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        scene.legend_changed.connect(self._place_legend)
        scene.add_mode_changed.connect(self._on_add_mode)
        scene.content_changed.connect(self.update_scene_rect)
        scene.content_changed.connect(self._place_legend)  # a person moved or added under it
        scene.content_changed.connect(self._update_more_arrows)
        # A line drawn or taken away can cross or free the legend's corner with no one moving: it
        # finds its corner again once the canvas has drawn the change (once for many lines at once).
        self._legend_timer = QTimer(self)
        self._legend_timer.setSingleShot(True)
        self._legend_timer.setInterval(0)
        self._legend_timer.timeout.connect(self._place_legend)
        scene.document.edge_added.connect(self._on_line_added_or_removed)
        scene.document.edge_removed.connect(self._on_line_added_or_removed)
        self._keys = KeyInput(scene)
        self._cache_timer = QTimer(self)
        self._cache_timer.setSingleShot(True)
        self._cache_timer.setInterval(CACHE_AFTER_ZOOM_MS)
        self._cache_timer.timeout.connect(self._cache_items)
        self._fit_keeper = FitKeeper(self)  # a map shown whole stays whole
        self._collector_wait = CollectorWait(self.viewport())
        scene.nodes_rebuilt.connect(self._hold_collector)
        self._fit_keeper.refit_due.connect(self.zoom_to_fit)
        self._refit_timer = self._fit_keeper.timer
        document = scene.document
        for edited in (document.node_added, document.node_removed, document.node_moved, document.node_changed,
                       document.edge_added, document.edge_removed, document.edge_changed):
            edited.connect(self._fit_keeper.forget)
        # The view's own scene rectangle before the scene: given none, Qt works out the scene's from
        # every item (a big map has tens of thousands), which this view never uses.
        self.update_scene_rect()
        self.setScene(scene)

    def _hold_collector(self) -> None:
        """A map was just made: a big one's first paint makes thousands of objects more, with Python's
        cycle collector still paused (collector_wait.py)."""
        self._collector_wait.hold(self._map_scene.document.node_count())

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # Every viewport event passes here (paints, mouse moves): keep the common path short.
        kind = event.type()
        if kind not in _SPECIAL:
            return super().viewportEvent(event)
        if kind in _TOUCH:
            handled = self._touch.handle(event)
            event.setAccepted(handled)  # a touch left unhandled becomes mouse events (Qt's own)
            return handled
        if kind in TABLET_EVENTS:
            return pen_event(self, event)
        if isinstance(event, QNativeGestureEvent):
            if event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
                self.set_zoom(self.zoom() * (1.0 + event.value()), event.position())
                return True
        return super().viewportEvent(event)

    # ----- touch: what the finger gestures may ask of the view (interactions/touch_base.py) ----

    def gesture_canvas(self) -> MapScene:
        return self._map_scene

    def touch_input(self) -> TouchInput:
        return self._touch

    def to_scene(self, viewport_pos: QPointF) -> QPointF:
        return self.mapToScene(viewport_pos.toPoint())

    def item_under(self, viewport_pos: QPointF) -> NodeItem | EdgeItem | None:
        """The node or connection under a finger (a thin line counts from a finger's width away)."""
        from . import context_menu  # the first touch, not with the window

        slop = FINGER_SLOP_PX / (self.zoom() or 1.0)
        return context_menu.item_under(self._map_scene, self.to_scene(viewport_pos), slop)

    def pan_by(self, delta: QPointF) -> None:
        """Move the map by *delta* viewport pixels (the map follows the finger)."""
        total = delta + self._pan_rest
        dx, dy = round(total.x()), round(total.y())
        self._pan_rest = QPointF(total.x() - dx, total.y() - dy)
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - dx)
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() - dy)

    def zoom_by(self, factor: float, anchor: QPointF) -> None:
        self.set_zoom(self.zoom() * factor, anchor)

    def is_double_tap(self, viewport_pos: QPointF, node_id: str) -> bool:
        """Whether a tap on *node_id* is the second of a double tap (it is remembered otherwise)."""
        now = time.monotonic()
        then, last_id, last_pos = self._last_tap
        interval = QApplication.styleHints().mouseDoubleClickInterval() / 1000.0
        double = (last_id == node_id and now - then <= interval
                  and (viewport_pos - last_pos).manhattanLength() <= FINGER_SLOP_PX * 3)
        self._last_tap = (0.0, "", QPointF()) if double else (now, node_id, QPointF(viewport_pos))
        return double

    # ----- panning -----------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton and self._legend.hit(self, event.position()):
            self._legend.toggle_by_hand(self)  # the folded legend opens over the map, or folds again
            event.accept()
            return
        panning = event.button() == Qt.MouseButton.MiddleButton or (
            event.button() == Qt.MouseButton.LeftButton and self._space_down
        )
        if panning:
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if self._pan_from is not None:
            here = event.position().toPoint()
            delta = here - self._pan_from
            self._pan_from = here
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if self._pan_from is not None:
            self._pan_from = None
            self._set_idle_cursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    # ----- the context menu --------------------------------------------------------------------

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt's name
        point = event.pos()
        if event.reason() == QContextMenuEvent.Reason.Keyboard:  # the Menu key
            point = menu_opener.keyboard_point(self, self._map_scene)
        self.open_context_menu(QPointF(point))
        event.accept()

    def open_context_menu(self, viewport_pos: QPointF, by_finger: bool = False) -> QMenu:
        """Show the menu of whatever is at *viewport_pos* (a right click, a long press) and return it.
        *by_finger*: its rows are made a fingertip high."""
        return self._menus.open(self, self._map_scene, viewport_pos, by_finger)

    def context_menu(self) -> QMenu | None:
        """The context menu while it is open."""
        return self._menus.menu()

    def _set_idle_cursor(self) -> None:
        if self._space_down:
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        elif self._map_scene.add_mode():
            self.viewport().setCursor(Qt.CursorShape.CrossCursor)  # "click where it goes"
        else:
            self.viewport().unsetCursor()

    def _on_add_mode(self, kind: str) -> None:
        self._set_idle_cursor()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if self._legend.hit(self, event.position()):
            event.accept()  # a quick second click on the legend opens or folds it, no name editing under it
            self._legend.toggle_by_hand(self)
            return
        super().mouseDoubleClickEvent(event)

    @contextmanager
    def resizing_for_new_map(self) -> Iterator[None]:
        """The canvas changes size for a map about to replace the one on show (the visits strip comes or
        goes as a map opens): nothing is placed for the map going; the new map's fit places it all."""
        self._map_going = True
        try:
            yield
        finally:
            self._map_going = False

    @contextmanager
    def edges_placed_after(self) -> Iterator[None]:
        """The legend and the arrows at the edges are placed once, when this ends, however often the
        canvas scrolls or changes size meanwhile (the window shown for the first time resizes it four
        times, each of which placed them anew, before anything was drawn)."""
        held, arrows_held = self._legend_held, self._arrows_held
        self._legend_held = self._arrows_held = True
        try:
            yield
        finally:
            self._legend_held, self._arrows_held = held, arrows_held
        self._place_legend()
        self._update_more_arrows()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 - Qt's name
        super().scrollContentsBy(dx, dy)
        if self._map_going:
            return
        self._legend.forget_hand()
        self._place_legend()
        self._update_more_arrows()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self._map_going:
            return
        if not self._cache_timer.isActive():  # more or less of a big map in sight (node_caching.py)
            self._cache_items()
        self.update_scene_rect()
        self._place_legend()
        self._update_more_arrows()
        # Qt brings the inside's (viewport's) resizes here too: the keeper looks at the widget's size.
        self._fit_keeper.resized()

    def keep_circle_names_whole(self, keep: QRectF) -> None:
        """Scroll the least that leaves no circle's name cut at the canvas's edge, *keep* (scene) in
        sight (sight_keeper.py)."""
        self._sight.keep_circle_names_whole(keep)

    def update_scene_rect(self, bounds: QRectF | None = None) -> None:
        """Let the user scroll a good way past the map in every direction, but not to infinity, with
        scroll bars while the map is larger than the view. *bounds*: the scene's items_bounding_rect(),
        if the caller has just worked it out (sight_keeper.py)."""
        self._sight.update_scene_rect(bounds)

    def _place_legend(self) -> None:
        if not self._legend_held:
            self._legend.place(self)

    def more_arrows(self) -> dict[str, QToolButton]:
        """The arrows at the edges the map goes on past (shown in the parent view: more_map.py)."""
        return self._sight.arrows()

    def reader_description(self) -> str:
        """What a screen reader is told of this canvas and its keys, in the language installed now."""
        # The zoom keys as this system names them, in the reader's language ("Ctrl++"), not in English
        # words a Spanish sentence then carried ("Ctrl+Plus y Ctrl+Minus").
        native = QKeySequence.SequenceFormat.NativeText
        return fill(_tr(
            "MapView",
            "The map. Tab goes through the people and groups, then the lines; arrow keys move the "
            "selected ones; Enter or F2 edits a name, or opens a line's Details; C starts a connection; "
            "Delete removes; the wheel scrolls; Ctrl+wheel, %1 and %2 zoom; drag with the middle button or "
            "Space held to pan."
        ), QKeySequence(QKeySequence.StandardKey.ZoomIn).toString(native),
            QKeySequence(QKeySequence.StandardKey.ZoomOut).toString(native))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:  # a reader hears the language installed now
            self.set_reader_description(self.reader_description())
        super().changeEvent(event)

    def set_reader_description(self, text: str) -> None:
        """What a screen reader is told of this canvas (a past visit's says nothing can be changed),
        before the words on where the map goes on past its edges."""
        self._sight.set_description(text)

    def place_more_arrows(self) -> None:
        """Place the arrows at the edges again: something was drawn under them (a comparison's words)."""
        self._update_more_arrows()

    def _update_more_arrows(self) -> None:
        if not (self._legend_held or self._arrows_held):  # a fit or zoom places them once, at its end
            self._sight.update()

    def _on_line_added_or_removed(self, edge_id: str) -> None:
        self._legend_timer.start()

    # ----- keyboard (key_input.py) ------------------------------------------------------------

    def hold_space(self, down: bool) -> None:
        """Space held down (or let go): a left drag pans, and the open hand shows."""
        self._space_down = down
        self._set_idle_cursor()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if self._keys.press(self, event):
            event.accept()
        else:
            super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.hold_space(False)
        super().keyReleaseEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt's names
        # Tab on the canvas walks the nodes (not one on a widget over it: the hint's), then moves on.
        return (self.hasFocus() and self._keys.tab(next)) or super().focusNextPrevChild(next)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        super().focusInEvent(event)
        self._keys.arrive(event.reason())

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        self._space_down = False
        super().focusOutEvent(event)


_TOUCH = frozenset((QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
                    QEvent.Type.TouchCancel))
_SPECIAL = _TOUCH | TABLET_EVENTS | {QEvent.Type.NativeGesture}
