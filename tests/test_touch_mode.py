"""Touch mode: fingertip-sized handles and toolbar, on by itself once the canvas is touched."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QApplication, QComboBox, QLineEdit,
                               QMessageBox, QRadioButton, QTabBar, QToolButton)

from ecomap_desktop import style
from ecomap_desktop.ui import preferences
from ecomap_desktop.ui.dialogs.settings import SettingsDialog
from ecomap_desktop.ui.main_window import MainWindow
from ecomap_desktop.ui.window.touch_mode import (HANDLE_KEPT_DOWN_TO, HANDLE_RESIZE_MS,
                                                  apply_touch_mode_setting)
from window_support import Finger, touch_screen, touches, wait_past

#: About 9 mm: the least a fingertip can hit reliably, at 100%.
FINGER_PX = 40

@pytest.fixture
def window(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.files.undo_stack.setClean()


def _drawn_radius(window) -> float:
    """The "+" handle's radius as the family's node draws it (every node has the same)."""
    return window.scene.node_item(window.document.centre_id).handle_radius()


def _tap(window, point: QPoint) -> None:
    viewport = window.view.viewport()
    # A tap: no timer fires between the press and the lift (window_support.Finger).
    touches(viewport).press(0, point, viewport).commit(False)
    QTest.touchEvent(viewport, touch_screen()).release(0, point, viewport).commit()


def _toolbar_targets(window) -> list:
    """Everything on the toolbar a finger can press: buttons and the line picker's drop-downs."""
    toolbar = window.actions.toolbar
    found = toolbar.findChildren(QToolButton) + toolbar.findChildren(QComboBox)
    return [w for w in found if w.isVisible() and w.objectName() != "qt_toolbar_ext_button"]


def test_touching_the_canvas_turns_touch_mode_on(window):
    centre = window.document.centre_id
    window.view.set_zoom(1.0)
    item = window.scene.node_item(centre)
    assert not window.touch_mode.is_on()
    small_icon = window.actions.toolbar.iconSize().width()
    window.scene.select_ids([centre])
    small_handle = item.shape().boundingRect()  # the node with its handle
    _tap(window, window.view.mapFromScene(item.pos()))
    assert window.touch_mode.is_on()
    assert window.scene.selected_node_ids() == [centre]
    # The "+" handle is a fingertip across at 100%, and a finger on its edge still starts a line.
    assert 2 * _drawn_radius(window) * window.view.zoom() >= FINGER_PX
    grown = item.shape().boundingRect()
    assert grown.width() > small_handle.width() or grown.height() > small_handle.height()
    edge_of_handle = item.handle_scene_pos()
    edge_of_handle.setX(edge_of_handle.x() + style.TOUCH_HANDLE_RADIUS - 2)
    assert item.handle_contains(edge_of_handle)
    # The toolbar grew too: bigger icons, and no button a finger could miss.
    assert window.actions.toolbar.iconSize().width() > small_icon
    window.actions.toolbar.adjustSize()
    QApplication.processEvents()
    targets = _toolbar_targets(window)
    assert len(targets) >= 10
    for target in targets:
        assert target.width() >= FINGER_PX and target.height() >= FINGER_PX, target.accessibleName()


def _tap_widget(widget, point: QPoint | None = None) -> None:
    """A finger on any widget of the window (Qt makes a click of it where the widget takes no touch)."""
    point = widget.rect().center() if point is None else point
    # Sent to the window, as a screen does (QTest sends nothing to a child without its own window).
    top = widget.window()
    where = widget.mapTo(top, point)
    # A tap: no timer fires between the press and the lift (window_support.Finger).
    touches(top).press(0, where, top).commit(False)
    QTest.touchEvent(top, touch_screen()).release(0, where, top).commit()
    QApplication.processEvents()


