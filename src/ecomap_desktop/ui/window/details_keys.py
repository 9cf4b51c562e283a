"""Edit ▸ Details of the selection (Alt+Enter): the keys go from the map to the Details panel, on the
person, group or line selected there; Esc brings them back to it, still selected.

Tab leaves the map only past its last line, and clears the selection on the way (so Tab moves on to
the panels with no one chosen): without this a keyboard user reached the map's own details, never
those of the one chosen (their notes, kinds of support, circle). Enter on a line chosen on the map
does the same as Alt+Enter: a line has no name to type, and its Details hold its strength and arrow.

install_details_keys(window) adds it to window.actions.edit_menu, after Rename.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QWidget

from ecomap_desktop.i18n import translate as _tr

KEYS = ("Alt+Return", "Alt+Enter")


class DetailsKeys(QObject):
    """The Details-of-the-selection item and keys of one window."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.action = QAction(_tr("DetailsKeys", "&Details of the selection"), self)
        self.action.setShortcuts([QKeySequence(keys) for keys in KEYS])
        self.action.setStatusTip(_tr("DetailsKeys", "Put the keys in the Details panel, on what is selected "
                                                    "on the map (Esc comes back to the map)"))
        self.action.triggered.connect(self.show_details)
        menu, rename = window.actions.edit_menu, window.actions.edit_label
        actions = menu.actions()
        after = actions.index(rename) + 1 if rename in actions else len(actions)
        if after < len(actions):
            menu.insertAction(actions[after], self.action)
        else:
            menu.addAction(self.action)
        window.addAction(self.action)  # the keys work wherever the focus is
        window.scene.details_asked.connect(self.show_details)  # Enter on a line on the map

    def show_details(self) -> QWidget | None:
        """Bring the Details tab to the front and put the keys in its first field (the name of the one
        selected, or the map's title with nothing selected); that field, or None if it has none."""
        window = self._window
        window.scene.commit_label_edit()  # a name being typed is kept, as leaving the map keeps it
        dock = window.details_dock
        dock.show()
        dock.raise_()
        field = first_field(dock.widget())
        if field is not None:
            field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return field


def first_field(area: QWidget) -> QWidget | None:
    """The first widget inside *area* (not *area* itself) that Tab would stop on, in Tab's order."""
    widget = area.nextInFocusChain()
    while widget is not None and widget is not area:
        if (area.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            return widget
        widget = widget.nextInFocusChain()
    return None


def install_details_keys(window: QMainWindow) -> DetailsKeys:
    """Add Edit ▸ Details of the selection (Alt+Enter) to *window*."""
    return DetailsKeys(window)
