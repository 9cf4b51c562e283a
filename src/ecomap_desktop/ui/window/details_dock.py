"""The Details dock: the properties panel, built the first time its tab is shown or it is asked for.

A visit starts on the Guide's tab, so the Details panel is not on screen in the first painted window;
building it (about 30 million instructions of a 60-person map's start) can wait. Its size, though,
sets the side panels' width, so it stands in for the panel until then: a start remembers the panel's
size (QSettings) together with everything that sizes it (the app's version, the language, the
window's font, the style, the screen, touch mode and the parent view), and the next start with all of
those the same reserves exactly that room instead of building the panel. Anything different, or no
size remembered yet (the very first start), and the panel is built at once, as before. (A change the
note cannot see, such as a desktop theme's style chosen in the desktop's own settings, could leave
the room a few pixels off for one start: the panel, once shown, remembers its size again.)
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QSize, Qt
from PySide6.QtWidgets import (QApplication, QDockWidget, QMainWindow, QScrollArea, QSizePolicy, QSpacerItem,
                               QVBoxLayout, QWidget)

from ... import __version__
from ...i18n import installed_language, translate as _tr
from ..widgets.swipe_scroll import swipe_to_scroll
from .accessibility import name_qt_parts

if TYPE_CHECKING:  # built when first shown or asked for
    from ..panels.properties import PropertiesPanel

SIZE_KEY = "window/details_size"


class DetailsDock(QObject):
    """The Details dock of one window, and its properties panel once built (see the module's note)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._panel: PropertiesPanel | None = None
        self._room: QWidget | None = None  # what holds the panel's place until it is built
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setAccessibleName(_tr("MainWindow", "Details"))  # a focus stop: Tab lands here to scroll
        swipe_to_scroll(self.scroll)
        dock = QDockWidget(_tr("MainWindow", "Details"), window)
        dock.setObjectName("detailsDock")
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        dock.setWidget(self.scroll)
        dock.setMinimumWidth(300)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self.dock = dock

    def settle(self) -> None:
        """Once the window is built (its font, touch mode and parent view set): build the panel now,
        or hold its remembered room until its tab is first shown."""
        size = _remembered_size(self._fingerprint())
        if size is None:
            self.panel  # noqa: B018 - built now: nothing remembered for this font, language...
            return
        room = QWidget()
        layout = QVBoxLayout(room)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addItem(QSpacerItem(size.width(), size.height(), QSizePolicy.Policy.Minimum,
                                   QSizePolicy.Policy.Minimum))
        self._room = room
        self.scroll.setWidget(room)
        self.dock.visibilityChanged.connect(self._on_visibility)

    @property
    def built(self) -> PropertiesPanel | None:
        """The panel if it has been built, else None (nothing to keep up to date yet)."""
        return self._panel

    @property
    def panel(self) -> PropertiesPanel:
        """The properties panel (built now if its tab has not been shown yet)."""
        if self._panel is None:
            self._build()
        return self._panel

    def remember_size(self) -> None:
        """Remember the built panel's size for the next start in the same conditions."""
        if self._panel is None:
            return
        hint = self._panel.sizeHint()
        value = f"{self._fingerprint()}|{hint.width()}|{hint.height()}"
        settings = QSettings()
        if settings.value(SIZE_KEY) != value:
            settings.setValue(SIZE_KEY, value)

    def _on_visibility(self, visible: bool) -> None:
        if visible and self._panel is None:
            self._build()

    def _build(self) -> None:
        from ..panels.properties import PropertiesPanel

        window = self._window
        panel = PropertiesPanel(window.document, window.undo_stack)
        self._panel = panel
        conversation = getattr(window, "conversation", None)
        if conversation is not None and conversation.parent_view.is_on():
            panel.set_notes_shown(False)
            panel.set_parent_words(True)
        scene = getattr(window, "scene", None)
        if scene is not None:
            panel.show_selection(scene.selected_node_ids(), scene.selected_edge_ids())
        touch = getattr(window, "touch_mode", None)
        if touch is not None:
            touch.cover_panel(panel)
        name_qt_parts(panel)  # its household table's corner button, made after the window's were named
        room, self._room = self._room, None
        if room is not None and self.scroll.widget() is not room:
            # A past visit's twin is on show: the live panel waits, set aside where the room was.
            window.visits.panels.replace_kept(room, panel)
            return
        self.scroll.setWidget(panel)  # (the room, if any, goes with it)
        panel.show()
        if room is not None and self.scroll.isVisible():
            self.remember_size()  # as now drawn: the next start reserves this room

    def _fingerprint(self) -> str:
        """What the panel's size depends on, besides its own code."""
        window = self._window
        screen = window.screen()
        touch = getattr(window, "touch_mode", None)
        conversation = getattr(window, "conversation", None)
        return "/".join(str(part) for part in (
            # The style by what chooses it (asking QApplication.style() would build QStyle's Python
            # type and its hundreds of enum values: more than building the panel saves).
            __version__, installed_language(), window.font().toString(), QApplication.platformName(),
            os.environ.get("QT_STYLE_OVERRIDE", ""),
            screen.logicalDotsPerInch() if screen is not None else 0,
            screen.devicePixelRatio() if screen is not None else 0,
            touch is not None and touch.is_on(),
            conversation is not None and conversation.parent_view.is_on()))


def _remembered_size(fingerprint: str) -> QSize | None:
    """The panel's size remembered for *fingerprint*, or None."""
    remembered, _, size = str(QSettings().value(SIZE_KEY, "") or "").rpartition("|")
    remembered, _, width = remembered.rpartition("|")
    if remembered != fingerprint or not width.isdigit() or not size.isdigit():
        return None
    return QSize(int(width), int(size))
