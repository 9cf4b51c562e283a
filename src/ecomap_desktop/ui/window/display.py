"""How the window looks, never the map: high contrast, text size and the focus ring they colour.

- View ▸ High contrast: black on white, thicker outlines and lines on the canvas, a strong palette
  for the panels; remembered in QSettings "view/high_contrast";
- View ▸ Text size (Normal, Large, Larger): canvas labels and panel text; remembered in
  "view/text_scale". The parent view's bigger text multiplies with it (one owner sets the font);
- a focus ring drawn around whichever control has the keyboard, thicker than the style's own.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QFont, QFontInfo, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from ... import style
from .conversation import PARENT_TEXT_SCALE
from ecomap_desktop.i18n import translate as _tr

HIGH_CONTRAST_KEY = "view/high_contrast"
TEXT_SCALE_KEY = "view/text_scale"


def _text_size_name(key: str) -> str:
    names = {"normal": _tr("Accessibility", "&Normal"), "large": _tr("Accessibility", "&Large"),
             "larger": _tr("Accessibility", "La&rger")}
    return names[key]


# ----- the widgets' high-contrast palette --------------------------------------------------------------


def high_contrast_palette() -> QPalette:
    """Pure black text on white, a dark selection with white text, black frames."""
    palette = QPalette()
    black, white = QColor("#000000"), QColor("#ffffff")
    roles = {
        QPalette.ColorRole.Window: white,
        QPalette.ColorRole.WindowText: black,
        QPalette.ColorRole.Base: white,
        QPalette.ColorRole.AlternateBase: QColor("#ededed"),
        QPalette.ColorRole.Text: black,
        QPalette.ColorRole.Button: white,
        QPalette.ColorRole.ButtonText: black,
        QPalette.ColorRole.BrightText: white,
        QPalette.ColorRole.Highlight: QColor("#00007a"),
        QPalette.ColorRole.HighlightedText: white,
        QPalette.ColorRole.ToolTipBase: white,
        QPalette.ColorRole.ToolTipText: black,
        QPalette.ColorRole.PlaceholderText: QColor("#4a4a4a"),
        QPalette.ColorRole.Link: QColor("#0000c8"),
        QPalette.ColorRole.LinkVisited: QColor("#55007f"),
        QPalette.ColorRole.Light: white,
        QPalette.ColorRole.Midlight: QColor("#d0d0d0"),
        QPalette.ColorRole.Mid: QColor("#4a4a4a"),
        QPalette.ColorRole.Dark: black,
        QPalette.ColorRole.Shadow: black,
    }
    for role, colour in roles.items():
        palette.setColor(QPalette.ColorGroup.All, role, colour)
    # Disabled text still reads (7:1 on white), it is only greyer.
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#595959"))
    return palette


# ----- the focus ring ----------------------------------------------------------------------------------


class FocusRing(QWidget):
    """A thick ring drawn over the window around the control that has the keyboard.

    Styles draw focus faintly (a dotted line, a one-pixel tint); this is the same everywhere. It lets
    the mouse through and never takes focus itself.
    """

    MARGIN = 3
    WIDTH = 3.0

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._colour = QColor(style.HIGHLIGHT)
        self._watched: list[QWidget] = []
        self._target: QWidget | None = None
        self.hide()
        QApplication.instance().focusChanged.connect(self._on_focus_changed)

    def target(self) -> QWidget | None:
        """The control the ring is drawn around (None when hidden)."""
        return self._target if self.isVisible() else None

    def set_colour(self, colour: str) -> None:
        self._colour = QColor(colour)
        self.update()

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        for widget in self._watched:
            try:
                widget.removeEventFilter(self)
            except RuntimeError:  # already deleted
                pass
        self._watched = []
        window = self.parentWidget()
        if new is None or window is None or new is self or new.window() is not window:
            self._target = None
            self.hide()
            return
        self._target = new
        widget: QWidget | None = new
        while widget is not None and widget is not window:
            widget.installEventFilter(self)
            self._watched.append(widget)
            widget = widget.parentWidget()
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide):
            self._place()
        return False

    def _place(self) -> None:
        target, window = self._target, self.parentWidget()
        if target is None or window is None or not target.isVisible():
            self.hide()
            return
        visible = target.visibleRegion().boundingRect()  # the part not scrolled or covered away
        if visible.isEmpty():
            self.hide()
            return
        top_left = target.mapTo(window, visible.topLeft())
        rect = QRect(top_left, visible.size())
        m = self.MARGIN + int(self.WIDTH)
        self.setGeometry(rect.adjusted(-m, -m, m, m).intersected(window.rect()))
        self.raise_()
        self.show()
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        inset = self.WIDTH / 2 + 0.5
        outer = self.rect().toRectF().adjusted(inset, inset, -inset, -inset)
        painter.setPen(QPen(self._colour, self.WIDTH))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(outer, 4, 4)
        # A thin white line inside, so the ring shows on dark and coloured backgrounds too.
        painter.setPen(QPen(QColor("#ffffff"), 1.0))
        inner = outer.adjusted(self.WIDTH / 2 + 0.5, self.WIDTH / 2 + 0.5,
                               -self.WIDTH / 2 - 0.5, -self.WIDTH / 2 - 0.5)
        painter.drawRoundedRect(inner, 3, 3)
        painter.end()


# ----- display settings ----------------------------------------------------------------------------------


def _read_bool(key: str) -> bool:
    return str(QSettings().value(key, "false")).lower() == "true"


def _read_text_scale() -> float:
    value = QSettings().value(TEXT_SCALE_KEY, 1.0)
    try:
        scale = float(value)
    except (TypeError, ValueError):
        return 1.0
    # Only the offered sizes: a hand-edited setting cannot make the text absurd.
    return min(style.TEXT_SCALES.values(), key=lambda s: abs(s - scale))


class DisplaySettings(QObject):
    """High contrast and text size for one window: its actions, and what they change."""

    def __init__(self, window: QMainWindow, focus_ring: FocusRing) -> None:
        super().__init__(window)
        self._window = window
        self._ring = focus_ring
        self._base_font = QFont(QApplication.font())
        self._high_contrast = False
        self._text_scale = 1.0
        self._palette_set = False

        self.high_contrast_action = QAction(_tr("Accessibility", "&High contrast"), window)
        self.high_contrast_action.setCheckable(True)
        self.high_contrast_action.setStatusTip(
            _tr("Accessibility", "Black on white with thicker lines, for low vision and bright rooms"))
        self.high_contrast_action.toggled.connect(self.set_high_contrast)

        self.text_size_group = QActionGroup(window)
        self.text_size_group.setExclusive(True)
        self.text_size_actions: dict[str, QAction] = {}
        for key, scale in style.TEXT_SCALES.items():
            action = QAction(_text_size_name(key), window)
            action.setCheckable(True)
            action.setData(scale)
            action.setStatusTip(_tr("Accessibility", "Text on the map and in the panels at this size"))
            action.triggered.connect(lambda _checked=False, s=scale: self.set_text_scale(s))
            self.text_size_group.addAction(action)
            self.text_size_actions[key] = action

    # ----- reading -------------------------------------------------------------------------------

    def high_contrast(self) -> bool:
        return self._high_contrast

    def text_scale(self) -> float:
        return self._text_scale

    def font_scale(self) -> float:
        """How much larger panel text is than the system's: text size times the parent view's."""
        return self._text_scale * PARENT_TEXT_SCALE if self._parent_view_on() else self._text_scale

    def readable_px(self) -> int | None:
        """The least size of names on screen, in pixels, in the parent view: the window's ordinary text
        (the system's, times the text size; the panels' outside the parent view), so the parent reads
        every name, and a map that fits at that size is shown whole. None outside the parent view."""
        if not self._parent_view_on():
            return None
        font = QFont(self._base_font)
        font.setPointSizeF(self._base_font.pointSizeF() * self._text_scale)
        return QFontInfo(font).pixelSize()

    def scroll_px(self) -> int | None:
        """The least size of names, in pixels, in the parent view when the map is too big to show
        whole at readable_px: the panels' text (it scrolls anyway, so names lose nothing by it)."""
        return QFontInfo(self._window.font()).pixelSize() if self._parent_view_on() else None

    def _parent_view_on(self) -> bool:
        parent_view = getattr(getattr(self._window, "conversation", None), "parent_view", None)
        return parent_view is not None and parent_view.is_on()

    # ----- changing ------------------------------------------------------------------------------

    def restore(self) -> None:
        """Take the remembered settings (a way of looking: the map is never changed)."""
        self._text_scale = _read_text_scale()
        self._high_contrast = _read_bool(HIGH_CONTRAST_KEY)
        self.high_contrast_action.blockSignals(True)
        self.high_contrast_action.setChecked(self._high_contrast)
        self.high_contrast_action.blockSignals(False)
        self._check_text_size_action()
        self._apply()

    def set_high_contrast(self, on: bool) -> None:
        on = bool(on)
        if self.high_contrast_action.isChecked() != on:
            self.high_contrast_action.setChecked(on)  # comes back here through toggled
            return
        self._high_contrast = on
        QSettings().setValue(HIGH_CONTRAST_KEY, on)
        self._apply()

    def set_text_scale(self, scale: float) -> None:
        self._text_scale = float(scale)
        QSettings().setValue(TEXT_SCALE_KEY, self._text_scale)
        self._check_text_size_action()
        self._apply()

    def apply_fonts(self) -> None:
        """Set the window's font from the system's, the text size and the parent view (one owner)."""
        scale = self.font_scale()
        if scale == 1.0 and not self._window.testAttribute(Qt.WidgetAttribute.WA_SetFont):
            return  # the system's font already: nothing to set (and nothing to lay out again)
        font = QFont(self._base_font)
        font.setPointSizeF(self._base_font.pointSizeF() * scale)
        self._window.setFont(font)
        # The toolbar keeps the worker's words' size in the parent view: its bigger words no longer
        # fit a 1280-pixel screen, and the last tools (the parent view's own switch among them) hid
        # behind "»". The map and the panels are what the parent reads.
        toolbar = self._window.actions.toolbar
        if self._parent_view_on():
            worker = QFont(self._base_font)
            worker.setPointSizeF(self._base_font.pointSizeF() * self._text_scale)
            toolbar.setFont(worker)
        else:
            toolbar.setFont(QFont())  # the window's again

    def refresh(self) -> None:
        """Apply the settings again (the parent view was switched: text sizes change)."""
        self._apply()

    def _check_text_size_action(self) -> None:
        for action in self.text_size_actions.values():
            if abs(action.data() - self._text_scale) < 1e-6:
                action.setChecked(True)

    def _apply(self) -> None:
        window = self._window
        self.apply_fonts()
        # Canvas names grow with the panels' text: the parent view is for the parent to read the map,
        # so there they are never drawn smaller on screen than the window's ordinary text (than the
        # panels' text on a map too big to show whole, see fit.py).
        window.scene.set_display(self._high_contrast, self.font_scale(), self.readable_px(),
                                 self.scroll_px())
        # A palette only, no style sheet: a sheet on the window would stop the palette reaching the
        # panels inside it (Qt gives style-sheeted widgets the application's palette).
        if self._high_contrast and not self._palette_set:
            window.setAttribute(Qt.WidgetAttribute.WA_WindowPropagation, True)  # dialogs follow too
            window.setPalette(high_contrast_palette())
            self._palette_set = True
        elif not self._high_contrast and self._palette_set:
            window.setPalette(QPalette())  # the system's again
            self._palette_set = False
        self._ring.set_colour(style.canvas_variant(self._high_contrast).highlight)
