"""Comparing with an earlier visit in the window, driven with real events: the switch, the overlay, the
What changed panel (choosing a sentence selects and centres), the empty notes and the parent view."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication

from ecomap_desktop.canvas.items.compare_items import TagItem
from ecomap_desktop.model.commands import EditEdgeCommand

from compare_support import two_visits, window_with_two_visits
from window_support import open_window, wait_painted


def _tag_texts(window) -> list[str]:
    return sorted(i.text for i in window.scene.items() if isinstance(i, TagItem) and i.isVisible())


def _click_row(qtbot, panel, row: int) -> None:
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=panel.row_rect(row).center())


def test_compare_switch_shows_new_ended_and_changed_in_words(qtbot):
    window, m = window_with_two_visits(qtbot)
    assert _tag_texts(window) == []  # the panel alone marks nothing on the map
    keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_C, keys)
    assert window.compare.is_comparing()
    assert window.compare.panel.compare_box.isChecked()
    overlay = window.compare.overlay
    assert overlay.node_tag(m.rosa) == "new"
    assert overlay.ghost_ids() == [m.diaz] and overlay.node_tag(m.diaz) == "ended"
    assert window.scene.edge_item(m.carmen_line).caption().text == "now stressful"
    assert _tag_texts(window) == ["ended", "new", "new", "now stressful"]
    # The tick box in the panel switches it off again.
    box = window.compare.panel.compare_box
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
    assert not window.compare.is_comparing()
    assert _tag_texts(window) == [] and overlay.ghost_ids() == []


def test_the_panel_lists_the_sentences_that_name_the_people(qtbot):
    window, _m = window_with_two_visits(qtbot)
    panel = window.compare.panel
    assert panel.title.text() == "What changed since March 4, 2025"
    assert panel.sentence_texts() == [
        "Tía Rosa is new on the map, with 1 connection.",
        "Mr. Diaz is no longer on the map (1 connection ended).",
        "The connection with Abuela Carmen is now stressful.",
    ]
    assert panel.list.accessibleName() and panel.chooser.accessibleName()
    assert panel.compare_box.accessibleName()


def test_choosing_a_sentence_selects_and_centres_it(qtbot):
    window, m = window_with_two_visits(qtbot)
    window.view.set_zoom(2.0)
    panel = window.compare.panel
    _click_row(qtbot, panel, 0)  # Tía Rosa is new
    assert window.scene.selected_node_ids() == [m.rosa]
    middle = window.view.mapToScene(window.view.viewport().rect().center())
    rosa = window.scene.node_item(m.rosa).pos()
    assert abs(middle.x() - rosa.x()) < 5 and abs(middle.y() - rosa.y()) < 5

    _click_row(qtbot, panel, 2)  # the line to Abuela Carmen
    assert window.scene.selected_edge_ids() == [m.carmen_line] and window.scene.selected_node_ids() == []
    line = window.scene.edge_item(m.carmen_line).drawn_line()
    middle = window.view.mapToScene(window.view.viewport().rect().center())
    assert abs(middle.x() - line.center().x()) < 5 and abs(middle.y() - line.center().y()) < 5

    _click_row(qtbot, panel, 1)  # Mr. Diaz left: his ghost is shown and centred
    assert window.compare.is_comparing()
    ghost = window.compare.overlay.ghost(m.diaz)
    middle = window.view.mapToScene(window.view.viewport().rect().center())
    assert abs(middle.x() - ghost.x()) < 5 and abs(middle.y() - ghost.y()) < 5
    assert window.scene.selected_node_ids() == [] and window.scene.selected_edge_ids() == []


def test_editing_while_comparing_the_overlay_follows(qtbot):
    window, m = window_with_two_visits(qtbot)
    window.compare.set_comparing(True)
    window.undo_stack.push(EditEdgeCommand(window.document, m.school_line, {"strength": "strong"}))
    qtbot.waitUntil(lambda: window.compare.overlay.edge_caption(m.school_line) == "stronger")
    assert "The connection with School is stronger." in window.compare.panel.sentence_texts()
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: window.compare.overlay.edge_caption(m.school_line) is None)
    # A move brings the ghost line along with the family.
    centre = window.document.centre_id
    window.document.move_nodes({centre: (40.0, 30.0)})
    (line,) = window.compare.overlay.ghost_edges().values()
    x1, y1, x2, y2 = line.segment()
    assert QPointF(x1, y1) != QPointF(x2, y2)
    assert min(abs(x1 - 40.0), abs(x2 - 40.0)) < 80  # one end is at the family where it is now


def test_one_visit_says_why_nothing_is_listed_and_compare_is_off(qtbot):
    window = open_window(qtbot)
    window.compare.dock.show()
    window.compare.dock.raise_()
    qtbot.waitUntil(lambda: window.compare.panel.note_text() != "")
    assert "one visit so far" in window.compare.panel.note_text()
    assert not window.compare.action.isEnabled()
    assert not window.compare.panel.compare_box.isEnabled()
    assert window.compare.panel.sentence_texts() == []


def test_nothing_changed_says_so(qtbot):
    window = open_window(qtbot)
    doc = window.document
    doc.set_visit(doc.current_visit().id, date="2025-03-04")
    doc.add_node({"kind": "person", "label": "Ana", "x": 200.0, "y": 0.0})
    doc.start_visit("2025-04-01")
    window.compare.dock.show()
    window.compare.dock.raise_()
    qtbot.waitUntil(lambda: window.compare.panel.note_text() != "")
    assert window.compare.panel.note_text() == "Nothing has changed since March 4, 2025."
    assert window.compare.action.isEnabled()


def test_choosing_an_older_visit_compares_with_it(qtbot):
    window, m = window_with_two_visits(qtbot)
    doc = window.document
    doc.start_visit("2025-09-02")
    doc.set_edge(m.carmen_line, {"strength": "moderate"})
    qtbot.waitUntil(lambda: window.compare.panel.title.text() == "What changed since June 10, 2025")
    panel = window.compare.panel
    choices = [panel.chooser.itemText(i) for i in range(panel.chooser.count())]
    assert choices == ["June 10, 2025", "March 4, 2025"]
    panel.chooser.setFocus()
    qtbot.keyClick(panel.chooser, Qt.Key.Key_Down)  # the older one
    assert panel.title.text() == "What changed since March 4, 2025"
    assert window.compare.earlier_visit_id() == m.first
    # Since the first visit, Carmen's line went from strong to ordinary: weaker.
    assert "The connection with Abuela Carmen is weaker." in panel.sentence_texts()


def test_parent_view_says_what_changed_in_big_plain_words(qtbot):
    window, m = window_with_two_visits(qtbot)
    doc = window.document
    for n in range(5):
        doc.add_node({"kind": "person", "label": f"Neighbour {n + 1}", "x": 300.0 + 60 * n, "y": 300.0})
    qtbot.waitUntil(lambda: len(window.compare.panel.sentence_texts()) == 8)
    panel = window.compare.panel
    worker_size = panel.list.font().pointSizeF()
    window.conversation.parent_view.action.trigger()
    assert panel.parent_view()
    texts = panel.sentence_texts()
    assert len(texts) == 6 and texts[-1] == "…and 3 more."
    assert texts[0].startswith("Neighbour 1 is new on the map")
    assert panel.list.font().pointSizeF() > worker_size
    window.conversation.parent_view.action.trigger()
    assert len(panel.sentence_texts()) == 8
    QApplication.processEvents()


def test_high_contrast_while_comparing_keeps_the_unchanged_lines_dimmed(qtbot):
    from ecomap_desktop.canvas.compare_overlay import DIM_LINE

    window, m = window_with_two_visits(qtbot)
    window.compare.set_comparing(True)
    window.accessibility.display.high_contrast_action.trigger()
    assert window.scene.high_contrast()
    assert window.scene.edge_item(m.school_line).line_pen().color().name() == DIM_LINE
    window.compare.set_comparing(False)
    assert window.scene.edge_item(m.school_line).line_pen().color().name() == "#000000"


def test_looking_back_rests_comparing_and_today_brings_it_back(qtbot):
    window, m = window_with_two_visits(qtbot)
    window.compare.set_comparing(True)
    window.visits.show_visit(m.first)
    assert not window.compare.is_comparing() and not window.compare.action.isEnabled()
    assert window.compare.overlay.ghost_ids() == []
    assert "today" in window.compare.panel.note_text()
    window.visits.back_to_today()
    assert window.compare.is_comparing() and window.compare.overlay.node_tag(m.rosa) == "new"
    # Switched off by hand before looking back: it stays off.
    window.compare.set_comparing(False)
    window.visits.show_visit(m.first)
    window.visits.back_to_today()
    assert not window.compare.is_comparing()


def test_the_legend_never_covers_a_ghost_or_the_words_on_a_change(qtbot):
    from ecomap_desktop.canvas.items.compare_items import GhostNodeItem

    window, m = window_with_two_visits(qtbot)
    view = window.view
    window.compare.set_comparing(True)
    marks = [i for i in window.scene.items() if isinstance(i, (GhostNodeItem, TagItem)) and i.isVisible()]
    assert marks
    placer = view.legend_placer()
    for mark in marks:  # a legend box over a ghost or a tag is not a clear place
        assert not placer.is_clear(view, mark.sceneBoundingRect())
    # Zoom in on Mr. Diaz's ghost until it fills the canvas: the legend folds or steps away from it.
    ghost = next(i for i in marks if isinstance(i, GhostNodeItem))
    for _ in range(12):
        view.centerOn(ghost)
        qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    legend = window.scene.legend_item()
    covered = [i for i in marks if i.isVisible()
               and legend.sceneBoundingRect().intersects(i.sceneBoundingRect())]
    assert not legend.isVisible() or legend.fold() == "away" or covered == []


def test_the_panel_is_made_when_its_tab_is_first_shown_with_the_visits_and_the_parent_view(qtbot):
    """What changed is built the first time its tab comes to the front, not with the window: it then
    offers the earlier visits, says what changed in the parent view's few big sentences, and Tab goes
    from its scroll area straight into it, as when it was built with the window."""
    window = open_window(qtbot)
    compare = window.compare
    two_visits(window.document)
    window.conversation.parent_view.action.trigger()
    assert compare._panel is None  # visits added and the parent view on: still not built
    compare.dock.show()
    compare.dock.raise_()
    qtbot.waitUntil(lambda: compare._panel is not None and compare.panel.sentence_texts() != [])
    panel = compare.panel
    assert panel.isVisible() and panel.parent_view()
    assert panel.title.text() == "What changed since March 4, 2025"
    assert [panel.chooser.itemText(i) for i in range(panel.chooser.count())] == ["March 4, 2025"]
    window.conversation.parent_view.action.trigger()  # and follows the parent view once built
    assert not panel.parent_view()
    # Back in the worker's view its own tabs come back (the guide in front): What changed is brought
    # to the front again, as Tab only stops in the panel on show.
    compare.dock.raise_()
    qtbot.waitUntil(lambda: window.rect().intersects(compare.dock.geometry()))
    compare.dock.widget().setFocus()
    window.focusNextChild()
    assert QApplication.focusWidget() is panel.chooser


def test_every_sentence_fits_its_row_whatever_its_length(qtbot):
    """A sentence only just short enough for one line at the list's whole width was given a row one
    line high but drawn a little narrower, so it was cut short with "…" (seen in Spanish at 1280 x
    720: "Housing Authority ya no está en el mapa (terminó 1 …")."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QStyle

    window, _m = window_with_two_visits(qtbot)  # the window's own fonts, the panel in its dock
    panel = window.compare.panel
    words = "Housing Authority ya no está en el mapa terminó una conexión con la familia Rivera".split()
    # Sentences growing a letter at a time: some end within a few pixels of the list's width.
    rows, text = [], ""
    for word in words:
        for end in range(1, len(word) + 1):
            rows.append((f"{text}{word[:end]}.", None))
        text += word + " "
    panel.show_sentences(rows, "June 2, 2025")
    listing = panel.list
    # The list lays its rows out again, a moment later, whenever its width changes (its scroll bar
    # coming, the dock settling): wait until every row is laid out for the width it has now.
    def laid_out_for_its_width() -> bool:
        room = listing.viewport().width() - 2 * listing.spacing()
        return listing.isVisible() and all(panel.row_rect(row).width() == room for row in range(len(rows)))

    qtbot.waitUntil(laid_out_for_its_width)
    metrics = QFontMetrics(listing.font())
    margin = listing.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, listing) + 1
    room = listing.viewport().width() - 2 * listing.spacing()
    cut = []
    for row, (sentence, _change) in enumerate(rows):
        rect = panel.row_rect(row)
        width = min(rect.width(), room) - 2 * margin  # what the words are drawn in
        needed = metrics.boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, sentence)
        if needed.height() > rect.height():
            cut.append(sentence)
    assert cut == []


