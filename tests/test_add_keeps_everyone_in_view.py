"""Adding people one after another keeps everyone added so far in view while they fit."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QApplication

from window_support import open_window


def test_eight_people_added_with_p_all_stay_in_view_at_1280_by_720(qtbot):
    window = open_window(qtbot)
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: window.width() == 1280 and window.height() == 720)
    view, scene = window.view, window.scene
    view.zoom_to_fit()
    scene.edit_label(window.document.centre_id)
    qtbot.keyClicks(QApplication.focusWidget(), "Okafor family")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    for number in range(1, 9):
        qtbot.keyClick(view, Qt.Key.Key_P)
        assert scene.is_editing_label()
        qtbot.keyClicks(QApplication.focusWidget(), f"Person {number}")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        shown = view.mapToScene(view.viewport().rect()).boundingRect()
        cut = [window.document.node(n)["label"] for n in window.document.node_ids()
               if not shown.contains(scene.node_item(n).sceneBoundingRect())]
        assert cut == [], f"after Person {number}"
    window.undo_stack.setClean()



def test_an_add_zooms_out_only_as_far_as_everyone_needs(qtbot):
    """The zoom that fits was worked out as if the view were at 100%: at 90%, a map that fitted at 85%
    was zoomed out to 75%, further than it needed (and, zoomed out to 80%, one that fitted at 90% was
    taken for one that did not, so nothing was done to keep everyone in view)."""
    window = open_window(qtbot)
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: window.width() == 1280 and window.height() == 720)
    view, scene, doc = window.view, window.scene, window.document
    margin = 40  # scene.KEEP_MARGIN
    room = view.viewport().rect().adjusted(margin, margin, -margin, -margin)
    centre = scene.node_item(doc.centre_id).pos()
    reach = room.width() / 0.85 / 2 - 40  # two people this far either side fit at about 85%
    for side in (-1, 1):
        doc.add_node({"label": "Far", "x": centre.x() + side * reach, "y": centre.y()})
    view.set_zoom(0.9)
    view.centerOn(scene.node_item(doc.centre_id))
    QApplication.processEvents()
    scene.add_node("person")  # placed near the family; the view is then kept on everyone
    scene.commit_label_edit()
    bounds = QRectF()
    for item in scene.node_items():
        bounds = bounds.united(item.sceneBoundingRect())
    fits = min(room.width() / bounds.width(), room.height() / bounds.height())
    assert 0.75 < fits < 0.9
    assert abs(view.zoom() - fits * 0.98) < 0.01  # as far as needed, no further
    assert view.mapToScene(view.viewport().rect()).boundingRect().contains(bounds)
    window.undo_stack.setClean()
