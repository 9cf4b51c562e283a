"""Keeping a fitted map fitted while the canvas changes size, until someone zooms, pans or edits.

Switching to the parent view enlarges the window's text, and the bars and headers round the canvas
grow a moment after the fit; on the first start the welcome hint's band (first_run.py) takes the
canvas's top and grows with touch mode; a panel shown or hidden or the window resized changes the
canvas too. A map shown whole is fitted again after each of these. Only the canvas widget's own size
and that band count, not its inside's: an edit that brings or takes a scroll bar resizes the inside,
and must not re-zoom the map under the hand that made it. The first start's hint going is the one
change that refits after edits too (view.refit_unless_moved: naming the family moves no view).
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QObject, QPointF, QSize, QTimer, Signal
from PySide6.QtWidgets import QGraphicsView


class FitKeeper(QObject):
    """Remembers where the last fit left its view (the zoom, the middle, the canvas's size and the
    band at its top) and says `refit_due` once the canvas has changed size while the view is as the
    fit left it. It reaches the view as its Qt parent only: no Python reference back to it, so the
    view's wrapper goes when the view does."""

    refit_due = Signal()

    def __init__(self, view: QGraphicsView) -> None:
        super().__init__(view)
        self._at: tuple[float, QPointF, QSize, QMargins] | None = None
        self._edited = False  # the map changed since the fit: the view stays as the editor left it
        self.fitting = False  # a fit under way: the edits it makes are not someone's
        self.timer = QTimer(self)  # once the window's layout has settled (the next turn)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self._refit_if_as_fitted)

    def _view(self) -> QGraphicsView:
        return self.parent()

    def _zoom(self) -> float:
        return self._view().transform().m11()

    def _refit_if_as_fitted(self) -> None:
        if self.as_fitted() and self.resized_since():
            self.refit_due.emit()

    def remember(self) -> None:
        view = self._view()
        self._at = (self._zoom(), self._middle(), view.size(), view.viewportMargins())
        self._edited = False

    def follow(self) -> None:
        """The app itself scrolled or zoomed (to show a person just added): the view counts as where
        the fit left it, so a later change of the canvas's size (the first start's hint going) still
        fits it again. The fit's size and band are kept: that change is still seen."""
        if self._at is not None:
            self._at = (self._zoom(), self._middle(), *self._at[2:])

    def forget(self, *_args: object) -> None:
        """Someone changed the map: the view they are working in stays as it is (no refit)."""
        if not self.fitting:
            self._edited = True

    def as_fitted(self) -> bool:
        """Whether the view shows the map as the last fit left it (no edit, zoom or pan since)."""
        return not self._edited and self.unmoved()

    def unmoved(self) -> bool:
        """Whether nobody zoomed or panned since the last fit, edits or not (a resize keeps the
        middle where it was, to within a rounded pixel)."""
        if self._at is None:
            return False
        zoom, middle, _size, _margins = self._at
        moved = (self._middle() - middle).manhattanLength() * zoom
        return abs(self._zoom() - zoom) < 1e-9 and moved <= 2.0

    def resized_since(self) -> bool:
        view = self._view()
        return self._at is not None and (view.size(), view.viewportMargins()) != self._at[2:]

    def resized(self) -> None:
        """The canvas changed size: fit again once the layout settles, if the view is as fitted."""
        if not self.fitting and self.resized_since() and self.as_fitted():
            self.timer.start()

    def _middle(self) -> QPointF:
        view = self._view()
        return view.mapToScene(view.viewport().rect().center())