def _on_screen(window):
    view = window.view
    return view.mapToScene(view.viewport().rect()).boundingRect()


def test_comparing_in_the_parent_view_brings_the_changes_on_screen_once(qtbot):
    """The parent view's map is zoomed in and dimmed where nothing changed: comparing scrolled to no
    change at all, and the parent saw nothing marked until the worker chose a sentence."""
    window, m = window_with_two_visits(qtbot)
    view, compare = window.view, window.compare
    with qtbot.waitSignal(view.fitted):
        window.conversation.parent_view.action.trigger()
    wait_painted(qtbot, window)  # the panels have taken their new widths (and the map is fitted to them)
    qtbot.waitUntil(lambda: not view._refit_timer.isActive())
    view.set_zoom(3.0)
    view.centerOn(window.scene.node_item(m.school).pos() + QPointF(0, 120))  # the one that did not change
    before = _on_screen(window)
    rosa = window.scene.node_item(m.rosa).pos()
    carmen = window.scene.node_item(m.carmen).pos()
    assert not before.contains(rosa) and not before.contains(carmen)
    assert not before.contains(QPointF(180.0, 0.0))  # where Mr. Diaz's ghost goes

    window.compare.set_comparing(True)
    marks = window.compare.marks_rect()  # Tía Rosa's tag and the words on Abuela Carmen's line
    carmen_line = window.scene.edge_item(m.carmen_line).drawn_line()
    assert marks.contains(rosa) and marks.contains(carmen_line.center())
    # The canvas holds less than all of them at this zoom: the nearest mark comes on screen.
    assert any(_on_screen(window).contains(box.center()) for box in window.compare.marks())

    # Edits while comparing leave the view where it is: no jump at every change.
    wait_painted(qtbot, window)  # laid out: the panel's sentences may narrow the canvas a little
    qtbot.waitUntil(lambda: not compare._timer.isActive() and not compare._reveal_timer.isActive())
    middle = view.mapToScene(view.viewport().rect().center())
    assert any(_on_screen(window).contains(box.center()) for box in window.compare.marks())
    with qtbot.waitSignal(compare.comparison_changed):  # worked out again after a pause
        window.document.set_node(m.rosa, {"label": "Tía Rosa María"})
        window.document.move_nodes({m.school: (40.0, 260.0)})
    wait_painted(qtbot, window)
    assert not compare._reveal_timer.isActive()
    assert window.compare.overlay.node_tag(m.rosa) is not None
    assert view.mapToScene(view.viewport().rect().center()) == middle
