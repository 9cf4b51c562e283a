"""Where the canvas's legend goes: a corner of the view where it covers no person, group or line, and
keeps a little room (NAME_ROOM_PX) from every person, group and name.

The legend keeps its size on screen at every zoom, so any zoom or pan can bring the map under it.
It stays in its corner while that corner is clear, else moves to the first clear one (bottom left,
bottom right, top left, top right); where the whole legend would cover part of the map in every
corner it folds to its title, and where even that would, it steps away until there is room again
(a zoom out, a pan, Fit). Zoom to fit makes room for it first (view.py). A click on the folded title
opens it where it is, over the map, because the user asked; the next click, zoom or pan folds it again.
The View menu's "Open or fold the legend" (KEYS) does what the click does (open_or_fold).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QGraphicsView

from ecomap_desktop.i18n import fill, translate as _tr

from .legend_cover import Witnesses, anything_under

# Distance from the view's edges, in screen pixels.
MARGIN = 14
# Room kept clear between the legend and any person, group or name, in screen pixels (lines may pass
# nearer): at 1280 x 720 a fitted map left "Food bank" 2 pixels from it, as if it were one of its rows.
NAME_ROOM_PX = 8
CORNERS = ("bottom_left", "bottom_right", "top_left", "top_right")
# The keys that open or fold the legend, as a click on it does (the View menu's item carries them).
KEYS = "Shift+L"


class LegendPlacer:
    """Places one view's legend (the scene's LegendItem) in a clear corner, folding it if need be.

    It keeps no reference to the view (the view owns it: a cycle would keep a deleted view's wrapper
    alive); each call is given the view."""

    def __init__(self) -> None:
        self._corner = CORNERS[0]
        self._by_hand = False  # opened over the map by a click on its folded title
        self._witnesses = Witnesses()  # what covered each corner last time it was tried

    def opened_by_hand(self) -> bool:
        return self._by_hand

    def hit(self, view: QGraphicsView, viewport_pos: QPointF) -> bool:
        """Whether *viewport_pos* is on the folded legend (or on one opened by hand): a click there
        opens (or folds) it."""
        legend = view.scene().legend_item()
        if not legend.isVisible() or (legend.fold() != "folded" and not self._by_hand):
            return False
        return legend.deviceTransform(view.viewportTransform()).mapRect(legend.boundingRect()).contains(
            viewport_pos)

    def toggle_by_hand(self, view: QGraphicsView) -> None:
        self._by_hand = not self._by_hand
        self.place(view)

    def open_or_fold(self, view: QGraphicsView) -> None:
        """From the keyboard, as a click on it: the folded (or stepped away) legend opens over the map,
        one opened so folds again; one open in its corner stays so."""
        legend = view.scene().legend_item()
        if self._by_hand or legend.fold() != "open":
            self.toggle_by_hand(view)

    def forget_hand(self) -> None:
        """The map moved under the legend: it takes a clear corner again, or folds."""
        self._by_hand = False

    def corner(self) -> str:
        """The corner the legend is in (or was last in, while it is away)."""
        return self._corner

    def size(self, view: QGraphicsView, fold: str = "open") -> tuple[float, float] | None:
        """The legend's size on screen when *fold*, or None while it is switched off or empty."""
        legend = view.scene().legend_item()
        width, height = legend.size_when(fold)
        if not legend.isVisible() or width <= 0:
            return None
        scale = legend.scale()  # the text-size setting draws the legend larger
        return width * scale, height * scale

    @staticmethod
    def box(view: QGraphicsView, corner: str, size: tuple[float, float]) -> QRectF:
        """The scene rectangle a legend of *size* (screen pixels) covers in *corner* of the view."""
        port = view.viewport()
        width, height = int(size[0]) + 1, int(size[1]) + 1
        x = MARGIN if corner.endswith("left") else port.width() - MARGIN - width
        y = MARGIN if corner.startswith("top") else port.height() - MARGIN - height
        return view.mapToScene(QRect(QPoint(x, y), QSize(width, height))).boundingRect()

    @staticmethod
    def room(view: QGraphicsView) -> float:
        """NAME_ROOM_PX in scene units at the view's zoom."""
        return NAME_ROOM_PX / (view.transform().m11() or 1.0)

    @classmethod
    def is_clear(cls, view: QGraphicsView, box: QRectF, roomy: bool = True) -> bool:
        """Whether no line is under *box* (scene coordinates), and no person, group or name, nor while
        comparing a ghost or the words on a change, is under it or (*roomy*) within NAME_ROOM_PX of it
        (legend_cover.py: Qt's shape test, cheaply)."""
        return not anything_under(view.scene(), box, cls.room(view) if roomy else 0.0)

    def clear_corner(self, view: QGraphicsView, fold: str = "open", roomy: bool = True) -> str | None:
        """The corner where the legend, *fold*, covers nothing (and, *roomy*, keeps its room from
        names): its own first, else the first clear one."""
        size = self.size(view, fold)
        if size is None:
            return None
        scene, room = view.scene(), self.room(view) if roomy else 0.0
        for corner in (self._corner, *[c for c in CORNERS if c != self._corner]):
            # The same answer as is_clear(), cheaper when what covered this corner still does.
            box = self.box(view, corner, size)
            if not self._witnesses.anything_under(scene, box, f"{fold} {corner}", room):
                return corner
        return None

    def place(self, view: QGraphicsView) -> None:
        """Put the legend in a clear corner, whole if it fits, else folded, else away."""
        legend = view.scene().legend_item()
        size = self.size(view)
        if self._by_hand and size is not None:
            legend.set_fold("open")
            legend.setPos(self.box(view, self._corner, size).topLeft())
            return
        # Whole with room round it, else folded with room, else folded just clear of everything (a
        # crowded map may leave no corner with room: the title is better a little near a name than
        # gone, or than the map scrolled until the family leaves the canvas, fit.py).
        for fold, roomy in (("open", True), ("folded", True), ("folded", False)):
            size = self.size(view, fold)
            corner = self.clear_corner(view, fold, roomy) if size is not None else None
            if size is not None and corner is not None:
                self._corner = corner
                legend.set_fold(fold)
                legend.setToolTip(fill(_tr("LegendPlace", "Choose the legend, or press %1, to open it over "
                                                          "the map. It folds again when the map moves."),
                                       QKeySequence(KEYS).toString(QKeySequence.SequenceFormat.NativeText))
                                  if fold == "folded" else "")
                legend.setPos(self.box(view, corner, size).topLeft())
                return
        if size is not None:
            legend.set_fold("away")
