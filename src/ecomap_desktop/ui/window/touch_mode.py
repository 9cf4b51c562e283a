"""Touch mode: the canvas's "+" handles and the toolbar's buttons grow to fingertip size (about
9 mm, 40 px at 100%), and so do the rows of the toolbar's drop-down lists; the panels', the welcome
hint's and the window's dialogs' (Settings, the quick guide, the questions) buttons, boxes, text
fields and the panels' tabs grow to at least 44 px high.

Turned on by a touch, the map stays where it is on the screen as the toolbar grows round it
(editor/steady_map.py): the finger is still over what it touched.

Settings ▸ Touch screen chooses: on by itself the first time a finger touches the window, anywhere
in it (the default), always, or never ("never" holds even when the screen is touched). Nothing else
changes: every action is reachable by a tap or a long press in either mode.

Each window sizes only its own dialogs (those it, its panels or its dialogs opened; a dialog no
window opened follows whichever window is in touch mode), and gives each back its own look, size and
place when touch mode goes off: another window, touched or not, keeps its dialogs as they are.
"""

from __future__ import annotations

import math
from contextlib import nullcontext

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QMouseEvent, QTouchEvent, QWindow
from PySide6.QtWidgets import (QAbstractItemDelegate, QApplication, QComboBox, QDialog, QDockWidget,
                               QGraphicsView, QMainWindow, QMenu, QTabBar, QToolButton, QWidget)

from ... import style
from .. import preferences
from ..editor.menu_opener import FINGER_MENU_STYLE
from ..editor.steady_map import map_held_still
from ..widgets.least_height import restore_least_heights
from ..widgets.screen_fit import resize_within_screen
from ecomap_desktop.i18n import translate as _tr


def turned_on_message() -> str:
    """What the status bar says when a touch has turned touch mode on."""
    return _tr("TouchMode", "The screen was touched: the buttons and the \"+\" are now bigger for a "
                            "fingertip. Edit ▸ Settings ▸ Touch screen changes this.")


# Toolbar icons in touch mode (36 otherwise): with their words under them, buttons of 60+ px.
TOUCH_ICON = 48
# Zoomed out, the handle grows in the map so it stays a fingertip on screen, down to this zoom
# (further out it would cover the middle of a small node, where a finger drags it).
HANDLE_KEPT_DOWN_TO = 0.7
# How long the zoom must rest before the handles are resized (a pinch changes it many times).
HANDLE_RESIZE_MS = 250
# No toolbar button or drop-down smaller than this in touch mode, whatever its icon and words.
TOUCH_MIN_BUTTON = 48
# Everything else a finger presses (the panels' and the welcome hint's buttons, drop-downs and text
# fields, the panels' tabs), made now or later (a guide page is built when first shown): at least
# 44 px high, as the platforms' touch guidelines ask. A style sheet on the panels and the canvas
# reaches the widgets made in them later too; it sets sizes only, so each is drawn as before. Not on
# the window: a new style there would give the toolbar's drop-downs new row delegates under ours.
TOUCH_MIN_TARGET = 44
# A check box's tick box, drawn by the style as before at this size (13 px otherwise: a fingertip
# covers it whole, and the user cannot see whether it is ticked).
TOUCH_TICK = 24
TOUCH_TARGETS_STYLE = (
    f"QPushButton, QToolButton, QComboBox, QLineEdit, QCheckBox, QAbstractSpinBox"
    f" {{ min-height: {TOUCH_MIN_TARGET}px; }}"
    f"QTabBar::tab {{ min-height: {TOUCH_MIN_TARGET}px; }}"
    f"QCheckBox::indicator {{ width: {TOUCH_TICK}px; height: {TOUCH_TICK}px; }}"
)
# How long the status bar says that touch mode came on by itself.
TOUCH_MESSAGE_MS = 10000


class _FingerRows(QAbstractItemDelegate):
    """A drop-down's list rows at least TOUCH_MIN_BUTTON high, drawn as its own delegate draws them."""

    def __init__(self, inner: QAbstractItemDelegate, parent: QObject, least: int = TOUCH_MIN_BUTTON) -> None:
        super().__init__(parent)
        self.inner = inner  # the combo keeps it (its child); it comes back when touch mode goes off
        self._least = least

    def paint(self, painter, option, index) -> None:
        self.inner.paint(painter, option, index)

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt's name
        return self.inner.sizeHint(option, index).expandedTo(QSize(0, self._least))


