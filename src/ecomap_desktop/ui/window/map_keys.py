"""The canvas's parts a mouse or a finger chooses, reached from the keyboard too: View ▸ Open or fold
the legend (Shift+L, as a click on the folded legend) and View ▸ Show more of the map (Alt and an arrow
key, as the arrows at the canvas's edges where the map goes on past them). Each acts on the canvas on
show (today's map or a past visit's), and a screen reader hears what came of it: the legend's words,
or that the map shows whole that way.

install_map_keys(window) adds them to window.actions.view_menu.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from ecomap_desktop.i18n import translate as _tr

from ..editor import legend_place, more_map
from ..editor.view import MapView
from ..widgets import announce as speech
from ..widgets.reader_words import sentences


def _side_words(side: str) -> str:
    return {
        "left": _tr("MapKeys", "Show more to the &left"),
        "right": _tr("MapKeys", "Show more to the &right"),
        "up": _tr("MapKeys", "Show more &above"),
        "down": _tr("MapKeys", "Show more &below"),
    }[side]


class MapKeys(QObject):
    """The legend's and the more-map arrows' menu items and keys of one window."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.legend_action = QAction(_tr("MapKeys", "Open or &fold the legend"), self)
        self.legend_action.setShortcut(QKeySequence(legend_place.KEYS))
        self.legend_action.setStatusTip(_tr("MapKeys", "Open the folded legend over the map, or fold it "
                                                       "again, and hear what each kind of line means"))
        self.legend_action.triggered.connect(self.open_or_fold_legend)
        self.more_menu = QMenu(_tr("MapKeys", "Show &more of the map"), window)
        self.more_actions: dict[str, QAction] = {}
        for side in more_map.SIDES:
            action = QAction(_side_words(side), self)
            action.setShortcut(QKeySequence(more_map.SIDE_KEYS[side]))
            action.setStatusTip(_tr("MapKeys", "Scroll the map, as the arrows at the canvas's edges do "
                                               "where the map goes on past them"))
            action.triggered.connect(lambda _checked=False, s=side: self.show_more(s))
            self.more_menu.addAction(action)
            self.more_actions[side] = action
        menu = window.actions.view_menu
        # Next to what they belong with: the legend's after Legend, the arrows' after Whole map.
        _insert_after(menu, window.actions.show_legend, self.legend_action)
        _insert_after(menu, window.actions.zoom_fit, self.more_menu.menuAction())
        for action in (self.legend_action, *self.more_actions.values()):
            window.addAction(action)  # the keys work wherever the focus is

    def _view(self) -> MapView:
        """The canvas on show: a past visit's while one is looked at, else today's."""
        visits = getattr(self._window, "visits", None)
        return visits.shown_view() if visits is not None else self._window.view

    def open_or_fold_legend(self) -> None:
        """As a click on the legend: the folded legend opens over the map, or folds again; one switched
        off is switched on first. A screen reader hears its words either way."""
        window = self._window
        if not window.actions.show_legend.isChecked():
            window.actions.show_legend.setChecked(True)  # shows it on every canvas, and is remembered
        view = self._view()
        view.legend_placer().open_or_fold(view)
        legend = view.scene().legend_item()
        if legend.fold() == "open":
            speech.announce(view, sentences(legend.title(), *legend.entry_labels()))
        else:
            speech.announce(view, _tr("MapKeys", "The legend is folded."))

    def show_more(self, side: str) -> bool:
        """As the arrow of *side*: scroll the map to show more of it that way. False (and said so, in
        the status bar and to a screen reader) where the map already shows whole that way."""
        view = self._view()
        bounds = view.scene().items_bounding_rect()
        shown = view.mapToScene(view.viewport().rect()).boundingRect()
        # Where the arrow of that side would show (the map goes on past it), not a few pixels of the
        # room around a map shown whole.
        beyond = more_map.sides_beyond(shown, bounds, view.zoom())
        if side in beyond and more_map.scroll_step(view, side, bounds):
            return True
        words = _tr("MapKeys", "The map shows whole that way.")
        self._window.statusBar().showMessage(words, 3000)
        speech.announce(view, words)
        return False


def _insert_after(menu: QMenu, after: QAction, action: QAction) -> None:
    actions = menu.actions()
    index = actions.index(after) + 1 if after in actions else len(actions)
    if index < len(actions):
        menu.insertAction(actions[index], action)
    else:
        menu.addAction(action)


def install_map_keys(window: QMainWindow) -> MapKeys:
    """Add the legend's and the more-map arrows' items and keys to *window*'s View menu."""
    return MapKeys(window)
