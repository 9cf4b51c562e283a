"""Small modal questions the window asks. Kept as plain functions so tests can answer them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

MAP_FILTER = QCoreApplication.translate("Dialogs", "Eco-maps (*.ecomap)")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


def ask_unsaved_changes(parent: QWidget, map_name: str) -> str:
    """Ask what to do with unsaved changes: returns "save", "discard" or "cancel"."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Unsaved changes"))
    box.setText(_tr("Save the changes to “%1” before closing it?").replace("%1", map_name))
    box.setInformativeText(_tr("If you don't save, the changes since the last save are lost."))
    box.setStandardButtons(
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.button(QMessageBox.StandardButton.Discard).setText(_tr("Don't save"))
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return "save"
    if answer == QMessageBox.StandardButton.Discard:
        return "discard"
    return "cancel"


def show_error(parent: QWidget, title: str, message: str) -> None:
    """One plain message; never a traceback."""
    QMessageBox.warning(parent, title, message)


def ask_open_path(parent: QWidget, start_dir: str = "") -> str:
    path, _ = QFileDialog.getOpenFileName(parent, _tr("Open a map"), start_dir, MAP_FILTER)
    return path


def ask_save_path(parent: QWidget, suggested: str = "") -> str:
    path, _ = QFileDialog.getSaveFileName(parent, _tr("Save the map as"), suggested, MAP_FILTER)
    if path and not path.lower().endswith(".ecomap"):
        path += ".ecomap"
    return path