class TouchMode(QObject):
    """Applies touch mode to one window and turns it on when that window is first touched."""

    # Touch mode turned on (True) or off (False).
    changed = Signal(bool)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        toolbar = window.actions.toolbar
        self._normal_icon = QSize(toolbar.iconSize())
        self._touched = False
        self._on = False
        self._own_sizes: dict[QWidget, QSize] = {}
        self._radius = style.HANDLE_RADIUS  # the handles' size now
        self._resize_later = QTimer(self)
        self._resize_later.setSingleShot(True)
        self._resize_later.setInterval(HANDLE_RESIZE_MS)
        self._resize_later.timeout.connect(self._size_handles)
        window.view.zoom_changed.connect(self._on_zoom)
        # A finger anywhere in the window (the map, a toolbar button, a panel) turns it on. Every
        # touch and click reaches the window's QWindow before any widget, so the first one is seen
        # there, at the cost of the window's own events only (not every widget's), and only until
        # it comes. It turns on as that finger lifts: grown under the finger, the toolbar would move
        # the button being tapped away from it, or the map being dragged.
        self._native: QWindow | None = None
        self._finger_down = False
        # The window's own events: its QWindow is found once it exists (on show), and each dialog it
        # opens (a child of it, polished as it first shows) is given the fingertip sizes. A dialog
        # opened by a panel, another dialog or no window at all (a question at start) is given them
        # as it comes to the front.
        window.installEventFilter(self)
        QGuiApplication.instance().focusWindowChanged.connect(self._on_focus_window)
        self._watch_window()
        self.apply_setting()

    def _window(self) -> QMainWindow:
        return self.parent()

    def is_on(self) -> bool:
        return self._on

    def _shown_view(self) -> QGraphicsView:
        """The canvas on show: a past visit's while one is looked at, else today's."""
        window = self._window()
        visits = getattr(window, "visits", None)  # made after touch mode
        return visits.shown_view() if visits is not None else window.view

    def apply_setting(self) -> None:
        """Follow Settings ▸ Touch screen (and whether the window has been touched yet)."""
        self._follow_setting(under_finger=False)

    def _follow_setting(self, under_finger: bool) -> None:
        mode = preferences.touch_mode()
        self._set_on(mode == "on" or (mode == "auto" and self._touched), under_finger)

    def _on_zoom(self, _zoom: float) -> None:
        if self._on:
            self._resize_later.start()

    def _size_handles(self) -> None:
        """Touch mode: a handle 40 px across on screen at 100% zoom or less (to HANDLE_KEPT_DOWN_TO)."""
        window = self._window()
        radius = style.HANDLE_RADIUS
        if self._on:
            zoom = max(HANDLE_KEPT_DOWN_TO, min(1.0, window.view.zoom()))
            radius = float(math.ceil(style.TOUCH_HANDLE_RADIUS / zoom))  # whole pixels: few sizes
        if radius != self._radius:
            self._radius = radius
            window.scene.set_handle_radius(radius)

    def _on_touch(self) -> None:
        if not self._touched:
            self._touched = True
            self._unwatch_window()
            was_on = self._on
            self._follow_setting(under_finger=True)
            if self._on and not was_on:
                # The toolbar has just grown under the user's finger: say why, and where to change it.
                self._window().statusBar().showMessage(turned_on_message(), TOUCH_MESSAGE_MS)

    def _watch_window(self) -> None:
        native = self._window().windowHandle()
        if native is None or self._touched or native is self._native:
            return
        self._native = native
        native.installEventFilter(self)

    def _unwatch_window(self) -> None:
        if self._native is not None:
            self._native.removeEventFilter(self)
            self._native = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self._native:
            if _by_finger(event):
                self._finger_down = True
            elif self._finger_down and event.type() in _FINGER_UP:
                self._finger_down = False
                # After the widgets have had the lift (the button under it is pressed as it was).
                QTimer.singleShot(0, self, self._on_touch)
        elif isinstance(watched, QDialog):
            if event.type() == QEvent.Type.Show:  # opened in touch mode: how it was sized
                watched.removeEventFilter(self)
                chosen = watched.testAttribute(Qt.WidgetAttribute.WA_Resized)  # by the dialog itself
                watched.setProperty(_OPENED_SIZE, QSize(watched.size()) if chosen else True)
        elif event.type() == QEvent.Type.ChildPolished:
            if self._on and isinstance(event.child(), QDialog):
                dialog = event.child()
                if _size_dialog(dialog, True):
                    dialog.installEventFilter(self)
                # Once it is on screen, with its grown targets laid out (not before: the room they
                # take is known only then).
                QTimer.singleShot(0, dialog, lambda: _fit_dialog(dialog))
        elif event.type() == QEvent.Type.Show:
            self.cover_panels()
            self._watch_window()
        return False

    def _on_focus_window(self, focused: QWindow | None) -> None:
        if not self._on or focused is None:
            return
        dialog = next((widget for widget in QApplication.topLevelWidgets()
                       if isinstance(widget, QDialog) and widget.windowHandle() is focused), None)
        if dialog is None or not self._owns(dialog):
            return
        # Shown with the mouse's sizes, coming up now; or, asked by a panel, with the fingertip sizes
        # the panel's style gives it, centred by Qt at them: opened in touch mode, as a window's own.
        own = None if _in_touch_host(dialog) else QRect(dialog.pos(), dialog.size())
        opened = QSize(dialog.size()) if dialog.testAttribute(Qt.WidgetAttribute.WA_Resized) else True
        if _size_dialog(dialog, True):
            if own is None:
                dialog.setProperty(_OPENED_SIZE, opened)
            QTimer.singleShot(0, dialog, lambda: _fit_dialog(dialog, own))

    def _owns(self, dialog: QDialog) -> bool:
        """Whether this window sizes *dialog*: it, its panels or its dialogs opened it, or no window
        did (a question asked at start) and no other window in touch mode keeps it sized."""
        owner = _owner(dialog)
        if owner is not None:
            return owner is self._window()
        return self._on or not any(mode.is_on() for mode in _touch_modes() if mode is not self)

    def cover_panels(self) -> None:
        """Give the panels and tabs made since touch mode came on (the window builds its docks after
        this object, and QMainWindow its dock tabs as it lays them out) the fingertip sizes too."""
        if self._on:
            for host in _target_hosts(self._window()):
                if host.styleSheet() != TOUCH_TARGETS_STYLE:
                    host.setStyleSheet(TOUCH_TARGETS_STYLE)
                    _size_rows(host, True)

    def cover_panel(self, panel: QWidget) -> None:
        """A panel built into a dock later (Details, when first shown): its lists' rows fingertip-high
        too (its dock's style sheet already reaches it)."""
        if self._on:
            _size_rows(panel, True)

    def _set_on(self, on: bool, under_finger: bool = False) -> None:
        if on == self._on:
            return
        # The toolbar and the visits' buttons grow (or shrink) round the canvas. Turned on by a touch,
        # the map stays where it is on the screen, under the finger that has just touched it; from
        # Settings, a map shown whole is fitted again to the room left (fit_keeper.py). A past visit's
        # map is held still as today's is: the visits strip and the banner grow round it.
        with map_held_still(self._shown_view()) if under_finger else nullcontext():
            self._apply(on)
            self.changed.emit(on)

    def _apply(self, on: bool) -> None:
        self._on = on
        window = self._window()
        self._size_handles()
        toolbar = window.actions.toolbar
        toolbar.setIconSize(QSize(TOUCH_ICON, TOUCH_ICON) if on else self._normal_icon)
        for host in _target_hosts(window):
            host.setStyleSheet(TOUCH_TARGETS_STYLE if on else "")
            _size_rows(host, on)
            if not on:  # the style took their own least heights with it
                restore_least_heights(host)
        for dialog in _dialogs():  # one open now (the quick guide beside the map)
            if not self._owns(dialog):
                continue
            # Repainted once, as it will look: not with its new targets squeezed into its old size.
            dialog.setUpdatesEnabled(False)
            try:
                own = QRect(dialog.pos(), dialog.size())  # before its targets change its size
                if _size_dialog(dialog, on):
                    _settle(dialog)
                    if on:
                        _fit_dialog(dialog, own)
                    else:
                        _unfit_dialog(dialog, own)
            finally:
                dialog.setUpdatesEnabled(True)
        if on:
            # Buttons and the line picker's drop-downs; their own least sizes come back afterwards.
            targets = toolbar.findChildren(QToolButton) + toolbar.findChildren(QComboBox)
            self._own_sizes = {widget: widget.minimumSize() for widget in targets}
            for widget, own in self._own_sizes.items():
                widget.setMinimumSize(own.expandedTo(QSize(TOUCH_MIN_BUTTON, TOUCH_MIN_BUTTON)))
                if isinstance(widget, QComboBox):  # and the rows of its list, where the finger chooses
                    widget.setItemDelegate(_FingerRows(widget.itemDelegate(), widget))
        else:
            for widget, own in self._own_sizes.items():
                widget.setMinimumSize(own)
                rows = widget.itemDelegate() if isinstance(widget, QComboBox) else None
                if isinstance(rows, _FingerRows):
                    widget.setItemDelegate(rows.inner)
                    rows.deleteLater()
            self._own_sizes = {}
        for menu in _toolbar_menus(window):  # where a finger chooses whom to add: rows as the map's menu
            if on and not menu.styleSheet():
                menu.setStyleSheet(FINGER_MENU_STYLE)
            elif not on and menu.styleSheet() == FINGER_MENU_STYLE:
                menu.setStyleSheet("")


