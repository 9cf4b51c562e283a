"""The canvas's touch screen input: Qt's touch events in, one finger gesture at a time out.

The view hands every touch event of its viewport here. One finger starts a FingerPress (which
becomes a tap, a long press, a drag, a pan or a new line); a second finger hands over to
TwoFingers (pinch zoom and pan) until every finger has lifted. Touch pads are left to Qt, and so is
a touch on the open name editor (Qt turns it into a mouse click, which places the text cursor).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPointF, Signal
from PySide6.QtGui import QTouchEvent

if TYPE_CHECKING:  # the gestures are imported at the first touch, not with the window
    from .interactions.touch_base import TouchGesture, TouchView

# QEventPoint and QInputDevice are named at the first touch: PySide builds a Qt class's type and
# enums the first time it is named, which a start would otherwise pay for (issue 18).


class TouchInput(QObject):
    """Turns a view's touch events into finger gestures."""

    # A finger touched the canvas on a touch screen.
    touch_used = Signal()

    def __init__(self, view: TouchView) -> None:
        # The view is this object's parent, not an attribute: no reference cycle keeps it alive.
        super().__init__(view)
        self._gesture: TouchGesture | None = None
        self._ignoring = False  # this touch is left to Qt (see the module's note)

    def _viewport_owner(self) -> TouchView:
        return self.parent()

    def gesture(self) -> TouchGesture | None:
        """The finger gesture now running (for tests)."""
        return self._gesture

    def handle(self, event: QTouchEvent) -> bool:
        """Handle one touch event; False leaves it to Qt (which then makes mouse events of it)."""
        from PySide6.QtGui import QEventPoint, QInputDevice

        kind = event.type()
        if kind == QEvent.Type.TouchBegin:
            # A touch that ended while a menu was open never came back here (Qt gave it to the menu
            # as a mouse): a new first finger starts afresh.
            self._end(None)
            self._ignoring = (event.device().type() != QInputDevice.DeviceType.TouchScreen
                              or self._starts_in_editor(event))
            if self._ignoring:
                return False
            self.touch_used.emit()
        if self._ignoring:
            return False
        if kind == QEvent.Type.TouchCancel:
            self._end(None)
            return True
        from .interactions.touch_pinch import TwoFingers
        from .interactions.touch_press import FingerPress

        held = (QEventPoint.State.Pressed, QEventPoint.State.Updated, QEventPoint.State.Stationary)
        down = [QPointF(p.position()) for p in event.points() if p.state() in held]
        if kind == QEvent.Type.TouchEnd or not down:
            lifted = event.points()[0].position() if event.points() else QPointF()
            self._end(QPointF(lifted))
            return True
        if len(down) >= 2 and not isinstance(self._gesture, TwoFingers):
            if self._gesture is not None:
                self._gesture.cancel()
            self._gesture = TwoFingers(self._viewport_owner(), down)
        elif self._gesture is None:
            self._gesture = FingerPress(self._viewport_owner(), down[0])
        else:
            after = self._gesture.move(down)
            if after is not None:
                self._gesture = after
        return True

    def _end(self, point: QPointF | None) -> None:
        gesture, self._gesture = self._gesture, None
        if gesture is None:
            return
        if point is None:
            gesture.cancel()
        else:
            gesture.lift(point)

    def _starts_in_editor(self, event: QTouchEvent) -> bool:
        editor = self._viewport_owner().gesture_canvas().label_editor()
        if editor is None or not event.points():
            return False
        scene_pos = self._viewport_owner().to_scene(QPointF(event.points()[0].position()))
        return editor.contains(editor.mapFromScene(scene_pos))
