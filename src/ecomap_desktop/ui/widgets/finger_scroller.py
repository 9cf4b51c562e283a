"""What lets a finger swipe an area (see swipe_scroll.py, which says what a swipe does): Qt's
QScroller on the area's viewport, and the filter that holds back the mouse events Qt makes of the
finger until it is clear what the finger is doing.

Imported with the first area made swipeable, so that a window is drawn before QScroller's types are
built (swipe_scroll.held_areas).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRectF, QSizeF, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtWidgets import (QAbstractScrollArea, QApplication, QPlainTextEdit, QScroller,
                               QScrollerProperties, QWidget)

from .finger_menu import finger_held_still

_MOUSE = frozenset((QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.MouseButtonRelease,
                    QEvent.Type.MouseButtonDblClick))

# What the finger's mouse events are doing (_FingerMouse._mode).
_WAITING = "waiting"  # held back until the finger taps, holds or swipes
_PASSING = "passing"  # delivered as usual (a tap, or a finger held still)
_DROPPING = "dropping"  # dropped until the finger lifts (a swipe, or a finger that stopped a glide)


def grab(area: QAbstractScrollArea) -> None:
    """Let a finger swipe *area* from now on."""
    viewport = area.viewport()
    QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.TouchGesture)
    scroller = QScroller.scroller(viewport)
    properties = scroller.scrollerProperties()
    off = QScrollerProperties.OvershootPolicy.OvershootAlwaysOff  # a panel stops at its ends, no bounce
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.HorizontalOvershootPolicy, off)
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.VerticalOvershootPolicy, off)
    scroller.setScrollerProperties(properties)
    _FingerMouse(scroller, viewport)
    viewport.installEventFilter(_SwipeStart(area, viewport))


def is_swipeable(area: QAbstractScrollArea) -> bool:
    """Whether a finger can swipe *area* (grab was called on it)."""
    viewport = area.viewport()
    mine = viewport.findChild(_FingerMouse, options=Qt.FindChildOption.FindDirectChildrenOnly)
    return mine is not None and QScroller.hasScroller(viewport)


class _FingerMouse(QObject):
    """Holds back the mouse events Qt makes of a finger on one area until the finger's intent is clear
    (see swipe_scroll.py's note). It watches the whole application, but only while that finger is down."""

    def __init__(self, scroller: QScroller, viewport: QWidget) -> None:
        super().__init__(viewport)  # goes with the area
        self._mode: str | None = None  # None: no finger down on the area
        self._stop_only = False  # this finger landed on a gliding area: it only stops it
        self._held: tuple[QWidget, QMouseEvent] | None = None
        self._replaying = False
        self._state = QScroller.State.Inactive
        self._hold = QTimer(self)
        self._hold.setSingleShot(True)
        self._hold.timeout.connect(self._held_still)
        self._scroller = scroller
        scroller.stateChanged.connect(self._on_state)

    def _on_state(self, state: QScroller.State) -> None:
        previous, self._state = self._state, state
        if state == QScroller.State.Pressed:
            self._begin(stop_only=previous == QScroller.State.Scrolling)
        elif state == QScroller.State.Dragging and self._mode == _WAITING:
            self._held = None  # a swipe: what it landed on is never pressed
            self._mode = _DROPPING
            self._hold.stop()
        elif state == QScroller.State.Inactive and self._mode == _WAITING:
            # Lifted without swiping (a tap), or moved where the area cannot scroll: it acts as it is.
            if self._stop_only:
                self._held = None
                self._mode = _DROPPING
            else:
                self._pass_held()
            self._hold.stop()

    def _begin(self, stop_only: bool) -> None:
        if self._mode is None:
            QApplication.instance().installEventFilter(self)
        self._mode = _WAITING
        self._stop_only = stop_only
        self._held = None
        self._hold.start(QGuiApplication.styleHints().mousePressAndHoldInterval())

    def _held_still(self) -> None:
        """The finger rests: it works on what is under it (or opens its menu, where a long press does:
        finger_menu.py), and the area stays put until it lifts."""
        if self._mode == _WAITING:
            self._scroller.stop()
            with finger_held_still():
                self._pass_held()

    def _pass_held(self) -> None:
        self._mode = _PASSING
        held, self._held = self._held, None
        if held is None:
            return
        widget, press = held
        self._replaying = True
        try:
            QApplication.sendEvent(widget, press)
        except RuntimeError:  # the widget went while the finger was down (a page rebuilt)
            pass
        finally:
            self._replaying = False

    def _finish(self) -> None:
        QApplication.instance().removeEventFilter(self)
        self._mode = None
        self._held = None
        self._hold.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (event.type() not in _MOUSE or self._replaying or not isinstance(watched, QWidget)
                or event.source() == Qt.MouseEventSource.MouseEventNotSynthesized):
            return False
        kind = event.type()
        if self._mode == _WAITING:
            if kind == QEvent.Type.MouseButtonPress and self._held is None:
                self._held = (watched, event.clone())
                return True
            if kind == QEvent.Type.MouseMove:
                return True  # not yet known whether it swipes
            self._pass_held()  # a release or a double click before the scroller said: pass it all on
        if kind == QEvent.Type.MouseButtonRelease:
            dropping = self._mode == _DROPPING
            self._finish()
            return dropping
        return self._mode == _DROPPING


class _SwipeStart(QObject):
    """Where a swipe on one area starts and how far it goes. An area inside another (a note in a
    panel) is moved by the outer one's scroller: a swipe that lands on it scrolls it first, and what
    is left of the swipe past its ends scrolls the area around it, as a phone passes a swipe on from a
    list's end to the page. (The outer area stays put while the inner one scrolls, so the scroller
    reads the finger where it is on the screen; a scroller of the inner one's own would read it on an
    area that moves under it.) A plain text field is moved in pixels, not lines."""

    def __init__(self, area: QAbstractScrollArea, viewport: QWidget) -> None:
        super().__init__(viewport)  # goes with the area
        self._area = area
        # A plain text field's scroll bar counts lines, and the scroller takes its range for pixels:
        # a swipe would go a line per pixel. It is given pixels, and a line's height of them is a line.
        self._lines = area if isinstance(area, QPlainTextEdit) else None
        self._inner: _InnerFirst | None = None  # this swipe began on an area inside this one

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.ScrollPrepare:
            if _swipeable_around(self._area):
                event.ignore()  # this area's scroller does not start: the one around it moves it
                return True
            inner = _inner_area_at(watched, event.startPos().toPoint())
            self._inner = None if inner is None else _InnerFirst(inner)
            if self._lines is None and self._inner is None:
                return False  # the area prepares as Qt does
            start = _scroll_pos(self._area)
            reach = _scroll_range(self._area)
            if self._inner is not None:
                reach = reach.adjusted(*self._inner.room)  # a swipe goes as far as both go together
            event.setViewportSize(QSizeF(watched.size()))
            event.setContentPosRange(reach)
            event.setContentPos(start)
            event.accept()
            if self._inner is not None:
                self._inner.outer_start = start
            return True
        if kind == QEvent.Type.Scroll and (self._lines is not None or self._inner is not None):
            wanted = event.contentPos()
            if self._inner is not None:
                wanted = self._inner.outer_start + self._inner.take(wanted - self._inner.outer_start)
            _scroll_to(self._area, wanted)
            return True
        return False


class _InnerFirst:
    """An area inside the one a swipe moves (a note in a panel), which takes the swipe first."""

    def __init__(self, inner: QAbstractScrollArea) -> None:
        self._inner = inner
        self._start = _scroll_pos(inner)
        reach = _scroll_range(inner)
        # How far it can go each way: left, up (less than nothing), right, down.
        self.room = (reach.left() - self._start.x(), reach.top() - self._start.y(),
                     reach.right() - self._start.x(), reach.bottom() - self._start.y())
        self.outer_start = QPointF()

    def take(self, travel: QPointF) -> QPointF:
        """Scroll the inner area by as much of *travel* (pixels) as it can go; returns the rest."""
        left, up, right, down = self.room
        mine = QPointF(min(max(travel.x(), left), right), min(max(travel.y(), up), down))
        try:
            _scroll_to(self._inner, self._start + mine)
        except RuntimeError:  # the note went while the finger was down (a page rebuilt)
            pass
        return travel - mine


def _line_step(area: QAbstractScrollArea) -> int:
    """Pixels to a step of *area*'s up-and-down scroll bar: a line for a plain text field."""
    return max(1, area.fontMetrics().lineSpacing()) if isinstance(area, QPlainTextEdit) else 1


def _scroll_pos(area: QAbstractScrollArea) -> QPointF:
    """Where *area* is scrolled to, in pixels."""
    return QPointF(area.horizontalScrollBar().value(), area.verticalScrollBar().value() * _line_step(area))


def _scroll_range(area: QAbstractScrollArea) -> QRectF:
    """How far *area* scrolls, in pixels."""
    across, down, step = area.horizontalScrollBar(), area.verticalScrollBar(), _line_step(area)
    return QRectF(across.minimum(), down.minimum() * step, across.maximum() - across.minimum(),
                  (down.maximum() - down.minimum()) * step)


def _scroll_to(area: QAbstractScrollArea, pos: QPointF) -> None:
    area.horizontalScrollBar().setValue(round(pos.x()))
    area.verticalScrollBar().setValue(round(pos.y() / _line_step(area)))


def _has_more(area: QAbstractScrollArea) -> bool:
    """Whether *area* has more than it shows."""
    return area.verticalScrollBar().maximum() > 0 or area.horizontalScrollBar().maximum() > 0


def _swipeable_around(area: QAbstractScrollArea) -> bool:
    """Whether *area* sits in an area a finger swipes (a note in a panel)."""
    widget = area.parentWidget()
    while widget is not None:
        if isinstance(widget, QAbstractScrollArea) and is_swipeable(widget):
            return True
        widget = widget.parentWidget()
    return False


def _inner_area_at(viewport: QWidget, point: QPoint) -> QAbstractScrollArea | None:
    """The swipeable area inside *viewport* at *point* that has more than it shows, if any. One that
    shows all it has (a short note) leaves the swipe to the area around it: a finger that lands on it
    moves the panel, as anywhere else on the panel."""
    widget = viewport.childAt(point)
    while widget is not None and widget is not viewport:
        if isinstance(widget, QAbstractScrollArea) and is_swipeable(widget) and _has_more(widget):
            return widget
        widget = widget.parentWidget()
    return None