# The end of a touch as the window sees it (a release when Qt or the system made a click of it).
_FINGER_UP = (QEvent.Type.TouchEnd, QEvent.Type.TouchCancel, QEvent.Type.MouseButtonRelease)


def _by_finger(event: QEvent) -> bool:
    """Whether *event* is a finger on a touch screen (its first touch, or a click Qt or the system
    made of one); a touch pad, a pen or the mouse is not."""
    kind = event.type()
    if kind == QEvent.Type.TouchBegin and isinstance(event, QTouchEvent):
        pass
    elif kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
        if event.source() == Qt.MouseEventSource.MouseEventNotSynthesized:
            return False
    else:
        return False
    # Named at the first touch or click: PySide builds a Qt class's type and enums the first time it
    # is named, which a start would otherwise pay for (issue 18).
    from PySide6.QtGui import QInputDevice

    device = event.device()
    return device is not None and device.type() == QInputDevice.DeviceType.TouchScreen


def _target_hosts(window: QMainWindow) -> list[QWidget]:
    """The panels (docks), the canvas (the welcome hint, the arrows at its edges) and the panels'
    tabs: what holds the targets outside the toolbar."""
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    return [*window.findChildren(QDockWidget, options=direct), window.view,
            *window.findChildren(QTabBar, options=direct)]


