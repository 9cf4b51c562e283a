"""The conversation's parts of the window: the guide and summary docks and the parent view.

`install_conversation(window)` adds them to a MainWindow: the guide and the summary (insights) as
tabs beside the Details panel, their show/hide entries and a "Parent view" switch in the View menu
and the toolbar. The parent view hides the worker's notes (the guide's, and the notes on people and
connections in Details) and the summary, makes text and controls bigger and names the line styles
in plain words; switching it off puts the worker's layout back. Whether it is on is remembered.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRectF, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import QDockWidget, QMainWindow, QScrollArea, QWidget

from ... import style
from ..icons.painted import painted_icon
from ..panels.guide.panel import GuidePanel
from .actions import name_buttons_of
from ..widgets.reader_words import describe_buttons_of, sentences, shortcut_words
from ..widgets.reader_language import tell_reader
from ..widgets.swipe_scroll import swipe_to_scroll
from ..widgets import announce as speech
from ecomap_desktop.i18n import fill, translate as _tr

if TYPE_CHECKING:  # imported when the summary is first shown
    from ..panels.insights import InsightsPanel

# How much bigger text is in the parent view.
PARENT_TEXT_SCALE = 1.3
SETTINGS_KEY = "view/parent_view"


def parent_view_icon() -> QIcon:
    """A big and a small letter: bigger, plainer words (drawn crisply at any screen scale)."""
    return painted_icon(_draw_parent_view_icon, 48, 48)


def _draw_parent_view_icon(painter: QPainter) -> None:
    painter.setPen(QPen(QColor(style.HIGHLIGHT), 2.5))
    painter.setBrush(QColor("#e3f0fa"))
    painter.drawRoundedRect(QRectF(3, 5, 42, 38), 7, 7)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(28)
    painter.setFont(font)
    painter.setPen(QColor("#2b2b2b"))
    painter.drawText(QRectF(5, 5, 24, 38), Qt.AlignmentFlag.AlignCenter, "A")
    font.setPixelSize(16)
    painter.setFont(font)
    painter.drawText(QRectF(26, 14, 16, 28), Qt.AlignmentFlag.AlignCenter, "a")


def _dock(window: QMainWindow, title: str, name: str, panel: QWidget | None,
          scroll: bool = True) -> QDockWidget:
    """A dock beside the canvas; *panel* None leaves an empty scroll area to put the panel in later."""
    if scroll:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setAccessibleName(title)  # a focus stop: Tab lands here to scroll
        swipe_to_scroll(area)
        if panel is not None:
            area.setWidget(panel)
        panel = area
    dock = QDockWidget(title, window)
    dock.setObjectName(name)
    dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                     | QDockWidget.DockWidgetFeature.DockWidgetClosable)
    dock.setWidget(panel)
    dock.setMinimumWidth(300)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    return dock


class _DockLayout:
    """What the parent view changes of the worker's panels, to put back when it is switched off:
    whether the summary was open, which panel was in front, and the panels' widths (the bigger text
    widens them). Not QMainWindow.saveState/restoreState: Qt 6.11's restoreState leaves the tab bar
    it replaces on screen, a second row of tabs a few pixels above the real one."""

    def __init__(self, summary: QDockWidget, summary_open: bool, in_front: list[QDockWidget],
                 widths: dict[QDockWidget, int]) -> None:
        self.summary, self.summary_open, self.in_front, self.widths = summary, summary_open, in_front, widths

    @classmethod
    def of(cls, window: QMainWindow, summary: QDockWidget) -> "_DockLayout":
        docks = [dock for dock in window.findChildren(QDockWidget) if dock.toggleViewAction().isChecked()]
        # A tabbed panel behind another is not visible; the one in front of each group is.
        in_front = [dock for dock in docks if dock.isVisible()]
        widths = {dock: dock.width() for dock in in_front if not dock.isFloating()}
        return cls(summary, summary.toggleViewAction().isChecked(), in_front, widths)

    def put_back(self, window: QMainWindow) -> None:
        if self.summary_open:
            self.summary.show()
        for dock in self.in_front:
            dock.raise_()
        if self.widths:  # once the worker's smaller text has reached the panels (the next turn)
            docks, widths = list(self.widths), list(self.widths.values())
            QTimer.singleShot(0, window, lambda: window.resizeDocks(docks, widths, Qt.Orientation.Horizontal))


class ParentView(QObject):
    """The parent-view switch: one checkable action, and what it changes in the window."""

    # The parent view was switched on (True) or off (False).
    changed = Signal(bool)

    def __init__(self, window: QMainWindow, parts: "Conversation") -> None:
        super().__init__(window)
        self._window = window
        self._parts = parts
        self._worker_layout: _DockLayout | None = None
        action = QAction(parent_view_icon(), _tr("Conversation", "Parent view"), window)
        # The toolbar's words may be shorter than the menu's (Spanish: "Para la familia"), so the
        # whole toolbar fits a 1280-pixel screen in every language.
        action.setIconText(_tr("Conversation", "Parent view", "short, on the toolbar"))
        action.setCheckable(True)
        action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(fill(_tr("Conversation",
                                   "Parent view: bigger text, plain words, the worker's notes hidden (%1)"),
                               shortcut))
        action.setStatusTip(_tr("Conversation", "Show the map the way the parent sees it, with bigger text"))
        window.addAction(action)
        action.toggled.connect(self._apply)
        self.action = action

    def describe_buttons(self) -> None:
        """What a screen reader hears after a parent-view button's name (the tooltip began with the
        name again): what the view changes, and its keys."""
        describe_buttons_of(self.action, lambda keys=self.action.shortcut(): sentences(
            _tr("Conversation", "Bigger text, plain words, the worker's notes hidden"), shortcut_words(keys)))

    def is_on(self) -> bool:
        return self.action.isChecked()

    def restore(self) -> None:
        """Switch on if the parent view was on when the app was last used."""
        on = str(QSettings().value(SETTINGS_KEY, "false")).lower() == "true"
        self.action.setChecked(on)

    def _apply(self, on: bool) -> None:
        window = self._window
        # The bigger text comes from DisplaySettings.apply_fonts (the one owner of the window's font),
        # which the changed signal reaches.
        if on:
            self._worker_layout = _DockLayout.of(window, self._parts.insights_dock)
            self._parts.insights_dock.hide()
        elif self._worker_layout is not None:
            self._worker_layout.put_back(window)
        else:  # started in the parent view: the worker's layout is the usual one
            self._parts.insights_dock.show()
        self._parts.insights_dock.toggleViewAction().setEnabled(not on)
        self._parts.guide.set_parent_view(on)
        self._set_line_words(on)
        self._show_notes_in_details(not on)
        QSettings().setValue(SETTINGS_KEY, on)
        said = (_tr("Conversation", "Parent view: bigger text and plain words. "
                                    "Switch it off to see your notes again.") if on
                else _tr("Conversation", "Worker view: your notes and the summary are back."))
        if window.statusBar() is not None:
            window.statusBar().showMessage(said, 6000)
        # A reader is not read the status bar: switched by its keys, the view changed unheard.
        speech.announce(window, said)
        self.changed.emit(on)
        view = getattr(window, "view", None)
        if view is not None:  # the bigger names and legend: fit the map again, clear of the legend
            QTimer.singleShot(0, view.zoom_to_fit)

    def _show_notes_in_details(self, shown: bool) -> None:
        """The notes on people and connections are the worker's (the printout treats them so too)."""
        properties = _built_details(self._window)
        if properties is not None:  # else it starts so when built (details_dock.py)
            properties.set_notes_shown(shown)

    def _set_line_words(self, parent_words: bool) -> None:
        """Name the line styles in the parent's words (or the usual ones) wherever they are picked."""
        window = self._window
        picker = getattr(window, "style_picker", None)
        if picker is not None:
            picker.set_parent_words(parent_words)
        properties = _built_details(window)
        if properties is not None:  # Details: the line styles, and the circles as the map names them
            properties.set_parent_words(parent_words)
        scene = getattr(window, "scene", None)
        if scene is not None:  # the legend on the map says what the toolbar says
            scene.set_legend_parent_words(parent_words)