def test_a_finger_on_a_toolbar_button_turns_touch_mode_on_and_presses_it(window):
    toolbar = window.actions.toolbar
    small_icon = toolbar.iconSize().width()
    rings = window.actions.show_rings
    shown = rings.isChecked()
    assert not window.touch_mode.is_on()
    _tap_widget(toolbar.widgetForAction(rings))
    assert window.touch_mode.is_on()
    assert toolbar.iconSize().width() > small_icon
    assert rings.isChecked() != shown  # the tap still pressed the button
    message = window.statusBar().currentMessage()
    assert "Settings" in message and "Touch screen" in message  # why it grew, and where to change it


def test_a_finger_on_a_panel_turns_touch_mode_on(window):
    panel = window.details_dock
    panel.show()
    panel.raise_()
    QApplication.processEvents()
    _tap_widget(panel.widget())
    assert window.touch_mode.is_on()


def test_the_first_drag_on_the_map_is_not_thrown_off_by_the_toolbar_growing(qtbot, window):
    centre = window.document.centre_id
    window.view.set_zoom(1.0)
    start = window.view.mapFromScene(window.scene.node_item(centre).pos())
    x0, y0 = window.document.node_position(centre)
    finger = Finger(window.view.viewport(), start)
    finger.slide(100, 50, steps=5)
    finger.lift()
    qtbot.waitUntil(window.touch_mode.is_on)  # on as the finger lifts (the toolbar grows)
    x1, y1 = window.document.node_position(centre)
    assert (round(x1 - x0), round(y1 - y0)) == (100, 50)  # where the finger went, no jump


def test_the_mouse_does_not_turn_touch_mode_on(qtbot, window):
    rings = window.actions.show_rings
    shown = rings.isChecked()
    qtbot.mouseClick(window.actions.toolbar.widgetForAction(rings), Qt.MouseButton.LeftButton)
    assert rings.isChecked() != shown
    assert not window.touch_mode.is_on()


def test_a_click_the_system_made_of_a_finger_turns_touch_mode_on(window):
    """Where the system, not Qt, turns a finger into mouse clicks, those clicks count as a touch."""
    from PySide6.QtGui import QMouseEvent

    button = window.actions.toolbar.widgetForAction(window.actions.show_rings)
    native = window.windowHandle()
    local = QPointF(button.mapTo(window, button.rect().center()))
    made = Qt.MouseEventSource.MouseEventSynthesizedBySystem
    for kind, buttons in ((QEvent.Type.MouseButtonPress, Qt.MouseButton.LeftButton),
                          (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton)):
        mouse = QMouseEvent(kind, local, local, QPointF(native.mapToGlobal(local.toPoint())),
                            Qt.MouseButton.LeftButton, buttons, Qt.KeyboardModifier.NoModifier, made,
                            touch_screen())
        QApplication.sendEvent(native, mouse)
    QApplication.processEvents()
    assert window.touch_mode.is_on()


def test_never_larger_holds_when_a_toolbar_button_is_touched(window):
    preferences.set_touch_mode("off")
    window.touch_mode.apply_setting()
    _tap_widget(window.actions.toolbar.widgetForAction(window.actions.show_rings))
    assert not window.touch_mode.is_on()
    assert "Touch screen" not in window.statusBar().currentMessage()


def test_touch_mode_can_be_always_or_never_in_settings(qtbot, window):
    own = {id(w): w.minimumSize() for w in _toolbar_targets(window)}
    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.touch.currentData() == "auto"
    dialog.touch.setCurrentIndex(dialog.touch.findData("on"))
    dialog.accept()
    assert preferences.touch_mode() == "on"
    assert window.touch_mode.is_on()  # at once, in the open window
    assert _drawn_radius(window) == style.TOUCH_HANDLE_RADIUS

    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    dialog.touch.setCurrentIndex(dialog.touch.findData("off"))
    dialog.accept()
    assert {id(w): w.minimumSize() for w in _toolbar_targets(window)} == own  # as they were
    assert not window.touch_mode.is_on()
    assert _drawn_radius(window) == style.HANDLE_RADIUS
    _tap(window, QPoint(40, 40))
    assert not window.touch_mode.is_on()  # "never" holds even when the screen is touched