def _toolbar_menus(window: QMainWindow) -> list[QMenu]:
    """The lists of the toolbar's buttons (Add person, Add group: the same in the Map menu). Not the
    menu bar's: File's 17 rows would not fit a laptop's screen a fingertip high."""
    toolbar = window.actions.toolbar
    menus = [action.menu() for action in toolbar.actions()]
    menus += [button.menu() for button in toolbar.findChildren(QToolButton)]
    return list(dict.fromkeys(menu for menu in menus if isinstance(menu, QMenu)))


def _touch_modes() -> list[TouchMode]:
    """The touch mode of every open window."""
    modes = (getattr(widget, "touch_mode", None) for widget in QApplication.topLevelWidgets())
    return [mode for mode in modes if isinstance(mode, TouchMode)]


def _owner(dialog: QDialog) -> QWidget | None:
    """The window *dialog* belongs to, through the panel or the dialogs that opened it; None when no
    window opened it."""
    parent = dialog.parentWidget()
    while parent is not None:
        top = parent.window()
        if not isinstance(top, QDialog):
            return top
        parent = top.parentWidget()
    return None


def _dialogs() -> list[QDialog]:
    """Every dialog there is, open or hidden, whatever opened it (dialogs are windows of their own)."""
    return [widget for widget in QApplication.topLevelWidgets() if isinstance(widget, QDialog)]


def _in_touch_host(dialog: QDialog) -> bool:
    """Whether *dialog* takes the fingertip sizes from the widget that opened it (a panel in touch
    mode: a style sheet reaches the dialogs of the widget it is set on)."""
    parent = dialog.parentWidget()
    while parent is not None:
        if parent.styleSheet() == TOUCH_TARGETS_STYLE:
            return True
        parent = parent.parentWidget()
    return False


def _size_dialog(dialog: QDialog, on: bool) -> bool:
    """A dialog's targets at the fingertip sizes (or back to its own), unless it has a style of its
    own. True when its sizes changed."""
    sheet = dialog.styleSheet()
    if on and not sheet:
        dialog.setStyleSheet(TOUCH_TARGETS_STYLE)
    elif not on and sheet == TOUCH_TARGETS_STYLE:
        dialog.setStyleSheet("")
    else:
        return False
    _size_rows(dialog, on)
    return True


