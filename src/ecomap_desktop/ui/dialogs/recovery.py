"""The dialog shown at start when maps with unsaved changes were left behind by a crash.

Each map is listed with its name and the time of its last recovery copy. Restore opens it (as an
unsaved map); Discard deletes its copy after asking once; Decide later keeps everything for the next
start. Nothing is deleted without the user's word.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...dates import moment_words
from ...i18n import fill, translate as _tr
from ...io.errors import MapFileError
from ...io.recovery import RecoveryCopy
from ..widgets.swipe_scroll import swipe_to_scroll
from ..widgets.reader_language import tell_reader


def copy_name(copy: RecoveryCopy) -> str:
    """What to call a recovered map: its file or centre name, else a plain description."""
    if copy.name:
        return copy.name
    if copy.protected:
        return _tr("RecoveryDialog", "Password-protected map")
    return _tr("RecoveryDialog", "Untitled map")


def copy_time(copy: RecoveryCopy) -> str:
    """When the copy was kept, with the month as a word ("December 5, 2026, 3:45 PM"): "12/5/26" reads
    as May 12th to much of the world."""
    return moment_words(copy.saved_at)


class RecoveryDialog(QDialog):
    """Lists recovery copies with Restore, Discard and Decide later."""

    def __init__(
        self,
        parent: QWidget | None,
        copies: list[RecoveryCopy],
        discard: Callable[[RecoveryCopy], None],
        confirm: Callable[[QWidget, str], bool],
        report: Callable[[QWidget, str, str], None],
    ) -> None:
        """*confirm(parent, name)* asks before a copy is discarded; *report(parent, title, message)*
        tells why a discard failed."""
        super().__init__(parent)
        self._discard = discard
        self._confirm = confirm
        self._report = report
        self._chosen: list[RecoveryCopy] = []
        self.setWindowTitle(self.tr("Recover unsaved maps"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Ecomap Desktop was closed without saving these maps, perhaps because the computer "
            "switched off. Their last changes were kept. Restore a map to go on with it, then save it."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        tell_reader(self.list, name=lambda: _tr("RecoveryDialog", "Maps that can be recovered"))
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        swipe_to_scroll(self.list)
        for copy in copies:
            text = fill(self.tr("%1 — last kept %2"), copy_name(copy), copy_time(copy))
            if copy.protected and copy.name:  # a map without a name is called "Password-protected map"
                text += "  " + self.tr("(password-protected)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, copy)
            if copy.original_path:
                item.setToolTip(copy.original_path)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("Restore"))
        self.discard_button = QPushButton(self.tr("Discard…"))
        self.later_button = QPushButton(self.tr("Decide later"))
        self.restore_button.setDefault(True)
        row.addWidget(self.restore_button)
        row.addWidget(self.discard_button)
        row.addStretch(1)
        row.addWidget(self.later_button)
        layout.addLayout(row)
        self.restore_button.clicked.connect(self.restore_selected)
        self.discard_button.clicked.connect(self.discard_selected)
        self.later_button.clicked.connect(self.reject)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def chosen(self) -> list[RecoveryCopy]:
        """The copies the user chose to restore, in list order."""
        return list(self._chosen)

    def _selected_items(self) -> list[QListWidgetItem]:
        return sorted(self.list.selectedItems(), key=self.list.row)

    def _update_buttons(self) -> None:
        any_selected = bool(self.list.selectedItems())
        self.restore_button.setEnabled(any_selected)
        self.discard_button.setEnabled(any_selected)

    def _take(self, item: QListWidgetItem) -> None:
        self.list.takeItem(self.list.row(item))
        if self.list.count() == 0:
            self.accept()
        elif not self.list.selectedItems():
            self.list.setCurrentRow(0)

    def restore_selected(self) -> None:
        for item in self._selected_items():
            self._chosen.append(item.data(Qt.ItemDataRole.UserRole))
            self._take(item)

    def discard_selected(self) -> None:
        for item in self._selected_items():
            copy = item.data(Qt.ItemDataRole.UserRole)
            if not self._confirm(self, copy_name(copy)):
                continue
            try:
                self._discard(copy)
            except MapFileError as exc:
                self._report(self, self.tr("Could not discard the recovered map"), str(exc))
                continue
            self._take(item)
