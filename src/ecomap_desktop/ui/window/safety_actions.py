"""File-menu entries for keeping a map private: password protection and the recent-maps list.

Installed into a window's File menu by install_safety_actions(window); the window needs .actions
(with file_menu, save_as and recent_menu) and .files (a FileController).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from ecomap_desktop.i18n import translate as _tr

from .file_controller import REMEMBER_RECENT_KEY, clear_recent


def remembers_recent() -> bool:
    return str(QSettings().value(REMEMBER_RECENT_KEY, "true")).lower() != "false"


def set_remember_recent(on: bool) -> None:
    """Turn the recent-maps list on or off; turning it off also forgets the maps listed so far."""
    QSettings().setValue(REMEMBER_RECENT_KEY, bool(on))
    if not on:
        clear_recent()


def _action_after(menu: QMenu, anchor: QAction) -> QAction | None:
    actions = menu.actions()
    index = actions.index(anchor)
    return actions[index + 1] if index + 1 < len(actions) else None


class SafetyActions(QObject):
    """Owns the entries it adds to the File menu; its slots go away with it when the window closes."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.files = window.files
        menu: QMenu = window.actions.file_menu

        self.save_with_password = QAction(_tr("SafetyActions", "Save with pass&word…"), self)
        self.save_with_password.setStatusTip(_tr(
            "SafetyActions", "Save the map encrypted, so that only someone with the password can open it"))
        self.save_without_password = QAction(_tr("SafetyActions", "Save without passwor&d"), self)
        self.save_without_password.setStatusTip(
            _tr("SafetyActions", "Remove the password: save the map unprotected from now on")
        )
        menu.insertActions(_action_after(menu, window.actions.save_as),
                           [self.save_with_password, self.save_without_password])

        self.privacy_menu = QMenu(_tr("SafetyActions", "Pri&vacy"), menu)
        self.remember_recent = QAction(_tr("SafetyActions", "&Remember recent maps"), self)
        self.remember_recent.setCheckable(True)
        self.remember_recent.setStatusTip(_tr("SafetyActions", "List the maps opened lately in Open Recent"))
        self.clear_recent = QAction(_tr("SafetyActions", "&Clear recent maps"), self)
        self.clear_recent.setStatusTip(_tr("SafetyActions", "Forget the list of maps opened lately"))
        self.privacy_menu.addActions([self.remember_recent, self.clear_recent])
        menu.insertMenu(_action_after(menu, window.actions.recent_menu.menuAction()), self.privacy_menu)

        self.save_with_password.triggered.connect(self.files.save_with_password)
        self.save_without_password.triggered.connect(self.files.save_without_password)
        self.remember_recent.toggled.connect(self._on_remember_toggled)
        self.clear_recent.triggered.connect(self._on_clear)
        self.files.file_state_changed.connect(self.refresh)
        menu.aboutToShow.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.save_without_password.setEnabled(self.files.is_protected)
        self.remember_recent.blockSignals(True)
        self.remember_recent.setChecked(remembers_recent())
        self.remember_recent.blockSignals(False)

    def _on_remember_toggled(self, on: bool) -> None:
        set_remember_recent(on)

    def _on_clear(self) -> None:
        clear_recent()


def install_safety_actions(window: QMainWindow) -> SafetyActions:
    return SafetyActions(window)
