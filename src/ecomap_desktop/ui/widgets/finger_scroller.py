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
        """The finger rests: it works on what is under it, and the area stays put until it lifts."""
        if self._mode == _WAITING:
            self._scroller.stop()
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
    """Where a swipe on one area starts and how far it goes: an area inside it (a note in a panel)
    takes the fingers that land on it, and a plain text field is moved in pixels, not lines."""

    def __init__(self, area: QAbstractScrollArea, viewport: QWidget) -> None:
        super().__init__(viewport)  # goes with the area
        # A plain text field's scroll bar counts lines, and the scroller takes its range for pixels:
        # a swipe would go a line per pixel. It is given pixels, and a line's height of them is a line.
        self._lines = area if isinstance(area, QPlainTextEdit) else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.ScrollPrepare:
            if _lands_inside(watched, event.startPos().toPoint()):
                event.ignore()  # this area's scroller does not start: the one under the finger does
                return True
            if self._lines is not None:
                bar, line = self._lines.verticalScrollBar(), self._line_height()
                event.setViewportSize(QSizeF(watched.size()))
                event.setContentPosRange(QRectF(0, 0, 0, bar.maximum() * line))
                event.setContentPos(QPointF(0, bar.value() * line))
                event.accept()
                return True
        elif kind == QEvent.Type.Scroll and self._lines is not None:
            self._lines.verticalScrollBar().setValue(round(event.contentPos().y() / self._line_height()))
            return True
        return False

    def _line_height(self) -> int:
        return max(1, self._lines.fontMetrics().lineSpacing())


def _lands_inside(viewport: QWidget, point: QPoint) -> bool:
    """Whether *point* of *viewport* is on a swipeable area inside it that has more than it shows.
    One that shows all it has (a short note) leaves the swipe to the area around it: a finger that
    lands on it moves the panel, as anywhere else on the panel."""
    widget = viewport.childAt(point)
    while widget is not None and widget is not viewport:
        if (isinstance(widget, QAbstractScrollArea) and is_swipeable(widget)
                and (widget.verticalScrollBar().maximum() > 0 or widget.horizontalScrollBar().maximum() > 0)):
            return True
        widget = widget.parentWidget()
    return False
