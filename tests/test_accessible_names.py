"""Every control in the window has a name a screen reader can say, and the keyboard focus always shows:
a ring around the focused control, and a dashed ring around the canvas node the keys act on."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from ecomap_desktop import style
from reader_support import INTERACTIVE, each_panel, unnamed_controls


def test_every_control_has_a_name(window):
    doc = window.document
    node = doc.add_node({"label": "Ana"})
    edge = doc.add_edge(node, doc.centre_id)
    seen: set[int] = set()
    selections = (([node], []), ([], [edge]), ([], []), ([node, doc.centre_id], []))
    for selection, step, dock in each_panel(window, selections):
        assert unnamed_controls(window) == [], (selection, step, dock.objectName())
        seen.update(id(w) for w in window.findChildren(QWidget)
                    if isinstance(w, INTERACTIVE) and w.isVisibleTo(window))
    assert len(seen) > 60  # the walk really looked at the window's controls

    window.resize(520, 700)  # narrow (or at 200% scaling): the toolbar's "more" button shows
    QApplication.processEvents()
    assert any(w.isVisibleTo(window) for w in window.actions.toolbar.findChildren(QAbstractButton)
               if w.objectName() == "qt_toolbar_ext_button")
    assert unnamed_controls(window) == []


def test_the_walk_catches_an_unnamed_control(window):
    from PySide6.QtWidgets import QPushButton

    bare = QPushButton()  # an icon-only button with no name: what the walk is for
    window.properties.layout().addWidget(bare)
    bare.show()
    window.details_dock.raise_()
    assert any("QPushButton" in entry for entry in unnamed_controls(window))
    bare.setAccessibleName("Remove")
    assert unnamed_controls(window) == []


def test_the_list_and_the_canvas_describe_themselves(window):
    panel = window.accessibility.list_panel
    for widget in (window.view, panel.people_view, panel.connections_view):
        assert widget.accessibleName() and widget.accessibleDescription()
    assert panel.people_heading.buddy() is panel.people_view


def test_a_focus_ring_follows_the_keyboard(window, qtbot):
    ring = window.accessibility.focus_ring
    assert QApplication.focusWidget() is window.view
    assert ring.target() is window.view and ring.isVisible()

    title = window.properties.title_edit
    window.details_dock.raise_()
    title.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: ring.target() is title)
    where = QRect(title.mapTo(window, QPoint(0, 0)), title.size())
    assert ring.geometry().contains(where) and ring.geometry() != where  # around it, not on it
    assert ring.geometry().width() - where.width() >= 2 * ring.WIDTH

    window.accessibility.show_list()
    table = window.accessibility.list_panel.people_view
    qtbot.waitUntil(lambda: ring.target() is table)
    # The ring is drawn in the highlight colour, thick enough to see (not the style's dotted line).
    image = ring.grab().toImage()
    mid = image.height() // 2
    edge_pixels = [QColor(image.pixel(x, mid)) for x in range(4)]
    assert any(abs(c.blue() - QColor(style.HIGHLIGHT).blue()) < 40 and c.red() < 80 for c in edge_pixels)


def _render_node(window, node_id) -> QImage:
    item = window.scene.node_item(node_id)
    rect = item.sceneBoundingRect()
    image = QImage(int(rect.width()) + 2, int(rect.height()) + 2, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    window.scene.render(painter, QRectF(image.rect()), rect)
    painter.end()
    return image


def _dark_pixels_outside(image: QImage, inset: int) -> int:
    """Dark pixels in the band near the image's border (where the focus ring is drawn)."""
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            if inset <= x < image.width() - inset and inset <= y < image.height() - inset:
                continue
            if QColor(image.pixel(x, y)).lightness() < 100:
                count += 1
    return count


def test_the_node_the_keys_act_on_has_a_focus_ring(window, qtbot):
    doc, scene = window.document, window.scene
    ana = doc.add_node({"label": "Ana", "x": 0.0, "y": -220.0})
    window.view.setFocus()
    scene.select_ids()
    before = _render_node(window, ana)
    qtbot.keyClick(window.view, Qt.Key.Key_Tab)  # the centre
    qtbot.keyClick(window.view, Qt.Key.Key_Tab)  # Ana
    item = scene.node_item(ana)
    assert scene.selected_node_ids() == [ana] and item.hasFocus() and item.has_focus_ring()
    after = _render_node(window, ana)
    inset = int(style.FOCUS_RING_WIDTH + style.FOCUS_RING_GAP)
    assert _dark_pixels_outside(before, inset) == 0
    assert _dark_pixels_outside(after, inset) > 40  # the dashed ring, outside the selection ring

    window.accessibility.show_list()  # the keyboard leaves the canvas: the ring goes, the selection stays
    assert not item.has_focus_ring() and item.isSelected()
    window.view.setFocus()
    assert item.has_focus_ring()
    scene.edit_label(ana)  # typing a name: the text box has the focus
    assert not item.has_focus_ring()
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert item.has_focus_ring()  # back on the node when the box closes
