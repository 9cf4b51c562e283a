"""Small modal questions the window asks. Kept as plain functions so tests can answer them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from ecomap_desktop.i18n import fill, translate as _tr
from ..widgets.reader_language import tell_reader

if TYPE_CHECKING:  # the password and recovery dialogs are imported when first asked for
    from PySide6.QtWidgets import QMessageBox

    from .recovery import RecoveryDialog

# Qt's message box and file dialog are named only inside the questions that use them: PySide builds a
# Qt class, its enums and all, the first time a module names it, and start-up asks none of these
# questions before the window is drawn (~1 ms of every start).

# Translated when a file dialog opens (at import time no translation is installed yet).
MAP_FILTER = QT_TRANSLATE_NOOP("Dialogs", "Eco-maps (*.ecomap)")


def _warning_box(parent: QWidget | None, title: str) -> QMessageBox:
    """A question with the warning sign, the sign named for a screen reader (Qt leaves it a nameless
    picture)."""
    from PySide6.QtWidgets import QLabel, QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    sign = box.findChild(QLabel, "qt_msgboxex_icon_label")
    if sign is not None:
        tell_reader(sign, name=lambda: _tr("Dialogs", "Warning"))
    return box


def ask_unsaved_changes(parent: QWidget, map_name: str) -> str:
    """Ask what to do with unsaved changes: returns "save", "discard" or "cancel"."""
    from PySide6.QtWidgets import QMessageBox

    answer = unsaved_changes_box(parent, map_name).exec()
    if answer == QMessageBox.StandardButton.Save:
        return "save"
    if answer == QMessageBox.StandardButton.Discard:
        return "discard"
    return "cancel"


def unsaved_changes_box(parent: QWidget | None, map_name: str) -> QMessageBox:
    """The question ask_unsaved_changes asks, not yet shown."""
    from PySide6.QtWidgets import QMessageBox

    box = _warning_box(parent, _tr("Dialogs", "Unsaved changes"))
    box.setText(fill(_tr("Dialogs", "Save the changes to “%1” before closing it?"), map_name))
    box.setInformativeText(_tr("Dialogs", "If you don't save, the changes since the last save are lost."))
    buttons = QMessageBox.StandardButton
    box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.button(QMessageBox.StandardButton.Discard).setText(_tr("Dialogs", "Don't save"))
    return box


def show_error(parent: QWidget, title: str, message: str) -> None:
    """One plain message; never a traceback."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(parent, title, message)


def ask_open_backup(parent: QWidget, message: str, backup_name: str) -> bool:
    """A map could not be read (*message*) but its previous version is beside it: open that?"""
    from PySide6.QtWidgets import QMessageBox

    box = _warning_box(parent, _tr("Dialogs", "Could not open the map"))
    box.setText(message)
    box.setInformativeText(fill(
        _tr("Dialogs", "The version saved before the last one is kept beside it, as “%1”. "
                       "Open that version? Saving it then puts it back in place of the damaged file."),
        backup_name))
    earlier = box.addButton(_tr("Dialogs", "Open the earlier version"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(earlier)
    box.exec()
    return box.clickedButton() is earlier


def ask_open_path(parent: QWidget, start_dir: str = "") -> str:
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(parent, _tr("Dialogs", "Open a map"), start_dir,
                                          _tr("Dialogs", MAP_FILTER))
    return path


def ask_save_path(parent: QWidget, suggested: str = "") -> str:
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getSaveFileName(parent, _tr("Dialogs", "Save the map as"), suggested,
                                          _tr("Dialogs", MAP_FILTER))
    if path and not path.lower().endswith(".ecomap"):
        path += ".ecomap"
    return path


def ask_open_read_only(parent: QWidget, map_name: str) -> bool:
    """The map is open in another window or another copy of the app: open it read-only?"""
    from PySide6.QtWidgets import QMessageBox

    box = _warning_box(parent, _tr("Dialogs", "Map already open"))
    box.setText(fill(_tr("Dialogs", "“%1” is already open in another window or in another copy of Ecomap "
                         "Desktop."), map_name))
    box.setInformativeText(_tr("Dialogs", "You can open it read-only: you can look at it and change it, but "
                               "your changes can only be saved under a new name."))
    read_only = box.addButton(_tr("Dialogs", "Open read-only"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    box.exec()
    return box.clickedButton() is read_only


def ask_password(parent: QWidget, map_name: str, error: str = "") -> str | None:
    """Ask for the password of a protected map; None when the user cancels. *error* says why again."""
    from .password import PasswordDialog

    dialog = PasswordDialog(parent, map_name, error)
    return dialog.password() if dialog.exec() else None


def ask_new_password(parent: QWidget, map_name: str) -> str | None:
    """Ask for a new password (typed twice) to protect a map with; None when the user cancels."""
    from .password import NewPasswordDialog

    dialog = NewPasswordDialog(parent, map_name)
    return dialog.password() if dialog.exec() else None


def choose_recovery(parent: QWidget | None, copies: list, discard) -> list:
    """Offer recovery copies left by a crash; returns the copies the user chose to restore.

    Discarding happens inside the dialog through *discard(copy)*, one copy at a time, each only after
    the user confirms it.
    """
    dialog = recovery_dialog(parent, copies, discard)
    dialog.exec()
    return dialog.chosen()


def recovery_dialog(parent: QWidget | None, copies: list, discard) -> RecoveryDialog:
    """The recovery dialog, confirming and reporting through this module's questions."""
    from .recovery import RecoveryDialog

    return RecoveryDialog(parent, copies, discard, confirm_discard_recovery, show_error)


def confirm_discard_recovery(parent: QWidget, map_name: str) -> bool:
    """Deleting a recovery copy cannot be undone: ask once."""
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(
        parent,
        _tr("Dialogs", "Discard the recovered map?"),
        fill(_tr("Dialogs", "The unsaved changes to “%1” will be deleted for good. This cannot be undone."),
             map_name),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard
