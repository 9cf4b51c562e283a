"""The Help menu (quick guide, what the lines mean, About) and Edit ▸ Settings…, for one window.

install_help_menu(window) fills window.actions.help_menu and adds Settings to the Edit menu.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from ecomap_desktop.i18n import translate as _tr


class HelpMenu(QObject):
    """Owns the Help entries and the Settings entry of one window."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.guide = QAction(_tr("HelpMenu", "&Quick guide"), self)
        self.guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.guide.setStatusTip(
            _tr("HelpMenu", "How to draw the map, what the lines mean, saving and privacy"))
        self.lines = QAction(_tr("HelpMenu", "What the &lines mean"), self)
        self.lines.setStatusTip(
            _tr("HelpMenu", "The legend: strong, ordinary, weak and stressful lines, and arrows"))
        self.about = QAction(_tr("HelpMenu", "&About Ecomap Desktop"), self)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.about.setStatusTip(_tr("HelpMenu", "The version, and the licences of the parts it is made with"))
        menu = window.actions.help_menu
        menu.addActions([self.guide, self.lines])
        menu.addSeparator()
        menu.addAction(self.about)

        self.settings = QAction(_tr("HelpMenu", "Se&ttings…"), self)
        self.settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        keys = [QKeySequence(QKeySequence.StandardKey.Preferences), QKeySequence("Ctrl+,")]
        self.settings.setShortcuts([k for i, k in enumerate(keys) if not k.isEmpty() and k not in keys[:i]])
        self.settings.setStatusTip(_tr("HelpMenu", "Paper size, recovery copies, recent maps and language"))
        edit = window.actions.edit_menu
        edit.addSeparator()
        edit.addAction(self.settings)

        for action in (self.guide, self.lines, self.about, self.settings):
            window.addAction(action)  # shortcuts work wherever the focus is
        self.guide.triggered.connect(self.show_guide)
        self.lines.triggered.connect(self.show_lines)
        self.about.triggered.connect(self.show_about)
        self.settings.triggered.connect(self.show_settings)

    def show_guide(self):
        from ..dialogs.help import show_guide

        return show_guide(self.window)

    def show_lines(self):
        from ..dialogs.help import show_guide

        return show_guide(self.window, "lines")

    def show_about(self) -> None:
        from ..dialogs.about import show_about

        show_about(self.window)

    def show_settings(self) -> bool:
        from ..dialogs.settings import show_settings

        return show_settings(self.window)


def install_help_menu(window: QMainWindow) -> HelpMenu:
    return HelpMenu(window)
