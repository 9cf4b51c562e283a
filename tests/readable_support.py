"""What a parent sees of the map on screen: name sizes, which people are in view, where the legend is,
and what it covers (shared by the parent view's tests)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontInfo, QPainterPath

from ecomap_desktop import style
from ecomap_desktop.canvas.items.edge_item import EdgeItem
from ecomap_desktop.canvas.items.node_item import NodeItem
from window_support import open_window

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def open_map(qtbot, path: Path, width: int = 1366, height: int = 768):
    """A window of *width* x *height* with the map at *path* open in it."""
    window = open_window(qtbot)
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width)
    assert window.files.load_path(str(path))
    return window


def panel_px(window) -> float:
    """The panels' text size on screen, in device pixels (the font's em, whatever the font is)."""
    return QFontInfo(window.properties.font()).pixelSize() * window.devicePixelRatioF()


def name_px(window) -> float:
    """A person's name on screen, in device pixels (the bundled font's em at this zoom)."""
    return style.LABEL_FONT_SIZE * window.scene.text_boost() * window.view.zoom() * window.devicePixelRatioF()


def outlines_on_screen(window) -> dict[str, QRectF]:
    """Each person's and group's outline (its circle or box, the name inside it) in viewport pixels."""
    view, shown = window.view, {}
    for item in window.scene.node_items():
        half_width, half_height = item.outline()[:2]
        outline = QRectF(item.x() - half_width, item.y() - half_height, 2 * half_width, 2 * half_height)
        shown[item.node_id] = view.viewportTransform().mapRect(outline)
    return shown


def all_in_view(window) -> bool:
    """Whether every person's and group's outline is in the canvas's viewport (to within rounding)."""
    viewport = QRectF(window.view.viewport().rect()).adjusted(-1, -1, 1, 1)
    return all(viewport.contains(rect) for rect in outlines_on_screen(window).values())


def legend_on_screen(window) -> QRectF:
    legend = window.scene.legend_item()
    transform = legend.deviceTransform(window.view.viewportTransform())
    return transform.mapRect(legend.boundingRect())


def covered(window) -> list[str]:
    """What the legend covers on screen: the kinds of the items under it."""
    view, box = window.view, legend_on_screen(window)
    if box.isEmpty():
        return []
    under = []
    for item in window.scene.items():
        if isinstance(item, (NodeItem, EdgeItem)) and item.isVisible():
            path: QPainterPath = view.viewportTransform().map(item.sceneTransform().map(item.shape()))
            if path.intersects(box):
                under.append(type(item).__name__)
    return under


def near_the_legend(window, px: float) -> list[str]:
    """The people and groups whose outline or name comes within *px* screen pixels of the legend."""
    view, box = window.view, legend_on_screen(window)
    if box.isEmpty() or not window.scene.legend_item().isVisible():
        return []
    around = box.adjusted(-px, -px, px, px)
    near = []
    for item in window.scene.node_items():
        path: QPainterPath = view.viewportTransform().map(item.sceneTransform().map(item.shape()))
        if path.intersects(around):
            near.append(window.document.node(item.node_id)["label"])
    return near