def test_new_nodes_get_the_touch_handle(window):
    preferences.set_touch_mode("on")
    window.touch_mode.apply_setting()
    node_id = window.scene.add_node("person")
    window.scene.commit_label_edit()
    item = window.scene.node_item(node_id)
    there = item.handle_scene_pos()
    there.setY(there.y() + style.TOUCH_HANDLE_RADIUS - 2)
    assert item.handle_contains(there)  # selected, so the handle shows, at the finger's size


@pytest.mark.parametrize("language, words", [
    ("", ("Tap", "Double tap", "Hold still", "Two fingers", "Drag from the +", "Swipe a panel",
           "Touch screen")),
    (".es", ("Tocar", "Tocar dos veces", "Mantener el dedo quieto", "Dos dedos", "Arrastrar desde el +",
             "Deslizar un panel", "Pantalla táctil")),
])
def test_the_quick_guide_describes_the_gestures(language, words):
    from ecomap_desktop.resources import resource_path

    text = resource_path("help", f"quick-guide{language}.html").read_text(encoding="utf-8")
    assert 'href="#touch"' in text and 'name="touch"' in text  # listed at the top, and there
    section = text[text.index('name="touch"'):]
    for word in words:
        assert word in section, word


def test_zoomed_out_the_handle_stays_a_fingertip_on_screen(qtbot, window):
    preferences.set_touch_mode("on")
    window.touch_mode.apply_setting()
    window.view.set_zoom(HANDLE_KEPT_DOWN_TO)
    qtbot.waitUntil(lambda: _drawn_radius(window) != style.TOUCH_HANDLE_RADIUS)
    assert 2 * _drawn_radius(window) * window.view.zoom() >= FINGER_PX
    # Not so large that it covers a small node's middle, where a finger moves it.
    group = window.scene.add_node("group", QPointF(300, 200))
    window.scene.commit_label_edit()
    item = window.scene.node_item(group)
    assert item.isSelected() and not item.handle_contains(item.pos())
    window.view.set_zoom(2.0)  # zoomed in, the 100% size is already larger on screen
    qtbot.waitUntil(lambda: _drawn_radius(window) == style.TOUCH_HANDLE_RADIUS)
    preferences.set_touch_mode("off")
    window.touch_mode.apply_setting()
    window.view.set_zoom(HANDLE_KEPT_DOWN_TO)
    wait_past(qtbot, HANDLE_RESIZE_MS)  # when touch mode would have resized the handles
    assert _drawn_radius(window) == style.HANDLE_RADIUS  # touch mode off: as drawn


def _popup_rows(combo: QComboBox) -> list[int]:
    """The heights of the rows of *combo*'s list, opened as a finger opens it."""
    combo.showPopup()
    view = combo.view()
    QApplication.processEvents()
    heights = [view.visualRect(combo.model().index(row, 0)).height() for row in range(combo.count())]
    combo.hidePopup()
    return heights


def test_the_line_pickers_lists_have_fingertip_rows_in_touch_mode(window):
    """The toolbar's drop-downs grew for a finger, but the rows of their lists stayed 26 px high:
    the parent choosing "Hard going" with a fingertip hit the row beside it."""
    picker = window.style_picker
    combos = (picker.strength_combo, picker.flow_combo, picker.colour_combo)
    before = [_popup_rows(combo) for combo in combos]
    preferences.set_touch_mode("on")
    window.touch_mode.apply_setting()
    for combo in combos:
        assert min(_popup_rows(combo)) >= FINGER_PX, combo.accessibleName()
    picker.strength_combo.setCurrentIndex(0)
    preferences.set_touch_mode("off")
    window.touch_mode.apply_setting()
    assert [_popup_rows(combo) for combo in combos] == before  # as they were


#: The least height of anything a finger presses outside the toolbar (the panels, the welcome hint).
PANEL_TARGET_PX = 44


