"""Opening the canvas's context menu (context_menu.py says what it offers): where the Menu key opens
it, rows a fingertip high when a finger opened it, and one menu open at a time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from .scene import MapScene
    from .view import MapView

# A menu opened by a finger: rows about 9 mm (40 px) high, as the rest of touch mode.
FINGER_MENU_STYLE = ("QMenu::item { min-height: 40px; padding: 2px 28px 2px 28px; }"
                     "QMenu::item:selected { background: palette(highlight);"
                     " color: palette(highlighted-text); }")


def keyboard_point(view: MapView, scene: MapScene) -> QPoint:
    """Where the Menu key opens the menu (viewport pixels): at the node the keys act on, else at the
    middle of the selected connection, else in the middle of the view."""
    nodes, edges = scene.selected_node_ids(), scene.selected_edge_ids()
    if nodes:
        return view.mapFromScene(scene.node_item(nodes[-1]).pos())
    if edges:
        return view.mapFromScene(scene.edge_item(edges[-1]).sceneBoundingRect().center())
    return view.viewport().rect().center()


class MenuOpener:
    """Opens one view's context menu and knows it while it is open.

    It keeps no reference to the view (the view owns it: a cycle would keep a deleted view's wrapper
    alive); each call is given the view."""

    def __init__(self) -> None:
        self._menu: QMenu | None = None

    def menu(self) -> QMenu | None:
        """The context menu while it is open."""
        return self._menu

    def open(self, view: MapView, scene: MapScene, viewport_pos: QPointF, by_finger: bool) -> QMenu:
        """Close the menu still open, if any, and show the menu of whatever is at *viewport_pos*."""
        if self._menu is not None:
            self._menu.close()
        from . import context_menu  # the first time a menu opens, not with the window

        scene_pos = view.mapToScene(viewport_pos.toPoint())
        slop = context_menu.LINE_SLOP_PX / (view.zoom() or 1.0)
        menu = context_menu.build_context_menu(scene, scene_pos, slop, view.zoom_to_fit, view, by_finger)
        if by_finger:
            menu.setStyleSheet(FINGER_MENU_STYLE)
        self._menu = menu

        def forget() -> None:
            if self._menu is menu:
                self._menu = None
            menu.deleteLater()

        menu.aboutToHide.connect(forget)
        menu.popup(view.viewport().mapToGlobal(viewport_pos.toPoint()))
        return menu
