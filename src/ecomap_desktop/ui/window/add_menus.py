"""The kinds offered by the toolbar's Add person and Add group, as the guide's quick-add offers them.

A click on either button opens a short list (family member, friend, neighbour… or faith community,
school…); the one chosen is added with that category, as one undo step, and its name is typed next.
The P and G keys still add at once, with no kind yet, for a worker who sets it in Details later.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtWidgets import QMainWindow, QMenu, QToolButton

from ..icons.shapes import node_shape_icon
from ..panels.guide.steps import QUICK_ADD
from ecomap_desktop.i18n import translate as _tr


def install_add_menus(window: QMainWindow, add: Callable[[str, str], None]) -> dict[str, QMenu]:
    """Give the Add person and Add group actions their menus of kinds; *add(kind, category)* adds.

    Returns the menus by kind ("person", "group")."""
    menus = {}
    actions = window.actions
    pairs = ((actions.add_person, "person", "people"), (actions.add_group, "group", "groups"))
    for action, kind, step in pairs:
        menu = QMenu(window)
        menu.setObjectName(f"add_{kind}_menu")
        for item_kind, category, text in QUICK_ADD[step]:
            item = menu.addAction(node_shape_icon(item_kind, category), _tr("GuidePanel", text))
            item.setData(category)
            item.triggered.connect(partial(add, item_kind, category))
        action.setMenu(menu)  # the Map menu shows the kinds as a submenu
        button = actions.toolbar.widgetForAction(action)
        if isinstance(button, QToolButton):
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menus[kind] = menu
    return menus