def _built_details(window: QMainWindow):
    """The window's Details panel if it is built (not built just to be told of the parent view)."""
    return window.details.built  # made before the conversation (main_window.py)


class Conversation(QObject):
    """The guide and summary docks and the parent view, as added to one window."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.guide = GuidePanel(window.document, window.undo_stack, getattr(window, "scene", None))
        # A focus stop: Tab lands here to scroll.
        tell_reader(self.guide.scroll_area, name=lambda: _tr("Conversation", "The step on show"))
        self.guide_dock = _dock(window, _tr("Conversation", "Guide"), "guideDock", self.guide, scroll=False)
        # The summary is built the first time its tab is shown (or `insights` is asked for): a window
        # opens sooner, and a map opened before then is not summed up for a tab nobody looks at.
        self._window = window
        self._insights: InsightsPanel | None = None
        self.insights_dock = _dock(window, _tr("Conversation", "Summary"), "insightsDock", None)
        self.insights_dock.visibilityChanged.connect(self._on_insights_visibility)
        details = getattr(window, "details_dock", None)
        if details is not None:
            window.tabifyDockWidget(details, self.guide_dock)
        window.tabifyDockWidget(self.guide_dock, self.insights_dock)
        self.guide_dock.raise_()  # the visit starts with the conversation

        self.parent_view = ParentView(window, self)
        self.guide.add_header_action(self.parent_view.action)
        actions = getattr(window, "actions", None)
        if actions is not None:
            menu = actions.view_menu
            menu.addSeparator()
            for dock, text in ((self.guide_dock, _tr("Conversation", "Show the guide")),
                               (self.insights_dock, _tr("Conversation", "Show the summary"))):
                toggle = dock.toggleViewAction()
                toggle.setText(text)
                menu.addAction(toggle)
            menu.addSeparator()
            menu.addAction(self.parent_view.action)
            actions.toolbar.addSeparator()
            actions.toolbar.addAction(self.parent_view.action)
            name_buttons_of(self.parent_view.action, _tr("Conversation", "Parent view"))
        self.parent_view.describe_buttons()
        self.parent_view.restore()

    @property
    def insights(self) -> InsightsPanel:
        """The summary panel (built now if its tab has not been shown yet)."""
        if self._insights is None:
            from ..panels.insights import InsightsPanel

            panel = InsightsPanel(self._window.document)
            self._insights = panel
            self.insights_dock.widget().setWidget(panel)
            panel.show()  # the scroll area may be on show already
        return self._insights

    def _on_insights_visibility(self, visible: bool) -> None:
        if not visible:
            return
        if self._insights is None:
            self.insights  # noqa: B018 - builds the panel as its tab comes to the front
        else:
            self._insights.refresh_if_changed()  # edits made while another tab was in front


def install_conversation(window: QMainWindow) -> Conversation:
    """Add the guide, the summary and the parent view to *window*."""
    return Conversation(window)
