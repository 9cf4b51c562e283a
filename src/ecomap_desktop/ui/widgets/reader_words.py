"""What a screen reader says after a control's name, so that it says something new.

Qt reads a widget's tooltip to a screen reader as its description when it has none of its own, so
a tooltip that only repeats the name ("Add person (P)" on the Add person button, a step's title on
its step button) was heard twice. A control whose tooltip adds something gets a description of its
own (its shortcut, say); one whose tooltip only repeats its name shows that tooltip to the eye alone.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QHelpEvent, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QToolTip, QWidget

from ecomap_desktop.i18n import fill, translate as _tr
from .reader_language import tell_reader

# The dynamic property holding a widget's tooltip for the eye only.
_TIP_PROPERTY = "sightedTip"
# The dynamic property holding what the buttons showing an action say after its name.
_ACTION_WORDS = "readerWords"


def shortcut_words(keys: QKeySequence) -> str:
    """'Shortcut: Ctrl+Z', the keys named as this system names them; '' for no keys."""
    if keys.isEmpty():
        return ""
    return fill(_tr("ReaderWords", "Shortcut: %1"), keys.toString(QKeySequence.SequenceFormat.NativeText))


def sentences(*parts: str) -> str:
    """The non-empty *parts* as one run of sentences ("Delete Ana. Shortcut: Ctrl+Z")."""
    kept = [part.strip().rstrip(".") for part in parts if part and part.strip()]
    return ". ".join(kept)


def describe_buttons_of(action: QAction, words: Callable[[], str]) -> None:
    """Have every button showing *action* (a toolbar's, a panel's) described by what *words* says (in
    the language installed now, and again in one installed later), and any made later through
    describe_like_action. Its menu item needs none: a menu says the shortcut itself."""
    action.setProperty(_ACTION_WORDS, words)
    for widget in action.associatedObjects():
        if isinstance(widget, QAbstractButton):
            tell_reader(widget, description=words)


def describe_like_action(button: QAbstractButton, action: QAction) -> None:
    """Describe *button*, made to show *action*, as describe_buttons_of described the action's others."""
    words = action.property(_ACTION_WORDS)
    tell_reader(button, description=words if callable(words) else str)


class _TipForTheEye(QObject):
    """Shows a widget's sighted tip where Qt would show its tooltip (the mouse resting on it)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.ToolTip and isinstance(watched, QWidget):
            text = watched.property(_TIP_PROPERTY)
            if text and isinstance(event, QHelpEvent):
                QToolTip.showText(event.globalPos(), str(text), watched)
                return True
        return False


_tip_filter: _TipForTheEye | None = None


def set_sighted_tip(widget: QWidget, text: str) -> None:
    """Give *widget* the tooltip *text* for the mouse only, never read as its description: for a
    tooltip that says no more than the widget's accessible name."""
    global _tip_filter
    if _tip_filter is None:
        _tip_filter = _TipForTheEye()
    widget.setToolTip("")
    widget.setProperty(_TIP_PROPERTY, text)
    widget.installEventFilter(_tip_filter)  # once: Qt keeps one entry for a filter installed again


def sighted_tip(widget: QWidget) -> str:
    """The tooltip set_sighted_tip gave *widget* ('' if none)."""
    return str(widget.property(_TIP_PROPERTY) or "")
