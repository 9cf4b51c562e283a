"""What a screen reader is told of a widget, in the language installed now.

A widget's accessible name and description were set once, as it was made: after another language
was installed (i18n.install; Qt then sends every window a LanguageChange) a reader still heard the
first language's words, the canvas's own name among them, while the canvas's description followed.
Words given through `tell_reader` are said again in the new language: the widget keeps, as a dynamic
property, the functions that say them (each translating its words when called, holding no widget),
and the window's `ReaderLanguage` calls them again for every widget in it when the language changes.

Words a widget copies from what it shows (a toolbar button's text, a menu's title) stay with what
it shows: the app's visible words change language at its next start (Settings says so).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

Words = Callable[[], str]

# The dynamic property holding (name, description): the functions that say a widget's words.
_SAID = "ecomapReaderWords"


def tell_reader(widget: QWidget, name: Words | None = None, description: Words | None = None) -> None:
    """Give *widget* the accessible name and description that *name* and *description* say now, and
    have them said again in each language installed later. A function left out keeps the one given
    before (if any)."""
    before = widget.property(_SAID)
    if isinstance(before, tuple):
        name = name or before[0]
        description = description or before[1]
    widget.setProperty(_SAID, (name, description))
    _say(widget, name, description)


def _say(widget: QWidget, name: Words | None, description: Words | None) -> None:
    if name is not None:
        widget.setAccessibleName(name())
    if description is not None:
        widget.setAccessibleDescription(description())


def say_again(root: QWidget) -> None:
    """Say the reader's words of *root* and of every widget in it again, in the language installed
    now (the dialogs the window opened are in it too)."""
    for widget in (root, *root.findChildren(QWidget)):
        said = widget.property(_SAID)
        if isinstance(said, tuple):
            _say(widget, *said)


class ReaderLanguage(QObject):
    """Says the reader's words of every widget in its window again when another language is installed
    (Qt hands the LanguageChange of a window to each object in it, this one too)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            say_again(self.parent())
        return super().event(event)
