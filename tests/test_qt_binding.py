"""Guard against the PySide6 6.12.0 / CPython 3.11 defect: void Qt calls that drop a reference to
None and, after a few thousand calls, abort the interpreter ("Fatal Python error: none_dealloc")."""

import sys

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsScene


def test_void_qt_calls_keep_none_refcount(qtbot):
    scene = QGraphicsScene()
    item = QGraphicsEllipseItem(0, 0, 10, 10)
    scene.addItem(item)
    obj = QObject()
    for _ in range(50):  # warm up caches so only the calls below are measured
        item.setPos(1.0, 2.0)
    before = sys.getrefcount(None)
    for i in range(3000):
        item.setPos(float(i), 2.0)
        item.setZValue(1.0)
        obj.setObjectName("x")
    after = sys.getrefcount(None)
    # A broken binding loses one reference per call (9,000 here); allow a little noise.
    assert abs(after - before) < 50, f"None refcount moved by {after - before} over 9,000 void calls"
