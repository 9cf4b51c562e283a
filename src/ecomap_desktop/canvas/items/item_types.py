"""Each of our graphics items' own type() number, QGraphicsItem.UserType + n.

Qt's type() names an item's class for code that cannot ask Python (qgraphicsitem_cast and the
like). Left alone, a node and a connection answer 3 (a plain rectangle), the name being typed 8 (a
plain text item) and every other item UserType: a check on type() would take them for what they
are not, or for each other.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGraphicsItem

_USER = int(QGraphicsItem.UserType)

NODE = _USER + 1
EDGE = _USER + 2
LEGEND = _USER + 3
RINGS = _USER + 4
PREVIEW = _USER + 5
LABEL_EDITOR = _USER + 6
COMPARE_TAG = _USER + 7
GHOST_NODE = _USER + 8
GHOST_EDGE = _USER + 9
RING_NAMES = _USER + 10
LINE_LAYER = _USER + 11