def _small_panel_targets(window) -> list[str]:
    """What a finger presses outside the toolbar that is less than PANEL_TARGET_PX high on screen."""
    toolbar = window.actions.toolbar
    small = []
    for widget in window.findChildren(QAbstractButton) + window.findChildren(QLineEdit):
        if not widget.isVisible() or toolbar.isAncestorOf(widget) or isinstance(widget, QRadioButton):
            continue
        if type(widget).__name__ == "QDockWidgetTitleButton" or isinstance(widget.parent(), QAbstractSpinBox):
            continue
        if widget.height() < PANEL_TARGET_PX:
            words = widget.text() if isinstance(widget, QAbstractButton) else ""
            small.append(f"{type(widget).__name__} {words!r} {widget.height()}")
    for bar in window.findChildren(QTabBar):
        if bar.isVisible():
            small += [f"tab {bar.tabText(i)!r} {bar.tabRect(i).height()}" for i in range(bar.count())
                      if bar.tabRect(i).height() < PANEL_TARGET_PX]
    return small


def test_the_panels_and_the_welcome_hint_have_fingertip_targets_in_touch_mode(qtbot, window):
    """Only the toolbar grew: "Got it", the guide's buttons, the parent view's button and the
    panels' tabs stayed 25-36 px high, too small for a parent's fingertip."""
    from ecomap_desktop.ui.window.first_run import start_first_run

    hint = start_first_run(window)
    QApplication.processEvents()
    assert _small_panel_targets(window)  # the mouse's sizes while touch mode is off
    preferences.set_touch_mode("on")
    window.touch_mode.apply_setting()
    QApplication.processEvents()
    assert _small_panel_targets(window) == []
    # The hint grew with its buttons: its whole message is still shown, none of it cut.
    assert hint.height() >= hint.layout().totalHeightForWidth(hint.width())
    assert hint.message.geometry().bottom() < hint.dismiss_button.geometry().top()
    # A guide page built after touch mode came on (each is built when first shown) has them too.
    guide = window.conversation.guide
    guide.show_step("strength")
    QApplication.processEvents()
    assert _small_panel_targets(window) == []

    preferences.set_touch_mode("off")
    window.touch_mode.apply_setting()
    QApplication.processEvents()
    assert _small_panel_targets(window)  # back to the mouse's sizes


THREE_VISITS = Path(__file__).resolve().parent.parent / "examples" / "03-rivera-family-three-visits.ecomap"


def test_touch_mode_chosen_in_settings_sizes_every_panel_from_the_start(qtbot, own_copy):
    """Settings ▸ Touch screen "always": the window opens in touch mode, and the panels made after the
    toolbar (guide, summary, list, what changed) and the panels' tabs are fingertip-sized at once,
    not only the first panel (they kept the mouse's 25-36 px until touch mode was switched off and on)."""
    preferences.set_touch_mode("on")
    try:
        win = MainWindow()
        qtbot.addWidget(win)
        win.resize(1366, 738)
        win.show()
        qtbot.waitExposed(win)
        win.open_path(str(own_copy(THREE_VISITS)))  # the visits strip and its Compare button on show
        QApplication.processEvents()
        assert win.touch_mode.is_on()
        assert _small_panel_targets(win) == []
        # Each panel in its turn: every tab's page, as a finger would bring it up.
        for bar in win.findChildren(QTabBar):
            for index in range(bar.count()):
                bar.setCurrentIndex(index)
                QApplication.processEvents()
                assert _small_panel_targets(win) == [], bar.tabText(index)
    finally:
        preferences.set_touch_mode("off")


def _small_dialog_targets(dialog) -> list[str]:
    """What a finger presses in *dialog* that is less than PANEL_TARGET_PX high."""
    found = [*dialog.findChildren(QAbstractButton), *dialog.findChildren(QComboBox),
             *dialog.findChildren(QLineEdit), *dialog.findChildren(QAbstractSpinBox)]
    return [f"{type(w).__name__} {w.height()}" for w in found if w.isVisible()
            and not isinstance(w.parent(), QAbstractSpinBox) and w.height() < PANEL_TARGET_PX]


