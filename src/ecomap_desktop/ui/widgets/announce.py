"""Words for a screen reader to say when something changes without the focus moving.

Qt's announcement event (Qt 6.8 and later) reaches Orca through AT-SPI and Narrator or NVDA through
UI Automation as a live announcement. Nothing is sent unless an assistive tool is listening.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent


def screen_reader_active() -> bool:
    """True while an assistive tool (a screen reader, a magnifier) is listening to the app."""
    return QAccessible.isActive()


def send(event: QAccessibleEvent) -> None:
    """Hand *event* to the platform's accessibility bridge."""
    QAccessible.updateAccessibility(event)


def announce(source: QObject, text: str, assertive: bool = False) -> None:
    """Have a screen reader say *text*, on behalf of the widget *source*, keeping the focus where it is.

    Polite announcements wait for the reader to finish what it is saying; *assertive* ones interrupt.
    """
    if not text or not screen_reader_active():
        return
    event = QAccessibleAnnouncementEvent(source, text)
    politeness = QAccessible.AnnouncementPoliteness
    event.setPoliteness(politeness.Assertive if assertive else politeness.Polite)
    send(event)