def _size_rows(root: QWidget, on: bool) -> None:
    """The lists of *root*'s drop-downs with rows at least TOUCH_MIN_TARGET high (or their own rows
    again). A style sheet cannot do it: the list draws its rows as a menu's, by a delegate of its own."""
    for combo in root.findChildren(QComboBox):
        rows = combo.itemDelegate()
        if on and not isinstance(rows, _FingerRows):
            combo.setItemDelegate(_FingerRows(rows, combo, TOUCH_MIN_TARGET))
        elif not on and isinstance(rows, _FingerRows):
            combo.setItemDelegate(rows.inner)
            rows.deleteLater()


def _fit_dialog(dialog: QDialog, own: QRect | None = None) -> None:
    """A dialog just shown takes the height its grown targets and its words need, as far as the
    screen allows: Qt gives a new window at most two thirds of the screen, which cut the explanations
    in Settings at 1280 x 720. It only ever grows, and stays on the screen. Its place and size before
    (*own*: none for a dialog opened in touch mode) are kept for touch mode going off."""
    layout = dialog.layout()
    if layout is None or not dialog.isVisible() or dialog.styleSheet() != TOUCH_TARGETS_STYLE:
        return  # (touch mode went off before this came round)
    # Opened in touch mode (no *own*): as it was shown, where Qt centred it.
    opened = dialog.property(_OPENED_SIZE) if own is None else False
    if own is None:
        own = QRect(dialog.pos(), dialog.size())
    # Words that wrap make the height depend on the width; a dialog that scrolls its own (Settings)
    # asks for the height of all of it.
    if layout.hasHeightForWidth():
        needed = layout.totalHeightForWidth(dialog.width())
    else:
        needed = dialog.sizeHint().height()
    if needed > dialog.height():
        resize_within_screen(dialog, dialog.width(), needed)
        screen = dialog.screen()
        if screen is not None:
            room, frame = screen.availableGeometry(), dialog.frameGeometry()
            if frame.bottom() > room.bottom():
                dialog.move(dialog.x(), max(room.top(), dialog.y() - (frame.bottom() - room.bottom())))
    if dialog.property(_OWN_PLACE) is None:  # grown twice: its own is the first
        dialog.setProperty(_OWN_PLACE, own)
        dialog.setProperty(_OPENED_SIZE, opened if opened is not None else False)
    dialog.setProperty(_GROWN_PLACE, QRect(dialog.pos(), dialog.size()))


def _unfit_dialog(dialog: QDialog, grown_now: QRect) -> None:
    """Touch mode off: a dialog touch mode grew goes back to its own size and place; one opened in
    touch mode takes the size it would have been opened at without it (its own choice, or Qt's),
    about the middle Qt centred it on. Unless the user has moved or resized it since: then it stays
    where they put it (*grown_now*: its place and size as touch mode went off)."""
    own, grown, opened = (dialog.property(name) for name in (_OWN_PLACE, _GROWN_PLACE, _OPENED_SIZE))
    for name in (_OWN_PLACE, _GROWN_PLACE, _OPENED_SIZE):
        dialog.setProperty(name, None)
    if own is None and opened is not None:  # turned off before _fit_dialog came round
        own = grown = grown_now
    if not isinstance(own, QRect) or grown != grown_now:
        return
    if not opened:
        dialog.resize(own.size())
        dialog.move(own.topLeft())
        return
    if isinstance(opened, QSize):
        dialog.resize(opened)
    else:
        dialog.adjustSize()  # as Qt sizes a window it first shows
    # Qt centres a dialog by halves of its size: the same middle, for the size it has now.
    middle = own.topLeft() + QPoint(own.width() // 2, own.height() // 2)
    dialog.move(middle - QPoint(dialog.width() // 2, dialog.height() // 2))


def _settle(dialog: QDialog) -> None:
    """Lay *dialog* out now with its targets' new sizes (Qt would do it before its next paint), so
    that the size it needs, and the least it may have, are known at once."""
    layout = dialog.layout()
    if layout is not None:
        layout.invalidate()
        layout.activate()


# A dialog's own place and size before touch mode grew it, and those it was given (dynamic properties:
# they go with the dialog, also one Qt made, such as a question).
_OWN_PLACE = "ecomapPlaceBeforeTouch"
_GROWN_PLACE = "ecomapPlaceInTouch"
# How a dialog opened in touch mode was sized as it was shown: the size it chose itself (a QSize), or
# by Qt (True); False for a dialog that was open before touch mode came on.
_OPENED_SIZE = "ecomapOpenedInTouch"


def install_touch_mode(window: QMainWindow) -> TouchMode:
    return TouchMode(window)


def apply_touch_mode_setting() -> None:
    """Give every open window the touch mode chosen in Settings."""
    for mode in _touch_modes():
        mode.apply_setting()