def test_the_windows_dialogs_have_fingertip_targets_in_touch_mode(qtbot, window):
    """Settings (where touch mode is chosen), the quick guide and the questions kept the mouse's 25 px
    buttons and drop-downs in touch mode, and grown, Settings' words were cut at 1280 x 720."""
    from ecomap_desktop.ui.dialogs.help import QuickGuideDialog
    from ecomap_desktop.ui.dialogs.visit_questions import NewVisitDialog

    preferences.set_touch_mode("on")
    window.touch_mode.apply_setting()
    try:
        for dialog in (SettingsDialog(window), QuickGuideDialog(window),
                       NewVisitDialog(window, "2025-07-01", "2025-06-02"),  # its date box was 25 px
                       QMessageBox(QMessageBox.Icon.Warning, "Ecomap", "Discard the changes?",
                                   QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                                   window)):
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            assert _small_dialog_targets(dialog) == [], type(dialog).__name__
            if isinstance(dialog, SettingsDialog):
                # Its explanations are shown whole: it grows past the two thirds of the screen Qt
                # gives a new window (the grown drop-downs squeezed them, cut, at 1280 x 720), as far
                # as the screen lets it.
                room = dialog.screen().availableGeometry().height()
                needed = dialog.sizeHint().height()
                assert needed > room * 2 // 3
                qtbot.waitUntil(lambda: dialog.height() >= min(needed, room * 0.85))
                assert dialog.screen().availableGeometry().contains(dialog.geometry())
                # Its tick boxes too: 13 px under a fingertip, which covers whether they are ticked.
                tick = _tick_size(dialog.remember_recent)
                assert tick.width() >= 20 and tick.height() >= 20
            dialog.close()
        # Settings open as touch mode goes off: its own sizes come back at once, and a dialog opened
        # afterwards has the mouse's.
        dialog = SettingsDialog(window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        preferences.set_touch_mode("off")
        window.touch_mode.apply_setting()
        qtbot.waitUntil(lambda: _small_dialog_targets(dialog) != [])
        dialog.close()
        later = QuickGuideDialog(window)
        qtbot.addWidget(later)
        later.show()
        qtbot.waitExposed(later)
        assert _small_dialog_targets(later)
    finally:
        preferences.set_touch_mode("auto")


def test_touch_mode_in_one_window_leaves_another_windows_dialogs_as_they_were(qtbot, window):
    """Two windows (File ▸ New Window), a dialog open in each: a finger on the first window gave the
    second's dialog fingertip sizes too, and touch mode going off left every dialog stretched to the
    touch height, a band of empty space above its buttons."""
    other = MainWindow()
    qtbot.addWidget(other)
    other.resize(1200, 800)
    other.move(window.frameGeometry().right() + 50, window.y())  # beside it: a finger reaches either
    other.show()
    qtbot.waitExposed(other)
    mine, theirs = SettingsDialog(window), SettingsDialog(other)
    for dialog in (mine, theirs):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
    QApplication.processEvents()
    own = {dialog: (dialog.geometry(), dialog.grab().toImage()) for dialog in (mine, theirs)}
    assert _small_dialog_targets(mine) and _small_dialog_targets(theirs)  # the mouse's sizes

    _tap(window, QPoint(40, 40))  # a finger on the first window's map: it alone is touched
    qtbot.waitUntil(window.touch_mode.is_on)
    assert window.touch_mode.is_on() and not other.touch_mode.is_on()
    assert _small_dialog_targets(mine) == []
    assert mine.height() > own[mine][0].height()  # grown to show its explanations whole
    assert (theirs.geometry(), theirs.grab().toImage()) == own[theirs]  # untouched

    preferences.set_touch_mode("off")
    try:
        apply_touch_mode_setting()
        QApplication.processEvents()
        assert not window.touch_mode.is_on()
        # Exactly as before: its place, its size and every pixel.
        for dialog in (mine, theirs):
            assert (dialog.geometry(), dialog.grab().toImage()) == own[dialog]
    finally:
        preferences.set_touch_mode("auto")
        other.files.undo_stack.setClean()


@pytest.mark.parametrize("settled", [True, False])
def test_a_dialog_opened_in_touch_mode_takes_its_own_size_when_touch_mode_goes_off(qtbot, window, settled):
    """Settings opened in touch mode stayed stretched to the touch height when touch mode went off from
    it, a band of empty space above OK and Cancel (second reader's F1): it takes the size and place it
    would have had opened without touch mode."""
    plain = SettingsDialog(window)
    qtbot.addWidget(plain)
    plain.show()
    qtbot.waitExposed(plain)
    QApplication.processEvents()
    own = plain.geometry()
    plain.close()
    preferences.set_touch_mode("on")
    try:
        window.touch_mode.apply_setting()
        dialog = SettingsDialog(window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(lambda: dialog.height() > own.height())  # grown for its fingertip targets
        if settled:  # everything its showing set off has run (else: turned off at once)
            wait_past(qtbot, 0)
        preferences.set_touch_mode("off")
        window.touch_mode.apply_setting()
        QApplication.processEvents()
        assert dialog.geometry() == own
        assert _small_dialog_targets(dialog)  # the mouse's sizes
    finally:
        preferences.set_touch_mode("auto")


def _tick_size(box):
    """The size of *box*'s tick box as its style draws it."""
    from PySide6.QtWidgets import QStyle, QStyleOptionButton

    option = QStyleOptionButton()
    option.initFrom(box)
    return box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box).size()


def test_a_dialog_the_window_did_not_open_has_fingertip_targets_too(qtbot, window):
    """A question asked by a panel (its child, not the window's), or before any window (no parent),
    kept the mouse's 25 px buttons in touch mode; it is given the fingertip sizes as it comes up."""
    preferences.set_touch_mode("on")
    window.touch_mode.apply_setting()
    try:
        for parent in (window.details_dock.widget(), None):
            box = QMessageBox(QMessageBox.Icon.Question, "Ecomap", "Remove Jess from the map?",
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
            qtbot.addWidget(box)
            box.show()
            qtbot.waitExposed(box)
            box.activateWindow()
            qtbot.waitUntil(lambda: _small_dialog_targets(box) == [])  # noqa: B023 - waited on here
            box.close()
    finally:
        preferences.set_touch_mode("auto")


def test_settings_scroll_above_buttons_that_stay_on_a_small_screen(qtbot, window, monkeypatch):
    """At 150% on a 1280 x 720 laptop Qt lays out 853 x 480: Settings in touch mode was taller than
    that, OK and Cancel below the screen's edge. Its settings scroll (a finger swipes them), and the
    buttons stay in sight."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen

    from ecomap_desktop.ui.widgets.swipe_scroll import is_swipeable

    small = QRect(0, 0, 853, 480)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(small))
    preferences.set_touch_mode("on")
    window.touch_mode.apply_setting()
    try:
        dialog = SettingsDialog(window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        wait_past(qtbot, 0)  # the touch sizes' fitting, run once the dialog is on screen
        assert dialog.sizeHint().height() > small.height()  # all of it does not fit
        assert dialog.frameGeometry().bottom() <= small.bottom()
        for button in dialog.buttons.buttons():
            corner = button.mapTo(dialog, button.rect().bottomRight())
            assert dialog.rect().contains(corner) and button.isVisible()
        bar = dialog.page_area.verticalScrollBar()
        assert bar.maximum() > 0 and is_swipeable(dialog.page_area)
        # On a screen with the room, all of it shows: nothing to scroll.
        monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(0, 0, 1920, 1080))
        roomy = SettingsDialog(window)
        qtbot.addWidget(roomy)
        roomy.show()
        qtbot.waitExposed(roomy)
        qtbot.waitUntil(lambda: roomy.page_area.verticalScrollBar().maximum() == 0)
        dialog.close()
        roomy.close()
    finally:
        preferences.set_touch_mode("auto")


def test_a_floated_panels_rows_are_a_fingertip_high_in_touch_mode(qtbot, window):
    """The List floated in a window of its own kept the mouse's 30 px rows in touch mode."""
    from PySide6.QtWidgets import QTableView

    dock = window.accessibility.list_dock
    dock.setFloating(True)  # before its first showing: the window it is in is then its own
    preferences.set_touch_mode("on")
    window.touch_mode.apply_setting()
    try:
        dock.show()
        panel = window.accessibility.list_panel
        qtbot.waitExposed(dock)
        QApplication.processEvents()
        table = panel.findChild(QTableView, "peopleTable")
        assert table.isVisible() and table.window() is dock
        assert table.verticalHeader().minimumSectionSize() >= PANEL_TARGET_PX
    finally:
        preferences.set_touch_mode("auto")
        window.touch_mode.apply_setting()
        dock.setFloating(False)


def test_the_tables_rows_are_a_fingertip_high_in_touch_mode(qtbot, window, tmp_path):
    """The List's rows and the "Who lives at home?" rows kept the mouse's 30 px in touch mode: a row is
    what a finger taps to choose, and twice to change."""
    from PySide6.QtWidgets import QTableView

    from ecomap_desktop.ui.widgets.household import HouseholdEditor

    path = tmp_path / THREE_VISITS.name
    shutil.copyfile(THREE_VISITS, path)
    window.open_path(str(path))
    QApplication.processEvents()
    household = next(editor for editor in window.conversation.guide.findChildren(HouseholdEditor)
                     if editor.isVisible())
    table = household.table
    assert table.rowCount() == 3 and table.rowHeight(0) < PANEL_TARGET_PX

    def rows_at_least(view, least: int) -> bool:
        rows = range(view.model().rowCount())
        return all(view.rowHeight(row) >= least for row in rows)

    preferences.set_touch_mode("on")
    window.touch_mode.apply_setting()
    try:
        assert rows_at_least(table, PANEL_TARGET_PX)
        # The table grew with its rows: all three are shown whole, as before.
        shown = table.viewport().height()
        assert shown >= 3 * table.rowHeight(0)
        # The List, built after touch mode came on (the first time its tab is shown).
        panel = window.accessibility.list_panel
        window.accessibility.list_dock.raise_()
        QApplication.processEvents()
        lists = panel.findChildren(QTableView)
        assert lists
        for view in lists:
            assert rows_at_least(view, PANEL_TARGET_PX), view.objectName()
    finally:
        preferences.set_touch_mode("off")
        window.touch_mode.apply_setting()
    assert table.rowHeight(0) < PANEL_TARGET_PX and table.viewport().height() >= 3 * table.rowHeight(0)
    assert all(view.rowHeight(0) < PANEL_TARGET_PX for view in lists)
    preferences.set_touch_mode("auto")


def test_the_households_rows_stay_a_fingertip_high_in_the_parent_view_and_come_back_after(
        qtbot, window, tmp_path):
    """Touch mode going off left the "Who lives at home?" rows a pixel shorter than before it came on
    (Qt's first row height, not the table's own rule). Through the parent view's larger text, chosen
    meanwhile, they stay a fingertip high, and show that text whole once touch mode is off."""
    from ecomap_desktop.ui.widgets.household import HouseholdEditor

    path = tmp_path / THREE_VISITS.name
    shutil.copyfile(THREE_VISITS, path)
    window.open_path(str(path))
    QApplication.processEvents()
    table = next(editor for editor in window.conversation.guide.findChildren(HouseholdEditor)
                 if editor.isVisible()).table
    rows = lambda: [table.rowHeight(row) for row in range(table.rowCount())]  # noqa: E731
    before = rows()
    assert len(before) == 3
    preferences.set_touch_mode("on")
    window.touch_mode.apply_setting()
    parent_view = window.conversation.parent_view
    try:
        parent_view.action.trigger()
        qtbot.waitUntil(parent_view.is_on)
        QApplication.processEvents()
        needed = table.fontMetrics().height()
        assert min(rows()) >= max(PANEL_TARGET_PX, needed)
    finally:
        preferences.set_touch_mode("off")
        window.touch_mode.apply_setting()
    assert min(rows()) >= table.fontMetrics().height()  # the larger text, whole
    parent_view.action.trigger()
    qtbot.waitUntil(lambda: not parent_view.is_on())
    QApplication.processEvents()
    assert rows() == before


def test_the_add_buttons_lists_have_fingertip_rows_in_touch_mode(qtbot, window):
    """Add person and Add group opened their lists with the mouse's 22 px rows in touch mode, where a
    finger chooses whom to add (the map's own menu, opened by a finger, has rows a fingertip high)."""
    menus = [window.actions.add_person.menu(), window.actions.add_group.menu()]

    def row_heights(menu) -> list[int]:
        menu.popup(window.mapToGlobal(QPoint(20, 20)))
        qtbot.waitUntil(menu.isVisible)
        heights = [menu.actionGeometry(action).height() for action in menu.actions()
                   if not action.isSeparator()]
        menu.close()
        return heights

    own = [row_heights(menu) for menu in menus]
    assert all(max(heights) < FINGER_PX for heights in own)
    _tap_widget(window.actions.toolbar.widgetForAction(window.actions.show_rings))
    assert window.touch_mode.is_on()
    for menu in menus:
        assert min(row_heights(menu)) >= FINGER_PX
    preferences.set_touch_mode("off")
    try:
        window.touch_mode.apply_setting()
        assert [row_heights(menu) for menu in menus] == own  # the mouse's rows again
    finally:
        preferences.set_touch_mode("auto")


def _list_rows(combo) -> list[int]:
    """The heights of the rows of *combo*'s list as it opens."""
    combo.showPopup()
    try:
        view = combo.view()
        return [view.visualRect(combo.model().index(row, 0)).height() for row in range(combo.count())]
    finally:
        combo.hidePopup()


def test_the_drop_downs_of_settings_and_the_details_panel_have_fingertip_rows(qtbot, window, tmp_path):
    """In touch mode Settings' drop-downs (where touch mode itself is chosen) and the Details panel's
    (what kind of person, which circle) were 44 px high, but their lists kept the mouse's 22 px rows."""
    path = tmp_path / THREE_VISITS.name
    shutil.copyfile(THREE_VISITS, path)
    window.open_path(str(path))
    someone = next(node for node in window.document.node_ids() if node != window.document.centre_id)
    window.scene.select_ids([someone])  # the person's drop-downs on show
    window.details_dock.raise_()
    QApplication.processEvents()
    panel = [combo for combo in window.details_dock.findChildren(QComboBox) if combo.isVisible()]
    assert panel
    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    combos = [*dialog.findChildren(QComboBox), *panel]
    own = [_list_rows(combo) for combo in combos]
    assert all(max(rows) < PANEL_TARGET_PX for rows in own)
    preferences.set_touch_mode("on")
    try:
        window.touch_mode.apply_setting()
        for combo in combos:
            assert min(_list_rows(combo)) >= PANEL_TARGET_PX, combo.accessibleName()
    finally:
        preferences.set_touch_mode("auto")
        window.touch_mode.apply_setting()
    assert [_list_rows(combo) for combo in combos] == own


def test_back_to_today_is_a_fingertip_high_in_touch_mode(qtbot, window, tmp_path):
    """Looking back at a past visit, the way out ("Back to today") kept the mouse's 25 px in touch
    mode, under the visits' 48 px buttons."""
    path = tmp_path / THREE_VISITS.name
    shutil.copyfile(THREE_VISITS, path)
    window.open_path(str(path))
    QApplication.processEvents()
    banner = window.visits.banner
    first_visit = next(button for button in window.visits.strip.findChildren(QAbstractButton)
                       if button.isVisible() and "First visit" in button.text())
    preferences.set_touch_mode("on")
    try:
        window.touch_mode.apply_setting()
        _tap_widget(first_visit)
        qtbot.waitUntil(banner.isVisible)
        back = banner.back_button
        qtbot.waitUntil(lambda: back.height() >= PANEL_TARGET_PX)
        _tap_widget(back)  # a finger takes the map back to today
        qtbot.waitUntil(lambda: not banner.isVisible())
        preferences.set_touch_mode("off")
        window.touch_mode.apply_setting()
        _tap_widget(first_visit)
        qtbot.waitUntil(banner.isVisible)
        qtbot.waitUntil(lambda: back.height() < PANEL_TARGET_PX)  # the mouse's size again
    finally:
        preferences.set_touch_mode("auto")
