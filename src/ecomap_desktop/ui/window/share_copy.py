"""File ▸ Export a copy with initials only: a PDF, picture, GraphML or .ecomap copy safe to share.

For supervision or training: every name becomes its initials (export/initials_only.py does it once,
on a copy of the map), and the notes, the title and the commitment stay out unless the worker keeps
them. The questions are module functions (ask_share_options) so tests can answer them.
"""

from __future__ import annotations

from typing import NamedTuple
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from ...io.errors import MapFileError
from .. import preferences
from ..dialogs import questions as dialogs
from . import export_actions
from ecomap_desktop.i18n import fill, translate as _tr
from ..widgets.reader_language import tell_reader

# The formats offered, by file extension, in the order shown.
FORMATS = (".pdf", ".png", ".svg", ".graphml", ".ecomap")


def _format_names() -> dict[str, str]:
    return {
        ".pdf": _tr("ShareCopy", "PDF to print or read"),
        ".png": _tr("ShareCopy", "PNG picture"),
        ".svg": _tr("ShareCopy", "SVG drawing"),
        ".graphml": _tr("ShareCopy", "GraphML, for research"),
        ".ecomap": _tr("ShareCopy", "Eco-map file, to open in this app"),
    }


# A NamedTuple, not a frozen dataclass: the same read-only record with equality, made at import
# without compiling six generated methods (~0.3 ms of every start each; issue 18).
class ShareOptions(NamedTuple):
    """What the copy safe to share is made as."""

    extension: str = ".pdf"
    keep_notes: bool = False  # the notes, the title and the commitment


class ShareOptionsDialog(QDialog):
    """The format of the copy, and whether the notes, title and commitment go with it."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("shareOptionsDialog")
        self.setWindowTitle(_tr("ShareCopy", "Initials only: a copy safe to share"))
        about = QLabel(_tr(
            "ShareCopy",
            "For supervision or training. Every name becomes its initials, the household's names too. "
            "Everything else on the map stays as it is."))
        about.setWordWrap(True)
        self.format = QComboBox()
        for extension, name in _format_names().items():
            self.format.addItem(name, extension)
        tell_reader(self.format, name=lambda: _tr("ShareCopy", "Format of the copy"))
        self.keep_notes = QCheckBox(_tr("ShareCopy", "Keep the notes, the title and the commitment"))
        self.keep_notes.setToolTip(_tr("ShareCopy", "Left out unless you tick this: they often name people."))
        form = QFormLayout()
        form.addRow(_tr("ShareCopy", "Format:"), self.format)
        form.addRow("", self.keep_notes)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        # Named when the dialog is made, not at start (PySide builds a class's type on first naming).
        from PySide6.QtWidgets import QDialogButtonBox

        standard = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(standard.Ok | standard.Cancel)
        buttons.button(standard.Ok).setText(_tr("ShareCopy", "Choose where to save…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def options(self) -> ShareOptions:
        return ShareOptions(self.format.currentData(), self.keep_notes.isChecked())


def ask_share_options(parent: QWidget) -> ShareOptions | None:
    """The copy's format and contents, or None when the user cancels."""
    dialog = ShareOptionsDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.options()


def _filter(extension: str) -> str:
    return f"{_format_names()[extension]} (*{extension})"


class ShareCopyAction(QObject):
    """The File menu entry and its work."""

    def __init__(self, window: QMainWindow, exports: export_actions.ExportActions) -> None:
        super().__init__(window)
        self.window = window
        self.files = window.files
        self.action = QAction(_tr("ShareCopy", "Export a copy with initia&ls only…"), self)
        self.action.setStatusTip(_tr("ShareCopy", "A copy for supervision or training that does not carry "
                                     "the family's names"))
        self.action.triggered.connect(self.on_share)
        window.addAction(self.action)
        window.actions.file_menu.insertAction(exports.worksheet, self.action)

    def _suggested(self, extension: str) -> str:
        return export_actions.initials_copy_name(self.files, extension)

    def on_share(self) -> bool:
        options = ask_share_options(self.window)
        if options is None:
            return False
        path = export_actions.ask_export_path(
            self.window, _tr("ShareCopy", "Save the copy as"), self._suggested(options.extension),
            _filter(options.extension))
        if not path:
            return False
        if self.files.path is not None and _same_file(path, self.files.path):
            dialogs.show_error(self.window, _tr("ShareCopy", "Could not export the map"), _tr(
                "ShareCopy", "That is the map itself. Choose another name, so the map is not replaced."))
            return False
        from ...export.initials_only import initials_only_document
        from ...export.options import ExportError

        copy = initials_only_document(self.window.document, keep_notes=options.keep_notes)
        try:
            _write(copy, path, options)
        except (ExportError, MapFileError, OSError) as exc:
            text = str(exc) if isinstance(exc, (ExportError, MapFileError)) else _tr(
                "ShareCopy", "The file could not be written. Check the folder and try again.")
            dialogs.show_error(self.window, _tr("ShareCopy", "Could not export the map"), text)
            return False
        self.window.statusBar().showMessage(
            fill(_tr("ShareCopy", "Saved “%1” with initials only."), Path(path).name), 10000)
        return True


def _same_file(a: str | Path, b: str | Path) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return False


def _write(copy, path: str, options: ShareOptions) -> None:
    """Write the initials-only *copy* in the format chosen (whatever the name ends with)."""
    extension = options.extension
    if extension == ".pdf":
        from ...export.options import PageOptions
        from ...export.pdf import export_pdf

        export_pdf(copy, path, PageOptions(preferences.page_size(), "auto",
                                           include_worker_notes=options.keep_notes,
                                           language=export_actions._last_pdf_language()))
    elif extension == ".svg":
        from ...export.images import export_svg

        export_svg(copy, path)
    elif extension == ".png":
        from ...export.images import export_png

        export_png(copy, path)
    elif extension == ".graphml":
        from ...io.graphml import export_graphml

        export_graphml(copy, path, include_notes=options.keep_notes)
    else:
        from ...io.atomic import write_bytes_atomically
        from ...io.mapfile import document_to_bytes

        write_bytes_atomically(path, document_to_bytes(copy), keep_backup=False)


def install_share_copy(window: QMainWindow, exports: export_actions.ExportActions) -> ShareCopyAction:
    return ShareCopyAction(window, exports)
