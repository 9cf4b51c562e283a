"""The status bar's standing hint: the next step for the map as it is now, or the gesture's own hint.

A map whose centre is already named is never told to name it: the hint follows the document (the
centre's name, whether anyone is on the map, whether anyone is joined by a line). While a gesture
runs (placing a new person, choosing the other end of a line) its own hint is shown instead.
Temporary messages (saved, exported…) take its place for their few seconds; it comes back after.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMainWindow

from ecomap_desktop.i18n import translate as _tr


def hint_for(centre_label: str, nodes: int, edges: int) -> str:
    """The next step for a map with this centre name and these counts (the centre counts as a node)."""
    if not centre_label.strip():
        return _tr("StatusHints", "Type the family's name in the centre, then add the people and groups "
                                  "around it.")
    if nodes <= 1:
        return _tr("StatusHints", "Add the people and groups around the family: Add person, Add group.")
    if edges == 0:
        return _tr("StatusHints", "Join each one to the family: select a person or group, press Connect (C) "
                                  "and click or tap the family.")
    return _tr("StatusHints", "Select a line to choose how the connection feels and which way support goes.")


class StatusHints(QObject):
    """Keeps the hint label in one window's status bar up to date."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._gesture = ""
        self._standing = ""  # a hint standing in for the map's next step (a past visit on show)
        self._text = ""
        self._shown = ""  # the hint last put in the bar (a different message there is a temporary one)
        # Shown as the bar's own message (not a widget in it, which a temporary message would be
        # drawn over), put back whenever a temporary message has gone.
        self._bar = window.statusBar()
        self._bar.messageChanged.connect(self._on_message_changed)
        # Many changes in a row (typing a name, loading a map) are looked at once, when they are over.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        doc = window.document
        for signal in (doc.node_added, doc.node_removed, doc.node_changed, doc.edge_added, doc.edge_removed,
                       doc.reset):
            signal.connect(self._timer.start)
        window.scene.hint_changed.connect(self._on_gesture_hint)
        self.refresh()

    def _on_gesture_hint(self, text: str) -> None:
        self._gesture = text
        self.refresh()

    def text(self) -> str:
        return self._text

    def set_standing(self, text: str) -> None:
        """Show *text* in place of the map's next step until it is set back to "" (while a past visit
        is on show, its banner's words: the next steps are for today's map)."""
        self._standing = text
        self.refresh()

    def _on_message_changed(self, message: str) -> None:
        if not message and self._text:
            # Tied to the bar: a window closed meanwhile takes the pending call with its bar.
            QTimer.singleShot(0, self._bar, self._show)

    def _show(self) -> None:
        current = self._bar.currentMessage()
        if not current or current == self._shown:
            self._bar.showMessage(self._text)
            self._shown = self._text

    def refresh(self) -> None:
        if self._gesture:
            self._text = self._gesture
        elif self._standing:
            self._text = self._standing
        else:
            doc = self._window.document
            self._text = hint_for(doc.node(doc.centre_id)["label"], doc.node_count(), doc.edge_count())
        self._show()


def install_status_hints(window: QMainWindow) -> StatusHints:
    return StatusHints(window)
